/** JWT profiles with generated key pairs, and the tokens a scenario asks the simulator to mint. */
import { SignJWT, generateKeyPair } from 'jose';
import { isObject, type Json, type JsonObject } from '../json';
import { parseDuration, parseInstant } from '../duration';
import { sourceOf, type AuthMaterial, type JwtKey } from './material';

interface SigningKey extends JwtKey {
  sign: CryptoKey | Uint8Array;
}

const ASYMMETRIC = new Set([
  'ES256',
  'ES384',
  'ES512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'EdDSA',
]);

/** HMAC key bytes: the declared secret, or 64 random bytes for this run only (never printed). */
function hmacKey(secret: string | undefined): Uint8Array {
  if (secret !== undefined) return new TextEncoder().encode(secret);
  // A predictable default would let anyone who read the source mint accepted tokens.
  return globalThis.crypto.getRandomValues(new Uint8Array(64));
}

async function makeKey(kid: string, alg: string, secret?: string): Promise<SigningKey> {
  if (alg.startsWith('HS')) {
    const bytes = hmacKey(secret);
    return { kid, alg, key: bytes, sign: bytes };
  }
  const pair = await generateKeyPair(ASYMMETRIC.has(alg) ? alg : 'ES256');
  return {
    kid,
    alg: ASYMMETRIC.has(alg) ? alg : 'ES256',
    key: pair.publicKey,
    sign: pair.privateKey,
  };
}

/** Generates each profile's keys and mints every named token at virtual time `now`. */
export async function mintJwtMaterial(
  material: AuthMaterial,
  profiles: JsonObject,
  tokens: JsonObject,
  now: number,
): Promise<void> {
  const signing = new Map<string, SigningKey[]>();
  for (const [name, raw] of Object.entries(profiles)) {
    const p = isObject(raw) ? raw : {};
    const keys: SigningKey[] = [];
    let keysProblem: string | undefined;
    for (const k of Array.isArray(p.keys) ? p.keys : []) {
      if (!isObject(k) || typeof k.kid !== 'string') {
        keysProblem = 'every key needs a kid';
        continue;
      }
      if (typeof k.secret === 'string') material.secrets.push(k.secret);
      keys.push(
        await makeKey(
          k.kid,
          typeof k.alg === 'string' ? k.alg : 'ES256',
          typeof k.secret === 'string' ? k.secret : undefined,
        ),
      );
    }
    if (keys.length === 0) keysProblem ??= 'the profile has no keys';
    signing.set(name, keys);
    const aud = p.audience;
    material.jwt[name] = {
      issuer: typeof p.issuer === 'string' ? p.issuer : undefined,
      audience: Array.isArray(aud)
        ? aud.filter((a): a is string => typeof a === 'string')
        : typeof aud === 'string'
          ? [aud]
          : [],
      clockSkewSec: typeof p.clockSkewSec === 'number' ? p.clockSkewSec : 60,
      source: sourceOf(p.source),
      requiredClaims: requiredClaims(p.requiredClaims),
      keys: keys.map(({ kid, alg, key }) => ({ kid, alg, key })),
      keysProblem,
    };
  }
  for (const [name, raw] of Object.entries(tokens)) {
    const t = isObject(raw) ? raw : {};
    const profileName = typeof t.profile === 'string' ? t.profile : 'default';
    const profile = material.jwt[profileName];
    const keys = signing.get(profileName) ?? [];
    if (!profile) {
      material.problems.push(
        `token '${name}' names JWT profile '${profileName}', which env.auth.jwt does not define`,
      );
      continue;
    }
    const kid = typeof t.kid === 'string' ? t.kid : (keys[0]?.kid ?? 'k1');
    const known = keys.find((k) => k.kid === kid);
    const alg = typeof t.alg === 'string' ? t.alg : (known?.alg ?? 'ES256');
    // A kid the profile lacks, or a forged signature: sign with a fresh key under that kid.
    const key =
      known && t.signature !== 'forged'
        ? known
        : await makeKey(kid, alg);
    const token = await mint(t, profile.issuer, profile.audience[0], key, now);
    if (!token) {
      material.problems.push(`token '${name}' has an invalid expiresIn/expiresAt/notBefore`);
      continue;
    }
    material.tokens[name] = token;
    material.secrets.push(token);
  }
}

async function mint(
  t: JsonObject,
  iss: string | undefined,
  aud: string | undefined,
  key: SigningKey,
  now: number,
): Promise<string | undefined> {
  const claims: Record<string, unknown> = {};
  if (iss) claims.iss = iss;
  if (aud) claims.aud = aud;
  claims.iat = Math.floor(now / 1000);
  const expiresAt = t.expiresAt !== undefined ? parseInstant(t.expiresAt) : undefined;
  const expiresIn = parseDuration(t.expiresIn ?? 'PT1H');
  if ((t.expiresAt !== undefined && expiresAt === undefined) || expiresIn === undefined)
    return undefined;
  claims.exp = Math.floor((expiresAt ?? now + expiresIn) / 1000);
  if (t.notBefore !== undefined) {
    const nbf = parseInstant(t.notBefore);
    if (nbf === undefined) return undefined;
    claims.nbf = Math.floor(nbf / 1000);
  }
  Object.assign(claims, isObject(t.claims) ? t.claims : {});
  return new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .sign(key.sign);
}

function requiredClaims(v: Json | undefined): Record<string, Json | undefined> {
  if (Array.isArray(v))
    return Object.fromEntries(
      v.filter((x): x is string => typeof x === 'string').map((x) => [x, undefined]),
    );
  return isObject(v) ? { ...v } : {};
}
