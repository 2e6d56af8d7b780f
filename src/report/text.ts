// The human-readable report of the CLI, for a person at a terminal or reading a CI log: first one line per target
// (verdict, worst finding, days left), then per target an inventory of what the server offers with the policy's
// mark on every item, then the findings, worst target first, with one merged fix per target.
// Server-sent text (certificate names, error and alert messages) is shown with control characters made visible,
// so a hostile server cannot move the cursor, recolour the terminal or start a new line in a CI log, and no line
// can start an Actions workflow command.
import { plural } from './digest.js';
import { inertLineStart } from './escape.js';
import { renderFindings } from './text-findings.js';
import { renderInventory } from './text-inventory.js';
import { renderOverview } from './text-overview.js';
import { painter, safe } from './text-paint.js';
import type { Report } from '../model/report.js';

export interface TextOptions {
  /** ANSI colours; only when writing to a terminal. */
  color?: boolean;
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = painter(options.color);
  const verdict = report.verdict === 'pass' ? paint('PASS', 'green') : paint('FAIL', 'red');
  const policy = report.policy
    ? `policy ${safe(report.policy.name)} (${safe(report.policy.source)})`
    : 'no policy';
  const { summary } = report;
  const lines = [
    paint(`tls-gate ${safe(report.tool.version)}`, 'bold') + ` - ${policy} - ${verdict}`,
    `${plural(summary.targets, 'target')}: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ` +
      `${plural(summary.notices, 'notice')} (${elapsed(report)})`,
    ...renderOverview(report.targets, paint)
  ];
  for (const target of report.targets) lines.push('', ...renderInventory(target, paint));
  lines.push(...renderFindings(report.targets, paint));
  // Run in a workflow, this text is the Actions log: no line (an indented target name) may start a command.
  return `${lines.join('\n').split('\n').map(inertLineStart).join('\n')}\n`;
}

function elapsed(report: Report): string {
  const ms = Date.parse(report.finishedAt) - Date.parse(report.startedAt);
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'time unknown';
}
