// Typed lookups over the generated registry tables in ./data (scripts/gen-registry.mjs writes them from the
// reference tables; each file's `meta` names its sources). Cipher suites, named groups, signature schemes and
// protocol version numbers: the engine enumerates from here, reports name from here.
import { CipherSuite, ProtocolVersion } from '../codepoints/index.js';
import type { ProtocolName } from '../model/report.js';
import { PROTOCOL_NAMES } from '../model/report.js';
import suitesData from './data/cipher-suites.json' with { type: 'json' };
import groupsData from './data/supported-groups.json' with { type: 'json' };
import schemesData from './data/signature-schemes.json' with { type: 'json' };

export type SuiteRating = 'recommended' | 'secure' | 'weak' | 'insecure' | 'legacy' | 'n/a';

export interface CipherSuiteInfo {
  /** IANA code point (16 bits), or the 24-bit cipher kind for SSLv2. */
  code: number;
  hex: string;
  /** IANA name when registered, else the customary name (or LEGACY_0xXXXX). */
  name: string;
  iana: string | null;
  openssl: string | null;
  /** Name in Node's tls.getCiphers(), when Node can offer it. */
  nodeName: string | null;
  ianaRegistered: boolean;
  /** An SSLv2 cipher kind (3-byte code) rather than a TLS suite. */
  sslv2: boolean;
  /** A signalling value (TLS_EMPTY_RENEGOTIATION_INFO_SCSV, TLS_FALLBACK_SCSV), never a suite. */
  scsv: boolean;
  minVersion: ProtocolName | null;
  maxVersion: ProtocolName | null;
  kx: string | null;
  au: string | null;
  cipher: string | null;
  mode: string | null;
  keyBits: number | null;
  mac: string | null;
  prf: string | null;
  aead: boolean;
  pfs: boolean;
  export: boolean;
  anonymous: boolean;
  rating: SuiteRating | null;
  ratingReasons: string[];
}

export interface GroupInfo {
  code: number;
  hex: string;
  /** IANA name, e.g. "x25519", "secp256r1", "ffdhe2048", "X25519MLKEM768". */
  name: string;
  /** OpenSSL spellings (e.g. ["P-256", "prime256v1", "secp256r1"]). */
  opensslNames: string[];
  type: string;
  tls12: boolean;
  tls13: boolean;
  classicalSecurityBits: number | null;
  status: string | null;
}

export interface SignatureSchemeInfo {
  code: number;
  hex: string;
  name: string;
  family: string | null;
  hash: string | null;
  tls12: boolean;
  tls13CertificateVerify: boolean;
}

export const CIPHER_SUITES: readonly CipherSuiteInfo[] = suitesData.cipherSuites as CipherSuiteInfo[];
export const GROUPS: readonly GroupInfo[] = groupsData.groups as GroupInfo[];
export const SIGNATURE_SCHEMES: readonly SignatureSchemeInfo[] =
  schemesData.signatureSchemes as SignatureSchemeInfo[];

/** TLS_EMPTY_RENEGOTIATION_INFO_SCSV (RFC 5746) and TLS_FALLBACK_SCSV (RFC 7507). */
export const SCSV = {
  emptyRenegotiationInfo: CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV,
  fallback: CipherSuite.TLS_FALLBACK_SCSV
} as const;

/** The report's protocol names over the code points (src/codepoints). */
const PROTOCOL_CODES: Record<ProtocolName, number> = {
  SSLv2: ProtocolVersion.SSLv2,
  SSLv3: ProtocolVersion.SSLv3,
  'TLSv1.0': ProtocolVersion.TLSv1_0,
  'TLSv1.1': ProtocolVersion.TLSv1_1,
  'TLSv1.2': ProtocolVersion.TLSv1_2,
  'TLSv1.3': ProtocolVersion.TLSv1_3
};

/** The wire version number of a protocol (SSLv2 → 0x0002, TLSv1.3 → 0x0304). */
export function protocolVersionCode(p: ProtocolName): number {
  return PROTOCOL_CODES[p];
}

/** The protocol a wire version number means, or null. */
export function protocolNameOf(code: number): ProtocolName | null {
  return PROTOCOL_NAMES.find((p) => PROTOCOL_CODES[p] === code) ?? null;
}

function rank(p: ProtocolName): number {
  return PROTOCOL_NAMES.indexOf(p);
}

