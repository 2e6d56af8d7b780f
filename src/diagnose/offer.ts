// What a client offers, as diagnosis needs it: a client profile, or what the user typed on the command line
// (`--tls 1.2 --ciphers ECDHE-RSA-AES128-GCM-SHA256`).
import type { ClientProfile } from '../clients/profiles/types.js';
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

export function offerFromProfile(profile: ClientProfile): ClientOffer {
  return {
    name: profile.id,
    versions: [...profile.versions],
    cipherSuites: [...profile.cipherSuites],
    groups: [...profile.groups],
    signatureAlgorithms: [...profile.signatureAlgorithms],
    sni: profile.sni
  };
}
