/**
 * Static scope analysis of a DataWeave AST: the free roots it reads (with
 * their static member path, for EXPR-007/D09) and calls of functions that do
 * not exist. Pure.
 */
import type { ExprDiagnostic, FreeRoot } from '../types';
import type { Node } from './ast';
import { childrenOf } from './ast-walk';
import { BUILTINS } from './builtins';

/** What static scope analysis found. */
export interface ScopeResult {
  freeRoots: FreeRoot[];
  diagnostics: ExprDiagnostic[];
}

class Scope {
  readonly names = new Set<string>();
  constructor(readonly parent?: Scope) {}
  has(name: string): boolean {
    return this.names.has(name) || (this.parent?.has(name) ?? false);
  }
}

const isBuiltin = (name: string) => Object.prototype.hasOwnProperty.call(BUILTINS, name);

/** Free roots and unknown functions of an expression. */
export function analyzeScope(ast: Node): ScopeResult {
  const freeRoots: FreeRoot[] = [];
  const diagnostics: ExprDiagnostic[] = [];
  const root = new Scope();

  const useVar = (n: Extract<Node, { kind: 'var' }>, scope: Scope, members: string[]) => {
    if (scope.has(n.name)) return;
    if (n.name.startsWith('$')) {
      diagnostics.push({
        code: 'DW_UNKNOWN_VARIABLE',
        severity: 'error',
        message: `'${n.name}' is only defined inside the function argument of map, filter, reduce and similar`,
        start: n.start,
        end: n.end,
      });
      return;
    }
    if (isBuiltin(n.name)) return;
    freeRoots.push({ name: n.name, start: n.start, end: n.end, members });
  };

  const useFunction = (name: string, scope: Scope, start: number, end: number) => {
    if (scope.has(name) || isBuiltin(name) || name === '++' || name === '--') return;
    diagnostics.push({ code: 'DW_UNKNOWN_FUNCTION', severity: 'error', message: `Unknown function '${name}'`, start, end });
  };

  const visit = (n: Node, scope: Scope): void => {
    switch (n.kind) {
      case 'var':
        useVar(n, scope, []);
        return;
      case 'sel': {
        if (n.op !== 'key') break;
        const members: string[] = [];
        let t: Node = n;
        while (t.kind === 'sel' && t.op === 'key') {
          members.unshift(t.key ?? '');
          t = t.target;
        }
        if (t.kind === 'var') useVar(t, scope, members);
        else visit(t, scope);
        return;
      }
      case 'call':
        if (n.callee.kind === 'var') useFunction(n.callee.name, scope, n.callee.start, n.callee.end);
        else visit(n.callee, scope);
        for (const a of n.args) visit(a, scope);
        return;
      case 'infix':
        useFunction(n.name, scope, n.nameStart, n.nameStart + n.name.length);
        visit(n.left, scope);
        visit(n.right, scope);
        return;
      case 'lambda': {
        const inner = new Scope(scope);
        for (const p of n.params) {
          if (p.dflt) visit(p.dflt, inner);
          inner.names.add(p.name);
        }
        visit(n.body, inner);
        return;
      }
      case 'do': {
        const inner = new Scope(scope);
        for (const d of n.decls) if (d.kind === 'fun') inner.names.add(d.name);
        for (const d of n.decls) {
          if (d.kind === 'var') {
            visit(d.value, inner);
            inner.names.add(d.name);
          } else {
            const fnScope = new Scope(inner);
            for (const p of d.params) {
              if (p.dflt) visit(p.dflt, fnScope);
              fnScope.names.add(p.name);
            }
            visit(d.body, fnScope);
          }
        }
        visit(n.body, inner);
        return;
      }
      case 'match': {
        visit(n.value, scope);
        for (const c of n.cases) {
          const inner = new Scope(scope);
          if (c.pattern.bind) inner.names.add(c.pattern.bind);
          if (c.pattern.kind === 'lit') visit(c.pattern.value, inner);
          if (c.pattern.kind === 'if') visit(c.pattern.cond, inner);
          visit(c.body, inner);
        }
        return;
      }
      default:
        break;
    }
    for (const ch of childrenOf(n)) visit(ch, scope);
  };

  visit(ast, root);
  return { freeRoots, diagnostics };
}
