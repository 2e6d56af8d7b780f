/**
 * @jest-environment-options {"globalsCleanup": "off"}
 */
import { describe, expect, it } from '@jest/globals';

import { SUMMARY_MAX_BYTES, renderSummaryMarkdown } from '../../src/report/summary.js';
import { finding, hostileReport, report, target } from './report-fixtures.js';
import { expectInertMarkdown, renderGfm } from './inert.js';
import { ganttTasks, mermaidBlocks } from './mermaid-parser.js';
import { emptyProtocols, type ClientResult } from '../../src/model/report.js';

const now = new Date();
const runUrl = 'https://github.example/o/r/actions/runs/7';

function failingReport() {
  return report(now, [
    target(now, {
      name: 'old.example:443',
      daysLeft: -3,
      findings: [
        finding('certificate.expired', 'error', 'old.example:443: the leaf certificate expired 3 days ago.'),
        finding('protocol.not-allowed', 'error', 'old.example:443 accepts TLSv1.0.', { protocol: 'TLSv1.0' })
      ]
    }),
    target(now, { name: 'good.example:443', daysLeft: 80 }),
    target(now, {
      name: 'down.example:443',
      status: 'unreachable',
      protocols: emptyProtocols(),
      error: { code: 'ECONNREFUSED', message: 'Connection refused' },
      daysLeft: null,
      findings: [finding('target.unreachable', 'warning', 'down.example:443 refused the connection.')]
    })
  ]);
}

