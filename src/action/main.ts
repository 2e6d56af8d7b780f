// The action: settings -> scan and evaluate -> report files, log, annotations, job summary, outputs, PR comment,
// scheduled issue -> decide. Everything a scanned server or an input controls is escaped by the renderers;
// this file only routes their output to the right place. GitHub calls never fail the step: they warn.
import * as core from '@actions/core';
import { context } from '@actions/github';
import { errorMessage, isConfigurationError, type ConfigurationError } from '../errors.js';
import { selectAnnotations } from '../report/annotations.js';
import { commentMarker, commentVerdict, renderComment } from '../report/comment.js';
import { readCommentState } from '../report/comment-state.js';
import { finishedTargetLine } from '../report/progress-line.js';
import { codeBlock, escapeAnnotation, escapeForLog } from '../report/escape.js';
import { renderIssue, renderIssueClosingComment } from '../report/issue.js';
import { renderSummaryMarkdown } from '../report/summary.js';
import { renderText } from '../report/text.js';
import type { Report, TargetReport } from '../model/report.js';
import { describeFailure, logBugDetail } from './failure.js';
import {
  mergeGate,
  minWholeDaysRemaining,
  runGate,
  targetsScanned,
  writeReportFiles,
  type GateResult,
  type Pipeline
} from './gate.js';
import { GitHubApi, httpStatusOf } from './github-api.js';
import { earliestExpiry, targetOutputs } from './outputs.js';
import { publishComment } from './pull-request-comment.js';
import { syncScheduledIssue } from './scheduled-issue.js';
import { readSettings, type ActionSettings } from './settings.js';

/** The job summary limit is 1 MiB per step; keep room for what the runner adds. */
const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
/** Issue and comment bodies are limited to 65,536 characters. */
const COMMENT_MAX_CHARS = 65_000;
/** The platform shows 10 annotations per level and step. */
const ANNOTATIONS_PER_LEVEL = 10;

function runUrl(): string {
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  const runId = process.env.GITHUB_RUN_ID ?? '';
  return `${context.serverUrl}/${repository}/actions/runs/${runId}`;
}

/**
 * Test seams: replace a step of the run to make it fail the way only a bug would (no input or server can make
 * the code throw a TypeError on demand). The action itself passes none.
 */
export interface ActionSeams {
  readSettings?: typeof readSettings;
  runPipeline?: Pipeline;
}

function progressLine(target: TargetReport, done: number, total: number): string {
  // Called as each target finishes, judged: the verdict, findings and cost, as the report will give them.
  return escapeForLog(finishedTargetLine(target, done, total));
}

/** Multi-line text for the log: each line escaped on its own, so none can start a workflow command. */
function logLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeForLog(line))
    .join('\n');
}

function logTargets(report: Report): void {
  for (const target of report.targets) {
    core.startGroup(escapeForLog(`${target.name}: ${target.status}, verdict ${target.verdict}`));
    core.info(logLines(renderText({ ...report, targets: [target] }, { color: false })));
    core.endGroup();
  }
}

function annotate(report: Report, workflowFile: string | null, failed: boolean): void {
  const annotations = selectAnnotations(report, {
    perLevel: ANNOTATIONS_PER_LEVEL,
    defaultFile: workflowFile ?? undefined,
    // core.setFailed's message is an error annotation too: with it, 10 errors in all.
    reserved: { error: failed ? 1 : 0 }
  });
  for (const annotation of annotations) {
    const properties: core.AnnotationProperties = { title: annotation.title };
    if (annotation.file) properties.file = annotation.file;
    if (annotation.file && annotation.startLine !== undefined) properties.startLine = annotation.startLine;
    // core escapes the message and properties of the workflow command (newlines, %, ::), so server text
    // in a finding cannot start a command of its own.
    if (annotation.level === 'error') core.error(annotation.message, properties);
    else if (annotation.level === 'warning') core.warning(annotation.message, properties);
    else core.notice(annotation.message, properties);
  }
}

async function writeSummary(result: GateResult): Promise<void> {
  let markdown = renderSummaryMarkdown(result.report, { runUrl: runUrl(), maxBytes: SUMMARY_MAX_BYTES });
  if (result.runError) {
    // A code block: the message may quote a file or a server, and must stay inert text.
    const message = codeBlock(describeFailure(result.runError));
    markdown = `## tls-gate could not complete the scan\n\n${message}\n\n${markdown}`;
  }
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}

function setOutputs(result: GateResult, reportFile: string, sarifFile: string | null): void {
  const { report } = result;
  core.setOutput('verdict', result.failed ? 'fail' : report.verdict);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('report-file', reportFile);
  core.setOutput('sarif-file', sarifFile ?? '');
  const days = minWholeDaysRemaining(report);
  core.setOutput('min-days-remaining', days === null ? '' : String(days));
  core.setOutput('expiry-date', earliestExpiry(report) ?? '');
  core.setOutput('targets', JSON.stringify(targetOutputs(report)));
}

/** The report as comment and issue show it: a run that fails the gate says "fail" even if the policy passed. */
function commentedReport(result: GateResult): Report {
  return result.failed && result.report.verdict === 'pass'
    ? { ...result.report, verdict: 'fail' }
    : result.report;
}

function api(settings: ActionSettings): GitHubApi | null {
  if (!settings.githubToken) {
    core.warning('No github-token: the pull request comment and the issue are skipped.');
    return null;
  }
  return GitHubApi.fromToken(settings.githubToken, context.repo);
}

