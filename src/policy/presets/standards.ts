// Presets from standards bodies and compliance programmes. Each records its source and version, and what the
// document requires that a scan of the server cannot see.
import { VULNERABILITY_RULES } from '../vulnerability-rules.js';
import type { PresetDefinition } from './types.js';

const ECDHE_AES_GCM = [
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'
];

// NIST SP 800-52r2 §3.3.1.1 (by certificate type) and §3.3.1.2; Appendix D (RSA key transport) is excluded
// because it is allowed only during a transition.
const NIST_TLS12 = [
  ...ECDHE_AES_GCM,
  'TLS_ECDHE_ECDSA_WITH_AES_128_CCM',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CCM',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
  'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_DHE_RSA_WITH_AES_128_CCM',
  'TLS_DHE_RSA_WITH_AES_256_CCM',
  'TLS_DHE_RSA_WITH_AES_128_CCM_8',
  'TLS_DHE_RSA_WITH_AES_256_CCM_8',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
  'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
  'TLS_DHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_DHE_RSA_WITH_AES_256_CBC_SHA',
  'TLS_DHE_DSS_WITH_AES_128_GCM_SHA256',
  'TLS_DHE_DSS_WITH_AES_256_GCM_SHA384',
  'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256',
  'TLS_DHE_DSS_WITH_AES_256_CBC_SHA256',
  'TLS_DHE_DSS_WITH_AES_128_CBC_SHA',
  'TLS_DHE_DSS_WITH_AES_256_CBC_SHA',
  'TLS_DH_DSS_WITH_AES_128_GCM_SHA256',
  'TLS_DH_DSS_WITH_AES_256_GCM_SHA384',
  'TLS_DH_DSS_WITH_AES_128_CBC_SHA256',
  'TLS_DH_DSS_WITH_AES_256_CBC_SHA256',
  'TLS_DH_DSS_WITH_AES_128_CBC_SHA',
  'TLS_DH_DSS_WITH_AES_256_CBC_SHA',
  'TLS_DH_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_DH_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_DH_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_DH_RSA_WITH_AES_256_CBC_SHA256',
  'TLS_DH_RSA_WITH_AES_128_CBC_SHA',
  'TLS_DH_RSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384',
  'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384',
  'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDH_RSA_WITH_AES_256_CBC_SHA'
];

/** PCI DSS: every vulnerability check that finds one is an error (not vuln.unknown: no finding, no failure). */
const PCI_NO_KNOWN_VULNERABILITY = Object.fromEntries(
  VULNERABILITY_RULES.filter((rule) => rule.id !== 'vuln.unknown').map((rule) => [rule.id, 'error' as const])
);

export const NIST_800_52R2: PresetDefinition = {
  name: 'nist-800-52r2',
  title: 'NIST SP 800-52 Rev. 2, TLS servers',
  source: 'https://doi.org/10.6028/NIST.SP.800-52r2 (§3.1, §3.2 Table 3-1, §3.3.1, §3.4.2.2)',
  version: 'Rev. 2 (August 2019)',
  rules: {
    // §3.1: TLS 1.2 shall, TLS 1.3 shall from 2024-01-01; SSL shall not; TLS 1.0 shall not (government-only).
    protocols: { allowed: ['TLSv1.2', 'TLSv1.3'], required: ['TLSv1.2', 'TLSv1.3'] },
    cipherSuites: {
      allowed: [
        ...NIST_TLS12,
        'TLS_AES_128_GCM_SHA256',
        'TLS_AES_256_GCM_SHA384',
        'TLS_AES_128_CCM_SHA256',
        'TLS_AES_128_CCM_8_SHA256'
      ],
      denied: [],
      deniedClasses: [],
      required: []
    },
    keyExchange: {
      allowedGroups: [
        'secp256r1',
        'secp384r1',
        'secp521r1',
        'ffdhe2048',
        'ffdhe3072',
        'ffdhe4096',
        'ffdhe6144',
        'ffdhe8192'
      ],
      minDhBits: 2048,
      minEcdhBits: 224
    },
    certificates: {
      allowedKeyTypes: ['RSA', 'EC', 'DSA'],
      minRsaBits: 2048,
      minEcBits: 224,
      allowedSignatureAlgorithms: [
        'sha224WithRSAEncryption',
        'sha256WithRSAEncryption',
        'sha384WithRSAEncryption',
        'sha512WithRSAEncryption',
        'rsassaPss',
        'ecdsa-with-SHA224',
        'ecdsa-with-SHA256',
        'ecdsa-with-SHA384',
        'ecdsa-with-SHA512',
        'dsa_with_SHA224',
        'dsa_with_SHA256'
      ],
      maxLifetimeDays: 1095,
      ocspStapling: 'if-responder'
    },
    // §3.4.1: renegotiation_info and, below TLS 1.2 without 1.3, TLS_FALLBACK_SCSV shall be supported.
    severity: { 'vuln.insecureRenegotiation': 'error', 'vuln.fallbackScsv': 'error' }
  },
  notChecked: [
    'Whether the server is government-only (TLS 1.0/1.1 shall not) or citizen-facing (may, when necessary): this preset takes the stricter reading.',
    'Appendix D allows RSA key transport suites only during a transition; they are not allowed here.',
    'Of the extensions the server shall support, renegotiation_info and TLS_FALLBACK_SCSV are probed (vuln.insecureRenegotiation, vuln.fallbackScsv: errors); extended_master_secret is recorded in tlsFeatures, not judged; status_request is not probed.',
    '"At least one of P-256 and P-384 shall be supported" is not checked; x25519/x448 are absent from SP 800-52r2 and reported as not allowed.',
    'Certificate profile items (X.509 v3, serverAuth EKU, SAN present, CA publishes OCSP) are not checked.'
  ]
};

