/** The lab's predictions against the real simulator: every minted token and certificate ends where the lab says. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { previewAuthText } from '../../../src/core/auth/preview';
import { addScenario, applyLabToScenarioText } from '../../../src/core/identity/apply-env';
import { certVerdict, scenarioForCert } from '../../../src/core/identity/cert-scenario';
import { retireKey } from '../../../src/core/identity/lab-edit';
import type { LabState } from '../../../src/core/identity/lab-types';
import type { JsonObject } from '../../../src/core/identity/scenario-env';

type Json = JsonObject[string];
import { expectedEnd, scenarioForToken } from '../../../src/core/identity/token-scenario';
import { stripSecrets } from '../../../src/core/share/strip-secrets';
import { runScenarioFile } from '../../../src/engine/index';

const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const lab = (): LabState => JSON.parse(read('./fixtures/lab.json')) as LabState;
const JWT_JOURNEY = read('../../fixtures/examples/technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml');
const MTLS_JOURNEY = read('./fixtures/mtls-gate.journey.yaml');

function ok(r: { text: string } | { error: string }): string {
  if ('error' in r) throw new Error(r.error);
  return r.text;
}

describe('lab tokens under the simulator', () => {
  it('each token scenario, expecting the preview end for its verdict, passes', async () => {
    const l = lab();
    const preview = await previewAuthText(JWT_JOURNEY);
    const auth = preview.authStates[0];
    let text = ok(applyLabToScenarioText('', l));
    for (const t of l.tokens) {
      const s0 = scenarioForToken(l, t.name, { target: auth.target })!;
      const code = /\((\w+)\)$/.exec(s0.name)![1];
      const outcome = auth.outcomes.find((o) => o.code === code)!;
      text = ok(addScenario(text, scenarioForToken(l, t.name, { target: auth.target, end: expectedEnd(outcome.ends) })!));
    }
    const report = await runScenarioFile(JWT_JOURNEY, text);
    expect(report.error).toBeUndefined();
    const names = report.scenarios.map((s) => `${s.name}: ${s.passed ? 'ok' : s.failures.join('; ')}`);
    expect(names).toEqual([
      'token reader (OK): ok',
      'token stale (JWT_EXPIRED): ok',
      'token early (JWT_NOT_YET_VALID): ok',
      'token elsewhere (JWT_AUDIENCE_MISMATCH): ok',
      'token fake (JWT_SIG_INVALID): ok',
    ]);
  });

  it('a token on a retired key no longer verifies in the simulator', async () => {
    const r = retireKey(lab(), 'default', 'k1');
    if (!r.ok) throw new Error(r.error);
    // k1 retired and no other key: the profile has no usable key, so keep one by adding k2 first.
    const withK2 = { ...r.lab, jwt: r.lab.jwt.map((p) => ({ ...p, keys: [...p.keys, { kid: 'k2', alg: 'ES256' }] })) };
    let text = ok(applyLabToScenarioText('', withK2));
    text = ok(addScenario(text, scenarioForToken(withK2, 'reader')!));
    expect(text).toContain('token reader (JWT_KID_NOT_FOUND)');
    const report = await runScenarioFile(JWT_JOURNEY, text);
    expect(report.scenarios[0]).toMatchObject({ passed: true });
  });
});

describe('lab certificates under the simulator', () => {
  it('valid passes; expired and self-signed are untrusted; revoked is revoked', async () => {
    let text = ok(applyLabToScenarioText(read('./fixtures/existing.scenario.yaml'), lab()));
    const cases: [string, string][] = [
      ['good', 'SUCCEEDED'],
      ['old', 'MTLS_CERT_UNTRUSTED'],
      ['pulled', 'MTLS_CERT_REVOKED'],
      ['intruder', 'MTLS_CERT_UNTRUSTED'],
    ];
    for (const [cert, want] of cases) {
      const expect_: Record<string, Json> = want === 'SUCCEEDED' ? { phase: want } : { phase: 'FAILED', context: { auth: { mtls: { problem: { code: want } } } } };
      text = ok(addScenario(text, { name: cert, start: { clientCert: cert }, expect: expect_ }));
    }
    const report = await runScenarioFile(MTLS_JOURNEY, text);
    expect(report.error).toBeUndefined();
    expect(report.scenarios.map((s) => [s.name, s.passed, s.failures])).toEqual([
      ['no certificate', true, []],
      ['good', true, []],
      ['old', true, []],
      ['pulled', true, []],
      ['intruder', true, []],
    ]);
  });
});

describe('applyLabToScenarioText', () => {
  it('keeps comments, mocks, other tokens, scenarios and the file clock', () => {
    const before = read('./fixtures/existing.scenario.yaml');
    const text = ok(applyLabToScenarioText(before, lab()));
    expect(text).toContain('# Kept by the lab: comments, mocks, other tokens and scenarios.');
    expect(text).toContain('legacy: { profile: default, claims: { sub: zed } }');
    expect(text).toContain('match: { state: somewhere }');
    expect(text).toContain('now: "2026-03-01T12:00:00Z"');
    expect(text).toContain('- name: no certificate');
    // the expired token is relative to the file's clock, not the lab's
    expect(text).toMatch(/stale:[\s\S]*?expiresAt: 2026-02-28T11:59:00Z/);
    // applying twice changes nothing more
    expect(ok(applyLabToScenarioText(text, lab()))).toBe(text);
  });

  it("keeps the file's keys the lab does not know, but not a key the lab retired", () => {
    const file = 'env:\n  auth:\n    jwt:\n      default:\n        issuer: https://old.example.com\n        keys: [ { kid: k1, alg: ES256 }, { kid: k2, alg: RS256 } ]\nscenarios:\n  - name: x\n';
    const retired = retireKey(lab(), 'default', 'k1');
    if (!retired.ok) throw new Error(retired.error);
    const env = (parse(ok(applyLabToScenarioText(file, retired.lab))) as { env: { auth: { jwt: { default: { issuer: string; keys: unknown[] } } } } }).env;
    expect(env.auth.jwt.default.keys).toEqual([{ kid: 'k2', alg: 'RS256' }]);
    expect(env.auth.jwt.default.issuer).toBe('https://issuer.example.com');
  });

  it('reports a broken scenario file instead of overwriting it', () => {
    expect(applyLabToScenarioText('scenarios: [', lab())).toMatchObject({ error: expect.stringContaining('not valid YAML') });
  });

  it('the share strip function removes the lab API key value from the written file', () => {
    const text = ok(applyLabToScenarioText('', lab()));
    expect(text).toContain('lab-test-value-123');
    const stripped = stripSecrets(text);
    expect(stripped.text).not.toContain('lab-test-value-123');
  });
});

describe('lab certificate scenarios', () => {
  it('each certificate scenario, expecting the preview end for its verdict, passes in the simulator', async () => {
    const l = lab();
    const auth = (await previewAuthText(MTLS_JOURNEY)).authStates[0];
    let text = ok(applyLabToScenarioText('', l));
    for (const c of l.certs) {
      const code = certVerdict(l, c.name).code;
      const outcome = auth.outcomes.find((o) => o.code === code)!;
      text = ok(addScenario(text, scenarioForCert(l, c.name, { target: auth.target, end: expectedEnd(outcome.ends) })!));
    }
    const report = await runScenarioFile(MTLS_JOURNEY, text);
    expect(report.scenarios.map((s) => `${s.name}: ${s.passed ? 'ok' : s.failures.join('; ')}`)).toEqual([
      'certificate good (OK): ok',
      'certificate old (MTLS_CERT_UNTRUSTED): ok',
      'certificate pulled (MTLS_CERT_REVOKED): ok',
      'certificate intruder (MTLS_CERT_UNTRUSTED): ok',
    ]);
  });
});
