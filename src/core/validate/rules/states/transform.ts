/**
 * XFORM-001..010: the `transform` block (dsl.md §14). Dialects: D10 (`resultVar`
 * beside `transform:` instead of inside it) and D11 (`target.path: ""` for whole-
 * context replacement) are warnings with fixes.
 */
import { isMap, isScalar, type YAMLMap } from 'yaml';
import { DSL_LANGS } from '../../../../expr/registry';
import type { ExprSite, JourneyModel, StateModel } from '../../../model/types';
import { child, childAt, pairOf, spanOf, str } from '../../../yaml-nodes';
import type { Rule, RuleContext } from '../../rule';
import { blockIndent, deletePairFix, movePairFix } from './fixes';
import { staticValue } from './static-value';
import { DOT_PATH, IDENT, describe, keyAt, valueAt } from './util';

/** States run by the read guard (`spec.access.read.guardRef`) and the subjourneys it calls. */
function guardStates(model: JourneyModel): Set<StateModel> {
  const out = new Set<StateModel>();
  const pending = [str(childAt(model.spec, 'access.read.guardRef'))];
  const done = new Set<string>();
  while (pending.length) {
    const id = pending.pop();
    if (!id || done.has(id) || !model.subjourneys.has(id)) continue;
    done.add(id);
    const prefix = model.subjourneys.get(id)!.prefix;
    for (const s of model.states) {
      if (!s.qid.startsWith(prefix)) continue;
      out.add(s);
      if (s.ref) pending.push(s.ref.value);
    }
  }
  return out;
}

function checkD10(ctx: RuleContext, s: StateModel, body: YAMLMap, kind: string): void {
  const outer = pairOf(s.node, 'resultVar');
  if (!outer) return;
  const inner = pairOf(body, 'resultVar');
  const fix = inner
    ? undefined
    : movePairFix(
        "Move 'resultVar' into the 'transform:' block",
        ctx.source.text,
        outer,
        'resultVar',
        body,
        blockIndent(ctx.source.text, body),
      );
  const code = kind === 'var' ? 'XFORM-004' : 'STATE-008';
  ctx.add(
    code,
    'warning',
    `'resultVar' sits beside 'transform:' (dialect D10); the canonical place is inside the transform block${inner ? ', which already has one: remove this copy' : ''}`,
    keyAt(s.node, 'resultVar', s.path),
    fix ? { fix } : undefined,
  );
}

