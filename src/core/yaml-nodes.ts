/** Small, pure helpers over `yaml` (eemeli) nodes: lookups, spans and scalar text. */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq, type Scalar } from 'yaml';
import type { Span } from './diagnostics';

export type AnyNode = Node | null | undefined;

/** The span of a node's value (without trailing comments), or an empty span at 0. */
export function spanOf(node: unknown, fallback: Span = { start: 0, end: 0 }): Span {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (!range) return fallback;
  return { start: range[0], end: Math.max(range[0], range[1]) };
}

/** The pair of `map` whose key is the scalar `key`. */
export function pairOf(map: AnyNode, key: string): Pair<Scalar, AnyNode> | undefined {
  if (!isMap(map)) return undefined;
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) {
      return item as Pair<Scalar, AnyNode>;
    }
  }
  return undefined;
}

/** The value node under `key` of `map`. */
export function child(map: AnyNode, key: string): AnyNode {
  return pairOf(map, key)?.value ?? undefined;
}

/** The value node at a dotted key path (`a.b.c`) below `map`. */
export function childAt(map: AnyNode, path: string): AnyNode {
  let cur: AnyNode = map;
  for (const part of path.split('.')) {
    cur = child(cur, part);
    if (cur == null) return undefined;
  }
  return cur;
}

/** The string value of a scalar node, or undefined for anything else. */
export function str(node: AnyNode): string | undefined {
  if (isScalar(node) && typeof node.value === 'string') return node.value;
  return undefined;
}

/** The JS value of a scalar, or undefined. */
export function scalarValue(node: AnyNode): unknown {
  return isScalar(node) ? node.value : undefined;
}

/** Keys of a mapping in source order, with their key nodes. */
export function entries(map: AnyNode): Array<{ key: string; keyNode: Scalar; value: AnyNode; pair: Pair }> {
  if (!isMap(map)) return [];
  const out: Array<{ key: string; keyNode: Scalar; value: AnyNode; pair: Pair }> = [];
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key)) {
      out.push({ key: String(item.key.value), keyNode: item.key, value: item.value as AnyNode, pair: item });
    }
  }
  return out;
}

/** Items of a sequence node (empty for anything else). */
export function items(seq: AnyNode): AnyNode[] {
  return isSeq(seq) ? (seq as YAMLSeq<AnyNode>).items : [];
}

/** The span of `key` in `map` (the key itself), falling back to the map. */
export function keySpan(map: AnyNode, key: string): Span {
  const pair = pairOf(map, key);
  return spanOf(pair?.key, spanOf(map));
}

/** Span of the value under `key`, falling back to the key, then the map. */
export function valueSpan(map: AnyNode, key: string): Span {
  const pair = pairOf(map, key);
  if (!pair) return spanOf(map);
  const v = pair.value as AnyNode;
  const vs = spanOf(v, { start: -1, end: -1 });
  return vs.start >= 0 ? vs : spanOf(pair.key, spanOf(map));
}

/** Span from a pair's key to the end of its value. */
export function pairSpan(pair: Pair | undefined, fallback: Span): Span {
  if (!pair) return fallback;
  const k = spanOf(pair.key, fallback);
  const v = spanOf(pair.value, k);
  return { start: k.start, end: Math.max(k.end, v.end) };
}

export function isMapNode(node: AnyNode): node is YAMLMap {
  return isMap(node);
}

/** Joins a dotted path; ids that are not plain identifiers are bracketed. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  const safe = PLAIN_ID.test(key) ? key : JSON.stringify(key);
  return base ? `${base}.${safe}` : safe;
}

const PLAIN_ID = /^[A-Za-z_$][\w$-]*$/;
