/**
 * @jest-environment-options {"globalsCleanup": "off"}
 */
// Screenshots of the outputs as people see them, for docs/screenshots/: the demo's real servers scanned, its text
// report drawn as a terminal shows it, its job summary and PR comment rendered as GitHub-flavoured Markdown and drawn
// by headless Chromium (the expiry chart by mermaid itself). Run only when asked, with the folder to write to:
//   TLS_GATE_SCREENSHOTS=docs/screenshots npx jest __tests__/report/screenshots.test.ts
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

import { runDemo } from '../../src/demo/index.js';
import { commentMarker, renderComment } from '../../src/report/comment.js';
import { readCommentState } from '../../src/report/comment-state.js';
import { renderSummaryMarkdown } from '../../src/report/summary.js';
import type { Report } from '../../src/model/report.js';
import { ansiHtml, chromiumBinary, chromiumScreenshot, gfmHtml, page } from '../helpers/browser.js';

const outDir = process.env.TLS_GATE_SCREENSHOTS;
const wanted = outDir !== undefined && outDir !== '' && chromiumBinary() !== null;
if (!wanted)
  console.warn('SKIPPED: screenshots are written only with TLS_GATE_SCREENSHOTS=<folder> and chromium');
const describeScreenshots = wanted ? describe : describe.skip;

/** Text without its ANSI colour codes (ESC [ n m). */
const withoutColour = (text: string): string =>
  text
    .split(String.fromCharCode(27))
    .map((part, i) => (i === 0 ? part : part.replace(/^\[\d+m/, '')))
    .join('');

/** The page with mermaid blocks drawn by mermaid's own browser bundle, as GitHub draws them. */
function withMermaid(html: string): string {
  const bundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  const drawn = html.replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    (_m, source: string) => `<pre class="mermaid">${source}</pre>`
  );
  return `${drawn}<script src="file://${bundle}"></script><script>mermaid.initialize({ startOnLoad: true, gantt: { useWidth: 960 } });</script>`;
}

describeScreenshots('screenshots for docs/screenshots', () => {
  it('draws the text report, the job summary and the PR comment of the demo', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tls-gate-screens-'));
    const target = resolve(outDir!);
    mkdirSync(target, { recursive: true });
    try {
      let terminal = '';
      await runDemo({ outDir: dir, write: (text) => void (terminal += text), color: true });
      const report = JSON.parse(readFileSync(join(dir, 'tls-gate-report.json'), 'utf8')) as Report;

      // The text report as a terminal shows it: the overview, then the inventory and the findings of the target
      // with the most defects (TLS 1.0 and 1.1 with CBC suites), as a person scrolls to it.
      const lines = terminal.slice(terminal.indexOf('\u001b[1mtls-gate')).split('\n');
      const plain = lines.map((line) => withoutColour(line));
      const block = (start: number, ends: (line: string) => boolean): string[] => {
        const end = plain.findIndex((line, i) => i > start && ends(line));
        return lines.slice(start, end < 0 ? undefined : end);
      };
      const firstInventory = plain.findIndex((line) => line.startsWith('== '));
      const legacy = plain.findIndex((line) => line.startsWith('== legacy.'));
      const legacyFindings = plain.findIndex((line, i) => i > legacy && line.startsWith('  legacy.'));
      const shown = [
        ...lines.slice(0, firstInventory),
        ...block(legacy, (line) => line.startsWith('== ') || line === 'Findings'),
        '\u001b[1mFindings\u001b[22m',
        '',
        ...block(legacyFindings, (line) => /^ {2}\S/.test(line))
      ];
      await chromiumScreenshot(
        page(ansiHtml(shown.join('\n'))),
        join(target, 'text-report.png'),
        1400,
        17 * shown.length + 40
      );

      const summary = renderSummaryMarkdown(report, { runUrl: 'https://github.com/o/r/actions/runs/1' });
      await chromiumScreenshot(
        page(withMermaid(gfmHtml(summary.slice(0, summary.indexOf('### Targets'))))),
        join(target, 'job-summary.png'),
        1040,
        720
      );

      // The previous run of the demo, as if its last failing target had been clean then: its findings show as new.
      const lastFailing = report.targets.map((t) => t.verdict).lastIndexOf('fail');
      const previousReport = {
        ...report,
        targets: report.targets.map((t, i) => (i === lastFailing ? { ...t, findings: [] } : t))
      };
      const marker = commentMarker('TLS', 'scan');
      const previous = renderComment(previousReport, { marker });
      const comment = renderComment(report, {
        marker,
        runUrl: 'https://github.com/o/r/actions/runs/2',
        previousVerdict: 'fail',
        previousState: readCommentState(previous)
      });
      await chromiumScreenshot(page(gfmHtml(comment)), join(target, 'pr-comment.png'), 1040, 1100);

      for (const png of ['text-report.png', 'job-summary.png', 'pr-comment.png']) {
        expect(statSync(join(target, png)).size).toBeGreaterThan(10_000);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
