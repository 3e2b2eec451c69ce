/** The preview client without workers: runs inline, and a superseded request yields nothing (the newest text wins). */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createPreviewClient } from '../../../src/editor/auth/preview-client';

const JWT = readFileSync(new URL('../../fixtures/examples/technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml', import.meta.url), 'utf8');
const WEBHOOK = readFileSync(new URL('./fixtures/webhook-callback.journey.yaml', import.meta.url), 'utf8');

it('drops the older of two overlapping requests and answers the newer', async () => {
  const client = createPreviewClient(() => undefined);
  const older = client.request(JWT, 'a.journey.yaml');
  const newer = client.request(WEBHOOK, 'b.journey.yaml');
  expect(await older).toBeUndefined();
  const r = await newer;
  expect(r && 'preview' in r ? r.preview.journey : r).toBe('webhook-callback');
  const alone = await client.request(JWT, 'a.journey.yaml');
  expect(alone && 'preview' in alone ? alone.preview.authStates.map((s) => s.state) : alone).toEqual(['validateJwt']);
  client.dispose();
});
