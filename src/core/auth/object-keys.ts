/**
 * Finds the top-level keys of the object a mapper builds (`{ k: v }` or
 * `context ++ { k: v }`) with the span of each value, so the data-flow can
 * tell which context field each read flows into. A small scanner, not a
 * parser: anything else returns undefined and the caller falls back.
 */

export interface KeySpan {
  key: string;
  /** Offsets of the value expression inside the mapper text. */
  start: number;
  end: number;
}

export interface ObjectShape {
  /** True for `context ++ {…}` (other context fields kept), false for a bare `{…}` (they are dropped). */
  keepsContext: boolean;
  keys: KeySpan[];
}

/** The shape of a whole-context mapper, if it is one of the two simple forms. Pure. */
export function objectShape(expr: string): ObjectShape | undefined {
  if (expr.includes('---')) return undefined;
  const m = /^\s*(context\s*\+\+\s*)?\{/.exec(expr);
  if (!m) return undefined;
  const open = m[0].length - 1;
  const close = matching(expr, open);
  if (close < 0 || expr.slice(close + 1).trim() !== '') return undefined;
  const keys: KeySpan[] = [];
  let i = open + 1;
  while (i < close) {
    i = skipSpace(expr, i);
    if (i >= close) break;
    const km = /^(?:"([^"]*)"|'([^']*)'|([A-Za-z_$][\w$]*))\s*:/.exec(expr.slice(i));
    if (!km) return undefined;
    const key = km[1] ?? km[2] ?? km[3];
    const start = i + km[0].length;
    const end = valueEnd(expr, start, close);
    keys.push({ key, start, end });
    i = end + 1;
  }
  return { keepsContext: Boolean(m[1]), keys };
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && /[\s,]/.test(s[i])) i++;
  return i;
}

/** Index of the bracket closing the one at `open`, skipping strings; -1 if none. */
function matching(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'" || c === '`') i = stringEnd(s, i);
    else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** End (exclusive) of a value: the next `,` at depth 0 or the object's close. */
function valueEnd(s: string, from: number, close: number): number {
  let depth = 0;
  for (let i = from; i < close; i++) {
    const c = s[i];
    if (c === '"' || c === "'" || c === '`') i = stringEnd(s, i);
    else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) return i;
  }
  return close;
}

function stringEnd(s: string, i: number): number {
  const q = s[i];
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === q) return j;
  }
  return s.length;
}
