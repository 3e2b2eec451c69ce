/** Walks every string scalar under a node with its dotted path. Pure; depth-limited. */
import { isScalar, type Scalar } from 'yaml';
import { entries, items, joinPath, type AnyNode } from '../../../yaml-nodes';

export interface StringScalar {
  path: string;
  /** Keys from the walk's root to the scalar (sequence indexes as numbers). */
  keys: (string | number)[];
  node: Scalar;
  value: string;
}

/** Calls `visit` for every string scalar below `node`. */
export function walkStrings(node: AnyNode, path: string, visit: (s: StringScalar) => void, keys: (string | number)[] = [], depth = 0): void {
  if (node == null || depth > 200) return;
  if (isScalar(node)) {
    if (typeof node.value === 'string') visit({ path, keys, node, value: node.value });
    return;
  }
  for (const e of entries(node)) walkStrings(e.value, joinPath(path, e.key), visit, [...keys, e.key], depth + 1);
  items(node).forEach((item, i) => walkStrings(item, joinPath(path, i), visit, [...keys, i], depth + 1));
}
