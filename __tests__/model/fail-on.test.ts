// fail-on and the gate decision, defined once and applied by the policy (per target), the action (the step) and
// the CLI (the exit status). Pure, so reports are built by hand.
import { describe, expect, it } from '@jest/globals';
import { FAIL_ON_VALUES, failsAt, gateFails } from '../../src/model/fail-on.js';
import { SCHEMA_VERSION, type Report } from '../../src/model/report.js';

function report(verdict: 'pass' | 'fail', errors: number, warnings: number, notices = 0): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'tls-gate', version: '0.0.0' },
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:01.000Z',
    policy: null,
    verdict,
    summary: { targets: 1, errors, warnings, notices },
    targets: []
  };
}

describe('fail-on', () => {
  it('allows error, warning and never, in that order', () => {
    expect(FAIL_ON_VALUES).toEqual(['error', 'warning', 'never']);
  });

  it('fails a finding at or above the chosen severity, and none under never', () => {
    expect([failsAt('error', 'error'), failsAt('warning', 'error'), failsAt('notice', 'error')]).toEqual([
      true,
      false,
      false
    ]);
    expect([
      failsAt('error', 'warning'),
      failsAt('warning', 'warning'),
      failsAt('notice', 'warning')
    ]).toEqual([true, true, false]);
    expect([failsAt('error', 'never'), failsAt('warning', 'never'), failsAt('notice', 'never')]).toEqual([
      false,
      false,
      false
    ]);
  });
});

describe('gate decision', () => {
  it('fails on errors with fail-on error, not on warnings alone', () => {
    expect(gateFails(report('fail', 1, 0), 'error')).toBe(true);
    expect(gateFails(report('pass', 0, 3), 'error')).toBe(false);
  });

  it('fails on warnings with fail-on warning', () => {
    expect(gateFails(report('pass', 0, 1), 'warning')).toBe(true);
    expect(gateFails(report('pass', 0, 0), 'warning')).toBe(false);
  });

  it('never fails with fail-on never, whatever the findings', () => {
    expect(gateFails(report('fail', 5, 5), 'never')).toBe(false);
  });

  it('does not fail on notices under any fail-on', () => {
    for (const failOn of FAIL_ON_VALUES) expect(gateFails(report('pass', 0, 0, 4), failOn)).toBe(false);
  });
});
