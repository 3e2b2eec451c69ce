/** The statically certain result type of a DataWeave AST, if any (for EXPR-006). Pure. */
import type { StaticType } from '../types';
import type { Node } from './ast';

const BOOLEAN_OPS = new Set(['==', '!=', '~=', '<', '>', '<=', '>=', 'and', 'or']);
const ARRAY_FUNCTIONS = new Set(['map', 'filter', 'flatMap', 'orderBy', 'distinctBy', 'pluck', 'to', 'splitBy']);

/** The result type when every path of `n` gives the same JSON type. */
export function staticType(n: Node): StaticType | undefined {
  switch (n.kind) {
    case 'lit':
      if (n.value === null) return 'null';
      if (typeof n.value === 'boolean') return 'boolean';
      if (typeof n.value === 'number') return 'number';
      if (typeof n.value === 'string') return 'string';
      return 'string'; // dates and periods are written as ISO strings
    case 'str':
      return 'string';
    case 'arr':
      return 'array';
    case 'obj':
      return 'object';
    case 'is':
      return 'boolean';
    case 'un':
      return n.op === 'not' ? 'boolean' : 'number';
    case 'bin':
      if (BOOLEAN_OPS.has(n.op)) return 'boolean';
      if (n.op === '*' || n.op === '/') return 'number';
      if (n.op === 'default') return same(staticType(n.left), staticType(n.right));
      return undefined;
    case 'infix':
      if (ARRAY_FUNCTIONS.has(n.name)) return 'array';
      if (n.name === 'mapObject' || n.name === 'filterObject' || n.name === 'groupBy') return 'object';
      if (['contains', 'startsWith', 'endsWith', 'some', 'any', 'every'].includes(n.name)) return 'boolean';
      if (n.name === 'joinBy') return 'string';
      if (n.name === '++') {
        const l = staticType(n.left);
        const r = staticType(n.right);
        return l === 'string' || r === 'string' ? 'string' : same(l, r);
      }
      return undefined;
    case 'as':
      return ({ String: 'string', Number: 'number', Boolean: 'boolean', Object: 'object', Array: 'array' } as const)[n.type as 'String'];
    case 'if':
      return same(staticType(n.then), staticType(n.else));
    case 'do':
      return staticType(n.body);
    default:
      return undefined;
  }
}

function same(a: StaticType | undefined, b: StaticType | undefined): StaticType | undefined {
  return a !== undefined && a === b ? a : undefined;
}
