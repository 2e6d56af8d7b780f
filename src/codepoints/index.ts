// Every TLS code point tls-gate uses, defined once (in the manner of rustls' msgs/enums.rs): the numbers as they
// appear on the wire, under their registered names. The wire codecs, the registry (which adds display names and
// attributes on top), client profiles, diagnosis and key shares all refer to these; nothing else spells a code
// point as a literal. Each table names the IANA registry (https://www.iana.org/assignments/tls-parameters) or
// RFC it comes from. This module imports nothing.

/** The numeric value of one entry of a code-point table, e.g. CodePoint<typeof NamedGroup>. */
export type CodePoint<Table extends Record<string, number>> = Table[keyof Table];

/**
 * Protocol versions (ProtocolVersion, RFC 8446 §4.1.2 and appendix B.3.1; RFC 6101 §5.6.1 for SSL 3.0;
 * 0x0002 is the SSL 2.0 version field, Netscape SSL 2.0 spec).
 */
export const ProtocolVersion = {
  SSLv2: 0x0002,
  SSLv3: 0x0300,
  TLSv1_0: 0x0301,
  TLSv1_1: 0x0302,
  TLSv1_2: 0x0303,
  TLSv1_3: 0x0304
} as const;

/**
 * A cipher suite code point (IANA "TLS Cipher Suites"): 16 bits, or the 24-bit cipher kind of SSL 2.0. The
 * registry (src/registry) holds the full table with names and attributes; only the suites code refers to by
 * name are listed in CipherSuite.
 */
export type CipherSuiteCode = number;

/** Cipher suites referred to by name in code (IANA "TLS Cipher Suites"; RFC 8446 §B.4, RFC 5746, RFC 7507). */
export const CipherSuite = {
  TLS_AES_128_GCM_SHA256: 0x1301,
  TLS_AES_256_GCM_SHA384: 0x1302,
  TLS_CHACHA20_POLY1305_SHA256: 0x1303,
  TLS_AES_128_CCM_SHA256: 0x1304,
  TLS_AES_128_CCM_8_SHA256: 0x1305,
  /** A signalling value, never negotiated (RFC 5746 §3.3). */
  TLS_EMPTY_RENEGOTIATION_INFO_SCSV: 0x00ff,
  /** A signalling value, never negotiated (RFC 7507 §2). */
  TLS_FALLBACK_SCSV: 0x5600
} as const;

/** Record content types (IANA "TLS ContentType"; RFC 8446 §5.1, RFC 6520 for heartbeat). */
export const ContentType = {
  change_cipher_spec: 20,
  alert: 21,
  handshake: 22,
  application_data: 23,
  heartbeat: 24
} as const;

/** Heartbeat message types and modes (RFC 6520 §2, §3). */
export const HeartbeatMessageType = { heartbeat_request: 1, heartbeat_response: 2 } as const;
export const HeartbeatMode = { peer_allowed_to_send: 1, peer_not_allowed_to_send: 2 } as const;

/** Handshake message types (IANA "TLS HandshakeType"; RFC 8446 §4, RFC 5246 §7.4, RFC 6066 §8, RFC 8879). */
export const HandshakeType = {
  hello_request: 0,
  client_hello: 1,
  server_hello: 2,
  hello_verify_request: 3,
  new_session_ticket: 4,
  end_of_early_data: 5,
  hello_retry_request: 6,
  encrypted_extensions: 8,
  certificate: 11,
  server_key_exchange: 12,
  certificate_request: 13,
  server_hello_done: 14,
  certificate_verify: 15,
  client_key_exchange: 16,
  finished: 20,
  certificate_url: 21,
  certificate_status: 22,
  supplemental_data: 23,
  key_update: 24,
  compressed_certificate: 25,
  message_hash: 254
} as const;

/** SSL 2.0 message types (Netscape SSL 2.0 spec; RFC 6101 appendix E): the ones a scan sends or reads. */
export const Sslv2MessageType = { error: 0, client_hello: 1, server_hello: 4 } as const;

/** Alert levels (RFC 8446 §6, RFC 5246 §7.2). */
export const AlertLevel = { warning: 1, fatal: 2 } as const;

/**
 * Alert descriptions (IANA "TLS Alerts"; RFC 8446 §6, RFC 5246 §7.2, RFC 6066 §9, RFC 7301 §3.2, RFC 7507 §2,
 * RFC 9147, draft-ietf-tls-esni). The name is what people search for ("handshake_failure").
 */
