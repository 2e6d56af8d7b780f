// The target's `vulnerabilities` keeps the model's check order whichever check finishes first.
import { describe, expect, it } from '@jest/globals';
import type { VulnerabilityResult } from '../../../src/model/report.js';
import { recordVulnerability, selected } from '../../../src/scan/vulnerabilities/record.js';
import { targetReport } from '../../helpers/report-builders.js';

const result: VulnerabilityResult = { status: 'ok', evidence: 'x', reason: null };

describe('recordVulnerability', () => {
  it('orders the keys as ACTIVE_VULNERABILITY_CHECKS lists them', () => {
    const report = targetReport();
    recordVulnerability(report, 'hsts', result);
    recordVulnerability(report, 'robot', result);
    expect(Object.keys(report.vulnerabilities!)).toEqual(['robot', 'hsts']);
  });

  it('selects every check without a selection, only the named ones with one', () => {
    expect(selected(undefined, 'robot')).toBe(true);
    expect(selected(new Set(['hsts']), 'robot')).toBe(false);
  });
});