function warnGitHubFailure(what: string, error: unknown): void {
  const status = httpStatusOf(error);
  const hint =
    status === 403 || status === 404
      ? ' The token is read-only here (pull requests from forks get one) or lacks the permission' +
        ' (pull-requests: write for comments, issues: write for issues).'
      : '';
  core.warning(`Could not ${what}: ${errorMessage(error)}.${hint}`);
}

async function commentOnPullRequest(settings: ActionSettings, result: GateResult): Promise<void> {
  const pullRequest = (context.payload.pull_request as { number?: number } | undefined)?.number;
  if (settings.comment === 'off' || pullRequest === undefined) return;
  const client = api(settings);
  if (!client) return;
  const marker = commentMarker(context.workflow ?? '', context.job ?? '');
  const report = commentedReport(result);
  try {
    const outcome = await publishComment(client, {
      pullRequest,
      marker,
      render: (previousBody) =>
        renderComment(report, {
          marker,
          runUrl: runUrl(),
          maxChars: COMMENT_MAX_CHARS,
          previousVerdict: previousBody === null ? null : commentVerdict(previousBody),
          previousState: previousBody === null ? null : readCommentState(previousBody)
        }),
      mode: settings.comment,
      failed: result.failed
    });
    if (outcome !== 'skipped') core.info(`Pull request comment ${outcome}.`);
  } catch (error) {
    warnGitHubFailure('comment on the pull request', error);
  }
}

async function trackScheduledIssue(settings: ActionSettings, result: GateResult): Promise<void> {
  const scheduled = context.eventName === 'schedule' || context.eventName === 'workflow_dispatch';
  if (settings.issue === 'off' || !scheduled) return;
  const client = api(settings);
  if (!client) return;
  const report = commentedReport(result);
  const issue = renderIssue(report, {
    workflow: context.workflow ?? 'tls-gate',
    runUrl: runUrl(),
    maxChars: COMMENT_MAX_CHARS
  });
  try {
    const outcome = await syncScheduledIssue(client, {
      marker: issue.marker,
      title: issue.title,
      body: issue.body,
      failed: result.failed,
      closingComment: renderIssueClosingComment(report, { runUrl: runUrl() })
    });
    if (outcome !== 'none') core.info(`Issue ${outcome}.`);
  } catch (error) {
    warnGitHubFailure('update the issue', error);
  }
}

/** Entry point: a bug ends as a failed step that says it is one, never as an unhandled rejection. */
export async function run(seams: ActionSeams = {}): Promise<void> {
  try {
    await runAction(seams);
  } catch (error) {
    logBugDetail(error);
    core.setFailed(escapeAnnotation(describeFailure(error)));
  }
}

/** The user's mistake (an input, a file it names): an annotation where it is, and a failed step. */
async function reportConfigurationError(error: ConfigurationError): Promise<void> {
  core.error(escapeAnnotation(error.message), {
    title: 'tls-gate configuration',
    file: error.file,
    startLine: error.line,
    startColumn: error.column
  });
  core.setOutput('verdict', 'fail');
  try {
    await core.summary
      .addRaw(`## tls-gate: the inputs need fixing\n\n${codeBlock(error.describe())}\n`)
      .write();
  } catch {
    // No summary file outside the runner; the annotation above already says it all.
  }
  process.exitCode = core.ExitCode.Failure;
}

/** Scan (all targets, or the shard's share), or merge the shards' reports; null when the user must fix one. */
async function gateResult(settings: ActionSettings, seams: ActionSeams): Promise<GateResult | null> {
  if (settings.merge) {
    core.info(`Merging ${settings.merge.length} shard report(s).`);
    try {
      return await mergeGate(settings.merge, settings.failOn);
    } catch (error) {
      if (!isConfigurationError(error)) throw error;
      await reportConfigurationError(error);
      return null;
    }
  }
  const shard = settings.shard ? ` (shard ${settings.shard.index}/${settings.shard.count})` : '';
  core.info(`Scanning ${targetsScanned(settings)} target(s)${shard}.`);
  return runGate(
    settings,
    { onTargetDone: (target, done, total) => core.info(progressLine(target, done, total)) },
    seams.runPipeline
  );
}

async function runAction(seams: ActionSeams): Promise<void> {
  let settings: ActionSettings;
  try {
    settings = await (seams.readSettings ?? readSettings)(process.env);
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    await reportConfigurationError(error);
    return;
  }

  const result = await gateResult(settings, seams);
  if (!result) return;
  if (result.runError) {
    logBugDetail(result.runError);
    core.error(escapeAnnotation(describeFailure(result.runError)), { title: 'tls-gate' });
  }

  let sarifFile: string | null = null;
  try {
    sarifFile = await writeReportFiles(result.report, settings);
  } catch (error) {
    core.error(`Could not write the report files: ${errorMessage(error)}`);
  }
  logTargets(result.report);
  annotate(result.report, settings.workflowFile, result.failed);
  await writeSummary(result);
  setOutputs(result, settings.reportFile, sarifFile);
  if (settings.shard) {
    // One comment and one issue per run, not per shard: they come from the merge of all shards' reports.
    core.info(
      `Shard ${settings.shard.index}/${settings.shard.count}: the pull request comment and the issue are left to ` +
        "the step that merges the shards' reports (this action with the merge input)."
    );
  } else {
    await commentOnPullRequest(settings, result);
    await trackScheduledIssue(settings, result);
  }

  const { summary } = result.report;
  const line = `tls-gate: ${summary.errors} errors, ${summary.warnings} warnings over ${summary.targets} targets`;
  if (result.failed) core.setFailed(`${line}; the gate fails (fail-on: ${settings.failOn}).`);
  else core.info(`${line}; the gate passes (fail-on: ${settings.failOn}).`);
}
