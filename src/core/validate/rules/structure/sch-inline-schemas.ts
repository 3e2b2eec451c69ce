/**
 * SCH-001/002/003: every inline `*.schema` block is a JSON object that is a valid
 * JSON Schema 2020-12 document (checked against the meta-schema and compiled
 * with ajv, strict mode off); `$schema`/`$id` are discouraged and a `$schema`
 * naming another dialect is ignored (2020-12 is assumed).
 */
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import { isAlias, isMap } from 'yaml';
import type { SchemaSite } from '../../../model/types';
import { hitSpan, nodeAt, pointerSegments } from '../../../schema/node-at';
import { child, joinPath, keySpan, str } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { describe } from './util';

const DIALECT_2020 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;
/** Compiled verdicts by schema text; bounded so a long editing session cannot grow it forever. */
const verdicts = new Map<string, ErrorObject[] | string | null>();
const MAX_CACHED = 500;
let ajv: Ajv2020 | undefined;

function checker(): Ajv2020 {
  ajv ??= new Ajv2020({ strict: false, allErrors: true, validateFormats: false, logger: false });
  return ajv;
}

/** Meta-schema errors, a compile failure message, or null when the schema is valid; pure up to caching. */
function verdictFor(schema: unknown): ErrorObject[] | string | null {
  const key = JSON.stringify(schema);
  const cached = verdicts.get(key);
  if (cached !== undefined) return cached;
  const a = checker();
  let verdict: ErrorObject[] | string | null = null;
  if (!a.validateSchema(schema as object)) verdict = [...(a.errors ?? [])];
  else {
    try {
      const copy = JSON.parse(key) as Record<string, unknown>;
      delete copy.$id; // an $id would be registered globally and clash with the next schema
      a.compile(copy);
      a.removeSchema(copy);
    } catch (err) {
      verdict = err instanceof Error ? err.message : String(err);
    }
  }
  if (verdicts.size >= MAX_CACHED) verdicts.delete(verdicts.keys().next().value as string);
  verdicts.set(key, verdict);
  return verdict;
}

/** The JSON Schema 2020-12 meta-schema's errors for `schema` (no compile: `$ref`s to other documents are not followed), or null. */
export function metaSchemaErrors(schema: unknown): ErrorObject[] | null {
  const a = checker();
  return a.validateSchema(schema as object) ? null : [...(a.errors ?? [])];
}

export const schInlineSchemas: Rule = {
  name: 'sch-inline-schemas',
  codes: ['SCH-001', 'SCH-002', 'SCH-003'],
  check(ctx) {
    for (const site of ctx.model.schemaSites) checkSite(ctx, site);
  },
};

function checkSite(ctx: RuleContext, site: SchemaSite): void {
  // An alias is already an error (FMT-002); check the schema it stands for.
  const node = isAlias(site.node) && ctx.source.doc ? site.node.resolve(ctx.source.doc) : site.node;
  if (!isMap(node)) {
    // `true`/`false` are valid schemas but say nothing; anything else is not a schema object.
    if (node && 'value' in node && typeof node.value === 'boolean') return;
    ctx.add(
      'SCH-001',
      'error',
      `${site.path} must be a JSON Schema object, not ${describe(node)}`,
      site,
    );
    return;
  }
  const dialect = str(child(node, '$schema'));
  if (child(node, '$schema') !== undefined || child(node, '$id') !== undefined) {
    const key = child(node, '$schema') !== undefined ? '$schema' : '$id';
    ctx.add(
      'SCH-002',
      'warning',
      `Inline schemas omit '${key}': 2020-12 is assumed and the block has no identity of its own`,
      {
        span: keySpan(node, key),
        path: joinPath(site.path, key),
      },
    );
  }
  if (dialect !== undefined && !DIALECT_2020.test(dialect)) {
    ctx.add(
      'SCH-003',
      'warning',
      `'$schema: ${dialect}' is ignored: inline schemas are always read as JSON Schema 2020-12`,
      {
        span: keySpan(node, '$schema'),
        path: joinPath(site.path, '$schema'),
      },
    );
  }
  let data: Record<string, unknown>;
  try {
    data = node.toJSON() as Record<string, unknown>;
  } catch {
    return;
  }
  delete data.$schema; // checked above; another dialect's URI would make ajv refuse the whole block
  const verdict = verdictFor(data);
  if (verdict === null) return;
  if (typeof verdict === 'string') {
    ctx.add('SCH-001', 'error', `${site.path} is not a usable JSON Schema: ${verdict}`, site);
    return;
  }
  const seen = new Set<string>();
  for (const err of verdict) {
    if (seen.has(err.instancePath)) continue;
    seen.add(err.instancePath);
    const hit = nodeAt(node, pointerSegments(err.instancePath));
    const span = hitSpan(hit, false, site.span);
    const where = joinPath(site.path, hit.path);
    ctx.add('SCH-001', 'error', `Invalid JSON Schema at ${where}: ${schemaMessage(err)}`, {
      span,
      path: where,
    });
  }
}

function schemaMessage(err: ErrorObject): string {
  const p = err.params as { type?: string; allowedValues?: unknown[] };
  if (err.keyword === 'type')
    return `must be ${p.type === 'array' ? 'a list' : p.type === 'object' ? 'a mapping' : p.type}`;
  if (err.keyword === 'enum') return `must be one of ${(p.allowedValues ?? []).join(', ')}`;
  return err.message ?? 'invalid';
}
