// The three severities in the one order every output uses, and the icon each shows in Markdown.
import type { Severity } from '../model/report.js';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'notice'];

export function severityRank(severity: Severity): number {
  const rank = SEVERITY_ORDER.indexOf(severity);
  return rank < 0 ? SEVERITY_ORDER.length : rank;
}

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
