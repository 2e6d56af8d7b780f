// One certificate, as the report shows it. Parsing is done by Node's crypto.X509Certificate (OpenSSL) and by
// @peculiar/x509 for the extensions Node does not expose; we write no ASN.1 parser. The bytes come from a server:
// every part is read on its own so that one bad extension still leaves the rest, and nothing here throws.
import 'reflect-metadata';
import { createHash, X509Certificate as NodeX509Certificate, type KeyObject } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { Certificate as AsnCertificate } from '@peculiar/asn1-x509';
import * as x509 from '@peculiar/x509';
import type { CertificateInfo, KeyType } from '../model/report.js';
import { signatureAlgorithmName } from './algorithms.js';
import { outerSignatureAlgorithmOid, subjectAltNamesFromOpenSsl } from './der-outline.js';
import { plausibleDate, validityFromDer } from './validity.js';

const DAY_MS = 86_400_000;
export const MUST_STAPLE_OID = '1.3.6.1.5.5.7.1.24';
export const SCT_LIST_OID = '1.3.6.1.4.1.11129.2.4.2';
const STATUS_REQUEST = 5;
/** The extensions read one by one below, by the name each one's problem is reported under. */
const EXTENSION_NAMES = [
  'subjectAltName',
  'basicConstraints',
  'authorityInfoAccess',
  'cRLDistributionPoints',
  'keyUsage',
  'extendedKeyUsage'
] as const;

const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
  '2.5.29.37.0': 'anyExtendedKeyUsage'
};

const CURVE_NAMES: Record<string, string> = {
  prime256v1: 'P-256',
  secp256r1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
  'P-256': 'P-256',
  'P-384': 'P-384',
  'P-521': 'P-521'
};
const CURVE_BITS: Record<string, number> = { 'P-256': 256, 'P-384': 384, 'P-521': 521, secp256k1: 256 };

/** Colon-separated upper-case hex, the form browsers and openssl show fingerprints in. */
export function fingerprintSha256(der: Buffer): string {
  return createHash('sha256')
    .update(der)
    .digest('hex')
    .toUpperCase()
    .replace(/(..)(?!$)/g, '$1:');
}

/** ISO 8601, or '' when the date could not be read (consumers see Date.parse('') as NaN, never a real date). */
function isoOrEmpty(date: Date | null): string {
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : '';
}

function validDate(date: Date | undefined | null): Date | null {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date : null;
}

function keyFacts(publicKey: KeyObject): { keyType: KeyType; keyBits: number | null; curve: string | null } {
  const details = publicKey.asymmetricKeyDetails ?? {};
  switch (publicKey.asymmetricKeyType) {
    case 'rsa':
    case 'rsa-pss':
      return { keyType: 'RSA', keyBits: details.modulusLength ?? null, curve: null };
    case 'dsa':
      return { keyType: 'DSA', keyBits: details.modulusLength ?? null, curve: null };
    case 'ec': {
      const curve = details.namedCurve ? (CURVE_NAMES[details.namedCurve] ?? details.namedCurve) : null;
      return { keyType: 'EC', keyBits: curve ? (CURVE_BITS[curve] ?? null) : null, curve };
    }
    case 'ed25519':
      return { keyType: 'Ed25519', keyBits: 256, curve: null };
    case 'ed448':
      return { keyType: 'Ed448', keyBits: 456, curve: null };
    default:
      return { keyType: 'unknown', keyBits: null, curve: null };
  }
}

function generalNameStrings(names: readonly x509.GeneralName[], types: string[]): string[] {
  return names.filter((name) => types.includes(name.type)).map((name) => name.value);
}

/** RFC 6962 SignedCertificateTimestampList inside an OCTET STRING: u16 length, then u16-prefixed SCTs. */
function countScts(extensionValue: ArrayBuffer): number {
  const list = Buffer.from(AsnConvert.parse(extensionValue, OctetString).buffer);
  if (list.length < 2) throw new Error('SCT list too short');
  const total = list.readUInt16BE(0);
  if (total + 2 !== list.length) throw new Error('SCT list length does not match its contents');
  let count = 0;
  for (let offset = 2; offset < list.length; count++) {
    if (offset + 2 > list.length) throw new Error('SCT list truncated');
    offset += 2 + list.readUInt16BE(offset);
    if (offset > list.length) throw new Error('SCT list truncated');
  }
  return count;
}

