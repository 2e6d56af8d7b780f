// The part of a run that does not depend on GitHub: scan and evaluate through the pipeline, decide whether the
// gate fails, and write the report files. The action and the demo both go through here, so the demo shows
// exactly what the action would do.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readInputFile } from '../input-files.js';
import { runPipeline } from '../pipeline.js';
import { minDaysRemaining, wholeDays } from '../report/digest.js';
import { renderJson } from '../report/json.js';
import { mergeShardReports } from '../report/merge.js';
import { parseReportFile } from '../report/report-file.js';
import { renderSarif } from '../report/sarif.js';
import { gateFails, type FailOn } from '../model/fail-on.js';
import type { Report, TargetReport } from '../model/report.js';
import { SCHEMA_VERSION } from '../model/report.js';
import type { RunSettings } from '../settings/index.js';
import { targetsOfShard } from '../targets/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

/** Where the report goes, on top of the run's settings. */
export interface ReportFiles {
  /** Absolute path of the JSON report (always written). */
  reportFile: string;
  /** Absolute path of the SARIF file, or null when not asked for. */
  sarifFile: string | null;
  /** Workspace-relative workflow path, the SARIF anchor of targets named nowhere else. */
  workflowFile: string | null;
}

export type GateSettings = RunSettings & ReportFiles;

/** The pipeline the gate runs; a parameter so a test can make it fail the way only a bug would. */
export type Pipeline = typeof runPipeline;

export interface GateResult {
  report: Report;
  /** Set when the run itself broke (bad policy, CA file, bug): the report is then an empty failing one. */
  runError: unknown;
  /** Whether the step should fail. */
  failed: boolean;
}

export interface GateHooks {
  /** Called as each target finishes, with how many are done out of how many. */
  onTargetDone?: (target: TargetReport, done: number, total: number) => void;
}

/** A report with no results, so summary, outputs and files still exist when the run broke. */
export function emptyReport(startedAt: Date, targets: number): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    policy: null,
    verdict: 'fail',
    summary: { targets, errors: 0, warnings: 0, notices: 0 },
    targets: []
  };
}

export async function runGate(
  settings: GateSettings,
  hooks: GateHooks = {},
  pipeline: Pipeline = runPipeline
): Promise<GateResult> {
  const startedAt = new Date();
  let done = 0;
  const total = targetsScanned(settings);
  try {
    const report = await pipeline(settings, {
      onTargetDone: (target: TargetReport) => {
        done += 1;
        hooks.onTargetDone?.(target, done, total);
      }
    });
    return { report, runError: null, failed: gateFails(report, settings.failOn) };
  } catch (error) {
    return { report: emptyReport(startedAt, total), runError: error, failed: true };
  }
}

/** How many targets the run scans: all of them, or its shard's share. */
export function targetsScanned(settings: RunSettings): number {
  return settings.shard ? targetsOfShard(settings.targets, settings.shard).length : settings.targets.length;
}

/**
 * The gate over the merged reports of a run's shards: the same decision as runGate's, on the whole run. A file
 * that is not one of the run's shard reports is the user's to fix: the ConfigurationError is thrown, not kept.
 */
export async function mergeGate(
  files: readonly { path: string; shown: string }[],
  failOn: FailOn
): Promise<GateResult> {
  const reports = [];
  for (const { path, shown } of files) {
    reports.push({
      file: shown,
      report: parseReportFile(await readInputFile(path, 'report file', shown), shown)
    });
  }
  const report = mergeShardReports(reports);
  return { report, runError: null, failed: gateFails(report, failOn) };
}

async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text.endsWith('\n') ? text : `${text}\n`, 'utf8');
}

/** JSON report always; SARIF when asked for. Returns the SARIF path written, or null. */
export async function writeReportFiles(report: Report, settings: GateSettings): Promise<string | null> {
  await writeText(settings.reportFile, renderJson(report));
  if (!settings.sarifFile) return null;
  // SARIF results need a file; off GitHub (no workflow known) they point at the action's own metadata.
  const sarif = renderSarif(report, { workflowFile: settings.workflowFile ?? 'action.yml' });
  await writeText(settings.sarifFile, JSON.stringify(sarif, null, 2));
  return settings.sarifFile;
}

/** Smallest days left over all leaf certificates, whole days rounded down; null when none was read. */
export function minWholeDaysRemaining(report: Report): number | null {
  const days = minDaysRemaining(report);
  return days === null ? null : wholeDays(days);
}
