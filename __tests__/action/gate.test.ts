// The report of a run that broke, and the min-days output, from reports built by hand. The gate decision itself
// is src/model/fail-on.ts (__tests__/model/fail-on.test.ts).
import { describe, expect, it } from '@jest/globals';
import { emptyReport, minWholeDaysRemaining } from '../../src/action/gate.js';
import { gateFails } from '../../src/model/fail-on.js';
import type { Report, TargetReport } from '../../src/model/report.js';

function report(
  verdict: 'pass' | 'fail',
  errors: number,
  warnings: number,
  leafDays: (number | null)[] = []
): Report {
  const base = emptyReport(new Date(), leafDays.length);
  const targets = leafDays.map(
    (days) =>
      ({
        name: 't',
        certificate: days === null ? null : { chain: [{ daysRemaining: days }] }
      }) as unknown as TargetReport
  );
  return { ...base, verdict, summary: { targets: targets.length, errors, warnings, notices: 0 }, targets };
}

describe('gate decision', () => {
  it('treats a report that could not be produced as failing', () => {
    const empty = emptyReport(new Date(), 3);
    expect(empty.verdict).toBe('fail');
    expect(empty.summary.targets).toBe(3);
    expect(gateFails(empty, 'error')).toBe(true);
  });
});

describe('min-days-remaining', () => {
  it('is the smallest whole number of days over all leaves, rounded down', () => {
    expect(minWholeDaysRemaining(report('pass', 0, 0, [80.2, 12.9, null, 400]))).toBe(12);
  });

  it('goes negative once a leaf has expired', () => {
    expect(minWholeDaysRemaining(report('fail', 1, 0, [30, -2.1]))).toBe(-3);
  });

  it('is null when no certificate was read', () => {
    expect(minWholeDaysRemaining(report('fail', 1, 0, [null]))).toBeNull();
  });
});
