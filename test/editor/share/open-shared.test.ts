/**
 * Share links from the receiver's side: a link made from a real example (with
 * identity-lab secrets in its scenario file) opens as a copy in the workspace,
 * with its scenarios in the copy's simulation store and no secret in either;
 * damaged, foreign and oversized links only give a message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeShare, MAX_FRAGMENT_CHARS } from '../../../src/core/share/share-link';
import { applyLabToScenarioText } from '../../../src/core/identity/apply-env';
import { addApiKey } from '../../../src/core/identity/lab-edit';
import { defaultLab } from '../../../src/core/identity/lab-types';
import { copyName, openShared, openShareLink, pendingShare } from '../../../src/editor/share/open-shared';
import { shareNoticeFor } from '../../../src/editor/share/share-notice';
import { sharePayload } from '../../../src/editor/share/share-payload';
import { runScenarioFile } from '../../../src/engine/index';
import { simStoreFor } from '../../../src/editor/sim/sim-store';
import { activeDoc, createWorkspaceStore, type WorkspaceStore } from '../../../src/editor/workspace/workspace-store';

const dir = '../../fixtures/examples/technical/auth-jwt-scopes/';
const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const JOURNEY = read(`${dir}auth-jwt-scopes.journey.yaml`);
const SCENARIOS = read(`${dir}auth-jwt-scopes.scenario.yaml`);
const API_KEY = 'sk-live-0123456789abcdef';

function workspace(): WorkspaceStore {
  let n = 0;
  return createWorkspaceStore(() => `doc-${++n}`);
}

/** The scenario file after the identity lab wrote an API key profile into its env. */
function scenariosWithLabSecrets(): string {
  const lab = addApiKey(defaultLab(), 'partners', 'p1', API_KEY);
  if (!lab.ok) throw new Error(lab.error);
  const r = applyLabToScenarioText(SCENARIOS, lab.lab);
  if ('error' in r) throw new Error(r.error);
  expect(r.text).toContain(API_KEY);
  return r.text;
}

async function link(includeScenarios: boolean, scenarioText = SCENARIOS): Promise<{ hash: string; removed: string[] }> {
  const payload = sharePayload(
    { name: 'work/auth-jwt-scopes.journey.yaml', text: JOURNEY },
    { name: 'auth-jwt-scopes.scenario.yaml', text: scenarioText },
    includeScenarios,
  );
  const r = await encodeShare(payload);
  if (!r.ok) throw new Error(r.error);
  return { hash: `#${r.fragment}`, removed: r.removed };
}

