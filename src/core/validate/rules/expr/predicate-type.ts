/** EXPR-006: a predicate whose result is statically not a Boolean fails validation (dsl.md §10). */
import type { Rule } from '../../rule';
import { mapSpan } from './map-fix';

const ARTICLE: Record<string, string> = { number: 'a Number', string: 'a String', object: 'an Object', array: 'an Array', null: 'null' };

export const predicateTypeRule: Rule = {
  name: 'predicate-type',
  codes: ['EXPR-006'],
  check(ctx) {
    for (const c of ctx.compiled) {
      const type = c.result?.resultType;
      if (!type || type === 'boolean' || !c.site.path.endsWith('.predicate')) continue;
      const span = mapSpan(c, 0, c.site.expr.trimEnd().length);
      ctx.add('EXPR-006', 'error', `A predicate must give a Boolean, but this expression always gives ${ARTICLE[type]}`, {
        span,
        path: `${c.site.path}.expr`,
      });
    }
  },
};
