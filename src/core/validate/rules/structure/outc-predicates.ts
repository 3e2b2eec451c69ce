/**
 * OUTC-003: a named outcome's `when.predicate` is `{lang, expr}`, names a supported
 * `lang` and is not statically non-boolean. Defers the last two to EXPR-001/002/006
 * when the expression rules run.
 */
import { isMap, isScalar } from 'yaml';
import { child, childAt, entries, joinPath } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { keyAt } from './util';
import { reportedElsewhere } from '../schema/claims';

const NON_BOOLEAN_LITERAL = /^\s*(-?\d+(\.\d+)?|"[^"]*"|'[^']*'|\{[\s\S]*\}|\[[\s\S]*\]|null)\s*$/;

export const outcPredicates: Rule = {
  name: 'outc-predicates',
  codes: ['OUTC-003'],
  check(ctx) {
    for (const e of entries(childAt(ctx.model.spec, 'outcomes'))) {
      const when = child(e.value, 'when');
      const predicate = child(when, 'predicate');
      if (predicate === undefined || (isMap(predicate) && isScalar(child(predicate, 'expr'))))
        continue;
      ctx.add(
        'OUTC-003',
        'error',
        `Outcome '${e.key}': when.predicate must be {lang, expr} with an inline boolean expression`,
        keyAt(when, 'predicate', joinPath(joinPath('spec.outcomes', e.key), 'when')),
      );
    }
    for (const c of ctx.compiled) {
      const site = c.site;
      if (!site.path.startsWith('spec.outcomes') || site.role !== 'predicate') continue;
      const at = { span: site.lang?.span ?? site.span, path: site.path };
      if (!site.lang && !reportedElsewhere('EXPR-001')) {
        ctx.add(
          'OUTC-003',
          'error',
          'Outcome predicate needs a lang (there is no default engine)',
          at,
        );
      } else if (site.lang && !c.language && !reportedElsewhere('EXPR-002')) {
        ctx.add(
          'OUTC-003',
          'error',
          `Outcome predicate lang '${site.lang.value}' is not a supported engine`,
          at,
        );
      } else if (NON_BOOLEAN_LITERAL.test(site.expr) && !reportedElsewhere('EXPR-006')) {
        ctx.add('OUTC-003', 'error', 'Outcome predicate is a constant that is not a boolean', {
          span: site.exprNode?.range
            ? { start: site.exprNode.range[0], end: site.exprNode.range[1] }
            : site.span,
          path: site.path,
        });
      }
    }
  },
};
