/**
 * A linear pre-scan that refuses pathologically nested input before the YAML
 * parser sees it: `yaml` recurses per nesting level, and tens of thousands of
 * `[` exhaust the process (V8 aborts on out-of-memory, which no try/catch
 * can stop). Real journeys nest a few dozen levels at most. Pure.
 */

/** Deeper flow nesting than this is refused (journeys use < 10). */
export const MAX_FLOW_DEPTH = 128;
/** More leading spaces than this on a line is refused (journeys use < 100). */
export const MAX_INDENT = 1024;
/**
 * Brackets counted with no regard to quotes, comments or block scalars may nest this deep at most:
 * whatever the quote tracking gets wrong (a stray quote in a plain or block scalar), it cannot hide
 * more than this from the parser, and no real journey has this many unbalanced brackets in its text.
 */
export const MAX_RAW_DEPTH = 1024;

export interface NestingProblem {
  offset: number;
  message: string;
}

/** Returns where the text nests too deeply, or undefined when it is safe to parse. */
export function findExcessiveNesting(text: string): NestingProblem | undefined {
  return flowDepth(text) ?? rawBracketDepth(text);
}

/** Bracket depth over the raw text: the safety net under the quote-aware scan. */
function rawBracketDepth(text: string): NestingProblem | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > MAX_RAW_DEPTH) return { offset: i, message: `Brackets are nested more than ${MAX_RAW_DEPTH} levels deep` };
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

/** The last character before `i` that is not a space, or a newline at the start of the text. */
function prevNonSpace(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && text.charCodeAt(j) === 32) j--;
  return j < 0 ? 10 : text.charCodeAt(j);
}

/** Flow depth outside quoted scalars and comments. */
function flowDepth(text: string): NestingProblem | undefined {
  let depth = 0;
  let quote = 0; // 0, or the char code of the open quote
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      if (quote === 39 /* ' */) continue; // single-quoted scalars may span lines
      continue;
    }
    if (lineStart) {
      // Compact nested sequences (`- - - x`) nest like indentation does.
      const compact = (c === 45 || c === 63) && text.charCodeAt(i + 1) === 32;
      if (c === 32 || compact) {
        if (compact) i++;
        if (++indent > MAX_INDENT) return { offset: i, message: `A line is indented more than ${MAX_INDENT} spaces` };
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (c === 92 /* \ */ && quote === 34) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 34 || c === 39) {
      // A quote opens a scalar only where a scalar starts (after `:`, `-`, `?`, `[`, `{`, `,` or at the
      // line start), not inside a plain scalar such as `don't` or `say "hi`.
      const prev = prevNonSpace(text, i);
      if (prev === 10 || prev === 91 || prev === 123 || prev === 44 || prev === 58 || prev === 45 || prev === 63) quote = c;
      continue;
    }
    if (c === 35 /* # */) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (prev === 32 || prev === 9 || prev === 10) {
        while (i + 1 < text.length && text.charCodeAt(i + 1) !== 10) i++;
      }
      continue;
    }
    if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_DEPTH) return { offset: i, message: `Brackets are nested more than ${MAX_FLOW_DEPTH} levels deep` };
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}
