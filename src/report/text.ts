// The human-readable report of the CLI: per target a small table of what the server offers (protocols, suites per
// version with their order, groups, DH size), the certificate chain as a tree with days left, then all findings
// grouped by target, worst target first, each with its fix and the command that reproduces it.
// Server-sent text (certificate names, error and alert messages) is shown with control characters made visible,
// so a hostile server cannot move the cursor, recolour the terminal or start a new line in a CI log, and no line
// can start an Actions workflow command.
import { countBySeverity, plural, severityRank, targetFindingsWorstFirst, wholeDays } from './digest.js';
import { inertLineStart, visibleControls } from './escape.js';
import { fixBlocks } from '../remediation/index.js';
import { vulnerabilityTextLines } from './vulnerability-lines.js';
import {
  PROTOCOL_NAMES,
  type CertificateInfo,
  type Finding,
  type Report,
  type Severity,
  type TargetReport
} from '../model/report.js';

export interface TextOptions {
  /** ANSI colours; only when writing to a terminal. */
  color?: boolean;
}

type Paint = (text: string, colour: 'red' | 'yellow' | 'green' | 'bold' | 'dim') => string;

const ANSI: Record<Parameters<Paint>[1], [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  bold: [1, 22],
  dim: [2, 22]
};

/** Untrusted or user text on one line, with controls and direction marks shown as escapes. */
const safe = (text: string | number | null | undefined): string => visibleControls(String(text ?? ''));

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint: Paint = options.color
    ? (text, colour) => `\u001b[${ANSI[colour][0]}m${text}\u001b[${ANSI[colour][1]}m`
    : (text) => text;
  const lines: string[] = [];

  const verdict = report.verdict === 'pass' ? paint('PASS', 'green') : paint('FAIL', 'red');
  const policy = report.policy
    ? `policy ${safe(report.policy.name)} (${safe(report.policy.source)})`
    : 'no policy';
  lines.push(paint(`tls-gate ${safe(report.tool.version)}`, 'bold') + ` - ${policy} - ${verdict}`);
  const { summary } = report;
  lines.push(
    `${plural(summary.targets, 'target')}: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ` +
      `${plural(summary.notices, 'notice')} (${elapsed(report)})`
  );

  for (const target of report.targets) {
    lines.push('', ...renderTarget(target, paint));
  }

  const withFindings = report.targets.filter((target) => target.findings.length > 0);
  if (withFindings.length > 0) {
    lines.push('', paint('Findings', 'bold'));
    for (const target of worstTargetsFirst(withFindings)) {
      lines.push('', `  ${paint(safe(target.name), 'bold')}${sourceSuffix(target)}`);
      for (const finding of targetFindingsWorstFirst(target)) lines.push(...renderFinding(finding, paint));
    }
  }
  // Run in a workflow, this text is the Actions log: no line (an indented target name) may start a command.
  return `${lines.join('\n').split('\n').map(inertLineStart).join('\n')}\n`;
}

