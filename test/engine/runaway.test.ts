// A run never hangs: the step budget and the wall-clock budget stop loops with a clear result.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioFile } from '../../src/engine/index';
import { testLanguages } from './helpers/jsonata-lang';

const journey = readFileSync(join(__dirname, 'fixtures/runaway-loop.journey.yaml'), 'utf8');
const scenario = (limit: number) =>
  `scenarios:\n  - name: loop to ${limit}\n    start: { body: { limit: ${limit} } }\n    expect: { phase: SUCCEEDED, output: ${limit} }\n`;

describe('budgets', () => {
  it('lets a bounded loop finish', async () => {
    const r = await runScenarioFile(journey, scenario(50), { languages: testLanguages });
    expect(r.scenarios[0].passed).toBe(true);
  });

  it('stops a loop at the step budget and names the state', async () => {
    const r = await runScenarioFile(journey, scenario(1e9), {
      languages: testLanguages,
      budget: { maxSteps: 500 },
    });
    const s = r.scenarios[0];
    expect(s.passed).toBe(false);
    expect(s.outcome.phase).toBe('FAILED');
    expect(s.outcome.error).toMatchObject({ code: 'SIMULATION_STEP_BUDGET_EXCEEDED' });
    expect(String((s.outcome.error as { reason: string }).reason)).toMatch(
      /^Step budget exceeded at state '(count|again)' after 500 steps/,
    );
  });

  it('stops at the wall-clock budget', async () => {
    let t = 0;
    const r = await runScenarioFile(journey, scenario(1e9), {
      languages: testLanguages,
      budget: { maxWallMs: 100 },
      wallClock: () => (t += 1),
    });
    expect(r.scenarios[0].outcome.error).toMatchObject({ code: 'SIMULATION_TIME_BUDGET_EXCEEDED' });
  });
});
