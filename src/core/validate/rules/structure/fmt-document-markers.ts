/** FMT-006 (style): no `---` / `...` document markers in a one-document journey file. Fix removes the line. */
import type { Rule } from '../../rule';

const MARKER = /^(---|\.\.\.)[ \t]*(#.*)?$/;

export const fmtDocumentMarkers: Rule = {
  name: 'fmt-document-markers',
  codes: ['FMT-006'],
  check(ctx) {
    const { text } = ctx.source;
    let start = 0;
    while (start <= text.length) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      const line = text.slice(start, end).replace(/\r$/, '');
      // A marker followed by content on the same line (`--- !tag`) is rare enough to ignore.
      if (MARKER.test(line)) {
        const span = { start, end: start + 3 };
        ctx.add('FMT-006', 'info', `Document marker '${line.slice(0, 3)}' is not needed in a one-document file`, { span, path: '' }, {
          style: true,
          fix: { title: 'Remove the document marker', edits: [{ span: { start, end: nl < 0 ? end : nl + 1 }, text: '' }] },
        });
      }
      if (nl < 0) break;
      start = nl + 1;
    }
  },
};
