/**
 * GRAPH-005: a reachable non-terminal state with no outgoing transition — the
 * run can neither continue nor end. A `parallel` with no `next` is dialect D03
 * (the journey ends with the outcome of the branch that completes the join):
 * a warning naming the canonical form. It has no automatic fix, because adding
 * a `next` to a `succeed` would turn a branch's failure into a success.
 */
import { graphOf } from '../../../graph/journey-graph';
import { isOpenParallel } from '../../../graph/state-kinds';
import type { Rule } from '../../rule';

/** GRAPH-005 per scope; D03 parallels as warnings. */
export const deadEndsRule: Rule = {
  name: 'dead-ends',
  codes: ['GRAPH-005'],
  check(ctx) {
    const g = graphOf(ctx.model);
    for (const scope of ctx.model.scopes) {
      for (const s of g.deadEnds(scope)) {
        const at = { span: s.keySpan, path: s.path };
        if (isOpenParallel(s)) {
          ctx.add(
            'GRAPH-005',
            'warning',
            `Parallel '${s.id}' has no 'next' (dialect D03): the run ends with the outcome of the branch that completes the join; ` +
              `the canonical form joins into 'next: <state>' and ends in a succeed/fail state`,
            at,
          );
        } else {
          const hint = s.type === 'choice' ? "add 'choices' or a 'default'" : "add 'next: <state>'";
          ctx.add(
            'GRAPH-005',
            'error',
            `State '${s.id}' (${s.type}) is a dead end: it has no outgoing transition and is not a succeed/fail; ${hint}`,
            at,
          );
        }
      }
    }
  },
};