function renderTarget(target: TargetReport, paint: Paint): string[] {
  const lines: string[] = [];
  const verdict = target.verdict === 'pass' ? paint('pass', 'green') : paint('FAIL', 'red');
  const where = [`${safe(target.host)}:${target.port}`];
  if (target.address && target.address !== target.host) where.push(`address ${safe(target.address)}`);
  where.push(target.sni ? `SNI ${safe(target.sni)}` : 'no SNI');
  lines.push(`${paint(`== ${safe(target.name)}`, 'bold')} (${where.join(', ')}) - ${verdict}`);
  lines.push(`   ${plural(target.handshakes, 'handshake')} in ${Math.round(target.durationMs)} ms`);

  if (target.status !== 'ok') {
    const code = target.error ? ` [${safe(target.error.code)}]` : '';
    lines.push(
      `   ${paint(target.status.toUpperCase(), 'red')}${code}: ${safe(target.error?.message ?? 'no details')}`
    );
    return lines;
  }
  if (target.error) lines.push(`   note [${safe(target.error.code)}]: ${safe(target.error.message)}`);

  lines.push('   Protocols');
  for (const protocol of [...PROTOCOL_NAMES].reverse()) {
    lines.push(`     ${protocol.padEnd(8)} ${target.protocols[protocol] ? 'yes' : paint('no', 'dim')}`);
  }

  const versions = [...PROTOCOL_NAMES].reverse().filter((p) => (target.cipherSuites[p]?.length ?? 0) > 0);
  if (versions.length > 0) {
    lines.push('   Cipher suites');
    for (const protocol of versions) {
      const preference = target.serverPreference[protocol];
      const order =
        preference === true
          ? 'server order, most preferred first'
          : preference === false
            ? 'client order'
            : 'order unknown';
      lines.push(`     ${protocol} (${order})`);
      for (const suite of target.cipherSuites[protocol] ?? []) lines.push(`       ${safe(suite)}`);
    }
  }

  const kx = target.keyExchange;
  lines.push('   Key exchange');
  lines.push(`     groups: ${target.groups.length > 0 ? target.groups.map(safe).join(', ') : 'none'}`);
  if (kx.tls13Groups.length > 0) lines.push(`     TLS 1.3 groups: ${kx.tls13Groups.map(safe).join(', ')}`);
  if (kx.tls12Groups.length > 0)
    lines.push(`     TLS 1.2 ECDHE groups: ${kx.tls12Groups.map(safe).join(', ')}`);
  lines.push(`     preferred group: ${safe(kx.preferredGroup ?? 'none')}`);
  lines.push(`     DH: ${kx.dhBits !== null ? `${kx.dhBits} bits` : 'no DHE suite'}`);

  lines.push(...renderCertificate(target, paint));

  if (target.clients && target.clients.length > 0) {
    lines.push('   Clients');
    const width = Math.max(...target.clients.map((c) => safe(c.profile).length));
    for (const client of target.clients) {
      const outcome = client.connects
        ? `${paint('connects', 'green')} ${safe(client.version)} ${safe(client.cipherSuite)}${client.group ? ` ${safe(client.group)}` : ''}`
        : `${paint('fails', 'red')}${client.alert ? ` (alert ${client.alert.description} ${safe(client.alert.name)})` : ''}`;
      lines.push(`     ${safe(client.profile).padEnd(width)}  ${outcome}`);
      if (client.diagnosis) lines.push(`     ${' '.repeat(width)}  ${safe(client.diagnosis)}`);
    }
  }
  if (target.resumption) {
    const r = target.resumption;
    const yn = (value: boolean | null) => (value === null ? 'n/a' : value ? 'yes' : 'no');
    lines.push(
      `   Resumption: session id ${yn(r.sessionId)}, ticket ${yn(r.ticket)}, TLS 1.3 PSK ${yn(r.tls13Psk)}, ` +
        `across addresses ${yn(r.acrossAddresses)}`
    );
  }
  lines.push(...vulnerabilityTextLines(target, safe));
  const counts = countBySeverity(target.findings);
  if (target.findings.length > 0) {
    lines.push(
      `   ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')} (see Findings)`
    );
  }
  return lines;
}

function renderCertificate(target: TargetReport, paint: Paint): string[] {
  const certificate = target.certificate;
  if (!certificate) return ['   Certificate: not read'];
  const facts = [
    certificate.readOver ? `read over ${certificate.readOver}` : null,
    certificate.trusted
      ? `trusted (${safe(certificate.trustStore ?? 'unknown store')})`
      : paint('not trusted', 'red'),
    certificate.hostnameMatch ? 'name matches' : paint('name does not match', 'red'),
    certificate.chainComplete ? null : paint('chain incomplete', 'red'),
    certificate.chainOrdered ? null : paint('chain out of order', 'yellow'),
    certificate.ocspStapled ? `OCSP stapled${certificate.ocsp ? ` (${certificate.ocsp.status})` : ''}` : null
  ].filter((fact): fact is string => fact !== null);
  const lines = [`   Certificate: ${facts.join(', ')}`];
  if (certificate.error)
    lines.push(`     [${safe(certificate.error.code)}] ${safe(certificate.error.message)}`);
  certificate.chain.forEach((cert, depth) => {
    lines.push(`     ${'   '.repeat(depth)}└─ ${describeCertificate(cert, paint)}`);
  });
  if (certificate.missingIssuer) {
    const depth = certificate.chain.length;
    const url = certificate.missingIssuer.caIssuerUrl
      ? ` (AIA: ${safe(certificate.missingIssuer.caIssuerUrl)})`
      : '';
    lines.push(
      `     ${'   '.repeat(depth)}└─ ${paint('missing:', 'red')} ${safe(certificate.missingIssuer.subject)}${url}`
    );
  }
  for (const extra of certificate.extraCertificates) lines.push(`     extra certificate: ${safe(extra)}`);
  if (certificate.noSniCertificate) {
    lines.push(`     without SNI: ${describeCertificate(certificate.noSniCertificate, paint)}`);
  }
  for (const alternate of certificate.alternateChains) {
    if (alternate.chain[0])
      lines.push(`     also (${alternate.keyType}): ${describeCertificate(alternate.chain[0], paint)}`);
  }
  return lines;
}

