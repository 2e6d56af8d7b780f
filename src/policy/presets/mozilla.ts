// Mozilla Server Side TLS: 6.0 (modern, intermediate) and 5.8 (old, the last version that has it).
// Source: mozilla/ssl-config-generator src/static/guidelines/{5.8,6.0}.json @858f8f7 (MPL-2.0 data, facts only),
// https://ssl-config.mozilla.org/guidelines/6.0.json
import type { PresetDefinition } from './types.js';

const TLS13_SUITES = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'];
const INTERMEDIATE_TLS12 = [
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256'
];
const OLD_TLS12 = [
  ...INTERMEDIATE_TLS12,
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_RSA_WITH_AES_256_CBC_SHA256',
  'TLS_RSA_WITH_AES_128_CBC_SHA',
  'TLS_RSA_WITH_AES_256_CBC_SHA',
  'TLS_RSA_WITH_3DES_EDE_CBC_SHA'
];
// tls_curves, as IANA names (prime256v1 = secp256r1).
const GROUPS = ['X25519MLKEM768', 'x25519', 'secp256r1', 'secp384r1'];
const CERT_CURVES = ['P-256', 'P-384'];
// hsts_min_age, the same in 5.8 and 6.0: two years.
const MOZILLA_HSTS_MIN_AGE = 63072000;

// In each preset, protocols.allowed, the suite and group lists and the certificate lines are security lines;
// protocols.required is the compatibility line (the versions the oldest compatible clients need).
const MOZILLA_NOT_CHECKED = [
  'The recommended certificate lifespan of 90 days is advice; only the maximum lifespan is enforced.',
  'Mozilla lists ocsp_staple: true; it is checked as `if-responder` because public CAs may omit OCSP (CA/B Ballot SC-063).'
];

export const MOZILLA_MODERN: PresetDefinition = {
  name: 'mozilla-modern',
  title: 'Mozilla Server Side TLS, Modern',
  source: 'https://ssl-config.mozilla.org/guidelines/6.0.json (mozilla/ssl-config-generator @858f8f7)',
  version: '6.0',
  rules: {
    protocols: { allowed: ['TLSv1.3'], required: ['TLSv1.3'] },
    cipherSuites: { allowed: [...TLS13_SUITES], denied: [], deniedClasses: [], required: [] },
    serverPreference: 'any',
    keyExchange: { allowedGroups: [...GROUPS], minDhBits: null, minEcdhBits: 256 },
    certificates: {
      allowedKeyTypes: ['EC'],
      allowedCurves: [...CERT_CURVES],
      minRsaBits: null,
      allowedSignatureAlgorithms: ['ecdsa-with-SHA256', 'ecdsa-with-SHA384', 'ecdsa-with-SHA512'],
      maxLifetimeDays: 90,
      ocspStapling: 'if-responder'
    },
    http: { hstsMinMaxAge: MOZILLA_HSTS_MIN_AGE }
  },
  notChecked: [
    ...MOZILLA_NOT_CHECKED,
    'Oldest compatible clients: Firefox 63, Android 10.0, Chrome 70, Edge 75, Java 11, OpenSSL 1.1.1, Opera 57, Safari 12.1.'
  ]
};

export const MOZILLA_INTERMEDIATE: PresetDefinition = {
  name: 'mozilla-intermediate',
  title: 'Mozilla Server Side TLS, Intermediate',
  source: 'https://ssl-config.mozilla.org/guidelines/6.0.json (mozilla/ssl-config-generator @858f8f7)',
  version: '6.0',
  rules: {
    protocols: { allowed: ['TLSv1.2', 'TLSv1.3'], required: ['TLSv1.2', 'TLSv1.3'] },
    cipherSuites: {
      allowed: [...INTERMEDIATE_TLS12, ...TLS13_SUITES],
      denied: [],
      deniedClasses: [],
      required: []
    },
    serverPreference: 'any',
    keyExchange: { allowedGroups: [...GROUPS], minDhBits: 2048, minEcdhBits: 256 },
    certificates: {
      allowedKeyTypes: ['EC', 'RSA'],
      allowedCurves: [...CERT_CURVES],
      minRsaBits: 2048,
      allowedSignatureAlgorithms: [
        'sha256WithRSAEncryption',
        'ecdsa-with-SHA256',
        'ecdsa-with-SHA384',
        'ecdsa-with-SHA512'
      ],
      maxLifetimeDays: 366,
      ocspStapling: 'if-responder'
    },
    http: { hstsMinMaxAge: MOZILLA_HSTS_MIN_AGE }
  },
  notChecked: [
    ...MOZILLA_NOT_CHECKED,
    'Oldest compatible clients: Firefox 31.3.0, Android 4.4.2, Chrome 49, Edge 15 on Windows 10, IE 11 on Windows 10, Java 8u161, OpenSSL 1.0.1l, Opera 20, Safari 9.'
  ]
};

export const MOZILLA_OLD: PresetDefinition = {
  name: 'mozilla-old',
  title: 'Mozilla Server Side TLS, Old (removed in 6.0)',
  source: 'https://ssl-config.mozilla.org/guidelines/5.8.json (mozilla/ssl-config-generator @858f8f7)',
  version: '5.8',
  rules: {
    protocols: { allowed: ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'], required: ['TLSv1.2'] },
    cipherSuites: { allowed: [...OLD_TLS12, ...TLS13_SUITES], denied: [], deniedClasses: [], required: [] },
    serverPreference: 'required',
    keyExchange: { allowedGroups: [...GROUPS], minDhBits: 2048, minEcdhBits: 256 },
    certificates: {
      allowedKeyTypes: ['RSA'],
      allowedCurves: [...CERT_CURVES],
      minRsaBits: 2048,
      allowedSignatureAlgorithms: ['sha256WithRSAEncryption'],
      maxLifetimeDays: 366,
      ocspStapling: 'if-responder'
    },
    http: { hstsMinMaxAge: MOZILLA_HSTS_MIN_AGE }
  },
  notChecked: [
    ...MOZILLA_NOT_CHECKED,
    'Mozilla removed the Old configuration in 6.0 and no longer recommends it.',
    'Oldest compatible clients: Firefox 1, Android 2.3, Chrome 1, Edge 12, IE8 on Windows XP, Java 6, OpenSSL 0.9.8, Opera 5, Safari 1.'
  ]
};