export const AlertDescription = {
  close_notify: 0,
  unexpected_message: 10,
  bad_record_mac: 20,
  decryption_failed_RESERVED: 21,
  record_overflow: 22,
  decompression_failure_RESERVED: 30,
  handshake_failure: 40,
  no_certificate_RESERVED: 41,
  bad_certificate: 42,
  unsupported_certificate: 43,
  certificate_revoked: 44,
  certificate_expired: 45,
  certificate_unknown: 46,
  illegal_parameter: 47,
  unknown_ca: 48,
  access_denied: 49,
  decode_error: 50,
  decrypt_error: 51,
  too_many_cids_requested: 52,
  export_restriction_RESERVED: 60,
  protocol_version: 70,
  insufficient_security: 71,
  internal_error: 80,
  inappropriate_fallback: 86,
  user_canceled: 90,
  no_renegotiation_RESERVED: 100,
  missing_extension: 109,
  unsupported_extension: 110,
  certificate_unobtainable_RESERVED: 111,
  unrecognized_name: 112,
  bad_certificate_status_response: 113,
  bad_certificate_hash_value_RESERVED: 114,
  unknown_psk_identity: 115,
  certificate_required: 116,
  no_application_protocol: 120,
  ech_required: 121
} as const;

/** Extension types (IANA "TLS ExtensionType Values"; RFC 8446 §4.2 and the RFCs it lists). */
export const ExtensionType = {
  server_name: 0,
  status_request: 5,
  supported_groups: 10,
  ec_point_formats: 11,
  signature_algorithms: 13,
  application_layer_protocol_negotiation: 16,
  signed_certificate_timestamp: 18,
  padding: 21,
  /** RFC 6520 (Heartbleed, CVE-2014-0160, lived in its implementation). */
  heartbeat: 15,
  encrypt_then_mac: 22,
  extended_master_secret: 23,
  compress_certificate: 27,
  record_size_limit: 28,
  session_ticket: 35,
  pre_shared_key: 41,
  early_data: 42,
  supported_versions: 43,
  cookie: 44,
  psk_key_exchange_modes: 45,
  certificate_authorities: 47,
  post_handshake_auth: 49,
  signature_algorithms_cert: 50,
  key_share: 51,
  renegotiation_info: 0xff01
} as const;

/**
 * Named groups (IANA "TLS Supported Groups"; RFC 8422, RFC 7919, RFC 7027, RFC 8734, RFC 8998, RFC 9189,
 * RFC 10024 for the ML-KEM hybrids; 0x6399/0x639A are the pre-standard Kyber drafts browsers shipped).
 */
export const NamedGroup = {
  sect163k1: 0x0001,
  sect163r1: 0x0002,
  sect163r2: 0x0003,
  sect193r1: 0x0004,
  sect193r2: 0x0005,
  sect233k1: 0x0006,
  sect233r1: 0x0007,
  sect239k1: 0x0008,
  sect283k1: 0x0009,
  sect283r1: 0x000a,
  sect409k1: 0x000b,
  sect409r1: 0x000c,
  sect571k1: 0x000d,
  sect571r1: 0x000e,
  secp160k1: 0x000f,
  secp160r1: 0x0010,
  secp160r2: 0x0011,
  secp192k1: 0x0012,
  secp192r1: 0x0013,
  secp224k1: 0x0014,
  secp224r1: 0x0015,
  secp256k1: 0x0016,
  secp256r1: 0x0017,
  secp384r1: 0x0018,
  secp521r1: 0x0019,
  brainpoolP256r1: 0x001a,
  brainpoolP384r1: 0x001b,
  brainpoolP512r1: 0x001c,
  x25519: 0x001d,
  x448: 0x001e,
  brainpoolP256r1tls13: 0x001f,
  brainpoolP384r1tls13: 0x0020,
  brainpoolP512r1tls13: 0x0021,
  GC256A: 0x0022,
  GC256B: 0x0023,
  GC256C: 0x0024,
  GC256D: 0x0025,
  GC512A: 0x0026,
  GC512B: 0x0027,
  GC512C: 0x0028,
  curveSM2: 0x0029,
  ffdhe2048: 0x0100,
  ffdhe3072: 0x0101,
  ffdhe4096: 0x0102,
  ffdhe6144: 0x0103,
  ffdhe8192: 0x0104,
  MLKEM512: 0x0200,
  MLKEM768: 0x0201,
  MLKEM1024: 0x0202,
  SecP256r1MLKEM768: 0x11eb,
  X25519MLKEM768: 0x11ec,
  SecP384r1MLKEM1024: 0x11ed,
  curveSM2MLKEM768: 0x11ee,
  X25519Kyber768Draft00: 0x6399,
  SecP256r1Kyber768Draft00: 0x639a,
  arbitrary_explicit_prime_curves: 0xff01,
  arbitrary_explicit_char2_curves: 0xff02
} as const;

