// The issue a scheduled check opens (or updates) while it fails, one per workflow, found again by a hidden
// marker; and the comment it leaves when it closes the issue because the check passes again.

import { plainText } from './escape.js';
import {
  describeCounts,
  countBySeverity,
  findingsWorstFirst,
  minDaysRemaining,
  plural,
  wholeDays
} from './digest.js';
import { COMMENT_MAX_CHARS, renderComment } from './comment.js';
import { countsLine, runLink } from './markdown-parts.js';
import type { Report } from '../model/report.js';

/** `<!-- tls-gate-issue:{workflow} -->` */
export function issueMarker(workflow: string): string {
  const part = plainText(workflow, 200)
    .replace(/[^A-Za-z0-9 ._/()@+-]/g, '_')
    .replace(/--+/g, '-');
  return `<!-- tls-gate-issue:${part} -->`;
}

export interface IssueOptions {
  /** Workflow name: in the title and the marker. */
  workflow: string;
  runUrl?: string;
  /** Default COMMENT_MAX_CHARS (issue bodies have the same limit). */
  maxChars?: number;
}

export interface IssueContent {
  title: string;
  body: string;
  marker: string;
}

/** Title and body for a failing scheduled check. The title holds no server-sent text. */
export function renderIssue(report: Report, options: IssueOptions): IssueContent {
  const marker = issueMarker(options.workflow);
  const failing = report.targets.filter((target) => target.verdict === 'fail').length;
  const counts = describeCounts(countBySeverity(findingsWorstFirst(report).map(({ finding }) => finding)));
  const title = plainText(
    `TLS check failing: ${counts} on ${failing} of ${plural(report.targets.length, 'target')} (${options.workflow})`,
    256
  );
  const minDays = minDaysRemaining(report);
  const intro = [
    `The scheduled TLS check of ${runLink(options.runUrl)} failed. This issue is updated on every failing run ` +
      'and closed when the check passes again.'
  ];
  if (minDays !== null) intro.push(`Fewest days left on a leaf certificate: ${wholeDays(minDays)}.`);
  const body = renderComment(report, {
    marker: `${marker}\n\n${intro.join(' ')}`,
    runUrl: options.runUrl,
    maxChars: options.maxChars ?? COMMENT_MAX_CHARS,
    maxFindings: 30
  });
  return { title, body, marker };
}

/** The comment left on the issue when a later run passes, just before it is closed. */
export function renderIssueClosingComment(report: Report, options: { runUrl?: string }): string {
  return `✅ The TLS check passes again in ${runLink(options.runUrl)}: ${countsLine(report)}. Closing this issue.\n`;
}
