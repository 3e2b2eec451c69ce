/**
 * The bracketed forms of the DataWeave parser: the `%dw 2.0 … ---` header,
 * `if/else`, `do { … --- … }`, `match { case … }` and object literals,
 * including the dialect forms D06 (`then`) and D07 (`do` without `---`). Pure.
 */
import type { Case, Decl, Field, Node, Pattern } from './ast';
import { TYPE_NAMES } from './ast';
import { ParseFailure, type Cursor } from './cursor';
import { parseExpr } from './parser';
import { parseParams } from './parse-prefix';

const HEADER_WORDS = new Set(['output', 'input', 'import', 'var', 'fun', 'type', 'ns']);

/** The whole script: optional header and declarations, `---`, then the body. */
export function parseHeaderAndBody(c: Cursor): Node {
  const first = c.peek();
  const hasHeader = (first.kind === 'punct' && first.value === '%') || (first.kind === 'ident' && HEADER_WORDS.has(first.value) && c.peek(1).kind === 'ident');
  let body: Node;
  let decls: Decl[] = [];
  if (hasHeader) {
    if (c.isPunct('%')) {
      const pct = c.next();
      const dw = c.expectIdent("'dw' after '%'");
      if (dw.value !== 'dw') throw c.unexpected(dw, "'%dw'");
      const ver = c.peek();
      if (ver.kind !== 'number' || !ver.value.startsWith('2')) throw c.unsupported(pct.start, ver.end, 'A DataWeave version other than 2.x');
      c.next();
    }
    decls = parseDecls(c, true);
    body = bodyAfterDecls(c, decls);
  } else {
    body = parseExpr(c);
  }
  const rest = c.peek();
  if (rest.kind !== 'eof') throw c.unexpected(rest, 'end of expression');
  return decls.length ? { kind: 'do', decls, body, start: body.start, end: body.end } : body;
}

/** `var`/`fun` declarations (and, in a header, `output`/`input` directives). */
function parseDecls(c: Cursor, header: boolean): Decl[] {
  const decls: Decl[] = [];
  for (;;) {
    const t = c.peek();
    if (t.kind !== 'ident') return decls;
    if (header && (t.value === 'output' || t.value === 'input')) {
      // Directives are line-based: skip to the next line.
      c.next();
      while (c.peek().kind !== 'eof' && !c.peek().nl && !c.isPunct('---')) c.next();
      continue;
    }
    if (t.value === 'import') {
      c.next();
      throw new ParseFailure('EXPR-004', 'DataWeave expressions must not import external modules (ADR-0015)', t.start, t.end);
    }
    if (t.value === 'type' || t.value === 'ns') throw c.unsupported(t.start, t.end, `'${t.value}' declarations`);
    if (t.value === 'var') {
      c.next();
      const name = c.expectIdent('a variable name');
      if (c.eatPunct(':')) c.expectIdent('a type name');
      c.expectPunct('=');
      const value = parseExpr(c);
      decls.push({ kind: 'var', name: name.value, start: t.start, end: value.end, value });
      continue;
    }
    if (t.value === 'fun') {
      c.next();
      const name = c.expectIdent('a function name');
      c.expectPunct('(');
      const params = parseParams(c);
      if (c.eatPunct(':')) c.expectIdent('a type name');
      c.expectPunct('=');
      const body = parseExpr(c);
      decls.push({ kind: 'fun', name: name.value, start: t.start, end: body.end, params, body });
      continue;
    }
    return decls;
  }
}

/** After declarations: `---` then the body; without `---` the dialect D07 applies. */
function bodyAfterDecls(c: Cursor, decls: Decl[]): Node {
  if (c.eatPunct('---')) return parseExpr(c);
  const t = c.peek();
  if (t.kind === 'eof' || (t.kind === 'punct' && t.value === '}')) throw c.unexpected(t, "'---' and the body");
  const lineStart = c.src.lastIndexOf('\n', t.start - 1) + 1;
  const lead = c.src.slice(lineStart, t.start);
  const insert = decls.length && /^[ \t]*$/.test(lead) && lineStart > 0 ? `---\n${lead}` : '--- ';
  c.dialect('D07', "'---' must separate the declarations (var, fun) from the body", t.start, t.end, "Insert '---' before the body", [
    { start: t.start, end: t.start, text: insert },
  ]);
  return parseExpr(c);
}

/** `do { decls --- body }`. */
export function parseDo(c: Cursor): Node {
  const kw = c.next();
  c.expectPunct('{', "'{' after 'do'");
  const decls = parseDecls(c, false);
  const body = bodyAfterDecls(c, decls);
  const close = c.expectPunct('}', "'}' to close the 'do' block");
  return { kind: 'do', decls, body, start: kw.start, end: close.end };
}

