// One run of tls-gate, the same for the CLI and the action: load the trust store and the policies (so a bad CA
// file or policy is a usage error before any traffic), scan the targets (facts: the report, resumption and the
// simulated clients' outcomes, all within each target's one deadline), evaluate them (the only producer of
// findings), and assemble the Report. Data flows one way: nothing here writes into a scanned report.
import { dirname, resolve } from 'node:path';
import { loadTrustStore } from './certs/index.js';
import { SIMULATED_CLIENTS } from './clients/index.js';
import { ConfigurationError } from './errors.js';
import {
  evaluate,
  evaluateTarget,
  loadPolicy,
  resolveInlinePolicy,
  type ResolvedPolicy,
  type TargetFacts,
  withExpiryDays
} from './policy/index.js';
import {
  SCHEMA_VERSION,
  type Report,
  type ShardInfo,
  type Target,
  type TargetReport
} from './model/report.js';
import type { RunSettings } from './settings/index.js';
import { scanTargetsFacts, type AddressResolver } from './scan/index.js';
import { policyLocationOf, targetsOfShard, type ShardSpec } from './targets/index.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

/**
 * The pipeline takes the one settings type of a run, complete: the entry points fill it from the table of
 * defaults (src/settings), so no default is decided here.
 */
export type PipelineSettings = RunSettings;

export interface PipelineHooks {
  /** Called as each target's scan ends, with the target judged by its policy (findings and verdict as reported). */
  onTargetDone?: (target: TargetReport) => void;
  /** Resolves the targets' names (absent: the system's resolver); tests give one that asks their DNS server. */
  resolver?: AddressResolver;
  /** Called as a check starts on a target: what each target in flight is doing, for live progress. */
  onProgress?: (targetName: string, checkName: string) => void;
}

export async function runPipeline(settings: PipelineSettings, hooks: PipelineHooks = {}): Promise<Report> {
  const startedAt = new Date();
  const now = settings.now ?? startedAt;
  if (settings.targets.length === 0) throw new ConfigurationError('no targets to scan');
  rejectDuplicateNames(settings.targets);
  // A shard may hold no target at all (3 targets over 4 shards): its report is then empty, and passes.
  const targets = settings.shard ? targetsOfShard(settings.targets, settings.shard) : settings.targets;

  // Independent, and the trust store takes a moment (hundreds of roots): load them side by side.
  const [trust, loadedPolicy, loadedTargetPolicies] = await Promise.all([
    loadTrustStore(settings.caFile ? { caFile: settings.caFile } : {}),
    loadPolicy(settings.policy, { baseDir: settings.policyBaseDir }),
    loadTargetPolicies(targets, settings.policyBaseDir)
  ]);
  // warn-days / fail-days hold for every target, whichever policy it has.
  const policy = withExpiryDays(loadedPolicy, settings.expiryDays);
  const targetPolicies = new Map(
    [...loadedTargetPolicies].map(([name, rules]) => [name, withExpiryDays(rules, settings.expiryDays)])
  );

  // Client simulation when asked for, or for a target whose policy names clients that must (not) connect.
  const simulatesClients = (target: Target): boolean => {
    const rules = (targetPolicies.get(target.name) ?? policy).rules;
    return settings.clients || rules.clients.mustConnect.length + rules.clients.mustNotConnect.length > 0;
  };
  const scanned = await scanTargetsFacts(targets, {
    timeoutMs: settings.timeoutMs,
    targetDeadlineMs: settings.targetDeadlineMs,
    concurrency: settings.concurrency,
    perTargetConcurrency: settings.perTargetConcurrency,
    perAddressConcurrency: settings.perAddressConcurrency,
    trust,
    now,
    resumption: settings.resumption,
    aia: settings.aia,
    addresses: settings.addresses,
    resolver: hooks.resolver,
    vulnerabilityChecks: new Set(settings.checks),
    clientsFor: (target) => (simulatesClients(target) ? SIMULATED_CLIENTS : []),
    hstsMinMaxAgeFor: (target) => (targetPolicies.get(target.name) ?? policy).rules.http.hstsMinMaxAge,
    onProgress: hooks.onProgress,
    // Progress names the target's verdict as it finishes: the same pure judgement the report gets below.
    onTargetDone: hooks.onTargetDone
      ? (report, { clients }) => {
          const expect = targets.find((target) => target.name === report.name)?.expect;
          const judged = evaluateTarget(
            { report: structuredClone(report), clients, expect },
            targetPolicies.get(report.name) ?? policy,
            { now, failOn: settings.failOn }
          );
          hooks.onTargetDone?.(judged);
        }
      : undefined
  });
  // Complete once the scan has ended, and frozen: evaluate() reads the facts and writes nothing into them.
  const facts: TargetFacts[] = scanned.map((target, index) =>
    Object.freeze({
      report: Object.freeze(target.report),
      clients: target.clients,
      expect: targets[index]!.expect
    })
  );

  const evaluation = evaluate(facts, policy, { now, failOn: settings.failOn, targetPolicies });
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    policy: { name: policy.name, source: policy.source },
    ...(settings.shard ? { shard: shardInfo(settings.shard, settings.targets) } : {}),
    verdict: evaluation.verdict,
    summary: evaluation.summary,
    targets: evaluation.targets
  };
}

/** What a shard's report says of the whole run: which shard it is, and every target the run has. */
function shardInfo(shard: ShardSpec, allTargets: readonly Target[]): ShardInfo {
  return { index: shard.index, count: shard.count, targets: allTargets.map((target) => target.name) };
}

/** Per-target `policy:` entries, resolved relative to the targets file that holds them. */
async function loadTargetPolicies(targets: Target[], baseDir: string): Promise<Map<string, ResolvedPolicy>> {
  const policies = new Map<string, ResolvedPolicy>();
  for (const target of targets) {
    if (target.policy === undefined) continue;
    const where = target.policySource ?? target.source;
    const file = where?.file ?? 'targets';
    const fileDir = where && where.file !== '<stdin>' ? dirname(resolve(baseDir, where.file)) : baseDir;
    const located = policyLocationOf(target);
    policies.set(
      target.name,
      await resolveInlinePolicy(target.policy, { file, baseDir: fileDir, line: where?.line, ...located })
    );
  }
  return policies;
}

/** Names key per-target policies and every output: two targets with one name would be confused. */
function rejectDuplicateNames(targets: Target[]): void {
  const seen = new Map<string, Target>();
  for (const target of targets) {
    const first = seen.get(target.name);
    if (first) {
      const where = (t: Target) => (t.source ? `${t.source.file}:${t.source.line}` : 'the command line');
      throw new ConfigurationError(
        `the target ${JSON.stringify(target.name)} is named twice (${where(first)} and ${where(target)}); ` +
          'give one a distinct name',
        target.source ? { file: target.source.file, line: target.source.line } : {}
      );
    }
    seen.set(target.name, target);
  }
}
