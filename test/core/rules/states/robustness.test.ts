/**
 * The state rules never crash on broken input: random line edits to real
 * example journeys (drop, duplicate, re-indent, blank a value) never produce an
 * internal-error diagnostic (CORE-001), and every finding has a span inside the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateRules } from '../../../../src/core/validate/rules/states-index';
import { analyze } from '../../../../src/core/validate/validate';

const examples = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'examples');
const sources = [
  'technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml',
  'technical/async-callback-sla/async-callback-sla.journey.yaml',
  'business/monthly-invoicing-batch/monthly-invoicing-batch.journey.yaml',
  'technical/event-publish-kafka/event-publish-kafka.journey.yaml',
].map((p) => readFileSync(join(examples, p), 'utf8'));

type Edit = { kind: 'drop' | 'dup' | 'indent' | 'dedent' | 'blank' | 'swap'; at: number };

function mutate(text: string, edits: Edit[]): string {
  const lines = text.split('\n');
  for (const e of edits) {
    const i = e.at % lines.length;
    const line = lines[i];
    if (e.kind === 'drop') lines.splice(i, 1);
    else if (e.kind === 'dup') lines.splice(i, 0, line);
    else if (e.kind === 'indent') lines[i] = `  ${line}`;
    else if (e.kind === 'dedent') lines[i] = line.replace(/^ {2}/, '');
    else if (e.kind === 'blank') lines[i] = line.replace(/:\s.*$/, ':');
    else lines[i] = line.replace(/:\s.*$/, ': [1, {a: 2}]');
  }
  return lines.join('\n');
}

const edit = fc.record({
  kind: fc.constantFrom<Edit['kind']>('drop', 'dup', 'indent', 'dedent', 'blank', 'swap'),
  at: fc.nat(),
});

describe('state rules on mutated journeys', () => {
  it('never fail internally and keep spans inside the text', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: sources.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (which, edits) => {
          const text = mutate(sources[which], edits);
          const { diagnostics } = analyze(text, 'mutated.journey.yaml', { rules: stateRules });
          expect(diagnostics.filter((d) => d.code === 'CORE-001')).toEqual([]);
          for (const d of diagnostics) {
            expect(d.span.start).toBeGreaterThanOrEqual(0);
            expect(d.span.end).toBeLessThanOrEqual(text.length);
            expect(d.span.start).toBeLessThanOrEqual(d.span.end);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
