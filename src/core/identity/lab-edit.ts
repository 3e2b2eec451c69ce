/**
 * Edits of the identity lab: each takes a lab and returns a new one (or a
 * sentence saying why not). Pure; never mutates its input.
 */
import { durationMs } from './lab-time';
import type { ApiKeyProfile, JwtProfile, LabCert, LabState, LabToken, MtlsProfile } from './lab-types';

export type LabResult = { ok: true; lab: LabState } | { ok: false; error: string };

const NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
const ok = (lab: LabState): LabResult => ({ ok: true, lab });
const fail = (error: string): LabResult => ({ ok: false, error });

/** `base`, or `base2`, `base3`… whichever is not in `taken`. Pure. */
export function uniqueName(base: string, taken: readonly string[]): string {
  let n = base;
  for (let i = 2; taken.includes(n); i++) n = `${base}${i}`;
  return n;
}

function badName(name: string, what: string): string | undefined {
  return NAME.test(name) ? undefined : `${what} '${name}' must start with a letter and use letters, digits, - or _`;
}

/** Adds a JWT profile with one ES256 key. */
export function addJwtProfile(lab: LabState, name: string): LabResult {
  const why = badName(name, 'profile');
  if (why) return fail(why);
  if (lab.jwt.some((p) => p.name === name)) return fail(`JWT profile '${name}' exists`);
  const p: JwtProfile = {
    name,
    issuer: 'https://issuer.example.com',
    audiences: ['journeyforge'],
    clockSkewSec: 60,
    source: { location: 'header', name: 'Authorization', scheme: 'Bearer' },
    keys: [{ kid: 'k1', alg: 'ES256' }],
  };
  return ok({ ...lab, jwt: [...lab.jwt, p] });
}

/** Changes fields of a JWT profile (not its name or keys). */
export function updateJwtProfile(lab: LabState, name: string, patch: Partial<Omit<JwtProfile, 'name' | 'keys'>>): LabResult {
  if (!lab.jwt.some((p) => p.name === name)) return fail(`no JWT profile '${name}'`);
  if (patch.clockSkewSec !== undefined && !(patch.clockSkewSec >= 0)) return fail('clock skew must be zero or more seconds');
  return ok({ ...lab, jwt: lab.jwt.map((p) => (p.name === name ? { ...p, ...patch } : p)) });
}

/** Adds a signing key (`k<n>`) to a profile: the rotation's new key. */
export function addKey(lab: LabState, profile: string, alg = 'ES256'): LabResult {
  const p = lab.jwt.find((x) => x.name === profile);
  if (!p) return fail(`no JWT profile '${profile}'`);
  const kid = uniqueName(`k${p.keys.length + 1}`, p.keys.map((k) => k.kid));
  return ok({ ...lab, jwt: lab.jwt.map((x) => (x === p ? { ...x, keys: [...x.keys, { kid, alg }] } : x)) });
}

/** Retires a key: it stays listed, but leaves the key set, so tokens signed with it stop verifying. */
export function retireKey(lab: LabState, profile: string, kid: string): LabResult {
  const p = lab.jwt.find((x) => x.name === profile);
  if (!p?.keys.some((k) => k.kid === kid)) return fail(`no key '${kid}' in profile '${profile}'`);
  const keys = p.keys.map((k) => (k.kid === kid ? { ...k, retired: true } : k));
  return ok({ ...lab, jwt: lab.jwt.map((x) => (x === p ? { ...x, keys } : x)) });
}

