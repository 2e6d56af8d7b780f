// Hand-built TargetReport values for evaluation tests: a target that satisfies a given preset, and small
// functions that break exactly one thing. Dates are relative to the injected clock NOW.
import type {
  CertificateInfo,
  CertificateReport,
  ProtocolName,
  TargetReport
} from '../../src/model/report.js';
import { emptyProtocols } from '../../src/model/report.js';
import * as base from '../helpers/report-builders.js';

export const NOW = new Date('2026-11-27T12:00:00Z');
const DAY = 86_400_000;
export const daysFromNow = (n: number): string => new Date(NOW.getTime() + n * DAY).toISOString();

export function certificate(overrides: Partial<CertificateInfo> = {}): CertificateInfo {
  return base.certificateInfo({
    subject: 'CN=app.example.test',
    issuer: 'CN=Test Intermediate CA',
    notBefore: daysFromNow(-30),
    notAfter: daysFromNow(60),
    daysRemaining: 60,
    lifetimeDays: 90,
    subjectAltNames: ['DNS:app.example.test'],
    sha256Fingerprint: 'AA:BB',
    spkiSha256: 'x',
    keyUsage: ['digitalSignature'],
    extendedKeyUsage: ['serverAuth'],
    ...overrides
  });
}

export function intermediate(overrides: Partial<CertificateInfo> = {}): CertificateInfo {
  return certificate({
    subject: 'CN=Test Intermediate CA',
    issuer: 'CN=Test Root CA',
    notBefore: daysFromNow(-365),
    notAfter: daysFromNow(3650),
    subjectAltNames: [],
    keyType: 'EC',
    keyBits: 384,
    curve: 'P-384',
    signatureAlgorithm: 'ecdsa-with-SHA384',
    isCA: true,
    ...overrides
  });
}

/** What the scan makes of bytes that are not a certificate: nothing readable but the fingerprint. */
export function unreadableCertificate(parseError: string): CertificateInfo {
  return base.certificateInfo({
    subject: '',
    issuer: '',
    serialNumber: '',
    notBefore: '',
    notAfter: '',
    daysRemaining: 0,
    lifetimeDays: 0,
    subjectAltNames: [],
    keyType: 'unknown',
    keyBits: null,
    curve: null,
    signatureAlgorithm: 'unknown',
    sha256Fingerprint: '01:02',
    spkiSha256: '',
    parseError
  });
}

export function certificateReport(overrides: Partial<CertificateReport> = {}): CertificateReport {
  return base.certificateReport({
    chain: [certificate(), intermediate()],
    trustStore: 'ca-file',
    validatedPath: ['CN=app.example.test', 'CN=Test Intermediate CA', 'CN=Test Root CA'],
    readOver: 'TLSv1.3',
    ...overrides
  });
}

const TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'];
const TLS12_ECDHE_ECDSA_GCM = [
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'
];

/** A server like nginx with a P-256 certificate configured per Mozilla intermediate (TLS 1.2 + 1.3). */
export function intermediateTarget(overrides: Partial<TargetReport> = {}): TargetReport {
  const protocols = emptyProtocols();
  protocols['TLSv1.2'] = true;
  protocols['TLSv1.3'] = true;
  return base.targetReport({
    name: 'app.example.test:443',
    host: 'app.example.test',
    sni: 'app.example.test',
    protocols,
    cipherSuites: {
      'TLSv1.2': [...TLS12_ECDHE_ECDSA_GCM, 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256'],
      'TLSv1.3': [...TLS13]
    },
    serverPreference: { 'TLSv1.2': false, 'TLSv1.3': false },
    groups: ['x25519', 'secp256r1', 'secp384r1'],
    keyExchange: {
      dhBits: null,
      preferredGroup: 'x25519',
      tls13Groups: ['x25519', 'secp256r1', 'secp384r1'],
      tls12Groups: ['x25519', 'secp256r1', 'secp384r1']
    },
    certificate: certificateReport(),
    handshakes: 40,
    durationMs: 120,
    ...overrides
  });
}

/** TLS 1.3 only, the three TLS 1.3 suites: Mozilla modern. */
export function modernTarget(overrides: Partial<TargetReport> = {}): TargetReport {
  const protocols = emptyProtocols();
  protocols['TLSv1.3'] = true;
  return intermediateTarget({
    protocols,
    cipherSuites: { 'TLSv1.3': [...TLS13] },
    serverPreference: { 'TLSv1.3': false },
    ...overrides
  });
}

export function withProtocols(
  t: TargetReport,
  suites: Partial<Record<ProtocolName, string[]>>
): TargetReport {
  const protocols = { ...t.protocols };
  const cipherSuites = { ...t.cipherSuites };
  for (const [p, list] of Object.entries(suites) as [ProtocolName, string[]][]) {
    protocols[p] = list.length > 0;
    cipherSuites[p] = list;
  }
  return { ...t, protocols, cipherSuites };
}

export function withCertificate(t: TargetReport, overrides: Partial<CertificateReport>): TargetReport {
  return { ...t, certificate: { ...(t.certificate ?? certificateReport()), ...overrides } };
}

/** The chain anchored in the public root store (where browsers enforce lifetime limits), not a ca-file. */
export function publiclyAnchored(t: TargetReport): TargetReport {
  return withCertificate(t, { trustStore: 'mozilla' });
}

export function withLeaf(t: TargetReport, overrides: Partial<CertificateInfo>): TargetReport {
  const chain = [...(t.certificate?.chain ?? [])];
  chain[0] = { ...chain[0]!, ...overrides };
  return withCertificate(t, { chain });
}
