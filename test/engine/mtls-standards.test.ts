/**
 * mtlsValidate:v1 against real certificates made here with @peculiar/x509: the task-level
 * `trustAnchors` override (dsl.md §18.7), SAN matching by type and value, and certificates that
 * chain correctly but are not for TLS client authentication (refused as MTLS_CERT_UNTRUSTED).
 */
import { describe, expect, it } from 'vitest';
import '../../src/engine/crypto/reflect-shim';
import * as x509 from '@peculiar/x509';
import { mtlsValidatePlugin } from '../../src/engine/plugins/mtls-validate';
import type { MtlsProfile } from '../../src/engine/crypto/material';
import type { TaskCall } from '../../src/engine/runtime-types';
import type { JsonObject } from '../../src/engine/json';

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const NOW = Date.parse('2026-03-01T12:00:00Z');
const YEAR = 365 * 24 * 3600 * 1000;

interface Issuer {
  cert: x509.X509Certificate;
  keys: CryptoKeyPair;
}

const keyPair = async () =>
  (await crypto.subtle.generateKey(ALG, false, ['sign', 'verify'])) as CryptoKeyPair;

async function makeCa(name: string): Promise<Issuer> {
  const keys = await keyPair();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: `CN=${name}`,
    notBefore: new Date(NOW - YEAR),
    notAfter: new Date(NOW + YEAR),
    keys,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, 2, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign),
    ],
  });
  return { cert, keys };
}

async function issue(
  ca: Issuer,
  opts: { subject?: string; extensions?: x509.Extension[] } = {},
): Promise<Issuer> {
  const keys = await keyPair();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: '1001',
    subject: opts.subject ?? 'CN=journey-client,O=Example Corp',
    issuer: ca.cert.subject,
    notBefore: new Date(NOW - YEAR / 2),
    notAfter: new Date(NOW + YEAR / 2),
    publicKey: keys.publicKey,
    signingKey: ca.keys.privateKey,
    signingAlgorithm: ALG,
    extensions: opts.extensions ?? [],
  });
  return { cert, keys };
}

const profileFor = (ca: Issuer, extra: Partial<MtlsProfile> = {}): MtlsProfile => ({
  anchors: [{ name: 'partner-ca', cert: ca.cert }],
  allowAnyFromTrusted: true,
  revocation: true,
  ...extra,
});

/** Runs the plugin with `cert` presented and returns the problem code, or 'OK' with the subject. */
async function validate(profile: MtlsProfile, cert: x509.X509Certificate, task: JsonObject = {}) {
  const call = {
    rt: {
      env: {
        auth: {
          mtls: { default: profile },
          certs: { c: cert.toString('pem') },
          revoked: new Set(),
        },
      },
    },
    task: { kind: 'mtlsValidate:v1', ...task },
    context: {},
    request: { clientCert: 'c', headers: {}, query: {}, cookies: {} },
    now: NOW,
  } as unknown as TaskCall;
  const out = await mtlsValidatePlugin.execute(call);
  if (!out.ok) return out.problem.code;
  const mtls = (out.context.auth as JsonObject).mtls as JsonObject;
  return mtls.problem ? (mtls.problem as JsonObject).code : `OK ${String(mtls.subjectDn)}`;
}

const san = (...names: x509.JsonGeneralName[]) => new x509.SubjectAlternativeNameExtension(names);

describe('mtlsValidate:v1 task-level trustAnchors (dsl.md §18.7)', () => {
  it('trusts a client certificate of a CA the task names inline, beyond the profile', async () => {
    const [profileCa, taskCa] = [await makeCa('partner-ca'), await makeCa('task-ca')];
    const leaf = await issue(taskCa);
    expect(await validate(profileFor(profileCa), leaf.cert)).toBe('MTLS_CERT_UNTRUSTED');
    expect(
      await validate(profileFor(profileCa), leaf.cert, {
        trustAnchors: [{ pem: taskCa.cert.toString('pem') }],
      }),
    ).toBe('OK CN=journey-client, O=Example Corp');
  });

  it("replaces the profile's anchors: the profile's CA is no longer trusted for that task", async () => {
    const [profileCa, taskCa] = [await makeCa('partner-ca'), await makeCa('task-ca')];
    const leaf = await issue(profileCa);
    expect(await validate(profileFor(profileCa), leaf.cert)).toMatch(/^OK/);
    expect(
      await validate(profileFor(profileCa), leaf.cert, {
        trustAnchors: [{ pem: taskCa.cert.toString('pem') }],
      }),
    ).toBe('MTLS_CERT_UNTRUSTED');
  });

  it("keeps the profile's filters with the task's anchors", async () => {
    const [profileCa, taskCa] = [await makeCa('partner-ca'), await makeCa('task-ca')];
    const leaf = await issue(taskCa, { subject: 'CN=stranger,O=Elsewhere' });
    const profile = profileFor(profileCa, {
      allowAnyFromTrusted: false,
      allowSubjects: ['CN=journey-client,O=Example Corp'],
    });
    expect(
      await validate(profile, leaf.cert, { trustAnchors: [{ pem: taskCa.cert.toString('pem') }] }),
    ).toBe('MTLS_SUBJECT_DENIED');
  });

  it('refuses anchors that are not inline CA certificates as MTLS_CONFIG_TRUST_ANCHORS_INVALID', async () => {
    const ca = await makeCa('partner-ca');
    const leaf = await issue(ca);
    const notCa = await issue(ca, {
      subject: 'CN=not-a-ca',
      extensions: [new x509.BasicConstraintsExtension(false)],
    });
    for (const trustAnchors of [
      [{ name: 'partner-ca' }],
      [{ pemRef: 'roots/ca.pem' }],
      [{ pem: 'not a certificate' }],
      [{ pem: notCa.cert.toString('pem') }],
      [],
      'partner-ca',
    ]) {
      expect(await validate(profileFor(ca), leaf.cert, { trustAnchors })).toBe(
        'MTLS_CONFIG_TRUST_ANCHORS_INVALID',
      );
    }
  });
});

