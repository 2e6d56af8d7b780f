// What evaluate() judges about one target: the scan's facts (the report, the simulated clients' raw outcomes)
// and what the targets file expects. Nothing else carries findings into evaluate(): it produces them all.
import type { TargetExpectation, TargetReport } from '../model/report.js';
import type { ClientOutcome } from '../scan/checks/index.js';

export interface TargetFacts {
  /** The scanned report. Its findings are not an input: evaluate() replaces them with its own. */
  readonly report: TargetReport;
  /** Each simulated client's outcome; absent or null when no client was simulated. */
  readonly clients?: readonly ClientOutcome[] | null;
  /** The targets file's `expect:` (pinning). */
  readonly expect?: TargetExpectation;
}

/** A bare report is a target without simulated clients or expectation (or with `clients` already judged). */
export type EvaluationInput = TargetReport | TargetFacts;

export function asTargetFacts(input: EvaluationInput): TargetFacts {
  return 'report' in input ? input : { report: input };
}
