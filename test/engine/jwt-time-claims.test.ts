/**
 * JWT time claims by RFC 7519 and by jose, an implementation nobody here wrote: every crafted token
 * of the fixture is accepted by the plugin exactly when jose's `jwtVerify` accepts it on the same
 * clock and skew, and a time claim that is not a NumericDate is a malformed claim, not an expiry.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { jwtVerify } from 'jose';
import { verifyJwt } from '../../src/engine/plugins/jwt-validate';
import type { JwtProfile } from '../../src/engine/crypto/material';

interface Fixture {
  secret: string;
  now: number;
  skew: number;
  tokens: { name: string; token: string }[];
}
const fx = JSON.parse(
  readFileSync(new URL('./fixtures/jwt-time-claims/tokens.json', import.meta.url), 'utf8'),
) as Fixture;
const key = new TextEncoder().encode(fx.secret);
const profile: JwtProfile = {
  issuer: undefined,
  audience: [],
  clockSkewSec: fx.skew,
  source: { location: 'header', name: 'Authorization', scheme: 'Bearer' },
  requiredClaims: {},
  keys: [{ kid: 'k1', alg: 'HS256', key }],
} as unknown as JwtProfile;

/** What the plugin must say for each case (undefined: accepted). */
const EXPECTED: Record<string, string | undefined> = {
  'exp as a numeric string': 'JWT_CLAIMS_INVALID',
  'exp null': 'JWT_CLAIMS_INVALID',
  'exp as a far-future string': 'JWT_CLAIMS_INVALID',
  'exp true': 'JWT_CLAIMS_INVALID',
  'exp as an array': 'JWT_CLAIMS_INVALID',
  'exp as an object': 'JWT_CLAIMS_INVALID',
  'nbf as a far-future string': 'JWT_CLAIMS_INVALID',
  'nbf null': 'JWT_CLAIMS_INVALID',
  'iat as a word': 'JWT_CLAIMS_INVALID',
  'iat null': 'JWT_CLAIMS_INVALID',
  'exp exactly at now - skew (expired, RFC 7519 §4.1.4)': 'JWT_EXPIRED',
  'exp one second after now - skew': undefined,
  'exp one second before now - skew': 'JWT_EXPIRED',
  'exp a fraction after now - skew': undefined,
  'exp exactly now': undefined,
  'exp in an hour': undefined,
  'nbf exactly at now + skew': undefined,
  'nbf one second after now + skew': 'JWT_NOT_YET_VALID',
  'nbf far in the past': undefined,
  'iat in the future (no max age: accepted)': undefined,
  'no time claims at all': undefined,
  'exp huge': undefined,
  'exp negative': 'JWT_EXPIRED',
};

describe('jwtValidate:v1 time claims', () => {
  it('the fixture has an expectation for every token', () => {
    expect(fx.tokens.map((t) => t.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const t of fx.tokens) {
    it(`${t.name}: as jose decides, with the catalog's code`, async () => {
      const ours = await verifyJwt(t.token, profile, fx.now * 1000);
      const joseAccepts = await jwtVerify(t.token, key, {
        algorithms: ['HS256'],
        currentDate: new Date(fx.now * 1000),
        clockTolerance: fx.skew,
      }).then(
        () => true,
        () => false,
      );
      const code = 'code' in ours ? ours.code : undefined;
      expect(code === undefined).toBe(joseAccepts);
      expect(code).toBe(EXPECTED[t.name]);
    });
  }
});
