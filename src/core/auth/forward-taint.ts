/**
 * Path-insensitive forward taint for one scope: the labels each context field
 * may hold on entry to each state, over all paths (union at joins). A
 * worklist fixpoint; in-sets only grow, so it terminates. `keep` limits the
 * labels tracked (fewer labels, smaller maps). Pure.
 */
import type { ScopeModel, StateModel } from '../model/types';
import { scopeStart, successorsOf } from './flow';
import type { FlowFacts } from './state-facts';
import { EMPTY_TAINT, applyWrites, type Taint } from './taint';

/** Taint on entry to every reachable state of `scope`. */
export function forwardTaint(facts: FlowFacts, scope: ScopeModel, keep: (label: string) => boolean = () => true, limit = 50_000): Map<StateModel, Taint> {
  const start = scopeStart(scope);
  const into = new Map<StateModel, Map<string, Set<string>>>();
  if (!start) return new Map();
  into.set(start, new Map());
  const work: StateModel[] = [start];
  let budget = limit;
  while (work.length > 0 && budget-- > 0) {
    const s = work.pop()!;
    const out = applyWrites(into.get(s) ?? EMPTY_TAINT, facts.of(s));
    for (const n of successorsOf(s)) {
      let cur = into.get(n);
      let changed = false;
      if (!cur) {
        cur = new Map();
        into.set(n, cur);
        changed = true;
      }
      for (const [k, labels] of out) {
        if (![...labels].some(keep)) continue;
        let set = cur.get(k);
        if (!set) {
          set = new Set();
          cur.set(k, set);
        }
        for (const l of labels) {
          if (keep(l) && !set.has(l)) {
            set.add(l);
            changed = true;
          }
        }
      }
      if (changed) work.push(n);
    }
  }
  return into as Map<StateModel, Taint>;
}
