/**
 * SCH-004/005/007: a Journey's output schema declares a string `status` (mirrored
 * to `JourneyOutcome.status`); an Api declares input and output schemas.
 */
import { isMap } from 'yaml';
import { child, childAt, pairOf, str } from '../../../yaml-nodes';
import type { Rule } from '../../rule';
import { keyAt, valueAt } from './util';

export const schOutputSchema: Rule = {
  name: 'sch-output-schema',
  codes: ['SCH-004', 'SCH-005', 'SCH-007'],
  check(ctx) {
    const { spec, kind, root } = ctx.model;
    if (!spec) return;
    const specKey = keyAt(root, 'spec', '');
    if (kind === 'Api') {
      for (const block of ['input', 'output'] as const) {
        if (isMap(childAt(spec, `${block}.schema`))) continue;
        const at = pairOf(spec, block) ? keyAt(spec, block, 'spec') : specKey;
        ctx.add(
          'SCH-005',
          'warning',
          `kind: Api should declare spec.${block}.schema (the ${block === 'input' ? 'request' : 'response'} body contract)`,
          at,
        );
      }
      return;
    }
    if (kind !== 'Journey') return;
    const schema = childAt(spec, 'output.schema');
    const status = childAt(schema, 'properties.status');
    if (!isMap(schema) || !pairOf(child(schema, 'properties'), 'status')) {
      const at = isMap(schema)
        ? keyAt(child(spec, 'output'), 'schema', 'spec.output')
        : pairOf(spec, 'output')
          ? keyAt(spec, 'output', 'spec')
          : specKey;
      ctx.add(
        'SCH-004',
        'warning',
        'A Journey should declare spec.output.schema with a string `status` property (the business outcome mirrored to JourneyOutcome.status)',
        at,
      );
      return;
    }
    const type = child(status, 'type');
    if (type !== undefined && str(type) !== 'string') {
      ctx.add(
        'SCH-007',
        'warning',
        'output.schema.properties.status is mirrored to JourneyOutcome.status, a string; declare it `type: string` (an HTTP status belongs elsewhere)',
        valueAt(status, 'type', 'spec.output.schema.properties.status'),
      );
    }
  },
};
