/** `jwtValidate:v1`: real signature checks (jose) against the profile's JWKS, then claims on the virtual clock. */
import { compactVerify, decodeProtectedHeader, decodeJwt, errors, jwtVerify } from 'jose';
import { isObject, jsonEqual, toJson, type Json, type JsonObject } from '../json';
import { sourceOf, type JwtKey, type JwtProfile } from '../crypto/material';
import type { TaskCall, TaskOutcome, TaskPlugin } from '../runtime-types';
import {
  configFailure,
  profileName,
  readCredential,
  writeProblem,
  writeSuccess,
} from './auth-common';

const FIELDS = ['header', 'claims'] as const;
/** Header members safe to expose (never the token itself). */
const HEADER_FIELDS = ['alg', 'kid', 'typ', 'cty'];

type Check = { code: string; detail: string } | { header: JsonObject; claims: JsonObject };

/**
 * `exp`, `nbf` and `iat` checked by jose's own claim validation (RFC 7519: NumericDate, `exp` is
 * expired from `exp` itself, skew included), on the virtual clock. A time claim that is not a
 * number is a malformed claim (JWT_CLAIMS_INVALID), not an expiry.
 */
async function timeClaims(token: string, key: JwtKey, now: number, skewSec: number): Promise<{ code: string; detail: string } | undefined> {
  try {
    await jwtVerify(token, key.key, { algorithms: [key.alg], currentDate: new Date(now), clockTolerance: skewSec });
    return undefined;
  } catch (e) {
    if (e instanceof errors.JWTExpired) return { code: 'JWT_EXPIRED', detail: 'exp is in the past' };
    if (e instanceof errors.JWTClaimValidationFailed) {
      if (e.reason === 'invalid') return { code: 'JWT_CLAIMS_INVALID', detail: `${e.claim} is not a NumericDate (RFC 7519 §2)` };
      if (e.claim === 'nbf') return { code: 'JWT_NOT_YET_VALID', detail: 'nbf is in the future' };
      return { code: 'JWT_CLAIMS_INVALID', detail: `${e.claim} does not pass its check` };
    }
    return { code: 'JWT_TOKEN_MALFORMED', detail: 'The token is not a well-formed JWS compact JWT' };
  }
}

/** Verifies `token` against `profile` at virtual time `now` (ms): the code of the first failed check, or the safe header and claims. */
export async function verifyJwt(token: string, profile: JwtProfile, now: number): Promise<Check> {
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    if (token.split('.').length !== 3) throw new Error('not three segments');
    header = decodeProtectedHeader(token) as Record<string, unknown>;
    claims = decodeJwt(token) as Record<string, unknown>;
  } catch {
    return {
      code: 'JWT_TOKEN_MALFORMED',
      detail: 'The token is not a well-formed JWS compact JWT',
    };
  }
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const candidates = kid ? profile.keys.filter((k) => k.kid === kid) : profile.keys;
  if (candidates.length === 0)
    return {
      code: 'JWT_KID_NOT_FOUND',
      detail: `No key with kid '${kid}' in the profile's key set`,
    };
  let verifiedWith: JwtKey | undefined;
  for (const k of candidates) {
    try {
      await compactVerify(token, k.key, { algorithms: [k.alg] });
      verifiedWith = k;
      break;
    } catch {
      // try the next key with this kid (rotation keeps several)
    }
  }
  if (!verifiedWith)
    return {
      code: 'JWT_SIG_INVALID',
      detail: 'The signature does not verify with the profile key',
    };
  const time = await timeClaims(token, verifiedWith, now, profile.clockSkewSec);
  if (time) return time;
  if (profile.issuer !== undefined && claims.iss !== profile.issuer)
    return { code: 'JWT_ISSUER_MISMATCH', detail: 'iss is not the expected issuer' };
  if (profile.audience.length > 0) {
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!aud.some((a) => typeof a === 'string' && profile.audience.includes(a))) {
      return { code: 'JWT_AUDIENCE_MISMATCH', detail: 'aud does not name an expected audience' };
    }
  }
  for (const [name, want] of Object.entries(profile.requiredClaims)) {
    const have = claims[name];
    if (have === undefined || (want !== undefined && !jsonEqual(toJson(have), want as Json))) {
      return {
        code: 'JWT_CLAIMS_INVALID',
        detail: `required claim '${name}' is missing or has the wrong value`,
      };
    }
  }
  const safeHeader: JsonObject = {};
  for (const f of HEADER_FIELDS) if (header[f] !== undefined) safeHeader[f] = toJson(header[f]);
  const c = toJson(claims);
  return { header: safeHeader, claims: isObject(c) ? c : {} };
}

async function execute(call: TaskCall): Promise<TaskOutcome> {
  const name = profileName(call.task);
  const profile = call.rt.env.auth.jwt[name];
  if (!profile)
    return configFailure(
      'JWT_CONFIG_PROFILE_MISSING',
      `JWT profile '${name}' is not configured (env.auth.jwt.${name})`,
    );
  if (profile.keysProblem)
    return configFailure(
      'JWT_CONFIG_KEYS_UNUSABLE',
      `JWT profile '${name}': ${profile.keysProblem}`,
    );
  const source = call.task.source !== undefined ? sourceOf(call.task.source) : profile.source;
  if (!source)
    return configFailure('JWT_CONFIG_INVALID', `JWT profile '${name}' has no usable token source`);
  const token = readCredential(call.request, source);
  if (token === undefined)
    return writeProblem(
      call,
      'jwt',
      'JWT_TOKEN_MISSING',
      FIELDS,
      `No token in ${source.location} '${source.name}'`,
    );
  const r = await verifyJwt(token, profile, call.now);
  if ('code' in r) return writeProblem(call, 'jwt', r.code, FIELDS, r.detail);
  return writeSuccess(call, 'jwt', { header: r.header, claims: r.claims }, FIELDS);
}

/** The `jwtValidate:v1` plugin. */
export const jwtValidatePlugin: TaskPlugin = { kind: 'jwtValidate:v1', execute };
