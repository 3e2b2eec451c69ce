/** Token cursor shared by the DataWeave parser modules: lookahead, errors, dialect warnings. Pure. */
import type { ExprDiagnostic, ExprEdit } from '../types';
import type { Token } from './lexer';

/** A fatal parse problem; caught once at the top of `parse`. */
export class ParseFailure {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly start: number,
    readonly end: number,
  ) {}
}

/** Nesting deeper than this is refused, so hostile input cannot overflow the stack. */
export const MAX_NESTING = 120;

/** The parser's position in the token list, plus its warnings and nesting depth. */
export class Cursor {
  pos = 0;
  depth = 0;
  readonly warnings: ExprDiagnostic[] = [];
  /** Names declared with `fun` anywhere in the text: they may be called infix (`a f b`). */
  readonly funNames = new Set<string>();

  constructor(
    readonly src: string,
    readonly toks: Token[],
  ) {}

  peek(ahead = 0): Token {
    return this.toks[Math.min(this.pos + ahead, this.toks.length - 1)];
  }

  next(): Token {
    const t = this.peek();
    if (this.pos < this.toks.length - 1) this.pos++;
    return t;
  }

  isPunct(v: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return t.kind === 'punct' && t.value === v;
  }

  isIdent(v: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return t.kind === 'ident' && t.value === v;
  }

  eatPunct(v: string): Token | undefined {
    return this.isPunct(v) ? this.next() : undefined;
  }

  expectPunct(v: string, what = `'${v}'`): Token {
    const t = this.peek();
    if (t.kind === 'punct' && t.value === v) return this.next();
    throw this.unexpected(t, what);
  }

  expectIdent(what: string): Token {
    const t = this.peek();
    if (t.kind === 'ident') return this.next();
    throw this.unexpected(t, what);
  }

  /** A parse error at `t`, naming what was expected. */
  unexpected(t: Token, expected: string): ParseFailure {
    if (t.kind === 'error') return new ParseFailure('DW_PARSE_ERROR', `Invalid input: ${t.value}`, t.start, t.end);
    const found = t.kind === 'eof' ? 'end of expression' : `'${this.src.slice(t.start, t.end)}'`;
    return new ParseFailure('DW_PARSE_ERROR', `Expected ${expected} but found ${found}`, t.start, Math.max(t.end, t.start));
  }

  unsupported(start: number, end: number, what: string): ParseFailure {
    return new ParseFailure(
      'DW_UNSUPPORTED_SYNTAX',
      `${what} is outside the DataWeave subset Journey Studio evaluates (see docs/dataweave-subset.md)`,
      start,
      end,
    );
  }

  /** Records a dialect form (D06/D07/D08) that is accepted with a warning and a fix. */
  dialect(code: string, message: string, start: number, end: number, title: string, edits: ExprEdit[]): void {
    this.warnings.push({ code, severity: 'warning', message, start, end, fix: { title, edits } });
  }

  enter(t: Token): void {
    if (++this.depth > MAX_NESTING) {
      throw new ParseFailure('DW_PARSE_ERROR', `Expression nested more than ${MAX_NESTING} levels deep`, t.start, t.end);
    }
  }

  leave(): void {
    this.depth--;
  }
}
