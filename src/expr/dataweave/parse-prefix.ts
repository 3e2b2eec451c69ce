/** Prefix forms of the DataWeave parser: literals, names, lambdas, arrays, parentheses, unary operators. Pure. */
import type { Node, Param } from './ast';
import { Cursor, ParseFailure } from './cursor';
import { lex, type Token } from './lexer';
import { parseDo, parseIf, parseObject } from './parse-forms';
import { parseExpr } from './parser';
import { parseTemporal } from './temporal';

/** Parses the expression that starts at the cursor, before any infix operator. */
export function parsePrefix(c: Cursor): Node {
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
