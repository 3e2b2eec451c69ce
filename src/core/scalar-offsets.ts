/**
 * Maps an offset inside a scalar's value back to an offset in the file text, so
 * expression diagnostics point at the right line and column, also inside block
 * scalars (`expr: |`). Pure.
 */
import { Scalar } from 'yaml';

/** Returns a function from value offset to source offset for `node`. */
export function valueToSourceMapper(node: Scalar, text: string): (offset: number) => number {
  const range = node.range;
  if (!range) return () => 0;
  const [start, end] = range;
  const type = node.type;
  if (type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) {
    return blockMapper(text, start, end);
  }
  const quoted = type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE;
  const [from, to] = quoted ? [start + 1, end - 1] : [start, end];
  const value = typeof node.value === 'string' ? node.value : undefined;
  const exact = value !== undefined ? flowPositions(text, from, to, type) : undefined;
  // Trust the character walk only when it rebuilt exactly as many characters as the parser read.
  if (exact && exact.length === value!.length) return (o) => (o < exact.length ? exact[Math.max(0, o)] : to);
  return flowMapper(text, from, to);
}

/**
 * Source offset of each value character of a flow scalar: escapes (`''`,
 * `\"`, `\u00e9`) are one character of several source bytes, and a line break
 * with the next line's indentation folds to one space (empty lines to `\n`).
 */
function flowPositions(text: string, start: number, end: number, type: Scalar['type']): number[] {
  const out: number[] = [];
  const escaped = new Set<number>(); // positions that came from escapes: never trimmed as whitespace
  let i = start;
  while (i < end) {
    const c = text[i];
    if (type === Scalar.QUOTE_SINGLE && c === "'" && text[i + 1] === "'") {
      out.push(i);
      i += 2;
    } else if (type === Scalar.QUOTE_DOUBLE && c === '\\') {
      const e = text[i + 1];
      if (e === '\n' || e === '\r') {
        i = skipIndent(text, text.indexOf('\n', i + 1) + 1, end); // an escaped line break joins the lines
        continue;
      }
      const width = e === 'x' ? 4 : e === 'u' ? 6 : e === 'U' ? 10 : 2;
      if (e === 'U' && parseInt(text.slice(i + 2, i + 10), 16) > 0xffff) out.push(i); // two UTF-16 units
      escaped.add(out.length);
      out.push(i);
      i += width;
    } else if (c === '\n' || c === '\r') {
      while (out.length && !escaped.has(out.length - 1) && /[ \t]/.test(text[out[out.length - 1]])) out.pop();
      const breakAt = i;
      let empty = 0;
      i = skipIndent(text, text.indexOf('\n', i) + 1, end);
      while (i < end && (text[i] === '\n' || text[i] === '\r')) {
        empty++;
        i = skipIndent(text, text.indexOf('\n', i) + 1, end);
      }
      for (let k = 0; k < Math.max(1, empty); k++) out.push(breakAt);
    } else {
      out.push(i);
      i++;
    }
  }
  return out;
}

function skipIndent(text: string, from: number, end: number): number {
  let i = from <= 0 ? end : from;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** Plain/quoted scalars: single line in practice; multi-line ones fold each line break to one char. */
function flowMapper(text: string, start: number, end: number): (offset: number) => number {
  const lineStarts: number[] = [start];
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      let j = i + 1;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      lineStarts.push(j);
    }
  }
  if (lineStarts.length === 1) return (o) => Math.min(end, start + o);
  // Rebuild value-offset → source-offset along folded lines.
  return (o) => {
    let remaining = o;
    for (let k = 0; k < lineStarts.length; k++) {
      const ls = lineStarts[k];
      const nl = k + 1 < lineStarts.length ? text.lastIndexOf('\n', lineStarts[k + 1]) : end;
      // A CRLF line ends before its \r: YAML reads the pair as one line break.
      const le = k + 1 < lineStarts.length && text[nl - 1] === '\r' ? nl - 1 : nl;
      const len = Math.max(0, le - ls);
      if (remaining <= len) return ls + remaining;
      remaining -= len + 1;
    }
    return end;
  };
}

/** Block scalars: skip the header line, strip the content indentation of each line. */
function blockMapper(text: string, start: number, end: number): (offset: number) => number {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= end) return () => start;
  const lines: Array<{ srcStart: number; len: number }> = [];
  let indent = -1;
  let pos = headerEnd + 1;
  while (pos < end) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    // A CRLF line's \r is part of its line break, not of its content.
    const raw = text.slice(pos, text[lineEnd - 1] === '\r' && lineEnd > pos ? lineEnd - 1 : lineEnd);
    const lead = raw.length - raw.replace(/^ +/, '').length;
    if (indent < 0 && raw.trim() !== '') indent = lead;
    lines.push({ srcStart: pos, len: raw.length });
    pos = lineEnd + 1;
  }
  const ind = Math.max(0, indent);
  return (o) => {
    let remaining = o;
    for (const l of lines) {
      const contentStart = l.srcStart + Math.min(ind, l.len);
      const len = Math.max(0, l.len - ind);
      if (remaining <= len) return contentStart + remaining;
      remaining -= len + 1;
    }
    return end;
  };
}
