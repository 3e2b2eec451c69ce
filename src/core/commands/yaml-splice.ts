/**
 * Minimal text splices over a parsed YAML Document: every edit is computed
 * from node ranges and applied to the original text, so comments, key order,
 * quoting and untouched bytes stay exactly as written (never `doc.toString()`).
 * Handles block mappings/sequences and flow `{}` / `[]` collections. Pure.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  stringify,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { Span, TextEdit } from '../diagnostics';
import { spanOf, type AnyNode } from '../yaml-nodes';

/** Applies non-overlapping edits (offsets into `text`) in one pass. Pure. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (
      e.span.end > limit ||
      e.span.start < 0 ||
      e.span.end > text.length ||
      e.span.start > e.span.end
    ) {
      throw new RangeError('overlapping or out-of-range edits');
    }
    out = out.slice(0, e.span.start) + e.text + out.slice(e.span.end);
    limit = e.span.start;
  }
  return out;
}

/** Offset of the start of the line holding `offset`. Pure. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the line break ending the line that holds `offset` (or the text end). Pure. */
export function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** True when only spaces precede `offset` on its line. Pure. */
export function startsLine(text: string, offset: number): boolean {
  return /^ *$/.test(text.slice(lineStart(text, offset), offset));
}

/** The column (number of spaces) at which `offset` sits. Pure. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The file's indentation step: the smallest positive nesting step seen (default 2). Pure. */
export function indentUnit(text: string): number {
  const m = /\n( +)[^ \n#-]/.exec(text);
  return m ? Math.min(8, m[1].length) : 2;
}

/** True when the node is a flow collection (`{…}` / `[…]`). */
export function isFlow(node: AnyNode): boolean {
  return (isMap(node) || isSeq(node)) && !!(node as YAMLMap).flow;
}

/** The span a pair occupies: whole lines in block style, `key: value` (+ separator) in flow style. Pure. */
export function pairRange(text: string, parent: YAMLMap, pair: Pair): Span {
  const k = spanOf(pair.key);
  const v = spanOf(pair.value, k);
  if (parent.flow)
    return flowItemRange(text, parent, parent.items.indexOf(pair), {
      start: k.start,
      end: Math.max(k.end, v.end),
    });
  const start = startsLine(text, k.start) ? lineStart(text, k.start) : k.start;
  return { start, end: lineEndAfter(text, Math.max(k.end, v.end)) };
}

/** The span of sequence item `index`: from its `- ` line to the end of its last line (block), or the item + comma (flow). Pure. */
export function seqItemRange(text: string, seq: YAMLSeq, index: number): Span {
  const item = seq.items[index] as Node;
  const s = spanOf(item);
  if (seq.flow) return flowItemRange(text, seq, index, s);
  const dash = text.lastIndexOf('-', s.start);
  const start = lineStart(text, dash);
  return { start, end: lineEndAfter(text, s.end) };
}

function flowItemRange(text: string, coll: YAMLMap | YAMLSeq, index: number, own: Span): Span {
  const n = coll.items.length;
  if (n === 1) return own;
  if (index < n - 1) {
    // Remove through the following comma and spaces.
    const comma = text.indexOf(',', own.end);
    let end = comma + 1;
    while (text[end] === ' ') end++;
    return { start: own.start, end };
  }
  const prevComma = text.lastIndexOf(',', own.start);
  return { start: prevComma, end: own.end };
}

/** A value as one line of YAML flow text (`{ a: 1, b: [x] }`), for flow collections. Pure. */
export function flowText(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}

/** YAML text to insert verbatim (one line, as the user wrote it). */
export class RawYaml {
  constructor(readonly text: string) {}
}

/** Renders a JS value as the text that follows `key:` — inline for scalars and flow, indented block otherwise. Pure. */
export function renderValue(value: unknown, indent: string, flow: boolean): string {
  if (value instanceof RawYaml) return ' ' + value.text;
  if (flow) return ' ' + flowText(value);
  if (
    value === null ||
    typeof value !== 'object' ||
    (Array.isArray(value) && value.length === 0) ||
    Object.keys(value).length === 0
  ) {
    return ' ' + stringify(value, { lineWidth: 0 }).trimEnd();
  }
  const body = stringify(value, { lineWidth: 0, indent: 2 }).trimEnd();
  return (
    '\n' +
    body
      .split('\n')
      .map((l) => (l ? indent + l : l))
      .join('\n')
  );
}

/** The indentation string of the keys of a block mapping (undefined for flow/empty). Pure. */
export function keyIndent(text: string, map: YAMLMap): string | undefined {
  const first = map.items.find(isPair);
  if (!first || map.flow) return undefined;
  return ' '.repeat(columnOf(text, spanOf(first.key).start));
}

/**
 * An edit appending `key: value` as the last pair of `map` (block or flow).
 * `value` is a JS value rendered with the file's indentation. Pure.
 */
export function appendPairEdit(text: string, map: YAMLMap, key: string, value: unknown): TextEdit {
  const unit = ' '.repeat(indentUnit(text));
  const pairs = map.items.filter(isPair);
  if (map.flow) {
    const close = text.lastIndexOf('}', spanOf(map).end);
    const sep = pairs.length ? ', ' : '';
    let at = close;
    while (at > 0 && text[at - 1] === ' ') at--;
    return { span: { start: at, end: at }, text: `${sep}${key}:${renderValue(value, '', true)}` };
  }
  const indent = keyIndent(text, map) ?? '';
  const last = pairs[pairs.length - 1];
  const end = last ? pairRange(text, map, last).end : lineEndAfter(text, spanOf(map).end);
  const nl = end > 0 && text[end - 1] !== '\n' ? '\n' : '';
  return {
    span: { start: end, end },
    text: `${nl}${indent}${key}:${renderValue(value, indent + unit, false)}\n`,
  };
}

/** An edit replacing a scalar node's text with `value` (quoted only when it must be). Pure. */
export function replaceScalarEdit(node: AnyNode, value: string): TextEdit | undefined {
  if (!isScalar(node)) return undefined;
  const span = spanOf(node);
  return { span, text: plainOrQuoted(value) };
}

/** `value` as a YAML scalar: plain when safe, double-quoted otherwise. Pure. */
export function plainOrQuoted(value: string): string {
  return /^[A-Za-z_][\w./-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value)
    ? value
    : JSON.stringify(value);
}

/** An edit setting `key` of `map` to `value`: replaces the existing value in place, or appends the pair. Pure. */
export function setPairEdit(text: string, map: YAMLMap, key: string, value: unknown): TextEdit {
  const pair = map.items.find(
    (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key,
  ) as Pair | undefined;
  if (!pair) return appendPairEdit(text, map, key, value);
  const k = spanOf(pair.key);
  const colon = text.indexOf(':', k.end);
  const v = pair.value as AnyNode;
  let end = colon + 1;
  if (v && (isScalar(v) || isFlow(v))) end = spanOf(v).end;
  else if (v) {
    end = lineEndAfter(text, spanOf(v).end);
    if (text[end - 1] === '\n') end--;
  }
  const indent = ' '.repeat(columnOf(text, k.start) + indentUnit(text));
  return { span: { start: colon + 1, end }, text: renderValue(value, indent, !!map.flow) };
}

/** An edit appending `value` as the last item of a sequence (block `- item` or flow `[…, item]`). Pure. */
export function appendSeqItemEdit(text: string, seq: YAMLSeq, value: unknown): TextEdit {
  if (seq.flow) {
    const close = text.lastIndexOf(']', spanOf(seq).end);
    let at = close;
    while (at > 0 && text[at - 1] === ' ') at--;
    return {
      span: { start: at, end: at },
      text: `${seq.items.length ? ', ' : ''}${flowText(value)}`,
    };
  }
  const last = seq.items.length - 1;
  const first = seq.items[0] as Node;
  const dashCol = columnOf(text, text.lastIndexOf('-', spanOf(first).start));
  const end = seqItemRange(text, seq, last).end;
  const nl = end > 0 && text[end - 1] !== '\n' ? '\n' : '';
  return { span: { start: end, end }, text: nl + renderSeqItem(value, ' '.repeat(dashCol)) + '\n' };
}

/** `- item` lines for a block sequence at `indent`. Pure. */
export function renderSeqItem(value: unknown, indent: string): string {
  const body = stringify(value, { lineWidth: 0, indent: 2 }).trimEnd().split('\n');
  return body.map((l, i) => (i === 0 ? `${indent}- ${l}` : l ? `${indent}  ${l}` : l)).join('\n');
}

/** An edit removing a pair from its map (whole lines in block style). Pure. */
export function removePairEdit(text: string, map: YAMLMap, pair: Pair): TextEdit {
  return { span: pairRange(text, map, pair), text: '' };
}

function isBlankLine(text: string, start: number): boolean {
  const end = text.indexOf('\n', start);
  return end >= 0 && text.slice(start, end).trim() === '';
}

/**
 * Widens a whole-line removal so the blank-line rhythm around it survives:
 * a block separated by blank lines leaves one separator, not two (nor a
 * trailing one at the end of its mapping). Pure.
 */
export function tidyRemoval(text: string, span: Span): Span {
  if (span.start !== lineStart(text, span.start) || (span.end > 0 && text[span.end - 1] !== '\n'))
    return span;
  const prevStart = span.start > 0 ? lineStart(text, span.start - 1) : -1;
  const prevBlank = prevStart >= 0 && isBlankLine(text, prevStart);
  const prevOpens = prevStart >= 0 && /:\s*(#.*)?$/.test(text.slice(prevStart, span.start - 1));
  const nextBlank = span.end < text.length && isBlankLine(text, span.end);
  if (nextBlank && (prevBlank || prevOpens))
    return { start: span.start, end: text.indexOf('\n', span.end) + 1 };
  if (prevBlank && !nextBlank) {
    const nextIndent = /^ */.exec(text.slice(span.end))![0].length;
    const ownIndent = /^ */.exec(text.slice(span.start))![0].length;
    if (span.end >= text.length || nextIndent < ownIndent)
      return { start: prevStart, end: span.end };
  }
  return span;
}
