/**
 * Share links made from real scenario files hold no secret: a file with a YAML
 * error is refused with the reason (never passed through raw), secrets reused
 * through anchors and aliases are stripped at the anchor, PEM blocks and
 * tokens in comments are stripped, and an ordinary file still shares.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { decodeShare, encodeShare } from '../../../src/core/share/share-link';
import { REDACTED } from '../../../src/core/share/strip-secrets';
import { sharePayload } from '../../../src/editor/share/share-payload';

const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const JOURNEY = read('../../fixtures/examples/technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml');

/** Encodes the journey with one scenario file, as the share dialog does with "Include its scenarios" ticked. */
async function share(fixture: string) {
  const payload = sharePayload(
    { name: 'auth-jwt-scopes.journey.yaml', text: JOURNEY },
    { name: fixture, text: read(`fixtures/${fixture}`) },
    true,
  );
  return encodeShare(payload);
}

/** The decoded link's whole payload, as the receiver gets it. */
async function received(fixture: string): Promise<{ json: string; scenario: string; removed: string[] }> {
  const made = await share(fixture);
  if (!made.ok) throw new Error(made.error);
  const back = await decodeShare(made.fragment);
  if (!back.ok) throw new Error(back.error);
  return { json: JSON.stringify(back.payload), scenario: back.payload.scenarios![0].text, removed: made.removed };
}

describe('share links never carry secrets', () => {
  it('refuses a scenario file with a YAML error and says where and why', async () => {
    const made = await share('duplicate-key.scenario.yaml');
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.error).toContain('duplicate-key.scenario.yaml has a YAML error at 10:9 (duplicate key)');
    expect(made.error).toContain('a link is never built from a file that cannot be checked for secrets');
    expect(made.error).not.toContain('CANARY');
  });

  it('strips a secret written once as an anchor and reused by aliases, at the anchor and at every alias', async () => {
    const { json, scenario, removed } = await received('anchor-alias.scenario.yaml');
    for (const canary of ['CANARY-anchor-hmac-2d8b6f0e19', 'CANARY-anchor-apikey-8e4c1a97', '8e4c1a97', '2d8b6f0e19', '6b3d90f1']) expect(json).not.toContain(canary);
    // The aliases still resolve (to the redacted anchor), so the receiver's file reads without errors.
    const doc = parseDocument(scenario);
    expect(doc.errors).toEqual([]);
    const data = doc.toJS() as { scenarios: { start: { headers: Record<string, string> } }[] };
    expect(data.scenarios[0].start.headers['X-API-Key']).toBe(REDACTED);
    expect(data.scenarios[0].start.headers.Authorization).toBe('Bearer ${tokens.alice}');
    expect(removed.length).toBeGreaterThan(0);
  });

  it('strips a PEM private key and a token written in comments, keeping the other comments', async () => {
    const { json, scenario, removed } = await received('pem-in-comment.scenario.yaml');
    for (const canary of ['BEGIN PRIVATE KEY', 'CANARYpem', 'MIGHAgEAMBMGByqGSM49', 'CANARYjwt', 'eyJhbGciOiJFUzI1NiJ9']) expect(json).not.toContain(canary);
    expect(scenario).toContain('# The signing key used when these tokens were made by hand');
    expect(parse(scenario)).toMatchObject({ env: { auth: { jwt: { default: { keys: [{ kid: 'k1', alg: 'ES256' }] } } } } });
    expect(removed.some((r) => r.includes('(comment)'))).toBe(true);
  });

  it('still shares an ordinary scenario file, without its API key value', async () => {
    const { json, scenario, removed } = await received('subject-step-guard.scenario.yaml');
    expect(json).not.toContain('sk-live-e2e-5f3c9a1d77');
    expect(removed).toEqual(['subject-step-guard.scenario.yaml: env.auth.apiKey.partners.keys.value']);
    const original = parse(read('fixtures/subject-step-guard.scenario.yaml')) as { scenarios: unknown[]; env: { tokens: unknown } };
    expect(parse(scenario)).toMatchObject({ scenarios: original.scenarios, env: { tokens: original.env.tokens } });
  });

  it('keeps schemas that merely name a secret (a `password` property, an apiKey security scheme) untouched', async () => {
    const api = read('../../fixtures/examples/technical/auth-jwt-scopes/auth-jwt-scopes.openapi.yaml');
    const schema = `${JOURNEY}# a form that asks for a password\nx-form:\n  properties:\n    password: { type: string }\n    clientSecret: { type: string, minLength: 8 }\n  securitySchemes:\n    ApiKey: { type: apiKey, in: header, name: X-API-Key }\n`;
    const made = await encodeShare({ journey: { name: 'j.journey.yaml', text: schema }, apis: [{ name: 'a.openapi.yaml', text: api }] });
    if (!made.ok) throw new Error(made.error);
    expect(made.removed).toEqual([]);
    const back = await decodeShare(made.fragment);
    expect(back.ok && back.payload.journey.text).toBe(schema);
  });
});
