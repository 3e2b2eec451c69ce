/**
 * META-006/007/009: attribute names are lowerCamel/snake_case and ≤ 32 chars; statically
 * known tag/attribute binding counts stay within MetadataLimits defaults; an
 * attribute bound at start is not written again by an attributes transform
 * (write-once). Binding shapes are in the JSON Schema (META-001…005/008).
 */
import { isMap } from 'yaml';
import { child, childAt, entries, items, joinPath, spanOf, str } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { blankStrings } from './expr-roots';
import { keyAt } from './util';

const ATTR_NAME = /^([a-z][a-zA-Z0-9]*|[a-z][a-z0-9]*(_[a-z0-9]+)*)$/;
/** MetadataLimits defaults (dsl.md §21). */
const LIMITS = { attributeMaxKeyLength: 32, attributesMaxKeys: 16, instanceTagsMaxCount: 16 };
const SOURCES = ['fromPayload', 'fromHeaders', 'fromBaggage'] as const;

export const metaBindings: Rule = {
  name: 'meta-bindings',
  codes: ['META-006', 'META-007', 'META-009'],
  check(ctx) {
    const bindings = childAt(ctx.model.spec, 'metadata.bindings');
    if (!isMap(bindings)) return;
    const base = 'spec.metadata.bindings';
    const tags = child(bindings, 'tags');
    const tagCount = SOURCES.reduce((n, s) => n + items(child(tags, s)).length, 0);
    if (tagCount > LIMITS.instanceTagsMaxCount) {
      ctx.add(
        'META-007',
        'warning',
        `${tagCount} tag bindings exceed MetadataLimits.instanceTags.maxCount (${LIMITS.instanceTagsMaxCount})`,
        keyAt(bindings, 'tags', base),
      );
    }
    const attrs = child(bindings, 'attributes');
    const bound = new Map<string, { span: { start: number; end: number }; path: string }>();
    for (const source of SOURCES) {
      for (const e of entries(child(attrs, source))) {
        const at = {
          span: spanOf(e.keyNode),
          path: joinPath(`${base}.attributes.${source}`, e.key),
        };
        bound.set(e.key, at);
        if (!ATTR_NAME.test(e.key) || e.key.length > LIMITS.attributeMaxKeyLength) {
          ctx.add(
            'META-006',
            'warning',
            `Attribute name '${e.key}' should be lowerCamel or snake_case and at most ${LIMITS.attributeMaxKeyLength} characters`,
            at,
          );
        }
      }
    }
    if (bound.size > LIMITS.attributesMaxKeys) {
      ctx.add(
        'META-007',
        'warning',
        `${bound.size} attribute bindings exceed MetadataLimits.attributes.maxKeys (${LIMITS.attributesMaxKeys})`,
        keyAt(bindings, 'attributes', base),
      );
    }
    if (bound.size) writeOnce(ctx, bound);
  },
};

/** Attribute keys written literally (`name:` in the mapper's object) by attribute transforms. */
function writeOnce(
  ctx: RuleContext,
  bound: Map<string, { span: { start: number; end: number }; path: string }>,
): void {
  for (const s of ctx.model.states) {
    if (s.type !== 'transform' || str(childAt(s.body, 'target.kind')) !== 'attributes') continue;
    const expr = str(childAt(s.body, 'mapper.expr'));
    if (!expr) continue;
    const text = blankStrings(expr);
    for (const [name, at] of bound) {
      if (!new RegExp(`(^|[{,\\s])"?${name}"?\\s*:`).test(text)) continue;
      ctx.add(
        'META-009',
        'warning',
        `Attribute '${name}' is bound at start and written again by transform '${s.qid}'; attributes are write-once, so the transform will fail`,
        at,
      );
    }
  }
}
