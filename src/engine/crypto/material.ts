/**
 * Simulated auth configuration with real key material: JWKS and minted tokens,
 * CAs and issued client certificates, hashed API keys. Raw secrets stay in
 * here (and in `secrets`, for redaction); they never reach a run's context.
 */
import type { X509Certificate } from '@peculiar/x509';
import type { Json, JsonObject } from '../json';
import { isObject } from '../json';
import { mintJwtMaterial } from './jwt-material';
import { issueCertMaterial } from './cert-material';
import type { SanRequirement } from './san';

/** Where a credential is read from (dsl.md §18.6). */
export interface TokenSource {
  location: 'header' | 'query' | 'cookie';
  name: string;
  scheme?: string;
}

/** A verification key of a JWT profile. */
export interface JwtKey {
  kid: string;
  alg: string;
  /** Verification key (public half, or the HMAC secret key). */
  key: CryptoKey | Uint8Array;
}

/** A simulated JWT validation profile. */
export interface JwtProfile {
  issuer?: string;
  audience: string[];
  clockSkewSec: number;
  source?: TokenSource;
  /** Claims that must be present (names), or must equal a value (map). */
  requiredClaims: Record<string, Json | undefined>;
  keys: JwtKey[];
  /** Why the key set is unusable (JWT_CONFIG_KEYS_UNUSABLE), if it is. */
  keysProblem?: string;
}

/** A simulated API key profile: key ids with SHA-256 hashes of the values. */
export interface ApiKeyProfile {
  source?: TokenSource;
  keys: { keyId: string; hash: Uint8Array }[];
  keysProblem?: string;
}

/** A simulated mTLS profile: trust anchors and filters. */
export interface MtlsProfile {
  anchors: { name: string; cert: X509Certificate }[];
  anchorsProblem?: string;
  allowAnyFromTrusted: boolean;
  allowSubjects?: string[];
  /** Entries by SAN type and value (any entry; all SANs within one entry). */
  allowSans?: SanRequirement[];
  allowSerials?: string[];
  revocation: boolean;
}

/** All generated auth material of one environment. */
export interface AuthMaterial {
  jwt: Record<string, JwtProfile>;
  apiKey: Record<string, ApiKeyProfile>;
  mtls: Record<string, MtlsProfile>;
  /** Minted tokens by scenario name (raw; secret). */
  tokens: Record<string, string>;
  /** Issued client certificates (PEM, or junk for `malformed: true`) by name. */
  certs: Record<string, string>;
  /** Lower-case hex serials of certificates marked `revoked: true`, by issuing authority. */
  revoked: Set<string>;
  secrets: string[];
  /** Problems met while building material (bad token specs …), reported as scenario failures. */
  problems: string[];
}

/** Builds all auth material for a scenario environment at virtual time `now`. */
export async function buildAuthMaterial(env: JsonObject, now: number): Promise<AuthMaterial> {
  const auth = isObject(env.auth) ? env.auth : {};
  const material: AuthMaterial = {
    jwt: {},
    apiKey: {},
    mtls: {},
    tokens: {},
    certs: {},
    revoked: new Set(),
    secrets: [],
    problems: [],
  };
  await mintJwtMaterial(
    material,
    isObject(auth.jwt) ? auth.jwt : {},
    isObject(env.tokens) ? env.tokens : {},
    now,
  );
  await issueCertMaterial(
    material,
    isObject(auth.mtls) ? auth.mtls : {},
    isObject(env.certs) ? env.certs : {},
    now,
  );
  for (const [name, p] of Object.entries(isObject(auth.apiKey) ? auth.apiKey : {})) {
    material.apiKey[name] = await apiKeyProfile(material, p);
  }
  return material;
}

/** A token source from scenario/journey JSON, if well-formed. */
export function sourceOf(v: Json | undefined): TokenSource | undefined {
  if (!isObject(v) || typeof v.name !== 'string') return undefined;
  const location =
    v.location === 'query' || v.location === 'cookie'
      ? v.location
      : v.location === 'header' || v.location === undefined
        ? 'header'
        : undefined;
  if (!location) return undefined;
  return { location, name: v.name, scheme: typeof v.scheme === 'string' ? v.scheme : undefined };
}

/** SHA-256 of a UTF-8 string (WebCrypto). */
export async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(
    await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
  );
}

async function apiKeyProfile(material: AuthMaterial, p: Json): Promise<ApiKeyProfile> {
  const cfg = isObject(p) ? p : {};
  const keys: ApiKeyProfile['keys'] = [];
  let keysProblem: string | undefined;
  for (const k of Array.isArray(cfg.keys) ? cfg.keys : []) {
    if (
      !isObject(k) ||
      typeof k.value !== 'string' ||
      k.value === '' ||
      typeof k.keyId !== 'string'
    ) {
      keysProblem = 'every API key needs a keyId and a non-empty value';
      continue;
    }
    material.secrets.push(k.value);
    keys.push({ keyId: k.keyId, hash: await sha256(k.value) });
  }
  if (keys.length === 0) keysProblem ??= 'the profile has no keys';
  return { source: sourceOf(cfg.source), keys, keysProblem };
}