/** XFORM-001..010 (and D10/D11 with fixes) over every transform state; pure. */
export const transformRule: Rule = {
  name: 'transform',
  codes: [
    'STATE-008',
    'XFORM-001',
    'XFORM-002',
    'XFORM-003',
    'XFORM-004',
    'XFORM-005',
    'XFORM-006',
    'XFORM-007',
    'XFORM-008',
    'XFORM-009',
    'XFORM-010',
  ],
  perState: true,
  check(ctx) {
    let guard: Set<StateModel> | undefined;
    const mapperSites = new Map<unknown, ExprSite>();
    for (const site of ctx.model.exprSites)
      if (site.state?.type === 'transform') mapperSites.set(site.node, site);
    for (const s of ctx.model.states) {
      if (s.type !== 'transform' || !s.body) continue;
      const body = s.body;
      const base = `${s.path}.transform`;
      const mapper = child(body, 'mapper');
      if (mapper === undefined && !pairOf(body, 'mapperRef')) {
        const hint = pairOf(body, 'expr') ? " (wrap {lang, expr} in 'mapper:')" : '';
        ctx.add(
          'XFORM-001',
          'error',
          `Transform '${s.id}' needs 'mapper: {lang, expr}' or 'mapperRef'${hint}`,
          keyAt(s.node, 'transform', s.path),
        );
      } else if (
        mapper !== undefined &&
        !(
          isMap(mapper) &&
          (child(mapper, 'expr') !== undefined || child(mapper, 'exprRef') !== undefined)
        )
      ) {
        // `exprRef` is EXPR-003's finding (a removed construct), not a missing mapper.
        ctx.add(
          'XFORM-001',
          'error',
          isMap(mapper)
            ? `'transform.mapper' has no inline 'expr'; a mapper is {lang, expr}`
            : `'transform.mapper' must be {lang, expr}, not ${describe(mapper)}`,
          valueAt(body, 'mapper', base),
        );
      }
      const lang = child(mapper, 'lang');
      if (isScalar(lang) && !(DSL_LANGS as readonly string[]).includes(String(lang.value))) {
        ctx.add(
          'XFORM-002',
          'error',
          `'${String(lang.value)}' is not an expression engine; use ${DSL_LANGS.join(', ')}`,
          valueAt(mapper, 'lang', `${base}.mapper`),
        );
      }
      const target = child(body, 'target');
      if (pairOf(body, 'target') && !isMap(target)) {
        ctx.add(
          'XFORM-003',
          'error',
          `'target' must be a mapping {kind, path}, not ${describe(target)}`,
          valueAt(body, 'target', base),
        );
      }
      const kindNode = child(target, 'kind');
      const kind =
        kindNode === undefined ? 'context' : isScalar(kindNode) ? String(kindNode.value) : '';
      if (kindNode !== undefined && !['context', 'var', 'attributes'].includes(kind)) {
        ctx.add(
          'XFORM-003',
          'error',
          `'target.kind' must be context, var or attributes, not ${describe(kindNode)}`,
          valueAt(target, 'kind', `${base}.target`),
        );
      }
      checkD10(ctx, s, body, kind);
      const rv = child(body, 'resultVar');
      const hasRv = pairOf(body, 'resultVar') !== undefined;
      if (kind === 'var' && !hasRv && !pairOf(s.node, 'resultVar')) {
        ctx.add(
          'XFORM-004',
          'error',
          `'target.kind: var' needs 'transform.resultVar' (the variable to store the result in)`,
          valueAt(target, 'kind', `${base}.target`),
        );
      }
      if (hasRv && !(isScalar(rv) && typeof rv.value === 'string' && IDENT.test(rv.value))) {
        ctx.add(
          'XFORM-005',
          'error',
          `'resultVar' must be an identifier ([A-Za-z_][A-Za-z0-9_]*), not ${describe(rv)}`,
          valueAt(body, 'resultVar', base),
        );
      }
      const pathPair = pairOf(target, 'path');
      const pathValue = pathPair?.value;
      const emptyPath = isScalar(pathValue) && (pathValue.value === '' || pathValue.value === null);
      if (pathPair && emptyPath) {
        const fix = deletePairFix(
          'Remove \'path: ""\' (omitting path replaces the whole context)',
          ctx.source.text,
          pathPair,
          target as YAMLMap,
        );
        ctx.add(
          'XFORM-010',
          'warning',
          `'target.path: ""' (dialect D11) has no defined meaning; omit 'path' to replace the whole context`,
          valueAt(target, 'path', `${base}.target`),
          fix ? { fix } : undefined,
        );
      } else if (
        pathPair &&
        !(
          isScalar(pathValue) &&
          typeof pathValue.value === 'string' &&
          DOT_PATH.test(pathValue.value)
        )
      ) {
        const idx =
          isScalar(pathValue) && String(pathValue.value).includes('[')
            ? ' (array indexing is not supported)'
            : '';
        ctx.add(
          'XFORM-009',
          'error',
          `'target.path' must be a dot-path like a.b.c${idx}, not ${describe(pathValue)}`,
          valueAt(target, 'path', `${base}.target`),
        );
      }
      if (pathPair && !emptyPath && hasRv) {
        ctx.add(
          'XFORM-006',
          'warning',
          `Set either 'target.path' (kind context) or 'resultVar' (kind var), not both`,
          keyAt(body, 'resultVar', base),
        );
      } else if (pathPair && !emptyPath && kind !== 'context' && kind !== '') {
        ctx.add(
          'XFORM-006',
          'warning',
          `'target.path' is only used with 'target.kind: context'; it is ignored for ${kind}`,
          keyAt(target, 'path', `${base}.target`),
        );
      } else if (hasRv && kind !== 'var' && kind !== '') {
        ctx.add(
          'XFORM-006',
          'warning',
          `'resultVar' is only used with 'target.kind: var'; with ${kind} it is ignored`,
          keyAt(body, 'resultVar', base),
        );
      }
      if (kind === 'attributes' && (guard ??= guardStates(ctx.model)).has(s)) {
        ctx.add(
          'XFORM-007',
          'error',
          `The read guard must not write attributes: '${s.id}' runs under spec.access.read.guardRef`,
          valueAt(target, 'kind', `${base}.target`),
        );
      }
      const site = isMap(mapper) ? mapperSites.get(mapper) : undefined;
      if (site && (kind === 'context' || kind === 'attributes')) {
        const known = staticValue(ctx, site);
        if (known && known.type !== 'object') {
          const exprNode = child(mapper, 'expr');
          ctx.add(
            'XFORM-008',
            'error',
            `With target.kind ${kind} the mapper must return an object; this one always returns ${known.type === 'array' ? 'an array' : `a ${known.type}`}`,
            { span: spanOf(exprNode, site.span), path: `${base}.mapper.expr` },
          );
        }
      }
    }
  },
};
