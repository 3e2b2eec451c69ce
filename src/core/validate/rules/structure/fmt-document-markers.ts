/** FMT-006 (style): no `---` / `...` document markers in a one-document journey file. Fix removes the line. */
import { yamlStyleApplies } from './yaml-style-applies';
import type { Rule } from '../../rule';

const MARKER = /^(---|\.\.\.)[ \t]*(?:#.*)?\r?$/gm;

export const fmtDocumentMarkers: Rule = {
  name: 'fmt-document-markers',
  codes: ['FMT-006'],
  check(ctx) {
    if (!yamlStyleApplies(ctx.source)) return;
    const { text } = ctx.source;
    MARKER.lastIndex = 0;
    // A marker followed by content on the same line (`--- !tag`) is rare enough to ignore.
    for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
      const start = m.index;
      const nl = text.indexOf('\n', start);
      const span = { start, end: start + 3 };
      ctx.add(
        'FMT-006',
        'info',
        `Document marker '${m[1]}' is not needed in a one-document file`,
        { span, path: '' },
        {
          style: true,
          fix: {
            title: 'Remove the document marker',
            edits: [{ span: { start, end: nl < 0 ? text.length : nl + 1 }, text: '' }],
          },
        },
      );
    }
  },
};
