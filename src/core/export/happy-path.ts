/** The happy path of a journey: a shortest route from `spec.start` to a `succeed` state, and the steps a client submits on it. */
import type { JourneyModel, ScopeModel, StateModel } from '../model/types';

/** Bound on the states visited (junk input guard). */
const MAX_VISITS = 10_000;

/** States of the top scope from `spec.start` to the nearest `succeed` (else the nearest terminal); empty if none. */
export function happyPath(model: JourneyModel): StateModel[] {
  return happyPathIn(model.top);
}

/** The same within one scope (a parallel branch, a subjourney). */
export function happyPathIn(scope: ScopeModel): StateModel[] {
  const start = scope.start ? scope.states.get(scope.start.value) : undefined;
  if (!start) return [];
  const parent = new Map<StateModel, StateModel | null>([[start, null]]);
  const queue: StateModel[] = [start];
  let fallback: StateModel | undefined;
  for (let i = 0; i < queue.length && i < MAX_VISITS; i++) {
    const state = queue[i];
    if (state.type === 'succeed') return unwind(parent, state);
    if (!fallback && (state.type === 'fail' || endsAtJoin(state))) fallback = state;
    for (const t of state.transitions) {
      const next = scope.states.get(t.target);
      if (next && !parent.has(next)) {
        parent.set(next, state);
        queue.push(next);
      }
    }
  }
  return fallback ? unwind(parent, fallback) : [];
}

/** External-input states a client meets along the happy path, including those inside parallel branches and subjourneys. */
export function happyPathSteps(model: JourneyModel): StateModel[] {
  const out: StateModel[] = [];
  const seen = new Set<string>();
  const visit = (state: StateModel, depth: number) => {
    if (depth > 16) return;
    if ((state.type === 'wait' || state.type === 'webhook') && !seen.has(state.id)) {
      seen.add(state.id);
      out.push(state);
    }
    if (state.type === 'parallel') {
      const paths = state.branches.map(happyPathIn);
      // Branches that wait on a timer are SLA/timeout races; the happy path is the one that does not.
      const racing = paths.filter((p) => !p.some((s) => s.type === 'timer'));
      for (const path of racing.length ? racing : paths) path.forEach((s) => visit(s, depth + 1));
    }
    if (state.type === 'subjourney' && state.ref) {
      const sub = model.subjourneys.get(state.ref.value);
      if (sub) happyPathIn(sub).forEach((s) => visit(s, depth + 1));
    }
  };
  for (const state of happyPath(model)) visit(state, 0);
  return out;
}

/** A parallel with no `next` ends the journey when its join completes (dialect D03). */
function endsAtJoin(state: StateModel): boolean {
  return state.type === 'parallel' && state.transitions.length === 0;
}

function unwind(parent: Map<StateModel, StateModel | null>, last: StateModel): StateModel[] {
  const path: StateModel[] = [];
  for (let s: StateModel | null | undefined = last; s; s = parent.get(s)) path.unshift(s);
  return path;
}
