// The job summary (GITHUB_STEP_SUMMARY): verdict first, a table of targets, the certificate expiry chart, the client
// table, then one collapsible section per target with findings, fix lines and reproduce commands.
// The platform refuses summaries over 1 MiB, so whole sections are cut (last ones first) with a note saying what.

import { utf8Bytes } from './digest.js';
import {
  CLIENT_TABLE_HEADINGS,
  VERDICT_HEADLINE,
  clientRow,
  countsLine,
  runLink,
  tableHeader,
  targetDetails,
  targetColumns,
  targetRow,
  targetTableHeader
} from './markdown-parts.js';
import { renderExpiryGantt } from './mermaid.js';
import type { Report } from '../model/report.js';

/** The job summary limit: 1 MiB per step. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

export interface SummaryOptions {
  /** Link to the workflow run, shown in the cut note. */
  runUrl?: string;
  /** Byte budget (UTF-8); default SUMMARY_MAX_BYTES. */
  maxBytes?: number;
  /** Most bars in the expiry chart; default 40. */
  maxChartBars?: number;
}

/** Room kept for the note that lists what was cut. */
const CUT_NOTE_RESERVE = 1024;

interface Section {
  /** What the cut note calls this section. */
  name: string;
  text: string;
}

export function renderSummaryMarkdown(report: Report, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const budget = Math.max(0, maxBytes - CUT_NOTE_RESERVE);
  const out: string[] = [];
  let used = 0;
  const add = (text: string): void => {
    out.push(text);
    used += utf8Bytes(text) + 2; // joined by a blank line
  };
  const cut: string[] = [];

  add(`## ${VERDICT_HEADLINE[report.verdict]}\n\n${countsLine(report)}`);

  if (report.targets.length > 0) {
    const columns = targetColumns(report.targets);
    const rows = [targetTableHeader(columns)];
    let tableBytes = utf8Bytes(rows[0]!);
    let rowsOmitted = 0;
    for (const target of report.targets) {
      const row = targetRow(target, columns);
      const rowBytes = utf8Bytes(row) + 1;
      if (rowsOmitted === 0 && used + tableBytes + rowBytes <= budget) {
        rows.push(row);
        tableBytes += rowBytes;
      } else rowsOmitted++;
    }
    const table = rows.join('\n');
    add(table);
    if (rowsOmitted > 0) cut.push(`${rowsOmitted} rows of the target table`);
  }

  const sections: Section[] = [];
  const chart = renderExpiryGantt(report, { maxBars: options.maxChartBars });
  if (chart) {
    const omitted =
      chart.omitted > 0
        ? `\n\nThe ${chart.bars} soonest expiries are drawn; ${chart.omitted} more are in the table.`
        : '';
    sections.push({
      name: 'the certificate expiry chart',
      text: `### Certificate expiry\n\n\`\`\`mermaid\n${chart.source}\n\`\`\`${omitted}`
    });
  }
  const clientRows = report.targets.flatMap((target) =>
    (target.clients ?? []).map((client) => clientRow(target, client))
  );
  if (clientRows.length > 0) {
    sections.push({
      name: 'the client table',
      text: `### Clients\n\n${tableHeader(CLIENT_TABLE_HEADINGS)}\n${clientRows.join('\n')}`
    });
  }
  const details = report.targets.map((target) => targetDetails(target));
  if (details.length > 0) sections.push({ name: '', text: '### Targets' });

  for (const section of sections) {
    if (used + utf8Bytes(section.text) + 2 <= budget) add(section.text);
    else if (section.name) cut.push(section.name);
  }
  let detailsCut = 0;
  for (const text of details) {
    if (used + utf8Bytes(text) + 2 <= budget) add(text);
    else detailsCut++;
  }
  if (detailsCut > 0) cut.push(`the details of ${detailsCut} of ${details.length} targets`);

  if (cut.length > 0) {
    const note =
      `> [!NOTE]\n> Cut to stay under the job summary limit (${maxBytes} bytes): ${cut.join('; ')}. ` +
      `The JSON report and the log of ${runLink(options.runUrl)} have everything.`;
    out.push(note);
  }
  return `${out.join('\n\n')}\n`;
}
