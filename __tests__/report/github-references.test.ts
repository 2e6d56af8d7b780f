// GitHub turns "GH-123" in rendered text into a link to issue 123 and leaves a backlink on that issue, as it does
// for "#123". A certificate name or target name carrying one must reach the summary, comment and issue as text.
import { describe, expect, it } from '@jest/globals';
import { renderComment, commentMarker } from '../../src/report/comment.js';
import { renderIssue } from '../../src/report/issue.js';
import { renderSummaryMarkdown } from '../../src/report/summary.js';
import { finding, report, target } from './report-fixtures.js';
import { renderGfm } from './inert.js';

const now = new Date();
const REFERENCES = 'GH-123 gh-7 see GH-42';

function reportWithReferences() {
  return report(now, [
    target(now, {
      name: `web ${REFERENCES}`,
      findings: [
        finding('certificate.hostname-mismatch', 'error', `Certificate names ${REFERENCES} do not match`)
      ]
    })
  ]);
}

/** The rendered text outside code blocks (which GitHub does not scan) has no GH-<digits> to link. */
function expectNoIssueReference(markdown: string): void {
  const document = renderGfm(markdown);
  const text = Array.from(document.body.querySelectorAll('*'))
    .filter((element) => element.tagName !== 'CODE' && element.tagName !== 'PRE')
    .flatMap((element) => Array.from(element.childNodes).filter((child) => child.nodeType === 3))
    .map((child) => child.nodeValue ?? '')
    .join('\n');
  expect(text).toContain('GH-\u200b123');
  expect(text).not.toMatch(/\bGH-[0-9]/i);
}

describe('GH-number references in server and target text', () => {
  it('stay text in the job summary', () => {
    expectNoIssueReference(renderSummaryMarkdown(reportWithReferences()));
  });

  it('stay text in the pull request comment', () => {
    expectNoIssueReference(renderComment(reportWithReferences(), { marker: commentMarker('w', 'j') }));
  });

  it('stay text in the issue body', () => {
    expectNoIssueReference(renderIssue(reportWithReferences(), { workflow: 'TLS' }).body);
  });
});
