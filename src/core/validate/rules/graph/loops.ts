/**
 * Loops. `kind: Api` (GRAPH-007, warning): every cycle is flagged unless it is
 * visibly bounded by a counter (a choice in the loop compares a number and a
 * state in the loop adds to it). `kind: Journey` (GRAPH-010, style → info):
 * a cycle should pause at a wait/webhook (also inside a parallel or a called
 * subjourney), and journeys with cycles should declare spec.execution.maxDurationSec.
 */
import { graphOf, type JourneyGraph } from '../../../graph/journey-graph';
import { isExternalInput } from '../../../graph/state-kinds';
import type { JourneyModel, StateModel } from '../../../model/types';
import { child } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { listStates } from './helpers';

/** Expression text written inside a state (predicates, mappers), concatenated. */
function exprText(model: JourneyModel, states: Set<StateModel>): string {
  return model.exprSites
    .filter((x) => x.state && states.has(x.state))
    .map((x) => x.expr)
    .join('\n');
}

/** A visible counter guard: a numeric comparison plus an increment somewhere in the loop. */
function looksBounded(model: JourneyModel, cycle: StateModel[]): boolean {
  const text = exprText(model, new Set(cycle));
  return /[<>]=?\s*-?[\w.]*\d/.test(text) && /\+\s*1\b/.test(text);
}

function pausesForInput(g: JourneyGraph, cycle: StateModel[]): boolean {
  return cycle.some((s) => {
    if (isExternalInput(s)) return true;
    const starts = g
      .callees(s)
      .map((scope) => g.startOf(scope))
      .filter((x): x is StateModel => !!x);
    return (
      starts.length > 0 && [...g.reachableFrom(starts, { descend: true })].some(isExternalInput)
    );
  });
}

/** GRAPH-007 (Api) and GRAPH-010 (Journey, style) over the cycles of every scope. */
export const loopsRule: Rule = {
  name: 'loops',
  codes: ['GRAPH-007', 'GRAPH-010'],
  check(ctx) {
    const g = graphOf(ctx.model);
    const api = ctx.model.kind === 'Api';
    const hasBudget = child(child(ctx.model.spec, 'execution'), 'maxDurationSec') != null;
    for (const scope of ctx.model.scopes) {
      const reachable = g.reachableInScope(scope);
      if (!reachable.size) continue;
      for (const cycle of g.cycles(scope, reachable)) {
        const head = cycle[0];
        const at = { span: head.keySpan, path: head.path };
        if (api) {
          if (looksBounded(ctx.model, cycle)) continue;
          ctx.add(
            'GRAPH-007',
            'warning',
            `Api loop through ${listStates(cycle)} has no visible counter bound; bound it, or use an httpResilience policy for retries`,
            at,
          );
        } else if (!pausesForInput(g, cycle)) {
          ctx.add(
            'GRAPH-010',
            'info',
            `Loop through ${listStates(cycle)} never waits for input; bound it with a counter or a wait/webhook`,
            at,
            { style: true },
          );
        } else if (!hasBudget) {
          ctx.add(
            'GRAPH-010',
            'info',
            `Loop through ${listStates(cycle)}: journeys with loops should declare spec.execution.maxDurationSec`,
            at,
            { style: true },
          );
        }
      }
    }
  },
};