export const PCI_DSS_4: PresetDefinition = {
  name: 'pci-dss-4',
  title: 'PCI DSS v4.0.1, requirement 4.2.1 (strong cryptography)',
  source:
    'https://www.pcisecuritystandards.org/ (PCI DSS v4.0.1 Req. 4.2.1, Appendix A2, Glossary "Strong Cryptography")',
  version: '4.0.1 (June 2024; future-dated requirements in force from 2025-03-31)',
  rules: {
    // SSL and early TLS (1.0) are not strong cryptography since 2018-06-30; 1.1 is not named but discouraged.
    protocols: { allowed: ['TLSv1.2', 'TLSv1.3'], required: [] },
    cipherSuites: {
      allowed: null,
      denied: [],
      deniedClasses: ['null', 'export', 'anonymous', 'rc4', 'rc2', 'des', '3des', 'idea', 'md5-mac'],
      required: []
    },
    keyExchange: { allowedGroups: null, minDhBits: 2048, minEcdhBits: 224 },
    certificates: { minRsaBits: 2048, minEcBits: 224, mustBeTrusted: true },
    // Req. 4.2.1 and ASV scanning: no known vulnerability, so every vulnerability check that finds one fails.
    severity: PCI_NO_KNOWN_VULNERABILITY
  },
  notChecked: [
    'Req. 4.2.1.1 and 12.3.3 (inventories of keys, certificates, suites and protocols, reviewed yearly) are processes.',
    'Revocation status is checked only through a stapled OCSP response.',
    'Triple-length TDEA counts as strong cryptography in the glossary; it is denied here, as ASV scans fail it (SWEET32).',
    'Appendix A2 exceptions for POS POI terminals are not modelled.'
  ]
};

export const BSI_TR_02102_2: PresetDefinition = {
  name: 'bsi-tr-02102-2',
  title: 'BSI TR-02102-2, Verwendung von Transport Layer Security',
  source:
    'https://www.bsi.bund.de/SharedDocs/Downloads/DE/BSI/Publikationen/TechnischeRichtlinien/TR02102/BSI-TR-02102-2.html',
  version: '2025-01 (with the 2026-01 key sizes)',
  rules: {
    protocols: { allowed: ['TLSv1.2', 'TLSv1.3'], required: [] },
    cipherSuites: {
      allowed: [
        'TLS_AES_128_GCM_SHA256',
        'TLS_AES_256_GCM_SHA384',
        'TLS_AES_128_CCM_SHA256',
        'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
        'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384',
        'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
        'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
        'TLS_ECDHE_ECDSA_WITH_AES_128_CCM',
        'TLS_ECDHE_ECDSA_WITH_AES_256_CCM',
        'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
        'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
        'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
        'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
        'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256',
        'TLS_DHE_DSS_WITH_AES_256_CBC_SHA256',
        'TLS_DHE_DSS_WITH_AES_128_GCM_SHA256',
        'TLS_DHE_DSS_WITH_AES_256_GCM_SHA384',
        'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256',
        'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256',
        'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
        'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
        'TLS_DHE_RSA_WITH_AES_128_CCM',
        'TLS_DHE_RSA_WITH_AES_256_CCM',
        'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256',
        'TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384',
        'TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256',
        'TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384',
        'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256',
        'TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384',
        'TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256',
        'TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384',
        'TLS_DH_DSS_WITH_AES_128_CBC_SHA256',
        'TLS_DH_DSS_WITH_AES_256_CBC_SHA256',
        'TLS_DH_DSS_WITH_AES_128_GCM_SHA256',
        'TLS_DH_DSS_WITH_AES_256_GCM_SHA384',
        'TLS_DH_RSA_WITH_AES_128_CBC_SHA256',
        'TLS_DH_RSA_WITH_AES_256_CBC_SHA256',
        'TLS_DH_RSA_WITH_AES_128_GCM_SHA256',
        'TLS_DH_RSA_WITH_AES_256_GCM_SHA384'
      ],
      denied: [],
      deniedClasses: [],
      required: []
    },
    keyExchange: {
      allowedGroups: [
        'secp256r1',
        'secp384r1',
        'secp521r1',
        'brainpoolP256r1',
        'brainpoolP384r1',
        'brainpoolP512r1',
        'brainpoolP256r1tls13',
        'brainpoolP384r1tls13',
        'brainpoolP512r1tls13',
        'ffdhe3072',
        'ffdhe4096'
      ],
      minDhBits: 3000,
      minEcdhBits: 250
    },
    certificates: {
      allowedKeyTypes: ['RSA', 'EC', 'DSA'],
      minRsaBits: 3000,
      minEcBits: 250,
      allowedSignatureAlgorithms: [
        'sha256WithRSAEncryption',
        'sha384WithRSAEncryption',
        'sha512WithRSAEncryption',
        'rsassaPss',
        'ecdsa-with-SHA256',
        'ecdsa-with-SHA384',
        'ecdsa-with-SHA512'
      ]
    },
    // TR-02102-2 ("Other" requirements): RFC 5746 renegotiation only, no client-initiated renegotiation, no
    // compression, no 0-RTT.
    severity: {
      'vuln.insecureRenegotiation': 'error',
      'vuln.clientRenegotiation': 'error',
      'vuln.compression': 'error',
      'tls.early-data': 'error'
    }
  },
  notChecked: [
    'PSK suites (ECDHE_PSK, DHE_PSK, RSA_PSK) are allowed by the TR but need a pre-shared key to probe; they are not in the allowed list.',
    'Dated limits (TLS 1.2 until end of 2031, DHE and DSA until end of 2029) are not enforced by date.',
    'Version 2026-01 deprecates RSA PKCS#1 v1.5 signatures; sha*WithRSAEncryption stays allowed here (2025-01).',
    'Renegotiation (RFC 5746 only, no client-initiated renegotiation), compression, heartbeat and 0-RTT are probed (vuln.insecureRenegotiation, vuln.clientRenegotiation, vuln.compression, vuln.heartbleed, tls.early-data: errors); Encrypt-then-MAC and extended_master_secret are recorded in tlsFeatures, not judged; truncated_hmac is not probed.',
    'x25519 and x448 are not on the BSI list and are reported as not allowed.'
  ]
};

