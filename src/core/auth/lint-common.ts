/** Shared pieces of the AUTHLINT analyses: per-analysis facts, auth decisions, the walking state. Pure. */
import type { JourneyModel, StateModel } from '../model/types';
import { FlowFacts, type FlowInput } from './state-facts';
import { applyWrites, labelsOfReads, taintKey, type Taint } from './taint';

const factsCache = new WeakMap<JourneyModel, FlowFacts>();

/** The flow facts of an analysis, shared by all AUTHLINT rules of one validation run. */
export function flowFactsOf(input: FlowInput): FlowFacts {
  let f = factsCache.get(input.model);
  if (!f) {
    f = new FlowFacts(input);
    factsCache.set(input.model, f);
  }
  return f;
}

/** The taint label of an auth task's result. */
export function authLabel(s: StateModel): string {
  return `auth@${s.qid}`;
}

/** The taint label of a submission to an external-input state. */
export function payloadLabel(s: StateModel): string {
  return `payload@${s.qid}`;
}

/** Qualified ids of the auth tasks whose result (or a copy of it) a choice's predicates read at `s`. */
export function decidedAt(facts: FlowFacts, s: StateModel, taint: Taint): string[] {
  if (s.type !== 'choice') return [];
  const labels = labelsOfReads(taint, facts.of(s).reads.filter((r) => r.inPredicate));
  return [...labels].filter((l) => l.startsWith('auth@')).map((l) => l.slice(5));
}

/** The fact most walks carry: taint plus the auth tasks passed on this path and not yet decided. */
export interface AuthWalk {
  taint: Taint;
  pending: readonly string[];
}

/** Visited-set key of an AuthWalk. */
export function walkKey(w: AuthWalk): string {
  return `${taintKey(w.taint)}|${[...w.pending].sort().join(',')}`;
}

/** The walk after `s`'s writes (auth tasks join `pending`). */
export function advance(facts: FlowFacts, s: StateModel, w: AuthWalk, isAuth: boolean): AuthWalk {
  return { taint: applyWrites(w.taint, facts.of(s)), pending: isAuth ? [...w.pending, s.qid] : w.pending };
}
