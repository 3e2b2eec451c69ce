// RT-07 on the shared example journey: default tokens, a failing token endpoint,
// and the single 401 → fresh token → retry, as seen in the report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioFile } from '../../src/engine/index';

const journey = join(
  __dirname,
  '../fixtures/examples/technical/auth-outbound-client-credentials/auth-outbound-client-credentials.journey.yaml',
);
const report = () =>
  runScenarioFile(
    readFileSync(journey, 'utf8'),
    readFileSync(join(__dirname, 'fixtures/token-endpoint.scenario.yaml'), 'utf8'),
    { journeyFile: journey },
  );

describe('client credentials token endpoint', () => {
  it('passes every scenario', async () => {
    const r = await report();
    expect(r.scenarios.filter((s) => !s.passed).map((s) => s.failures)).toEqual([]);
  });

  it('notes the default token and never prints it', async () => {
    const [s] = (await report()).scenarios;
    const notes = s.trace.map((t) => t.note ?? '').join('\n');
    expect(notes).toContain(
      'no mock matched the token request POST https://auth.example.com/oauth2/token',
    );
    expect(JSON.stringify(s)).not.toContain('sim-access-token-');
  });

  it('does not send the call when no token can be obtained', async () => {
    const [, s] = (await report()).scenarios;
    expect(s.effects.map((e) => e.type === 'http' && [e.purpose ?? 'call', e.status])).toEqual([
      ['token', 500],
    ]);
  });

  it('retries a 401 once with a fresh token', async () => {
    const [, , s] = (await report()).scenarios;
    expect(s.effects.map((e) => e.type === 'http' && [e.purpose ?? 'call', e.status])).toEqual([
      ['token', 200],
      ['call', 401],
      ['token', 200],
      ['call', 200],
    ]);
  });
});
