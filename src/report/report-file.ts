// A JSON report read back from a file (a shard's report, for `tls-gate merge` and the action's `merge` input).
// The file is the user's: every field the merge relies on is checked against schema/report.schema.json's
// shape, and a file that does not match is a ConfigurationError naming it and what was expected.
import { ConfigurationError } from '../errors.js';
import { SCHEMA_VERSION, type Report } from '../model/report.js';

type Json = Record<string, unknown>;

/** The report in `text`, read from `file` (named in errors); throws ConfigurationError when it is not one. */
export function parseReportFile(text: string, file: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid(
      file,
      "is not JSON; expected a tls-gate JSON report (--format json, or the action's report-file)"
    );
  }
  const problem = reportProblem(value);
  if (problem) throw invalid(file, `is not a tls-gate report (schema/report.schema.json): ${problem}`);
  return value as Report;
}

function invalid(file: string, what: string): ConfigurationError {
  return new ConfigurationError(`the report ${what}`, { file });
}

/** The first way `value` differs from the report schema's shape, or null. */
function reportProblem(value: unknown): string | null {
  if (!isObject(value)) return 'expected a JSON object';
  if (value.schemaVersion !== SCHEMA_VERSION) return `/schemaVersion: expected ${SCHEMA_VERSION}`;
  const tool = value.tool;
  if (!isObject(tool) || tool.name !== 'tls-gate' || !isText(tool.version)) {
    return '/tool: expected { name: "tls-gate", version }';
  }
  for (const key of ['startedAt', 'finishedAt'] as const) {
    if (!isText(value[key]) || Number.isNaN(Date.parse(value[key]))) return `/${key}: expected a timestamp`;
  }
  const policy = value.policy;
  if (policy !== null && !(isObject(policy) && isText(policy.name) && isText(policy.source))) {
    return '/policy: expected null or { name, source }';
  }
  if (value.verdict !== 'pass' && value.verdict !== 'fail') return '/verdict: expected "pass" or "fail"';
  const summary = value.summary;
  if (!isObject(summary) || !['targets', 'errors', 'warnings', 'notices'].every((k) => isCount(summary, k))) {
    return '/summary: expected counts of targets, errors, warnings and notices';
  }
  const shard = value.shard === undefined ? null : shardProblem(value.shard);
  if (shard) return `/shard: ${shard}`;
  if (!Array.isArray(value.targets)) return '/targets: expected an array';
  const index = value.targets.findIndex((target) => targetProblem(target) !== null);
  return index < 0 ? null : `/targets/${index}: ${targetProblem(value.targets[index])}`;
}

function shardProblem(shard: unknown): string | null {
  if (!isObject(shard)) return 'expected { index, count, targets }';
  const { index, count, targets } = shard;
  if (!isWhole(count) || count < 1 || !isWhole(index) || index < 1 || index > count) {
    return 'expected index and count with 1 <= index <= count';
  }
  if (!Array.isArray(targets) || !targets.every(isText)) return 'expected targets, an array of names';
  return null;
}

function targetProblem(target: unknown): string | null {
  if (!isObject(target) || !isText(target.name)) return 'expected a target with a name';
  if (target.verdict !== 'pass' && target.verdict !== 'fail') return 'expected verdict "pass" or "fail"';
  if (!Array.isArray(target.findings)) return 'expected findings, an array';
  const severities = ['error', 'warning', 'notice'];
  if (
    !target.findings.every((finding) => isObject(finding) && severities.includes(finding.severity as string))
  ) {
    return 'expected every finding to have a severity of error, warning or notice';
  }
  return null;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

function isCount(object: Json, key: string): boolean {
  return isWhole(object[key]) && (object[key] as number) >= 0;
}
