/** The graph rules never crash on damaged journeys (a crash would surface as CORE-001). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/validate/validate';
import { graphRules } from '../../../../src/core/validate/rules/graph-index';
import { corpus } from '../../../support/corpus';

const files = corpus();

describe('graph rules on damaged input', () => {
  it('report findings, never internal errors', () => {
    fc.assert(
      fc.property(
        fc.nat(files.length - 1),
        fc.array(
          fc.record({
            line: fc.nat(5000),
            kind: fc.constantFrom('drop', 'indent', 'dedent', 'blank', 'swap'),
          }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (fi, damage) => {
          const lines = files[fi].text.split('\n');
          for (const d of damage) {
            const i = d.line % lines.length;
            if (d.kind === 'drop') lines.splice(i, 1);
            else if (d.kind === 'indent') lines[i] = '  ' + lines[i];
            else if (d.kind === 'dedent') lines[i] = lines[i].replace(/^ {2}/, '');
            else if (d.kind === 'blank') lines[i] = lines[i].replace(/:.*$/, ':');
            else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
          }
          const { diagnostics } = analyze(lines.join('\n'), 'damaged.journey.yaml', {
            rules: graphRules,
          });
          expect(diagnostics.filter((x) => x.code === 'CORE-001')).toEqual([]);
        },
      ),
      { numRuns: 120 },
    );
  });
});
