/**
 * DataWeave Pratt parser: tokens → AST with offsets. Precedence follows the
 * DataWeave 2 table (tightest first): selectors, unary, `as`, `* /`, `+ -`,
 * relational/`is`, equality, and, or, `default`/`match`; infix function calls
 * (`map`, `++`, `contains` …) sit between equality and `and` — see
 * docs/dataweave-subset.md for why. Pure; never throws.
 */
import type { ExprDiagnostic } from '../types';
import type { Node } from './ast';
import { TYPE_NAMES } from './ast';
import { Cursor, ParseFailure } from './cursor';
import { lex, type Token } from './lexer';
import { parseHeaderAndBody, parseMatch, parseObject } from './parse-forms';
import { coercionSchema } from './coercion-schema';
import { parsePrefix } from './parse-prefix';
import { implicitLambda } from './ast-walk';
import { INFIX_FUNCTIONS, LAMBDA_FUNCTIONS } from './builtin-names';

/** The AST (when it parsed) and the parse diagnostics, dialect warnings included. */
export interface ParseResult {
  ast?: Node;
  diagnostics: ExprDiagnostic[];
}

/** Parses a whole expression (optionally with a `%dw 2.0 … ---` header). */
export function parse(src: string): ParseResult {
  const c = new Cursor(src, lex(src));
  for (let i = 0; i + 1 < c.toks.length; i++) {
    if (c.toks[i].kind === 'ident' && c.toks[i].value === 'fun' && c.toks[i + 1].kind === 'ident') c.funNames.add(c.toks[i + 1].value);
  }
  try {
    const ast = parseHeaderAndBody(c);
    return { ast, diagnostics: c.warnings };
  } catch (e) {
    if (e instanceof ParseFailure) {
      return { diagnostics: [...c.warnings, { code: e.code, severity: 'error', message: e.message, start: e.start, end: e.end }] };
    }
    if (e instanceof RangeError) {
      return { diagnostics: [{ code: 'DW_PARSE_ERROR', severity: 'error', message: 'Expression too deeply nested', start: 0, end: src.length }] };
    }
    throw e;
  }
}

/** Left binding power of the token at the cursor as an infix/postfix operator (0 = none). */
function infixPower(c: Cursor, t: Token): number {
  if (t.kind === 'punct') {
    switch (t.value) {
      case '++':
      case '--':
        return 35;
      case '==':
      case '!=':
      case '~=':
        return 40;
      case '<':
      case '>':
      case '<=':
      case '>=':
        return 50;
      case '+':
      case '-':
        return 60;
      case '*':
      case '/':
        return 70;
      case '.':
      case '.*':
      case '..':
      case '?':
      case '.@':
      case '.^':
      case '.#':
      case '.&':
        return 100;
      case '[':
      case '(':
        return t.nl ? 0 : 100;
      case '>>':
      case '<<':
        return 60;
      default:
        return 0;
    }
  }
  if (t.kind !== 'ident') return 0;
  switch (t.value) {
    case 'default':
      return 10;
    case 'match':
      return c.isPunct('{', 1) ? 10 : 0;
    case 'or':
      return 20;
    case 'and':
      return 30;
    case 'is':
      return 50;
    case 'as':
      return 80;
    default:
      return INFIX_FUNCTIONS.has(t.value) || c.funNames.has(t.value) ? 35 : 0;
  }
}

/** Parses an expression whose operators bind tighter than `minBp`. */
export function parseExpr(c: Cursor, minBp = 0): Node {
  const first = c.peek();
  c.enter(first);
  let left = parsePrefix(c);
  for (;;) {
    const t = c.peek();
    const bp = infixPower(c, t);
    if (bp <= minBp) break;
    left = parseInfix(c, left, t, bp);
  }
  c.leave();
  return left;
}