describe('renderSummaryMarkdown', () => {
  it('puts the verdict first', () => {
    const markdown = renderSummaryMarkdown(failingReport());
    expect(markdown.split('\n')[0]).toBe('## ❌ TLS policy failed');
    expect(renderSummaryMarkdown(report(now, [target(now)])).split('\n')[0]).toBe('## ✅ TLS policy passed');
  });

  it('has a table row per target with status, protocols, worst finding and days left', () => {
    const document = renderGfm(renderSummaryMarkdown(failingReport()));
    const rows = Array.from(document.querySelector('table')!.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent)
    );
    expect(rows).toEqual([
      [
        'old.example:443',
        '❌ fail',
        'ok',
        'TLSv1.2, TLSv1.3',
        '❌ certificate.expired (+1 more)',
        '❌ expired 3 d ago'
      ],
      ['good.example:443', '✅ pass', 'ok', 'TLSv1.2, TLSv1.3', '✅ none', '80'],
      ['down.example:443', '✅ pass', 'unreachable (ECONNREFUSED)', '–', '⚠️ target.unreachable', '–']
    ]);
  });

  it('gives each target one fix, the same line once however many findings need it, none for a waived one', () => {
    const fix = { nginx: ['ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256;'] };
    const cbc = (p: string) => ({
      ...finding('cipher.not-allowed', 'error', `accepts a CBC suite over ${p}`, { protocol: p }),
      fix
    });
    const waived = {
      ...finding('protocol.not-allowed', 'notice', 'accepts TLSv1.0', { protocol: 'TLSv1.0' }),
      fix: { nginx: ['ssl_protocols TLSv1.2 TLSv1.3;'] },
      waiver: { rule: 'protocol.not-allowed', reason: 'old tills', until: '2027-03-01' }
    };
    const markdown = renderSummaryMarkdown(
      report(now, [
        target(now, { name: 'legacy', findings: [cbc('TLSv1.0'), cbc('TLSv1.1'), cbc('TLSv1.2'), waived] })
      ])
    );
    const document = renderGfm(markdown);
    const code = Array.from(document.querySelectorAll('details pre code')).map((c) => c.textContent!.trim());
    expect(code.filter((c) => c.includes('ssl_ciphers'))).toEqual([
      'ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256;'
    ]);
    expect(code.some((c) => c.includes('ssl_protocols'))).toBe(false);
  });

  it('shows the Status column only when some target could not be scanned', () => {
    const document = renderGfm(
      renderSummaryMarkdown(report(now, [target(now, { name: 'good.example:443' })]))
    );
    const headings = Array.from(document.querySelectorAll('thead th')).map((th) => th.textContent);
    expect(headings).toEqual(['Target', 'Verdict', 'Protocols', 'Worst finding', 'Leaf days left']);
  });

  it('marks a leaf the policy fails on for its expiry in the days column, and one it only warns about', () => {
    const markdown = renderSummaryMarkdown(
      report(now, [
        target(now, {
          name: 'fails.example:443',
          daysLeft: 10.5,
          findings: [finding('certificate.expiring', 'error', 'expires in 10 days')]
        }),
        target(now, {
          name: 'warns.example:443',
          daysLeft: 20.5,
          findings: [finding('certificate.expiring', 'warning', 'expires in 20 days')]
        }),
        target(now, { name: 'fine.example:443', daysLeft: 25.5 })
      ])
    );
    const document = renderGfm(markdown);
    const days = Array.from(document.querySelectorAll('tbody tr')).map((row) => row.lastElementChild!);
    expect(days.map((cell) => cell.textContent)).toEqual(['❌ 10', '⚠️ 20', '25']);
    expect(days.map((cell) => cell.querySelector('strong') !== null)).toEqual([true, false, false]);
  });

  it('lists each target’s findings with fix lines and reproduce command in a collapsible section', () => {
    const document = renderGfm(renderSummaryMarkdown(failingReport()));
    const details = Array.from(document.querySelectorAll('details'));
    expect(details.map((d) => d.querySelector('summary')!.textContent)).toEqual([
      '❌ old.example:443: 2 errors',
      '✅ good.example:443: no findings',
      '✅ down.example:443: 1 warning'
    ]);
    const first = details[0]!;
    expect(first.textContent).toContain('the leaf certificate expired 3 days ago.');
    const code = Array.from(first.querySelectorAll('pre code')).map((c) => c.textContent!.trim());
    expect(code).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
    expect(code).toContain('openssl s_client -connect a.example:443 -tls1');
    expect(first.textContent).toContain('Fix: Renew the certificate.');
  });

  it('draws certificate expiry as a mermaid gantt chart that parses', async () => {
    const blocks = mermaidBlocks(renderSummaryMarkdown(failingReport()));
    expect(blocks).toHaveLength(1);
    const tasks = await ganttTasks(blocks[0]!);
    expect(tasks.map((t) => t.task.trim())).toEqual([
      'old.example∶443 (expired 3 d ago, fails)',
      'good.example∶443 (80 d left)'
    ]);
  });

  it('shows the client table only when clients were simulated', () => {
    const client: ClientResult = {
      profile: 'Java 8',
      connects: false,
      version: null,
      cipherSuite: null,
      group: null,
      alert: null,
      diagnosis: 'no common cipher suite'
    };
    const withClients = report(now, [target(now, { clients: [client] })]);
    const document = renderGfm(renderSummaryMarkdown(withClients));
    const tables = document.querySelectorAll('table');
    expect(tables).toHaveLength(2);
    expect(Array.from(tables[1]!.querySelectorAll('tbody td')).map((c) => c.textContent)).toEqual([
      'a.example:443',
      'Java 8',
      '❌',
      '–',
      '–',
      'no common cipher suite'
    ]);
    expect(
      renderGfm(renderSummaryMarkdown(report(now, [target(now)]))).querySelectorAll('table')
    ).toHaveLength(1);
  });

  it('renders every server-sent and user-given string inert', async () => {
    const markdown = renderSummaryMarkdown(hostileReport(now), { runUrl });
    const document = expectInertMarkdown(markdown, { allowedLinks: [runUrl] });
    expect(document.body.textContent).toContain('::error::owned');
    expect(document.body.textContent).toContain('<img src=x onerror=alert(1)>');
    for (const block of mermaidBlocks(markdown)) expect(await ganttTasks(block)).toHaveLength(1);
  });

  it('stays under 1 MiB by cutting whole sections, with a note saying what was cut', async () => {
    const targets = Array.from({ length: 3000 }, (_, i) =>
      target(now, {
        name: `host-${i}.example:443`,
        daysLeft: i % 400,
        findings: Array.from({ length: 5 }, (_, j) =>
          finding(`rule.${j}`, j === 0 ? 'error' : 'warning', `host-${i} finding ${j} ${'x'.repeat(200)}`)
        )
      })
    );
    const markdown = renderSummaryMarkdown(report(now, targets), { runUrl });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(markdown).toMatch(
      /Cut to stay under the job summary limit \(1048576 bytes\): .*the details of \d+ of 3000 targets/
    );
    expect(markdown).toContain(`[the workflow run](${runUrl})`);
    // The table is whole, and the sections that made it are whole.
    // (Counted in the source: rendering a whole MiB through marked and jsdom takes a minute.)
    expect(markdown.match(/^\| host-\d+\.example:443 \|/gm)).toHaveLength(3000);
    expect(markdown.split('<details>').length - 1).toBe(markdown.split('</details>').length - 1);
    expect(await ganttTasks(mermaidBlocks(markdown)[0]!)).toHaveLength(40);
  });

  it('renders a report without targets as verdict and counts only', () => {
    const markdown = renderSummaryMarkdown(report(now, []));
    expect(markdown).toBe(
      '## ✅ TLS policy passed\n\n0 targets · 0 errors · 0 warnings · 0 notices · policy default · tls-gate 0.1.0\n'
    );
  });

  it('cuts table rows too when even the table does not fit', () => {
    const targets = Array.from({ length: 500 }, (_, i) => target(now, { name: `host-${i}.example:443` }));
    const markdown = renderSummaryMarkdown(report(now, targets), { maxBytes: 20_000 });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(20_000);
    expect(markdown).toMatch(
      /Cut to stay under the job summary limit \(20000 bytes\): \d+ rows of the target table/
    );
  });
});
