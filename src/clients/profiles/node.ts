// Node.js tls.connect() defaults: tls.DEFAULT_CIPHERS over the bundled OpenSSL.
import { CipherSuite, NamedGroup, SignatureScheme } from '../../codepoints/index.js';
import { suites, type ClientProfile } from './types.js';

/** Node 18/20/24 tls.DEFAULT_CIPHERS (lib/internal/tls/... node_constants.h DEFAULT_CIPHER_LIST_CORE) expanded by
 *  OpenSSL 3.0.19; order measured from the ClientHello of Node 20.20.2 tls.connect() captured on loopback. */
const NODE_TLS12 = suites(
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'DHE-RSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-SHA256',
  'DHE-RSA-AES128-SHA256',
  'ECDHE-RSA-AES256-SHA384',
  'DHE-RSA-AES256-SHA256',
  'DHE-DSS-AES256-GCM-SHA384',
  'DHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'DHE-RSA-CHACHA20-POLY1305',
  'ECDHE-ECDSA-AES256-CCM8',
  'ECDHE-ECDSA-AES256-CCM',
  'DHE-RSA-AES256-CCM8',
  'DHE-RSA-AES256-CCM',
  'ECDHE-ECDSA-ARIA256-GCM-SHA384',
  'ECDHE-ARIA256-GCM-SHA384',
  'DHE-DSS-ARIA256-GCM-SHA384',
  'DHE-RSA-ARIA256-GCM-SHA384',
  'DHE-DSS-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES128-CCM8',
  'ECDHE-ECDSA-AES128-CCM',
  'DHE-RSA-AES128-CCM8',
  'DHE-RSA-AES128-CCM',
  'ECDHE-ECDSA-ARIA128-GCM-SHA256',
  'ECDHE-ARIA128-GCM-SHA256',
  'DHE-DSS-ARIA128-GCM-SHA256',
  'DHE-RSA-ARIA128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-SHA384',
  'DHE-DSS-AES256-SHA256',
  'ECDHE-ECDSA-AES128-SHA256',
  'DHE-DSS-AES128-SHA256',
  'ECDHE-ECDSA-AES256-SHA',
  'ECDHE-RSA-AES256-SHA',
  'DHE-RSA-AES256-SHA',
  'DHE-DSS-AES256-SHA',
  'ECDHE-ECDSA-AES128-SHA',
  'ECDHE-RSA-AES128-SHA',
  'DHE-RSA-AES128-SHA',
  'DHE-DSS-AES128-SHA',
  'AES256-GCM-SHA384',
  'AES256-CCM8',
  'AES256-CCM',
  'ARIA256-GCM-SHA384',
  'AES128-GCM-SHA256',
  'AES128-CCM8',
  'AES128-CCM',
  'ARIA128-GCM-SHA256',
  'AES256-SHA256',
  'AES128-SHA256',
  'AES256-SHA',
  'AES128-SHA',
  'TLS_EMPTY_RENEGOTIATION_INFO_SCSV'
);

const NODE_SIGALGS = [
  SignatureScheme.ecdsa_secp256r1_sha256,
  SignatureScheme.ecdsa_secp384r1_sha384,
  SignatureScheme.ecdsa_secp521r1_sha512,
  SignatureScheme.ed25519,
  SignatureScheme.ed448,
  SignatureScheme.rsa_pss_pss_sha256,
  SignatureScheme.rsa_pss_pss_sha384,
  SignatureScheme.rsa_pss_pss_sha512,
  SignatureScheme.rsa_pss_rsae_sha256,
  SignatureScheme.rsa_pss_rsae_sha384,
  SignatureScheme.rsa_pss_rsae_sha512,
  SignatureScheme.rsa_pkcs1_sha256,
  SignatureScheme.rsa_pkcs1_sha384,
  SignatureScheme.rsa_pkcs1_sha512,
  SignatureScheme.ecdsa_sha224,
  SignatureScheme.rsa_sha224,
  SignatureScheme.dsa_sha224,
  SignatureScheme.dsa_sha256,
  SignatureScheme.dsa_sha384,
  SignatureScheme.dsa_sha512
];

const NODE_GROUPS_OPENSSL3 = [
  NamedGroup.x25519,
  NamedGroup.secp256r1,
  NamedGroup.x448,
  NamedGroup.secp521r1,
  NamedGroup.secp384r1,
  NamedGroup.ffdhe2048,
  NamedGroup.ffdhe3072,
  NamedGroup.ffdhe4096,
  NamedGroup.ffdhe6144,
  NamedGroup.ffdhe8192
];

