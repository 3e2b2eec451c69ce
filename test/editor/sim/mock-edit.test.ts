/** Editing the HTTP mock of a task node writes the scenario file the simulator then uses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioFile } from '../../../src/engine/index';
import { findMock, setStateMock } from '../../../src/editor/sim/mock-edit';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'examples', 'technical', 'auth-jwt-scopes');
const journey = readFileSync(join(dir, 'auth-jwt-scopes.journey.yaml'), 'utf8');
const scenarios = readFileSync(join(dir, 'auth-jwt-scopes.scenario.yaml'), 'utf8');

describe('mock editing', () => {
  it('finds the mock a node gets (by operationRef here)', () => {
    const found = findMock(scenarios, { state: 'fetchUser', operationRef: 'users.getUserById' });
    expect(found?.by).toBe('operation');
    expect(found?.answer).toMatchObject({ status: 200 });
  });

  it('a node mock set in the panel wins over the file mocks and changes the run', async () => {
    const edited = setStateMock(scenarios, 'fetchUser', { status: 503, body: { down: true } });
    expect(findMock(edited, { state: 'fetchUser', operationRef: 'users.getUserById' })).toMatchObject({ by: 'state', answer: { status: 503 } });
    const before = await runScenarioFile(journey, scenarios);
    const after = await runScenarioFile(journey, edited);
    const name = 'reader is allowed';
    expect(before.scenarios.find((s) => s.name === name)?.passed).toBe(true);
    expect(after.scenarios.find((s) => s.name === name)?.passed).toBe(false);
    // setting it again replaces, not duplicates
    const twice = setStateMock(edited, 'fetchUser', { error: 'TIMEOUT' });
    expect(twice.match(/state: fetchUser/g)).toHaveLength(1);
  });
});
