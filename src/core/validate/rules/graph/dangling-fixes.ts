/**
 * Fixes for a transition whose target is missing (GRAPH-001), e.g. the branch
 * left behind when the state it led to was deleted: point it at the typo's
 * likely meaning, at a state nothing leads to any more (the deleted state's
 * successor, typically), or remove the branch. Pure.
 */
import type { Fix } from '../../../diagnostics';
import type { GraphEdge, JourneyGraph } from '../../../graph/journey-graph';
import { removeTransitionEdit } from '../../../commands/transition-removal';
import { replaceFix } from './helpers';

/** At most this many "point to" fixes: a quick-fix menu, not a state list. */
const MAX_TARGETS = 4;

/** States of the edge's scope that no other state leads to and that are not an entry: where the branch likely went. */
function orphans(g: JourneyGraph, e: GraphEdge): string[] {
  const roots = new Set(g.roots(e.from.scope));
  return [...e.from.scope.states.values()]
    .filter((s) => s !== e.from && !roots.has(s))
    .filter((s) => g.predecessors(s).every((p) => p === s))
    .map((s) => s.id);
}

/** The fixes of a dangling transition, best first (undefined when there is none). */
export function danglingFixes(
  text: string,
  g: JourneyGraph,
  e: GraphEdge,
  guess: string | undefined,
): Fix[] {
  const targets = [...new Set([...(guess ? [guess] : []), ...orphans(g, e)])].slice(0, MAX_TARGETS);
  const fixes = targets.map((id) => replaceFix(`Point to '${id}'`, e.transition.span, id));
  const removal = removeTransitionEdit(text, e.transition);
  const what = e.transition.via === 'choice' ? 'this branch' : `this '${viaKey(e)}'`;
  if (removal) fixes.push({ title: `Remove ${what}`, edits: [removal] });
  return fixes;
}

function viaKey(e: GraphEdge): string {
  const via = e.transition.via;
  return via === 'waitDefault' || via === 'stateDefault' ? 'default' : via;
}
