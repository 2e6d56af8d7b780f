/**
 * @jest-environment-options {"globalsCleanup": "off"}
 */
// The job summary and the PR comment as a person sees them: rendered as GitHub-flavoured Markdown and drawn by a
// real browser (headless Chromium). What the reader sees has no escape backslashes and reads as written
// (`mozilla-intermediate`, dates, suite names); what a hostile server sent is text, never an element.
// One browser start for the whole file: it takes seconds.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { renderComment, commentMarker } from '../../src/report/comment.js';
import { readCommentState } from '../../src/report/comment-state.js';
import { renderSummaryMarkdown } from '../../src/report/summary.js';
import { emptyProtocols, type Report } from '../../src/model/report.js';
import { chromiumBinary, chromiumDom, gfmHtml, page } from '../helpers/browser.js';
import { finding, hostileReport, report, target } from './report-fixtures.js';
import type { Document, DomElement } from './inert.js';

const now = new Date();
const runUrl = 'https://github.example/o/r/actions/runs/11';
const marker = commentMarker('TLS', 'scan');

function everydayReport(): Report {
  const protocols = emptyProtocols();
  protocols['TLSv1.0'] = true;
  protocols['TLSv1.2'] = true;
  const r = report(now, [
    target(now, {
      name: 'legacy.example:443',
      protocols,
      cipherSuites: { 'TLSv1.2': ['TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'] },
      findings: [
        finding('certificate.lifetime', 'error', 'legacy.example:443: the leaf lasts 398 days (max 200).'),
        finding(
          'protocol.not-allowed',
          'error',
          'legacy.example:443 accepts TLSv1.0 (allowed: TLSv1.2, TLSv1.3).',
          {
            protocol: 'TLSv1.0'
          }
        )
      ]
    }),
    target(now, {
      name: 'soon.example:443',
      daysLeft: 10.5,
      findings: [
        finding(
          'certificate.expiring',
          'error',
          'soon.example:443: the leaf expires in 10 days (fail-days 14).'
        )
      ]
    }),
    target(now, { name: 'good.example:443', daysLeft: 80 })
  ]);
  r.policy = { name: 'mozilla-intermediate', source: 'preset' };
  return r;
}

const sections: Record<string, string> = {};
let rendered: Document | null = null;
const chromium = chromiumBinary();
if (!chromium)
  console.warn(
    'SKIPPED: the browser rendering tests need chromium (Debian package), which is not installed here'
  );
const describeInBrowser = chromium ? describe : describe.skip;

beforeAll(async () => {
  if (!chromium) return;
  const everyday = everydayReport();
  const previous = renderComment({ ...everyday, targets: everyday.targets.slice(1) }, { marker });
  sections.summary = renderSummaryMarkdown(everyday, { runUrl });
  sections.comment = renderComment(everyday, { marker, runUrl, previousState: readCommentState(previous) });
  sections.hostileSummary = renderSummaryMarkdown(hostileReport(now), { runUrl });
  sections.hostileComment = renderComment(hostileReport(now), { marker, runUrl });
  const body = Object.entries(sections)
    .map(([id, markdown]) => `<section id="${id}">${gfmHtml(markdown)}</section>`)
    .join('\n');
  const dom = await chromiumDom(page(body));
  const jsdomModule = 'jsdom';
  const { JSDOM } = (await import(jsdomModule)) as {
    JSDOM: new (html: string) => { window: { document: Document } };
  };
  rendered = new JSDOM(dom).window.document;
}, 90_000);

afterAll(() => {
  rendered = null;
});

function section(id: string): DomElement {
  const element = rendered!.querySelector(`#${id}`);
  if (!element) throw new Error(`Chromium's page has no section ${id}`);
  return element;
}

describeInBrowser('the summary and the comment in a browser', () => {
  it.each(['summary', 'comment'])(
    'the %s shows no escape backslash, and names, dates and suites as written',
    (id) => {
      const text = section(id).textContent ?? '';
      expect(text).not.toContain('\\');
      expect(text).toContain('mozilla-intermediate');
      expect(text).toContain('legacy.example:443');
      expect(sections[id]).not.toMatch(/\\[-_.():]/);
    }
  );

  it('the summary shows the leaf validity dates as written', () => {
    const text = section('summary').textContent ?? '';
    expect(text).toMatch(/valid \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z to \d{4}-\d{2}-\d{2}T/);
  });

  it('names the accepted weak protocol, not the lifetime, as the worst finding, and marks the failing expiry', () => {
    const rows = Array.from(
      section('summary').querySelectorAll('table')[0]!.querySelectorAll('tbody tr')
    ).map((row) => Array.from(row.children).map((cell) => cell.textContent));
    expect(rows[0]).toContain('❌ protocol.not-allowed (+1 more)');
    expect(rows[1]![rows[1]!.length - 1]).toBe('❌ 10');
  });

  it('the comment says what changed since the previous run', () => {
    const text = section('comment').textContent ?? '';
    expect(text).toContain('Since the previous run: 2 new · 0 fixed · 1 still open');
  });

  it.each(['hostileSummary', 'hostileComment'])(
    'in the %s, hostile text is text: no element, link or image came of it',
    (id) => {
      const root = section(id);
      for (const tag of ['img', 'script', 'iframe', 'input', 'form', 'style']) {
        expect(root.querySelectorAll(tag)).toHaveLength(0);
      }
      const links = Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'));
      expect(links.every((href) => href === runUrl)).toBe(true);
      expect((root.textContent ?? '').replace(/\u200b/g, '')).toContain('<img src=x onerror=alert(1)>');
    }
  );
});
