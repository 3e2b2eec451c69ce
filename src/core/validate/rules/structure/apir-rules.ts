/**
 * APIR-003/004/005/011/012: `apiResponses.rules` semantics — every rule yields a
 * status (`status` or `statusExpr`, not both), `errorType` only on FAILED,
 * no dead rules after a catch-all of the same phase, and `error` is only bound
 * in FAILED rules. (Shapes are in the JSON Schema: APIR-002/006/009/010.)
 */
import { isMap } from 'yaml';
import { child, childAt, items, joinPath, pairOf, str } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { keyAt } from './util';

export const apirRules: Rule = {
  name: 'apir-rules',
  codes: ['APIR-003', 'APIR-004', 'APIR-005', 'APIR-011', 'APIR-012'],
  check(ctx) {
    const rules = childAt(ctx.model.spec, 'bindings.http.apiResponses.rules');
    const base = 'spec.bindings.http.apiResponses.rules';
    const catchAll = new Map<string, number>();
    items(rules).forEach((rule, i) => {
      if (!isMap(rule)) return;
      const path = joinPath(base, i);
      const when = child(rule, 'when');
      const phase = str(child(when, 'phase'));
      const ruleAt = { span: keyAt(rule, 'when', path).span, path };
      if (phase === 'SUCCEEDED' && pairOf(when, 'errorType')) {
        ctx.add(
          'APIR-003',
          'error',
          'errorType only applies to FAILED rules: a SUCCEEDED run has no Problem to match',
          keyAt(when, 'errorType', `${path}.when`),
        );
      }
      const hasStatus = pairOf(rule, 'status') !== undefined;
      const hasExpr = pairOf(rule, 'statusExpr') !== undefined;
      if (!hasStatus && !hasExpr)
        ctx.add(
          'APIR-004',
          'error',
          'Each apiResponses rule needs `status` or `statusExpr`',
          ruleAt,
        );
      if (hasStatus && hasExpr)
        ctx.add(
          'APIR-005',
          'warning',
          'Rule declares both `status` and `statusExpr`; statusExpr wins at runtime, so drop one',
          keyAt(rule, 'status', path),
        );
      if (phase) {
        const earlier = catchAll.get(phase);
        if (earlier !== undefined) {
          ctx.add(
            'APIR-011',
            'warning',
            `This ${phase} rule can never match: rule #${earlier + 1} already matches every ${phase} run`,
            ruleAt,
          );
        } else if (!pairOf(when, 'errorType') && !pairOf(when, 'predicate')) catchAll.set(phase, i);
      }
      if (phase === 'SUCCEEDED') {
        for (const key of ['predicate', 'statusExpr']) {
          const site = key === 'predicate' ? child(when, 'predicate') : child(rule, 'statusExpr');
          const expr = str(child(site, 'expr'));
          if (expr && /(^|[^.\w$])error\b(?!\s*:)/.test(stripStrings(expr))) {
            const at =
              key === 'predicate'
                ? keyAt(when, 'predicate', `${path}.when`)
                : keyAt(rule, 'statusExpr', path);
            ctx.add(
              'APIR-012',
              'warning',
              `'error' is only bound in FAILED rules; in this SUCCEEDED ${key} it is always null`,
              at,
            );
          }
        }
      }
    });
  },
};

/** Drops string literals so `"error"` in quotes is not read as the binding. */
function stripStrings(expr: string): string {
  return expr.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
}
