import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addCert, addKey, mintToken, retireKey } from '../../../src/core/identity/lab-edit';
import type { LabState } from '../../../src/core/identity/lab-types';
import { toScenarioEnv } from '../../../src/core/identity/scenario-env';
import { tokenVerdict } from '../../../src/core/identity/token-verdict';
import { labHasSecrets, stripLabSecrets } from '../../../src/core/identity/strip-lab';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const lab = (): LabState => JSON.parse(fixture('lab.json')) as LabState;

function must(r: { ok: true; lab: LabState } | { ok: false; error: string }): LabState {
  if (!r.ok) throw new Error(r.error);
  return r.lab;
}

describe('identity lab: key rotation', () => {
  it('a retired key stays listed, leaves the env key set, and its tokens stop verifying', () => {
    let l = must(addKey(lab(), 'default'));
    expect(l.jwt[0].keys.map((k) => k.kid)).toEqual(['k1', 'k2']);
    l = must(mintToken(l, { name: 'onK2', profile: 'default', kid: 'k2', claims: { sub: 'x' }, lifetime: 'PT1H', variant: 'valid' }));
    expect(tokenVerdict(l, l.tokens.find((t) => t.name === 'reader')!).code).toBe('OK');
    l = must(retireKey(l, 'default', 'k1'));
    expect(l.jwt[0].keys).toEqual([{ kid: 'k1', alg: 'ES256', retired: true }, { kid: 'k2', alg: 'ES256' }]);
    const env = toScenarioEnv(l) as { auth: { jwt: { default: { keys: unknown[] } } }; tokens: Record<string, { kid?: string }> };
    expect(env.auth.jwt.default.keys).toEqual([{ kid: 'k2', alg: 'ES256' }]);
    // reader was minted on the first key (k1) and keeps it after the rotation
    expect(env.tokens.reader.kid).toBe('k1');
    expect(tokenVerdict(l, l.tokens.find((t) => t.name === 'reader')!).code).toBe('JWT_KID_NOT_FOUND');
    expect(tokenVerdict(l, l.tokens.find((t) => t.name === 'onK2')!).code).toBe('OK');
  });

  it('refuses tokens on unknown profiles or keys and bad lifetimes', () => {
    const base = { name: 't', profile: 'default', claims: {}, lifetime: 'PT1H', variant: 'valid' as const };
    expect(mintToken(lab(), { ...base, profile: 'nope' })).toMatchObject({ ok: false });
    expect(mintToken(lab(), { ...base, kid: 'k9' })).toMatchObject({ ok: false });
    expect(mintToken(lab(), { ...base, lifetime: '1 hour' })).toMatchObject({ ok: false });
    expect(mintToken(lab(), { ...base, name: 'reader' })).toMatchObject({ ok: false, error: expect.stringContaining('exists') });
  });

  it('refuses certificates from unknown authorities', () => {
    const r = addCert(lab(), { name: 'c', issuer: 'nobody-ca', subject: 'CN=c', dnsNames: [], status: 'valid' });
    expect(r).toEqual({ ok: false, error: "no authority 'nobody-ca'" });
  });
});

describe('toScenarioEnv', () => {
  it('writes the CONTRACTS §3 env: broken variants carry the field that breaks them', () => {
    const env = toScenarioEnv(lab()) as Record<string, Record<string, Record<string, unknown>>>;
    expect(env.tokens.reader).toEqual({ profile: 'default', kid: 'k1', claims: { sub: 'alice', scope: 'read:users' }, expiresIn: 'PT1H' });
    expect(Date.parse(env.tokens.stale.expiresAt as string)).toBeLessThan(Date.parse('2026-01-01T09:00:00Z') - 60_000);
    expect(Date.parse(env.tokens.early.notBefore as string)).toBeGreaterThan(Date.parse('2026-01-01T09:00:00Z') + 60_000);
    expect(env.tokens.elsewhere.claims).toMatchObject({ aud: 'not-journeyforge' });
    expect(env.tokens.fake.signature).toBe('forged');
    expect(env.certs.pulled).toMatchObject({ issuer: 'partner-ca', revoked: true });
    expect(Date.parse(env.certs.old.notAfter as string)).toBeLessThan(Date.parse('2026-01-01T09:00:00Z'));
    expect(env.auth.mtls).toEqual({ default: { authorities: [{ name: 'partner-ca' }], allowAnyFromTrusted: true } });
    expect(env.auth.apiKey.partner).toEqual({ source: { location: 'header', name: 'X-API-Key' }, keys: [{ keyId: 'p1', value: 'lab-test-value-123' }] });
  });

  it('holds no private key material', () => {
    const text = JSON.stringify(toScenarioEnv(lab()));
    expect(text).not.toMatch(/PRIVATE KEY|"d":|privateKey/);
  });
});

describe('stripLabSecrets', () => {
  it('empties API key values and keeps everything else', () => {
    const l = lab();
    expect(labHasSecrets(l)).toBe(true);
    const s = stripLabSecrets(l);
    expect(JSON.stringify(s)).not.toContain('lab-test-value-123');
    expect(s.apiKeys[0].keys).toEqual([{ keyId: 'p1', value: '' }]);
    expect(labHasSecrets(s)).toBe(false);
    expect(s.tokens).toEqual(l.tokens);
    expect(l.apiKeys[0].keys[0].value).toBe('lab-test-value-123');
  });
});

it('parses the lab fixture as YAML-compatible JSON', () => {
  expect(parse(fixture('lab.json'))).toEqual(lab());
});
