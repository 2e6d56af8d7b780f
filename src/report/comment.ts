// The sticky pull-request comment: one per workflow and job, found again by a hidden marker and updated in place.
// Compact (verdict, target table, top findings, clients that cannot connect) and always under GitHub's 65,536
// character limit, with a link to the run for the rest. A later passing run says the check now passes.

import { escapeMarkdown, plainText } from './escape.js';
import { SEVERITY_ICON, findingsWorstFirst, plural, targetLabel } from './digest.js';
import {
  VERDICT_HEADLINE,
  countsLine,
  runLink,
  tableHeader,
  tableRow,
  targetColumns,
  targetRow,
  targetTableHeader
} from './markdown-parts.js';
import { findingPlace } from './pool.js';
import {
  STATE_MAX_ENCODED_CHARS,
  commentChanges,
  commentStateLine,
  commentStateOf,
  type CommentChanges,
  type CommentState,
  type RememberedFinding
} from './comment-state.js';
import type { Report, Verdict } from '../model/report.js';

/** GitHub rejects issue and comment bodies over 65,536 characters. */
export const COMMENT_MAX_CHARS = 65_536;

/** Keeps a marker part to characters that cannot end an HTML comment or be mistaken for another marker. */
function markerPart(text: string): string {
  return plainText(text, 200)
    .replace(/[^A-Za-z0-9 ._/()@+-]/g, '_')
    .replace(/--+/g, '-');
}

/** `<!-- tls-gate:{workflow}:{job} -->`: how the action finds its own comment again. */
export function commentMarker(workflow: string, job: string): string {
  return `<!-- tls-gate:${markerPart(workflow)}:${markerPart(job)} -->`;
}

const VERDICT_MARK = /<!-- tls-gate-verdict:(pass|fail) -->/;

/** The verdict an earlier comment body recorded, or null (not ours, or from before verdicts were recorded). */
export function commentVerdict(body: string): Verdict | null {
  const match = VERDICT_MARK.exec(body);
  return match ? (match[1] as Verdict) : null;
}

export interface CommentOptions {
  /** The hidden marker, from commentMarker(). */
  marker: string;
  runUrl?: string;
  /** Default COMMENT_MAX_CHARS. */
  maxChars?: number;
  /** Verdict of the comment being replaced (commentVerdict of its body), so a pass can say "now passes". */
  previousVerdict?: Verdict | null;
  /** Most findings listed; default 10. */
  maxFindings?: number;
  /** What the comment being replaced remembered (readCommentState of its body), so this one says what changed. */
  previousState?: CommentState | null;
}

/** Most new or fixed findings named one by one in the "since the previous run" part. */
const CHANGES_LISTED = 10;

/** "Since the previous run": counts of new, fixed and still failing findings, and the new and fixed ones named. */
function changesSection(changes: CommentChanges, listed: number): string {
  const { added, fixed, still } = changes;
  if (added.length === 0 && fixed.length === 0) {
    return still.length > 0
      ? `**Since the previous run:** no change, ${plural(still.length, 'finding')} still open.`
      : '**Since the previous run:** no change.';
  }
  const line = (mark: string, [, target, rule, severity]: RememberedFinding): string =>
    `- ${mark} ${SEVERITY_ICON[severity]} **${escapeMarkdown(target)}** · ${escapeMarkdown(rule)}`;
  const more = (n: number, what: string): string[] =>
    n > listed ? [`- …and ${n - listed} more ${what}`] : [];
  return [
    `**Since the previous run:** ${added.length} new · ${fixed.length} fixed · ${still.length} still open`,
    '',
    ...added.slice(0, listed).map((entry) => line('🆕 new', entry)),
    ...more(added.length, 'new'),
    ...fixed.slice(0, listed).map((entry) => line('✅ fixed', entry)),
    ...more(fixed.length, 'fixed')
  ].join('\n');
}