describe('mtlsValidate:v1 allowSans matches type and value', () => {
  const run = async (allowSans: JsonObject[], ...names: x509.JsonGeneralName[]) => {
    const ca = await makeCa('partner-ca');
    const leaf = await issue(ca, { extensions: [san(...names)] });
    return validate(profileFor(ca, { allowAnyFromTrusted: false }), leaf.cert, {
      allowSans: allowSans as unknown as JsonObject,
    });
  };

  it('a URI SAN with the same text does not satisfy a dns entry', async () => {
    expect(await run([{ dns: 'api.example.com' }], { type: 'url', value: 'api.example.com' })).toBe(
      'MTLS_SAN_DENIED',
    );
  });

  it('an e-mail SAN with the same text does not satisfy a dns entry', async () => {
    expect(
      await run([{ dns: 'api.example.com' }], { type: 'email', value: 'api.example.com' }),
    ).toBe('MTLS_SAN_DENIED');
  });

  it('a DNS SAN does not satisfy a uri entry', async () => {
    expect(
      await run([{ uri: 'spiffe://example.org/client' }], {
        type: 'dns',
        value: 'spiffe://example.org/client',
      }),
    ).toBe('MTLS_SAN_DENIED');
  });

  it('URIs compare exactly, DNS names case-insensitively', async () => {
    expect(
      await run([{ uri: 'spiffe://example.org/Client' }], {
        type: 'url',
        value: 'spiffe://example.org/client',
      }),
    ).toBe('MTLS_SAN_DENIED');
    expect(
      await run([{ uri: 'spiffe://example.org/client' }], {
        type: 'url',
        value: 'spiffe://example.org/client',
      }),
    ).toMatch(/^OK/);
    expect(
      await run([{ dns: 'API.example.com' }], { type: 'dns', value: 'api.Example.COM' }),
    ).toMatch(/^OK/);
  });
});

describe('mtlsValidate:v1 refuses certificates not for client authentication (MTLS_CERT_UNTRUSTED)', () => {
  const eku = (...u: x509.ExtendedKeyUsage[]) => new x509.ExtendedKeyUsageExtension(u);
  const cases: [string, () => x509.Extension[], string][] = [
    ['EKU serverAuth only', () => [eku(x509.ExtendedKeyUsage.serverAuth)], 'MTLS_CERT_UNTRUSTED'],
    ['EKU codeSigning only', () => [eku(x509.ExtendedKeyUsage.codeSigning)], 'MTLS_CERT_UNTRUSTED'],
    [
      'key usage cRLSign only',
      () => [new x509.KeyUsagesExtension(x509.KeyUsageFlags.cRLSign)],
      'MTLS_CERT_UNTRUSTED',
    ],
    [
      'an intermediate CA certificate (cA=true) as the client certificate',
      () => [new x509.BasicConstraintsExtension(true, 0, true)],
      'MTLS_CERT_UNTRUSTED',
    ],
    [
      'EKU serverAuth + clientAuth (accepted)',
      () => [eku(x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth)],
      'OK',
    ],
    [
      'key usage digitalSignature (accepted)',
      () => [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature)],
      'OK',
    ],
    [
      'basicConstraints cA=false (accepted)',
      () => [new x509.BasicConstraintsExtension(false)],
      'OK',
    ],
  ];
  for (const [name, extensions, want] of cases) {
    it(name, async () => {
      const ca = await makeCa('partner-ca');
      const leaf = await issue(ca, { extensions: extensions() });
      expect(String(await validate(profileFor(ca), leaf.cert)).slice(0, want.length)).toBe(want);
    });
  }

  it('the trust anchor itself presented as the client certificate', async () => {
    const ca = await makeCa('partner-ca');
    expect(await validate(profileFor(ca), ca.cert)).toBe('MTLS_CERT_UNTRUSTED');
  });
});
