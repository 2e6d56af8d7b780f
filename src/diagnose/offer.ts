// What a client offers, as diagnosis needs it: a client profile, or what the user typed on the command line
// (`--tls 1.2 --ciphers ECDHE-RSA-AES128-GCM-SHA256`). src/clients maps its profiles to it (clients/offer.ts).
import type { ProtocolName } from '../model/report.js';

export interface ClientOffer {
  /** Profile id or "custom client". */
  name: string;
  /** Versions it will complete a handshake with, highest first. */
  versions: ProtocolName[];
  /** Cipher suite code points in the client's order. */
  cipherSuites: number[];
  /** supported_groups code points. */
  groups: number[];
  /** signature_algorithms code points (empty: the TLS 1.0/1.1 defaults, any key type). */
  signatureAlgorithms: number[];
  /** Whether the client sends SNI. */
  sni: boolean;
}
