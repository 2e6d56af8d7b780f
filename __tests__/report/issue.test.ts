/**
 * @jest-environment-options {"globalsCleanup": "off"}
 */
import { describe, expect, it } from '@jest/globals';

import { issueMarker, renderIssue, renderIssueClosingComment } from '../../src/report/issue.js';
import { finding, hostileReport, report, target } from './report-fixtures.js';
import { expectInertMarkdown } from './inert.js';

const now = new Date();
const runUrl = 'https://github.example/o/r/actions/runs/11';

describe('renderIssue', () => {
  it('has a title with counts and workflow, and a body carrying the marker', () => {
    const r = report(now, [
      target(now, {
        findings: [finding('certificate.expiring', 'error', 'a.example:443 expires in 3 days.')],
        daysLeft: 3
      }),
      target(now, { name: 'b.example:443' })
    ]);
    const issue = renderIssue(r, { workflow: 'nightly TLS', runUrl });
    expect(issue.title).toBe('TLS check failing: 1 error on 1 of 2 targets (nightly TLS)');
    expect(issue.marker).toBe('<!-- tls-gate-issue:nightly TLS -->');
    expect(issue.body.startsWith(issue.marker)).toBe(true);
    expect(issue.body).toContain('Fewest days left on a leaf certificate: 3.');
    const document = expectInertMarkdown(issue.body, {
      allowedLinks: [runUrl],
      allowedComments: [
        /^ tls-gate-issue:nightly TLS $/,
        /^ tls-gate-verdict:fail $/,
        /^ tls-gate-state:[A-Za-z0-9+/]*={0,2} $/
      ]
    });
    expect(document.querySelectorAll('li')).toHaveLength(1);
  });

  it('keeps server-sent text out of the title and renders the body inert', () => {
    const issue = renderIssue(hostileReport(now), { workflow: 'nightly', runUrl });
    expect(issue.title).toBe('TLS check failing: 1 error, 1 warning on 1 of 1 target (nightly)');
    expectInertMarkdown(issue.body, {
      allowedLinks: [runUrl],
      allowedComments: [
        /^ tls-gate-issue:nightly $/,
        /^ tls-gate-verdict:fail $/,
        /^ tls-gate-state:[A-Za-z0-9+/]*={0,2} $/
      ]
    });
  });

  it('gives one marker per workflow, whatever its name holds', () => {
    expect(issueMarker('a-->b')).toBe('<!-- tls-gate-issue:a-_b -->');
    expect(issueMarker('nightly')).not.toBe(issueMarker('nightly 2'));
  });
});

describe('renderIssueClosingComment', () => {
  it('says the check passes again, with a link to the run', () => {
    const text = renderIssueClosingComment(report(now, [target(now)]), { runUrl });
    expect(text).toContain(`passes again in [the workflow run](${runUrl})`);
    expectInertMarkdown(text, { allowedLinks: [runUrl] });
  });
});
