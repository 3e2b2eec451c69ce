/** What goes into a share link: the journey, and its scenario file only when asked (and as the Simulation panel sees it). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentScenarios, referencedApis, sharePayload } from '../../../src/editor/share/share-payload';
import { createSimStore } from '../../../src/editor/sim/sim-store';
import { createEditorStore } from '../../../src/editor/store/editor-store';

const dir = '../../fixtures/examples/technical/auth-jwt-scopes/';
const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const JOURNEY = read(`${dir}auth-jwt-scopes.journey.yaml`);
const SCENARIOS = read(`${dir}auth-jwt-scopes.scenario.yaml`);
const noWorker = () => {
  throw new Error('no worker in this test');
};

describe('share payload', () => {
  it('carries the journey under its bare file name, and the scenarios only when asked and not empty', () => {
    const journey = { name: 'C:\\work\\auth-jwt-scopes.journey.yaml', text: JOURNEY };
    const scenarios = { name: '/home/me/auth-jwt-scopes.scenario.yaml', text: SCENARIOS };
    expect(sharePayload(journey, scenarios, false)).toEqual({ journey: { name: 'auth-jwt-scopes.journey.yaml', text: JOURNEY } });
    expect(sharePayload(journey, scenarios, true).scenarios).toEqual([{ name: 'auth-jwt-scopes.scenario.yaml', text: SCENARIOS }]);
    expect(sharePayload(journey, { name: 's.yaml', text: '  \n' }, true).scenarios).toBeUndefined();
    expect(sharePayload(journey, undefined, true).scenarios).toBeUndefined();
  });

  it('takes the scenario text of the sim store once loaded, edits included', async () => {
    const editor = createEditorStore({ docId: 'd', fileName: 'auth-jwt-scopes.journey.yaml', text: JOURNEY });
    const sim = createSimStore(noWorker);
    sim.getState().setScenarios('mine.scenario.yaml', `${SCENARIOS}# edited\n`);
    expect(await currentScenarios(editor, sim)).toEqual({ name: 'mine.scenario.yaml', text: `${SCENARIOS}# edited\n` });
    sim.getState().setScenarios('mine.scenario.yaml', '');
    expect(await currentScenarios(editor, sim)).toBeUndefined();
  });

  it('finds an example’s own scenarios before the Simulation panel has loaded them', async () => {
    const editor = createEditorStore({ docId: 'd', fileName: 'auth-jwt-scopes.journey.yaml', text: JOURNEY });
    expect(await currentScenarios(editor, createSimStore(noWorker))).toEqual({ name: 'auth-jwt-scopes.scenario.yaml', text: SCENARIOS });
    const other = createEditorStore({ docId: 'e', fileName: 'my-own.journey.yaml', text: JOURNEY });
    expect(await currentScenarios(other, createSimStore(noWorker))).toBeUndefined();
  });

  it('takes the workspace’s OpenAPI documents the journey references, by file name, and only those', () => {
    const docs = [
      { name: 'users.openapi.yaml', text: 'openapi: 3.1.0' },
      { name: 'billing.openapi.yaml', text: 'openapi: 3.1.0' },
    ];
    expect(referencedApis([['users', 'apis/users.openapi.yaml'], ['kyc', 'apis/kyc.openapi.yaml']], docs).map((d) => d.name)).toEqual([
      'users.openapi.yaml',
    ]);
    const payload = sharePayload({ name: 'a.journey.yaml', text: 'x' }, undefined, false, [{ name: 'dir/users.openapi.yaml', text: 'o' }]);
    expect(payload.apis).toEqual([{ name: 'users.openapi.yaml', text: 'o' }]);
    expect(sharePayload({ name: 'a.journey.yaml', text: 'x' }, undefined, false).apis).toBeUndefined();
  });
});
