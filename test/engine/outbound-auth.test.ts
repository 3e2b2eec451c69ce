// Outbound auth policies (dsl.md §19.1) as a designer sees them in the report:
// which request carried a bearer token or a client certificate, that only
// auth.policyRef selects a policy (RT-06), that no secret is ever printed, and
// that a policy the simulator cannot apply fails the run instead of calling anyway.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioFile, type ScenarioReport } from '../../src/engine/index';
import { simulateCommand } from '../../src/cli/commands/simulate';

const dir = join(__dirname, '../fixtures/engine/outbound-auth');
const journeyPath = join(dir, 'outbound-auth.journey.yaml');
const scenarioPath = join(dir, 'outbound-auth.scenario.yaml');
const fixture = () =>
  runScenarioFile(readFileSync(journeyPath, 'utf8'), readFileSync(scenarioPath, 'utf8'), {
    journeyFile: journeyPath,
  });
const call = (s: ScenarioReport, state: string, purpose?: 'token') =>
  s.effects.find((e) => e.type === 'http' && e.state === state && e.purpose === purpose);

/** A one-call journey whose task uses `auth` and whose spec carries `policies`. */
function oneCall(policies: string, auth = ''): string {
  return `apiVersion: v1
kind: Journey
metadata: { name: one-call, version: 0.1.0 }
spec:
${policies}
  start: call
  states:
    call:
      type: task
      task: { kind: httpCall:v1, method: GET, url: "https://api.test/x", resultVar: r${auth} }
      next: done
    done: { type: succeed }
`;
}
// The mock answers 200 only when a bearer token came along, 401 otherwise.
const bearerMocks = `env:
  http:
    - match: { url: "https://api.test/x", headers: { Authorization: "Bearer *" } }
      respond: { status: 200, body: { authorized: true } }
    - match: { url: "https://api.test/x" }
      respond: { status: 401 }
scenarios:
  - name: one call
    start: { body: {} }
`;
const runOne = async (journey: string) =>
  (await runScenarioFile(journey, bearerMocks, { journeyFile: 'one-call.journey.yaml' }))
    .scenarios[0];
const staticToken = `  policies:
    httpClientAuth:
      default: staticToken
      definitions:
        staticToken: { kind: bearerStatic, tokenRef: "secret://tokens/backend" }`;

describe('outbound auth policies (fixture)', () => {
  it('passes every scenario of the fixture', async () => {
    const r = await fixture();
    expect(r.error).toBeUndefined();
    expect(r.scenarios.map((s) => [s.name, s.failures])).toEqual([
      ['each policy authenticates its own call, none applies by default', []],
      ['a refused token request leaves the ledger call unsent', []],
    ]);
  });

  it('bearerStatic: the mock sees Authorization, the effect names the header and the policy only', async () => {
    const [s] = (await fixture()).scenarios;
    expect(call(s, 'inventory')).toMatchObject({
      headers: ['Authorization'],
      authPolicy: 'inventoryToken',
      status: 200,
    });
    const note = s.trace.find((t) => t.state === 'inventory')?.note;
    expect(note).toBe(
      "Authorization: Bearer token from 'secret://tokens/inventory-backend' (policy 'inventoryToken')",
    );
  });

  it('httpClientAuth.default alone adds no Authorization header', async () => {
    const [s] = (await fixture()).scenarios;
    const anonymous = call(s, 'anonymous');
    expect(anonymous).toMatchObject({ headers: [], status: 401 });
    expect(anonymous).not.toHaveProperty('authPolicy');
  });

  it('mtlsClient: the request is recorded with the clientCertRef and matched by match.clientCert', async () => {
    const [s] = (await fixture()).scenarios;
    expect(call(s, 'partner')).toMatchObject({
      headers: [],
      authPolicy: 'partnerMtls',
      clientCert: 'secret://certs/partner-client',
      status: 200,
    });
    expect(s.trace.find((t) => t.state === 'partner')?.note).toContain(
      "sent with client certificate 'secret://certs/partner-client' (policy 'partnerMtls'",
    );
  });

  it('tlsClientAuth: the token request carries the clientCertRef, the data call the token', async () => {
    const [ok, refused] = (await fixture()).scenarios;
    expect(call(ok, 'ledger', 'token')).toMatchObject({
      method: 'POST',
      clientCert: 'secret://certs/ledger-client',
      status: 200,
    });
    expect(call(ok, 'ledger')).toMatchObject({ headers: ['Authorization'], status: 200 });
    expect(call(ok, 'ledger')).not.toHaveProperty('clientCert');
    expect(call(refused, 'ledger', 'token')).toMatchObject({ status: 401 });
    expect(call(refused, 'ledger')).toBeUndefined();
  });

  it('never prints a token, in the report or the CLI output', async () => {
    const text = JSON.stringify(await fixture());
    expect(text).not.toMatch(/sim-bearer-token-|ledger-access-1/);
    for (const format of ['json', 'text']) {
      let out = '';
      const code = await simulateCommand(
        [journeyPath, '--scenario', scenarioPath, '--format', format],
        {
          stdout: (t) => (out += t),
          stderr: (t) => (out += t),
          readFile: async (p) => readFileSync(p, 'utf8'),
          cwd: process.cwd(),
        },
      );
      expect(code).toBe(0);
      expect(out).not.toMatch(/sim-bearer-token-|ledger-access-1/);
    }
  });
});

