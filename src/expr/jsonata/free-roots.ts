/**
 * Free roots of a JSONata expression: the first step of every path evaluated
 * against the input document (`context` in `context.a.b`) and reads of the
 * binding variables (`$context.a`). Pure.
 */
import type jsonata from 'jsonata';
import type { FreeRoot } from '../types';

type ExprNode = Omit<jsonata.ExprNode, 'type'> & {
  // The published typings omit 'path', which the parser does produce.
  type: jsonata.ExprNode['type'] | 'path';
  body?: ExprNode;
  expr?: ExprNode;
  then?: ExprNode;
  else?: ExprNode;
  condition?: ExprNode;
  pattern?: ExprNode;
  update?: ExprNode;
  delete?: ExprNode;
  group?: { lhs: [ExprNode, ExprNode][] };
};

/** Variables JSONata itself defines or that a binding may use as a function. */
const KNOWN_VARS = new Set(['', '$']);

/** Binding roots a `$name` variable may denote. */
const BINDING_VARS = new Set(['context', 'payload', 'platform', 'error', 'branches', 'output', 'outcome']);

/** Collects the free roots of a parsed JSONata AST. */
export function jsonataFreeRoots(ast: jsonata.ExprNode, source: string): FreeRoot[] {
  const out: FreeRoot[] = [];
  const add = (name: string, position: number | undefined, members: string[]) => {
    const end = Math.min(source.length, position ?? 0);
    out.push({ name, start: Math.max(0, end - name.length), end, members });
  };
  const visit = (n: ExprNode | undefined, atRoot: boolean, depth: number): void => {
    if (!n || depth > 500) return;
    switch (n.type) {
      case 'path': {
        const steps = (n.steps ?? []) as ExprNode[];
        const first = steps[0];
        if (first && first.type === 'name' && atRoot) {
          const members: string[] = [];
          const filtered = Boolean((first as { stages?: unknown[] }).stages?.length);
          for (const s of filtered ? [] : steps.slice(1)) {
            if (s.type !== 'name' || (s as { stages?: unknown[] }).stages?.length) break;
            members.push(String(s.value));
          }
          add(String(first.value), first.position, members);
          steps.slice(1).forEach((s) => visitStep(s, depth));
          visitStages(first, depth);
          return;
        }
        steps.forEach((s, i) => (i === 0 ? visit(s, atRoot, depth + 1) : visitStep(s, depth)));
        return;
      }
      case 'name':
        if (atRoot) add(String(n.value), n.position, []);
        visitStages(n, depth);
        return;
      case 'variable':
        if (BINDING_VARS.has(String(n.value)) && !KNOWN_VARS.has(String(n.value))) {
          // `$context`: report as the `context` root, pointing past the `$`.
          add(String(n.value), n.position, []);
        }
        return;
      case 'lambda':
        visit(n.body, false, depth + 1);
        return;
      default:
        break;
    }
    for (const child of childNodes(n)) visit(child, atRoot, depth + 1);
  };
  // Steps after the first, predicates and stages are evaluated against other inputs: not roots.
  const visitStep = (s: ExprNode, depth: number) => {
    for (const child of childNodes(s)) visit(child, false, depth + 1);
    visitStages(s, depth);
  };
  const visitStages = (s: ExprNode, depth: number) => {
    const stages = ((s as { stages?: ExprNode[] }).stages ?? []) as ExprNode[];
    for (const st of stages) visit(st.expr, false, depth + 1);
  };
  visit(ast as unknown as ExprNode, true, 0);
  return out;
}

function childNodes(n: ExprNode): ExprNode[] {
  const out: ExprNode[] = [];
  const push = (x: unknown) => {
    if (x && typeof x === 'object' && 'type' in (x as object)) out.push(x as ExprNode);
  };
  if (Array.isArray(n.lhs)) {
    for (const pair of n.lhs as unknown[]) {
      if (Array.isArray(pair)) pair.forEach(push);
      else push(pair);
    }
  } else push(n.lhs);
  push(n.rhs);
  push(n.condition);
  push(n.then);
  push(n.else);
  push(n.pattern);
  push(n.update);
  push(n.delete);
  push(n.procedure);
  for (const a of n.arguments ?? []) push(a);
  for (const e of n.expressions ?? []) push(e);
  if (n.type !== 'path') for (const s of n.steps ?? []) push(s);
  return out;
}
