/**
 * The simulated principal the preview uses for `OK` outcomes, and the exact
 * result objects the auth plugins write (success fields XOR `problem`).
 */
import { problemFor, type AuthMechanism } from '../catalog/auth-problems';
import { toJsonValue, type JsonRecord } from './json-value';
import { putOwn } from '../own-property';

/** What a successful validation yields per mechanism (editable in the UI). */
export interface Principal {
  jwt: { header: JsonRecord; claims: JsonRecord };
  mtls: { subjectDn: string; issuerDn?: string; fingerprintSha256?: string };
  apiKey: { keyId: string };
}

/** The preview's virtual clock (the CONTRACTS §3 example instant). */
export const PREVIEW_NOW = '2026-01-01T09:00:00Z';
const NOW_SEC = Date.parse(PREVIEW_NOW) / 1000;

/** The default principal: the `alice` token of the CONTRACTS §3 example, a partner certificate and a key id. */
export const DEFAULT_PRINCIPAL: Principal = {
  jwt: {
    header: { alg: 'ES256', kid: 'k1', typ: 'JWT' },
    claims: {
      sub: 'alice',
      scope: 'read:users',
      iss: 'https://issuer.example.com',
      aud: 'journeyforge',
      iat: NOW_SEC,
      exp: NOW_SEC + 3600,
    },
  },
  mtls: { subjectDn: 'CN=journey-client,OU=Journeys,O=Example Corp', issuerDn: 'CN=partner-ca' },
  apiKey: { keyId: 'default' },
};

/** The result object a plugin writes for success (`code` undefined / `OK`) or a business failure code. Pure. */
export function authResult(mechanism: AuthMechanism, code: string | undefined, principal: Principal = DEFAULT_PRINCIPAL): JsonRecord {
  if (code && code !== 'OK') return { problem: toJsonValue(problemFor(code)) };
  const p = principal[mechanism];
  const out: JsonRecord = {};
  for (const [k, v] of Object.entries(p)) if (v !== undefined) putOwn(out, k, structuredClone(v));
  return out;
}
