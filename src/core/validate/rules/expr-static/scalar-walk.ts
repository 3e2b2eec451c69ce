/** Walks every string scalar under a node with its dotted path. Pure; depth-limited. */
import { isMap, isPair, isScalar, isSeq, type Scalar } from 'yaml';
import { joinPath, type AnyNode } from '../../../yaml-nodes';
import { specRoots, type RuleContext } from '../../rule';

export interface StringScalar {
  readonly path: string;
  /** Keys from the walk's root to the scalar (sequence indexes as numbers). */
  readonly keys: (string | number)[];
  readonly node: Scalar;
  readonly value: string;
}

/** The dotted path is built only when a rule reports: most visited scalars are fine. */
class Hit implements StringScalar {
  constructor(
    private readonly base: string,
    private readonly prefixLength: number,
    readonly keys: (string | number)[],
    readonly node: Scalar,
    readonly value: string,
  ) {}

  get path(): string {
    let path = this.base;
    for (let i = this.prefixLength; i < this.keys.length; i++) path = joinPath(path, this.keys[i]);
    return path;
  }
}

/** Calls `visit` for every string scalar below `node` (only those whose value `accept`s, when given: cheaper). */
export function walkStrings(
  node: AnyNode,
  path: string,
  visit: (s: StringScalar) => void,
  keys: (string | number)[] = [],
  accept?: (value: string) => boolean,
  skip?: ReadonlySet<unknown>,
): void {
  const stack = [...keys];
  const walk = (n: unknown, depth: number): void => {
    if (n == null || depth > 200 || skip?.has(n)) return;
    if (isScalar(n)) {
      if (typeof n.value === 'string' && (!accept || accept(n.value))) visit(new Hit(path, keys.length, stack.slice(), n, n.value));
    } else if (isMap(n)) {
      for (const item of n.items) {
        if (!isPair(item) || !isScalar(item.key)) continue;
        stack.push(String(item.key.value));
        walk(item.value, depth + 1);
        stack.pop();
      }
    } else if (isSeq(n)) {
      n.items.forEach((item, i) => {
        stack.push(i);
        walk(item, depth + 1);
        stack.pop();
      });
    }
  };
  walk(node, keys.length); // as deep as a walk from `spec` would be here
}

/** `walkStrings` over everything under `spec` this rule run covers (one state, the rest, or all). */
export function walkSpecStrings(
  ctx: RuleContext,
  visit: (s: StringScalar) => void,
  accept?: (value: string) => boolean,
): void {
  for (const root of specRoots(ctx)) walkStrings(root.node, root.path, visit, root.keys, accept, root.skip);
}
