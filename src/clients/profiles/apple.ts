// Apple platforms: Secure Transport / Network.framework as used by Safari, URLSession and most iOS/macOS apps.
import { CipherSuite, NamedGroup, SignatureScheme } from '../../codepoints/index.js';
import { suites, type ClientProfile } from './types.js';

const APPLE_TLS12 = suites(
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-SHA384',
  'ECDHE-ECDSA-AES128-SHA256',
  'ECDHE-ECDSA-AES256-SHA',
  'ECDHE-ECDSA-AES128-SHA',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES256-SHA384',
  'ECDHE-RSA-AES128-SHA256',
  'ECDHE-RSA-AES256-SHA',
  'ECDHE-RSA-AES128-SHA',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'AES256-GCM-SHA384',
  'AES128-GCM-SHA256',
  'AES256-SHA256',
  'AES128-SHA256',
  'AES256-SHA',
  'AES128-SHA',
  'ECDHE-ECDSA-DES-CBC3-SHA',
  'ECDHE-RSA-DES-CBC3-SHA',
  'DES-CBC3-SHA'
);

const APPLE_SIGALGS = [
  SignatureScheme.ecdsa_secp256r1_sha256,
  SignatureScheme.rsa_pss_rsae_sha256,
  SignatureScheme.rsa_pkcs1_sha256,
  SignatureScheme.ecdsa_secp384r1_sha384,
  SignatureScheme.ecdsa_sha1,
  SignatureScheme.rsa_pss_rsae_sha384,
  SignatureScheme.rsa_pss_rsae_sha384,
  SignatureScheme.rsa_pkcs1_sha384,
  SignatureScheme.rsa_pss_rsae_sha512,
  SignatureScheme.rsa_pkcs1_sha512,
  SignatureScheme.rsa_pkcs1_sha1
].filter((value, index, all) => all.indexOf(value) === index);

export const SAFARI_12: ClientProfile = {
  id: 'safari-12',
  name: 'Safari 12 (iOS 12 / macOS 10.14)',
  versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
  cipherSuites: [...APPLE_TLS12, 0x00ff],
  groups: [NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.secp384r1, NamedGroup.secp521r1],
  keyShareGroups: [],
  signatureAlgorithms: APPLE_SIGALGS,
  sni: true,
  alpn: ['h2', 'http/1.1'],
  statusRequest: true,
  extendedMasterSecret: true,
  ecPointFormats: true,
  source:
    'SSL Labs client list "Safari 12 / iOS 12.1" and "Safari 12 / macOS 10.14" (suites, groups); Mozilla 5.x modern oldest_clients "Safari 12.1" (the first with TLS 1.3)',
  note: 'Safari 12.1 (iOS 12.2 / macOS 10.14.4) adds TLS 1.3; 12.0 is modelled.'
};

export const SAFARI_CURRENT: ClientProfile = {
  id: 'safari-current',
  name: 'Safari current (iOS / macOS 26)',
  versions: ['TLSv1.3', 'TLSv1.2'],
  cipherSuites: [
    CipherSuite.TLS_AES_128_GCM_SHA256,
    CipherSuite.TLS_AES_256_GCM_SHA384,
    CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
    ...APPLE_TLS12
  ],
  groups: [
    NamedGroup.X25519MLKEM768,
    NamedGroup.x25519,
    NamedGroup.secp256r1,
    NamedGroup.secp384r1,
    NamedGroup.secp521r1
  ],
  keyShareGroups: [NamedGroup.X25519MLKEM768, NamedGroup.x25519],
  signatureAlgorithms: APPLE_SIGALGS,
  sni: true,
  alpn: ['h2', 'http/1.1'],
  statusRequest: true,
  extendedMasterSecret: true,
  ecPointFormats: true,
  source:
    'Apple platform security guide (TLS 1.0/1.1 deprecated in iOS 15 / macOS 12, removed from Safari); WWDC 2025 "quantum-secure encryption" (X25519MLKEM768 in iOS/macOS 26 URLSession and Safari)',
  note: 'The ML-KEM half of the X25519MLKEM768 share is a well-formed placeholder: enough for the server to choose, not to finish.'
};

export const APPLE_PROFILES = [SAFARI_12, SAFARI_CURRENT];
