/** Small helpers shared by the structure rules: locating keys/values and walking blocks. Pure. */
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import type { Span } from '../../../diagnostics';
import {
  child,
  entries,
  joinPath,
  keySpan,
  pairOf,
  spanOf,
  valueSpan,
  type AnyNode,
} from '../../../yaml-nodes';

/** A place to report at: span + dotted path. */
export interface At {
  span: Span;
  path: string;
}

/** The value of `key` in `map` as a place (falls back to the key, then the map). */
export function valueAt(map: AnyNode, key: string, base: string): At {
  return { span: valueSpan(map, key), path: joinPath(base, key) };
}

/** The key `key` in `map` as a place. */
export function keyAt(map: AnyNode, key: string, base: string): At {
  return { span: keySpan(map, key), path: joinPath(base, key) };
}

/** The node as a place. */
export function nodeAt(node: AnyNode, path: string, fallback: Span = { start: 0, end: 0 }): At {
  return { span: spanOf(node, fallback), path };
}

/** True when `map` has the key (whatever its value). */
export function has(map: AnyNode, key: string): boolean {
  return pairOf(map, key) !== undefined;
}

/** The mapping under `key`, if it is one. */
export function mapChild(map: AnyNode, key: string): YAMLMap | undefined {
  const v = child(map, key);
  return isMap(v) ? (v as YAMLMap) : undefined;
}

/** The JS value of a scalar (string, number, boolean, null) or undefined for collections/missing. */
export function scalar(node: AnyNode): unknown {
  return isScalar(node) ? node.value : undefined;
}

/** A short description of what a node is, for messages. */
export function describe(node: AnyNode): string {
  if (node == null) return 'empty';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'empty';
    return typeof v === 'string'
      ? `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`
      : `${typeof v} ${String(v)}`;
  }
  return 'something else';
}

/** Entries of a mapping with their paths. */
export function entriesAt(map: AnyNode, base: string) {
  return entries(map).map((e) => ({ ...e, path: joinPath(base, e.key) }));
}

/** The span of the key that owns `path`'s value in the root (for block-level findings). */
export function blockKeyAt(parent: AnyNode, key: string, base: string): At {
  return keyAt(parent, key, base);
}

/** Levenshtein-closest candidate (distance 1, or 2 for names of 6+ characters) for "did you mean"; pure. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  // Short names two edits apart are different words (`smtp` is not a typo of `http`).
  let bestD = value.length >= 6 ? 3 : 2;
  for (const c of candidates) {
    const d = distance(value.toLowerCase(), c.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}
