/**
 * What `jwtValidate:v1` will say about a lab token, checked in the plugin's
 * order (key, signature, exp, nbf, audience) — so the lab can show which
 * minted tokens still verify after a key is retired. Pure.
 */
import type { LabState, LabToken } from './lab-types';

export interface TokenVerdict {
  /** `OK` or the business failure code the simulator will write. */
  code: string;
  why: string;
}

/** The key a token is signed with: its own `kid`, or the profile's first active key. */
export function tokenKid(lab: LabState, token: LabToken): string | undefined {
  const p = lab.jwt.find((x) => x.name === token.profile);
  return token.kid ?? p?.keys.find((k) => !k.retired)?.kid;
}

/** The expected validation result of a token against its profile. Pure. */
export function tokenVerdict(lab: LabState, token: LabToken): TokenVerdict {
  const p = lab.jwt.find((x) => x.name === token.profile);
  if (!p) return { code: 'JWT_CONFIG_PROFILE_MISSING', why: `no JWT profile '${token.profile}'` };
  const kid = tokenKid(lab, token);
  const key = p.keys.find((k) => k.kid === kid);
  if (!key || key.retired) return { code: 'JWT_KID_NOT_FOUND', why: kid ? `key '${kid}' is retired or unknown` : 'the profile has no active key' };
  if (token.variant === 'forged') return { code: 'JWT_SIG_INVALID', why: 'signed with a different key under the same kid' };
  if (token.variant === 'expired') return { code: 'JWT_EXPIRED', why: 'exp lies before the virtual clock' };
  if (token.variant === 'notYetValid') return { code: 'JWT_NOT_YET_VALID', why: 'nbf lies after the virtual clock' };
  const iss = token.claims.iss;
  if (iss !== undefined && iss !== p.issuer) return { code: 'JWT_ISSUER_MISMATCH', why: 'iss is not the profile issuer' };
  const aud = token.claims.aud;
  const auds = Array.isArray(aud) ? aud : aud === undefined ? [p.audiences[0]] : [aud];
  if (token.variant === 'wrongAudience' || (p.audiences.length > 0 && !auds.some((a) => typeof a === 'string' && p.audiences.includes(a)))) {
    return { code: 'JWT_AUDIENCE_MISMATCH', why: 'aud names no audience of the profile' };
  }
  return { code: 'OK', why: `verifies with key '${kid}'` };
}
