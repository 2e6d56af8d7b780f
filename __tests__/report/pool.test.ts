// A pool in the outputs: one row (one text block) per target, "alike" when its nodes agree, the node that differs
// named when one does, and a finding that holds on some nodes only says where.
import { describe, expect, it } from '@jest/globals';
import type { Finding, TargetReport } from '../../src/model/report.js';
import { renderComment } from '../../src/report/comment.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { describePool } from '../../src/report/pool.js';
import { renderSummaryMarkdown } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { addressReportOf } from '../../src/scan/pool.js';
import { certificateInfo, certificateReport, report, targetReport } from '../helpers/report-builders.js';

const usual = certificateReport({ chain: [certificateInfo({ sha256Fingerprint: 'AA:AA' })] });
const renewed = certificateReport({ chain: [certificateInfo({ sha256Fingerprint: 'BB:BB' })] });
const protocols = { ...targetReport().protocols, 'TLSv1.2': true, 'TLSv1.3': true };

function pool(nodes: { address: string; certificate?: typeof usual; tls13?: boolean }[]): TargetReport {
  const reports = nodes.map((node) =>
    targetReport({
      name: 'pool.test',
      host: 'pool.test',
      address: node.address,
      certificate: node.certificate ?? usual,
      protocols: { ...protocols, 'TLSv1.3': node.tls13 ?? true }
    })
  );
  return { ...reports[0]!, addresses: reports.map(addressReportOf) };
}

const expiring: Finding = {
  rule: 'certificate.expiring',
  severity: 'error',
  message: 'pool.test: the certificate expires in 5 days',
  evidence: {},
  fix: {},
  reproduce: null,
  waiver: null,
  address: '127.0.0.4'
};

describe('a pool whose nodes agree', () => {
  const agreeing = pool([{ address: '127.0.0.2' }, { address: '127.0.0.3' }]);

  it('is described as alike', () => {
    expect(describePool(agreeing)).toBe('2 addresses, alike');
  });

  it('is one row of the job summary and of the PR comment', () => {
    for (const markdown of [
      renderSummaryMarkdown(report([agreeing])),
      renderComment(report([agreeing]), { marker: '<!-- m -->' })
    ]) {
      const rows = markdown.split('\n').filter((line) => line.startsWith('| pool.test'));
      expect(rows).toEqual([
        expect.stringContaining(`| ${escapeMarkdown('pool.test (2 addresses, alike)')} |`)
      ]);
    }
  });

  it('is one block of the text report', () => {
    const text = renderText(report([agreeing]));
    expect(text.match(/== pool\.test/g)).toHaveLength(1);
    expect(text).toContain('pool: 2 addresses, alike');
  });
});

describe('a pool where one node differs', () => {
  const differing = pool([
    { address: '127.0.0.2' },
    { address: '127.0.0.3' },
    { address: '127.0.0.4', certificate: renewed },
    { address: '::1', tls13: false }
  ]);

  it('names each node that differs and in what', () => {
    expect(describePool(differing)).toBe(
      '4 addresses; 127.0.0.4 differs (certificate); ::1 differs (protocols)'
    );
  });

  it('names them in the summary row and the text report', () => {
    expect(renderSummaryMarkdown(report([differing]))).toContain(
      `| ${escapeMarkdown('pool.test (4 addresses; 127.0.0.4 differs (certificate); ::1 differs (protocols))')} |`
    );
    expect(renderText(report([differing]))).toContain(
      'pool: 4 addresses; 127.0.0.4 differs (certificate); ::1 differs (protocols)'
    );
  });

  it("says on which node a node's own finding holds, in text, summary and comment", () => {
    const judged = { ...differing, findings: [expiring], verdict: 'fail' as const };
    expect(renderText(report([judged]))).toContain('expires in 5 days (on 127.0.0.4)');
    const where = escapeMarkdown('expires in 5 days (on 127.0.0.4)');
    expect(renderSummaryMarkdown(report([judged]))).toContain(where);
    expect(renderComment(report([judged]), { marker: '<!-- m -->' })).toContain(where);
  });
});

describe('a target of one address', () => {
  it('has no pool description', () => {
    expect(describePool(targetReport())).toBeNull();
    expect(renderText(report([targetReport()]))).not.toContain('pool:');
  });
});
