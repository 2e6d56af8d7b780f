// Java SE (JSSE, SunJSSE provider) client defaults.
import { CipherSuite, NamedGroup, SignatureScheme } from '../../codepoints/index.js';
import { suites, type ClientProfile } from './types.js';

const JAVA_SIGALGS_11 = [
  SignatureScheme.ecdsa_secp256r1_sha256,
  SignatureScheme.ecdsa_secp384r1_sha384,
  SignatureScheme.ecdsa_secp521r1_sha512,
  SignatureScheme.rsa_pss_rsae_sha256,
  SignatureScheme.rsa_pss_rsae_sha384,
  SignatureScheme.rsa_pss_rsae_sha512,
  SignatureScheme.rsa_pss_pss_sha256,
  SignatureScheme.rsa_pss_pss_sha384,
  SignatureScheme.rsa_pss_pss_sha512,
  SignatureScheme.rsa_pkcs1_sha256,
  SignatureScheme.rsa_pkcs1_sha384,
  SignatureScheme.rsa_pkcs1_sha512,
  SignatureScheme.dsa_sha256,
  SignatureScheme.ecdsa_sha224,
  SignatureScheme.rsa_sha224,
  SignatureScheme.dsa_sha224,
  SignatureScheme.ecdsa_sha1,
  SignatureScheme.rsa_pkcs1_sha1,
  SignatureScheme.dsa_sha1
];

export const JAVA_8: ClientProfile = {
  id: 'java-8',
  name: 'Java 8 (8u31 .. 8u2xx, TLS 1.2)',
  versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
  cipherSuites: suites(
    'ECDHE-ECDSA-AES128-SHA256',
    'ECDHE-RSA-AES128-SHA256',
    'AES128-SHA256',
    'ECDH-ECDSA-AES128-SHA256',
    'ECDH-RSA-AES128-SHA256',
    'DHE-RSA-AES128-SHA256',
    'DHE-DSS-AES128-SHA256',
    'ECDHE-ECDSA-AES128-SHA',
    'ECDHE-RSA-AES128-SHA',
    'AES128-SHA',
    'ECDH-ECDSA-AES128-SHA',
    'ECDH-RSA-AES128-SHA',
    'DHE-RSA-AES128-SHA',
    'DHE-DSS-AES128-SHA',
    'ECDHE-ECDSA-AES128-GCM-SHA256',
    'ECDHE-RSA-AES128-GCM-SHA256',
    'AES128-GCM-SHA256',
    'ECDH-ECDSA-AES128-GCM-SHA256',
    'ECDH-RSA-AES128-GCM-SHA256',
    'DHE-RSA-AES128-GCM-SHA256',
    'DHE-DSS-AES128-GCM-SHA256',
    'ECDHE-ECDSA-DES-CBC3-SHA',
    'ECDHE-RSA-DES-CBC3-SHA',
    'DES-CBC3-SHA',
    'ECDH-ECDSA-DES-CBC3-SHA',
    'ECDH-RSA-DES-CBC3-SHA',
    'EDH-RSA-DES-CBC3-SHA',
    'EDH-DSS-DES-CBC3-SHA',
    'TLS_EMPTY_RENEGOTIATION_INFO_SCSV'
  ),
  groups: [NamedGroup.secp256r1, NamedGroup.secp384r1, NamedGroup.secp521r1],
  keyShareGroups: [],
  signatureAlgorithms: [
    SignatureScheme.rsa_pkcs1_sha512,
    SignatureScheme.ecdsa_secp521r1_sha512,
    SignatureScheme.rsa_pkcs1_sha384,
    SignatureScheme.ecdsa_secp384r1_sha384,
    SignatureScheme.rsa_pkcs1_sha256,
    SignatureScheme.ecdsa_secp256r1_sha256,
    SignatureScheme.rsa_sha224,
    SignatureScheme.ecdsa_sha224,
    SignatureScheme.rsa_pkcs1_sha1,
    SignatureScheme.ecdsa_sha1,
    SignatureScheme.dsa_sha1
  ],
  sni: true,
  ecPointFormats: true,
  renegotiationInfo: false,
  source:
    'JDK 8 JSSE Reference Guide / SunJSSE provider "Enabled by default" cipher suites (pre-8u161 default policy: no AES-256); SSL Labs client list "Java 8u31"; Mozilla server-side TLS 5.x oldest_clients "Java 8u31"',
  note: 'Without the unlimited crypto policy (before 8u161) Java 8 offers no AES-256 suite; later 8u releases add them, and 8u261+ can enable TLS 1.3.'
};

