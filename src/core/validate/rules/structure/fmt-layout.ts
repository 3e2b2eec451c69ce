/**
 * FMT-008 (style): 2-space indentation steps, no trailing whitespace, exactly one
 * final newline. Lines inside multi-line scalars and flow collections are skipped
 * (their indentation is content). Trailing-space and final-newline findings carry fixes.
 */
import type { Rule, RuleContext } from '../../rule';
import { nodeIndex } from './node-index';

/** At most this many indentation findings per file: one is enough to show the pattern. */
const MAX_INDENT_FINDINGS = 20;

export const fmtLayout: Rule = {
  name: 'fmt-layout',
  codes: ['FMT-008'],
  check(ctx) {
    const { text } = ctx.source;
    const skip = nodeIndex(ctx.source).multiLine;
    let indentFindings = 0;
    let prevIndent = 0;
    let start = 0;
    let r = 0;
    while (start < text.length) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      const lineEnd = text[end - 1] === '\r' ? end - 1 : end;
      while (r < skip.length && skip[r]![1] <= start) r++;
      const inside = r < skip.length && skip[r]![0] < start;
      const trimmed = text.slice(start, lineEnd).replace(/[ \t]+$/, '');
      if (trimmed.length < lineEnd - start && !inside) {
        const span = { start: start + trimmed.length, end: lineEnd };
        ctx.add('FMT-008', 'info', 'Trailing whitespace', { span, path: '' }, {
          style: true,
          fix: { title: 'Remove trailing whitespace', edits: [{ span, text: '' }] },
        });
      }
      const content = trimmed.trimStart();
      if (!inside && content && !content.startsWith('#')) {
        const indent = trimmed.length - content.length;
        if (indent > prevIndent && indent - prevIndent !== 2 && indentFindings < MAX_INDENT_FINDINGS) {
          indentFindings++;
          ctx.add('FMT-008', 'info', `Indent by 2 spaces per level (this line steps in by ${indent - prevIndent})`, {
            span: { start, end: start + indent },
            path: '',
          }, { style: true });
        }
        prevIndent = indent + seqOffset(content);
      }
      if (nl < 0) break;
      start = nl + 1;
    }
    finalNewline(ctx);
  },
};

/** `- key: v` opens a mapping two columns further in. */
function seqOffset(content: string): number {
  let n = 0;
  while (content.startsWith('- ', n)) n += 2;
  return n;
}

function finalNewline(ctx: RuleContext): void {
  const { text } = ctx.source;
  if (!text.length) return;
  if (!text.endsWith('\n')) {
    const span = { start: text.length, end: text.length };
    ctx.add('FMT-008', 'info', 'The file does not end with a newline', { span, path: '' }, {
      style: true,
      fix: { title: 'Add a final newline', edits: [{ span, text: '\n' }] },
    });
    return;
  }
  const m = /(\r?\n)(?:[ \t]*\r?\n)+$/.exec(text);
  if (m) {
    const span = { start: m.index + m[1]!.length, end: text.length };
    ctx.add('FMT-008', 'info', 'The file ends with blank lines', { span, path: '' }, {
      style: true,
      fix: { title: 'Keep a single final newline', edits: [{ span, text: '' }] },
    });
  }
}
