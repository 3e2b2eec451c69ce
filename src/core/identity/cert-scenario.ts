/**
 * What `mtlsValidate:v1` will say about a lab client certificate, and a
 * scenario that presents it (checked in the plugin's order: chain and
 * validity, revocation, then the profile's subject filters). Pure.
 */
import type { LabState } from './lab-types';
import type { JsonObject } from './scenario-env';
import type { TokenScenarioOptions } from './token-scenario';

/** The expected result code for a certificate against an mTLS profile (default `default`). Pure. */
export function certVerdict(lab: LabState, certName: string, profile = 'default'): { code: string; why: string } {
  const cert = lab.certs.find((c) => c.name === certName);
  const p = lab.mtls.find((m) => m.name === profile);
  if (!cert) return { code: 'MTLS_CERT_MISSING', why: `no certificate '${certName}'` };
  if (!p) return { code: 'MTLS_CONFIG_PROFILE_MISSING', why: `no mTLS profile '${profile}'` };
  if (cert.issuer === 'self' || !p.authorities.includes(cert.issuer)) return { code: 'MTLS_CERT_UNTRUSTED', why: 'no trusted authority issued it' };
  if (cert.status === 'expired' || cert.status === 'notYetValid') return { code: 'MTLS_CERT_UNTRUSTED', why: 'outside its validity period at the virtual clock' };
  if (cert.status === 'revoked') return { code: 'MTLS_CERT_REVOKED', why: 'marked revoked' };
  if (!p.allowAnyFromTrusted) return { code: 'MTLS_SUBJECT_DENIED', why: 'the profile allows no subject without filters' };
  return { code: 'OK', why: `issued by trusted ${cert.issuer}` };
}

/** A scenario that starts the journey presenting one lab certificate, expecting its verdict (and the preview end). Pure. */
export function scenarioForCert(lab: LabState, certName: string, opts: TokenScenarioOptions = {}): (JsonObject & { name: string }) | undefined {
  const cert = lab.certs.find((c) => c.name === certName);
  if (!cert) return undefined;
  const verdict = certVerdict(lab, certName);
  const path = (opts.target ?? 'context.auth.mtls').replace(/^context\./, '').split('.');
  // An accepted certificate is checked by the end only: the engine rewrites the DN's spacing.
  const written: JsonObject | undefined = verdict.code === 'OK' ? undefined : { problem: { code: verdict.code } };
  const expect: JsonObject = {};
  if (opts.end) {
    expect.phase = opts.end.phase;
    if (opts.end.errorCode) expect.error = { code: opts.end.errorCode };
    if (opts.end.currentState) expect.currentState = opts.end.currentState;
  }
  if (written) expect.context = path.reduceRight<JsonObject>((acc, k) => ({ [k]: acc }), written);
  return { name: `certificate ${cert.name} (${verdict.code})`, start: { clientCert: cert.name }, expect };
}
