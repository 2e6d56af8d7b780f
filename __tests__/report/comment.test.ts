/**
 * @jest-environment-options {"globalsCleanup": "off"}
 */
import { describe, expect, it } from '@jest/globals';

import { COMMENT_MAX_CHARS, commentMarker, commentVerdict, renderComment } from '../../src/report/comment.js';
import { finding, hostileReport, report, target, HOSTILE } from './report-fixtures.js';
import { expectInertMarkdown, renderGfm } from './inert.js';

const now = new Date();
const runUrl = 'https://github.example/o/r/actions/runs/9';
const marker = commentMarker('TLS check', 'scan');
const ourComments = [
  /^ tls-gate:TLS check:scan $/,
  /^ tls-gate-verdict:(pass|fail) $/,
  /^ tls-gate-state:[A-Za-z0-9+/]*={0,2} $/
];

function failing() {
  return report(now, [
    target(now, {
      name: 'old.example:443',
      findings: [
        finding('protocol.not-allowed', 'error', 'old.example:443 accepts TLSv1.0.'),
        finding('chain.order', 'warning', 'old.example:443 sends its chain out of order.'),
        finding('ocsp.not-stapled', 'notice', 'old.example:443 staples no OCSP response.')
      ]
    }),
    target(now, { name: 'good.example:443' })
  ]);
}

describe('commentMarker', () => {
  it('is a hidden HTML comment naming workflow and job', () => {
    expect(commentMarker('TLS check', 'scan')).toBe('<!-- tls-gate:TLS check:scan -->');
  });

  it('cannot be closed early or spoofed by the names in it', () => {
    const m = commentMarker('a --> <b>@x', 'j:1');
    expect(m).toBe('<!-- tls-gate:a -_ _b_@x:j_1 -->');
    expect(m.indexOf('-->')).toBe(m.length - 3);
  });
});

describe('renderComment', () => {
  it('starts with the marker and records the verdict for the next run', () => {
    const body = renderComment(failing(), { marker, runUrl });
    expect(body.startsWith(`${marker}\n`)).toBe(true);
    expect(commentVerdict(body)).toBe('fail');
  });

  it('shows verdict, target table, top findings (no notices) and a link to the run', () => {
    const body = renderComment(failing(), { marker, runUrl });
    const document = expectInertMarkdown(body, { allowedLinks: [runUrl], allowedComments: ourComments });
    expect(document.querySelector('h3')!.textContent).toBe('❌ TLS policy failed');
    expect(document.querySelectorAll('table tbody tr')).toHaveLength(2);
    const items = Array.from(document.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toEqual([
      '❌ old.example:443 · protocol.not-allowed: old.example:443 accepts TLSv1.0.',
      '⚠️ old.example:443 · chain.order: old.example:443 sends its chain out of order.'
    ]);
    expect(document.querySelector('a')!.getAttribute('href')).toBe(runUrl);
  });

  it('says the check now passes when the comment it replaces recorded a failure', () => {
    const passing = report(now, [target(now)]);
    const before = renderComment(failing(), { marker, runUrl });
    const after = renderComment(passing, { marker, runUrl, previousVerdict: commentVerdict(before) });
    expect(renderGfm(after).querySelector('h3')!.textContent).toBe('✅ TLS policy now passes');
    expect(commentVerdict(after)).toBe('pass');
    expect(renderGfm(renderComment(passing, { marker })).querySelector('h3')!.textContent).toBe(
      '✅ TLS policy passed'
    );
  });

  it('lists clients that cannot connect', () => {
    const r = report(now, [
      target(now, {
        clients: [
          {
            profile: 'Java 8',
            connects: false,
            version: null,
            cipherSuite: null,
            group: null,
            alert: null,
            diagnosis: 'no shared suite'
          },
          {
            profile: 'Firefox',
            connects: true,
            version: 'TLSv1.3',
            cipherSuite: 'TLS_AES_128_GCM_SHA256',
            group: 'x25519',
            alert: null,
            diagnosis: null
          }
        ]
      })
    ]);
    const document = renderGfm(renderComment(r, { marker }));
    const tables = document.querySelectorAll('table');
    expect(tables).toHaveLength(2);
    expect(Array.from(tables[1]!.querySelectorAll('tbody td')).map((td) => td.textContent)).toEqual([
      'a.example:443',
      'Java 8',
      'no shared suite'
    ]);
  });

  it('renders hostile names, alerts and diagnoses inert', () => {
    const body = renderComment(hostileReport(now), { marker, runUrl });
    const document = expectInertMarkdown(body, { allowedLinks: [runUrl], allowedComments: ourComments });
    expect(document.body.textContent).toContain('<script>alert(1)</script>');
  });

  it('stays under 65,536 characters for a huge report, keeping the link to the run', () => {
    const targets = Array.from({ length: 2000 }, (_, i) =>
      target(now, {
        name: `host-${i}.example:443 ${HOSTILE}`,
        findings: [finding('protocol.not-allowed', 'error', `host-${i} accepts TLSv1.0 ${'y'.repeat(300)}`)],
        clients: [
          {
            profile: 'Java 8',
            connects: false,
            version: null,
            cipherSuite: null,
            group: null,
            alert: null,
            diagnosis: 'x'.repeat(200)
          }
        ]
      })
    );
    const body = renderComment(report(now, targets), { marker, runUrl });
    expect(body.length).toBeLessThan(COMMENT_MAX_CHARS);
    expect(body).toContain(`[the workflow run](${runUrl})`);
    expect(body).toMatch(/…and \d+ more targets\./);
    const document = expectInertMarkdown(body, { allowedLinks: [runUrl], allowedComments: ourComments });
    expect(document.querySelectorAll('li').length).toBeGreaterThan(0);
  });
});