export function renderComment(report: Report, options: CommentOptions): string {
  const maxChars = options.maxChars ?? COMMENT_MAX_CHARS;
  const maxFindings = options.maxFindings ?? 10;
  // The state for the next run: a quarter of the body at most, so the visible parts always have room.
  const state = commentStateLine(commentStateOf(report), Math.min(STATE_MAX_ENCODED_CHARS, maxChars / 4));
  const head: string[] = [options.marker, `<!-- tls-gate-verdict:${report.verdict} -->`, state];

  if (report.verdict === 'pass') {
    const headline = options.previousVerdict === 'fail' ? '✅ TLS policy now passes' : VERDICT_HEADLINE.pass;
    head.push(`### ${headline}`, countsLine(report));
  } else {
    head.push(`### ${VERDICT_HEADLINE.fail}`, countsLine(report));
  }
  const footer = `Full results, fix lines and reproduce commands: the job summary of ${runLink(options.runUrl)}.`;

  // Optional parts, most useful first; each is dropped whole (or shortened) when it does not fit.
  const columns = targetColumns(report.targets);
  const rows = report.targets.map((target) => targetRow(target, columns));
  const changes = options.previousState ? commentChanges(options.previousState, report) : null;
  const findings = findingsWorstFirst(report)
    .filter(({ finding }) => finding.severity !== 'notice')
    .slice(0, maxFindings)
    .map(
      ({ target, finding }) =>
        `- ${SEVERITY_ICON[finding.severity]} **${escapeMarkdown(targetLabel(target))}** · ${escapeMarkdown(finding.rule)}: ${escapeMarkdown(finding.message + findingPlace(finding))}`
    );
  const totalNonNotice = findingsWorstFirst(report).filter(
    ({ finding }) => finding.severity !== 'notice'
  ).length;
  const failingClients = report.targets.flatMap((target) =>
    (target.clients ?? [])
      .filter((client) => !client.connects)
      .map((client) =>
        tableRow([
          escapeMarkdown(targetLabel(target)),
          escapeMarkdown(client.profile),
          escapeMarkdown(client.diagnosis ?? (client.alert ? `alert ${client.alert.name}` : 'cannot connect'))
        ])
      )
  );

  const assemble = (rowCount: number, findingCount: number, clientCount: number): string => {
    const parts = [...head];
    // Named changes shrink with the findings list; with no findings to list they are short anyway.
    const listed = findings.length === 0 ? CHANGES_LISTED : Math.min(CHANGES_LISTED, findingCount);
    if (changes) parts.push(changesSection(changes, listed));
    if (rowCount > 0) {
      let table = `${targetTableHeader(columns)}\n${rows.slice(0, rowCount).join('\n')}`;
      if (rowCount < rows.length) table += `\n\n…and ${plural(rows.length - rowCount, 'more target')}.`;
      parts.push(table);
    }
    if (findingCount > 0) {
      let list = `**Top findings**\n\n${findings.slice(0, findingCount).join('\n')}`;
      const rest = totalNonNotice - findingCount;
      if (rest > 0) list += `\n- …and ${plural(rest, 'more finding')}`;
      parts.push(list);
    }
    if (clientCount > 0) {
      let table = `**Clients that cannot connect**\n\n${tableHeader(['Target', 'Client', 'Why'])}\n${failingClients.slice(0, clientCount).join('\n')}`;
      if (clientCount < failingClients.length)
        table += `\n\n…and ${failingClients.length - clientCount} more.`;
      parts.push(table);
    }
    parts.push(footer);
    return `${parts.join('\n\n')}\n`;
  };

  // Shrink the largest part until the body fits: halving keeps this fast for reports with thousands of rows.
  let counts = [rows.length, findings.length, failingClients.length];
  let body = assemble(counts[0]!, counts[1]!, counts[2]!);
  while (body.length >= maxChars) {
    if (counts.every((n) => n === 0)) break;
    const order = [2, 0, 1]; // clients go first, then table rows, findings last
    const index = order.find((i) => counts[i]! > 0)!;
    const next = [...counts];
    next[index] = counts[index]! > 4 ? Math.floor(counts[index]! / 2) : counts[index]! - 1;
    counts = next;
    body = assemble(counts[0]!, counts[1]!, counts[2]!);
  }
  if (body.length >= maxChars) body = `${head.join('\n\n')}\n\n${footer}\n`.slice(0, maxChars - 1);
  return body;
}
