// A client profile is what a real TLS client offers by default: the facts a server must meet for that client
// to connect. Each profile records where its facts come from; simulation (../simulate.ts) turns a profile into
// a ClientHelloSpec and sends it through the engine's probe.
import type { ProtocolName } from '../../model/report.js';

export interface ClientProfile {
  /** Stable id used on the command line and in policies (`clients: must-connect: [java-8]`). */
  id: string;
  /** Human name, e.g. "Java 8 (8u31 .. 8u2xx)". */
  name: string;
  /** Versions the client will complete a handshake with, highest first. Versions a client puts on the wire but
   *  refuses (OpenSSL 3 offers TLS 1.0/1.1 and then rejects them at its default security level) are left out:
   *  the outcome against a server is the same, a failed handshake. */
  versions: ProtocolName[];
  /** Cipher suite code points in the client's order (TLS 1.3 suites first when it speaks TLS 1.3). */
  cipherSuites: number[];
  /** supported_groups code points in the client's order. */
  groups: number[];
  /** Groups it sends a TLS 1.3 key share for in its first ClientHello. */
  keyShareGroups: number[];
  /** signature_algorithms code points in the client's order. */
  signatureAlgorithms: number[];
  /** Whether it sends SNI (every profile here does when given a name). */
  sni: boolean;
  alpn?: string[];
  statusRequest?: boolean;
  sessionTicket?: boolean;
  extendedMasterSecret?: boolean;
  renegotiationInfo?: boolean;
  ecPointFormats?: boolean;
  /** Where the facts come from (library defaults, documentation, SSL Labs' client list, captured hello). */
  source: string;
  /** Known simplifications of the profile, said plainly. */
  note?: string;
}

// ---- code points used by the profile files (IANA TLS parameters) ----

/** Legacy (pre-TLS 1.3) cipher suites by their OpenSSL names, for readable profile lists. */
export const C = {
  'ECDHE-ECDSA-AES128-GCM-SHA256': 0xc02b,
  'ECDHE-ECDSA-AES256-GCM-SHA384': 0xc02c,
  'ECDHE-RSA-AES128-GCM-SHA256': 0xc02f,
  'ECDHE-RSA-AES256-GCM-SHA384': 0xc030,
  'ECDHE-ECDSA-CHACHA20-POLY1305': 0xcca9,
  'ECDHE-RSA-CHACHA20-POLY1305': 0xcca8,
  'DHE-RSA-CHACHA20-POLY1305': 0xccaa,
  'ECDHE-ECDSA-AES128-SHA256': 0xc023,
  'ECDHE-ECDSA-AES256-SHA384': 0xc024,
  'ECDHE-RSA-AES128-SHA256': 0xc027,
  'ECDHE-RSA-AES256-SHA384': 0xc028,
  'ECDHE-ECDSA-AES128-SHA': 0xc009,
  'ECDHE-ECDSA-AES256-SHA': 0xc00a,
  'ECDHE-RSA-AES128-SHA': 0xc013,
  'ECDHE-RSA-AES256-SHA': 0xc014,
  'ECDHE-ECDSA-DES-CBC3-SHA': 0xc008,
  'ECDHE-RSA-DES-CBC3-SHA': 0xc012,
  'ECDHE-ECDSA-RC4-SHA': 0xc007,
  'ECDHE-RSA-RC4-SHA': 0xc011,
  'DHE-RSA-AES128-GCM-SHA256': 0x009e,
  'DHE-RSA-AES256-GCM-SHA384': 0x009f,
  'DHE-DSS-AES128-GCM-SHA256': 0x00a2,
  'DHE-DSS-AES256-GCM-SHA384': 0x00a3,
  'DHE-RSA-AES128-SHA256': 0x0067,
  'DHE-RSA-AES256-SHA256': 0x006b,
  'DHE-DSS-AES128-SHA256': 0x0040,
  'DHE-DSS-AES256-SHA256': 0x006a,
  'DHE-RSA-AES128-SHA': 0x0033,
  'DHE-RSA-AES256-SHA': 0x0039,
  'DHE-DSS-AES128-SHA': 0x0032,
  'DHE-DSS-AES256-SHA': 0x0038,
  'EDH-RSA-DES-CBC3-SHA': 0x0016,
  'EDH-DSS-DES-CBC3-SHA': 0x0013,
  'AES128-GCM-SHA256': 0x009c,
  'AES256-GCM-SHA384': 0x009d,
  'AES128-SHA256': 0x003c,
  'AES256-SHA256': 0x003d,
  'AES128-SHA': 0x002f,
  'AES256-SHA': 0x0035,
  'DES-CBC3-SHA': 0x000a,
  'RC4-SHA': 0x0005,
  'RC4-MD5': 0x0004,
  'ECDH-ECDSA-AES128-SHA': 0xc004,
  'ECDH-RSA-AES128-SHA': 0xc00e,
  'ECDH-ECDSA-AES128-SHA256': 0xc025,
  'ECDH-RSA-AES128-SHA256': 0xc029,
  'ECDH-ECDSA-AES128-GCM-SHA256': 0xc02d,
  'ECDH-RSA-AES128-GCM-SHA256': 0xc031,
  'ECDH-ECDSA-DES-CBC3-SHA': 0xc003,
  'ECDH-RSA-DES-CBC3-SHA': 0xc00d,
  'ECDHE-ECDSA-AES256-CCM': 0xc0ad,
  'ECDHE-ECDSA-AES128-CCM': 0xc0ac,
  'ECDHE-ECDSA-AES256-CCM8': 0xc0af,
  'ECDHE-ECDSA-AES128-CCM8': 0xc0ae,
  'DHE-RSA-AES256-CCM': 0xc09f,
  'DHE-RSA-AES128-CCM': 0xc09e,
  'DHE-RSA-AES256-CCM8': 0xc0a3,
  'DHE-RSA-AES128-CCM8': 0xc0a2,
  'AES256-CCM': 0xc09d,
  'AES128-CCM': 0xc09c,
  'AES256-CCM8': 0xc0a1,
  'AES128-CCM8': 0xc0a0,
  'ECDHE-ECDSA-ARIA256-GCM-SHA384': 0xc05d,
  'ECDHE-ARIA256-GCM-SHA384': 0xc061,
  'DHE-RSA-ARIA256-GCM-SHA384': 0xc053,
  'DHE-DSS-ARIA256-GCM-SHA384': 0xc057,
  'ECDHE-ECDSA-ARIA128-GCM-SHA256': 0xc05c,
  'ECDHE-ARIA128-GCM-SHA256': 0xc060,
  'DHE-RSA-ARIA128-GCM-SHA256': 0xc052,
  'DHE-DSS-ARIA128-GCM-SHA256': 0xc056,
  'ARIA256-GCM-SHA384': 0xc051,
  'ARIA128-GCM-SHA256': 0xc050,
  TLS_EMPTY_RENEGOTIATION_INFO_SCSV: 0x00ff
} as const;

/** Suites by OpenSSL name, in order; throws on a typo so a profile cannot silently lose a suite. */
export function suites(...names: (keyof typeof C)[]): number[] {
  return names.map((name) => {
    const code = C[name];
    if (code === undefined) throw new Error(`unknown suite ${name}`);
    return code;
  });
}
