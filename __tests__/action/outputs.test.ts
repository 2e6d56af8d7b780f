import { expect, it } from '@jest/globals';
import { earliestExpiry, targetOutputs } from '../../src/action/outputs.js';
import type { Finding } from '../../src/model/report.js';
import { certificateInfo, certificateReport, report, targetReport } from '../helpers/report-builders.js';

const finding = (severity: Finding['severity']): Finding => ({
  rule: 'protocol.not-allowed',
  severity,
  message: 'm',
  evidence: {},
  fix: {},
  reproduce: null,
  waiver: null
});
const withLeaf = (name: string, notAfter: string, daysRemaining: number) =>
  targetReport({
    name,
    certificate: certificateReport({ chain: [certificateInfo({ notAfter, daysRemaining })] })
  });

const run = report([
  { ...withLeaf('api', '2027-03-01T00:00:00.000Z', 84.5), findings: [finding('error'), finding('warning')] },
  withLeaf('shop', '2027-01-10T00:00:00.000Z', 33.2),
  targetReport({ name: 'down', status: 'unreachable', certificate: null })
]);

it('gives the earliest leaf notAfter, ignoring targets without a certificate', () => {
  expect(earliestExpiry(run)).toBe('2027-01-10T00:00:00.000Z');
  expect(earliestExpiry(report([targetReport({ certificate: null })]))).toBeNull();
});

it('gives each target its status, counts, whole days left and expiry date', () => {
  expect(targetOutputs(run)).toEqual([
    expect.objectContaining({ name: 'api', errors: 1, warnings: 1, notices: 0, daysRemaining: 84 }),
    expect.objectContaining({
      name: 'shop',
      status: 'ok',
      daysRemaining: 33,
      expiryDate: '2027-01-10T00:00:00.000Z'
    }),
    expect.objectContaining({ name: 'down', status: 'unreachable', daysRemaining: null, expiryDate: null })
  ]);
});
