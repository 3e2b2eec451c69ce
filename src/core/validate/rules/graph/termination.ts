/**
 * Termination: every reachable state has a path to a succeed/fail of its scope.
 * `kind: Api` → GRAPH-006 (error); `kind: Journey` → GRAPH-009 (warning, the
 * run can only end by timeout or cancel). A parallel branch that cannot reach
 * any branch-local terminal from its start is PAR-011 (warning; error in Api).
 * Dead ends, broken targets and D03 parallels count as exits here: they are
 * reported by their own rules, and counting them again would only add noise.
 */
import { graphOf, type JourneyGraph } from '../../../graph/journey-graph';
import { isOpenParallel, isTerminal } from '../../../graph/state-kinds';
import type { ScopeModel, StateModel } from '../../../model/types';
import type { Rule, RuleContext } from '../../rule';
import { listStates, scopeLabel } from './helpers';

function hasBrokenEdge(g: JourneyGraph, s: StateModel): boolean {
  return g.edges(s).some((e) => e.effective && e.status !== 'ok');
}

function isExit(g: JourneyGraph, s: StateModel): boolean {
  if (!s.type || isTerminal(s) || isOpenParallel(s) || hasBrokenEdge(g, s)) return true;
  return g.edges(s).every((e) => !e.effective);
}

function checkBranch(ctx: RuleContext, g: JourneyGraph, scope: ScopeModel, api: boolean): boolean {
  const start = g.startOf(scope);
  if (!start) return true;
  const reached = g.reachableFrom(start);
  // A dead end still fails the branch (the catalog's own PAR-011 example); a broken target is reported at its source.
  if ([...reached].some((s) => isTerminal(s) || isOpenParallel(s) || hasBrokenEdge(g, s)))
    return true;
  ctx.add(
    'PAR-011',
    api ? 'error' : 'warning',
    `Branch '${scope.name ?? ''}' of parallel '${scope.owner?.id ?? ''}' never reaches a succeed/fail of its own, ` +
      `so an allOf join cannot complete (from '${start.id}' the branch reaches ${listStates([...reached])})`,
    { span: scope.start!.span, path: scope.start!.path },
  );
  return false;
}

/** GRAPH-006 / GRAPH-009 per trap entry and PAR-011 per branch. */
export const terminationRule: Rule = {
  name: 'termination',
  codes: ['GRAPH-006', 'GRAPH-009', 'PAR-011'],
  check(ctx) {
    const g = graphOf(ctx.model);
    const api = ctx.model.kind === 'Api';
    for (const scope of ctx.model.scopes) {
      if (scope.kind === 'branch' && !checkBranch(ctx, g, scope, api)) continue;
      const reachable = g.reachableInScope(scope);
      if (!reachable.size) continue;
      const ends = g.canReach(scope, (s) => isExit(g, s));
      const trapped = [...reachable].filter((s) => !ends.has(s));
      const trappedSet = new Set(trapped);
      const roots = new Set(g.roots(scope));
      // Report where a run enters the trap, listing the states it then cannot leave.
      for (const s of trapped) {
        const entry =
          roots.has(s) || g.predecessors(s).some((p) => reachable.has(p) && !trappedSet.has(p));
        if (!entry) continue;
        const region = [...g.reachableFrom(s)];
        const message =
          `No path from '${s.id}' reaches a succeed or fail of ${scopeLabel(scope)} (it only cycles through ${listStates(region)})` +
          (api
            ? '; an Api request must always end'
            : '; the run can only end by timeout or cancellation');
        ctx.add(api ? 'GRAPH-006' : 'GRAPH-009', api ? 'error' : 'warning', message, {
          span: s.keySpan,
          path: s.path,
        });
      }
    }
  },
};
