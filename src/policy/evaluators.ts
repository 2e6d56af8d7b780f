// The evaluators evaluate() runs on a target besides the policy's rules on the report: resumption, the
// simulated clients and the target's expectation. Each is a pure function of the target's facts and rules.
import { evaluateClients, judgeClients } from '../clients/index.js';
import type { PolicyRules } from '../model/policy.js';
import type { Finding, TargetReport } from '../model/report.js';
import { evaluateExpectation } from './expectation.js';
import { evaluateResumption } from './resumption.js';
import type { TargetFacts } from './target-facts.js';

export type Evaluator = (target: TargetReport, facts: TargetFacts, rules: PolicyRules) => Finding[];

/**
 * The report with its `clients` judged from the recorded outcomes, under the target's rules (so each client's
 * fix stays within the policy). A report whose `clients` were judged already is taken as it is.
 */
export function judgedReport(facts: TargetFacts, rules: PolicyRules): TargetReport {
  if (!facts.clients) return facts.report;
  return { ...facts.report, clients: judgeClients(facts.report, facts.clients, rules) };
}

/** Facts measured on a TLS server only mean something when its scan ended well. */
const scanned = (target: TargetReport): boolean => target.status === 'ok';

/** Judged once per target, on a pool's whole report too: resumption across the nodes, the simulated clients. */
export const TARGET_EVALUATORS: readonly Evaluator[] = [
  (target, _facts, rules) => (scanned(target) ? evaluateResumption(target, rules.resumption) : []),
  (target, _facts, rules) => (scanned(target) && target.clients ? evaluateClients(target, rules.clients) : [])
];

/** Judged on each node of a pool, as the policy's rules are. */
export const NODE_EVALUATORS: readonly Evaluator[] = [
  // The expectation is judged whatever the status: an unreadable certificate does not meet it either.
  (target, facts) => (facts.expect ? evaluateExpectation(target, facts.expect) : [])
];

export const EVALUATORS: readonly Evaluator[] = [...TARGET_EVALUATORS, ...NODE_EVALUATORS];