function describeCertificate(cert: CertificateInfo, paint: Paint): string {
  const key = cert.curve
    ? `${cert.keyType} ${cert.curve}`
    : cert.keyBits
      ? `${cert.keyType} ${cert.keyBits}`
      : cert.keyType;
  const left = daysLeft(cert.daysRemaining, paint);
  const flags = [
    cert.selfSigned ? 'self-signed' : null,
    cert.parseError ? `unparsed: ${safe(cert.parseError)}` : null
  ]
    .filter(Boolean)
    .join(', ');
  return `${safe(cert.subject)} [${safe(key)}, ${safe(cert.signatureAlgorithm)}, ${left}${flags ? `, ${flags}` : ''}]`;
}

/** Days left on a certificate; under ten days with one decimal, since "1 day" and "1.9 days" differ a lot. */
function daysLeft(daysRemaining: number, paint: Paint): string {
  if (!Number.isFinite(daysRemaining)) return 'validity unknown';
  if (daysRemaining < 0) {
    const ago = -wholeDays(daysRemaining); // as the findings, the summary and min-days-remaining count it
    return paint(`expired ${plural(ago, 'day')} ago`, 'red');
  }
  const shown = daysRemaining < 10 ? Math.floor(daysRemaining * 10) / 10 : wholeDays(daysRemaining);
  const text = `${shown} day${shown === 1 ? '' : 's'} left`;
  return daysRemaining < 30 ? paint(text, daysRemaining < 14 ? 'red' : 'yellow') : text;
}

function renderFinding(finding: Finding, paint: Paint): string[] {
  const colour: Record<Severity, 'red' | 'yellow' | 'dim'> = {
    error: 'red',
    warning: 'yellow',
    notice: 'dim'
  };
  const lines = [
    `    ${paint(finding.severity.toUpperCase(), colour[finding.severity])} ${safe(finding.rule)}: ${safe(finding.message)}`
  ];
  if (finding.waiver) {
    lines.push(`      waived until ${safe(finding.waiver.until)}: ${safe(finding.waiver.reason)}`);
  }
  if (finding.fix.text) lines.push(`      fix: ${safe(finding.fix.text)}`);
  for (const block of fixBlocks(finding.fix)) {
    lines.push(`      fix (${block.server}):`);
    for (const line of block.lines) lines.push(`        ${safe(line)}`);
  }
  if (finding.reproduce) lines.push(`      reproduce: ${safe(finding.reproduce)}`);
  return lines;
}

/** Targets with the worst findings first: by their worst severity, then by how many findings of each severity. */
function worstTargetsFirst(targets: TargetReport[]): TargetReport[] {
  const key = (target: TargetReport): number[] => {
    const counts = countBySeverity(target.findings);
    const worst = Math.min(...target.findings.map((f) => severityRank(f.severity)));
    return [worst, -counts.error, -counts.warning, -counts.notice];
  };
  return [...targets].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    return 0;
  });
}

function sourceSuffix(target: TargetReport): string {
  return target.source ? ` (${safe(target.source.file)}:${target.source.line})` : '';
}

function elapsed(report: Report): string {
  const ms = Date.parse(report.finishedAt) - Date.parse(report.startedAt);
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'time unknown';
}
