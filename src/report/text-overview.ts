// The first thing the text report shows: one line per target, in the order named: verdict, name, worst finding
// (the harm order) and days left on the leaf certificate, coloured as the policy judged its expiry.
import { expirySeverity, leafDaysRemaining, wholeDays, worstFinding } from './digest.js';
import { SEVERITY_COLOUR, pad, safe, type Paint } from './text-paint.js';
import type { TargetReport } from '../model/report.js';

function worstText(target: TargetReport): string {
  const worst = worstFinding(target);
  if (!worst) return 'none';
  const more = target.findings.length - 1;
  return `${worst.severity} ${safe(worst.rule)}${more > 0 ? ` (+${more} more)` : ''}`;
}

function daysText(target: TargetReport): string {
  const days = leafDaysRemaining(target);
  if (days === null) return '-';
  const whole = wholeDays(days);
  return whole < 0 ? `expired ${-whole} d ago` : `${whole}`;
}

export function renderOverview(targets: readonly TargetReport[], paint: Paint): string[] {
  if (targets.length === 0) return [];
  const rows = targets.map((target) => ({
    target,
    verdict: target.verdict === 'pass' ? 'pass' : 'FAIL',
    name: safe(target.name),
    worst: worstText(target),
    days: daysText(target)
  }));
  const nameWidth = Math.max('target'.length, ...rows.map((r) => r.name.length));
  const worstWidth = Math.max('worst finding'.length, ...rows.map((r) => r.worst.length));
  const lines = [
    '',
    paint('Overview', 'bold'),
    `  ${pad('verdict', 8)} ${pad('target', nameWidth)}  ${pad('worst finding', worstWidth)}  days left`
  ];
  for (const row of rows) {
    const verdict = paint(pad(row.verdict, 8), row.verdict === 'pass' ? 'green' : 'red');
    const worst = row.target.findings.length > 0 ? worstFinding(row.target)!.severity : null;
    const worstShown = worst
      ? paint(pad(row.worst, worstWidth), SEVERITY_COLOUR[worst])
      : pad(row.worst, worstWidth);
    const judged = expirySeverity(row.target);
    const days = judged ? paint(row.days, SEVERITY_COLOUR[judged]) : row.days;
    lines.push(`  ${verdict} ${pad(row.name, nameWidth)}  ${worstShown}  ${days}`);
  }
  return lines;
}
