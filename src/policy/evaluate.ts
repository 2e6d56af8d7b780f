// Evaluation is a pure function: scan results + policy + an injected clock -> findings and verdicts.
// No I/O and no Date.now(): the same inputs always give the same findings.
import type { Finding, ReportSummary, Severity, TargetReport, Verdict } from '../model/report.js';
import { failsAt, type FailOn } from '../model/fail-on.js';
import type { PolicyRules, ResolvedPolicy } from './model.js';
import {
  checkAddressConsistency,
  checkCertificate,
  checkEarlyData,
  checkHsts,
  checkIncomplete,
  checkKeyExchange,
  checkOrder,
  checkProtocols,
  checkRobot,
  checkStatus,
  checkSuites,
  checkVulnerabilities,
  withoutAbsenceFindings
} from './checks/index.js';
import { EVALUATORS, NODE_EVALUATORS, TARGET_EVALUATORS, judgedReport } from './evaluators.js';
import { isPool, nodeFindings } from './pool.js';
import { asTargetFacts, type EvaluationInput, type TargetFacts } from './target-facts.js';
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

/** The policy's rules on one scan report, before severity overrides and waivers. */
export function checkTarget(t: TargetReport, rules: PolicyRules, now: Date): Finding[] {
  const status = checkStatus(t, rules);
  if (status) return status;
  return [
    ...checkIncomplete(t, rules),
    ...withoutAbsenceFindings(t, [
      ...checkProtocols(t, rules),
      ...checkSuites(t, rules),
      ...checkOrder(t, rules),
      ...checkKeyExchange(t, rules),
      ...checkCertificate(t, rules, now.getTime())
    ]),
    ...checkRobot(t),
    ...checkHsts(t, rules),
    ...checkEarlyData(t),
    ...checkVulnerabilities(t, rules)
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

/**
 * Every finding of one target, from its facts: the policy's rules on the report, then each evaluator
 * (resumption, clients, expectation); severity overrides and waivers apply to all of them. The only place
 * findings are made: any on the input report are replaced.
 */
export function evaluateTarget(
  input: EvaluationInput,
  policy: ResolvedPolicy,
  options: { now: Date; failOn: FailOn }
): TargetReport {
  const facts = asTargetFacts(input);
  const rules = policy.rules;
  const t = judgedReport(facts, rules);
  const all = applySeverityOverrides(targetFindings(t, facts, rules, options.now), rules);
  const findings = sortFindings(applyWaivers(all, rules.waivers, t, options.now));
  const verdict: Verdict = findings.some((f) => failsAt(f.severity, options.failOn)) ? 'fail' : 'pass';
  return { ...t, findings, verdict };
}

/** The findings of one target before overrides and waivers; a pool's node by node (policy/pool.ts). */
function targetFindings(t: TargetReport, facts: TargetFacts, rules: PolicyRules, now: Date): Finding[] {
  if (!isPool(t))
    return [...checkTarget(t, rules, now), ...EVALUATORS.flatMap((evaluator) => evaluator(t, facts, rules))];
  return [
    ...nodeFindings(t, (node) => [
      ...checkTarget(node, rules, now),
      ...NODE_EVALUATORS.flatMap((evaluator) => evaluator(node, facts, rules))
    ]),
    ...checkAddressConsistency(t),
    ...TARGET_EVALUATORS.flatMap((evaluator) => evaluator(t, facts, rules))
  ];
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
  targets: readonly EvaluationInput[],
  policy: ResolvedPolicy,
  options: EvaluateOptions
): Evaluation {
  const evaluated = targets.map((input) => {
    const name = asTargetFacts(input).report.name;
    return evaluateTarget(input, options.targetPolicies?.get(name) ?? policy, {
      now: options.now,
      failOn: options.failOn
    });
  });
  return {
    targets: evaluated,
    verdict: evaluated.some((t) => t.verdict === 'fail') ? 'fail' : 'pass',
    summary: summarize(evaluated)
  };
}