/** `if (cond) a else b`, and the dialect D06 `if (cond) then a else b`. */
export function parseIf(c: Cursor): Node {
  const kw = c.next();
  c.expectPunct('(', "'(' after 'if'");
  const cond = parseExpr(c);
  c.expectPunct(')');
  if (c.isIdent('then')) {
    const then = c.next();
    const after = c.peek();
    c.dialect('D06', "DataWeave has no 'then': write 'if (condition) value else other'", then.start, then.end, "Remove 'then'", [
      { start: then.start, end: after.kind === 'eof' ? then.end : after.start, text: '' },
    ]);
  }
  const thenNode = parseExpr(c);
  if (!c.isIdent('else')) throw c.unexpected(c.peek(), "'else'");
  c.next();
  const elseNode = parseExpr(c);
  return { kind: 'if', cond, then: thenNode, else: elseNode, start: kw.start, end: elseNode.end };
}

/** `value match { case <pattern> -> body … else -> body }`. */
export function parseMatch(c: Cursor, value: Node): Node {
  c.expectPunct('{');
  const cases: Case[] = [];
  while (!c.isPunct('}')) {
    const t = c.peek();
    let pattern: Pattern;
    if (c.isIdent('else')) {
      c.next();
      pattern = { kind: 'else' };
    } else if (c.isIdent('case')) {
      c.next();
      pattern = parsePattern(c);
    } else throw c.unexpected(t, "'case', 'else' or '}'");
    c.expectPunct('->');
    const body = parseExpr(c);
    cases.push({ pattern, body, start: t.start });
  }
  const close = c.next();
  if (!cases.length) throw c.unexpected(close, "at least one 'case'");
  return { kind: 'match', value, cases, start: value.start, end: close.end };
}

function parsePattern(c: Cursor): Pattern {
  const t = c.peek();
  if (t.kind === 'ident' && t.value === 'is') {
    c.next();
    return { kind: 'is', type: typeName(c) };
  }
  if (t.kind === 'ident' && t.value === 'matches') throw c.unsupported(t.start, t.end, 'Regular-expression patterns');
  if (t.kind === 'ident' && !['true', 'false', 'null'].includes(t.value)) {
    c.next();
    const bind = t.value;
    if (c.isIdent('if')) {
      c.next();
      return { kind: 'if', bind, cond: parseExpr(c) };
    }
    if (c.isIdent('is')) {
      c.next();
      return { kind: 'is', type: typeName(c), bind };
    }
    if (c.eatPunct(':')) return { kind: 'lit', value: parseExpr(c, 90), bind };
    if (c.isIdent('matches')) throw c.unsupported(c.peek().start, c.peek().end, 'Regular-expression patterns');
    return { kind: 'else', bind };
  }
  return { kind: 'lit', value: parseExpr(c, 90) };
}

function typeName(c: Cursor): string {
  const ty = c.expectIdent('a type name');
  if (!TYPE_NAMES.has(ty.value)) throw c.unsupported(ty.start, ty.end, `The type '${ty.value}'`);
  return ty.value;
}

/** `{ key: value, "k": v, (dyn): v, (obj), (k: v) if cond }`. */
export function parseObject(c: Cursor): Node {
  const open = c.expectPunct('{');
  const fields: Field[] = [];
  if (!c.isPunct('}')) {
    do {
      if (c.isPunct('}')) break;
      fields.push(parseField(c));
    } while (c.eatPunct(','));
  }
  const close = c.expectPunct('}', "'}' or ','");
  return { kind: 'obj', fields, start: open.start, end: close.end };
}

function parseField(c: Cursor): Field {
  const t = c.peek();
  let field: Field;
  if (t.kind === 'punct' && t.value === '(') {
    c.next();
    const k = c.peek();
    if ((k.kind === 'ident' || k.kind === 'string') && c.isPunct(':', 1)) {
      // `(key: value)`: a conditional pair.
      field = parsePair(c);
      c.expectPunct(')');
    } else {
      const inner = parseExpr(c);
      c.expectPunct(')');
      if (c.eatPunct(':')) {
        const value = parseExpr(c);
        field = { kind: 'pair', key: inner, value, start: t.start, end: value.end };
      } else field = { kind: 'spread', value: inner, start: t.start, end: inner.end };
    }
  } else field = parsePair(c);
  if (c.isIdent('if')) {
    c.next();
    field.cond = parseExpr(c);
  }
  return field;
}

function parsePair(c: Cursor): Field {
  const k = c.peek();
  let key: string | Node;
  if (k.kind === 'ident') key = k.value;
  else if (k.kind === 'string') key = k.parts && k.parts.some((p) => !('text' in p)) ? parseExpr(c, 99) : k.value;
  else throw c.unexpected(k, 'a field name');
  if (typeof key === 'string') c.next();
  if (c.isPunct('@')) throw c.unsupported(c.peek().start, c.peek().end, 'XML attributes on keys');
  if (c.isPunct('?')) throw c.unsupported(c.peek().start, c.peek().end, 'Conditional keys (`key?:`)');
  c.expectPunct(':', `':' after the field name`);
  const value = parseExpr(c);
  return { kind: 'pair', key, value, start: k.start, end: value.end };
}
