/**
 * DataWeave Pratt parser: tokens → AST with offsets. Precedence follows the
 * DataWeave 2 table (tightest first): selectors, unary, `as`, `* /`, `+ -`,
 * relational/`is`, equality, and, or, `default`/`match`; infix function calls
 * (`map`, `++`, `contains` …) sit between equality and `and` — see
 * docs/dataweave-subset.md for why. Pure; never throws.
 */
import type { ExprDiagnostic } from '../types';
import type { Node, Param } from './ast';
import { TYPE_NAMES } from './ast';
import { Cursor, ParseFailure } from './cursor';
import { lex, type Token } from './lexer';
import { parseDo, parseHeaderAndBody, parseIf, parseMatch, parseObject } from './parse-forms';
import { parseTemporal } from './temporal';
import { INFIX_FUNCTIONS, LAMBDA_FUNCTIONS } from './builtin-names';

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
      if (t.value === 'as' && c.isPunct('{') && !c.peek().nl) throw c.unsupported(c.peek().start, c.peek().end, 'A coercion schema (`as T {…}`)');
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

function parsePrefix(c: Cursor): Node {
  const t = c.peek();
  switch (t.kind) {
    case 'number':
      c.next();
      return { kind: 'lit', value: Number(t.value), start: t.start, end: t.end };
    case 'string':
      c.next();
      return stringNode(c, t);
    case 'temporal': {
      c.next();
      const v = parseTemporal(t.value);
      if (v === undefined) throw new ParseFailure('DW_PARSE_ERROR', `Invalid date, time or period literal |${t.value}|`, t.start, t.end);
      return { kind: 'lit', value: v, start: t.start, end: t.end };
    }
    case 'regex':
      throw c.unsupported(t.start, t.end, 'A regular expression literal');
    case 'dollar':
      c.next();
      return { kind: 'var', name: t.value, start: t.start, end: t.end };
    case 'ident':
      return identPrefix(c, t);
    case 'punct':
      return punctPrefix(c, t);
    default:
      throw c.unexpected(t, 'an expression');
  }
}

function identPrefix(c: Cursor, t: Token): Node {
  switch (t.value) {
    case 'true':
    case 'false':
      c.next();
      return { kind: 'lit', value: t.value === 'true', start: t.start, end: t.end };
    case 'null':
      c.next();
      return { kind: 'lit', value: null, start: t.start, end: t.end };
    case 'if':
      return parseIf(c);
    case 'do':
      return parseDo(c);
    case 'not': {
      c.next();
      const arg = parseExpr(c, 90);
      return { kind: 'un', op: 'not', arg, start: t.start, end: arg.end };
    }
    case 'unless':
    case 'using':
    case 'update':
    case 'type':
    case 'ns':
    case 'import':
      throw c.unsupported(t.start, t.end, `'${t.value}'`);
    case 'var':
    case 'fun':
    case 'else':
    case 'case':
    case 'then':
      throw c.unexpected(t, 'an expression');
    default:
      c.next();
      return { kind: 'var', name: t.value, start: t.start, end: t.end };
  }
}

function punctPrefix(c: Cursor, t: Token): Node {
  switch (t.value) {
    case '(': {
      if (isLambdaAhead(c)) return parseLambda(c);
      c.next();
      const inner = parseExpr(c);
      const close = c.expectPunct(')');
      // Keep the parentheses in the span so fixes and messages point at what the author wrote.
      return { ...inner, start: t.start, end: close.end } as Node;
    }
    case '[': {
      c.next();
      const items: Node[] = [];
      if (!c.isPunct(']')) {
        do items.push(parseExpr(c));
        while (c.eatPunct(','));
      }
      const close = c.expectPunct(']', "']' or ','");
      return { kind: 'arr', items, start: t.start, end: close.end };
    }
    case '{':
      return parseObject(c);
    case '-':
    case '!': {
      c.next();
      const arg = parseExpr(c, 90);
      return { kind: 'un', op: t.value === '-' ? 'neg' : 'not', arg, start: t.start, end: arg.end };
    }
    default:
      throw c.unexpected(t, 'an expression');
  }
}

/** `(a, b) ->` ahead: the matching `)` is followed by `->`. */
function isLambdaAhead(c: Cursor): boolean {
  let depth = 0;
  for (let i = c.pos; i < c.toks.length; i++) {
    const t = c.toks[i];
    if (t.kind !== 'punct') continue;
    if (t.value === '(' || t.value === '[' || t.value === '{') depth++;
    else if (t.value === ')' || t.value === ']' || t.value === '}') {
      if (--depth === 0) {
        const n = c.toks[i + 1];
        return n !== undefined && n.kind === 'punct' && n.value === '->';
      }
    }
  }
  return false;
}

/** Parses `(p1, p2 = dflt) -> body`. */
export function parseLambda(c: Cursor): Node {
  const open = c.expectPunct('(');
  const params = parseParams(c);
  c.expectPunct('->');
  const body = parseExpr(c);
  return { kind: 'lambda', params, body, start: open.start, end: body.end };
}

/** Parameter list after `(` up to and including `)`; types (`x: String`) are read and ignored. */
export function parseParams(c: Cursor): Param[] {
  const params: Param[] = [];
  if (!c.isPunct(')')) {
    do {
      const p = c.peek();
      if (p.kind !== 'ident' && p.kind !== 'dollar') throw c.unexpected(p, 'a parameter name');
      c.next();
      const param: Param = { name: p.value, start: p.start, end: p.end };
      if (c.eatPunct(':')) c.expectIdent('a type name');
      if (c.eatPunct('=')) param.dflt = parseExpr(c);
      params.push(param);
    } while (c.eatPunct(','));
  }
  c.expectPunct(')', "')' or ','");
  return params;
}

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

function stringNode(c: Cursor, t: Token): Node {
  const parts = t.parts ?? [{ text: t.value }];
  if (parts.every((p) => 'text' in p)) return { kind: 'lit', value: t.value, start: t.start, end: t.end };
  const out: Array<string | Node> = parts.map((p) => {
    if ('text' in p) return p.text;
    const sub = new Cursor(c.src, lex(c.src, p.start, p.end));
    for (const f of c.funNames) sub.funNames.add(f);
    sub.depth = c.depth;
    const e = parseExpr(sub);
    if (sub.peek().kind !== 'eof') throw sub.unexpected(sub.peek(), "')' to end the interpolation");
    c.warnings.push(...sub.warnings);
    return e;
  });
  return { kind: 'str', parts: out, start: t.start, end: t.end };
}