/**
 * Signature schemes (IANA "TLS SignatureScheme"; RFC 8446 §4.2.3, RFC 8734, RFC 8998, RFC 9155, RFC 9367,
 * draft-ietf-tls-mldsa). TLS 1.2 encodes the older ones as HashAlgorithm << 8 | SignatureAlgorithm (RFC 5246
 * §7.4.1.4.1): the *_sha224 and dsa_* pairs below are such legacy pairs, which clients still send.
 */
export const SignatureScheme = {
  rsa_pkcs1_sha1: 0x0201,
  dsa_sha1: 0x0202,
  ecdsa_sha1: 0x0203,
  rsa_sha224: 0x0301,
  dsa_sha224: 0x0302,
  ecdsa_sha224: 0x0303,
  rsa_pkcs1_sha256: 0x0401,
  dsa_sha256: 0x0402,
  ecdsa_secp256r1_sha256: 0x0403,
  rsa_pkcs1_sha256_legacy: 0x0420,
  rsa_pkcs1_sha384: 0x0501,
  dsa_sha384: 0x0502,
  ecdsa_secp384r1_sha384: 0x0503,
  rsa_pkcs1_sha384_legacy: 0x0520,
  rsa_pkcs1_sha512: 0x0601,
  dsa_sha512: 0x0602,
  ecdsa_secp521r1_sha512: 0x0603,
  rsa_pkcs1_sha512_legacy: 0x0620,
  eccsi_sha256: 0x0704,
  iso_ibs1: 0x0705,
  iso_ibs2: 0x0706,
  iso_chinese_ibs: 0x0707,
  sm2sig_sm3: 0x0708,
  gostr34102012_256a: 0x0709,
  gostr34102012_256b: 0x070a,
  gostr34102012_256c: 0x070b,
  gostr34102012_256d: 0x070c,
  gostr34102012_512a: 0x070d,
  gostr34102012_512b: 0x070e,
  gostr34102012_512c: 0x070f,
  rsa_pss_rsae_sha256: 0x0804,
  rsa_pss_rsae_sha384: 0x0805,
  rsa_pss_rsae_sha512: 0x0806,
  ed25519: 0x0807,
  ed448: 0x0808,
  rsa_pss_pss_sha256: 0x0809,
  rsa_pss_pss_sha384: 0x080a,
  rsa_pss_pss_sha512: 0x080b,
  ecdsa_brainpoolP256r1tls13_sha256: 0x081a,
  ecdsa_brainpoolP384r1tls13_sha384: 0x081b,
  ecdsa_brainpoolP512r1tls13_sha512: 0x081c,
  gostr34102012_256: 0x0840,
  gostr34102012_512: 0x0841,
  mldsa44: 0x0904,
  mldsa65: 0x0905,
  mldsa87: 0x0906
} as const;

/** ECParameters.curve_type (RFC 8422 §5.4). */
export const EcCurveType = { explicit_prime: 1, explicit_char2: 2, named_curve: 3 } as const;

/** ec_point_formats (RFC 8422 §5.1.2). */
export const EcPointFormat = {
  uncompressed: 0,
  ansiX962_compressed_prime: 1,
  ansiX962_compressed_char2: 2
} as const;

/** psk_key_exchange_modes (RFC 8446 §4.2.9). */
export const PskKeyExchangeMode = { psk_ke: 0, psk_dhe_ke: 1 } as const;

/** CertificateStatusType (RFC 6066 §8). */
export const CertificateStatusType = { ocsp: 1 } as const;

/** Compression methods (RFC 5246 §7.4.1.2; RFC 3749 for DEFLATE). */
export const CompressionMethod = { null: 0, deflate: 1 } as const;
