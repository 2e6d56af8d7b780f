// Base builders for hand-written report values: every field of the data model (src/model/report.ts) is listed
// once here, with plain defaults; the fixture files of each area build on these with their own names, dates and
// keys. Keys come out in the order of the types, so serialised fixtures read like real reports.
import {
  SCHEMA_VERSION,
  emptyProtocols,
  type CertificateInfo,
  type CertificateReport,
  type Report,
  type TargetReport
} from '../../src/model/report.js';

export function certificateInfo(overrides: Partial<CertificateInfo> = {}): CertificateInfo {
  return {
    subject: 'CN=localhost',
    issuer: 'CN=Test CA',
    serialNumber: '01',
    notBefore: '2026-01-01T00:00:00.000Z',
    notAfter: '2027-01-01T00:00:00.000Z',
    daysRemaining: 30,
    lifetimeDays: 90,
    subjectAltNames: [],
    keyType: 'EC',
    keyBits: 256,
    curve: 'P-256',
    signatureAlgorithm: 'ecdsa-with-SHA256',
    sha256Fingerprint: 'AA:BB',
    spkiSha256: 'spki',
    selfSigned: false,
    isCA: false,
    ocspUrls: [],
    caIssuerUrls: [],
    crlUrls: [],
    mustStaple: false,
    sctCount: 0,
    keyUsage: [],
    extendedKeyUsage: [],
    ...overrides
  };
}

export function certificateReport(overrides: Partial<CertificateReport> = {}): CertificateReport {
  return {
    chain: [],
    hostnameMatch: true,
    trusted: true,
    trustStore: 'mozilla',
    chainComplete: true,
    chainOrdered: true,
    extraCertificates: [],
    containsRoot: false,
    missingIssuer: null,
    validatedPath: [],
    ocspStapled: false,
    ocsp: null,
    noSniCertificate: null,
    alternateChains: [],
    readOver: 'TLSv1.3',
    error: null,
    ...overrides
  };
}

const OPTIONAL_TARGET_KEYS = ['clients', 'resumption', 'source'] as const;

/** Optional fields (clients, resumption, source) are present only when given, as in a scan's output. */
export function targetReport(overrides: Partial<TargetReport> = {}): TargetReport {
  const target: TargetReport = {
    name: 'localhost:443',
    host: 'localhost',
    port: 443,
    address: '127.0.0.1',
    sni: 'localhost',
    status: 'ok',
    error: null,
    protocols: emptyProtocols(),
    cipherSuites: {},
    serverPreference: {},
    groups: [],
    keyExchange: { dhBits: null, preferredGroup: null, tls13Groups: [], tls12Groups: [] },
    certificate: null,
    clients: undefined,
    resumption: undefined,
    handshakes: 0,
    durationMs: 0,
    findings: [],
    verdict: 'pass',
    source: undefined,
    ...overrides
  };
  for (const key of OPTIONAL_TARGET_KEYS) if (!(key in overrides)) delete target[key];
  return target;
}

/** Summary counts come from the targets' findings; the verdict defaults to fail when any finding is an error. */
export function report(targets: TargetReport[], overrides: Partial<Report> = {}): Report {
  const findings = targets.flatMap((t) => t.findings);
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'tls-gate', version: '0.1.0' },
    startedAt: '2026-11-27T10:00:00.000Z',
    finishedAt: '2026-11-27T10:00:01.000Z',
    policy: null,
    verdict: count('error') > 0 ? 'fail' : 'pass',
    summary: {
      targets: targets.length,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice')
    },
    targets,
    ...overrides
  };
}