function parseInfix(c: Cursor, left: Node, t: Token, bp: number): Node {
  const start = left.start;
  if (bp === 100) return parsePostfix(c, left, t);
  c.next();
  if (t.kind === 'punct') {
    if (t.value === '>>' || t.value === '<<') throw c.unsupported(t.start, t.end, `The '${t.value}' operator`);
    const right = parseExpr(c, bp);
    if (t.value === '++' || t.value === '--') {
      return { kind: 'infix', name: t.value, nameStart: t.start, left, right, start, end: right.end };
    }
    return { kind: 'bin', op: t.value, left, right, start, end: right.end };
  }
  switch (t.value) {
    case 'default': {
      const colon = c.peek();
      if (colon.kind === 'punct' && colon.value === ':') {
        c.next();
        c.dialect('D08', "'default:' is not DataWeave; the operator is 'default' without a colon", t.start, colon.end, "Remove the ':' after 'default'", [
          { start: colon.start, end: colon.end, text: '' },
        ]);
      }
      const right = parseExpr(c, bp);
      return { kind: 'bin', op: 'default', left, right, start, end: right.end };
    }
    case 'match':
      return parseMatch(c, left);
    case 'or':
    case 'and': {
      const right = parseExpr(c, bp);
      return { kind: 'bin', op: t.value, left, right, start, end: right.end };
    }
    case 'as':
    case 'is': {
      const ty = c.expectIdent('a type name');
      if (!TYPE_NAMES.has(ty.value)) throw c.unsupported(ty.start, ty.end, `The type '${ty.value}'`);
      if (t.value === 'as' && c.isPunct('{') && !c.peek().nl) {
        const obj = parseObject(c);
        return { kind: 'as', value: left, type: ty.value, schema: coercionSchema(c, ty.value, obj), start, end: obj.end };
      }
      return { kind: t.value, value: left, type: ty.value, start, end: ty.end };
    }
    default: {
      let right = parseExpr(c, bp);
      if (LAMBDA_FUNCTIONS.has(t.value)) right = implicitLambda(right);
      return { kind: 'infix', name: t.value, nameStart: t.start, left, right, start, end: right.end };
    }
  }
}

function parsePostfix(c: Cursor, left: Node, t: Token): Node {
  const start = left.start;
  c.next();
  switch (t.value) {
    case '.':
    case '.*':
    case '..': {
      const k = c.peek();
      if (k.kind === 'ident' || (k.kind === 'string' && k.parts?.length === 1)) {
        c.next();
        const op = t.value === '.' ? 'key' : t.value === '.*' ? 'multi' : 'desc';
        return { kind: 'sel', target: left, op, key: k.value, start, end: k.end };
      }
      if (t.value === '.' && k.kind === 'punct' && k.value === '*') throw c.unsupported(t.start, k.end, 'The wildcard selector');
      throw c.unexpected(k, 'a field name after the selector');
    }
    case '?':
      return { kind: 'sel', target: left, op: 'exists', start, end: t.end };
    case '[': {
      if (c.isPunct('?') || c.isPunct('@')) {
        const q = c.next();
        if (q.value === '@') throw c.unsupported(t.start, q.end, 'The attribute selector');
        c.expectPunct('(');
        const pred = implicitLambda(parseExpr(c));
        c.expectPunct(')');
        const close = c.expectPunct(']');
        return { kind: 'sel', target: left, op: 'filter', index: pred, start, end: close.end };
      }
      const index = parseExpr(c);
      const close = c.expectPunct(']');
      return { kind: 'sel', target: left, op: 'index', index, start, end: close.end };
    }
    case '(': {
      const args: Node[] = [];
      if (!c.isPunct(')')) {
        do args.push(parseExpr(c));
        while (c.eatPunct(','));
      }
      const close = c.expectPunct(')', "')' or ','");
      if (left.kind === 'var' && LAMBDA_FUNCTIONS.has(left.name) && args.length === 2) args[1] = implicitLambda(args[1]);
      return { kind: 'call', callee: left, args, start, end: close.end };
    }
    default:
      throw c.unsupported(t.start, t.end, `The '${t.value}' selector`);
  }
}
