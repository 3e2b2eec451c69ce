/**
 * COMP-007: `outcome` is bound only inside compensation states and `output` only
 * in `alsoFor` predicates, named outcomes and apiResponses; elsewhere they read nothing.
 */
import type { ExprSite } from '../../../model/types';
import type { Rule } from '../../rule';
import { rootReads } from './expr-roots';

const outcomeBound = (s: ExprSite) => s.path.startsWith('spec.compensation.states');
const outputBound = (s: ExprSite) =>
  s.path.startsWith('spec.compensation.alsoFor') ||
  s.path.startsWith('spec.outcomes') ||
  s.role === 'apiResponse';

export const compBindings: Rule = {
  name: 'comp-bindings',
  codes: ['COMP-007'],
  check(ctx) {
    for (const read of rootReads(ctx, 'outcome')) {
      if (outcomeBound(read.site) || read.members.length === 0) continue;
      ctx.add(
        'COMP-007',
        'warning',
        "'outcome' is only bound inside spec.compensation states; here it is undefined",
        { span: read.span, path: read.site.path },
      );
    }
    for (const read of rootReads(ctx, 'output')) {
      if (outputBound(read.site) || read.members.length === 0) continue;
      ctx.add(
        'COMP-007',
        'warning',
        "'output' is only bound in compensation alsoFor predicates and spec.outcomes; here it is undefined",
        { span: read.span, path: read.site.path },
      );
    }
  },
};
