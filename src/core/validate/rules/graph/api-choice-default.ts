/** GRAPH-008: in `kind: Api`, a reachable choice without `default` can match nothing and leave the request with no response. */
import { graphOf } from '../../../graph/journey-graph';
import type { Rule } from '../../rule';

/** GRAPH-008 over the reachable choices of every scope (kind: Api only). */
export const apiChoiceDefaultRule: Rule = {
  name: 'api-choice-default',
  codes: ['GRAPH-008'],
  check(ctx) {
    if (ctx.model.kind !== 'Api') return;
    const g = graphOf(ctx.model);
    for (const scope of ctx.model.scopes) {
      for (const s of g.reachableInScope(scope)) {
        if (s.type !== 'choice' || s.transitions.some((t) => t.via === 'default')) continue;
        ctx.add(
          'GRAPH-008',
          'warning',
          `Choice '${s.id}' has no default: when no predicate matches, the Api request fails with no terminal state`,
          {
            span: s.keySpan,
            path: s.path,
          },
        );
      }
    }
  },
};
