// One renderer of fix blocks: a FixLines value becomes one block per server software, in one order, and the
// text report, the Markdown finding block and `tls-gate diagnose` show exactly those lines in that order.
import { describe, expect, it } from '@jest/globals';
import { fixLines as diagnoseFixLines } from '../../src/cli/commands/diagnose.js';
import type { Finding, FixLines } from '../../src/model/report.js';
import { fixBlocks } from '../../src/remediation/index.js';
import { findingBlock, targetFixBlock } from '../../src/report/markdown-parts.js';
import { renderText } from '../../src/report/text.js';
import { report, targetReport } from '../helpers/report-builders.js';

const FIX: FixLines = {
  nginx: ['ssl_protocols TLSv1.2 TLSv1.3;', 'ssl_prefer_server_ciphers on;'],
  apache: ['SSLProtocol -all +TLSv1.2 +TLSv1.3'],
  haproxy: ['ssl-default-bind-options ssl-min-ver TLSv1.2 ssl-max-ver TLSv1.3'],
  text: 'Reload the server.'
};
const CONFIG_LINES = [...FIX.nginx!, ...FIX.apache!, ...FIX.haproxy!];

function findingWith(fix: FixLines): Finding {
  return {
    rule: 'protocol.not-allowed',
    severity: 'error',
    message: 'accepts TLSv1.0',
    evidence: {},
    fix,
    reproduce: 'openssl s_client -connect a.example:443 -tls1',
    waiver: null
  };
}

describe('fixBlocks', () => {
  it('gives one block per server with lines: nginx, then Apache httpd, then HAProxy', () => {
    expect(fixBlocks({ haproxy: ['h'], nginx: ['n1', 'n2'], apache: ['a'] })).toEqual([
      { server: 'nginx', name: 'nginx', lines: ['n1', 'n2'] },
      { server: 'apache', name: 'Apache', lines: ['a'] },
      { server: 'haproxy', name: 'HAProxy', lines: ['h'] }
    ]);
  });

  it('leaves out servers with no lines, and fields of a report read back from JSON that are not lists', () => {
    const fromJson = JSON.parse('{"nginx": [], "apache": "SSLProtocol all", "text": "Renew."}') as FixLines;
    expect(fixBlocks(fromJson)).toEqual([]);
    expect(fixBlocks({})).toEqual([]);
    expect(fixBlocks({ apache: ['a'] }).map((b) => b.server)).toEqual(['apache']);
  });
});

describe('the outputs lay out the same blocks', () => {
  it("text report: the statement and reproduce under the finding, then the target's fix per server", () => {
    const text = renderText(report([targetReport({ findings: [findingWith(FIX)], verdict: 'fail' })]));
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.startsWith('      fix: '));
    expect(lines.slice(start, start + 10)).toEqual([
      '      fix: Reload the server.',
      '      reproduce: openssl s_client -connect a.example:443 -tls1',
      '    Fix:',
      '      nginx:',
      '        ssl_protocols TLSv1.2 TLSv1.3;',
      '        ssl_prefer_server_ciphers on;',
      '      Apache:',
      '        SSLProtocol -all +TLSv1.2 +TLSv1.3',
      '      HAProxy:',
      '        ssl-default-bind-options ssl-min-ver TLSv1.2 ssl-max-ver TLSv1.3'
    ]);
  });

  it('Markdown: the statement under the finding, then a code block per server (nginx highlighted)', () => {
    expect(findingBlock(findingWith(FIX), { withFix: true })).toContain('Fix: Reload the server.');
    expect(targetFixBlock([findingWith(FIX)])).toBe(
      [
        '**Fix for these findings**',
        '',
        'Fix (nginx):',
        '',
        '```nginx',
        ...FIX.nginx!,
        '```',
        '',
        'Fix (Apache):',
        '',
        '```',
        ...FIX.apache!,
        '```',
        '',
        'Fix (HAProxy):',
        '',
        '```',
        ...FIX.haproxy!,
        '```'
      ].join('\n')
    );
  });

  it('tls-gate diagnose: labels in a 15-column gutter, the statement last', () => {
    expect(diagnoseFixLines(FIX)).toEqual([
      '  fix (nginx):   ssl_protocols TLSv1.2 TLSv1.3;',
      '                 ssl_prefer_server_ciphers on;',
      '  fix (Apache):  SSLProtocol -all +TLSv1.2 +TLSv1.3',
      '  fix (HAProxy): ssl-default-bind-options ssl-min-ver TLSv1.2 ssl-max-ver TLSv1.3',
      '  fix:           Reload the server.'
    ]);
  });

  it('all three show the configuration lines of fixBlocks, in its order', () => {
    const expected = fixBlocks(FIX).flatMap((b) => b.lines);
    expect(expected).toEqual(CONFIG_LINES);
    const text = renderText(report([targetReport({ findings: [findingWith(FIX)], verdict: 'fail' })]));
    const inText = text
      .split('\n')
      .filter((l) => /^ {8}\S/.test(l))
      .map((l) => l.trim());
    const markdown = (targetFixBlock([findingWith(FIX)]) ?? '').split('\n');
    const inMarkdown = markdown.filter((l) => CONFIG_LINES.includes(l));
    const inDiagnose = diagnoseFixLines(FIX)
      .filter((l) => !l.startsWith('  fix: '))
      .map((l) => l.slice(17));
    expect(inText).toEqual(expected);
    expect(inMarkdown).toEqual(expected);
    expect(inDiagnose).toEqual(expected);
  });
});
