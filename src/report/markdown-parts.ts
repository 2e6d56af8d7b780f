// Markdown pieces shared by the job summary, the PR comment and the issue body. Every value that comes from a
// scanned server or a user goes through escapeMarkdown / escapeHtml / codeBlock here.

import { vulnerabilityMarkdown } from './vulnerability-lines.js';
import { codeBlock, escapeHtml, escapeMarkdown, safeUrl } from './escape.js';
import { mergedFixBlocks } from './fix-merge.js';
import {
  SEVERITY_ICON,
  countBySeverity,
  describeCounts,
  enabledProtocols,
  leafDaysRemaining,
  plural,
  targetFindingsWorstFirst,
  expirySeverity,
  targetLabel,
  wholeDays,
  worstFinding
} from './digest.js';
import type { ClientResult, Finding, Report, TargetReport } from '../model/report.js';
import { describePool, findingPlace } from './pool.js';

export const VERDICT_HEADLINE = {
  pass: '✅ TLS policy passed',
  fail: '❌ TLS policy failed'
} as const;

/** "3 targets · 2 errors · 1 warning · policy default · tls-gate 0.1.0" */
export function countsLine(report: Report): string {
  const { summary } = report;
  const parts = [
    plural(summary.targets, 'target'),
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    plural(summary.notices, 'notice')
  ];
  if (report.policy) parts.push(`policy ${escapeMarkdown(report.policy.name)}`);
  parts.push(`${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}`);
  return parts.join(' · ');
}

export function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function tableHeader(headings: string[]): string {
  return `${tableRow(headings)}\n${tableRow(headings.map(() => '---'))}`;
}

export function statusCell(target: TargetReport): string {
  if (target.status === 'ok') return 'ok';
  const code = target.error?.code ? ` (${escapeMarkdown(target.error.code)})` : '';
  return `**${escapeMarkdown(target.status)}**${code}`;
}

/**
 * Days left on the leaf; an expiry the policy judged (certificate.expiring or .expired) carries that judgement's
 * icon and, at error level, bold, so a certificate that fails at 10 days left stands out from one that is fine.
 */
export function daysCell(target: TargetReport): string {
  const days = leafDaysRemaining(target);
  if (days === null) return '–';
  const whole = wholeDays(days);
  const text = whole < 0 ? `expired ${-whole} d ago` : `${whole}`;
  const judged = expirySeverity(target);
  if (judged === 'error' || judged === 'warning') {
    const shown = judged === 'error' ? `**${text}**` : text;
    return `${SEVERITY_ICON[judged]} ${shown}`;
  }
  return whole < 0 ? `**${text}**` : text;
}

export function worstFindingCell(target: TargetReport): string {
  const worst = worstFinding(target);
  if (!worst) return target.verdict === 'pass' ? '✅ none' : '–';
  const more = target.findings.length - 1;
  return `${SEVERITY_ICON[worst.severity]} ${escapeMarkdown(worst.rule)}${more > 0 ? ` (+${more} more)` : ''}`;
}

/** A column of the target table: its heading and how a target fills it. */
interface TargetColumn {
  heading: string;
  cell: (target: TargetReport) => string;
}

const COLUMNS: Record<'target' | 'verdict' | 'status' | 'protocols' | 'worst' | 'days', TargetColumn> = {
  target: {
    heading: 'Target',
    cell: (target) => {
      const pool = describePool(target);
      return escapeMarkdown(pool ? `${targetLabel(target)} (${pool})` : targetLabel(target));
    }
  },
  verdict: { heading: 'Verdict', cell: (target) => (target.verdict === 'pass' ? '✅ pass' : '❌ fail') },
  status: { heading: 'Status', cell: statusCell },
  protocols: {
    heading: 'Protocols',
    cell: (target) => {
      const protocols = enabledProtocols(target);
      return protocols.length > 0 ? protocols.join(', ') : '–';
    }
  },
  worst: { heading: 'Worst finding', cell: worstFindingCell },
  days: { heading: 'Leaf days left', cell: daysCell }
};

/**
 * The target table's columns for these targets: the Status column only when some target could not be scanned
 * (an "ok" in every row says nothing).
 */
export function targetColumns(targets: readonly TargetReport[]): TargetColumn[] {
  const withStatus = targets.some((target) => target.status !== 'ok');
  return [
    COLUMNS.target,
    COLUMNS.verdict,
    ...(withStatus ? [COLUMNS.status] : []),
    COLUMNS.protocols,
    COLUMNS.worst,
    COLUMNS.days
  ];
}

export function targetTableHeader(columns: readonly TargetColumn[]): string {
  return tableHeader(columns.map((column) => column.heading));
}

