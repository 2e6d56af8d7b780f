// Windows Schannel defaults: IE 11, .NET Framework (SslStream / HttpWebRequest with SystemDefault), WinHTTP.
import { CipherSuite, NamedGroup, SignatureScheme } from '../../codepoints/index.js';
import { suites, type ClientProfile } from './types.js';

const SCHANNEL_SIGALGS = [
  SignatureScheme.rsa_pkcs1_sha256,
  SignatureScheme.rsa_pkcs1_sha384,
  SignatureScheme.rsa_pkcs1_sha1,
  SignatureScheme.ecdsa_secp256r1_sha256,
  SignatureScheme.ecdsa_secp384r1_sha384,
  SignatureScheme.ecdsa_sha1,
  SignatureScheme.dsa_sha1,
  SignatureScheme.rsa_pkcs1_sha512,
  SignatureScheme.ecdsa_secp521r1_sha512
];

export const WINDOWS_7: ClientProfile = {
  id: 'windows-7',
  name: 'Windows 7 Schannel (IE 11, .NET Framework)',
  versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
  // Windows 7 has no ECDHE-RSA-AES-GCM suites: an RSA-certificate server that allows only AEAD loses it.
  cipherSuites: suites(
    'ECDHE-RSA-AES256-SHA384',
    'ECDHE-RSA-AES128-SHA256',
    'ECDHE-RSA-AES256-SHA',
    'ECDHE-RSA-AES128-SHA',
    'DHE-RSA-AES256-GCM-SHA384',
    'DHE-RSA-AES128-GCM-SHA256',
    'DHE-RSA-AES256-SHA',
    'DHE-RSA-AES128-SHA',
    'AES256-GCM-SHA384',
    'AES128-GCM-SHA256',
    'AES256-SHA256',
    'AES128-SHA256',
    'AES256-SHA',
    'AES128-SHA',
    'ECDHE-ECDSA-AES256-GCM-SHA384',
    'ECDHE-ECDSA-AES128-GCM-SHA256',
    'ECDHE-ECDSA-AES256-SHA384',
    'ECDHE-ECDSA-AES128-SHA256',
    'ECDHE-ECDSA-AES256-SHA',
    'ECDHE-ECDSA-AES128-SHA',
    'DHE-DSS-AES256-SHA256',
    'DHE-DSS-AES128-SHA256',
    'DHE-DSS-AES256-SHA',
    'DHE-DSS-AES128-SHA',
    'DES-CBC3-SHA',
    'EDH-DSS-DES-CBC3-SHA'
  ),
  groups: [NamedGroup.secp256r1, NamedGroup.secp384r1],
  keyShareGroups: [],
  signatureAlgorithms: SCHANNEL_SIGALGS,
  sni: true,
  statusRequest: true,
  extendedMasterSecret: true,
  ecPointFormats: true,
  renegotiationInfo: true,
  source:
    'Microsoft Learn "TLS Cipher Suites in Windows 7" (default enabled order, with KB3042058 DHE-GCM suites); SSL Labs client list "IE 11 / Win 7"; Mozilla 5.x intermediate oldest_clients "IE 11 on Windows 7"',
  note: 'TLS 1.1/1.2 must be enabled for WinHTTP/.NET by KB3140245/registry on Windows 7; IE 11 enables them by default.'
};

const WIN10_TLS12 = suites(
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'DHE-RSA-AES256-GCM-SHA384',
  'DHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-SHA384',
  'ECDHE-ECDSA-AES128-SHA256',
  'ECDHE-RSA-AES256-SHA384',
  'ECDHE-RSA-AES128-SHA256',
  'ECDHE-ECDSA-AES256-SHA',
  'ECDHE-ECDSA-AES128-SHA',
  'ECDHE-RSA-AES256-SHA',
  'ECDHE-RSA-AES128-SHA',
  'AES256-GCM-SHA384',
  'AES128-GCM-SHA256',
  'AES256-SHA256',
  'AES128-SHA256',
  'AES256-SHA',
  'AES128-SHA',
  'DES-CBC3-SHA'
);

const WIN10_SIGALGS = [
  SignatureScheme.rsa_pss_rsae_sha256,
  SignatureScheme.rsa_pss_rsae_sha384,
  SignatureScheme.rsa_pss_rsae_sha512,
  SignatureScheme.rsa_pkcs1_sha256,
  SignatureScheme.rsa_pkcs1_sha384,
  SignatureScheme.rsa_pkcs1_sha512,
  SignatureScheme.ecdsa_secp256r1_sha256,
  SignatureScheme.ecdsa_secp384r1_sha384,
  SignatureScheme.ecdsa_secp521r1_sha512,
  SignatureScheme.rsa_pkcs1_sha1,
  SignatureScheme.ecdsa_sha1
];

export const WINDOWS_10: ClientProfile = {
  id: 'windows-10',
  name: 'Windows 10 Schannel (IE 11, .NET Framework 4.7+)',
  versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
  cipherSuites: WIN10_TLS12,
  groups: [NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.secp384r1],
  keyShareGroups: [],
  signatureAlgorithms: WIN10_SIGALGS,
  sni: true,
  statusRequest: true,
  extendedMasterSecret: true,
  ecPointFormats: true,
  renegotiationInfo: true,
  source:
    'Microsoft Learn "TLS Cipher Suites in Windows 10 v1903, v1909, and v2004" (default order), "TLS Elliptic Curves in Windows 10 1607 and later" (curve25519, NistP256, NistP384)'
};

export const WINDOWS_11: ClientProfile = {
  id: 'windows-11',
  name: 'Windows 11 / Server 2022 Schannel (.NET, Edge legacy components)',
  versions: ['TLSv1.3', 'TLSv1.2'],
  cipherSuites: [CipherSuite.TLS_AES_256_GCM_SHA384, CipherSuite.TLS_AES_128_GCM_SHA256, ...WIN10_TLS12],
  groups: [NamedGroup.x25519, NamedGroup.secp256r1, NamedGroup.secp384r1],
  keyShareGroups: [NamedGroup.x25519],
  signatureAlgorithms: WIN10_SIGALGS,
  sni: true,
  statusRequest: true,
  extendedMasterSecret: true,
  ecPointFormats: true,
  renegotiationInfo: true,
  source:
    'Microsoft Learn "TLS Cipher Suites in Windows 11" (TLS 1.3 suites TLS_AES_256_GCM_SHA384, TLS_AES_128_GCM_SHA256 first; no ChaCha20) and "Protocols in TLS/SSL (Schannel SSP)"',
  note: 'TLS 1.0/1.1 are off by default in Windows 11 24H2 and later.'
};

export const WINDOWS_PROFILES = [WINDOWS_7, WINDOWS_10, WINDOWS_11];