describe('outbound auth selection (RT-06)', () => {
  it('sends no Authorization header when the journey has no policies', async () => {
    const s = await runOne(oneCall(''));
    expect(call(s, 'call')).toMatchObject({ headers: [], status: 401 });
  });

  it('sends no Authorization header when only httpClientAuth.default names a policy', async () => {
    const s = await runOne(oneCall(staticToken));
    expect(call(s, 'call')).toMatchObject({ headers: [], status: 401 });
  });

  it('sends the bearer token when auth.policyRef names the policy, replacing a literal header', async () => {
    const journey = oneCall(
      staticToken,
      ', headers: { authorization: "Bearer literal" }, auth: { policyRef: staticToken }',
    );
    const s = await runOne(journey);
    expect(call(s, 'call')).toMatchObject({ headers: ['Authorization'], status: 200 });
    expect(s.outcome.output).toMatchObject({ r: { body: { authorized: true } } });
    expect(JSON.stringify(s)).not.toContain('sim-bearer-token-');
  });
});

describe('a policy the simulator cannot apply fails the run before the call', () => {
  const cases: [string, string, string][] = [
    ['an unknown policyRef', staticToken, 'TASK-HTTP-015'],
    [
      'an unknown kind',
      `  policies:\n    httpClientAuth:\n      definitions:\n        missing: { kind: basic }`,
      'OUTAUTH-002',
    ],
    [
      'bearerStatic without tokenRef',
      `  policies:\n    httpClientAuth:\n      definitions:\n        missing: { kind: bearerStatic }`,
      'OUTAUTH-003',
    ],
    [
      'mtlsClient without clientCertRef',
      `  policies:\n    httpClientAuth:\n      definitions:\n        missing: { kind: mtlsClient }`,
      'OUTAUTH-008',
    ],
    [
      'tlsClientAuth without clientCertRef',
      `  policies:\n    httpClientAuth:\n      definitions:\n        missing:\n          kind: oauth2ClientCredentials\n          tokenEndpoint: https://auth.test/token\n          auth: { method: tlsClientAuth, clientId: c }`,
      'OUTAUTH-006',
    ],
  ];
  it.each(cases)('%s', async (_name, policies, rule) => {
    const s = await runOne(oneCall(policies, ', auth: { policyRef: missing }'));
    expect(s.outcome.phase).toBe('FAILED');
    expect(s.outcome.error).toMatchObject({ code: 'urn:journeyforge:error:internal' });
    const reason = (s.outcome.error as { reason: string }).reason;
    expect(reason).toMatch(new RegExp(`^auth\\.policyRef 'missing' of 'call': .*\\(${rule}\\)$`));
    expect(s.effects).toEqual([]);
  });

  it('explains a missing definition in words', async () => {
    const s = await runOne(oneCall(staticToken, ', auth: { policyRef: missing }'));
    expect(s.trace.at(-1)?.problem?.detail).toBe(
      "auth.policyRef 'missing' of 'call': there is no such policy in spec.policies.httpClientAuth.definitions, and the simulator has no platform policies (TASK-HTTP-015)",
    );
  });
});
