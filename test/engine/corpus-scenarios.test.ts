// Every shared example journey has a scenario file beside it; all of them must pass.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioFile } from '../../src/engine/index';

const root = join(__dirname, '../fixtures/examples');

function journeys(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) journeys(full, out);
    else if (name.endsWith('.journey.yaml')) out.push(full);
  }
  return out;
}

const all = journeys(root);

describe('corpus scenarios', () => {
  it('finds the 46 shared journeys, each with a scenario file', () => {
    expect(all).toHaveLength(46);
    const missing = all.filter((j) => !existsSync(j.replace(/\.journey\.yaml$/, '.scenario.yaml')));
    expect(missing.map((m) => relative(root, m))).toEqual([]);
  });

  for (const journey of all) {
    const scenario = journey.replace(/\.journey\.yaml$/, '.scenario.yaml');
    it(relative(root, scenario), async () => {
      const report = await runScenarioFile(
        readFileSync(journey, 'utf8'),
        readFileSync(scenario, 'utf8'),
        { journeyFile: journey },
      );
      expect(report.error).toBeUndefined();
      expect(report.scenarios.length).toBeGreaterThanOrEqual(2);
      const failed = report.scenarios
        .filter((s) => !s.passed)
        .map((s) => `${s.name}: ${s.failures.join('; ')}`);
      expect(failed).toEqual([]);
    });
  }
});
