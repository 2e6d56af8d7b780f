// The one table of defaults of a run, read by the action (src/action/settings.ts, and action.yml must say the
// same: the runner passes action.yml's defaults as inputs), the CLI (src/cli/commands/scan.ts) and the demo.
// The CLI and the action share every value: a demanding user runs `tls-gate scan` on a laptop to reproduce what
// the gate said in CI, and a different timeout or concurrency could turn one verdict into another. The only
// differences are of form, not value: durations carry units in both (`10s`), and a bare number is seconds in the
// action (workflow authors think in seconds) and milliseconds on the CLI (as it always was); see duration.ts.
import type { AddressSelection, FailOn } from '../model/index.js';
import { SCAN_BUDGETS } from '../scan/budgets.js';
import { VULNERABILITY_CHECKS } from './checks.js';
import { formatDuration } from './duration.js';
import type { RunSettings } from './run-settings-type.js';

/** The run settings a user may leave out, each with the value used then. */
export type RunDefaults = Omit<RunSettings, 'targets' | 'policyBaseDir'>;

export const RUN_DEFAULTS = {
  // The default policy (policy/presets): the judgement a user gets without writing one.
  policy: undefined,
  caFile: undefined,
  // Errors fail the run, warnings are reported: a gate that fails on every warning is soon switched off.
  failOn: 'error' satisfies FailOn,
  // 10 s per connect and read. A timeout is a verdict (the target becomes unreachable), so it is generous: a slow
  // or far server must not fail a deploy; the per-target deadline bounds what a silent server can cost.
  // (The CLI used 5 s, the action 10 s.)
  timeoutMs: 10_000,
  // Targets at once. A scan is network-bound, so a runner's 2 cores keep 16 targets busy; what one server
  // sees is bounded by perTargetConcurrency, not by this. (The CLI used 16, the action 4.)
  concurrency: 16,
  // Handshakes to one target at once: servers and their firewalls rate-limit one client, and a refused
  // handshake would read as a missing protocol or suite. (The action hard-coded 4.)
  perTargetConcurrency: 6,
  // Connections to one address and port at once, whichever targets they come from: 2000 names on one load
  // balancer must not open 2000 × 6 connections to it (issue 11's overload, read as refused hellos).
  perAddressConcurrency: SCAN_BUDGETS.perAddressConcurrency,
  // A target's whole scan: a full scan of a legacy server takes a few hundred handshakes.
  targetDeadlineMs: 60_000,
  // The real time.
  now: undefined,
  // Client simulation and resumption checks cost extra handshakes: asked for, not default (client simulation
  // still runs for the clients a policy names).
  clients: false,
  resumption: false,
  // Every A and AAAA record: a gate that scans one node of four passes while another serves an expired
  // certificate. A pool's nodes are scanned side by side, so the time grows little.
  addresses: 'all' as AddressSelection,
  // An untrusted chain's cause (an intermediate not sent, or a root nobody trusts) is found by fetching what the
  // leaf's AIA URL names, as browsers do: one bounded http GET, only for chains that are not trusted. Runners
  // without a way out turn it off (the cause is then "issuer unknown").
  aia: true,
  // The policy's own expiry thresholds.
  expiryDays: undefined,
  // Every vulnerability check: together they cost at most 15 handshakes on a modern server, and a gate that
  // misses Heartbleed because nobody switched it on is no gate.
  checks: VULNERABILITY_CHECKS,
  // Every target: a run is one shard of one unless the user splits it over a matrix of runners.
  shard: undefined
} as const satisfies RunDefaults;

/**
 * Every default of action.yml, as the text the runner passes when an input is not set: the run's defaults (the
 * timeout in seconds) and the action's own (comment, issue, report files). Derived from RUN_DEFAULTS, and a test
 * holds action.yml to it, so neither can drift.
 */
export const ACTION_INPUT_DEFAULTS = {
  hosts: '',
  'targets-file': '',
  // Empty: the default policy.
  policy: '',
  'fail-on': RUN_DEFAULTS.failOn,
  'ca-file': '',
  // A pull request hears from the gate when it fails, and is not spammed when it passes.
  comment: 'on-failure',
  // An issue is a team's choice to opt in to.
  issue: 'off',
  'github-token': '${{ github.token }}',
  'report-file': 'tls-gate-report.json',
  // Empty: no SARIF file.
  'sarif-file': '',
  // Durations with their unit (a bare number is seconds in the action, milliseconds on the CLI).
  timeout: formatDuration(RUN_DEFAULTS.timeoutMs),
  deadline: formatDuration(RUN_DEFAULTS.targetDeadlineMs),
  // Empty: the policy's expiry thresholds.
  'warn-days': '',
  'fail-days': '',
  concurrency: String(RUN_DEFAULTS.concurrency),
  'per-target-concurrency': String(RUN_DEFAULTS.perTargetConcurrency),
  'per-address-concurrency': String(RUN_DEFAULTS.perAddressConcurrency),
  // targets-file, policy and ca-file must be inside the workspace: an input never reads the runner's own files.
  'allow-outside-workspace': 'false',
  aia: String(RUN_DEFAULTS.aia),
  addresses: RUN_DEFAULTS.addresses,
  // Every vulnerability check (a comma list of names selects some, none turns them off).
  checks: 'all',
  // Empty: every target (no shard).
  shard: '',
  // Empty: scan; a glob of shard reports: merge them instead of scanning.
  merge: ''
} as const;
