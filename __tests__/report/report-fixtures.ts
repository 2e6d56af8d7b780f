// Reports shaped as scan + evaluation produce them, for the renderer tests. Dates are relative to `now`.

import {
  SCHEMA_VERSION,
  emptyProtocols,
  type CertificateInfo,
  type ClientResult,
  type Finding,
  type Report,
  type Severity,
  type TargetReport
} from '../../src/report/types.js';

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
  return {
    subject: 'CN=a.example',
    issuer: 'CN=Test Intermediate',
    serialNumber: '01',
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    daysRemaining: daysLeft,
    lifetimeDays: 90,
    subjectAltNames: ['DNS:a.example'],
    keyType: 'EC',
    keyBits: 256,
    curve: 'P-256',
    signatureAlgorithm: 'ecdsa-with-SHA256',
    sha256Fingerprint: 'AA:BB',
    spkiSha256: 'abc=',
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
  const base: TargetReport = {
    name: 'a.example:443',
    host: 'a.example',
    port: 443,
    address: '127.0.0.1',
    sni: 'a.example',
    status: 'ok',
    error: null,
    protocols,
    cipherSuites: { 'TLSv1.3': ['TLS_AES_128_GCM_SHA256'] },
    serverPreference: {},
    groups: ['x25519'],
    keyExchange: { dhBits: null, preferredGroup: 'x25519', tls13Groups: ['x25519'], tls12Groups: [] },
    certificate:
      daysLeft === null
        ? null
        : {
            chain: [certificate(now, daysLeft)],
            hostnameMatch: true,
            trusted: true,
            trustStore: 'mozilla',
            chainComplete: true,
            chainOrdered: true,
            extraCertificates: [],
            containsRoot: false,
            missingIssuer: null,
            validatedPath: ['CN=a.example', 'CN=Test Root'],
            ocspStapled: false,
            ocsp: null,
            noSniCertificate: null,
            alternateChains: [],
            readOver: 'TLSv1.3',
            error: null
          },
    handshakes: 42,
    durationMs: 812,
    findings: [],
    verdict: 'pass'
  };
  const merged = { ...base, ...rest };
  if (merged.findings.some((f) => f.severity === 'error') && overrides.verdict === undefined)
    merged.verdict = 'fail';
  return merged;
}

export function report(now: Date, targets: TargetReport[]): Report {
  const all = targets.flatMap((t) => t.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'tls-gate', version: '0.1.0' },
    startedAt: now.toISOString(),
    finishedAt: new Date(now.getTime() + 1000).toISOString(),
    policy: { name: 'default', source: 'builtin' },
    verdict: errors > 0 ? 'fail' : 'pass',
    summary: {
      targets: targets.length,
      errors,
      warnings: all.filter((f) => f.severity === 'warning').length,
      notices: all.filter((f) => f.severity === 'notice').length
    },
    targets
  };
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
