/** `mtlsValidate:v1`: real X.509 chain validation (@peculiar/x509) to the effective anchors (the profile's, or the task's inline ones) at the virtual clock, then client-auth purpose and filters. */
import '../crypto/reflect-shim';
import * as x509 from '@peculiar/x509';
import { isObject, type Json, type JsonObject } from '../json';
import { certSans, parseAllowSans, sansAllowed } from '../crypto/san';
import type { MtlsProfile } from '../crypto/material';
import type { TaskCall, TaskOutcome, TaskPlugin } from '../runtime-types';
import { configFailure, profileName, writeProblem, writeSuccess } from './auth-common';

const FIELDS = ['subjectDn', 'issuerDn', 'fingerprintSha256'] as const;

/** DN comparison that ignores spacing after separators and attribute-name case. */
function normDn(dn: string): string {
  return dn
    .split(/\s*,\s*/)
    .map((rdn) => rdn.replace(/^\s*([^=]+?)\s*=\s*/, (_m, k: string) => `${k.toUpperCase()}=`))
    .join(',');
}

function list(v: unknown): string[] | undefined {
  return Array.isArray(v)
    ? v.map((x) => (isObject(x) ? String(Object.values(x)[0] ?? '') : String(x)))
    : undefined;
}

type Anchors = MtlsProfile['anchors'];

/**
 * A task's `trustAnchors` (dsl.md §18.7): inline `{pem}` CA certificates only — no profile
 * authority names, no `pemRef` (AUTH-MTLS-001) — and they replace the profile's anchors.
 */
function taskAnchors(v: Json): Anchors | string {
  if (!Array.isArray(v) || v.length === 0)
    return 'task trustAnchors must be a non-empty list of {pem: <PEM certificate>}';
  const anchors: Anchors = [];
  for (const [i, entry] of v.entries()) {
    if (!isObject(entry) || typeof entry.pem !== 'string')
      return `task trustAnchors[${i}] must be {pem: <PEM certificate>} (inline PEM only)`;
    let cert: x509.X509Certificate;
    try {
      cert = new x509.X509Certificate(entry.pem);
    } catch {
      return `task trustAnchors[${i}].pem is not a parseable certificate`;
    }
    // An anchor signs client certificates, so a certificate that says it is no CA cannot be one.
    if (cert.getExtension(x509.BasicConstraintsExtension)?.ca === false)
      return `task trustAnchors[${i}] (${cert.subject}) is not a CA certificate (basicConstraints cA=false)`;
    anchors.push({ name: cert.subject, cert });
  }
  return anchors;
}

/** The profile with task-level overrides applied (dsl.md §18.7). */
function effective(profile: MtlsProfile, task: JsonObject, anchors?: Anchors): MtlsProfile {
  return {
    ...profile,
    anchors: anchors ?? profile.anchors,
    allowAnyFromTrusted:
      typeof task.allowAnyFromTrusted === 'boolean'
        ? task.allowAnyFromTrusted
        : profile.allowAnyFromTrusted,
    allowSubjects: list(task.allowSubjects) ?? profile.allowSubjects,
    allowSans: parseAllowSans(task.allowSans) ?? profile.allowSans,
    allowSerials:
      list(task.allowSerials)?.map((s) => s.toLowerCase().replace(/^0x/, '').replace(/:/g, '')) ??
      profile.allowSerials,
  };
}

/**
 * Why a certificate that chains correctly is still not a TLS client certificate (RFC 5280
 * §4.2.1.3/§4.2.1.9/§4.2.1.12, as TLS stacks check the purpose): a CA certificate, an extended
 * key usage without clientAuth, a key usage without digitalSignature. Reported as
 * MTLS_CERT_UNTRUSTED: the catalog's code for "not trusted for this use".
 */
function notForClientAuth(cert: x509.X509Certificate): string | undefined {
  if (cert.getExtension(x509.BasicConstraintsExtension)?.ca)
    return 'The certificate is a CA certificate (basicConstraints cA=true), not a client certificate';
  const eku = cert.getExtension(x509.ExtendedKeyUsageExtension);
  if (eku && !eku.usages.includes(x509.ExtendedKeyUsage.clientAuth))
    return 'The certificate is not for client authentication (its extended key usage lacks clientAuth)';
  const ku = cert.getExtension(x509.KeyUsagesExtension);
  if (ku && (ku.usages & x509.KeyUsageFlags.digitalSignature) === 0)
    return 'The certificate key may not sign (its key usage lacks digitalSignature)';
  return undefined;
}

