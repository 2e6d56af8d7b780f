// A hand-built report with every field filled, for renderer and schema tests (no scan involved).
import {
  emptyProtocols,
  type CertificateInfo,
  type Report,
  type TargetReport
} from '../../src/model/report.js';
import { certificateInfo, certificateReport, report, targetReport } from '../helpers/report-builders.js';

export function sampleCertificate(
  subject: string,
  issuer: string,
  daysRemaining: number,
  isCA = false
): CertificateInfo {
  return certificateInfo({
    subject,
    issuer,
    serialNumber: '01AB',
    notBefore: '2026-01-01T00:00:00.000Z',
    notAfter: '2027-01-01T00:00:00.000Z',
    daysRemaining,
    lifetimeDays: 365,
    subjectAltNames: isCA ? [] : ['DNS:api.example.com'],
    sha256Fingerprint: 'AB:CD',
    spkiSha256: 'A'.repeat(43) + '=',
    isCA,
    keyUsage: ['digitalSignature'],
    extendedKeyUsage: isCA ? [] : ['serverAuth']
  });
}

export function sampleTarget(overrides: Partial<TargetReport> = {}): TargetReport {
  return targetReport({
    name: 'api',
    host: 'api.example.com',
    port: 443,
    address: '127.0.0.1',
    sni: 'api.example.com',
    status: 'ok',
    error: null,
    protocols: { ...emptyProtocols(), 'TLSv1.2': true, 'TLSv1.3': true },
    cipherSuites: {
      'TLSv1.3': ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384'],
      'TLSv1.2': ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA']
    },
    serverPreference: { 'TLSv1.3': false, 'TLSv1.2': true },
    groups: ['x25519', 'secp256r1'],
    keyExchange: {
      dhBits: null,
      preferredGroup: 'x25519',
      tls13Groups: ['x25519', 'secp256r1'],
      tls12Groups: ['x25519']
    },
    certificate: certificateReport({
      chain: [
        sampleCertificate('CN=api.example.com', 'CN=Example Intermediate', 12.4),
        sampleCertificate('CN=Example Intermediate', 'CN=Example Root', 900, true)
      ],
      trustStore: 'ca-file',
      validatedPath: ['CN=api.example.com', 'CN=Example Intermediate', 'CN=Example Root']
    }),
    clients: [
      {
        profile: 'openssl-3',
        connects: true,
        version: 'TLSv1.3',
        cipherSuite: 'TLS_AES_128_GCM_SHA256',
        group: 'x25519',
        alert: null,
        diagnosis: null
      }
    ],
    resumption: {
      sessionId: true,
      ticket: true,
      tls13Psk: null,
      acrossAddresses: null,
      addresses: ['127.0.0.1']
    },
    handshakes: 23,
    durationMs: 140,
    findings: [
      {
        rule: 'cipher.not-allowed',
        severity: 'warning',
        message: 'api offers TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA over TLSv1.2.',
        evidence: { suites: ['TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA'] },
        fix: { nginx: ['ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256;'], text: 'Remove CBC suites.' },
        reproduce: 'openssl s_client -connect 127.0.0.1:443 -tls1_2 -cipher ECDHE-ECDSA-AES128-SHA',
        waiver: null
      },
      {
        rule: 'certificate.expiring',
        severity: 'error',
        message: 'api: the certificate CN=api.example.com expires in 12 days.',
        evidence: { days: 12.4 },
        fix: { text: 'Renew the certificate.' },
        reproduce: null,
        waiver: null
      }
    ],
    verdict: 'fail',
    source: { file: 'targets.yml', line: 3 },
    ...overrides
  });
}

export function sampleReport(targets: TargetReport[] = [sampleTarget()]): Report {
  return report(targets, {
    startedAt: '2026-11-27T10:00:00.000Z',
    finishedAt: '2026-11-27T10:00:01.250Z',
    policy: { name: 'intermediate', source: 'preset' },
    verdict: targets.some((t) => t.verdict === 'fail') ? 'fail' : 'pass'
  });
}

export function unreachableTarget(): TargetReport {
  return sampleTarget({
    name: 'down',
    host: 'down.example.com',
    address: null,
    status: 'unreachable',
    error: { code: 'ECONNREFUSED', message: 'connection refused by 127.0.0.1:1' },
    protocols: emptyProtocols(),
    cipherSuites: {},
    serverPreference: {},
    groups: [],
    keyExchange: { dhBits: null, preferredGroup: null, tls13Groups: [], tls12Groups: [] },
    certificate: null,
    clients: undefined,
    resumption: undefined,
    handshakes: 1,
    durationMs: 3,
    findings: [],
    verdict: 'pass',
    source: undefined
  });
}
