// What every checker shares: how a finding is drafted, and how numbers and lists read in its message.
import type { Finding, FixLines, Severity } from '../../model/report.js';
import type { TargetProblemSeverity } from '../model.js';

export type Draft = Omit<Finding, 'waiver' | 'fix' | 'reproduce'> & {
  fix?: FixLines;
  reproduce?: string | null;
};

/** A finding as a checker produces it: no waiver yet (waivers are applied after every check). */
export function finding(draft: Draft): Finding {
  return { fix: {}, reproduce: null, ...draft, waiver: null };
}

/** `targets.*` settings say error, warning or ignore; an ignored problem is still reported, as a notice. */
export function targetSeverity(setting: TargetProblemSeverity): Severity {
  return setting === 'ignore' ? 'notice' : setting;
}

export { DAY_MS } from '../../model/days.js';

export const list = (items: readonly string[]): string => items.join(', ');

/** Days to one decimal, as evidence records them (messages count whole days: model/days.ts). */
export const days = (n: number): number => Math.round(n * 10) / 10;
