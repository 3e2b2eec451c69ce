// Engine semantics on purpose-built journeys (JSONata, so they do not depend on
// the DataWeave evaluator): waits, timers, parallel races, subjourneys, deadlines,
// every JWT and mTLS code, kind: Api status mapping and the small plugins.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioFile } from '../../src/engine/index';
import { testLanguages } from './helpers/jsonata-lang';

const dir = join(__dirname, 'fixtures');
const run = (name: string) =>
  runScenarioFile(
    readFileSync(join(dir, `${name}.journey.yaml`), 'utf8'),
    readFileSync(join(dir, `${name}.scenario.yaml`), 'utf8'),
    {
      languages: testLanguages,
      journeyFile: `${name}.journey.yaml`,
    },
  );

describe.each([
  'jwt-guard',
  'approval-flow',
  'mtls-gate',
  'api-orders',
  'join-policies',
  'api-deadline',
  'timer-then-auth',
])('%s scenarios', (name) => {
  it('all pass', async () => {
    const report = await run(name);
    expect(report.error).toBeUndefined();
    expect(
      report.scenarios.filter((s) => !s.passed).map((s) => `${s.name}: ${s.failures.join('; ')}`),
    ).toEqual([]);
  });
});

describe('what a designer reads in the report', () => {
  it('explains a rejected submission and keeps the run where it was', async () => {
    const report = await run('approval-flow');
    const s = report.scenarios.find((x) => x.name.startsWith('invalid submission'))!;
    const notes = s.trace.filter((t) => t.type === 'rejected').map((t) => t.note);
    expect(notes[0]).toContain("Submission to 'waitForApproval' rejected (400)");
    expect(notes[0]).toContain(
      'decision must be equal to one of the allowed values (approve, reject)',
    );
    expect(notes[1]).toContain(
      "Submission to 'nowhere' rejected (409): the run is not waiting at 'nowhere' (active steps: waitForApproval)",
    );
    expect(s.outcome.currentState).toBe('waitForApproval');
  });

  it('names qualified states of branches and subjourneys in the trace', async () => {
    const report = await run('approval-flow');
    const states = report.scenarios[0].trace.map((t) => t.state);
    expect(states).toContain('prepare/normalise/upper');
    expect(states).toContain('race/shipping/waitShipped');
    expect(states).toContain('race/expiry/expiryTimer');
  });

  it('records kafka publishes as effects and answers notify calls without writing', async () => {
    const report = await run('api-orders');
    const first = report.scenarios[0];
    expect(first.effects).toContainEqual({
      type: 'kafka',
      state: 'publish',
      topic: 'orders.viewed',
      key: 'o-1',
      value: { orderId: 'o-1' },
    });
    expect(first.effects.filter((e) => e.type === 'http' && e.mode === 'notify')).toHaveLength(1);
    expect(first.outcome.body).toEqual(first.outcome.output);
    const notFound = report.scenarios[1];
    expect(notFound.outcome.body).toEqual({
      errorCode: 'ORDER_NOT_FOUND',
      message: 'No such order',
    });
  });

  it('writes the auth Problem exactly as the catalog defines it, never beside the claims', async () => {
    const report = await run('jwt-guard');
    const expired = report.scenarios.find((s) => s.name === 'expired')!;
    const patch = expired.trace.find((t) => t.state === 'validateJwt')!.contextPatch as {
      auth: { jwt: Record<string, unknown> };
    };
    expect(Object.keys(patch.auth.jwt)).toEqual(['problem']);
    expect(patch.auth.jwt.problem).toMatchObject({
      type: 'https://journeyforge.dev/problem/plugins/jwt/expired',
      title: 'Token expired',
      status: 401,
      code: 'JWT_EXPIRED',
    });
  });
});

describe('step responses', () => {
  it('answers an accepted submission with the status and response.outputVar fields', async () => {
    const base = join(__dirname, '../fixtures/examples/technical/wait-approval/wait-approval');
    const report = await runScenarioFile(
      readFileSync(`${base}.journey.yaml`, 'utf8'),
      readFileSync(`${base}.scenario.yaml`, 'utf8'),
    );
    const notes = report.scenarios[0].trace
      .filter((t) => t.type === 'stepResponse')
      .map((t) => t.note);
    expect(notes).toEqual([
      'step response: {"journeyName":"wait-approval","phase":"SUCCEEDED","currentState":"finish","decision":"approved","comment":"looks good"}',
    ]);
  });
});

describe('outbound requests', () => {
  it('passes inbound headers through (headersPassthrough) and records header names only', async () => {
    const base = join(__dirname, '../fixtures/examples/technical/auth-jwt-scopes/auth-jwt-scopes');
    const report = await runScenarioFile(
      readFileSync(`${base}.journey.yaml`, 'utf8'),
      readFileSync(`${base}.scenario.yaml`, 'utf8'),
    );
    const call = report.scenarios[0].effects.find((e) => e.type === 'http');
    expect(call).toMatchObject({
      state: 'fetchUser',
      url: 'operation:users.getUserById',
      headers: ['traceparent', 'Accept'],
    });
  });
});
