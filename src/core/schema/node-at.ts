/** Resolving JSON-pointer-like paths (ajv `instancePath`) to YAML nodes and spans. Pure. */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Span } from '../diagnostics';
import { joinPath, spanOf, type AnyNode } from '../yaml-nodes';

export interface NodeHit {
  /** The node at the path (undefined when the path runs off the document). */
  node: AnyNode;
  /** The key node that holds `node` in its parent mapping, if any. */
  key: AnyNode;
  /** Dotted path for diagnostics (`spec.states.a.next`). */
  path: string;
}

/** Splits an ajv instancePath (`/spec/states/a~1b`) into decoded segments; pure. */
export function pointerSegments(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Follows `segments` from `root` through mappings (by key) and sequences (by index); pure. */
export function nodeAt(root: AnyNode, segments: readonly string[]): NodeHit {
  let node: AnyNode = root;
  let key: AnyNode;
  let path = '';
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg,
      );
      if (!pair) return { node: undefined, key: undefined, path: joinPath(path, seg) };
      key = pair.key as Node;
      node = pair.value as AnyNode;
      path = joinPath(path, seg);
    } else if (isSeq(node)) {
      const i = Number(seg);
      node = node.items[i] as AnyNode;
      key = undefined;
      path = joinPath(path, i);
    } else {
      return { node: undefined, key: undefined, path: joinPath(path, seg) };
    }
  }
  return { node, key, path };
}

/** The key node of `prop` inside mapping `map`, if present; pure. */
export function keyNodeOf(map: AnyNode, prop: string): AnyNode {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === prop);
  return (pair?.key as Node | undefined) ?? undefined;
}

/** Best span for a hit: the key when asked and present, else the value, else the key; pure. */
export function hitSpan(hit: NodeHit, preferKey: boolean, fallback: Span): Span {
  const keySpan = hit.key ? spanOf(hit.key) : undefined;
  const valueSpan = hit.node ? spanOf(hit.node, { start: -1, end: -1 }) : undefined;
  if (preferKey && keySpan) return keySpan;
  if (valueSpan && valueSpan.start >= 0 && valueSpan.end > valueSpan.start) return valueSpan;
  return keySpan ?? fallback;
}