export function targetRow(target: TargetReport, columns: readonly TargetColumn[]): string {
  return tableRow(columns.map((column) => column.cell(target)));
}

export const CLIENT_TABLE_HEADINGS = ['Target', 'Client', 'Connects', 'Protocol', 'Cipher suite', 'Why not'];

export function clientRow(target: TargetReport, client: ClientResult): string {
  return tableRow([
    escapeMarkdown(targetLabel(target)),
    escapeMarkdown(client.profile),
    client.connects ? '✅' : '❌',
    client.version ? escapeMarkdown(client.version) : '–',
    client.cipherSuite ? escapeMarkdown(client.cipherSuite) : '–',
    client.diagnosis
      ? escapeMarkdown(client.diagnosis)
      : client.alert
        ? escapeMarkdown(`alert ${client.alert.name || client.alert.description}`)
        : ''
  ]);
}

/** One finding as Markdown: headline, waiver, its plain fix (none when waived), reproduce command. */
export function findingBlock(finding: Finding, options: { withFix: boolean }): string {
  const lines = [
    `**${SEVERITY_ICON[finding.severity]} ${finding.severity}** · ${escapeMarkdown(finding.rule)} · ${escapeMarkdown(finding.message + findingPlace(finding))}`
  ];
  if (finding.waiver) {
    lines.push(
      '',
      `Waived until ${escapeMarkdown(finding.waiver.until)}: ${escapeMarkdown(finding.waiver.reason)}`
    );
  }
  if (options.withFix) {
    if (finding.fix.text && !finding.waiver) lines.push('', `Fix: ${escapeMarkdown(finding.fix.text)}`);
    if (finding.reproduce) lines.push('', 'Reproduce:', '', codeBlock(finding.reproduce, 'sh'));
  }
  return lines.join('\n');
}

/** A target's one fix: the server lines of its findings (waived ones left out), merged per server software. */
export function targetFixBlock(findings: readonly Finding[]): string | null {
  const blocks = mergedFixBlocks(findings);
  if (blocks.length === 0) return null;
  // GitHub highlights nginx configuration; Apache and HAProxy have no language it knows.
  const parts = blocks.map(
    (block) => `Fix (${block.name}):\n\n${codeBlock(block.lines, block.server === 'nginx' ? 'nginx' : '')}`
  );
  return [`**Fix for these findings**`, ...parts].join('\n\n');
}

/** A collapsible section per target: what was scanned, its error, leaf certificate, findings with fixes. */
export function targetDetails(target: TargetReport): string {
  const counts = countBySeverity(target.findings);
  const icon = target.verdict === 'pass' ? '✅' : '❌';
  const summary = `${icon} ${escapeHtml(targetLabel(target))}: ${escapeHtml(describeCounts(counts))}`;
  const body: string[] = [];
  const scanned = [`Scanned ${escapeMarkdown(target.host)} port ${target.port}`];
  if (target.address && target.address !== target.host) scanned.push(`at ${escapeMarkdown(target.address)}`);
  scanned.push(target.sni ? `with SNI ${escapeMarkdown(target.sni)}` : 'without SNI');
  body.push(
    `${scanned.join(' ')}: ${plural(target.handshakes, 'handshake')} in ${Math.round(target.durationMs)} ms.`
  );
  const pool = describePool(target);
  if (pool) body.push(`Pool: ${escapeMarkdown(pool)}.`);
  if (target.error) {
    body.push(
      `**${escapeMarkdown(target.status)}** (${escapeMarkdown(target.error.code)}): ${escapeMarkdown(target.error.message)}`
    );
  }
  const leaf = target.certificate?.chain[0];
  if (leaf) {
    body.push(
      `Leaf certificate: ${escapeMarkdown(leaf.subject)}, issued by ${escapeMarkdown(leaf.issuer)}, ` +
        `valid ${escapeMarkdown(leaf.notBefore)} to ${escapeMarkdown(leaf.notAfter)}.`
    );
  }
  const vulnerable = vulnerabilityMarkdown(target, escapeMarkdown);
  if (vulnerable) body.push(vulnerable);
  const findings = targetFindingsWorstFirst(target);
  for (const finding of findings) body.push(findingBlock(finding, { withFix: true }));
  const fix = targetFixBlock(findings);
  if (fix) body.push(fix);
  return `<details><summary>${summary}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}

/** "[the run](url)" when the URL is one we can print safely, else "the run". */
export function runLink(runUrl: string | undefined, text = 'the workflow run'): string {
  const url = safeUrl(runUrl);
  return url ? `[${text}](${url})` : text;
}