const tlsByCode = new Map<number, CipherSuiteInfo>();
const sslv2ByCode = new Map<number, CipherSuiteInfo>();
const byName = new Map<string, CipherSuiteInfo>();
for (const suite of CIPHER_SUITES) {
  (suite.sslv2 ? sslv2ByCode : tlsByCode).set(suite.code, suite);
}
// IANA names first, then customary names, then OpenSSL names; TLS suites win over SSLv2 kinds that share an
// OpenSSL name (e.g. "RC4-MD5"), since TLS is what names refer to in policies.
for (const key of ['iana', 'name', 'openssl'] as const) {
  for (const suite of [...CIPHER_SUITES].sort((a, b) => Number(a.sslv2) - Number(b.sslv2))) {
    const name = suite[key];
    if (name && !byName.has(name.toUpperCase())) byName.set(name.toUpperCase(), suite);
  }
}

/** A TLS cipher suite by its 16-bit code point (or an SSLv2 cipher kind with { sslv2: true }). */
export function suiteByCode(code: number, options: { sslv2?: boolean } = {}): CipherSuiteInfo | undefined {
  return options.sslv2 ? sslv2ByCode.get(code) : tlsByCode.get(code);
}

/** A suite by IANA or OpenSSL name (case-insensitive). */
export function suiteByName(name: string): CipherSuiteInfo | undefined {
  return byName.get(name.trim().toUpperCase());
}

/** The name reports use for a code point: the IANA name, else the customary one, else "0xXXXX". */
export function suiteName(code: number, options: { sslv2?: boolean } = {}): string {
  const suite = suiteByCode(code, options);
  if (suite) return suite.name;
  return `0x${code
    .toString(16)
    .toUpperCase()
    .padStart(options.sslv2 ? 6 : 4, '0')}`;
}

const suitesPerProtocol = new Map<ProtocolName, CipherSuiteInfo[]>();

/**
 * Every suite the registry knows that a server could negotiate at this version: the set the engine enumerates.
 * SSLv3/TLS 1.0/1.1 never get TLS 1.2-only suites (SHA-256/384 MACs, AEAD), TLS 1.3 only TLS 1.3 suites,
 * SSLv2 the SSLv2 cipher kinds; SCSVs never.
 */
export function suitesForProtocol(p: ProtocolName): readonly CipherSuiteInfo[] {
  let list = suitesPerProtocol.get(p);
  if (!list) {
    list = CIPHER_SUITES.filter(
      (s) =>
        !s.scsv &&
        s.minVersion !== null &&
        s.maxVersion !== null &&
        rank(s.minVersion) <= rank(p) &&
        rank(p) <= rank(s.maxVersion)
    );
    suitesPerProtocol.set(p, list);
  }
  return list;
}

/** The SSLv2 cipher kinds (24-bit codes). */
export function sslv2CipherKinds(): readonly CipherSuiteInfo[] {
  return suitesForProtocol('SSLv2');
}

const groupByCodeMap = new Map(GROUPS.map((g) => [g.code, g]));
const groupByNameMap = new Map<string, GroupInfo>();
for (const g of GROUPS) groupByNameMap.set(g.name.toLowerCase(), g);
for (const g of GROUPS) {
  for (const alias of g.opensslNames)
    if (!groupByNameMap.has(alias.toLowerCase())) groupByNameMap.set(alias.toLowerCase(), g);
}

export function groupByCode(code: number): GroupInfo | undefined {
  return groupByCodeMap.get(code);
}

/** A group by IANA name or OpenSSL alias, case-insensitive ("X25519", "prime256v1", "P-256"). */
export function groupByName(name: string): GroupInfo | undefined {
  return groupByNameMap.get(name.trim().toLowerCase());
}

/** The name reports use for a group code point ("0xXXXX" when unknown). */
export function groupName(code: number): string {
  return groupByCode(code)?.name ?? `0x${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Groups usable at a protocol: TLS 1.3 key_share groups, or the ECDHE/FFDHE supported_groups of TLS 1.0-1.2
 * (RFC 8422 applies from TLS 1.0; SSL 3 and SSLv2 have no named groups).
 */
export function groupsForProtocol(p: ProtocolName): readonly GroupInfo[] {
  if (p === 'TLSv1.3') return GROUPS.filter((g) => g.tls13);
  if (p === 'SSLv2' || p === 'SSLv3') return [];
  return GROUPS.filter((g) => g.tls12);
}

const schemeByCodeMap = new Map(SIGNATURE_SCHEMES.map((s) => [s.code, s]));
const schemeByNameMap = new Map(SIGNATURE_SCHEMES.map((s) => [s.name.toLowerCase(), s]));

export function signatureSchemeByCode(code: number): SignatureSchemeInfo | undefined {
  return schemeByCodeMap.get(code);
}

export function signatureSchemeByName(name: string): SignatureSchemeInfo | undefined {
  return schemeByNameMap.get(name.trim().toLowerCase());
}
