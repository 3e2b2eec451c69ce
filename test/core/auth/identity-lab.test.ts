/**
 * The identity lab's data: key rotation, token verdicts (checked against the
 * simulator's real jwtValidate:v1 for every code), the scenario `env` it
 * writes, and redaction for sharing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioFile } from '../../../src/engine/index';
import { addKey, certVerdict, defaultLab, fromScenarioEnv, retireKey, shareableLab, toScenarioEnv, tokenVerdict, tokenVerdicts, type IdentityLab } from '../../../src/core/auth/identity-lab';

const JOURNEY = readFileSync(join(__dirname, '../../fixtures/examples/technical/auth-jwt-scopes/auth-jwt-scopes.journey.yaml'), 'utf8');

function lab(): IdentityLab {
  const l = defaultLab();
  return {
    ...l,
    jwt: { default: { ...l.jwt.default, requiredClaims: { tenant: 'acme' } } },
    tokens: {
      alice: { profile: 'default', claims: { sub: 'alice', scope: 'read:users', tenant: 'acme' }, expiresIn: 'PT1H' },
      expired: { profile: 'default', claims: { sub: 'bob', tenant: 'acme' }, expiresAt: '2025-01-01T00:00:00Z' },
      withinSkew: { profile: 'default', claims: { sub: 'bob', tenant: 'acme' }, expiresAt: '2026-01-01T08:59:30Z' },
      early: { profile: 'default', claims: { sub: 'bob', tenant: 'acme' }, notBefore: '2026-06-01T00:00:00Z' },
      otherAudience: { profile: 'default', claims: { sub: 'carol', aud: 'billing', tenant: 'acme' } },
      otherIssuer: { profile: 'default', claims: { sub: 'carol', iss: 'https://evil.example.com', tenant: 'acme' } },
      forged: { profile: 'default', kid: 'k1', signature: 'forged', claims: { sub: 'eve', tenant: 'acme' } },
      noTenant: { profile: 'default', claims: { sub: 'dave' } },
    },
  };
}

async function simulatedCode(l: IdentityLab, token: string): Promise<string> {
  const scenario = { env: toScenarioEnv(l), scenarios: [{ name: token, start: { headers: { Authorization: `Bearer \${tokens.${token}}` } } }] };
  const report = await runScenarioFile(JOURNEY, JSON.stringify(scenario));
  const problem = report.scenarios[0].trace.find((t) => t.state === 'validateJwt')?.problem as { code?: string } | undefined;
  return problem?.code ?? 'OK';
}

describe('identity lab', () => {
  it('predicts what the simulator reports for every minted token', async () => {
    const l = lab();
    const verdicts = Object.fromEntries(tokenVerdicts(l).map((v) => [v.name, v.verdict]));
    expect(verdicts).toEqual({
      alice: 'OK',
      expired: 'JWT_EXPIRED',
      withinSkew: 'OK',
      early: 'JWT_NOT_YET_VALID',
      otherAudience: 'JWT_AUDIENCE_MISMATCH',
      otherIssuer: 'JWT_ISSUER_MISMATCH',
      forged: 'JWT_SIG_INVALID',
      noTenant: 'JWT_CLAIMS_INVALID',
    });
    for (const [name, verdict] of Object.entries(verdicts)) expect(await simulatedCode(l, name), name).toBe(verdict);
  }, 60_000);

  it('rotation: add a key, mint with it, retire the old one — only tokens of retired keys stop verifying', async () => {
    let l = lab();
    l = addKey(l, 'default', { kid: 'k2', alg: 'RS256' });
    l = { ...l, tokens: { ...l.tokens, rotated: { profile: 'default', kid: 'k2', claims: { sub: 'alice', tenant: 'acme' } } } };
    expect([tokenVerdict(l, 'alice'), tokenVerdict(l, 'rotated')]).toEqual(['OK', 'OK']);
    l = retireKey(l, 'default', 'k1');
    expect(l.jwt.default.keys.map((k) => k.kid)).toEqual(['k2']);
    expect(l.jwt.default.retired?.map((k) => k.kid)).toEqual(['k1']);
    // alice was minted with the first key (k1): no longer in the JWKS. New tokens default to k2.
    const explicitK1 = { ...l, tokens: { ...l.tokens, alice: { ...l.tokens.alice, kid: 'k1' } } };
    expect(tokenVerdict(explicitK1, 'alice')).toBe('JWT_KID_NOT_FOUND');
    expect(await simulatedCode(explicitK1, 'alice')).toBe('JWT_KID_NOT_FOUND');
    expect(tokenVerdict(l, 'rotated')).toBe('OK');
    expect(await simulatedCode(l, 'rotated')).toBe('OK');
    expect(toScenarioEnv(l)).toMatchObject({ auth: { jwt: { default: { keys: [{ kid: 'k2', alg: 'RS256' }] } } } });
    expect(JSON.stringify(toScenarioEnv(l))).not.toContain('retired');
  }, 60_000);

  it('an expired token minted in the lab makes a scenario that expects success fail with JWT_EXPIRED', async () => {
    const l = lab();
    const scenario = {
      env: toScenarioEnv(l),
      scenarios: [{ name: 'reader', start: { headers: { Authorization: 'Bearer ${tokens.expired}' } }, expect: { phase: 'SUCCEEDED' } }],
    };
    const report = await runScenarioFile(JOURNEY, JSON.stringify(scenario));
    expect(report.scenarios[0].passed).toBe(false);
    expect(report.scenarios[0].trace.find((t) => t.state === 'validateJwt')?.problem).toMatchObject({ code: 'JWT_EXPIRED', status: 401 });
  }, 30_000);

  it('round-trips through a scenario env and redacts API key values for sharing', () => {
    const l = lab();
    expect(fromScenarioEnv(toScenarioEnv(l))).toEqual(l);
    expect(fromScenarioEnv('junk')).toMatchObject({ jwt: {}, tokens: {} });
    const shared = shareableLab(l);
    expect(JSON.stringify(shared)).not.toContain('test-key-value');
    expect(shared.apiKey.default.keys).toEqual([{ keyId: 'default', value: '<redacted>' }]);
    expect(l.apiKey.default.keys[0].value).toBe('test-key-value');
  });

  it('predicts mTLS verdicts for client certificates, as the simulator decides them', async () => {
    const gate = readFileSync(join(__dirname, 'fixtures/mtls-gate.journey.yaml'), 'utf8');
    const base = defaultLab();
    const subject = 'CN=journey-client,OU=Journeys,O=Example Corp';
    const l: IdentityLab = {
      ...base,
      certs: {
        partner: { issuer: 'partner-ca', subject, sans: [{ dns: 'api.example.com' }], serial: '0a' },
        selfSigned: { issuer: 'self', subject: 'CN=intruder' },
        otherCa: { issuer: 'other-ca', subject },
        lapsed: { issuer: 'partner-ca', subject, notAfter: '2025-12-01T00:00:00Z' },
        revoked: { issuer: 'partner-ca', subject, revoked: true },
        garbage: { issuer: 'partner-ca', subject, malformed: true },
      },
    };
    const cases: Array<[string | undefined, Partial<IdentityLab['mtls']['default']>, string]> = [
      ['partner', {}, 'OK'],
      [undefined, {}, 'MTLS_CERT_MISSING'],
      ['garbage', {}, 'MTLS_CERT_UNPARSEABLE'],
      ['selfSigned', {}, 'MTLS_CERT_UNTRUSTED'],
      ['lapsed', {}, 'MTLS_CERT_UNTRUSTED'],
      ['revoked', {}, 'MTLS_CERT_REVOKED'],
      ['partner', { allowSubjects: ['CN=someone-else'] }, 'MTLS_SUBJECT_DENIED'],
      ['partner', { allowSubjects: [subject] }, 'OK'],
      ['partner', { allowSans: [{ dns: 'other.example.com' }] }, 'MTLS_SAN_DENIED'],
      ['partner', { allowSans: [{ dns: 'API.example.com' }] }, 'OK'],
      ['partner', { allowSerials: ['ff'] }, 'MTLS_SERIAL_DENIED'],
      ['partner', { allowSerials: ['0x0A'] }, 'OK'],
      ['partner', { allowAnyFromTrusted: false }, 'MTLS_SUBJECT_DENIED'],
    ];
    for (const [cert, profile, want] of cases) {
      const lab: IdentityLab = { ...l, mtls: { default: { ...l.mtls.default, ...profile } } };
      expect(certVerdict(lab, cert), `${cert} ${JSON.stringify(profile)}`).toBe(want);
      const scenario = { env: toScenarioEnv(lab), scenarios: [{ name: 'x', start: cert ? { clientCert: cert } : {} }] };
      const report = await runScenarioFile(gate, JSON.stringify(scenario));
      const code = (report.scenarios[0].trace.find((t) => t.state === 'checkClientCert')?.problem as { code?: string } | undefined)?.code ?? 'OK';
      expect(code, `simulator: ${cert} ${JSON.stringify(profile)}`).toBe(want);
    }
  }, 120_000);
});
