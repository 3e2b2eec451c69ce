/** Guard templates applied through the editor store: one undo step, the preview changes, bad permissions refused. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewAuthText } from '../../../src/core/auth/preview';
import { liteAnalysis } from '../../../src/editor/commands';
import { applyGuard, guardOptions } from '../../../src/editor/auth/guard-actions';
import { createEditorStore, undo } from '../../../src/editor/store/editor-store';

const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const WEBHOOK = read('./fixtures/webhook-callback.journey.yaml');
const API = read('../../fixtures/examples/technical/http-chained-calls-api/http-chained-calls-api.journey.yaml');

function storeOf(text: string) {
  let t = 0;
  return createEditorStore({ docId: 'd', fileName: 'x.journey.yaml', text, now: () => (t += 10_000) });
}

describe('guard menu options', () => {
  it('offers the external-input guard on a webhook, and not on a choice', () => {
    const store = storeOf(WEBHOOK);
    const onWebhook = guardOptions(liteAnalysis(store), 'awaitCallback');
    expect(onWebhook.find((o) => o.name === 'auth.insertGuard.externalInput')?.enabled).toBe(true);
    const onChoice = guardOptions(liteAnalysis(store), 'routeCallback');
    expect(onChoice.find((o) => o.name === 'auth.insertGuard.externalInput')?.enabled).toMatch(/not a wait or webhook/);
    expect(onChoice.find((o) => o.name === 'auth.insertGuard.jwt')?.enabled).toBe(true);
  });
});

describe('applyGuard', () => {
  it('guards a webhook with an API key as one undo step, and the preview gains the auth state', async () => {
    const store = storeOf(WEBHOOK);
    expect((await previewAuthText(WEBHOOK)).authStates).toEqual([]);
    const r = applyGuard(store, 'auth.insertGuard.externalInput', { at: 'awaitCallback', mechanism: 'apiKey', profile: 'partner' });
    expect(r).toMatchObject({ ok: true, selected: 'validateAwaitCallbackApiKey' });
    expect(store.getState().selection).toEqual(['validateAwaitCallbackApiKey']);
    const after = await previewAuthText(store.getState().text);
    const rows = after.authStates.flatMap((s) => s.outcomes.map((o) => [s.state, o.code, o.ends.kind, o.ends.state]));
    expect(rows).toEqual([
      // the submission body is unknown (assumed {}), so the route takes its default
      ['validateAwaitCallbackApiKey', 'OK', 'fail', 'rejected'],
      ['validateAwaitCallbackApiKey', 'APIKEY_MISSING', 'externalInput', 'awaitCallback'],
      ['validateAwaitCallbackApiKey', 'APIKEY_INVALID', 'externalInput', 'awaitCallback'],
    ]);
    undo(store);
    expect(store.getState().text).toBe(WEBHOOK);
  });

  it('refuses a global wildcard or a resource outside the Tasker vocabulary, leaving the text alone', () => {
    const store = storeOf(WEBHOOK);
    for (const permission of ['*', '*:read', 'users:read', 'tasks:a:b', '']) {
      const r = applyGuard(store, 'auth.insertGuard.jwtPermission', { at: 'routeCallback', permission });
      expect(r.ok, permission).toBe(false);
    }
    expect(store.getState().text).toBe(WEBHOOK);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('writes the permission predicate for the permissions array and maps 401/403 on kind: Api', () => {
    const store = storeOf(API);
    const start = liteAnalysis(store).model.top.start?.value ?? '';
    const r = applyGuard(store, 'auth.insertGuard.jwtPermission', { at: start, permission: 'tasks:read', claim: 'permissions', apiResponses: true });
    expect(r.ok).toBe(true);
    const text = store.getState().text;
    expect(text).toContain('context.auth.jwt.claims.permissions default []) contains "tasks:read"');
    expect(text).toContain('contains "tasks:*"');
    expect(text).toMatch(/errorType: urn:subject-unauthenticated\s+status: 401/);
    expect(text).toMatch(/errorType: urn:subject-unauthorized\s+status: 403/);
    undo(store);
    expect(store.getState().text).toBe(API);
  });
});
