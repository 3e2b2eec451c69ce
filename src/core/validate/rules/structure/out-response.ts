/** OUT-001: `spec.output.response.schema.properties` does not redeclare reserved JourneyOutcome fields (ADR-0024). */
import { childAt, entries, joinPath, spanOf } from '../../../yaml-nodes';
import type { Rule } from '../../rule';

const RESERVED = new Set([
  'journeyId',
  'journeyName',
  'phase',
  'status',
  'output',
  'error',
  'tags',
  'attributes',
  '_links',
]);

export const outResponse: Rule = {
  name: 'out-response',
  codes: ['OUT-001'],
  check(ctx) {
    const base = 'spec.output.response.schema.properties';
    for (const e of entries(childAt(ctx.model.spec, 'output.response.schema.properties'))) {
      if (!RESERVED.has(e.key)) continue;
      ctx.add(
        'OUT-001',
        'error',
        `'${e.key}' is a reserved JourneyOutcome field; a response projection cannot redeclare it`,
        { span: spanOf(e.keyNode), path: joinPath(base, e.key) },
      );
    }
  },
};
