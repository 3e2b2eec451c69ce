/**
 * Duplicate mapping keys, found in one pass. `yaml`'s own `uniqueKeys` check
 * compares each key with every earlier one (quadratic: a 2,000-state map spent
 * most of its parse time there); this gives the same findings linearly.
 */
import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

/** Offsets of every key that repeats an earlier scalar key of the same mapping (yaml's equality: same `value`). */
export function duplicateKeyOffsets(doc: Document.Parsed): number[] {
  const found: number[] = [];
  walk(doc.contents, found, 0);
  return found;
}

function walk(node: unknown, found: number[], depth: number): void {
  if (depth > 1000) return; // the nesting guard refuses deeper files before they get here
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
      walk(pair.value, found, depth + 1);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) walk(item, found, depth + 1);
  }
}
