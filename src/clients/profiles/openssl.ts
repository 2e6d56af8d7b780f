// OpenSSL library defaults: what curl, Python's ssl, Ruby's openssl, PHP's stream wrappers and most C programs
// offer when they do not set their own cipher list.
import { CipherSuite, NamedGroup, SignatureScheme } from '../../codepoints/index.js';
import { suites, type ClientProfile } from './types.js';

/** OpenSSL 3.x DEFAULT (measured here: the ClientHello of `openssl s_client` and curl 7.88 on OpenSSL 3.0.19,
 *  captured on a loopback listener). OpenSSL 3.0 puts TLS 1.0/1.1 on the wire but refuses them at security
 *  level 1 and above (CHANGES.md 3.0: "TLS 1.0 and 1.1 are disabled at security level 1"), so they are left out. */
const OPENSSL3_TLS12 = suites(
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'DHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'DHE-RSA-CHACHA20-POLY1305',
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'DHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-SHA384',
  'ECDHE-RSA-AES256-SHA384',
  'DHE-RSA-AES256-SHA256',
  'ECDHE-ECDSA-AES128-SHA256',
  'ECDHE-RSA-AES128-SHA256',
  'DHE-RSA-AES128-SHA256',
  'ECDHE-ECDSA-AES256-SHA',
  'ECDHE-RSA-AES256-SHA',
  'DHE-RSA-AES256-SHA',
  'ECDHE-ECDSA-AES128-SHA',
  'ECDHE-RSA-AES128-SHA',
  'DHE-RSA-AES128-SHA',
  'AES256-GCM-SHA384',
  'AES128-GCM-SHA256',
  'AES256-SHA256',
  'AES128-SHA256',
  'AES256-SHA',
  'AES128-SHA',
  'TLS_EMPTY_RENEGOTIATION_INFO_SCSV'
);

