/** `allowSans` entries (dsl.md §18.7) and matching them against a certificate's SANs by type and value. */
import './reflect-shim';
import * as x509 from '@peculiar/x509';
import { isObject, type Json } from '../json';

/** One SAN of a given DSL type (`dns`, `ip`, `uri`, and `email` for rfc822Name). */
export interface San {
  type: string;
  value: string;
}

/** One `allowSans` entry: every SAN it names must be on the certificate. */
export type SanRequirement = San[];

/** DSL SAN type → @peculiar/x509's GeneralName type (which calls URIs `url`). */
export const X509_SAN_TYPE: Record<string, x509.GeneralNameType | undefined> = {
  dns: 'dns',
  ip: 'ip',
  uri: 'url',
  email: 'email',
};

/** Reads an `allowSans` list; a bare string is a DNS name (the common case). */
export function parseAllowSans(v: Json | undefined): SanRequirement[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.map((entry) =>
    isObject(entry)
      ? Object.entries(entry).map(([type, value]) => ({ type, value: String(value) }))
      : [{ type: 'dns', value: String(entry) }],
  );
}

/** The certificate's SANs with DSL type names. */
export function certSans(cert: x509.X509Certificate): San[] {
  const ext = cert.getExtension(x509.SubjectAlternativeNameExtension);
  return (ext?.names.items ?? []).map((n) => ({
    type: n.type === 'url' ? 'uri' : n.type,
    value: n.value,
  }));
}

/**
 * Same type and same value: DNS names and IP text case-insensitively (RFC 4343; hex digits),
 * URIs and e-mail addresses exactly. A URI SAN never satisfies a `dns` entry.
 */
function sameSan(want: San, have: San): boolean {
  if (want.type !== have.type) return false;
  if (want.type === 'dns' || want.type === 'ip')
    return want.value.toLowerCase() === have.value.toLowerCase();
  return want.value === have.value;
}

/** Whether some entry is satisfied: all of its SANs are on the certificate. */
export function sansAllowed(allow: SanRequirement[], have: San[]): boolean {
  return allow.some((req) => req.length > 0 && req.every((w) => have.some((h) => sameSan(w, h))));
}
