/**
 * A bounded path exploration over one scope's flow: each state is visited once
 * per distinct analysis state, so path-sensitive facts (taint, pending auth)
 * stay exact on acyclic parts and loops terminate. Pure.
 */
import type { StateModel } from '../model/types';
import { successorsOf } from './flow';

/** Explores from `start`; `step` returns the fact to carry on, or null to stop this path. */
export function explore<S>(
  start: StateModel,
  init: S,
  step: (s: StateModel, fact: S) => S | null,
  key: (fact: S) => string,
  limit = 20_000,
): void {
  const seen = new Set<string>();
  const stack: Array<[StateModel, S]> = [[start, init]];
  let budget = limit;
  while (stack.length > 0 && budget-- > 0) {
    const [s, fact] = stack.pop()!;
    const k = `${s.qid}\u0000${key(fact)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const next = step(s, fact);
    if (next === null) continue;
    const succ = successorsOf(s);
    for (let i = succ.length - 1; i >= 0; i--) stack.push([succ[i], next]);
  }
}
