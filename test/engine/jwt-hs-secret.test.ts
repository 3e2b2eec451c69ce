/**
 * An HS key declared without `secret` gets a random secret for the run: a token made with the
 * old predictable secret (`simulated-<kid>-secret-…`) is refused, each run has its own key, and the
 * key appears nowhere in the report.
 */
import { describe, expect, it } from 'vitest';
import { SignJWT, jwtVerify } from 'jose';
import { buildAuthMaterial } from '../../src/engine/crypto/material';
import { verifyJwt } from '../../src/engine/plugins/jwt-validate';
import { runScenarioFile } from '../../src/engine/index';
import { testLanguages } from './helpers/jsonata-lang';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const env = {
  auth: {
    jwt: { default: { issuer: 'https://idp.example', keys: [{ kid: 'k1', alg: 'HS256' }] } },
  },
  tokens: { alice: { claims: { sub: 'alice' } } },
};
const PREDICTABLE = new TextEncoder().encode('simulated-k1-secret-0123456789abcdef');
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

describe('HS keys declared without a secret', () => {
  it('a token signed with the predictable secret is refused; the minted one is accepted', async () => {
    const m = await buildAuthMaterial(env, NOW);
    const profile = m.jwt.default;
    expect('code' in (await verifyJwt(m.tokens.alice, profile, NOW))).toBe(false);
    const attacker = await new SignJWT({ sub: 'admin', iss: 'https://idp.example' })
      .setProtectedHeader({ alg: 'HS256', kid: 'k1', typ: 'JWT' })
      .setIssuedAt(Math.floor(NOW / 1000))
      .setExpirationTime(Math.floor(NOW / 1000) + 3600)
      .sign(PREDICTABLE);
    expect(await verifyJwt(attacker, profile, NOW)).toMatchObject({
      code: 'JWT_SIG_INVALID',
    });
    await expect(jwtVerify(m.tokens.alice, PREDICTABLE)).rejects.toThrow();
  });

  it('each run draws its own secret of at least 256 bits', async () => {
    const [a, b] = [await buildAuthMaterial(env, NOW), await buildAuthMaterial(env, NOW)];
    const ka = a.jwt.default.keys[0].key as Uint8Array;
    const kb = b.jwt.default.keys[0].key as Uint8Array;
    expect(ka.length).toBeGreaterThanOrEqual(32);
    expect(hex(ka)).not.toBe(hex(kb));
    expect(new TextDecoder().decode(ka)).not.toContain('simulated-');
  });

  it('in a scenario run, a token made with the predictable secret is refused and the report never holds the secret', async () => {
    const forged = await new SignJWT({ sub: 'admin', iss: 'https://idp.example' })
      .setProtectedHeader({ alg: 'HS256', kid: 'k1', typ: 'JWT' })
      .setIssuedAt(Math.floor(NOW / 1000))
      .setExpirationTime(Math.floor(NOW / 1000) + 3600)
      .sign(PREDICTABLE);
    const journey = `apiVersion: v1
kind: Journey
metadata: { name: hs-guard, version: 0.1.0 }
spec:
  start: auth
  states:
    auth:
      type: task
      task: { kind: jwtValidate:v1, profile: default }
      next: done
    done: { type: succeed }
`;
    const scenario = `env:
  now: "2026-03-01T12:00:00Z"
  auth:
    jwt:
      default:
        issuer: "https://idp.example"
        source: { location: header, name: Authorization, scheme: Bearer }
        keys: [ { kid: k1, alg: HS256 } ]
  tokens:
    alice: { claims: { sub: alice } }
scenarios:
  - name: signed in
    start: { headers: { Authorization: "Bearer \${tokens.alice}" } }
    expect: { phase: SUCCEEDED, context: { auth: { jwt: { claims: { sub: alice } } } } }
  - name: token made with the old default key
    start: { headers: { Authorization: "Bearer ${forged}" } }
    expect: { context: { auth: { jwt: { problem: { code: JWT_SIG_INVALID } } } } }
`;
    const report = await runScenarioFile(journey, scenario, {
      languages: testLanguages,
      journeyFile: 'hs-guard.journey.yaml',
    });
    expect(report.scenarios.map((s) => s.failures)).toEqual([[], []]);
    const text = JSON.stringify(report);
    expect(text).not.toContain('simulated-');
    expect(text).not.toMatch(/secret/i);
  });
});
