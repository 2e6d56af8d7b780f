// What a ClientHello offers, independent of its bytes. The wire layer encodes it (client-hello.ts), the
// engine builds specs for enumeration, and client profiles (src/clients) are specs too.

export interface KeyShareEntry {
  /** IANA NamedGroup code point. */
  group: number;
  /** The public key bytes as sent (may be random bytes of the right length when only acceptance matters). */
  keyExchange: Buffer;
}

/** One PSK offered in a ClientHello's pre_shared_key (RFC 8446 §4.2.11): a ticket and its obfuscated age. */
export interface PskIdentity {
  identity: Buffer;
  /** (ticket age in ms + ticket_age_add) mod 2^32. */
  obfuscatedTicketAge: number;
}

/** The body of a ClientHello's pre_shared_key: the identities and one binder per identity, in the same order. */
export interface OfferedPsks {
  identities: PskIdentity[];
  binders: Buffer[];
}

export interface ClientHelloSpec {
  /** Version in the record header. Defaults to 0x0301, which old and new servers alike accept. */
  recordVersion?: number;
  /** ClientHello.legacy_version: 0x0300..0x0303 (TLS 1.3 sends 0x0303 and lists 0x0304 in supportedVersions). */
  clientVersion: number;
  /** 32 bytes; random when omitted. */
  random?: Buffer;
  /** Legacy session id; TLS 1.3 middlebox compatibility sends 32 random bytes. */
  sessionId?: Buffer;
  cipherSuites: number[];
  compressionMethods?: number[];
  /** server_name (SNI) host name; null or undefined for none. */
  serverName?: string | null;
  /** supported_versions (TLS 1.3), highest first. */
  supportedVersions?: number[];
  /** supported_groups (named groups) code points. */
  supportedGroups?: number[];
  keyShares?: KeyShareEntry[];
  signatureAlgorithms?: number[];
  signatureAlgorithmsCert?: number[];
  ecPointFormats?: number[];
  alpn?: string[];
  /** status_request (OCSP stapling request). */
  statusRequest?: boolean;
  /** session_ticket: true for an empty extension (ask for a ticket), a Buffer to present one. */
  sessionTicket?: boolean | Buffer;
  extendedMasterSecret?: boolean;
  /** renegotiation_info extension (empty, initial handshake). */
  renegotiationInfo?: boolean;
  /** psk_key_exchange_modes, e.g. [1] for psk_dhe_ke. */
  pskKeyExchangeModes?: number[];
  encryptThenMac?: boolean;
  /** early_data (RFC 8446 §4.2.10): 0-RTT data follows the hello. */
  earlyData?: boolean;
  /**
   * pre_shared_key (RFC 8446 §4.2.11), written last. Its binders are placeholders of the right length until
   * bindPskBinders (psk-binders.ts) computes them over the encoded hello.
   */
  preSharedKey?: OfferedPsks;
  /** Pad the hello (RFC 7685) to at least this many bytes of handshake message, or false for no padding. */
  padTo?: number | false;
  /** Extensions to add verbatim, e.g. for client-profile fidelity. */
  extraExtensions?: { type: number; data: Buffer }[];
}

/**
 * SSLv2-format CLIENT-HELLO (also the SSLv2-compatible hello old clients sent for SSLv3/TLS), both ways:
 * decodeSslv2ClientHello fills every field.
 */
export interface SSLv2ClientHelloSpec {
  /** Version field: 0x0002 for SSLv2. */
  version: number;
  /** 24-bit cipher kinds (SSLv2) or 0x00XXXX-encoded TLS suites. */
  cipherSpecs: number[];
  /** 16..32 bytes; random when omitted. */
  challenge?: Buffer;
  /** Empty when omitted (a first connection). */
  sessionId?: Buffer;
}