async function chainsToAnchor(
  cert: x509.X509Certificate,
  profile: MtlsProfile,
  date: Date,
): Promise<boolean> {
  for (const a of profile.anchors) {
    if (normDn(a.cert.subject) !== normDn(cert.issuer)) continue;
    try {
      const anchorValid = date >= a.cert.notBefore && date <= a.cert.notAfter;
      if (anchorValid && (await cert.verify({ publicKey: a.cert.publicKey, date }))) return true;
    } catch {
      // an unusable signature counts as untrusted
    }
  }
  return false;
}

async function execute(call: TaskCall): Promise<TaskOutcome> {
  const name = profileName(call.task);
  const base = call.rt.env.auth.mtls[name];
  if (!base)
    return configFailure(
      'MTLS_CONFIG_PROFILE_MISSING',
      `mTLS profile '${name}' is not configured (env.auth.mtls.${name})`,
    );
  const override =
    call.task.trustAnchors !== undefined ? taskAnchors(call.task.trustAnchors) : undefined;
  if (typeof override === 'string')
    return configFailure('MTLS_CONFIG_TRUST_ANCHORS_INVALID', `mTLS task: ${override}`);
  if (!override && base.anchorsProblem)
    return configFailure(
      'MTLS_CONFIG_TRUST_ANCHORS_INVALID',
      `mTLS profile '${name}': ${base.anchorsProblem}`,
    );
  const profile = effective(base, call.task, override);
  const certName = call.request.clientCert;
  const pem = certName !== undefined ? call.rt.env.auth.certs[certName] : undefined;
  if (pem === undefined)
    return writeProblem(
      call,
      'mtls',
      'MTLS_CERT_MISSING',
      FIELDS,
      'No client certificate was presented',
    );
  let cert: x509.X509Certificate;
  try {
    cert = new x509.X509Certificate(pem);
  } catch {
    return writeProblem(
      call,
      'mtls',
      'MTLS_CERT_UNPARSEABLE',
      FIELDS,
      'The client certificate cannot be parsed',
    );
  }
  const date = new Date(call.now);
  if (!(await chainsToAnchor(cert, profile, date))) {
    return writeProblem(
      call,
      'mtls',
      'MTLS_CERT_UNTRUSTED',
      FIELDS,
      'The certificate does not chain to a trust anchor at the current time',
    );
  }
  const unusable = notForClientAuth(cert);
  if (unusable) return writeProblem(call, 'mtls', 'MTLS_CERT_UNTRUSTED', FIELDS, unusable);
  const serial = cert.serialNumber.toLowerCase();
  if (profile.revocation && call.rt.env.auth.revoked.has(serial)) {
    return writeProblem(call, 'mtls', 'MTLS_CERT_REVOKED', FIELDS, 'The certificate is revoked');
  }
  const filtered = profile.allowSubjects || profile.allowSans || profile.allowSerials;
  if (
    profile.allowSubjects &&
    !profile.allowSubjects.some((s) => normDn(s) === normDn(cert.subject))
  ) {
    return writeProblem(
      call,
      'mtls',
      'MTLS_SUBJECT_DENIED',
      FIELDS,
      'The subject DN is not allowed',
    );
  }
  if (profile.allowSans) {
    if (!sansAllowed(profile.allowSans, certSans(cert))) {
      return writeProblem(
        call,
        'mtls',
        'MTLS_SAN_DENIED',
        FIELDS,
        'No SAN of the certificate is allowed',
      );
    }
  }
  if (
    profile.allowSerials &&
    !profile.allowSerials.includes(serial.replace(/^0+/, '')) &&
    !profile.allowSerials.includes(serial)
  ) {
    return writeProblem(
      call,
      'mtls',
      'MTLS_SERIAL_DENIED',
      FIELDS,
      'The certificate serial is not allowed',
    );
  }
  if (!filtered && !profile.allowAnyFromTrusted) {
    return writeProblem(
      call,
      'mtls',
      'MTLS_SUBJECT_DENIED',
      FIELDS,
      'No filters are configured and allowAnyFromTrusted is false',
    );
  }
  const fp = new Uint8Array(await cert.getThumbprint('SHA-256'));
  return writeSuccess(
    call,
    'mtls',
    {
      subjectDn: cert.subject,
      issuerDn: cert.issuer,
      fingerprintSha256: [...fp].map((b) => b.toString(16).padStart(2, '0')).join(''),
    },
    FIELDS,
  );
}

/** The `mtlsValidate:v1` plugin. */
export const mtlsValidatePlugin: TaskPlugin = { kind: 'mtlsValidate:v1', execute };