/** TLSFeature ::= SEQUENCE OF INTEGER; must-staple is the presence of status_request (5). */
function hasStatusRequestFeature(extensionValue: ArrayBuffer): boolean {
  const bytes = Buffer.from(extensionValue);
  // A SEQUENCE of small INTEGERs: 02 01 05 is status_request. Checked element by element, not by search.
  if (bytes[0] !== 0x30 || bytes.length < 2 || bytes[1]! >= 0x80 || bytes[1]! + 2 !== bytes.length)
    return false;
  for (let offset = 2; offset + 2 <= bytes.length;) {
    const tag = bytes[offset]!;
    const length = bytes[offset + 1]!;
    if (tag !== 0x02 || offset + 2 + length > bytes.length) return false;
    if (length === 1 && bytes[offset + 2] === STATUS_REQUEST) return true;
    offset += 2 + length;
  }
  return false;
}

/** A certificate reduced to what could be read, for input that is not a certificate at all. */
function unreadable(der: Buffer, reason: string): CertificateInfo {
  return {
    subject: '',
    issuer: '',
    serialNumber: '',
    notBefore: '',
    notAfter: '',
    daysRemaining: 0,
    lifetimeDays: 0,
    subjectAltNames: [],
    keyType: 'unknown',
    keyBits: null,
    curve: null,
    signatureAlgorithm: 'unknown',
    sha256Fingerprint: fingerprintSha256(der),
    spkiSha256: '',
    selfSigned: false,
    isCA: false,
    ocspUrls: [],
    caIssuerUrls: [],
    crlUrls: [],
    mustStaple: false,
    sctCount: 0,
    keyUsage: [],
    extendedKeyUsage: [],
    parseError: reason
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function describeCertificate(der: Buffer, now: Date): CertificateInfo {
  const problems: string[] = [];
  const attempt = <T>(what: string, read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (error) {
      problems.push(`${what}: ${message(error)}`);
      return fallback;
    }
  };

  let node: NodeX509Certificate | null = null;
  let peculiar: x509.X509Certificate | null = null;
  let asn: AsnCertificate | null = null;
  try {
    node = new NodeX509Certificate(der);
  } catch (error) {
    problems.push(`OpenSSL cannot read it: ${message(error)}`);
  }
  try {
    peculiar = new x509.X509Certificate(der);
    asn = AsnConvert.parse(peculiar.rawData, AsnCertificate);
  } catch (error) {
    problems.push(
      node && /node count exceeded/i.test(message(error))
        ? 'extensions other than subjectAltName not read: the certificate has more ASN.1 elements than the ' +
            'parser accepts (a guard against hostile input)'
        : `not a DER X.509 certificate: ${message(error)}`
    );
  }
  if (!node && !peculiar) return unreadable(der, problems.join('; '));

  const subject = attempt('subject', () => peculiar?.subject ?? node!.subject.replace(/\n/g, ', '), '');
  const issuer = attempt('issuer', () => peculiar?.issuer ?? node!.issuer.replace(/\n/g, ', '), '');
  const serialNumber = attempt(
    'serial',
    () => (node?.serialNumber ?? peculiar!.serialNumber).toUpperCase(),
    ''
  );
  // The DER's own times when it can be walked (strict: garbage is no date); else the libraries', if plausible.
  const validity = validityFromDer(der);
  const readDate = (what: 'notBefore' | 'notAfter', fromLibraries: () => Date | null): Date | null => {
    const time = validity?.[what];
    if (time?.problem) problems.push(`${what} cannot be read: ${time.problem}`);
    if (time) return time.date;
    const date = attempt(what, fromLibraries, null);
    if (date && !plausibleDate(date)) problems.push(`${what} cannot be read: outside the years 1950 to 9999`);
    return plausibleDate(date);
  };
  const notBefore = readDate(
    'notBefore',
    () => validDate(peculiar?.notBefore) ?? validDate(node ? new Date(node.validFrom) : null)
  );
  const notAfter = readDate(
    'notAfter',
    () => validDate(peculiar?.notAfter) ?? validDate(node ? new Date(node.validTo) : null)
  );
  if (!notBefore || !notAfter) problems.push('validity dates could not be read');

  const keyInfo = attempt(
    'public key',
    () => (node ? keyFacts(node.publicKey) : { keyType: 'unknown' as KeyType, keyBits: null, curve: null }),
    { keyType: 'unknown' as KeyType, keyBits: null, curve: null }
  );
  if (keyInfo.keyType === 'unknown' && !problems.some((p) => p.startsWith('public key'))) {
    problems.push('public key: unknown key type');
  }

  const spkiSha256 = attempt(
    'subjectPublicKeyInfo',
    () => {
      const spki = asn
        ? Buffer.from(AsnConvert.serialize(asn.tbsCertificate.subjectPublicKeyInfo))
        : node!.publicKey.export({ type: 'spki', format: 'der' });
      return createHash('sha256').update(spki).digest('base64');
    },
    ''
  );

  const signatureAlgorithm = attempt(
    'signature algorithm',
    () => signatureAlgorithmName(asn ? asn.signatureAlgorithm.algorithm : outerSignatureAlgorithmOid(der)),
    'unknown'
  );

  const extension = <T extends x509.Extension>(type: new (raw: ArrayBuffer) => T, what: string): T | null =>
    attempt(what, () => peculiar?.getExtension(type as never) ?? null, null) as T | null;

  const san = extension(x509.SubjectAlternativeNameExtension, 'subjectAltName');
  const subjectAltNames = attempt(
    'subjectAltName',
    () =>
      peculiar
        ? [
            ...generalNameStrings(san?.names.items ?? [], ['dns']).map((name) => `DNS:${name}`),
            ...generalNameStrings(san?.names.items ?? [], ['ip']).map((ip) => `IP:${ip}`)
          ]
        : // Too large for the ASN.1 parser (see der-outline.ts): OpenSSL's reading, which has no such limit.
          subjectAltNamesFromOpenSsl(node?.subjectAltName),
    [] as string[]
  );

  const basicConstraints = extension(x509.BasicConstraintsExtension, 'basicConstraints');
  const isCA = basicConstraints?.ca ?? node?.ca ?? false;

  const aia = extension(x509.AuthorityInfoAccessExtension, 'authorityInfoAccess');
  const ocspUrls = generalNameStrings(aia?.ocsp ?? [], ['url']);
  const caIssuerUrls = generalNameStrings(aia?.caIssuers ?? [], ['url']);

  const crl = extension(x509.CRLDistributionPointsExtension, 'cRLDistributionPoints');
  const crlUrls = attempt(
    'cRLDistributionPoints',
    () =>
      (crl?.distributionPoints ?? []).flatMap((point) =>
        (point.distributionPoint?.fullName ?? [])
          .map((name) => name.uniformResourceIdentifier)
          .filter((url): url is string => typeof url === 'string')
      ),
    [] as string[]
  );

  const keyUsageExtension = extension(x509.KeyUsagesExtension, 'keyUsage');
  const keyUsage = keyUsageExtension
    ? Object.entries(x509.KeyUsageFlags)
        .filter(([, flag]) => typeof flag === 'number' && (keyUsageExtension.usages & flag) !== 0)
        .map(([name]) => name)
    : [];
  const ekuExtension = extension(x509.ExtendedKeyUsageExtension, 'extendedKeyUsage');
  const extendedKeyUsage = (ekuExtension?.usages ?? []).map((oid) => EKU_NAMES[String(oid)] ?? String(oid));

  const rawExtensions = attempt('extensions', () => peculiar?.extensions ?? [], [] as x509.Extension[]);
  const mustStapleExtension = rawExtensions.find((ext) => ext.type === MUST_STAPLE_OID);
  const mustStaple = mustStapleExtension
    ? attempt('TLS feature', () => hasStatusRequestFeature(mustStapleExtension.value), false)
    : false;
  const sctExtension = rawExtensions.find((ext) => ext.type === SCT_LIST_OID);
  const sctCount = sctExtension ? attempt('SCT list', () => countScts(sctExtension.value), 0) : 0;

  const selfSigned = attempt(
    'self-signature',
    () => {
      if (subject !== issuer) return false;
      if (!node) return true;
      try {
        return node.verify(node.publicKey);
      } catch {
        return true; // same name, key we cannot use: still presented as its own issuer
      }
    },
    false
  );

  const info: CertificateInfo = {
    subject,
    issuer,
    serialNumber,
    notBefore: isoOrEmpty(notBefore),
    notAfter: isoOrEmpty(notAfter),
    daysRemaining: notAfter ? (notAfter.getTime() - now.getTime()) / DAY_MS : 0,
    lifetimeDays: notBefore && notAfter ? (notAfter.getTime() - notBefore.getTime()) / DAY_MS : 0,
    subjectAltNames,
    keyType: keyInfo.keyType,
    keyBits: keyInfo.keyBits,
    curve: keyInfo.curve,
    signatureAlgorithm,
    sha256Fingerprint: fingerprintSha256(der),
    spkiSha256,
    selfSigned,
    isCA,
    ocspUrls,
    caIssuerUrls,
    crlUrls,
    mustStaple,
    sctCount,
    keyUsage,
    extendedKeyUsage
  };
  if (notBefore && notAfter && notAfter.getTime() < notBefore.getTime()) {
    problems.push('notAfter is before notBefore');
  }
  if (problems.length > 0) info.parseError = problems.join('; ');
  const unreadableExtensions = EXTENSION_NAMES.filter((name) =>
    problems.some((p) => p.startsWith(`${name}: `))
  );
  if (unreadableExtensions.length > 0) info.unreadableExtensions = [...unreadableExtensions];
  return info;
}
