/** mTLS profiles with generated CAs, and the client certificates a scenario asks the simulator to issue. */
import './reflect-shim';
import * as x509 from '@peculiar/x509';
import { isObject, type Json, type JsonObject } from '../json';
import { parseInstant } from '../duration';
import type { AuthMaterial } from './material';
import { parseAllowSans, X509_SAN_TYPE } from './san';

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const HALF_YEAR = 183 * 24 * 3600 * 1000;

interface Authority {
  cert: x509.X509Certificate;
  keys: CryptoKeyPair;
}

async function keyPair(): Promise<CryptoKeyPair> {
  return (await globalThis.crypto.subtle.generateKey(ALG, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
}

function strings(v: Json | undefined): string[] | undefined {
  return Array.isArray(v)
    ? v.map((x) => (isObject(x) ? String(Object.values(x)[0] ?? '') : String(x)))
    : undefined;
}

/** `ca`, `extendedKeyUsage` and `keyUsage` of a scenario certificate (names as @peculiar/x509's enums). */
function certExtensions(c: JsonObject): x509.Extension[] {
  const out: x509.Extension[] = [];
  if (typeof c.ca === 'boolean')
    out.push(new x509.BasicConstraintsExtension(c.ca, undefined, true));
  const eku = strings(c.extendedKeyUsage)?.map(
    (u) => x509.ExtendedKeyUsage[u as keyof typeof x509.ExtendedKeyUsage] ?? u,
  );
  if (eku) out.push(new x509.ExtendedKeyUsageExtension(eku));
  const ku = strings(c.keyUsage);
  if (ku) {
    const flags = ku.reduce(
      (acc, u) => acc | (x509.KeyUsageFlags[u as keyof typeof x509.KeyUsageFlags] ?? 0),
      0,
    );
    out.push(new x509.KeyUsagesExtension(flags, true));
  }
  return out;
}

/** Generates one CA per authority name and issues every named client certificate at virtual time `now`. */
export async function issueCertMaterial(
  material: AuthMaterial,
  profiles: JsonObject,
  certs: JsonObject,
  now: number,
): Promise<void> {
  const authorities = new Map<string, Authority>();
  let serial = 0x1000;
  const caFor = async (name: string): Promise<Authority> => {
    const hit = authorities.get(name);
    if (hit) return hit;
    const keys = await keyPair();
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: (serial++).toString(16),
      name: `CN=${name}`,
      notBefore: new Date(now - 10 * HALF_YEAR),
      notAfter: new Date(now + 10 * HALF_YEAR),
      keys,
      signingAlgorithm: ALG,
      extensions: [new x509.BasicConstraintsExtension(true, 2, true)],
    });
    const ca = { cert, keys };
    authorities.set(name, ca);
    return ca;
  };
  for (const [name, raw] of Object.entries(profiles)) {
    const p = isObject(raw) ? raw : {};
    const anchors: { name: string; cert: x509.X509Certificate }[] = [];
    let anchorsProblem: string | undefined;
    const list = p.authorities ?? p.trustAnchors;
    for (const a of Array.isArray(list) ? list : []) {
      const caName =
        isObject(a) && typeof a.name === 'string' ? a.name : typeof a === 'string' ? a : undefined;
      if (!caName) {
        anchorsProblem = 'every authority needs a name';
        continue;
      }
      anchors.push({ name: caName, cert: (await caFor(caName)).cert });
    }
    if (anchors.length === 0) anchorsProblem ??= 'the profile has no trust anchors';
    material.mtls[name] = {
      anchors,
      anchorsProblem,
      allowAnyFromTrusted: p.allowAnyFromTrusted === true,
      allowSubjects: strings(p.allowSubjects),
      allowSans: parseAllowSans(p.allowSans),
      allowSerials: strings(p.allowSerials)?.map((s) =>
        s.toLowerCase().replace(/^0x/, '').replace(/:/g, ''),
      ),
      revocation: p.revocation !== false,
    };
  }
  for (const [name, raw] of Object.entries(certs)) {
    const c = isObject(raw) ? raw : {};
    if (c.malformed === true) {
      material.certs[name] =
        '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----';
      continue;
    }
    const issuer = typeof c.issuer === 'string' ? c.issuer : 'self';
    const subject = typeof c.subject === 'string' ? c.subject : `CN=${name}`;
    const keys = await keyPair();
    const serialHex =
      typeof c.serial === 'string'
        ? c.serial.toLowerCase().replace(/^0x/, '').replace(/:/g, '')
        : (serial++).toString(16);
    const notBefore = parseInstant(c.notBefore) ?? now - HALF_YEAR;
    const notAfter = parseInstant(c.notAfter) ?? now + HALF_YEAR;
    const sans = (Array.isArray(c.sans) ? c.sans : []).flatMap((s) =>
      isObject(s)
        ? Object.entries(s).map(([type, value]) => ({
            type: X509_SAN_TYPE[type] ?? (type as x509.GeneralNameType),
            value: String(value),
          }))
        : [],
    );
    const extensions = certExtensions(c);
    if (sans.length > 0) extensions.push(new x509.SubjectAlternativeNameExtension(sans));
    let cert: x509.X509Certificate;
    if (issuer === 'self') {
      cert = await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber: serialHex,
        name: subject,
        notBefore: new Date(notBefore),
        notAfter: new Date(notAfter),
        keys,
        signingAlgorithm: ALG,
        extensions,
      });
    } else {
      const ca = await caFor(issuer);
      cert = await x509.X509CertificateGenerator.create({
        serialNumber: serialHex,
        subject,
        issuer: ca.cert.subject,
        notBefore: new Date(notBefore),
        notAfter: new Date(notAfter),
        publicKey: keys.publicKey,
        signingKey: ca.keys.privateKey,
        signingAlgorithm: ALG,
        extensions,
      });
    }
    if (c.revoked === true) material.revoked.add(cert.serialNumber.toLowerCase());
    const pem = cert.toString('pem');
    material.certs[name] = pem;
    material.secrets.push(pem, pem.split('\n').slice(1, -1).join(''));
  }
}
