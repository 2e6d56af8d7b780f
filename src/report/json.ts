// The JSON report: the Report as documented by schema/report.schema.json, two-space indentation and a final
// newline. Report and target keys come out in the documented order whatever order the code built them in, so
// two runs over the same servers diff cleanly.
import { inertJson } from './escape.js';
import type { Report, TargetReport } from '../model/report.js';

const REPORT_KEYS: readonly (keyof Report)[] = [
  'schemaVersion',
  'tool',
  'startedAt',
  'finishedAt',
  'policy',
  'shard',
  'verdict',
  'summary',
  'targets'
];

const TARGET_KEYS: readonly (keyof TargetReport)[] = [
  'name',
  'host',
  'port',
  'address',
  'sni',
  'source',
  'status',
  'error',
  'verdict',
  'protocols',
  'cipherSuites',
  'serverPreference',
  'groups',
  'keyExchange',
  'certificate',
  'clients',
  'resumption',
  'vulnerabilities',
  'handshakes',
  'durationMs',
  'findings'
];

export function renderJson(report: Report): string {
  const ordered = inOrder(report as unknown as Record<string, unknown>, REPORT_KEYS);
  ordered.targets = report.targets.map((target) =>
    inOrder(target as unknown as Record<string, unknown>, TARGET_KEYS)
  );
  // Server-sent strings keep their value; C1 controls and direction marks in them are written as \u escapes.
  return `${inertJson(ordered, 2)}\n`;
}

/** A copy with `keys` first (in that order), then any other keys as they were. */
function inOrder(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of keys) if (key in value) result[key] = value[key];
  for (const key of Object.keys(value)) if (!(key in result)) result[key] = value[key];
  return result;
}
