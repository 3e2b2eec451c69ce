/** Editing the preview principal: JWT claims as JSON text, the certificate subject and the API key id. Pure. */
import type { Principal } from '../../core/auth/principal';

export type ClaimsParse = { claims: Record<string, unknown> } | { error: string };

/** Parses claims JSON; it must be an object. Pure. */
export function parseClaims(text: string): ClaimsParse {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    return { error: `not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { error: 'the claims must be a JSON object' };
  return { claims: v as Record<string, unknown> };
}

/** The principal with new claims, certificate subject and API key id. Pure. */
export function editPrincipal(p: Principal, edit: { claims?: Record<string, unknown>; subjectDn?: string; keyId?: string }): Principal {
  return {
    jwt: { header: structuredClone(p.jwt.header), claims: structuredClone((edit.claims ?? p.jwt.claims) as Principal['jwt']['claims']) },
    mtls: { ...p.mtls, ...(edit.subjectDn !== undefined ? { subjectDn: edit.subjectDn } : {}) },
    apiKey: { ...p.apiKey, ...(edit.keyId !== undefined ? { keyId: edit.keyId } : {}) },
  };
}
