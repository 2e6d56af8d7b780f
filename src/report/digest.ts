// Small facts about a Report that every renderer (summary, comment, issue, annotations, SARIF) shows the same way:
// the order of findings, a target's worst finding, the days left on its leaf certificate.

import {
  PROTOCOL_NAMES,
  type Finding,
  type ProtocolName,
  type Report,
  type Severity,
  type TargetReport
} from '../model/report.js';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'notice'];

export function severityRank(severity: Severity): number {
  const rank = SEVERITY_ORDER.indexOf(severity);
  return rank < 0 ? SEVERITY_ORDER.length : rank;
}

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

export interface LocatedFinding {
  target: TargetReport;
  targetIndex: number;
  finding: Finding;
}

/** All findings of the report, worst first; ties keep target order, then the order evaluation gave. */
export function findingsWorstFirst(report: Report): LocatedFinding[] {
  const all: LocatedFinding[] = [];
  report.targets.forEach((target, targetIndex) => {
    for (const finding of target.findings) all.push({ target, targetIndex, finding });
  });
  // Array.prototype.sort is stable (ES2019), so equal severities keep their order.
  return all.sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity));
}

/** A target's findings, worst first. */
export function targetFindingsWorstFirst(target: TargetReport): Finding[] {
  return [...target.findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}

export function worstFinding(target: TargetReport): Finding | null {
  return targetFindingsWorstFirst(target)[0] ?? null;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
  return counts;
}

/** Days left on the leaf certificate (fractional, negative when expired), or null when none was read. */
export function leafDaysRemaining(target: TargetReport): number | null {
  const leaf = target.certificate?.chain[0];
  return leaf && Number.isFinite(leaf.daysRemaining) ? leaf.daysRemaining : null;
}

/** Whole days, counted the one way every output and finding counts them (model/days.ts). */
export { wholeDays } from '../model/days.js';

export function enabledProtocols(target: TargetReport): ProtocolName[] {
  return PROTOCOL_NAMES.filter((p) => target.protocols?.[p]);
}

/** "a.example:443", or the name when the user gave one that differs. */
export function targetLabel(target: TargetReport): string {
  return target.name || `${target.host}:${target.port}`;
}

/** "2 errors, 1 warning" (only the non-zero parts; "no findings" when all are zero). */
export function describeCounts(counts: Record<Severity, number>): string {
  const parts: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    const n = counts[severity];
    if (n > 0) parts.push(`${n} ${severity}${n === 1 ? '' : 's'}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Smallest days left over all leaf certificates, or null when no certificate was read. */
export function minDaysRemaining(report: Report): number | null {
  let min: number | null = null;
  for (const target of report.targets) {
    const days = leafDaysRemaining(target);
    if (days !== null && (min === null || days < min)) min = days;
  }
  return min;
}

/** Byte length as the job-summary limit counts it (UTF-8). */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
