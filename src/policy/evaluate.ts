// Evaluation is a pure function: scan results + policy + an injected clock -> findings and verdicts.
// No I/O and no Date.now(): the same inputs always give the same findings.
import type { Finding, ReportSummary, Severity, TargetReport, Verdict } from '../model/report.js';
import { failsAt, type FailOn } from '../model/fail-on.js';
import type { PolicyRules, ResolvedPolicy } from './model.js';
import {
  checkCertificate,
  checkKeyExchange,
  checkOrder,
  checkProtocols,
  checkStatus,
  checkSuites
} from './checks/index.js';
import { evaluateResumption } from '../scan/resumption.js';
import { RULES } from './rules.js';
import { applyWaivers } from './waivers.js';

export interface EvaluateOptions {
  now: Date;
  failOn: FailOn;
  /** Per-target policies (targets-file `policy:` entries), keyed by target name. */
  targetPolicies?: Map<string, ResolvedPolicy>;
}

export interface Evaluation {
  targets: TargetReport[];
  verdict: Verdict;
  summary: ReportSummary;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

// ---- putting it together ----

/** The policy's findings for one target, before severity overrides and waivers. */
export function checkTarget(t: TargetReport, rules: PolicyRules, now: Date): Finding[] {
  const status = checkStatus(t, rules);
  if (status) return status;
  return [
    ...checkProtocols(t, rules),
    ...checkSuites(t, rules),
    ...checkOrder(t, rules),
    ...checkKeyExchange(t, rules),
    ...checkCertificate(t, rules, now.getTime()),
    ...evaluateResumption(t, rules.resumption)
  ];
}

function applySeverityOverrides(findings: Finding[], rules: PolicyRules): Finding[] {
  return findings.map((f) => (rules.severity[f.rule] ? { ...f, severity: rules.severity[f.rule]! } : f));
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.rule.localeCompare(b.rule)
  );
}

/** Findings from other evaluators (client simulation, resumption) already on the target are kept. */
const isOwnRule = (rule: string): boolean =>
  Object.prototype.hasOwnProperty.call(RULES, rule) && !RULES[rule]!.evaluatedBy;

export function evaluateTarget(
  t: TargetReport,
  policy: ResolvedPolicy,
  options: { now: Date; failOn: FailOn }
): TargetReport {
  const foreign = (t.findings ?? []).filter((f) => !isOwnRule(f.rule));
  const all = applySeverityOverrides(
    [...checkTarget(t, policy.rules, options.now), ...foreign],
    policy.rules
  );
  const findings = sortFindings(applyWaivers(all, policy.rules.waivers, t, options.now));
  const verdict: Verdict = findings.some((f) => failsAt(f.severity, options.failOn)) ? 'fail' : 'pass';
  return { ...t, findings, verdict };
}

export function summarize(targets: TargetReport[]): ReportSummary {
  const all = targets.flatMap((t) => t.findings);
  return {
    targets: targets.length,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    notices: all.filter((f) => f.severity === 'notice').length
  };
}

/** Pure: findings and verdicts for every target under its policy, and the overall verdict. */
export function evaluate(
  targets: TargetReport[],
  policy: ResolvedPolicy,
  options: EvaluateOptions
): Evaluation {
  const evaluated = targets.map((t) =>
    evaluateTarget(t, options.targetPolicies?.get(t.name) ?? policy, {
      now: options.now,
      failOn: options.failOn
    })
  );
  return {
    targets: evaluated,
    verdict: evaluated.some((t) => t.verdict === 'fail') ? 'fail' : 'pass',
    summary: summarize(evaluated)
  };
}