function nodeProfile(major: number, groups: number[], source: string, note?: string): ClientProfile {
  return {
    id: `node-${major}`,
    name: `Node.js ${major} tls.connect() defaults`,
    // tls.DEFAULT_MIN_VERSION is TLSv1.2 since Node 11.4.
    versions: ['TLSv1.3', 'TLSv1.2'],
    cipherSuites: [
      CipherSuite.TLS_AES_256_GCM_SHA384,
      CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
      CipherSuite.TLS_AES_128_GCM_SHA256,
      ...NODE_TLS12
    ],
    groups,
    keyShareGroups: [NamedGroup.x25519],
    signatureAlgorithms: NODE_SIGALGS,
    sni: true,
    sessionTicket: true,
    extendedMasterSecret: true,
    ecPointFormats: true,
    source,
    note
  };
}

export const NODE_18 = nodeProfile(
  18,
  NODE_GROUPS_OPENSSL3,
  'Node 18 docs tls "Modifying the default TLS cipher suite" (same DEFAULT_CIPHERS as 20), bundled OpenSSL 3.0; hello shape measured with Node 20.20.2'
);
export const NODE_20 = nodeProfile(
  20,
  NODE_GROUPS_OPENSSL3,
  'ClientHello of Node 20.20.2 (OpenSSL 3.0.19) tls.connect() captured on loopback; tls.DEFAULT_CIPHERS'
);
/** OpenSSL 3.5 DEFAULT_GROUP_LIST "?*X25519MLKEM768 / ?*X25519:?secp256r1 / ?X448:?secp384r1:?secp521r1 /
 *  ?ffdhe2048:?ffdhe3072": key shares for the first group of the first two tuples. */
const NODE_GROUPS_OPENSSL35 = [
  NamedGroup.X25519MLKEM768,
  NamedGroup.x25519,
  NamedGroup.secp256r1,
  NamedGroup.x448,
  NamedGroup.secp384r1,
  NamedGroup.secp521r1,
  NamedGroup.ffdhe2048,
  NamedGroup.ffdhe3072
];

/** TLS_ECDHE_ECDSA_WITH_AES_{256,128}_CCM_8, TLS_DHE_RSA_WITH_AES_{256,128}_CCM_8, TLS_RSA_WITH_AES_{256,128}_CCM_8,
 *  TLS_EMPTY_RENEGOTIATION_INFO_SCSV. */
const NODE_24_DROPPED = new Set([0xc0af, 0xc0ae, 0xc0a3, 0xc0a2, 0xc0a1, 0xc0a0, 0x00ff]);

export const NODE_24: ClientProfile = {
  ...nodeProfile(
    24,
    NODE_GROUPS_OPENSSL35,
    'ClientHello of Node 24.21.0 (OpenSSL 3.5.8) tls.connect() captured on loopback; Node 24.5.0 release notes "Upgrade to OpenSSL 3.5" (nodejs.org/en/blog/release/v24.5.0); OpenSSL 3.5 ssl/t1_lib.c default group list (openssl/openssl PR 26801)',
    'Node 24.0-24.4 bundled OpenSSL 3.0 and offered the node-20 groups.'
  ),
  // Measured from Node 24.21 (OpenSSL 3.5.8) on loopback: OpenSSL 3.5's DEFAULT no longer enables the CCM_8
  // suites, the renegotiation_info extension replaces the SCSV, and ML-DSA and brainpool TLS 1.3 schemes join
  // the signature algorithms.
  cipherSuites: nodeProfile(24, [], '').cipherSuites.filter((code) => !NODE_24_DROPPED.has(code)),
  signatureAlgorithms: [
    SignatureScheme.mldsa65,
    SignatureScheme.mldsa87,
    SignatureScheme.mldsa44,
    ...NODE_SIGALGS.slice(0, NODE_SIGALGS.indexOf(SignatureScheme.ed448) + 1),
    SignatureScheme.ecdsa_brainpoolP256r1tls13_sha256,
    SignatureScheme.ecdsa_brainpoolP384r1tls13_sha384,
    SignatureScheme.ecdsa_brainpoolP512r1tls13_sha512,
    ...NODE_SIGALGS.slice(NODE_SIGALGS.indexOf(SignatureScheme.ed448) + 1)
  ],
  keyShareGroups: [NamedGroup.X25519MLKEM768, NamedGroup.x25519]
};

export const NODE_PROFILES = [NODE_18, NODE_20, NODE_24];
