// Every input of the action is read here, once, into one validated ActionSettings (the run's settings, filled
// from the shared table of defaults in src/settings, plus the action's own); nothing else reads INPUT_* variables. A bad value is a ConfigurationError that names the input, the value and what is allowed,
// anchored at the workflow file line that sets it when that file can be read.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { loadPolicy, PRESETS } from '../policy/index.js';
import { ConfigurationError, isConfigurationError } from '../errors.js';
import { FAIL_ON_VALUES } from '../model/fail-on.js';
import {
  ADDRESS_SELECTIONS,
  type SourceLocation,
  type Target,
  type VulnerabilityName
} from '../model/report.js';
import {
  ACTION_INPUT_DEFAULTS,
  parseCheckList,
  parseDuration,
  parseExpiryDays,
  RUN_DEFAULTS,
  runSettings,
  type ExpiryDays
} from '../settings/index.js';
import { loadTargetsFile, parseShardSpec, parseTargetArgument, type ShardSpec } from '../targets/index.js';
import type { GateSettings } from './gate.js';
import { filesMatching } from './report-glob.js';
import { isInside } from './workspace-paths.js';

export type CommentMode = 'off' | 'always' | 'on-failure';
export type IssueMode = 'off' | 'on-failure';

export const COMMENT_VALUES: readonly CommentMode[] = ['off', 'always', 'on-failure'];
export const ISSUE_VALUES: readonly IssueMode[] = ['off', 'on-failure'];

/** The run's settings (policy base dir: the workspace) and report files, plus what only the action does. */
export interface ActionSettings extends GateSettings {
  comment: CommentMode;
  issue: IssueMode;
  githubToken: string;
  workspace: string;
  /** The shard reports to merge instead of scanning (the `merge` input), or null for a scan. */
  merge: ReportToMerge[] | null;
}

/** A shard's report file: where it is, and its name as errors show it (workspace-relative). */
export interface ReportToMerge {
  path: string;
  shown: string;
}

type Env = Record<string, string | undefined>;

/** Same lookup and trimming as @actions/core getInput, but from an explicit environment (testable). */
export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * GITHUB_WORKFLOW_REF is "owner/repo/.github/workflows/file.yml@refs/heads/main"; the path between the
 * repository and the "@" is the workflow file, relative to the checkout.
 */
export function workflowPathFromRef(ref: string | undefined): string | null {
  if (!ref) return null;
  const match = /^[^/]+\/[^/]+\/(.+?)@[^@]*$/.exec(ref);
  return match ? match[1] : null;
}

/** A workflow file is a few KiB; GitHub refuses ones over 512 KiB. */
const WORKFLOW_FILE_LIMIT = 1024 * 1024;

/** Lines of the workflow file when it is in the workspace (it is after actions/checkout). */
class WorkflowFile {
  private readonly lines: string[] | null;

  constructor(
    readonly path: string | null,
    workspace: string
  ) {
    let lines: string[] | null = null;
    if (path) {
      const absolute = join(workspace, path);
      try {
        // Only to place annotations: a FIFO or a huge file there is skipped, never waited on or buffered.
        const stats = statSync(absolute, { throwIfNoEntry: false });
        if (stats?.isFile() && stats.size <= WORKFLOW_FILE_LIMIT)
          lines = readFileSync(absolute, 'utf8').split(/\r?\n/);
      } catch {
        lines = null;
      }
    }
    this.lines = lines;
  }

  /**
   * Line and column where `text` appears, preferring lines at or after the first line matching `after`
   * (e.g. the `hosts:` key), so a host named in a comment above the step does not win.
   */
  find(text: string, after?: RegExp): SourceLocation | undefined {
    if (!this.lines || !this.path || text === '') return undefined;
    let start = 0;
    if (after) {
      const index = this.lines.findIndex((line) => after.test(line));
      if (index >= 0) start = index;
    }
    const order = [...this.lines.keys()].slice(start).concat([...this.lines.keys()].slice(0, start));
    for (const index of order) {
      const column = this.lines[index].indexOf(text);
      if (column >= 0) return { file: this.path, line: index + 1, column: column + 1 };
    }
    return undefined;
  }
}

function inputPosition(workflow: WorkflowFile, name: string): SourceLocation | undefined {
  return workflow.find(`${name}:`);
}