describe('opening a share link', () => {
  it('opens the journey as a new, active copy with the same text, and no scenarios when none were shared', async () => {
    const ws = workspace();
    ws.getState().open('default.journey.yaml', 'kind: Journey\n');
    const { hash } = await link(false);
    const message = await openShared(ws, hash);
    expect(message.kind).toBe('opened');
    expect(ws.getState().docs).toHaveLength(2);
    const doc = activeDoc(ws.getState());
    expect(doc?.id).toBe('doc-2');
    expect(doc?.store.getState().text).toBe(JOURNEY);
    // The directory of the sender's file never travels.
    expect(doc?.store.getState().fileName).toBe('auth-jwt-scopes.journey.yaml');
    const sim = simStoreFor(doc!.store).getState();
    // loaded with nothing: the Simulation panel must not fill in the example's own scenarios
    expect(sim.loaded).toBe(true);
    expect(sim.scenarioText).toBe('');
  });

  it('puts shared scenarios in the copy’s simulation store without the lab’s API key value', async () => {
    const ws = workspace();
    const { hash, removed } = await link(true, scenariosWithLabSecrets());
    expect(removed.some((r) => r.startsWith('auth-jwt-scopes.scenario.yaml: ') && r.includes('apiKey.partners.keys'))).toBe(true);
    expect(hash).not.toContain(API_KEY);
    const message = await openShared(ws, hash);
    expect(message.text).toContain('with its scenarios');
    const doc = activeDoc(ws.getState())!;
    const sim = simStoreFor(doc.store).getState();
    expect(sim.scenarioFileName).toBe('auth-jwt-scopes.scenario.yaml');
    expect(sim.scenarioText).not.toContain(API_KEY);
    // the shipped scenarios are still there
    expect(sim.scenarioText).toContain('scenarios:');
    for (const name of SCENARIOS.match(/^\s*- name: .+$/gm) ?? []) expect(sim.scenarioText).toContain(name.trim());
  });

  it('a copy of a journey whose scenario file held an API key value still runs every shared scenario', async () => {
    const guard = '../../fixtures/examples/technical/subject-step-guard/';
    const journey = read(`${guard}subject-step-guard.journey.yaml`);
    const withKey = read('./fixtures/subject-step-guard.scenario.yaml');
    const r = await encodeShare(
      sharePayload({ name: 'subject-step-guard.journey.yaml', text: journey }, { name: 'subject-step-guard.scenario.yaml', text: withKey }, true),
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.removed).toEqual(['subject-step-guard.scenario.yaml: env.auth.apiKey.partners.keys.value']);
    const ws = workspace();
    await openShared(ws, `#${r.fragment}`);
    const doc = activeDoc(ws.getState())!;
    const scenarios = simStoreFor(doc.store).getState().scenarioText;
    expect(scenarios).not.toContain('sk-live-e2e-5f3c9a1d77');
    const report = await runScenarioFile(doc.store.getState().text, scenarios);
    expect(report.scenarios).toHaveLength(21);
    expect(report.scenarios.filter((s) => !s.passed).map((s) => `${s.name}: ${s.failures.join('; ')}`)).toEqual([]);
  });

  it('names the copy apart from an open document of the same name', async () => {
    const ws = workspace();
    ws.getState().open('auth-jwt-scopes.journey.yaml', JOURNEY);
    await openShared(ws, (await link(false)).hash);
    expect(activeDoc(ws.getState())?.store.getState().fileName).toBe('auth-jwt-scopes (shared).journey.yaml');
    expect(copyName('a.journey.yaml', ['a.journey.yaml', 'a (shared).journey.yaml'])).toBe('a (shared 2).journey.yaml');
    expect(copyName('notes', ['notes'])).toBe('notes (shared)');
  });

  it('refuses a cut-off, a foreign-version and an oversized link with a message and opens nothing', async () => {
    const { hash } = await link(true);
    const cases: [string, RegExp][] = [
      [hash.slice(0, Math.floor(hash.length * 0.6)), /damaged/],
      [hash.replace('share=1.', 'share=9.'), /unknown version/],
      [`#share=1.${'A'.repeat(MAX_FRAGMENT_CHARS + 10)}`, /too long/],
      ['#share=', /unknown version|damaged/],
    ];
    for (const [bad, why] of cases) {
      const ws = workspace();
      ws.getState().open('mine.journey.yaml', 'kind: Journey\n');
      const message = await openShared(ws, bad);
      expect(message.kind).toBe('error');
      expect(message.text).toMatch(why);
      expect(ws.getState().docs).toHaveLength(1);
    }
  });

  it('reports the outcome in the workspace’s share notice', async () => {
    const ws = workspace();
    await openShareLink(ws, '#share=1.not-a-link!');
    expect(shareNoticeFor(ws).getState().message).toMatchObject({ kind: 'error' });
    expect(shareNoticeFor(workspace()).getState().message).toBeUndefined();
  });

  it('recognises only share fragments as pending links', () => {
    expect(pendingShare('#share=1.abc')).toBe('#share=1.abc');
    expect(pendingShare('#bench-bare')).toBeUndefined();
    expect(pendingShare('')).toBeUndefined();
  });

  it('brings the journey’s OpenAPI documents into the workspace, keeping a different one of the same name', async () => {
    const users = read('../../fixtures/examples/apis/users.openapi.yaml');
    const payload = sharePayload({ name: 'auth-jwt-scopes.journey.yaml', text: JOURNEY }, undefined, false, [
      { name: 'apis/users.openapi.yaml', text: users },
    ]);
    const r = await encodeShare(payload);
    if (!r.ok) throw new Error(r.error);
    const ws = workspace();
    const message = await openShared(ws, `#${r.fragment}`);
    expect(message.text).toContain('OpenAPI documents added: users.openapi.yaml.');
    expect(ws.getState().apis).toEqual([{ name: 'users.openapi.yaml', text: users }]);

    const mine = { name: 'users.openapi.yaml', text: 'openapi: 3.1.0\npaths: {}\n' };
    const other = workspace();
    other.getState().addApi(mine);
    const kept = await openShared(other, `#${r.fragment}`);
    expect(kept.text).toContain('Your own users.openapi.yaml was kept');
    expect(other.getState().apis).toEqual([mine]);
  });
});
