/** CHOICE-001..005: choice entries, boolean predicates, `default`, unreachable branches (dsl.md §5.4). */
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import type { ExprSite } from '../../../model/types';
import { child, items, pairOf, spanOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { describe, keyAt } from './util';
import { staticValue } from './static-value';

/** CHOICE-001..005 over every choice state; pure. */
export const choiceRule: Rule = {
  name: 'choice',
  codes: ['CHOICE-001', 'CHOICE-002', 'CHOICE-003', 'CHOICE-004', 'CHOICE-005'],
  perState: true,
  check(ctx) {
    const predicateSites = new Map<unknown, ExprSite>();
    for (const site of ctx.model.exprSites) {
      if (site.role === 'predicate' && site.state?.type === 'choice')
        predicateSites.set(site.node, site);
    }
    for (const s of ctx.model.states) {
      if (s.type !== 'choice') continue;
      const choices = child(s.node, 'choices');
      if (choices !== undefined && (!isSeq(choices) || choices.items.length === 0)) {
        const message = isSeq(choices)
          ? `Choice '${s.id}' has no branches yet: add one under 'choices' (when a predicate holds, go to a state), ` +
            `or connect it to a state on the canvas`
          : `'choices' must be a non-empty list of {when: {predicate}, next}; it is ${describe(choices)}`;
        ctx.add(
          'CHOICE-001',
          'error',
          message,
          {
            span: spanOf(choices, keyAt(s.node, 'choices', s.path).span),
            path: `${s.path}.choices`,
          },
        );
      }
      const seen = new Map<string, number>();
      let alwaysTrueAt = -1;
      items(choices).forEach((entry, i) => {
        const path = `${s.path}.choices[${i}]`;
        const at = { span: spanOf(entry), path };
        if (!isMap(entry)) {
          ctx.add(
            'CHOICE-002',
            'error',
            `choices[${i}] must be a mapping {when: {predicate: {lang, expr}}, next}, not ${describe(entry)}`,
            at,
          );
          return;
        }
        const when = child(entry, 'when');
        const predicate = child(when, 'predicate');
        if (!pairOf(entry, 'when')) {
          ctx.add('CHOICE-002', 'error', `choices[${i}] has no 'when'`, at);
        } else if (when == null || (isScalar(when) && when.value === null)) {
          const hint = pairOf(entry, 'predicate')
            ? " ('predicate' is a sibling of 'when': indent it under 'when')"
            : '';
          ctx.add(
            'CHOICE-002',
            'error',
            `choices[${i}].when is empty${hint}`,
            keyAt(entry, 'when', path),
          );
        } else if (!isMap(when)) {
          ctx.add(
            'CHOICE-002',
            'error',
            `choices[${i}].when must be a mapping with 'predicate', not ${describe(when)}`,
            keyAt(entry, 'when', path),
          );
        } else if (predicate === undefined) {
          const hint = pairOf(when, 'expr') ? " (wrap {lang, expr} in 'predicate:')" : '';
          ctx.add(
            'CHOICE-002',
            'error',
            `choices[${i}].when has no 'predicate'${hint}`,
            keyAt(entry, 'when', path),
          );
        } else if (!isMap(predicate) || child(predicate, 'expr') === undefined) {
          ctx.add(
            'CHOICE-002',
            'error',
            `choices[${i}].when.predicate must be {lang, expr}`,
            keyAt(when, 'predicate', `${path}.when`),
          );
        }
        const next = child(entry, 'next');
        if (!(isScalar(next) && next.value !== null && typeof next.value !== 'object')) {
          ctx.add(
            'CHOICE-002',
            'error',
            `choices[${i}] has no 'next' state`,
            pairOf(entry, 'next') ? keyAt(entry, 'next', path) : at,
          );
        }
        const site = isMap(predicate) ? predicateSites.get(predicate) : undefined;
        if (!site) return;
        const siteAt = {
          span: spanOf(
            (predicate as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === 'expr')
              ?.value,
            site.span,
          ),
          path: `${site.path}.expr`,
        };
        if (alwaysTrueAt >= 0) {
          ctx.add(
            'CHOICE-005',
            'warning',
            `choices[${i}] can never match: choices[${alwaysTrueAt}] is always true`,
            siteAt,
          );
        } else if (seen.has(site.expr.trim())) {
          ctx.add(
            'CHOICE-005',
            'warning',
            `choices[${i}] can never match: it repeats the predicate of choices[${seen.get(site.expr.trim())}]`,
            siteAt,
          );
        }
        seen.set(site.expr.trim(), seen.get(site.expr.trim()) ?? i);
        const known = staticValue(ctx, site);
        // Typed expressions that read variables are EXPR-006's (expr rules); constants are ours.
        if (known?.constant && known.type !== 'boolean' && known.type !== 'null') {
          ctx.add(
            'CHOICE-003',
            'error',
            `A predicate must return a boolean; this one is always ${known.type === 'array' || known.type === 'object' ? `an ${known.type}` : `a ${known.type}`}`,
            siteAt,
          );
        } else if (known?.value === true && alwaysTrueAt < 0) {
          alwaysTrueAt = i;
        }
      });
      // A choice with no branches yet has one finding (CHOICE-001, add branches), not two.
      const noBranches = isSeq(choices) && choices.items.length === 0;
      if (!pairOf(s.node, 'default') && !noBranches) {
        ctx.add(
          'CHOICE-004',
          'warning',
          `Choice '${s.id}' has no 'default': when no predicate matches, the run fails`,
          { span: s.keySpan, path: s.path },
        );
      }
    }
  },
};
