/**
 * SCHLINT-001: a keyword that cannot apply to the type its schema declares — `items` beside
 * `type: object` (customer-onboarding's `reasons`), `properties` beside `type: array`. JSON Schema
 * ignores such a keyword silently, so the constraint the designer meant is never checked.
 */
import { isMap, isSeq, type Node, type YAMLMap } from 'yaml';
import { child, joinPath, keySpan, str } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';

const ARRAY_ONLY = ['items', 'prefixItems', 'contains', 'minItems', 'maxItems', 'uniqueItems', 'minContains', 'maxContains'];
const OBJECT_ONLY = ['properties', 'required', 'additionalProperties', 'patternProperties', 'propertyNames', 'minProperties', 'maxProperties', 'dependentRequired'];
/** Keywords whose value is a schema, or a map or list of schemas, to walk into. */
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMAS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];

export const schKeywordTypes: Rule = {
  name: 'sch-keyword-types',
  codes: ['SCHLINT-001'],
  check(ctx) {
    for (const site of ctx.model.schemaSites) if (isMap(site.node)) walk(ctx, site.node, site.path, 0);
  },
};

function walk(ctx: RuleContext, node: YAMLMap, path: string, depth: number): void {
  if (depth > 64) return;
  const type = str(child(node, 'type'));
  const stray = type === 'object' ? ARRAY_ONLY : type === 'array' ? OBJECT_ONLY : [];
  for (const key of stray) {
    if (child(node, key) === undefined) continue;
    ctx.add(
      'SCHLINT-001',
      'warning',
      `'${key}' does not apply to 'type: ${type}' and is ignored by every validator${type === 'object' && key === 'items' ? "; did you mean 'type: array'?" : ''}`,
      { span: keySpan(node, key), path: joinPath(path, key) },
    );
  }
  const visit = (n: unknown, p: string) => {
    if (isMap(n)) walk(ctx, n, p, depth + 1);
  };
  for (const key of SUBSCHEMAS) visit(child(node, key), joinPath(path, key));
  for (const key of SUBSCHEMA_MAPS) {
    const m = child(node, key) as Node | undefined;
    if (isMap(m)) for (const pair of m.items) visit(pair.value, joinPath(joinPath(path, key), String((pair.key as { value?: unknown })?.value ?? '')));
  }
  for (const key of SUBSCHEMA_LISTS) {
    const l = child(node, key) as Node | undefined;
    if (isSeq(l)) l.items.forEach((item, i) => visit(item, `${joinPath(path, key)}[${i}]`));
  }
}