function invalid(workflow: WorkflowFile, name: string, message: string): ConfigurationError {
  const at = inputPosition(workflow, name);
  return new ConfigurationError(`input ${name}: ${message}`, at ?? {});
}

function oneOf<T extends string>(
  workflow: WorkflowFile,
  name: string,
  value: string,
  allowed: readonly T[],
  fallback: T
): T {
  if (value === '') return fallback;
  const lower = value.toLowerCase();
  if ((allowed as readonly string[]).includes(lower)) return lower as T;
  throw invalid(workflow, name, `${JSON.stringify(value)} is not allowed; use one of: ${allowed.join(', ')}`);
}

function number(
  workflow: WorkflowFile,
  name: string,
  value: string,
  fallback: number,
  limits: { min: number; max: number; integer: boolean; unit: string }
): number {
  if (value === '') return fallback;
  const parsed = Number(value);
  const ok =
    /^[0-9]+(\.[0-9]+)?$/.test(value) &&
    Number.isFinite(parsed) &&
    parsed >= limits.min &&
    parsed <= limits.max &&
    (!limits.integer || Number.isInteger(parsed));
  if (!ok) {
    const kind = limits.integer ? 'a whole number' : 'a number';
    throw invalid(
      workflow,
      name,
      `${JSON.stringify(value)} is not ${kind} of ${limits.unit} from ${limits.min} to ${limits.max}`
    );
  }
  return parsed;
}

/** A duration input (`10s`, `500ms`, `2m`); a bare number is seconds, as the action's inputs always were. */
function durationInput(
  workflow: WorkflowFile,
  name: string,
  value: string,
  fallback: number,
  limits: { minMs: number; maxMs: number }
): number {
  if (value === '') return fallback;
  try {
    return parseDuration(value, { name: `input ${name}`, bareUnit: 's', ...limits });
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    throw new ConfigurationError(error.message, inputPosition(workflow, name) ?? {});
  }
}

/** `warn-days` / `fail-days`: the expiry thresholds of every target's policy, in whole days. */
function expiryDaysInputs(workflow: WorkflowFile, warn: string, fail: string): ExpiryDays | undefined {
  try {
    return parseExpiryDays({ warn, fail }, { warn: 'input warn-days', fail: 'input fail-days' });
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    const name = /^input fail-days/.test(error.message) ? 'fail-days' : 'warn-days';
    throw new ConfigurationError(error.message, inputPosition(workflow, name) ?? {});
  }
}

function boolean(workflow: WorkflowFile, name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  throw invalid(workflow, name, `${JSON.stringify(value)} is not allowed; use true or false`);
}

/**
 * A file input (targets-file, policy, ca-file) as an absolute path. Outside the workspace (after symbolic links)
 * it is refused unless allow-outside-workspace is true: a workflow input must not make the action read, and
 * quote in annotations, files of the runner such as /etc/passwd.
 */
function fileInput(
  workflow: WorkflowFile,
  workspace: string,
  name: string,
  value: string,
  allowOutside: boolean
): string {
  const absolute = inWorkspace(workspace, value);
  if (!allowOutside && !isInside(workspace, absolute)) {
    throw invalid(
      workflow,
      name,
      `${JSON.stringify(value)} is outside the workspace (GITHUB_WORKSPACE); expected a path inside the checkout, or set allow-outside-workspace: true to read it`
    );
  }
  return absolute;
}

/** A targets-file entry's `policy` file (relative to the targets file) is held to the workspace as well. */
function confineEntryPolicy(workspace: string, targetsDir: string, target: Target): void {
  if (typeof target.policy !== 'string' || PRESETS[target.policy.trim()]) return;
  if (isInside(workspace, resolve(targetsDir, target.policy.trim()))) return;
  throw new ConfigurationError(
    `target ${target.name}: policy ${JSON.stringify(target.policy)} is outside the workspace (GITHUB_WORKSPACE); expected a preset or a file inside the checkout, or set allow-outside-workspace: true to read it`,
    target.policySource ?? target.source ?? {}
  );
}

/**
 * A policy file inside the workspace may still `extends` one outside: the chain is walked once here, refusing
 * such a file at the line of its `extends`. Any other problem of the policy is left for the run to report, as
 * it always was.
 */