const OPENSSL_111_SIGALGS = [
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

export const OPENSSL_3: ClientProfile = {
  id: 'openssl-3',
  name: 'OpenSSL 3.x defaults (curl, Python, Ruby, PHP)',
  versions: ['TLSv1.3', 'TLSv1.2'],
  cipherSuites: [
    CipherSuite.TLS_AES_256_GCM_SHA384,
    CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
    CipherSuite.TLS_AES_128_GCM_SHA256,
    ...OPENSSL3_TLS12
  ],
  groups: [
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
  ],
  keyShareGroups: [NamedGroup.x25519],
  signatureAlgorithms: OPENSSL_111_SIGALGS,
  sni: true,
  statusRequest: false,
  sessionTicket: true,
  extendedMasterSecret: true,
  ecPointFormats: true,
  source:
    'ClientHello of openssl s_client and curl 7.88.1 linked with OpenSSL 3.0.19, captured on loopback; OpenSSL CHANGES.md 3.0 (TLS 1.0/1.1 refused at SECLEVEL>=1)',
  note: 'OpenSSL 3.5+ offers X25519MLKEM768 first (with a key share); this profile is the 3.0 LTS default (see node-24 for the 3.5 groups).'
};

export const OPENSSL_111: ClientProfile = {
  id: 'openssl-1.1.1',
  name: 'OpenSSL 1.1.1 defaults (curl, Python, Ruby, PHP)',
  versions: ['TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
  cipherSuites: [
    CipherSuite.TLS_AES_256_GCM_SHA384,
    CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
    CipherSuite.TLS_AES_128_GCM_SHA256,
    ...OPENSSL3_TLS12
  ],
  groups: [
    NamedGroup.x25519,
    NamedGroup.secp256r1,
    NamedGroup.x448,
    NamedGroup.secp521r1,
    NamedGroup.secp384r1
  ],
  keyShareGroups: [NamedGroup.x25519],
  signatureAlgorithms: [
    ...OPENSSL_111_SIGALGS,
    SignatureScheme.ecdsa_sha1,
    SignatureScheme.rsa_pkcs1_sha1,
    SignatureScheme.dsa_sha1
  ],
  sni: true,
  sessionTicket: true,
  extendedMasterSecret: true,
  ecPointFormats: true,
  source:
    'OpenSSL 1.1.1 ssl/ssl_ciph.c DEFAULT = "ALL:!COMPLEMENTOFDEFAULT:!eNULL" (same TLS 1.2 list as 3.0 at SECLEVEL 1), ssl/t1_lib.c eccurves_default (x25519, P-256, x448, P-521, P-384) and tls12_sigalgs',
  note: 'Default security level 1 lets TLS 1.0/1.1 through; Debian/Ubuntu builds raise it (SECLEVEL=2, MinProtocol TLSv1.2).'
};

export const OPENSSL_102: ClientProfile = {
  id: 'openssl-1.0.2',
  name: 'OpenSSL 1.0.2 defaults (curl, Python 2.7, Ruby, PHP on old distributions)',
  versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
  cipherSuites: suites(
    'ECDHE-RSA-AES256-GCM-SHA384',
    'ECDHE-ECDSA-AES256-GCM-SHA384',
    'ECDHE-RSA-AES256-SHA384',
    'ECDHE-ECDSA-AES256-SHA384',
    'ECDHE-RSA-AES256-SHA',
    'ECDHE-ECDSA-AES256-SHA',
    'DHE-DSS-AES256-GCM-SHA384',
    'DHE-RSA-AES256-GCM-SHA384',
    'DHE-RSA-AES256-SHA256',
    'DHE-DSS-AES256-SHA256',
    'DHE-RSA-AES256-SHA',
    'DHE-DSS-AES256-SHA',
    'AES256-GCM-SHA384',
    'AES256-SHA256',
    'AES256-SHA',
    'ECDHE-RSA-AES128-GCM-SHA256',
    'ECDHE-ECDSA-AES128-GCM-SHA256',
    'ECDHE-RSA-AES128-SHA256',
    'ECDHE-ECDSA-AES128-SHA256',
    'ECDHE-RSA-AES128-SHA',
    'ECDHE-ECDSA-AES128-SHA',
    'DHE-DSS-AES128-GCM-SHA256',
    'DHE-RSA-AES128-GCM-SHA256',
    'DHE-RSA-AES128-SHA256',
    'DHE-DSS-AES128-SHA256',
    'DHE-RSA-AES128-SHA',
    'DHE-DSS-AES128-SHA',
    'AES128-GCM-SHA256',
    'AES128-SHA256',
    'AES128-SHA',
    'ECDHE-RSA-DES-CBC3-SHA',
    'ECDHE-ECDSA-DES-CBC3-SHA',
    'EDH-RSA-DES-CBC3-SHA',
    'EDH-DSS-DES-CBC3-SHA',
    'DES-CBC3-SHA',
    'ECDHE-RSA-RC4-SHA',
    'ECDHE-ECDSA-RC4-SHA',
    'RC4-SHA',
    'RC4-MD5',
    'TLS_EMPTY_RENEGOTIATION_INFO_SCSV'
  ),
  groups: [NamedGroup.secp256r1, NamedGroup.secp521r1, NamedGroup.secp384r1],
  keyShareGroups: [],
  signatureAlgorithms: [
    SignatureScheme.rsa_pkcs1_sha512,
    SignatureScheme.dsa_sha512,
    SignatureScheme.ecdsa_secp521r1_sha512,
    SignatureScheme.rsa_pkcs1_sha384,
    SignatureScheme.dsa_sha384,
    SignatureScheme.ecdsa_secp384r1_sha384,
    SignatureScheme.rsa_pkcs1_sha256,
    SignatureScheme.dsa_sha256,
    SignatureScheme.ecdsa_secp256r1_sha256,
    SignatureScheme.rsa_sha224,
    SignatureScheme.dsa_sha224,
    SignatureScheme.ecdsa_sha224,
    SignatureScheme.rsa_pkcs1_sha1,
    SignatureScheme.dsa_sha1,
    SignatureScheme.ecdsa_sha1
  ],
  sni: true,
  sessionTicket: true,
  ecPointFormats: true,
  source:
    'OpenSSL 1.0.2 ssl/ssl_ciph.c SSL_DEFAULT_CIPHER_LIST "ALL:!EXPORT:!LOW:!aNULL:!eNULL:!SSLv2" ordered by strength; ssl/t1_lib.c tls12_sigalgs',
  note: 'Abridged: the Camellia, SEED, IDEA, static-DH/ECDH, PSK and SRP suites of 1.0.2 DEFAULT and the binary/rare curves of its 28-curve list are left out (servers here do not select them).'
};

export const OPENSSL_PROFILES = [OPENSSL_102, OPENSSL_111, OPENSSL_3];
