/** Small generic walks over the DataWeave AST. Pure. */
import type { Node, Param } from './ast';

/** Wraps an operand that reads `$`/`$$` into a lambda, as DataWeave does for `map $.x`. */
export function implicitLambda(n: Node): Node {
  if (n.kind === 'lambda' || !readsDollar(n)) return n;
  const p = (name: string): Param => ({ name, start: n.start, end: n.start });
  return { kind: 'lambda', params: [p('$'), p('$$'), p('$$$')], body: n, start: n.start, end: n.end };
}

function readsDollar(n: Node): boolean {
  if (n.kind === 'var') return n.name.startsWith('$');
  if (n.kind === 'lambda') return false;
  for (const ch of childrenOf(n)) if (readsDollar(ch)) return true;
  return false;
}

/** Direct child nodes of `n` (for small generic walks). */
export function childrenOf(n: Node): Node[] {
  switch (n.kind) {
    case 'lit':
    case 'var':
      return [];
    case 'str':
      return n.parts.filter((p): p is Node => typeof p !== 'string');
    case 'arr':
      return n.items;
    case 'obj':
      return n.fields.flatMap((f) => [...(f.kind === 'pair' && typeof f.key !== 'string' ? [f.key] : []), f.value, ...(f.cond ? [f.cond] : [])]);
    case 'sel':
      return n.index ? [n.target, n.index] : [n.target];
    case 'call':
      return [n.callee, ...n.args];
    case 'infix':
    case 'bin':
      return [n.left, n.right];
    case 'un':
      return [n.arg];
    case 'if':
      return [n.cond, n.then, n.else];
    case 'lambda':
      return [...n.params.flatMap((p) => (p.dflt ? [p.dflt] : [])), n.body];
    case 'do':
      return [...n.decls.map((d) => (d.kind === 'var' ? d.value : d.body)), n.body];
    case 'as':
    case 'is':
      return [n.value];
    case 'match':
      return [n.value, ...n.cases.flatMap((k) => [...(k.pattern.kind === 'lit' ? [k.pattern.value] : k.pattern.kind === 'if' ? [k.pattern.cond] : []), k.body])];
  }
}

