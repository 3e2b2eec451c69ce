/**
 * EXPR-006: a predicate whose result is statically not a Boolean fails
 * validation (dsl.md §10), from the engine's static result type. Constant
 * predicates are left to CHOICE-003 (choices) and expr-static's literal check
 * (other sites), so each problem is reported once.
 */
import type { Rule } from '../../rule';
import { mapSpan } from './map-fix';
import { lookupTable } from '../../../own-property';

const ARTICLE: Readonly<Record<string, string>> = lookupTable({ number: 'a Number', string: 'a String', object: 'an Object', array: 'an Array', null: 'null' });
const LITERAL = /^\s*(-?\d+(\.\d+)?|"[^"]*"|'[^']*'|\{[\s\S]*\}|\[[\s\S]*\]|null)\s*$/;

/** EXPR-006 for predicates whose static result type is not Boolean. */
export const predicateTypeRule: Rule = {
  name: 'predicate-type',
  codes: ['EXPR-006'],
  perState: true,
  check(ctx) {
    for (const c of ctx.compiled) {
      const type = c.result?.resultType;
      if (!type || type === 'boolean' || !c.site.path.endsWith('.predicate')) continue;
      const constant = (c.result?.freeRoots.length ?? 0) === 0;
      if (constant && (c.site.state?.type === 'choice' || LITERAL.test(c.site.expr))) continue;
      const span = mapSpan(c, 0, c.site.expr.trimEnd().length);
      ctx.add('EXPR-006', 'error', `A predicate must give a Boolean, but this expression always gives ${ARTICLE[type]}`, {
        span,
        path: `${c.site.path}.expr`,
      });
    }
  },
};
