/**
 * The control flow the auth analyses walk: the transitions the runtime follows
 * from a state, resolved inside the state's own scope. Small and pure, so the
 * preview and the lint do not depend on the graph module's internals.
 */
import type { ScopeModel, StateModel, Transition } from '../model/types';

/** The transitions the runtime takes from `s`, in evaluation order (D01/D02 dialect forms included). Pure. */
export function effectiveTransitions(s: StateModel): Transition[] {
  const t = s.transitions;
  switch (s.type) {
    case 'succeed':
    case 'fail':
    case undefined:
      return [];
    case 'choice':
      return t.filter((x) => x.via === 'choice' || x.via === 'default');
    case 'wait':
    case 'webhook': {
      const forward = t.find((x) => x.via === 'next') ?? t.find((x) => x.via === 'waitDefault') ?? t.find((x) => x.via === 'stateDefault');
      return [...(forward ? [forward] : []), ...t.filter((x) => x.via === 'onTimeout')];
    }
    default: {
      const forward = t.find((x) => x.via === 'next') ?? t.find((x) => x.via === 'stateDefault');
      return forward ? [forward] : [];
    }
  }
}

/** The state a transition leads to in the same scope, if it exists. Pure. */
export function targetOf(t: Transition): StateModel | undefined {
  return t.from.scope.states.get(t.target);
}

/** The `next` of a state (or its D01/D02 stand-in), resolved; for wait/webhook this is where a submission goes. Pure. */
export function forwardOf(s: StateModel): StateModel | undefined {
  const t = effectiveTransitions(s).find((x) => x.via !== 'onTimeout' && x.via !== 'choice' && x.via !== 'default');
  return t ? targetOf(t) : undefined;
}

/** Resolved successors of `s` in its scope (deduplicated, in transition order). Pure. */
export function successorsOf(s: StateModel): StateModel[] {
  const out: StateModel[] = [];
  for (const t of effectiveTransitions(s)) {
    const target = targetOf(t);
    if (target && !out.includes(target)) out.push(target);
  }
  return out;
}

/** The start state of a scope, if it exists. Pure. */
export function scopeStart(scope: ScopeModel): StateModel | undefined {
  return scope.start ? scope.states.get(scope.start.value) : undefined;
}

/** Shortest state path from `from` to `to` inside one scope (both included), or undefined. Pure. */
export function shortestPathTo(from: StateModel, to: StateModel): StateModel[] | undefined {
  const prev = new Map<StateModel, StateModel | null>([[from, null]]);
  // An index into the queue, not shift(), and a reversed push, not unshift(): linear in the scope.
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const cur = queue[head];
    if (cur === to) {
      const path: StateModel[] = [];
      for (let s: StateModel | null | undefined = cur; s; s = prev.get(s)) path.push(s);
      return path.reverse();
    }
    for (const n of successorsOf(cur)) {
      if (!prev.has(n)) {
        prev.set(n, cur);
        queue.push(n);
      }
    }
  }
  return undefined;
}
