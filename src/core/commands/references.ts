/** Where a transition is written, so commands can rewrite or remove exactly that spot. Pure. */
import { isMap, isSeq, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Transition } from '../model/types';
import { child, pairOf } from '../yaml-nodes';

export type TransitionSite =
  { kind: 'pair'; map: YAMLMap; pair: Pair } | { kind: 'item'; seq: YAMLSeq; index: number };

/** The YAML node a transition lives in: a `next`/`default`/`onTimeout` pair, or a `choices` item. */
export function transitionSite(t: Transition): TransitionSite | undefined {
  const s = t.from;
  if (t.via === 'choice') {
    const seq = child(s.node, 'choices');
    return isSeq(seq) && t.choiceIndex !== undefined
      ? { kind: 'item', seq: seq as YAMLSeq, index: t.choiceIndex }
      : undefined;
  }
  const inBody = t.via === 'onTimeout' || t.via === 'waitDefault';
  const map = inBody ? s.body : s.node;
  const key = t.via === 'next' ? 'next' : t.via === 'onTimeout' ? 'onTimeout' : 'default';
  const pair = pairOf(map, key);
  return isMap(map) && pair ? { kind: 'pair', map: map as YAMLMap, pair: pair as Pair } : undefined;
}
