// Canonical spellings for the names a policy may use: protocol versions, suites (IANA or OpenSSL), groups
// (IANA or OpenSSL), certificate key types, curves and signature algorithms. Each canonicaliser returns null
// for an unknown name; `candidates*` feed "did you mean".
import { CLIENT_PROFILES, profileById } from '../clients/profiles/index.js';
import { CIPHER_SUITES, GROUPS, groupByName, suiteByName } from '../registry/index.js';
import type { KeyType, ProtocolName } from '../model/report.js';
import { PROTOCOL_NAMES } from '../model/report.js';

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const PROTOCOL_ALIASES = new Map<string, ProtocolName>();
for (const p of PROTOCOL_NAMES) PROTOCOL_ALIASES.set(squash(p), p);
for (const [alias, p] of [
  ['tlsv1', 'TLSv1.0'],
  ['tls1', 'TLSv1.0'],
  ['tls10', 'TLSv1.0'],
  ['tls11', 'TLSv1.1'],
  ['tls12', 'TLSv1.2'],
  ['tls13', 'TLSv1.3'],
  ['ssl2', 'SSLv2'],
  ['ssl3', 'SSLv3']
] as const) {
  PROTOCOL_ALIASES.set(alias, p);
}

export function canonicalProtocol(name: string): ProtocolName | null {
  return PROTOCOL_ALIASES.get(squash(name)) ?? null;
}
export const candidateProtocols = (): string[] => [...PROTOCOL_NAMES];

/** IANA name (or the registry's customary name) of a TLS suite. */
export function canonicalSuite(name: string): string | null {
  const suite = suiteByName(name);
  if (!suite || suite.sslv2 || suite.scsv) return null;
  return suite.iana ?? suite.name;
}
export function candidateSuites(): string[] {
  const names = new Set<string>();
  for (const suite of CIPHER_SUITES) {
    if (suite.sslv2 || suite.scsv) continue;
    names.add(suite.iana ?? suite.name);
    if (suite.openssl) names.add(suite.openssl);
  }
  return [...names];
}

export function canonicalGroup(name: string): string | null {
  return groupByName(name)?.name ?? null;
}
export const candidateGroups = (): string[] => GROUPS.flatMap((g) => [g.name, ...g.opensslNames]);

const KEY_TYPES = new Map<string, KeyType>([
  ['rsa', 'RSA'],
  ['ec', 'EC'],
  ['ecdsa', 'EC'],
  ['ed25519', 'Ed25519'],
  ['ed448', 'Ed448'],
  ['dsa', 'DSA']
]);
export function canonicalKeyType(name: string): KeyType | null {
  return KEY_TYPES.get(name.toLowerCase()) ?? null;
}
export const candidateKeyTypes = (): string[] => ['RSA', 'EC', 'Ed25519', 'Ed448', 'DSA'];

const CURVES = new Map<string, string>();
for (const [canonical, ...aliases] of [
  ['P-256', 'prime256v1', 'secp256r1', 'p256'],
  ['P-384', 'secp384r1', 'p384'],
  ['P-521', 'secp521r1', 'p521'],
  ['P-224', 'secp224r1', 'p224'],
  ['P-192', 'prime192v1', 'secp192r1', 'p192'],
  ['secp256k1'],
  ['brainpoolP256r1'],
  ['brainpoolP384r1'],
  ['brainpoolP512r1']
]) {
  for (const name of [canonical!, ...aliases]) CURVES.set(squash(name), canonical!);
}
export function canonicalCurve(name: string): string | null {
  return CURVES.get(squash(name)) ?? null;
}
export const candidateCurves = (): string[] => [
  'P-256',
  'P-384',
  'P-521',
  'P-224',
  'prime256v1',
  'secp384r1',
  'secp521r1'
];

// OpenSSL long names of certificate signature algorithms (as CertificateInfo.signatureAlgorithm spells them).
const SIGNATURES = [
  'md2WithRSAEncryption',
  'md5WithRSAEncryption',
  'sha1WithRSAEncryption',
  'sha224WithRSAEncryption',
  'sha256WithRSAEncryption',
  'sha384WithRSAEncryption',
  'sha512WithRSAEncryption',
  'rsassaPss',
  'ecdsa-with-SHA1',
  'ecdsa-with-SHA224',
  'ecdsa-with-SHA256',
  'ecdsa-with-SHA384',
  'ecdsa-with-SHA512',
  'dsaWithSHA1',
  'dsa_with_SHA224',
  'dsa_with_SHA256',
  'ED25519',
  'ED448'
];
const SIGNATURE_ALIASES = new Map<string, string>(SIGNATURES.map((s) => [squash(s), s]));
SIGNATURE_ALIASES.set(squash('RSASSA-PSS'), 'rsassaPss');
SIGNATURE_ALIASES.set(squash('Ed25519'), 'ED25519');
export function canonicalSignature(name: string): string | null {
  return SIGNATURE_ALIASES.get(squash(name)) ?? null;
}
export const candidateSignatures = (): string[] => [...SIGNATURES];

/** Does a certificate's signature algorithm use MD5 or SHA-1? (never acceptable below a root) */
export function isWeakSignatureHash(signatureAlgorithm: string): boolean {
  const s = squash(signatureAlgorithm);
  return /md2|md5|sha1(?!\d)/.test(s);
}

/** Client profile ids of the client simulation (src/clients). */
export function canonicalClient(name: string): string | null {
  return profileById(name.trim())?.id ?? null;
}
export const candidateClients = (): string[] => CLIENT_PROFILES.map((p) => p.id);
