/** The statically certain result type of a JSONata AST, if any (for EXPR-006). Pure. */
import type jsonata from 'jsonata';
import type { StaticType } from '../types';

const BOOLEAN_OPS = new Set(['=', '!=', '<', '<=', '>', '>=', 'and', 'or', 'in']);
const NUMBER_OPS = new Set(['+', '-', '*', '/', '%']);

/** The result type when every path of `n` gives the same JSON type. */
export function jsonataStaticType(n: jsonata.ExprNode): StaticType | undefined {
  switch (n.type) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'value':
      return n.value === null ? 'null' : typeof n.value === 'boolean' ? 'boolean' : undefined;
    case 'binary':
      if (BOOLEAN_OPS.has(String(n.value))) return 'boolean';
      if (NUMBER_OPS.has(String(n.value))) return 'number';
      return n.value === '&' ? 'string' : undefined;
    case 'unary':
      if (n.value === '{') return 'object';
      if (n.value === '[') return 'array';
      return n.value === '-' ? 'number' : undefined;
    default:
      return undefined;
  }
}
