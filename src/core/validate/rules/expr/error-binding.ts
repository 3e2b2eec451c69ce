/**
 * EXPR-010: `error` is bound only in error-handling sites (`spec.errors`
 * mappers, `apiResponses` rules; dsl.md §10.2). Elsewhere it is null: a warning.
 * (Bare `payload` after a wait is EXPR-011 in expr-static/payload-after-wait.ts.)
 */
import type { Rule } from '../../rule';
import { mapSpan } from './map-fix';

/** EXPR-010 warnings for `error` read where it is not bound. */
export const errorBindingRule: Rule = {
  name: 'error-binding',
  codes: ['EXPR-010'],
  perState: true,
  check(ctx) {
    for (const c of ctx.compiled) {
      if (c.site.bindings.includes('error')) continue;
      for (const r of c.result?.freeRoots ?? []) {
        if (r.name !== 'error') continue;
        ctx.add('EXPR-010', 'warning', "'error' is only bound in error mappers and apiResponses rules; here it is null", {
          span: mapSpan(c, r.start, r.end),
          path: `${c.site.path}.expr`,
        });
      }
    }
  },
};
