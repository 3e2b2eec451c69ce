/**
 * DataWeave lexer: turns expression text into tokens with offsets. Pure; never
 * throws — bad characters become `error` tokens the parser reports.
 */

export type TokenKind =
  | 'ident'
  | 'dollar'
  | 'number'
  | 'string'
  | 'temporal'
  | 'regex'
  | 'punct'
  | 'error'
  | 'eof';

/** A piece of a string literal: literal text, or an interpolated `$(…)` expression's source range. */
export type StringPart = { text: string } | { start: number; end: number };

/** A token with its offsets into the expression text. */
export interface Token {
  kind: TokenKind;
  /** Identifier name, punctuation text, or raw literal text (without delimiters for temporals). */
  value: string;
  start: number;
  end: number;
  /** A line break occurs between the previous token and this one. */
  nl: boolean;
  /** String literal content split into literal text and interpolations. */
  parts?: StringPart[];
}

// Longest first: the lexer takes the first match.
const PUNCT = [
  '---', '...', '->', '++', '--', '==', '!=', '~=', '<=', '>=', '..', '.*', '.@', '.^', '.#', '.&', '>>', '<<',
  '(', ')', '{', '}', '[', ']', ',', ':', '.', '?', '+', '-', '*', '/', '<', '>', '=', '!', '@', '^', '#', '&', '%', '|', '~', ';',
];

const VALUE_END_PUNCT = new Set([')', ']', '}']);

const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isIdentPart = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Tokenizes `src` between `from` and `to` (defaults: the whole text). */
export function lex(src: string, from = 0, to = src.length): Token[] {
  const out: Token[] = [];
  let i = from;
  let nl = false;
  const push = (kind: TokenKind, value: string, start: number, end: number, parts?: StringPart[]) => {
    out.push({ kind, value, start, end, nl, parts });
    nl = false;
  };
  while (i < to) {
    const c = src.charCodeAt(i);
    if (c === 10 || c === 13) {
      nl = true;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 0xfeff) {
      i++;
      continue;
    }
    if (c === 47 && src.charCodeAt(i + 1) === 47) {
      while (i < to && src.charCodeAt(i) !== 10) i++;
      continue;
    }
    if (c === 47 && src.charCodeAt(i + 1) === 42) {
      const close = src.indexOf('*/', i + 2);
      const end = close < 0 || close + 2 > to ? to : close + 2;
      if (src.slice(i, end).includes('\n')) nl = true;
      if (close < 0 || close + 2 > to) push('error', 'unterminated comment', i, to);
      i = end;
      continue;
    }
    const start = i;
    if (isIdentStart(c)) {
      while (i < to && isIdentPart(src.charCodeAt(i))) i++;
      push('ident', src.slice(start, i), start, i);
      continue;
    }
    if (c === 36) {
      // `$`, `$$`, `$$$`; `$(` only occurs inside strings.
      while (i < to && src.charCodeAt(i) === 36 && i - start < 3) i++;
      push('dollar', src.slice(start, i), start, i);
      continue;
    }
    if (isDigit(c)) {
      while (i < to && isDigit(src.charCodeAt(i))) i++;
      if (src.charCodeAt(i) === 46 && isDigit(src.charCodeAt(i + 1))) {
        i++;
        while (i < to && isDigit(src.charCodeAt(i))) i++;
      }
      if ((src.charCodeAt(i) | 32) === 101) {
        let j = i + 1;
        if (src[j] === '+' || src[j] === '-') j++;
        if (isDigit(src.charCodeAt(j))) {
          i = j;
          while (i < to && isDigit(src.charCodeAt(i))) i++;
        }
      }
      push('number', src.slice(start, i), start, i);
      continue;
    }
    if (c === 34 || c === 39) {
      i = lexString(src, i, to, push);
      continue;
    }
    if (c === 124) {
      // `|2026-01-01|` temporal literal: no whitespace inside.
      let j = i + 1;
      while (j < to && /[0-9A-Za-z:+\-.]/.test(src[j])) j++;
      if (j < to && src[j] === '|' && j > i + 1) {
        push('temporal', src.slice(i + 1, j), i, j + 1);
        i = j + 1;
        continue;
      }
    }
    if (c === 47 && regexAllowed(out[out.length - 1])) {
      let j = i + 1;
      while (j < to && src[j] !== '/' && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      if (j < to && src[j] === '/') {
        push('regex', src.slice(i + 1, j), i, j + 1);
        i = j + 1;
        continue;
      }
    }
    const p = PUNCT.find((s) => src.startsWith(s, i) && i + s.length <= to);
    if (p) {
      push('punct', p, i, i + p.length);
      i += p.length;
      continue;
    }
    push('error', src[i], i, i + 1);
    i++;
  }
  out.push({ kind: 'eof', value: '', start: to, end: to, nl });
  return out;
}

/** A `/` starts a regex only where a value may begin (not after an operand). */
function regexAllowed(prev: Token | undefined): boolean {
  if (!prev) return true;
  if (prev.kind === 'ident') return ['matches', 'match', 'case', 'scan', 'splitBy', 'replace', 'find'].includes(prev.value);
  if (prev.kind === 'punct') return !VALUE_END_PUNCT.has(prev.value);
  return false;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\', '/': '/', $: '$', '`': '`' };

function lexString(
  src: string,
  i: number,
  to: number,
  push: (kind: TokenKind, value: string, start: number, end: number, parts?: StringPart[]) => void,
): number {
  const start = i;
  const quote = src[i];
  const parts: StringPart[] = [];
  let text = '';
  i++;
  while (i < to && src[i] !== quote) {
    const ch = src[i];
    if (ch === '\\' && i + 1 < to) {
      const e = src[i + 1];
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
        text += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      text += ESCAPES[e] ?? e;
      i += 2;
      continue;
    }
    if (ch === '$' && src[i + 1] === '(') {
      const close = matchParen(src, i + 1, to);
      if (close < 0) {
        push('error', 'unterminated interpolation', i, to);
        return to;
      }
      if (text) parts.push({ text });
      text = '';
      parts.push({ start: i + 2, end: close });
      i = close + 1;
      continue;
    }
    text += ch;
    i++;
  }
  if (i >= to) {
    push('error', 'unterminated string', start, to);
    return to;
  }
  if (text || parts.length === 0) parts.push({ text });
  const value = parts.every((p) => 'text' in p) ? parts.map((p) => ('text' in p ? p.text : '')).join('') : '';
  push('string', value, start, i + 1, parts);
  return i + 1;
}

/** Index of the `)` matching the `(` at `open`, skipping nested strings; -1 if none. */
function matchParen(src: string, open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    const ch = src[i];
    if (ch === '"' || ch === "'") {
      const q = ch;
      i++;
      while (i < to && src[i] !== q) i += src[i] === '\\' ? 2 : 1;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}
