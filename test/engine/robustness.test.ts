// The simulator never throws on user input: junk journeys and scenario files
// become a report with an error or a failed scenario, never an exception.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenarioFile } from '../../src/engine/index';

const journey = readFileSync(
  join(__dirname, '../fixtures/examples/technical/approval-loop/approval-loop.journey.yaml'),
  'utf8',
);
const scenario = readFileSync(
  join(__dirname, '../fixtures/examples/technical/approval-loop/approval-loop.scenario.yaml'),
  'utf8',
);

describe('robustness', () => {
  it('reports junk scenario files as malformed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const r = await runScenarioFile(journey, text);
        expect(r.error?.kind === 'scenario' || r.scenarios.length > 0).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('survives mutilated journeys', async () => {
    const lines = journey.split('\n');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: lines.length - 1 }),
        fc.integer({ min: 1, max: 8 }),
        async (at, n) => {
          const broken = [...lines.slice(0, at), ...lines.slice(at + n)].join('\n');
          const r = await runScenarioFile(broken, scenario, { budget: { maxSteps: 200 } });
          expect(r.error !== undefined || r.scenarios.length === 6).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('turns broken state shapes into clear internal Problems', async () => {
    const j = `kind: Journey\nmetadata: { name: broken }\nspec:\n  start: a\n  states:\n    a: { type: wait }\n    b: { type: parallel, next: a }\n    c: { type: timer, timer: { duration: soon }, next: a }\n    d: { type: subjourney, subjourney: { ref: nope }, next: a }\n    e: { type: teleport }\n`;
    const names = ['a', 'b', 'c', 'd', 'e'];
    for (const start of names.slice(1)) {
      const r = await runScenarioFile(
        j.replace('start: a', `start: ${start}`),
        'scenarios:\n  - name: x\n',
      );
      expect(r.scenarios[0].outcome).toMatchObject({
        phase: 'FAILED',
        error: { code: 'urn:journeyforge:error:internal' },
      });
    }
    const reasons = await Promise.all(
      names
        .slice(1)
        .map(
          async (s) =>
            (
              await runScenarioFile(
                j.replace('start: a', `start: ${s}`),
                'scenarios:\n  - name: x\n',
              )
            ).scenarios[0].outcome.error,
        ),
    );
    expect(reasons.map((e) => (e as { reason: string }).reason)).toEqual([
      "Parallel 'b' has no branches (PAR-001)",
      'Timer \'c\' has no valid duration/until (got "soon") (TIMER-002)',
      "Subjourney 'nope' of 'd' is not defined or has no start (SUB-001)",
      "State 'e' has unknown type 'teleport' (STATE-002)",
    ]);
  });
});
