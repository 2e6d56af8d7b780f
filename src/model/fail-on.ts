// fail-on, the user's line between findings that fail the run and findings that are only reported, and the gate
// decision made from it. Defined here, at the bottom, because three layers apply the same rule: the policy's
// verdict per target, the action's step result and the CLI's exit status.
import type { Report, Severity } from './report.js';

export type FailOn = 'error' | 'warning' | 'never';

/** The values the action's `fail-on` input and the CLI's `--fail-on` flag accept, in the order they are listed. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** Whether one finding of this severity fails the run under fail-on. */
export function failsAt(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

/**
 * The gate decision: does this report fail the run under fail-on? A report whose verdict is already "fail"
 * (judged by the policy, or the empty report of a run that broke) fails unless fail-on is never; otherwise the
 * summary decides, so a report judged under another fail-on is still gated by this one.
 */
export function gateFails(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (report.verdict === 'fail') return true;
  const { errors, warnings, notices } = report.summary;
  return (
    (errors > 0 && failsAt('error', failOn)) ||
    (warnings > 0 && failsAt('warning', failOn)) ||
    (notices > 0 && failsAt('notice', failOn))
  );
}
