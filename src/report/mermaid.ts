// A mermaid gantt chart of leaf certificate validity across targets: one bar per leaf from notBefore to notAfter,
// GitHub draws today's line (todayMarker is on by default). Renders in job summaries, PR comments and issues.
//
// Mermaid's gantt lexer treats ':' as the start of task data, '#' and '%%' as comments, ';' as a statement end, and
// a line beginning with a keyword (section, title, dateFormat...) as that statement. Labels are therefore reduced
// to a conservative character set and never begin with a keyword.

import { expirySeverity, leafDaysRemaining, targetLabel, wholeDays } from './digest.js';
import type { Report, TargetReport } from '../model/report.js';

export interface ExpiryChartOptions {
  /** Most bars drawn (the soonest expiries are kept). Default 40. */
  maxBars?: number;
}

export interface ExpiryChart {
  /** Mermaid source, without the ``` fence. */
  source: string;
  bars: number;
  /** Leaves not drawn because of maxBars. */
  omitted: number;
}

const GANTT_KEYWORDS =
  /^(section|title|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|inclusiveenddates|topaxis|weekday|weekend|click|acctitle|accdescr|displaymode|gantt)\b/i;

/** A label the gantt lexer reads as plain text. */
export function mermaidLabel(text: string, maxLength = 60): string {
  let label = String(text)
    .replace(/:/g, '∶') // U+2236 RATIO looks like a colon and is not the task-data separator
    .replace(/[^A-Za-z0-9 .,_\-+=/()[\]∶*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  if (label.length > maxLength) label = `${label.slice(0, maxLength - 1)}…`;
  if (label === '') label = 'target';
  if (GANTT_KEYWORDS.test(label)) label = `· ${label}`;
  return label;
}

function isoDay(date: Date): string | null {
  const time = date.getTime();
  if (!Number.isFinite(time)) return null;
  const year = date.getUTCFullYear();
  if (year < 1970 || year > 9999) return null;
  return date.toISOString().slice(0, 10);
}

interface Bar {
  label: string;
  start: string;
  end: string;
  days: number;
  /** Mermaid task tags: `crit` (red) for an expiry the policy fails on, `active` for one it warns about. */
  tags: string;
}

/** How the policy judged the leaf's expiry, as task tags; an expired leaf is red even when nothing judged it. */
function tagsFor(target: TargetReport, days: number): string {
  const judged = expirySeverity(target);
  if (judged === 'error' || days < 0) return 'crit, ';
  return judged === 'warning' ? 'active, ' : '';
}

/** The bar's words: days left, and "fails" or "warns" when the policy judged the expiry (not colour alone). */
function barText(target: TargetReport, days: number): string {
  const shown = wholeDays(days);
  const left = shown < 0 ? `expired ${-shown} d ago` : `${shown} d left`;
  const judged = expirySeverity(target);
  const verdict = judged === 'error' ? ', fails' : judged === 'warning' ? ', warns' : '';
  return `${targetLabel(target)} (${left}${verdict})`;
}

function barFor(target: TargetReport): Bar | null {
  const leaf = target.certificate?.chain[0];
  const days = leafDaysRemaining(target);
  if (!leaf || days === null) return null;
  const notBefore = new Date(leaf.notBefore);
  let notAfter = new Date(leaf.notAfter);
  if (notAfter.getTime() <= notBefore.getTime()) notAfter = new Date(notBefore.getTime() + 86_400_000);
  const start = isoDay(notBefore);
  let end = isoDay(notAfter);
  if (!start || !end) return null;
  if (end <= start) end = isoDay(new Date(notBefore.getTime() + 86_400_000))!;
  const label = mermaidLabel(barText(target, days), 80);
  return { label, start, end, days, tags: tagsFor(target, days) };
}

/**
 * The chart, or null when no target has a leaf certificate. A leaf whose expiry the policy fails on (or that has
 * expired) is drawn as `crit` (red), one it warns about as `active`: the judgement of the findings, not a threshold
 * of the chart's own.
 */
export function renderExpiryGantt(report: Report, options: ExpiryChartOptions = {}): ExpiryChart | null {
  const maxBars = Math.max(1, options.maxBars ?? 40);
  const bars = report.targets
    .map(barFor)
    .filter((bar): bar is Bar => bar !== null)
    .sort((a, b) => a.days - b.days);
  if (bars.length === 0) return null;
  const shown = bars.slice(0, maxBars);
  const lines = [
    'gantt',
    '  title Leaf certificate validity',
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %Y-%m-%d',
    '  section Leaf certificates'
  ];
  shown.forEach((bar, index) => {
    lines.push(`  ${bar.label} :${bar.tags}leaf${index}, ${bar.start}, ${bar.end}`);
  });
  return { source: lines.join('\n'), bars: shown.length, omitted: bars.length - shown.length };
}
