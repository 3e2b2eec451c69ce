/**
 * TOP-004…012: `metadata.name` (DNS label), `version` (SemVer), `description`
 * (non-empty, short, no secrets), `tags` (strings, ≤ 10, kebab-case, ≤ 40 chars,
 * no secrets). Limits are the built-in MetadataLimits defaults.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { child, items, joinPath, pairOf, spanOf } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { describe, keyAt, valueAt } from './util';
import { secretHint } from './secret-hints';

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** MetadataLimits built-in defaults (dsl.md §21). */
export const DEFAULT_LIMITS = {
  definitionTagsMaxCount: 10,
  instanceTagMaxLength: 40,
  descriptionMaxLength: 200,
};

export const topMetadata: Rule = {
  name: 'top-metadata',
  codes: [
    'TOP-004',
    'TOP-005',
    'TOP-006',
    'TOP-007',
    'TOP-008',
    'TOP-009',
    'TOP-010',
    'TOP-011',
    'TOP-012',
  ],
  check(ctx) {
    const root = ctx.model.root;
    const md = child(root, 'metadata');
    if (!isMap(md) || ctx.model.rawKind?.value === 'MetadataLimits') return;
    const name = child(md, 'name');
    if (!pairOf(md, 'name'))
      ctx.add('TOP-004', 'error', "metadata has no 'name'", keyAt(root, 'metadata', ''));
    else if (!isScalar(name) || typeof name.value !== 'string' || !NAME.test(name.value)) {
      ctx.add(
        'TOP-004',
        'error',
        `metadata.name must be a lower-case DNS label like 'order-flow' ([a-z0-9] and '-'), not ${describe(name)}`,
        valueAt(md, 'name', 'metadata'),
      );
    }
    const version = child(md, 'version');
    if (!pairOf(md, 'version'))
      ctx.add(
        'TOP-005',
        'error',
        "metadata has no 'version' (MAJOR.MINOR.PATCH)",
        keyAt(root, 'metadata', ''),
      );
    else if (
      !isScalar(version) ||
      typeof version.value !== 'string' ||
      !SEMVER.test(version.value)
    ) {
      const at = valueAt(md, 'version', 'metadata');
      const raw = isScalar(version) ? String(version.value) : '';
      const fix = /^\d+(\.\d+)?$/.test(raw)
        ? {
            fix: {
              title: `Use '${semverOf(raw)}'`,
              edits: [{ span: at.span, text: `"${semverOf(raw)}"` }],
            },
          }
        : undefined;
      ctx.add(
        'TOP-005',
        'error',
        `metadata.version must be a SemVer string MAJOR.MINOR.PATCH, not ${describe(version)}`,
        at,
        fix,
      );
    }
    checkDescription(ctx, md);
    checkTags(ctx, md);
  },
};

function semverOf(raw: string): string {
  const parts = raw.split('.');
  while (parts.length < 3) parts.push('0');
  return parts.join('.');
}

function checkDescription(ctx: RuleContext, md: ReturnType<typeof child>): void {
  if (!pairOf(md, 'description')) return;
  const d = child(md, 'description');
  const at = valueAt(md, 'description', 'metadata');
  if (!isScalar(d) || typeof d.value !== 'string' || d.value.trim() === '') {
    ctx.add(
      'TOP-006',
      'error',
      `metadata.description, when present, must be a non-empty string, not ${describe(d)}`,
      at,
    );
    return;
  }
  const text = d.value.trim();
  if (text.length > DEFAULT_LIMITS.descriptionMaxLength) {
    ctx.add(
      'TOP-007',
      'warning',
      `metadata.description is ${text.length} characters; keep it to 1–2 sentences (≤ ${DEFAULT_LIMITS.descriptionMaxLength})`,
      at,
    );
  }
  const hint = secretHint(text);
  if (hint)
    ctx.add(
      'TOP-008',
      'warning',
      `metadata.description seems to contain ${hint}; descriptions are public and must not hold secrets or PII`,
      at,
    );
}

function checkTags(ctx: RuleContext, md: ReturnType<typeof child>): void {
  if (!pairOf(md, 'tags')) return;
  const tags = child(md, 'tags');
  if (!isSeq(tags)) {
    ctx.add(
      'TOP-009',
      'error',
      `metadata.tags must be a list of strings, not ${describe(tags)}`,
      valueAt(md, 'tags', 'metadata'),
    );
    return;
  }
  const list = items(tags);
  if (list.length > DEFAULT_LIMITS.definitionTagsMaxCount) {
    ctx.add(
      'TOP-010',
      'error',
      `metadata.tags has ${list.length} tags; the limit (MetadataLimits.spec.definitionTags.maxCount) is ${DEFAULT_LIMITS.definitionTagsMaxCount}`,
      keyAt(md, 'tags', 'metadata'),
    );
  }
  list.forEach((tag, i) => {
    const at = { span: spanOf(tag, spanOf(tags)), path: joinPath('metadata.tags', i) };
    if (!isScalar(tag) || typeof tag.value !== 'string') {
      ctx.add(
        'TOP-009',
        'error',
        `metadata.tags entries must be strings, not ${describe(tag)}`,
        at,
      );
      return;
    }
    const v = tag.value;
    const hint = secretHint(v);
    if (hint)
      ctx.add(
        'TOP-008',
        'warning',
        `Tag seems to contain ${hint}; tags are visible and must not hold secrets or PII`,
        at,
      );
    if (!KEBAB.test(v))
      ctx.add(
        'TOP-011',
        'warning',
        `Tag '${v}' is not a short kebab-case identifier (for example 'self-service')`,
        at,
      );
    if (v.length > DEFAULT_LIMITS.instanceTagMaxLength) {
      ctx.add(
        'TOP-012',
        'warning',
        `Tag is ${v.length} characters; definition tags become instance tags, limited to ${DEFAULT_LIMITS.instanceTagMaxLength}`,
        at,
      );
    }
  });
}
