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
  if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) {
    return flowMapper(text, start + 1, end - 1);
  }
  return flowMapper(text, start, end);
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
      const le = k + 1 < lineStarts.length ? text.lastIndexOf('\n', lineStarts[k + 1]) : end;
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
    const raw = text.slice(pos, lineEnd);
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
