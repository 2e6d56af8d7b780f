// Reports shaped as scan + evaluation produce them, for the renderer tests. Dates are relative to `now`.

import {
  emptyProtocols,
  type CertificateInfo,
  type ClientResult,
  type Finding,
  type Report,
  type Severity,
  type TargetReport
} from '../../src/model/report.js';
import * as base from '../helpers/report-builders.js';

/** Text a hostile server (or a careless user) can put in certificate names, alerts and target names. */
export const HOSTILE_TEXTS = [
  'x\n::error::owned',
  '::add-mask::secret',
  '::stop-commands::pwned',
  '  ::warning file=a::indented',
  '##[error]legacy',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '@org/team',
  '[link](http://evil.example/x)',
  '![img](http://evil.example/i.png)',
  'https://evil.example/bare',
  'www.evil.example',
  'a|b|c',
  '`code` ```fence',
  '#123 org/repo#45',
  '$x^2$ **bold** _em_ ~~del~~',
  '<!-- hidden --> --> <details>',
  'line1\r\nline2\u2028line3\u202eRTL',
  '100% %0A encoded'
];

export const HOSTILE = HOSTILE_TEXTS.join(' ');

const DAY = 86_400_000;

export function certificate(
  now: Date,
  daysLeft: number,
  overrides: Partial<CertificateInfo> = {}
): CertificateInfo {
  const notAfter = new Date(now.getTime() + daysLeft * DAY);
  const notBefore = new Date(notAfter.getTime() - 90 * DAY);
  return base.certificateInfo({
    subject: 'CN=a.example',
    issuer: 'CN=Test Intermediate',
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    daysRemaining: daysLeft,
    lifetimeDays: 90,
    subjectAltNames: ['DNS:a.example'],
    sha256Fingerprint: 'AA:BB',
    spkiSha256: 'abc=',
    keyUsage: [],
    extendedKeyUsage: [],
    ...overrides
  });
}

export function finding(
  rule: string,
  severity: Severity,
  message: string,
  evidence: Record<string, unknown> = {}
): Finding {
  return {
    rule,
    severity,
    message,
    evidence,
    fix: { nginx: ['ssl_protocols TLSv1.2 TLSv1.3;'], text: 'Renew the certificate.' },
    reproduce: 'openssl s_client -connect a.example:443 -tls1',
    waiver: null
  };
}

export function target(
  now: Date,
  overrides: Partial<TargetReport> & { daysLeft?: number | null } = {}
): TargetReport {
  const { daysLeft = 60, ...rest } = overrides;
  const protocols = emptyProtocols();
  protocols['TLSv1.2'] = true;
  protocols['TLSv1.3'] = true;
  const merged = base.targetReport({
    name: 'a.example:443',
    host: 'a.example',
    sni: 'a.example',
    protocols,
    cipherSuites: { 'TLSv1.3': ['TLS_AES_128_GCM_SHA256'] },
    serverPreference: {},
    groups: ['x25519'],
    keyExchange: { dhBits: null, preferredGroup: 'x25519', tls13Groups: ['x25519'], tls12Groups: [] },
    certificate:
      daysLeft === null
        ? null
        : base.certificateReport({
            chain: [certificate(now, daysLeft)],
            trustStore: 'mozilla',
            validatedPath: ['CN=a.example', 'CN=Test Root'],
            readOver: 'TLSv1.3'
          }),
    handshakes: 42,
    durationMs: 812,
    ...rest
  });
  if (merged.findings.some((f) => f.severity === 'error') && overrides.verdict === undefined)
    merged.verdict = 'fail';
  return merged;
}

export function report(now: Date, targets: TargetReport[]): Report {
  return base.report(targets, {
    startedAt: now.toISOString(),
    finishedAt: new Date(now.getTime() + 1000).toISOString(),
    policy: { name: 'default', source: 'builtin' }
  });
}

/** A report in which every server-controlled and user-controlled string is hostile. */
export function hostileReport(now: Date): Report {
  const client: ClientResult = {
    profile: `Client ${HOSTILE}`,
    connects: false,
    version: null,
    cipherSuite: null,
    group: null,
    alert: { level: 'fatal', description: 40, name: `handshake_failure ${HOSTILE}` },
    diagnosis: `Server says ${HOSTILE}`
  };
  const hostile = target(now, {
    name: HOSTILE,
    host: 'x\n::error::owned.example',
    sni: HOSTILE,
    address: HOSTILE,
    status: 'error',
    error: { code: 'ALERT', message: `alert text ${HOSTILE}` },
    clients: [client],
    findings: [
      {
        ...finding('certificate.hostname-mismatch', 'error', `Certificate names ${HOSTILE} do not match`, {
          san: HOSTILE
        }),
        fix: { nginx: [`server_name ${HOSTILE};`], text: HOSTILE },
        reproduce: `openssl s_client -connect '${HOSTILE}':443`,
        waiver: null
      },
      {
        ...finding('chain.order', 'warning', `Chain of ${HOSTILE}`),
        waiver: { rule: 'chain.order', reason: HOSTILE, until: '2099-01-01' }
      }
    ],
    source: { file: '.github/workflows/tls.yml', line: 12 }
  });
  hostile.certificate!.chain[0] = certificate(now, -3, { subject: `CN=${HOSTILE}`, issuer: `O=${HOSTILE}` });
  return report(now, [hostile]);
}
