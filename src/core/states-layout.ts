/**
 * A line scan that finds the `spec.states` block and where each top-level state
 * starts, without parsing YAML. The incremental parse uses it to re-read only
 * the states whose text changed. Conservative: anything unusual → undefined,
 * and the caller parses the whole file instead.
 */

export interface StatesLayout {
  /** Offset of the first line after `states:`. */
  readonly regionStart: number;
  /** Offset of the first line after the block (or the text length). */
  readonly regionEnd: number;
  /** Offsets where each state's text starts; each runs to the next start (the last to `regionEnd`). */
  readonly chunkStarts: readonly number[];
}

const PLAIN_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.-]*:(?:[ \t]|$)/;
const STATES_KEY = /^states:[ \t]*(?:#.*)?$/;
const SPEC_KEY = /^spec:[ \t]*(?:#.*)?$/;

/** One line; its text (from the first non-space) is sliced only when a check needs it. */
class Line {
  constructor(
    private readonly source: string,
    readonly start: number,
    /** Offset of the first non-space character, or -1 for a blank line. */
    readonly indent: number,
    private readonly end: number,
  ) {}

  get text(): string {
    return this.indent < 0 ? '' : this.source.slice(this.start + this.indent, this.end);
  }

  get isComment(): boolean {
    return this.indent >= 0 && this.source.charCodeAt(this.start + this.indent) === 35; // '#'
  }
}

function* lines(text: string): Generator<Line> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let first = start;
    while (first < contentEnd && text.charCodeAt(first) === 32) first++;
    yield new Line(text, start, first === contentEnd ? -1 : first - start, contentEnd);
    start = end + 1;
  }
}

const isContent = (l: Line) => l.indent >= 0 && !l.isComment;

let last: { text: string; layout: StatesLayout | undefined } | undefined;

/** Finds the top-level states block; undefined when the file is laid out in any other way. */
export function findStatesLayout(text: string): StatesLayout | undefined {
  // The keystroke path asks twice for the same text (nesting guard, then parse).
  if (last?.text === text) return last.layout;
  const layout = scanStatesLayout(text);
  last = { text, layout };
  return layout;
}

function scanStatesLayout(text: string): StatesLayout | undefined {
  if (text.includes('\t')) return undefined; // tab indentation is reported by the full parse
  let phase: 'top' | 'spec' | 'states' | 'done' = 'top';
  let specIndent = -1;
  let stateIndent = -1;
  let regionStart = -1;
  let regionEnd = text.length;
  const chunkStarts: number[] = [];
  let specSeen = false;
  for (const line of lines(text)) {
    if (line.indent === 0 && /^(---|\.\.\.|%)/.test(line.text)) return undefined; // several documents or directives
    if (!isContent(line)) continue;
    if (phase === 'top') {
      if (line.indent === 0 && SPEC_KEY.test(line.text)) {
        if (specSeen) return undefined;
        specSeen = true;
        phase = 'spec';
      }
    } else if (phase === 'spec') {
      if (line.indent === 0) {
        phase = 'top';
        if (SPEC_KEY.test(line.text)) return undefined;
        continue;
      }
      if (specIndent < 0) specIndent = line.indent;
      if (line.indent === specIndent && STATES_KEY.test(line.text)) {
        phase = 'states';
        const eol = text.indexOf('\n', line.start);
        if (eol < 0) return undefined;
        regionStart = eol + 1;
      }
    } else if (phase === 'states') {
      if (stateIndent < 0) {
        if (line.indent <= specIndent) return undefined; // `states:` with no block under it
        stateIndent = line.indent;
      }
      if (line.indent === stateIndent) {
        if (!PLAIN_KEY.test(line.text)) return undefined;
        chunkStarts.push(line.start);
      } else if (line.indent < stateIndent) {
        if (line.indent > specIndent) return undefined;
        regionEnd = line.start;
        phase = 'done';
        if (line.indent === 0 && SPEC_KEY.test(line.text)) return undefined;
      }
    } else if (line.indent === 0 && SPEC_KEY.test(line.text)) {
      return undefined; // a second `spec:` is a duplicate key: let the full parse report it
    } else if (line.indent === specIndent && STATES_KEY.test(line.text)) {
      return undefined;
    }
  }
  if (chunkStarts.length === 0) return undefined;
  return { regionStart, regionEnd, chunkStarts };
}
