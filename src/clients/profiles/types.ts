// A client profile is what a real TLS client offers by default: the facts a server must meet for that client
// to connect. Each profile records where its facts come from; simulation (../simulate.ts) turns a profile into
// a ClientHelloSpec and sends it through the engine's probe.
import type { ProtocolName } from '../../model/report.js';
import { suiteByName } from '../../registry/index.js';

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

// ---- what the profile files name suites by (other code points: src/codepoints) ----

/**
 * Legacy (pre-TLS 1.3) cipher suites by their OpenSSL names, in order, for readable profile lists. The code
 * points come from the registry (one definition); an unknown name throws when the profiles load, so a typo
 * cannot silently drop a suite.
 */
export function suites(...names: string[]): number[] {
  return names.map((name) => {
    const suite = suiteByName(name);
    if (!suite || suite.sslv2) throw new Error(`unknown suite ${name}`);
    return suite.code;
  });
}
