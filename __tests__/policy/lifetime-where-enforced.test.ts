// Lifetime limits where they are enforced: browsers judge lifetimes on the public web PKI only, so a chain
// anchored in a private CA (ca-file, a non-public system root) is judged on lifetime only when the policy opts
// in; lifetimes count whole days with notAfter inclusive, so half a day does not decide.
import { describe, expect, it } from '@jest/globals';
import { evaluate, loadPolicy, resolveInlinePolicy } from '../../src/policy/index.js';
import type { ResolvedPolicy } from '../../src/policy/index.js';
import type { CertificateReport, TargetReport } from '../../src/model/report.js';
import { NOW, daysFromNow, intermediateTarget, withCertificate, withLeaf } from './target-reports.js';

const DAY = 86_400_000;

function anchoredIn(trustStore: CertificateReport['trustStore'], notBefore: string, notAfter: string) {
  return withLeaf(withCertificate(intermediateTarget(), { trustStore }), { notBefore, notAfter });
}

const lifetimeFindings = (t: TargetReport, policy: ResolvedPolicy) =>
  evaluate([t], policy, { now: NOW, failOn: 'error' }).targets[0]!.findings.filter(
    (f) => f.rule === 'certificate.lifetime'
  );

describe('a 400-day leaf under the default policy (max-lifetime-days 366)', () => {
  const issued = daysFromNow(-30);
  const expires = daysFromNow(370);

  it('anchored in the public root store: an error', async () => {
    const policy = await loadPolicy(undefined, { baseDir: '.' });
    const [f] = lifetimeFindings(anchoredIn('mozilla', issued, expires), policy);
    expect(f).toMatchObject({ severity: 'error', evidence: { lifetimeDays: 400, trustStore: 'mozilla' } });
  });

  it('anchored in a ca-file or a non-public system root: not judged', async () => {
    const policy = await loadPolicy(undefined, { baseDir: '.' });
    expect(lifetimeFindings(anchoredIn('ca-file', issued, expires), policy)).toEqual([]);
    expect(lifetimeFindings(anchoredIn('system', issued, expires), policy)).toEqual([]);
  });

  it('anchored in a ca-file, with lifetime-for-private-ca: true: an error', async () => {
    const policy = await resolveInlinePolicy(
      { certificates: { 'lifetime-for-private-ca': true } },
      { file: 'targets.yml', baseDir: '.' }
    );
    expect(lifetimeFindings(anchoredIn('ca-file', issued, expires), policy)).toHaveLength(1);
  });
});

describe('whole days, notAfter inclusive', () => {
  const notBefore = '2026-01-01T00:00:00.000Z';
  const after = (ms: number) => new Date(Date.parse(notBefore) + ms).toISOString();

  it('366 days and 12 hours is 366 days: within the default 366', async () => {
    const policy = await loadPolicy(undefined, { baseDir: '.' });
    const t = anchoredIn('mozilla', notBefore, after(366 * DAY + 12 * 3_600_000));
    expect(lifetimeFindings(t, policy)).toEqual([]);
  });

  it('a full 367 days is over it', async () => {
    const policy = await loadPolicy(undefined, { baseDir: '.' });
    const t = anchoredIn('mozilla', notBefore, after(367 * DAY - 1000));
    expect(lifetimeFindings(t, policy).map((f) => f.evidence.lifetimeDays)).toEqual([367]);
  });
});

describe('the CA/B Forum schedule (cabf-validity) on each side of its dates, publicly anchored', () => {
  const cases: [string, number, boolean][] = [
    ['2026-03-14T00:00:00Z', 398, false],
    ['2026-03-14T00:00:00Z', 399, true],
    ['2026-03-15T00:00:00Z', 200, false],
    ['2026-03-15T00:00:00Z', 201, true],
    ['2027-03-14T00:00:00Z', 200, false],
    ['2027-03-15T00:00:00Z', 100, false],
    ['2027-03-15T00:00:00Z', 101, true],
    ['2029-03-14T00:00:00Z', 100, false],
    ['2029-03-15T00:00:00Z', 47, false],
    ['2029-03-15T00:00:00Z', 48, true]
  ];
  for (const [issued, validDays, fails] of cases) {
    it(`issued ${issued.slice(0, 10)}, ${validDays} days inclusive: ${fails ? 'fails' : 'passes'}`, async () => {
      const policy = await loadPolicy('cabf-validity', { baseDir: '.' });
      // validDays inclusive: notAfter is the last second of the last day.
      const notAfter = new Date(Date.parse(issued) + validDays * DAY - 1000).toISOString();
      expect(lifetimeFindings(anchoredIn('mozilla', issued, notAfter), policy)).toHaveLength(fails ? 1 : 0);
    });
  }
});
