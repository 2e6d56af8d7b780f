// Current browsers and Go's crypto/tls client.
import { CipherSuite, NamedGroup, SignatureScheme } from '../../codepoints/index.js';
import { suites, type ClientProfile } from './types.js';

const BROWSER_SIGALGS = [
  SignatureScheme.ecdsa_secp256r1_sha256,
  SignatureScheme.rsa_pss_rsae_sha256,
  SignatureScheme.rsa_pkcs1_sha256,
  SignatureScheme.ecdsa_secp384r1_sha384,
  SignatureScheme.rsa_pss_rsae_sha384,
  SignatureScheme.rsa_pkcs1_sha384,
  SignatureScheme.rsa_pss_rsae_sha512,
  SignatureScheme.rsa_pkcs1_sha512
];

export const CHROME_CURRENT: ClientProfile = {
  id: 'chrome-current',
  name: 'Chrome / Edge current',
  versions: ['TLSv1.3', 'TLSv1.2'],
  cipherSuites: [
    CipherSuite.TLS_AES_128_GCM_SHA256,
    CipherSuite.TLS_AES_256_GCM_SHA384,
    CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
    ...suites(
      'ECDHE-ECDSA-AES128-GCM-SHA256',
      'ECDHE-RSA-AES128-GCM-SHA256',
      'ECDHE-ECDSA-AES256-GCM-SHA384',
      'ECDHE-RSA-AES256-GCM-SHA384',
      'ECDHE-ECDSA-CHACHA20-POLY1305',
      'ECDHE-RSA-CHACHA20-POLY1305',
      'ECDHE-RSA-AES128-SHA',
      'ECDHE-RSA-AES256-SHA',
      'AES128-GCM-SHA256',
      'AES256-GCM-SHA384',
      'AES128-SHA',
      'AES256-SHA'
    )
  ],
  groups: [NamedGroup.X25519MLKEM768, NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.secp384r1],
  keyShareGroups: [NamedGroup.X25519MLKEM768, NamedGroup.x25519],
  signatureAlgorithms: BROWSER_SIGALGS,
  sni: true,
  alpn: ['h2', 'http/1.1'],
  statusRequest: true,
  sessionTicket: true,
  extendedMasterSecret: true,
  renegotiationInfo: true,
  ecPointFormats: true,
  source:
    'BoringSSL ssl/ssl_cipher.cc default list as configured by Chromium net/ssl (GREASE, extension order randomised and omitted here); Chrome 131 release notes (X25519MLKEM768 by default)',
  note: 'GREASE values and ECH are not sent. The ML-KEM half of the hybrid share is a well-formed placeholder.'
};

export const FIREFOX_CURRENT: ClientProfile = {
  id: 'firefox-current',
  name: 'Firefox current',
  versions: ['TLSv1.3', 'TLSv1.2'],
  cipherSuites: [
    CipherSuite.TLS_AES_128_GCM_SHA256,
    CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
    CipherSuite.TLS_AES_256_GCM_SHA384,
    ...suites(
      'ECDHE-ECDSA-AES128-GCM-SHA256',
      'ECDHE-RSA-AES128-GCM-SHA256',
      'ECDHE-ECDSA-CHACHA20-POLY1305',
      'ECDHE-RSA-CHACHA20-POLY1305',
      'ECDHE-ECDSA-AES256-GCM-SHA384',
      'ECDHE-RSA-AES256-GCM-SHA384',
      'ECDHE-ECDSA-AES256-SHA',
      'ECDHE-ECDSA-AES128-SHA',
      'ECDHE-RSA-AES128-SHA',
      'ECDHE-RSA-AES256-SHA',
      'AES128-GCM-SHA256',
      'AES256-GCM-SHA384',
      'AES128-SHA',
      'AES256-SHA'
    )
  ],
  groups: [
    NamedGroup.X25519MLKEM768,
    NamedGroup.x25519,
    NamedGroup.secp256r1,
    NamedGroup.secp384r1,
    NamedGroup.secp521r1,
    NamedGroup.ffdhe2048,
    NamedGroup.ffdhe3072
  ],
  keyShareGroups: [NamedGroup.X25519MLKEM768, NamedGroup.x25519, NamedGroup.secp256r1],
  signatureAlgorithms: [
    ...BROWSER_SIGALGS.slice(0, 3),
    SignatureScheme.ecdsa_secp384r1_sha384,
    SignatureScheme.ecdsa_secp521r1_sha512,
    SignatureScheme.rsa_pss_rsae_sha384,
    SignatureScheme.rsa_pss_rsae_sha512,
    SignatureScheme.rsa_pkcs1_sha384,
    SignatureScheme.rsa_pkcs1_sha512,
    SignatureScheme.ecdsa_sha1,
    SignatureScheme.rsa_pkcs1_sha1
  ],
  sni: true,
  alpn: ['h2', 'http/1.1'],
  statusRequest: true,
  sessionTicket: true,
  extendedMasterSecret: true,
  renegotiationInfo: true,
  ecPointFormats: true,
  source:
    'NSS lib/ssl/sslenum.c cipher order and Firefox security.tls.* defaults (TLS 1.0/1.1 off since Firefox 78); Firefox 132 release notes (X25519MLKEM768)',
  note: 'ECH and delegated credentials are not sent.'
};

