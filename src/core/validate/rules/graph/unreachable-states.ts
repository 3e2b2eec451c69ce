/**
 * GRAPH-004: states that no run can enter from their scope's roots (top level:
 * `spec.start` + every schedule entry). Skipped in a scope whose reachable part
 * has a broken target: the states behind a typo are "unreachable" only because
 * of it, and GRAPH-001/002 already point at the cause.
 */
import { graphOf } from '../../../graph/journey-graph';
import type { Rule } from '../../rule';
import { scopeLabel } from './helpers';

/** GRAPH-004 per unreachable state. */
export const unreachableStatesRule: Rule = {
  name: 'unreachable-states',
  codes: ['GRAPH-004'],
  check(ctx) {
    const g = graphOf(ctx.model);
    for (const scope of ctx.model.scopes) {
      const broken = [...g.reachableInScope(scope)].some((s) =>
        g.edges(s).some((e) => e.effective && e.status !== 'ok'),
      );
      if (broken) continue;
      for (const s of g.unreachable(scope)) {
        ctx.add(
          'GRAPH-004',
          'warning',
          `State '${s.id}' is never reached: no transition in ${scopeLabel(scope)} leads to it from '${scope.start?.value ?? ''}'`,
          { span: s.keySpan, path: s.path },
        );
      }
    }
  },
};
