// Shard reports combined into one report of the whole run (`tls-gate merge`, the action's `merge` input). The
// merge judges nothing: every target keeps the findings and verdict its shard's evaluation gave it; only the
// summary and the overall verdict are derived again, from the merged targets, the way evaluate() derives them.
// A merged report is an ordinary report (no `shard`), so every output and the one gate decision take it as is.
// Reports that cannot make one run (another tool version or policy, a shard twice, a shard or target missing)
// are a ConfigurationError naming the file and what was expected.
import { ConfigurationError } from '../errors.js';
import type { Report, ReportSummary, ShardInfo, TargetReport } from '../model/report.js';
import { shardOfName } from '../targets/index.js';

/** A shard's report and the file it was read from (named in errors). */
export interface ShardReportFile {
  file: string;
  report: Report;
}

type ShardFile = ShardReportFile & { shard: ShardInfo };

export function mergeShardReports(files: readonly ShardReportFile[]): Report {
  const shards = files.map(requireShard);
  const [first, ...others] = shards;
  if (!first) throw new ConfigurationError('no reports to merge: name the shard reports of one run');
  for (const other of others) requireSameRun(first, other);
  requireEachShardOnce(shards);
  const targets = targetsInRunOrder(shards, first.shard.targets);
  return {
    schemaVersion: first.report.schemaVersion,
    tool: first.report.tool,
    startedAt: earliest(shards.map((s) => s.report.startedAt)),
    finishedAt: latest(shards.map((s) => s.report.finishedAt)),
    policy: first.report.policy,
    verdict: targets.some((target) => target.verdict === 'fail') ? 'fail' : 'pass',
    summary: summaryOf(targets),
    targets
  };
}

function requireShard(file: ShardReportFile): ShardFile {
  const { shard } = file.report;
  if (!shard) {
    throw new ConfigurationError(
      'the report is not a shard report; expected the report of a run with shard: K/N (--shard K/N)',
      { file: file.file }
    );
  }
  return { ...file, shard };
}

/** One run: one tool version, one policy, one split of one list of targets. */
function requireSameRun(first: ShardFile, other: ShardFile): void {
  const differ = (what: string, mine: unknown, theirs: unknown): ConfigurationError =>
    new ConfigurationError(
      `the report has ${what} ${JSON.stringify(theirs)}, but ${first.file} has ${JSON.stringify(mine)}; ` +
        'expected the shard reports of one run',
      { file: other.file }
    );
  if (other.report.tool.version !== first.report.tool.version) {
    throw differ('tls-gate version', first.report.tool.version, other.report.tool.version);
  }
  if (JSON.stringify(other.report.policy) !== JSON.stringify(first.report.policy)) {
    throw differ('policy', first.report.policy, other.report.policy);
  }
  if (other.shard.count !== first.shard.count) {
    throw differ('shard count', first.shard.count, other.shard.count);
  }
  if (JSON.stringify(other.shard.targets) !== JSON.stringify(first.shard.targets)) {
    throw differ('list of targets', first.shard.targets, other.shard.targets);
  }
}

function requireEachShardOnce(shards: readonly ShardFile[]): void {
  const byIndex = new Map<number, ShardFile>();
  for (const shard of shards) {
    const earlier = byIndex.get(shard.shard.index);
    if (earlier) {
      throw new ConfigurationError(
        `the report is shard ${shard.shard.index}/${shard.shard.count}, as is ${earlier.file}; ` +
          'expected each shard once',
        { file: shard.file }
      );
    }
    byIndex.set(shard.shard.index, shard);
  }
  const count = shards[0]!.shard.count;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) {
    throw new ConfigurationError(
      `shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} ` +
        `missing: expected the reports of all ${count} shards (got ${[...byIndex.keys()].sort((a, b) => a - b).join(', ')})`
    );
  }
}

/**
 * Every target of the run once, in the order the run named them. Each shard's report holds exactly the targets
 * whose names hash to it (src/targets/shard.ts), so a target missing is named with the report it is missing from.
 */
function targetsInRunOrder(shards: readonly ShardFile[], names: readonly string[]): TargetReport[] {
  const scanned = new Map<string, TargetReport>();
  for (const { file, report, shard } of shards) {
    for (const target of report.targets) {
      const belongs = names.includes(target.name) ? shardOfName(target.name, shard.count) : null;
      if (belongs !== shard.index) {
        const where =
          belongs === null ? "not in the run's list of targets" : `in shard ${belongs}/${shard.count}`;
        throw new ConfigurationError(
          `the report (shard ${shard.index}/${shard.count}) holds the target ${JSON.stringify(target.name)}, ` +
            `which is ${where}; expected the shard reports of one run`,
          { file }
        );
      }
      scanned.set(target.name, target);
    }
  }
  for (const name of names) {
    if (scanned.has(name)) continue;
    const { file, shard } = shards.find((s) => s.shard.index === shardOfName(name, s.shard.count))!;
    throw new ConfigurationError(
      `the report (shard ${shard.index}/${shard.count}) lacks the target ${JSON.stringify(name)} of its shard; ` +
        "expected each target of the run in its shard's report",
      { file }
    );
  }
  return names.map((name) => scanned.get(name)!);
}

/** As evaluate() counts them: targets, and findings by severity. */
function summaryOf(targets: readonly TargetReport[]): ReportSummary {
  const findings = targets.flatMap((target) => target.findings);
  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
  return {
    targets: targets.length,
    errors: count('error'),
    warnings: count('warning'),
    notices: count('notice')
  };
}

function earliest(times: string[]): string {
  return times.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
}

function latest(times: string[]): string {
  return times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}