export const GO_CURRENT: ClientProfile = {
  id: 'go-current',
  name: 'Go crypto/tls current (1.24+)',
  // The client's default minimum is TLS 1.2 since Go 1.18 (crypto/tls Config.MinVersion docs).
  versions: ['TLSv1.3', 'TLSv1.2'],
  cipherSuites: [
    CipherSuite.TLS_AES_128_GCM_SHA256,
    CipherSuite.TLS_AES_256_GCM_SHA384,
    CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
    ...suites(
      'ECDHE-ECDSA-AES128-GCM-SHA256',
      'ECDHE-RSA-AES128-GCM-SHA256',
      'ECDHE-ECDSA-AES256-GCM-SHA384',
      'ECDHE-RSA-AES256-GCM-SHA384',
      'ECDHE-ECDSA-CHACHA20-POLY1305',
      'ECDHE-RSA-CHACHA20-POLY1305',
      'ECDHE-ECDSA-AES128-SHA',
      'ECDHE-RSA-AES128-SHA',
      'ECDHE-ECDSA-AES256-SHA',
      'ECDHE-RSA-AES256-SHA'
    )
  ],
  groups: [
    NamedGroup.X25519MLKEM768,
    NamedGroup.x25519,
    NamedGroup.secp256r1,
    NamedGroup.secp384r1,
    NamedGroup.secp521r1
  ],
  keyShareGroups: [NamedGroup.X25519MLKEM768, NamedGroup.x25519],
  signatureAlgorithms: [
    SignatureScheme.rsa_pss_rsae_sha256,
    SignatureScheme.ecdsa_secp256r1_sha256,
    SignatureScheme.ed25519,
    SignatureScheme.rsa_pss_rsae_sha384,
    SignatureScheme.rsa_pss_rsae_sha512,
    SignatureScheme.rsa_pkcs1_sha256,
    SignatureScheme.rsa_pkcs1_sha384,
    SignatureScheme.rsa_pkcs1_sha512,
    SignatureScheme.ecdsa_secp384r1_sha384,
    SignatureScheme.ecdsa_secp521r1_sha512,
    SignatureScheme.rsa_pkcs1_sha1,
    SignatureScheme.ecdsa_sha1
  ],
  sni: true,
  statusRequest: true,
  sessionTicket: true,
  extendedMasterSecret: true,
  renegotiationInfo: true,
  ecPointFormats: true,
  source:
    'Go crypto/tls cipher_suites.go cipherSuitesPreferenceOrder with AES hardware and defaultCipherSuites (RSA key exchange removed from defaults in Go 1.22, 3DES in 1.23), defaults.go defaultCurvePreferences (X25519MLKEM768 since 1.24), common.go supportedSignatureAlgorithms'
};

export const BROWSER_PROFILES = [CHROME_CURRENT, FIREFOX_CURRENT];
