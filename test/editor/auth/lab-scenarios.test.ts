/** The lab's editor glue: a token scenario lands in the journey's scenario file beside the shipped ones and passes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mintToken } from '../../../src/core/identity/lab-edit';
import { defaultLab, type LabState } from '../../../src/core/identity/lab-types';
import { addCertScenario, addTokenScenario, applyLab } from '../../../src/editor/auth/lab-scenarios';
import { addAuthority, addCert } from '../../../src/core/identity/lab-edit';
import { createSimStore } from '../../../src/editor/sim/sim-store';
import { createEditorStore } from '../../../src/editor/store/editor-store';
import { runScenarioFile } from '../../../src/engine/index';

const dir = '../../fixtures/examples/technical/auth-jwt-scopes/';
const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const JOURNEY = read(`${dir}auth-jwt-scopes.journey.yaml`);
const SCENARIOS = read(`${dir}auth-jwt-scopes.scenario.yaml`);
const noWorker = () => {
  throw new Error('no worker in this test');
};

function must(r: { ok: true; lab: LabState } | { ok: false; error: string }): LabState {
  if (!r.ok) throw new Error(r.error);
  return r.lab;
}

describe('lab → scenario file', () => {
  it('adds token scenarios expecting the preview end (including a valid token without the scope) and keeps the shipped ones', async () => {
    const editor = createEditorStore({ docId: 'd', fileName: 'auth-jwt-scopes.journey.yaml', text: JOURNEY });
    const sim = createSimStore(noWorker);
    sim.getState().setScenarios('auth-jwt-scopes.scenario.yaml', SCENARIOS);
    let lab = must(mintToken(defaultLab(), { name: 'writer2', profile: 'default', claims: { sub: 'w', scope: 'write:users' }, lifetime: 'PT1H', variant: 'valid' }));
    lab = must(mintToken(lab, { name: 'stale', profile: 'default', claims: { sub: 'b', scope: 'read:users' }, lifetime: 'PT1H', variant: 'expired' }));
    expect(await addTokenScenario(editor, sim, lab, 'writer2')).toBeUndefined();
    expect(await addTokenScenario(editor, sim, lab, 'stale')).toBeUndefined();
    const text = sim.getState().scenarioText;
    const doc = parse(text) as { scenarios: { name: string; expect: unknown }[]; env: { tokens: Record<string, unknown> } };
    const shipped = (parse(SCENARIOS) as { scenarios: unknown[] }).scenarios.length;
    expect(doc.scenarios).toHaveLength(shipped + 2);
    expect(Object.keys(doc.env.tokens)).toEqual(expect.arrayContaining(['alice', 'expired', 'writer2', 'stale']));
    // a verifying token without read:users is denied: the preview ran with the token's own claims
    expect(doc.scenarios.find((s) => s.name === 'token writer2 (OK)')?.expect).toMatchObject({ phase: 'FAILED', error: { code: 'JWT_SCOPE_DENIED' } });
    const report = await runScenarioFile(JOURNEY, text);
    expect(report.scenarios.filter((s) => !s.passed).map((s) => `${s.name}: ${s.failures.join('; ')}`)).toEqual([]);
    expect(report.scenarios.map((s) => s.name)).toEqual(expect.arrayContaining(['token writer2 (OK)', 'token stale (JWT_EXPIRED)']));
  });

  it('starts a scenario file named after the journey when there is none', async () => {
    const editor = createEditorStore({ docId: 'd', fileName: 'orders.journey.yaml', text: JOURNEY });
    const sim = createSimStore(noWorker);
    sim.getState().setScenarios('scenarios.scenario.yaml', '');
    expect(await applyLab(editor, sim, defaultLab())).toBeUndefined();
    expect(sim.getState().scenarioFileName).toBe('orders.scenario.yaml');
    expect(parse(sim.getState().scenarioText)).toMatchObject({ env: { auth: { jwt: { default: { keys: [{ kid: 'k1', alg: 'ES256' }] } } } } });
  });
});

describe('lab certificates → scenario file', () => {
  it('a revoked certificate scenario expects MTLS_CERT_REVOKED and passes', async () => {
    const mtls = read('../../core/identity/fixtures/mtls-gate.journey.yaml');
    const editor = createEditorStore({ docId: 'm', fileName: 'mtls-gate.journey.yaml', text: mtls });
    const sim = createSimStore(noWorker);
    sim.getState().setScenarios('mtls-gate.scenario.yaml', '');
    let lab = must(addAuthority(defaultLab(), 'partner-ca'));
    lab = must(addCert(lab, { name: 'pulled', issuer: 'partner-ca', subject: 'CN=pulled', dnsNames: [], status: 'revoked' }));
    expect(await addCertScenario(editor, sim, lab, 'pulled')).toBeUndefined();
    const report = await runScenarioFile(mtls, sim.getState().scenarioText);
    expect(report.scenarios.map((s) => [s.name, s.passed])).toEqual([['certificate pulled (MTLS_CERT_REVOKED)', true]]);
    expect((parse(sim.getState().scenarioText) as { scenarios: { expect: unknown }[] }).scenarios[0].expect).toMatchObject({ phase: 'FAILED', error: { code: 'CERT_DENIED' } });
  });
});