async function confinePolicyChain(workspace: string, policy: string): Promise<void> {
  let refused = false;
  const guard = (file: string): string | null => {
    if (isInside(workspace, file)) return null;
    refused = true;
    return 'is outside the workspace (GITHUB_WORKSPACE); expected a preset or a file inside the checkout, or set allow-outside-workspace: true to read it';
  };
  try {
    await loadPolicy(policy, { baseDir: workspace, guard });
  } catch (error) {
    if (refused) throw error;
  }
}

/** `hosts` entries: one per line or comma; blank entries and YAML-ish "- " list bullets are ignored. */
export function splitHosts(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((entry) => entry.trim().replace(/^-\s+/, ''))
    .filter((entry) => entry !== '' && !entry.startsWith('#'));
}

function inWorkspace(workspace: string, path: string): string {
  return isAbsolute(path) ? path : resolve(workspace, path);
}

/** Relative to the workspace when inside it (what annotations and SARIF want), else as given. */
function displayPath(workspace: string, path: string): string {
  const rel = relative(workspace, inWorkspace(workspace, path));
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split('\\').join('/');
}

export async function readSettings(env: Env = process.env): Promise<ActionSettings> {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const workflowFile = workflowPathFromRef(env.GITHUB_WORKFLOW_REF);
  const workflow = new WorkflowFile(workflowFile, workspace);

  const failOn = oneOf(workflow, 'fail-on', getInput(env, 'fail-on'), FAIL_ON_VALUES, RUN_DEFAULTS.failOn);
  const comment = oneOf(
    workflow,
    'comment',
    getInput(env, 'comment'),
    COMMENT_VALUES,
    ACTION_INPUT_DEFAULTS.comment
  );
  const issue = oneOf(workflow, 'issue', getInput(env, 'issue'), ISSUE_VALUES, ACTION_INPUT_DEFAULTS.issue);
  const addresses = oneOf(
    workflow,
    'addresses',
    getInput(env, 'addresses'),
    ADDRESS_SELECTIONS,
    RUN_DEFAULTS.addresses
  );
  const timeoutMs = durationInput(workflow, 'timeout', getInput(env, 'timeout'), RUN_DEFAULTS.timeoutMs, {
    minMs: 100,
    maxMs: 300_000
  });
  const targetDeadlineMs = durationInput(
    workflow,
    'deadline',
    getInput(env, 'deadline'),
    RUN_DEFAULTS.targetDeadlineMs,
    { minMs: 1000, maxMs: 3_600_000 }
  );
  const expiryDays = expiryDaysInputs(workflow, getInput(env, 'warn-days'), getInput(env, 'fail-days'));
  const concurrency = number(
    workflow,
    'concurrency',
    getInput(env, 'concurrency'),
    RUN_DEFAULTS.concurrency,
    {
      min: 1,
      max: 64,
      integer: true,
      unit: 'targets'
    }
  );
  const perTargetConcurrency = number(
    workflow,
    'per-target-concurrency',
    getInput(env, 'per-target-concurrency'),
    RUN_DEFAULTS.perTargetConcurrency,
    { min: 1, max: 64, integer: true, unit: 'handshakes' }
  );
  const perAddressConcurrency = number(
    workflow,
    'per-address-concurrency',
    getInput(env, 'per-address-concurrency'),
    RUN_DEFAULTS.perAddressConcurrency,
    { min: 1, max: 1024, integer: true, unit: 'connections' }
  );

  const allowOutside = boolean(
    workflow,
    'allow-outside-workspace',
    getInput(env, 'allow-outside-workspace'),
    (ACTION_INPUT_DEFAULTS['allow-outside-workspace'] as string) === 'true'
  );

  const aia = boolean(workflow, 'aia', getInput(env, 'aia'), ACTION_INPUT_DEFAULTS.aia === 'true');
  const checks = checksInput(workflow, getInput(env, 'checks') || ACTION_INPUT_DEFAULTS.checks);

  const targets: Target[] = [];
  for (const entry of splitHosts(getInput(env, 'hosts'))) {
    const source = workflow.find(entry, /^\s*hosts\s*:/);
    let target: Target;
    try {
      target = parseTargetArgument(entry, source);
    } catch (error) {
      if (!isConfigurationError(error)) throw error;
      throw new ConfigurationError(
        `input hosts: ${error.message}`,
        source ?? inputPosition(workflow, 'hosts') ?? {}
      );
    }
    // Anchored at the workflow line naming it, so annotations and SARIF point where the user can act.
    targets.push(source ? { ...target, source } : target);
  }

  const targetsFile = getInput(env, 'targets-file');
  if (targetsFile !== '') {
    const absolute = fileInput(workflow, workspace, 'targets-file', targetsFile, allowOutside);
    if (!existsSync(absolute)) {
      throw invalid(workflow, 'targets-file', `${JSON.stringify(targetsFile)} does not exist`);
    }
    // Errors and sources name the file as the user gave it, so annotations land in the repository view.
    const fromFile = await loadTargetsFile(absolute, displayPath(workspace, targetsFile));
    if (!allowOutside)
      for (const target of fromFile) confineEntryPolicy(workspace, dirname(absolute), target);
    targets.push(...fromFile);
  }
  const shard = shardInput(workflow, getInput(env, 'shard'));
  const merge = await reportsToMerge(workflow, workspace, getInput(env, 'merge'), allowOutside);
  if (merge && shard) {
    throw invalid(
      workflow,
      'merge',
      "a run scans a shard (shard) or merges the shards' reports (merge); set one"
    );
  }
  if (merge && targets.length > 0) {
    throw invalid(
      workflow,
      'merge',
      'a merge scans nothing: set hosts and targets-file on the shard steps only'
    );
  }
  if (targets.length === 0 && !merge) {
    throw invalid(
      workflow,
      'hosts',
      'no targets: set hosts (one per line or comma separated) or targets-file'
    );
  }

  const caInput = getInput(env, 'ca-file');
  let caFile: string | undefined;
  if (caInput !== '') {
    caFile = fileInput(workflow, workspace, 'ca-file', caInput, allowOutside);
    if (!existsSync(caFile)) throw invalid(workflow, 'ca-file', `${JSON.stringify(caInput)} does not exist`);
  }

  const policy = getInput(env, 'policy');
  // A preset name is no path; anything else is a file relative to the workspace (as src/policy resolves it).
  if (policy !== '' && !PRESETS[policy]) fileInput(workflow, workspace, 'policy', policy, allowOutside);
  if (policy !== '' && !allowOutside) await confinePolicyChain(workspace, policy);
  const reportFile = getInput(env, 'report-file') || ACTION_INPUT_DEFAULTS['report-file'];
  const sarifFile = getInput(env, 'sarif-file');

  return {
    ...runSettings({
      targets,
      policy: policy === '' ? undefined : policy,
      policyBaseDir: workspace,
      failOn,
      caFile,
      timeoutMs,
      targetDeadlineMs,
      expiryDays,
      concurrency,
      perTargetConcurrency,
      perAddressConcurrency,
      aia,
      addresses,
      checks,
      shard
    }),
    comment,
    issue,
    githubToken: getInput(env, 'github-token'),
    reportFile: inWorkspace(workspace, reportFile),
    sarifFile: sarifFile === '' ? null : inWorkspace(workspace, sarifFile),
    workflowFile,
    workspace,
    merge
  };
}

