// Small facts about a Report that every renderer (summary, comment, issue, annotations, SARIF) shows the same way:
// the order of findings, a target's worst finding, the days left on its leaf certificate.

import { compareHarm } from './harm-order.js';
import { SEVERITY_ORDER } from './severity.js';
import {
  PROTOCOL_NAMES,
  type Finding,
  type ProtocolName,
  type Report,
  type Severity,
  type TargetReport
} from '../model/report.js';

export { SEVERITY_ORDER, SEVERITY_ICON, severityRank } from './severity.js';

export interface LocatedFinding {
  target: TargetReport;
  targetIndex: number;
  finding: Finding;
}

/** All findings of the report, worst first (the harm order); ties keep target order, then evaluation's order. */
export function findingsWorstFirst(report: Report): LocatedFinding[] {
  const all: LocatedFinding[] = [];
  report.targets.forEach((target, targetIndex) => {
    for (const finding of target.findings) all.push({ target, targetIndex, finding });
  });
  // Array.prototype.sort is stable (ES2019), so equal severities keep their order.
  return all.sort((a, b) => compareHarm(a.finding, b.finding));
}

/** A target's findings, worst first (the harm order of harm-order.ts). */
export function targetFindingsWorstFirst(target: TargetReport): Finding[] {
  return [...target.findings].sort(compareHarm);
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

/** The rules that judge the leaf certificate's validity period running out. */
const EXPIRY_RULES: readonly string[] = ['certificate.expired', 'certificate.expiring'];

/** The severity the policy gave the leaf's expiry (the worst such finding), or null when it judged none. */
export function expirySeverity(target: TargetReport): Severity | null {
  const expiry = target.findings.filter((finding) => EXPIRY_RULES.includes(finding.rule));
  return expiry.length > 0 ? [...expiry].sort(compareHarm)[0]!.severity : null;
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
