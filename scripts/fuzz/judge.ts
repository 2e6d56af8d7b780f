// What makes a run fail: exit 3 (a bug), any other exit than pass/fail, a stack trace in the output, a run
// killed at its deadline, peak RSS over the bound, raw control characters in text output (server text must
// stay inert), and a healthy target whose facts differ from its facts scanned alone.
import type { CliRun } from './cli-run.js';

export type FailureKind =
  | 'exit-3'
  | 'unexpected-exit'
  | 'stack-trace'
  | 'over-deadline'
  | 'over-rss'
  | 'raw-control-characters'
  | 'no-report'
  | 'healthy-changed';

export interface Failure {
  kind: FailureKind;
  detail: string;
}

/** "    at fn (file:line:col)" or "    at file:line:col": a V8 stack frame. */
const STACK_FRAME = /^\s+at (?:.+ \()?(?:node:|file:|\/|<anonymous>).*:\d+(?::\d+)?\)?$/m;
/** Characters a terminal acts on; a text report shows them escaped (src/report/escape.ts). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A target's facts without what differs between two honest scans (timing, counts of attempts). */
export function facts(target: unknown): string {
  const volatile = new Set(['name', 'durationMs', 'handshakes', 'daysRemaining', 'fractionRemaining']);
  return JSON.stringify(target, (key, value) => (volatile.has(key) ? undefined : value));
}

export function judgeRun(run: CliRun, rssBoundMb: number, textOutput: boolean): Failure[] {
  const failures: Failure[] = [];
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.overDeadline) {
    const detail = `killed after ${run.durationMs} ms, having used ${run.cpuMs} ms of CPU`;
    failures.push({ kind: 'over-deadline', detail });
  } else if (run.exitCode === 3) failures.push({ kind: 'exit-3', detail: firstLines(run.stderr) });
  else if (run.exitCode !== 0 && run.exitCode !== 1)
    failures.push({
      kind: 'unexpected-exit',
      detail: `exit ${run.exitCode} signal ${run.signal}: ${firstLines(run.stderr)}`
    });
  const frame = STACK_FRAME.exec(output);
  if (frame) failures.push({ kind: 'stack-trace', detail: around(output, frame.index) });
  if (run.peakRssMb > rssBoundMb)
    failures.push({ kind: 'over-rss', detail: `${run.peakRssMb.toFixed(0)} MB > ${rssBoundMb} MB` });
  const raw = textOutput ? RAW_CONTROL.exec(run.stdout) : null;
  if (raw)
    failures.push({ kind: 'raw-control-characters', detail: JSON.stringify(around(run.stdout, raw.index)) });
  return failures;
}

/** Compares the healthy targets of a JSON report with their facts scanned alone. */
export function judgeHealthy(report: string, baseline: Map<string, string>): Failure[] {
  let parsed: { targets?: { name: string }[] };
  try {
    parsed = JSON.parse(report);
  } catch {
    return [{ kind: 'no-report', detail: 'the JSON report is missing or does not parse' }];
  }
  const failures: Failure[] = [];
  for (const [name, expected] of baseline) {
    const target = parsed.targets?.find((t) => t.name === name);
    const actual = target ? facts(target) : 'missing';
    if (actual !== expected)
      failures.push({
        kind: 'healthy-changed',
        detail: `${name}: ${firstDifference(expected, actual)}${incompleteMarks(target)}`
      });
  }
  return failures;
}

/** Whether the scan said so itself (an incomplete fact is honest, a silently different one is not). */
function incompleteMarks(target: unknown): string {
  const marks = (target as { incomplete?: { fact: string; code: string }[] } | undefined)?.incomplete ?? [];
  return marks.length === 0
    ? ' (not marked incomplete)'
    : ` (marked incomplete: ${marks.map((m) => `${m.fact} ${m.code}`).join(', ')})`;
}

function firstDifference(expected: string, actual: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  return `alone …${expected.slice(Math.max(0, i - 60), i + 60)}… beside hostile targets …${actual.slice(Math.max(0, i - 60), i + 60)}…`;
}

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 300), index + 300);
}

function firstLines(text: string): string {
  return text.split('\n').slice(0, 5).join(' | ').slice(0, 500);
}
