/**
 * The identity lab's model: the simulated engine's auth configuration as a
 * designer edits it (JWT profiles with key rotation, minted tokens, API keys,
 * certificate authorities and client certificates). Plain data, serialisable
 * to IndexedDB; no private key material — the simulator makes key pairs from
 * `{kid, alg}`.
 */

/** Where a credential is read from (CONTRACTS §3 `source`). */
export interface CredentialSource {
  location: 'header' | 'query' | 'cookie';
  name: string;
  scheme?: string;
}

/** A signing key of a JWT profile; a retired key stays listed but leaves the profile's key set. */
export interface LabKey {
  kid: string;
  alg: string;
  retired?: boolean;
}

export interface JwtProfile {
  name: string;
  issuer: string;
  audiences: string[];
  clockSkewSec: number;
  source: CredentialSource;
  keys: LabKey[];
}

/** How a minted token is built: valid, or deliberately broken in one way. */
export type TokenVariant = 'valid' | 'expired' | 'notYetValid' | 'wrongAudience' | 'forged';

export interface LabToken {
  name: string;
  profile: string;
  /** Signing key (default: the profile's first active key). */
  kid?: string;
  claims: Record<string, unknown>;
  /** ISO 8601 duration, e.g. `PT1H`. */
  lifetime: string;
  variant: TokenVariant;
}

export interface ApiKeyProfile {
  name: string;
  source: CredentialSource;
  /** `value` is test material only; stripped from share links and exports. */
  keys: { keyId: string; value: string }[];
}

export interface MtlsProfile {
  name: string;
  /** Names of trusted authorities (`LabState.authorities`). */
  authorities: string[];
  allowAnyFromTrusted: boolean;
}

/** A client certificate's state at the virtual clock. */
export type CertStatus = 'valid' | 'expired' | 'notYetValid' | 'revoked';

export interface LabCert {
  name: string;
  /** An authority name, or `self` for a self-signed certificate. */
  issuer: string;
  subject: string;
  dnsNames: string[];
  status: CertStatus;
}

export interface LabState {
  /** Virtual clock start (RFC 3339) the token and certificate lifetimes are relative to. */
  now: string;
  jwt: JwtProfile[];
  tokens: LabToken[];
  apiKeys: ApiKeyProfile[];
  authorities: string[];
  mtls: MtlsProfile[];
  certs: LabCert[];
}

/** The CONTRACTS §3 example instant, used when nothing else sets the clock. */
export const LAB_DEFAULT_NOW = '2026-01-01T09:00:00Z';

/** A lab with one `default` JWT profile (one ES256 key) and nothing else. Pure. */
export function defaultLab(): LabState {
  return {
    now: LAB_DEFAULT_NOW,
    jwt: [
      {
        name: 'default',
        issuer: 'https://issuer.example.com',
        audiences: ['journeyforge'],
        clockSkewSec: 60,
        source: { location: 'header', name: 'Authorization', scheme: 'Bearer' },
        keys: [{ kid: 'k1', alg: 'ES256' }],
      },
    ],
    tokens: [],
    apiKeys: [],
    authorities: [],
    mtls: [],
    certs: [],
  };
}
