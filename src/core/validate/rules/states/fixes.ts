/**
 * Text-edit builders for the dialect quick fixes: each rewrites only the spot it
 * names (rename a key, drop a pair, move a pair to another block), keeping every
 * other byte, comments included. Pure; return undefined when the text is not in a
 * shape the edit can handle safely (e.g. flow mappings for a move).
 */
import { isMap, type Pair, type YAMLMap } from 'yaml';
import type { Fix, TextEdit } from '../../../diagnostics';
import { spanOf } from '../../../yaml-nodes';

/** Offset of the first character of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
}

/** Offset just after the newline ending the line that holds `offset` (or the text end). */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Column (0-based) of the first key of a block mapping, or undefined for flow/empty maps. */
export function blockIndent(text: string, map: YAMLMap): number | undefined {
  if ((map as { flow?: boolean }).flow || map.items.length === 0) return undefined;
  const first = spanOf(map.items[0].key).start;
  const ls = lineStartOf(text, first);
  return /^[ ]*$/.test(text.slice(ls, first)) ? first - ls : undefined;
}

/** Span of a pair written on its own block line(s): from the line start to after its last line. */
function ownLines(text: string, pair: Pair): { start: number; end: number } | undefined {
  const k = spanOf(pair.key);
  const v = spanOf(pair.value, k);
  const ls = lineStartOf(text, k.start);
  if (!/^[ ]*$/.test(text.slice(ls, k.start))) return undefined;
  const lastChar = Math.max(k.end, v.end) - 1;
  const end = nextLineStart(text, Math.max(k.end, lastChar));
  const rest = text.slice(Math.max(k.end, v.end), end);
  if (!/^[ \t]*(#.*)?\r?\n?$/.test(rest)) return undefined;
  return { start: ls, end };
}

/** Renames a mapping key in place (`default` → `next`). */
export function renameKeyFix(title: string, pair: Pair, newKey: string): Fix {
  return { title, edits: [{ span: spanOf(pair.key), text: newKey }] };
}

/** Deletes a pair: whole lines in block style, `, key: value` in flow style. */
export function deletePairFix(
  title: string,
  text: string,
  pair: Pair,
  parent: YAMLMap,
): Fix | undefined {
  const lines = ownLines(text, pair);
  if (lines && !(parent as { flow?: boolean }).flow)
    return { title, edits: [{ span: lines, text: '' }] };
  const k = spanOf(pair.key);
  const v = spanOf(pair.value, k);
  const end = Math.max(k.end, v.end);
  const before = text.slice(0, k.start);
  const comma = before.search(/,\s*$/);
  if (comma >= 0) return { title, edits: [{ span: { start: comma, end }, text: '' }] };
  const after = /^\s*,\s*/.exec(text.slice(end));
  if (after)
    return { title, edits: [{ span: { start: k.start, end: end + after[0].length }, text: '' }] };
  return undefined;
}

/**
 * Moves a block pair to the end of `dest` (a block mapping, or the map whose
 * last line the new key follows), renaming its key; the value text is kept (re-indented as a whole).
 */
export function movePairFix(
  title: string,
  text: string,
  pair: Pair,
  newKey: string,
  dest: YAMLMap,
  destIndent: number | undefined,
): Fix | undefined {
  const lines = ownLines(text, pair);
  if (!lines || destIndent === undefined || !isMap(dest) || (dest as { flow?: boolean }).flow)
    return undefined;
  const k = spanOf(pair.key);
  const raw = text.slice(k.end, lines.end);
  const eol = raw.endsWith('\r\n') || text.includes('\r\n') ? '\r\n' : '\n';
  // A value over several lines keeps its shape one level in or out: its continuation lines shift by
  // the same amount as the key.
  const shift = destIndent - (k.start - lines.start);
  const valueText = raw
    .replace(/\r?\n$/, '')
    .split('\n')
    .map((line, i) => (i === 0 || line.trim() === '' ? line : shift >= 0 ? ' '.repeat(shift) + line : line.replace(new RegExp(`^ {0,${-shift}}`), '')))
    .join('\n');
  const newLine = `${' '.repeat(destIndent)}${newKey}${valueText}${eol}`;
  const destEnd = spanOf(dest).end;
  const insertAt = nextLineStart(text, Math.max(0, destEnd - 1));
  const edits: TextEdit[] = [];
  if (insertAt === lines.start || insertAt === lines.end) {
    // Adjacent: one edit replaces the old line with the new one.
    edits.push({ span: { start: lines.start, end: lines.end }, text: newLine });
  } else {
    const prefix = insertAt === text.length && !text.endsWith('\n') ? eol : '';
    edits.push({ span: { start: lines.start, end: lines.end }, text: '' });
    edits.push({ span: { start: insertAt, end: insertAt }, text: prefix + newLine });
  }
  return { title, edits: edits.sort((a, b) => a.span.start - b.span.start) };
}

/** Applies a fix's edits to `text` (edits refer to the original text); pure. */
export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.span.start) + e.text + out.slice(e.span.end);
  return out;
}
