/** FMT-001: journey files are named `*.journey.yaml`, `*.journey.yml` or `*.journey.json`. */
import type { Rule } from '../../rule';

const JOURNEY_FILE = /\.journey\.(ya?ml|json)$/i;
const LIMITS_FILE = /\.(ya?ml|json)$/i;

export const fmtFileName: Rule = {
  name: 'fmt-file-name',
  codes: ['FMT-001'],
  check(ctx) {
    const name = ctx.source.fileName.split(/[\\/]/).pop() ?? '';
    // Untitled buffers and the default name carry no user intent.
    if (!name || name === 'journey.yaml' || JOURNEY_FILE.test(name)) return;
    if (ctx.model.rawKind?.value === 'MetadataLimits' && LIMITS_FILE.test(name)) return;
    ctx.add(
      'FMT-001',
      'warning',
      `Journey files are named '*.journey.yaml' (or .journey.yml/.journey.json); '${name}' is not`,
      { span: { start: 0, end: 0 }, path: '' },
    );
  },
};
