/**
 * Duplicate mapping keys, found in one pass. `yaml`'s own `uniqueKeys` check
 * compares each key with every earlier one (quadratic: a 2,000-state map spent
 * most of its parse time there); this gives the same findings linearly.
 */
import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';
import { childAt } from './yaml-nodes';

/**
 * Offsets of every key that repeats an earlier scalar key of the same mapping
 * (yaml's equality: same `value`). With `reusedStates`, the findings inside each
 * top-level state are remembered on its node (offsets relative to its start).
 */
export function duplicateKeyOffsets(doc: Document.Parsed, reusedStates = false): number[] {
  const found: number[] = [];
  const states = reusedStates ? topLevelStates(doc) : undefined;
  walk(doc.contents, found, 0, states);
  return found;
}

const inState = new WeakMap<object, number[]>();

function topLevelStates(doc: Document.Parsed): ReadonlySet<unknown> | undefined {
  const states = childAt(doc.contents, 'spec.states');
  return isMap(states) ? new Set(states.items.map((p) => p.value).filter((v) => isMap(v) && v.range)) : undefined;
}

function walkState(node: { range?: [number, number, number] | null }, found: number[], depth: number): void {
  const start = node.range![0];
  let relative = inState.get(node);
  if (!relative) {
    const own: number[] = [];
    walk(node, own, depth);
    inState.set(node, (relative = own.map((at) => at - start)));
  }
  for (const at of relative) found.push(at + start);
}

function walk(node: unknown, found: number[], depth: number, states?: ReadonlySet<unknown>): void {
  if (depth > 1000) return; // the nesting guard refuses deeper files before they get here
  if (states?.has(node)) return walkState(node as never, found, depth);
  if (isMap(node)) {
    const seen = node.items.length > 1 ? new Set<unknown>() : undefined;
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key;
      // Non-scalar keys are compared by identity (never equal); NaN !== NaN in yaml's comparison.
      if (seen && isScalar(key) && !Number.isNaN(key.value)) {
        if (seen.has(key.value)) found.push(key.range?.[0] ?? 0);
        else seen.add(key.value);
      }
      if (!isScalar(key)) walk(key, found, depth + 1);
      walk(pair.value, found, depth + 1, states);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) walk(item, found, depth + 1);
  }
}
