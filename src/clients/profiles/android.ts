// Android system TLS (Conscrypt over BoringSSL from Android 7; OpenSSL-based before).
import { CipherSuite, NamedGroup, SignatureScheme } from '../../codepoints/index.js';
import { suites, type ClientProfile } from './types.js';

const ANDROID_MODERN_TLS12 = suites(
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'ECDHE-ECDSA-AES128-SHA',
  'ECDHE-RSA-AES128-SHA',
  'ECDHE-ECDSA-AES256-SHA',
  'ECDHE-RSA-AES256-SHA',
  'AES128-GCM-SHA256',
  'AES256-GCM-SHA384',
  'AES128-SHA',
  'AES256-SHA'
);

const BORINGSSL_SIGALGS = [
  SignatureScheme.ecdsa_secp256r1_sha256,
  SignatureScheme.rsa_pss_rsae_sha256,
  SignatureScheme.rsa_pkcs1_sha256,
  SignatureScheme.ecdsa_secp384r1_sha384,
  SignatureScheme.rsa_pss_rsae_sha384,
  SignatureScheme.rsa_pkcs1_sha384,
  SignatureScheme.rsa_pss_rsae_sha512,
  SignatureScheme.rsa_pkcs1_sha512,
  SignatureScheme.rsa_pkcs1_sha1
];

export const ANDROID_44: ClientProfile = {
  id: 'android-4.4',
  name: 'Android 4.4 (KitKat)',
  versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
  cipherSuites: suites(
    'ECDHE-ECDSA-AES128-GCM-SHA256',
    'ECDHE-RSA-AES128-GCM-SHA256',
    'DHE-RSA-AES128-GCM-SHA256',
    'ECDHE-ECDSA-AES256-SHA',
    'ECDHE-ECDSA-AES128-SHA',
    'ECDHE-RSA-AES128-SHA',
    'ECDHE-RSA-AES256-SHA',
    'DHE-RSA-AES128-SHA',
    'DHE-RSA-AES256-SHA',
    'DHE-DSS-AES128-SHA',
    'ECDHE-ECDSA-RC4-SHA',
    'ECDHE-RSA-RC4-SHA',
    'AES128-GCM-SHA256',
    'AES128-SHA',
    'AES256-SHA',
    'RC4-SHA',
    'RC4-MD5',
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
    SignatureScheme.rsa_pkcs1_sha1,
    SignatureScheme.ecdsa_sha1
  ],
  sni: true,
  sessionTicket: true,
  ecPointFormats: true,
  source:
    'Android SSLSocket documentation (developer.android.com/reference/javax/net/ssl/SSLSocket: cipher suites enabled by default per API level 19/20); SSL Labs client list "Android 4.4.2"; Mozilla 5.x intermediate oldest_clients "Android 4.4.2"',
  note: 'Abridged curve list (4.4 also offers binary curves); no suite here depends on them.'
};

export const ANDROID_7: ClientProfile = {
  id: 'android-7',
  name: 'Android 7 (Nougat)',
  versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
  cipherSuites: [...ANDROID_MODERN_TLS12, 0x00ff],
  groups: [NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.secp384r1],
  keyShareGroups: [],
  signatureAlgorithms: BORINGSSL_SIGALGS,
  sni: true,
  sessionTicket: true,
  extendedMasterSecret: true,
  ecPointFormats: true,
  statusRequest: true,
  source:
    'Android SSLSocket documentation (API 24/25 default cipher suites: DHE removed, ChaCha20 added); SSL Labs client list "Android 7.0"; BoringSSL default groups and sigalgs'
};

export const ANDROID_10: ClientProfile = {
  id: 'android-10',
  name: 'Android 10',
  versions: ['TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
  cipherSuites: [
    CipherSuite.TLS_AES_128_GCM_SHA256,
    CipherSuite.TLS_AES_256_GCM_SHA384,
    CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
    ...ANDROID_MODERN_TLS12,
    0x00ff
  ],
  groups: [NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.secp384r1],
  keyShareGroups: [NamedGroup.x25519],
  signatureAlgorithms: BORINGSSL_SIGALGS,
  sni: true,
  sessionTicket: true,
  extendedMasterSecret: true,
  ecPointFormats: true,
  statusRequest: true,
  source:
    'Android 10 release notes (TLS 1.3 enabled by default), SSLSocket documentation API 29; Mozilla 5.x modern oldest_clients "Android 10.0"'
};

export const ANDROID_CURRENT: ClientProfile = {
  ...ANDROID_10,
  id: 'android-current',
  name: 'Android 14+ (current)',
  versions: ['TLSv1.3', 'TLSv1.2'],
  source:
    'SSLSocket documentation (TLS 1.0/1.1 disabled by default for apps targeting current API levels); BoringSSL defaults',
  note: 'Recent Chrome-based WebViews also offer X25519MLKEM768; the platform SSLSocket is modelled here.'
};

export const ANDROID_PROFILES = [ANDROID_44, ANDROID_7, ANDROID_10, ANDROID_CURRENT];