const JAVA_11_TLS12 = suites(
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'DHE-RSA-AES256-GCM-SHA384',
  'DHE-DSS-AES256-GCM-SHA384',
  'DHE-RSA-AES128-GCM-SHA256',
  'DHE-DSS-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-SHA384',
  'ECDHE-RSA-AES256-SHA384',
  'ECDHE-ECDSA-AES128-SHA256',
  'ECDHE-RSA-AES128-SHA256',
  'DHE-RSA-AES256-SHA256',
  'DHE-DSS-AES256-SHA256',
  'DHE-RSA-AES128-SHA256',
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
  'AES128-GCM-SHA256',
  'AES256-SHA256',
  'AES128-SHA256',
  'AES256-SHA',
  'AES128-SHA',
  'TLS_EMPTY_RENEGOTIATION_INFO_SCSV'
);

const JAVA_17_TLS12 = suites(
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'DHE-RSA-AES256-GCM-SHA384',
  'DHE-RSA-CHACHA20-POLY1305',
  'DHE-DSS-AES256-GCM-SHA384',
  'DHE-RSA-AES128-GCM-SHA256',
  'DHE-DSS-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-SHA384',
  'ECDHE-RSA-AES256-SHA384',
  'ECDHE-ECDSA-AES128-SHA256',
  'ECDHE-RSA-AES128-SHA256',
  'DHE-RSA-AES256-SHA256',
  'DHE-DSS-AES256-SHA256',
  'DHE-RSA-AES128-SHA256',
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
  'AES128-GCM-SHA256',
  'AES256-SHA256',
  'AES128-SHA256',
  'AES256-SHA',
  'AES128-SHA',
  'TLS_EMPTY_RENEGOTIATION_INFO_SCSV'
);

const JAVA_GROUPS = [
  NamedGroup.x25519,
  NamedGroup.secp256r1,
  NamedGroup.secp384r1,
  NamedGroup.secp521r1,
  NamedGroup.x448,
  NamedGroup.ffdhe2048,
  NamedGroup.ffdhe3072,
  NamedGroup.ffdhe4096,
  NamedGroup.ffdhe6144,
  NamedGroup.ffdhe8192
];

export const JAVA_11: ClientProfile = {
  id: 'java-11',
  name: 'Java 11 (11.0.11+)',
  // TLS 1.0/1.1 are in jdk.tls.disabledAlgorithms since 11.0.11 (JDK-8202343).
  versions: ['TLSv1.3', 'TLSv1.2'],
  cipherSuites: [CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384, ...JAVA_11_TLS12],
  groups: JAVA_GROUPS,
  keyShareGroups: [NamedGroup.x25519],
  signatureAlgorithms: JAVA_SIGALGS_11,
  sni: true,
  statusRequest: true,
  extendedMasterSecret: true,
  ecPointFormats: true,
  source:
    'JDK 11 Security Developer Guide, JSSE "SunJSSE cipher suites" default order; JDK-8202343 (TLS 1.0/1.1 disabled); JEP 332 (TLS 1.3), JEP 324 (x25519/x448); Mozilla 5.x modern oldest_clients "Java 11"',
  note: 'ChaCha20 suites arrived in JDK 12 (JEP 329) and are not in Java 11.'
};

export const JAVA_17: ClientProfile = {
  id: 'java-17',
  name: 'Java 17',
  versions: ['TLSv1.3', 'TLSv1.2'],
  cipherSuites: [
    CipherSuite.TLS_AES_256_GCM_SHA384,
    CipherSuite.TLS_AES_128_GCM_SHA256,
    CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
    ...JAVA_17_TLS12
  ],
  groups: JAVA_GROUPS,
  keyShareGroups: [NamedGroup.x25519],
  signatureAlgorithms: [SignatureScheme.ed25519, SignatureScheme.ed448, ...JAVA_SIGALGS_11],
  sni: true,
  statusRequest: true,
  extendedMasterSecret: true,
  ecPointFormats: true,
  source:
    'JDK 17 Security Developer Guide, JSSE default enabled cipher suites and named groups (jdk.tls.namedGroups default)'
};

export const JAVA_21: ClientProfile = {
  ...JAVA_17,
  id: 'java-21',
  name: 'Java 21',
  source:
    'JDK 21 Security Developer Guide, JSSE default enabled cipher suites (TLS_ECDH_* removed from defaults in JDK 20, JDK-8279164) and named groups'
};

export const JAVA_PROFILES = [JAVA_8, JAVA_11, JAVA_17, JAVA_21];