export const BCP195: PresetDefinition = {
  name: 'bcp195',
  title: 'IETF BCP 195: RFC 9325 as updated by RFC 10015',
  source:
    'https://datatracker.ietf.org/doc/rfc9325/ and RFC 10015 (Deprecating Obsolete Key Exchange Methods in TLS 1.2)',
  version: 'RFC 9325 (November 2022) + RFC 10015 (July 2026)',
  rules: {
    // SSLv2/3 and TLS 1.0/1.1 MUST NOT; TLS 1.2 MUST; TLS 1.3 SHOULD.
    protocols: { allowed: ['TLSv1.2', 'TLSv1.3'], required: ['TLSv1.2'] },
    cipherSuites: {
      allowed: null,
      denied: [],
      // MUST NOT: NULL, RC4, < 112 bits (export, DES), RSA key exchange and FFDHE (RFC 10015);
      // SHOULD NOT: < 128 bits (3DES), static DH/ECDH (no-pfs). All are denied.
      deniedClasses: [
        'null',
        'rc4',
        'rc2',
        'export',
        'des',
        '3des',
        'idea',
        'anonymous',
        'static-rsa',
        'dhe',
        'no-pfs',
        'md5-mac'
      ],
      required: []
    },
    keyExchange: { allowedGroups: null, minDhBits: 2048, minEcdhBits: 224 },
    // RFC 9325 §3.5 (renegotiation_info required), §3.3 (no compression).
    severity: { 'vuln.insecureRenegotiation': 'error', 'vuln.compression': 'error' }
  },
  notChecked: [
    'MUST and SHOULD NOT are not told apart: everything the BCP discourages is denied.',
    'Of the required extensions, renegotiation_info is probed (vuln.insecureRenegotiation) and no compression (vuln.compression); extended_master_secret is recorded in tlsFeatures, not judged; SNI and ALPN are not probed.',
    'TLS 1.3 is SHOULD: it is not required.',
    'The recommended four ECDHE AES-GCM suites are not required.'
  ]
};

export const CABF_VALIDITY: PresetDefinition = {
  name: 'cabf-validity',
  title: 'CA/Browser Forum Baseline Requirements: maximum certificate validity',
  source: 'cabforum/servercert docs/BR.md v2.2.6 §6.3.2 (Ballot SC-081v3, adopted 2025-04-11)',
  version: 'BR 2.2.6 (2026-03-31)',
  rules: {
    certificates: {
      lifetimeSchedule: [
        { from: '1970-01-01', maxDays: 398 },
        { from: '2026-03-15', maxDays: 200 },
        { from: '2027-03-15', maxDays: 100 },
        { from: '2029-03-15', maxDays: 47 }
      ]
    }
  },
  notChecked: [
    'The limit applies to publicly-trusted certificates; the preset applies it to every certificate scanned.',
    'Key sizes (RSA >= 2048 and a multiple of 8; ECDSA on P-256/384/521 only), signature algorithms and EKU rules of the BRs are not part of this preset.',
    'Domain-validation reuse periods are a CA process.'
  ]
};
