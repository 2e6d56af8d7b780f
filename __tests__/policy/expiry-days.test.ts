// warn-days / fail-days laid over a policy: the thresholds change, nothing else does, and a certificate with
// 20 days left is judged by them (evaluated through the real policy code, not a copy of it).
import { expect, it } from '@jest/globals';
import { evaluateTarget, loadPolicy, withExpiryDays } from '../../src/policy/index.js';
import { certificateInfo, certificateReport, targetReport } from '../helpers/report-builders.js';

const now = new Date('2026-06-01T00:00:00Z');
const leafWithDaysLeft = (days: number) =>
  targetReport({
    certificate: certificateReport({
      chain: [
        certificateInfo({
          notBefore: '2026-04-01T00:00:00Z',
          notAfter: new Date(now.getTime() + days * 86_400_000).toISOString(),
          daysRemaining: days,
          lifetimeDays: 61 + days
        })
      ]
    })
  });

it('changes only the expiry thresholds (days, and no fraction at a level given), and says so in the chain of layers', async () => {
  const policy = await loadPolicy(undefined, { baseDir: '.' });
  const laid = withExpiryDays(policy, { warnDays: 45, failDays: 21 });
  expect(laid.rules.certificates.expiry).toMatchObject({
    warnDays: 45,
    failDays: 21,
    warnFraction: null,
    failFraction: null
  });
  expect({ ...laid.rules, certificates: { ...laid.rules.certificates, expiry: null } }).toEqual({
    ...policy.rules,
    certificates: { ...policy.rules.certificates, expiry: null }
  });
  expect(laid.chain.at(-1)).toBe('warn-days 45, fail-days 21');
  expect(withExpiryDays(policy, undefined)).toBe(policy);
});

it('makes 20 days left an error at fail-days 21, and is silent at warn-days 10 (no fraction threshold left to warn earlier)', async () => {
  const policy = await loadPolicy(undefined, { baseDir: '.' });
  const expiryFindings = (p: typeof policy) =>
    evaluateTarget({ report: leafWithDaysLeft(20), clients: null }, p, { now, failOn: 'error' })
      .findings.filter((finding) => finding.rule.startsWith('certificate.expir'))
      .map((finding) => finding.severity);
  expect(expiryFindings(withExpiryDays(policy, { failDays: 21 }))).toEqual(['error']);
  expect(expiryFindings(withExpiryDays(policy, { warnDays: 10, failDays: 5 }))).toEqual([]);
});