/** The `checks` input: a comma list of check names, all or none; an unknown name points at the input's line. */
function checksInput(workflow: WorkflowFile, value: string): VulnerabilityName[] {
  try {
    return parseCheckList(value, 'input checks');
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    throw new ConfigurationError(error.message, inputPosition(workflow, 'checks') ?? {});
  }
}

function shardInput(workflow: WorkflowFile, value: string): ShardSpec | undefined {
  if (value === '') return undefined;
  try {
    return parseShardSpec(value, 'input shard');
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    throw new ConfigurationError(error.message, inputPosition(workflow, 'shard') ?? {});
  }
}

/** The files the `merge` input's patterns (one per line, or comma separated) name; one naming none is a mistake. */
async function reportsToMerge(
  workflow: WorkflowFile,
  workspace: string,
  value: string,
  allowOutside: boolean
): Promise<ReportToMerge[] | null> {
  const patterns = splitHosts(value);
  if (patterns.length === 0) return null;
  const files: ReportToMerge[] = [];
  for (const pattern of patterns) {
    const absolute = fileInput(workflow, workspace, 'merge', pattern, allowOutside);
    const matched = await filesMatching(workspace, relative(workspace, absolute).split('\\').join('/'));
    if (matched.length === 0) {
      throw invalid(
        workflow,
        'merge',
        `${JSON.stringify(pattern)} matches no file; expected the shards' JSON reports`
      );
    }
    for (const path of matched) {
      if (!files.some((file) => file.path === path))
        files.push({ path, shown: displayPath(workspace, path) });
    }
  }
  return files;
}
