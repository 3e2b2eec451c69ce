/**
 * The identity lab as the `env` block of a scenario file (CONTRACTS §3):
 * profiles with their active keys only, tokens and certificates whose
 * lifetimes are set relative to the virtual clock. Pure.
 */
import { DAY_MS, durationMs, instantMs, instantText } from './lab-time';
import type { CredentialSource, LabCert, LabState, LabToken } from './lab-types';
import { tokenKid } from './token-verdict';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

/** The lab's part of a scenario `env`: `auth`, `tokens`, `certs` (empty sections are left out). */
export type LabEnv = JsonObject;

function source(s: CredentialSource): JsonObject {
  return { location: s.location, name: s.name, ...(s.scheme ? { scheme: s.scheme } : {}) };
}

/** Builds the env from the lab; `now` is the clock the file runs on (default: the lab's). Pure. */
export function toScenarioEnv(lab: LabState, now: string = lab.now): LabEnv {
  const clock = instantMs(now) ?? instantMs(lab.now) ?? 0;
  const auth: JsonObject = {};
  if (lab.jwt.length) {
    const jwt: JsonObject = {};
    for (const p of lab.jwt) {
      jwt[p.name] = {
        ...(p.issuer ? { issuer: p.issuer } : {}),
        audience: [...p.audiences],
        clockSkewSec: p.clockSkewSec,
        source: source(p.source),
        // Retired keys leave the key set: the JWKS no longer holds them.
        keys: p.keys.filter((k) => !k.retired).map((k) => ({ kid: k.kid, alg: k.alg })),
      };
    }
    auth.jwt = jwt;
  }
  if (lab.apiKeys.length) {
    const apiKey: JsonObject = {};
    for (const p of lab.apiKeys) apiKey[p.name] = { source: source(p.source), keys: p.keys.map((k) => ({ keyId: k.keyId, value: k.value })) };
    auth.apiKey = apiKey;
  }
  if (lab.mtls.length) {
    const mtls: JsonObject = {};
    for (const p of lab.mtls) mtls[p.name] = { authorities: p.authorities.map((name) => ({ name })), allowAnyFromTrusted: p.allowAnyFromTrusted };
    auth.mtls = mtls;
  }
  const env: LabEnv = {};
  if (Object.keys(auth).length) env.auth = auth;
  if (lab.tokens.length) env.tokens = Object.fromEntries(lab.tokens.map((t) => [t.name, tokenEnv(lab, t, clock)]));
  if (lab.certs.length) env.certs = Object.fromEntries(lab.certs.map((c) => [c.name, certEnv(c, clock)]));
  return env;
}

/** One `env.tokens` entry; broken variants get the one field that breaks them. */
function tokenEnv(lab: LabState, t: LabToken, clock: number): JsonObject {
  const profile = lab.jwt.find((p) => p.name === t.profile);
  const life = durationMs(t.lifetime) ?? 3_600_000;
  const skew = (profile?.clockSkewSec ?? 60) * 1000;
  const kid = tokenKid(lab, t);
  const out: JsonObject = { profile: t.profile, ...(kid ? { kid } : {}), claims: structuredClone(t.claims) as JsonObject };
  switch (t.variant) {
    case 'expired':
      // Expired beyond the clock skew: issued a lifetime ago, ended a day (plus skew) before now.
      out.expiresAt = instantText(clock - DAY_MS - skew);
      break;
    case 'notYetValid':
      out.notBefore = instantText(clock + DAY_MS + skew);
      out.expiresAt = instantText(clock + DAY_MS + skew + life);
      break;
    case 'wrongAudience':
      (out.claims as JsonObject).aud = 'not-' + (profile?.audiences[0] ?? 'journeyforge');
      out.expiresIn = t.lifetime;
      break;
    case 'forged':
      out.signature = 'forged';
      out.expiresIn = t.lifetime;
      break;
    default:
      out.expiresIn = t.lifetime;
  }
  return out;
}

/** One `env.certs` entry; expired / not-yet-valid certificates get a validity window around the clock. */
function certEnv(c: LabCert, clock: number): JsonObject {
  const out: JsonObject = { issuer: c.issuer, subject: c.subject };
  if (c.dnsNames.length) out.sans = c.dnsNames.map((dns) => ({ dns }));
  if (c.status === 'expired') {
    out.notBefore = instantText(clock - 365 * DAY_MS);
    out.notAfter = instantText(clock - DAY_MS);
  } else if (c.status === 'notYetValid') {
    out.notBefore = instantText(clock + DAY_MS);
    out.notAfter = instantText(clock + 365 * DAY_MS);
  } else if (c.status === 'revoked') out.revoked = true;
  return out;
}
