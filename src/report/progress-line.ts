// The one line a run prints as each target finishes (CLI on stderr, the action's log, the demo): its verdict as
// the report will give it, what the findings come to, and what the scan cost. Plain text: each caller escapes it
// for where it goes (a terminal, the Actions log).
import { countBySeverity, describeCounts, plural, targetLabel } from './digest.js';
import type { TargetReport } from '../model/report.js';

/** "[2/10] legacy.example:443: FAIL, 2 errors, 1 warning (12 handshakes in 340 ms)" */
export function finishedTargetLine(target: TargetReport, done: number, total: number): string {
  const verdict = target.verdict === 'pass' ? 'pass' : 'FAIL';
  const state =
    target.status === 'ok' ? '' : `, ${target.status}${target.error ? ` (${target.error.code})` : ''}`;
  const cost = `${plural(target.handshakes, 'handshake')} in ${Math.round(target.durationMs)} ms`;
  return `[${done}/${total}] ${targetLabel(target)}: ${verdict}${state}, ${describeCounts(countBySeverity(target.findings))} (${cost})`;
}
