// The ClientHellos the engine sends for enumeration. Each offers everything that could make the server pick
// a suite (all groups, point formats, every signature scheme), so a refusal means "not supported" rather than
// "our hello was too thin"; and each stays small (≤ CHUNK_SIZE suites, padded past the 256..511-byte range
// some load balancers hang on).
import { NamedGroup, ProtocolVersion } from '../codepoints/index.js';
import { randomBytes } from 'node:crypto';
import { type ClientHelloSpec, type KeyShareEntry } from '../wire/client-hello-spec.js';
import { GROUPS, SIGNATURE_SCHEMES, protocolVersionCode, type GroupInfo } from '../registry/index.js';
import type { ProtocolName } from '../model/report.js';

/**
 * Suites per ClientHello: testssl.sh stays below 128 because some servers choke at 128 and more (nmap uses
 * 64); 120 holds every mainstream TLS 1.2 suite (ECDHE/DHE/RSA with RSA/ECDSA/DSS, 103 today) in one hello.
 */
export const CHUNK_SIZE = 120;
/** RFC 7685 padding target: past the 256..511-byte range that hangs some F5 load balancers. */
export const PAD_TO = 512;

/** Groups in the order a typical modern client lists them, then the rest in registry order. */
const COMMON_GROUP_ORDER = [
  'X25519MLKEM768',
  'x25519',
  'secp256r1',
  'x448',
  'secp384r1',
  'secp521r1',
  'ffdhe2048',
  'ffdhe3072'
];

function byCommonOrder(groups: readonly GroupInfo[]): GroupInfo[] {
  const rank = (g: GroupInfo): number => {
    const index = COMMON_GROUP_ORDER.indexOf(g.name);
    return index === -1 ? COMMON_GROUP_ORDER.length : index;
  };
  return [...groups].sort((a, b) => rank(a) - rank(b));
}

// The lists every enumeration hello carries, computed once per run and frozen: the hellos share them, and the
// wire layer may keep their encoding.
const TLS12_GROUPS: readonly number[] = Object.freeze(
  byCommonOrder(GROUPS.filter((g) => g.tls12 && !g.type.includes('explicit'))).map((g) => g.code)
);
const TLS13_GROUPS: readonly number[] = Object.freeze(
  byCommonOrder(GROUPS.filter((g) => g.tls13)).map((g) => g.code)
);
const SCHEMES = {
  all: Object.freeze(SIGNATURE_SCHEMES.map((s) => s.code)),
  ecdsa: Object.freeze(
    SIGNATURE_SCHEMES.filter((s) => (s.family ?? '').toUpperCase().startsWith('ECDSA')).map((s) => s.code)
  ),
  rsa: Object.freeze(
    SIGNATURE_SCHEMES.filter((s) => (s.family ?? '').toUpperCase().startsWith('RSA')).map((s) => s.code)
  )
};
const POINT_FORMATS: readonly number[] = Object.freeze([0, 1, 2]);
/** The legacy session id of TLS 1.3 middlebox compatibility mode (RFC 8446 §D.4): any 32 bytes. */
const MIDDLEBOX_SESSION_ID = Buffer.alloc(32, 0x5a);

/** TLS 1.0-1.2 supported_groups: every elliptic curve (finite-field groups do not steer ECDHE). */
export function tls12Groups(): number[] {
  return [...TLS12_GROUPS];
}

/** TLS 1.3 groups: every named group a TLS 1.3 key_share can use. */
export function tls13Groups(): number[] {
  return [...TLS13_GROUPS];
}

export const X25519 = NamedGroup.x25519;

export function signatureSchemes(family?: 'ecdsa' | 'rsa'): number[] {
  return [...SCHEMES[family ?? 'all']];
}

export interface HelloOptions {
  serverName: string | null;
  statusRequest?: boolean;
  signatureAlgorithms?: number[];
}

/** A ClientHello for exactly one TLS <= 1.2 version (no supported_versions, so a 1.3 server answers at `version`). */
export function legacyHello(
  version: Exclude<ProtocolName, 'SSLv2' | 'TLSv1.3'>,
  suites: number[],
  options: HelloOptions
): ClientHelloSpec {
  const clientVersion = protocolVersionCode(version);
  if (version === 'SSLv3') {
    // SSL 3.0 servers predate extensions; many reject a hello that carries them.
    return { clientVersion, recordVersion: ProtocolVersion.SSLv3, cipherSuites: suites };
  }
  return {
    clientVersion,
    recordVersion: ProtocolVersion.TLSv1_0,
    cipherSuites: suites,
    serverName: options.serverName,
    supportedGroups: TLS12_GROUPS as number[],
    ecPointFormats: POINT_FORMATS as number[],
    signatureAlgorithms:
      version === 'TLSv1.2' ? (options.signatureAlgorithms ?? (SCHEMES.all as number[])) : undefined,
    renegotiationInfo: true,
    // Answered only for CBC suites; the echo records RFC 7366 support at no extra handshake.
    encryptThenMac: true,
    extendedMasterSecret: true,
    statusRequest: options.statusRequest ?? false,
    sessionTicket: true,
    padTo: PAD_TO
  };
}

/** A TLS 1.3-only ClientHello (supported_versions lists 1.3 alone). */
export function tls13Hello(
  suites: number[],
  options: HelloOptions & { groups?: number[]; keyShares?: KeyShareEntry[] }
): ClientHelloSpec {
  return {
    clientVersion: ProtocolVersion.TLSv1_2,
    recordVersion: ProtocolVersion.TLSv1_0,
    cipherSuites: suites,
    sessionId: MIDDLEBOX_SESSION_ID,
    serverName: options.serverName,
    supportedVersions: [ProtocolVersion.TLSv1_3],
    supportedGroups: options.groups ?? (TLS13_GROUPS as number[]),
    keyShares: options.keyShares ?? [{ group: X25519, keyExchange: X25519_PLACEHOLDER }],
    signatureAlgorithms: options.signatureAlgorithms ?? (SCHEMES.all as number[]),
    pskKeyExchangeModes: [1],
    ecPointFormats: [0],
    statusRequest: options.statusRequest ?? false,
    padTo: PAD_TO
  };
}

/**
 * Any 32 bytes are a valid X25519 public key (RFC 7748 §5), so a random share is enough to be accepted; one per
 * run serves every hello (the handshake never goes on, so nothing depends on it being fresh).
 */
const X25519_PLACEHOLDER = randomBytes(32);

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
