// One day count everywhere: a leaf 2.1 days past its notAfter has -3 whole days remaining (rounded down, as CAs
// and browsers count), so the finding, the summary table, the chart, the text report, the issue and the
// action's min-days-remaining all say 3 days ago / -3.
import { describe, expect, it } from '@jest/globals';
import { minWholeDaysRemaining } from '../../src/action/gate.js';
import { wholeDays, wholeDaysRemaining } from '../../src/model/days.js';
import type { Report } from '../../src/model/report.js';
import { evaluate, loadPolicy } from '../../src/policy/index.js';
import { renderIssue } from '../../src/report/issue.js';
import { daysCell } from '../../src/report/markdown-parts.js';
import { renderExpiryGantt } from '../../src/report/mermaid.js';
import { renderText } from '../../src/report/text.js';
import { report } from '../helpers/report-builders.js';
import { NOW, daysFromNow, intermediateTarget, withLeaf } from '../policy/target-reports.js';

describe('whole days', () => {
  it('rounds down: 2.9 days left is 2, 0.4 days past is -1, 2.1 days past is -3', () => {
    expect([wholeDays(2.9), wholeDays(-0.4), wholeDays(-2.1), wholeDays(0)]).toEqual([2, -1, -3, 0]);
    expect(wholeDaysRemaining(NOW.getTime() + 2.5 * 86_400_000, NOW.getTime())).toBe(2);
  });
});

describe('a leaf that expired 2.1 days ago', () => {
  async function evaluated(): Promise<Report> {
    const expired = withLeaf(intermediateTarget(), {
      notBefore: daysFromNow(-90),
      notAfter: daysFromNow(-2.1),
      daysRemaining: -2.1
    });
    const policy = await loadPolicy(undefined, { baseDir: '.' });
    const { targets, verdict, summary } = evaluate([expired], policy, { now: NOW, failOn: 'error' });
    return report(targets, { verdict, summary });
  }

  it('is "3 days ago" / -3 in every output', async () => {
    const r = await evaluated();
    const target = r.targets[0]!;
    const finding = target.findings.find((f) => f.rule === 'certificate.expired')!;
    expect(finding.message).toContain('expired 3 days ago');
    expect(finding.evidence.daysAgo).toBe(3);
    expect(daysCell(target)).toBe('❌ **expired 3 d ago**');
    expect(renderExpiryGantt(r)!.source).toContain('(expired 3 d ago, fails)');
    expect(renderText(r)).toContain('expired 3 days ago');
    expect(minWholeDaysRemaining(r)).toBe(-3);
    expect(renderIssue(r, { workflow: 'tls' }).body).toContain('Fewest days left on a leaf certificate: -3.');
  });
});
