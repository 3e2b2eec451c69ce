/**
 * FMT-008 (style): 2-space indentation steps, no trailing whitespace, exactly one
 * final newline. Lines inside multi-line scalars and flow collections are skipped
 * (their indentation is content). Trailing-space and final-newline findings carry fixes.
 */
import type { Rule, RuleContext } from '../../rule';
import { yamlStyleApplies } from './yaml-style-applies';
import { nodeIndex } from './node-index';

/** At most this many indentation findings per file: one is enough to show the pattern. */
const MAX_INDENT_FINDINGS = 20;

export const fmtLayout: Rule = {
  name: 'fmt-layout',
  codes: ['FMT-008'],
  check(ctx) {
    if (!yamlStyleApplies(ctx.source)) return;
    const { text } = ctx.source;
    const skip = nodeIndex(ctx.source).multiLine;
    let indentFindings = 0;
    let prevIndent = 0;
    let start = 0;
    let r = 0;
    // Character scanning, no per-line strings: this runs over every line of big files.
    while (start < text.length) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      const lineEnd = text.charCodeAt(end - 1) === 13 && end > start ? end - 1 : end;
      while (r < skip.length && skip[r]![1] <= start) r++;
      const inside = r < skip.length && skip[r]![0] < start;
      let trimmedEnd = lineEnd;
      while (trimmedEnd > start && isBlank(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
      if (trimmedEnd < lineEnd && !inside) {
        const span = { start: trimmedEnd, end: lineEnd };
        ctx.add(
          'FMT-008',
          'info',
          'Trailing whitespace',
          { span, path: '' },
          {
            style: true,
            fix: { title: 'Remove trailing whitespace', edits: [{ span, text: '' }] },
          },
        );
      }
      let first = start;
      while (first < trimmedEnd && text.charCodeAt(first) === 32) first++;
      if (!inside && first < trimmedEnd && text.charCodeAt(first) !== 35) {
        const indent = first - start;
        if (
          indent > prevIndent &&
          indent - prevIndent !== 2 &&
          indentFindings < MAX_INDENT_FINDINGS
        ) {
          indentFindings++;
          ctx.add(
            'FMT-008',
            'info',
            `Indent by 2 spaces per level (this line steps in by ${indent - prevIndent})`,
            {
              span: { start, end: start + indent },
              path: '',
            },
            { style: true },
          );
        }
        prevIndent = indent + seqOffset(text, first, trimmedEnd);
      }
      if (nl < 0) break;
      start = nl + 1;
    }
    finalNewline(ctx);
  },
};

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** `- key: v` opens a mapping two columns further in. */
function seqOffset(text: string, from: number, to: number): number {
  let n = 0;
  while (
    from + n + 1 < to &&
    text.charCodeAt(from + n) === 45 &&
    text.charCodeAt(from + n + 1) === 32
  )
    n += 2;
  return n;
}

function finalNewline(ctx: RuleContext): void {
  const { text } = ctx.source;
  if (!text.length) return;
  if (!text.endsWith('\n')) {
    const span = { start: text.length, end: text.length };
    ctx.add(
      'FMT-008',
      'info',
      'The file does not end with a newline',
      { span, path: '' },
      {
        style: true,
        fix: { title: 'Add a final newline', edits: [{ span, text: '\n' }] },
      },
    );
    return;
  }
  // Only the blank tail can match: searching the whole text tries the pattern at every newline.
  let tail = text.length;
  while (tail > 0 && /[ \t\r\n]/.test(text[tail - 1]!)) tail--;
  const m = /(\r?\n)(?:[ \t]*\r?\n)+$/.exec(text.slice(tail));
  if (m) {
    const span = { start: tail + m.index + m[1]!.length, end: text.length };
    ctx.add(
      'FMT-008',
      'info',
      'The file ends with blank lines',
      { span, path: '' },
      {
        style: true,
        fix: { title: 'Keep a single final newline', edits: [{ span, text: '' }] },
      },
    );
  }
}