/** Adds a minted token; its name becomes `${tokens.NAME}` in scenario headers. */
export function mintToken(lab: LabState, token: LabToken): LabResult {
  const why = badName(token.name, 'token');
  if (why) return fail(why);
  if (lab.tokens.some((t) => t.name === token.name)) return fail(`a token named '${token.name}' exists`);
  const p = lab.jwt.find((x) => x.name === token.profile);
  if (!p) return fail(`no JWT profile '${token.profile}'`);
  if (token.kid !== undefined && !p.keys.some((k) => k.kid === token.kid)) return fail(`profile '${p.name}' has no key '${token.kid}'`);
  const life = durationMs(token.lifetime);
  if (life === undefined || life <= 0) return fail(`lifetime '${token.lifetime}' is not a positive ISO 8601 duration (e.g. PT1H)`);
  // Pin the signing key at mint time: a later rotation must not re-sign old tokens.
  const kid = token.kid ?? p.keys.find((k) => !k.retired)?.kid;
  if (!kid) return fail(`profile '${p.name}' has no active key`);
  return ok({ ...lab, tokens: [...lab.tokens, { ...token, kid, claims: structuredClone(token.claims) }] });
}

/** Adds an API key to a profile (creating the profile, reading header `X-API-Key`, when it is new). */
export function addApiKey(lab: LabState, profile: string, keyId: string, value: string): LabResult {
  const why = badName(profile, 'profile') ?? (keyId.trim() ? undefined : 'the key needs an id');
  if (why) return fail(why);
  if (value.length < 8) return fail('use a key value of at least 8 characters');
  const existing = lab.apiKeys.find((p) => p.name === profile);
  if (existing?.keys.some((k) => k.keyId === keyId)) return fail(`profile '${profile}' has a key '${keyId}'`);
  const base: ApiKeyProfile = existing ?? { name: profile, source: { location: 'header', name: 'X-API-Key' }, keys: [] };
  const next = { ...base, keys: [...base.keys, { keyId, value }] };
  return ok({ ...lab, apiKeys: existing ? lab.apiKeys.map((p) => (p === existing ? next : p)) : [...lab.apiKeys, next] });
}

/** Adds a certificate authority, trusted by mTLS profile `default` (created when missing). */
export function addAuthority(lab: LabState, name: string, profile = 'default'): LabResult {
  const why = badName(name, 'authority');
  if (why) return fail(why);
  if (name === 'self' || lab.authorities.includes(name)) return fail(`authority '${name}' exists or is reserved`);
  const existing = lab.mtls.find((p) => p.name === profile);
  const next: MtlsProfile = existing
    ? { ...existing, authorities: [...existing.authorities, name] }
    : { name: profile, authorities: [name], allowAnyFromTrusted: true };
  return ok({
    ...lab,
    authorities: [...lab.authorities, name],
    mtls: existing ? lab.mtls.map((p) => (p === existing ? next : p)) : [...lab.mtls, next],
  });
}

/** Adds a client certificate issued by an authority (or self-signed). */
export function addCert(lab: LabState, cert: LabCert): LabResult {
  const why = badName(cert.name, 'certificate');
  if (why) return fail(why);
  if (lab.certs.some((c) => c.name === cert.name)) return fail(`a certificate named '${cert.name}' exists`);
  if (cert.issuer !== 'self' && !lab.authorities.includes(cert.issuer)) return fail(`no authority '${cert.issuer}'`);
  if (!/^[A-Za-z]+=/.test(cert.subject.trim())) return fail(`subject '${cert.subject}' is not a DN such as CN=client`);
  return ok({ ...lab, certs: [...lab.certs, { ...cert, dnsNames: [...cert.dnsNames] }] });
}

export type LabListName = 'tokens' | 'certs' | 'apiKeys' | 'jwt';

/** Removes a named token, certificate, API key profile or JWT profile (with its tokens). */
export function removeEntry(lab: LabState, list: LabListName, name: string): LabResult {
  switch (list) {
    case 'tokens':
      return ok({ ...lab, tokens: lab.tokens.filter((t) => t.name !== name) });
    case 'certs':
      return ok({ ...lab, certs: lab.certs.filter((c) => c.name !== name) });
    case 'apiKeys':
      return ok({ ...lab, apiKeys: lab.apiKeys.filter((p) => p.name !== name) });
    case 'jwt':
      return ok({ ...lab, jwt: lab.jwt.filter((p) => p.name !== name), tokens: lab.tokens.filter((t) => t.profile !== name) });
  }
}
