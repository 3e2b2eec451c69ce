// The scenario format's JSON Schema: the saved file matches the code, and it refuses malformed files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile, scenarioSchema } from '../../src/engine/index';

describe('scenario schema', () => {
  it('is saved as schema/scenario.schema.json', () => {
    const saved = JSON.parse(
      readFileSync(join(__dirname, '../../schema/scenario.schema.json'), 'utf8'),
    );
    expect(saved).toEqual(JSON.parse(JSON.stringify(scenarioSchema)));
  });

  it('accepts the CONTRACTS example shapes and refuses unknown keys with a readable message', () => {
    const ok = parseScenarioFile(
      `env:\n  now: "2026-01-01T09:00:00Z"\n  http:\n    - match: { state: s }\n      sequence:\n        - { error: TIMEOUT }\n        - { status: 201, body: { ok: true } }\nscenarios:\n  - name: a\n    steps:\n      - advance: PT10M\n      - submit: w\n        body: { x: 1 }\n    expect: { phase: RUNNING, currentState: w }\n`,
    );
    expect(ok.ok).toBe(true);
    const bad = parseScenarioFile('scenarios:\n  - name: a\n    expect: { phase: DONE }\n');
    expect(bad).toMatchObject({ ok: false });
    expect(!bad.ok && bad.message).toContain(
      "3:22 'scenarios[0].expect.phase' must be one of: SUCCEEDED, FAILED, RUNNING",
    );
    expect(parseScenarioFile('scenarios: [').ok).toBe(false);
  });
});
