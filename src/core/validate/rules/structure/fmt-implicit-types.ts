/**
 * FMT-003: plain scalars that a YAML 1.1 resolver would coerce (yes/no/on/off,
 * timestamps, sexagesimal and leading-zero octal numbers) must be quoted
 * (ADR-0001). Offers a fix that quotes the scalar.
 */
import { spanOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { nodeIndex } from './node-index';

export const fmtImplicitTypes: Rule = {
  name: 'fmt-implicit-types',
  codes: ['FMT-003'],
  check(ctx) {
    for (const { node, raw, why } of nodeIndex(ctx.source).coerced) {
      const span = spanOf(node);
      ctx.add(
        'FMT-003',
        'error',
        `'${raw}' is ${why}; quote it to keep it a string`,
        { span, path: '' },
        {
          fix: { title: `Quote '${raw}'`, edits: [{ span, text: JSON.stringify(raw) }] },
        },
      );
    }
  },
};
