// The step's outputs: what a later step of the workflow reads (`steps.tls.outputs.*`), each a string. Beside the
// verdict and counts: the earliest expiry as a date (what certificate-expiry actions offer), and every target's
// own result as JSON, so a workflow can act per host without parsing the report file.
import { leafDaysRemaining, wholeDays } from '../report/digest.js';
import type { Report, TargetReport } from '../model/report.js';

/** One target in the `targets` output. */
export interface TargetOutput {
  name: string;
  host: string;
  port: number;
  status: TargetReport['status'];
  verdict: TargetReport['verdict'];
  errors: number;
  warnings: number;
  notices: number;
  /** Whole days left on the leaf certificate (may be negative); null when none was read. */
  daysRemaining: number | null;
  /** The leaf's notAfter (ISO 8601); null when none was read. */
  expiryDate: string | null;
}

export function targetOutputs(report: Report): TargetOutput[] {
  return report.targets.map((target) => {
    const days = leafDaysRemaining(target);
    const count = (severity: string) =>
      target.findings.filter((finding) => finding.severity === severity).length;
    return {
      name: target.name,
      host: target.host,
      port: target.port,
      status: target.status,
      verdict: target.verdict,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      daysRemaining: days === null ? null : wholeDays(days),
      expiryDate: days === null ? null : (target.certificate?.chain[0]?.notAfter ?? null)
    };
  });
}

/** The earliest notAfter over every leaf read (ISO 8601), or null when no certificate was read. */
export function earliestExpiry(report: Report): string | null {
  let earliest: string | null = null;
  for (const target of report.targets) {
    if (leafDaysRemaining(target) === null) continue;
    const notAfter = target.certificate?.chain[0]?.notAfter;
    if (notAfter && (earliest === null || Date.parse(notAfter) < Date.parse(earliest))) earliest = notAfter;
  }
  return earliest;
}
