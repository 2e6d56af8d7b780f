// The findings of issue 6 that src/policy does not compute itself, in one call for the pipeline: the policy's
// clients rules (needs target.clients from simulateTargetClients) and the target's certificate expectation
// (pinning) with the system-anchor note. Put them on the target's findings before src/policy's evaluate(),
// which keeps them and applies severity overrides and waivers. Resumption findings are not here: evaluate()
// already calls evaluateResumption on target.resumption.
import { evaluateClients } from '../clients/evaluate.js';
import type { PolicyRules } from '../policy/index.js';
import type { Finding, Target, TargetReport } from '../model/report.js';
import { evaluateExpectation } from './interception.js';

export function diagnosticFindings(
  report: TargetReport,
  target: Pick<Target, 'expect'>,
  rules: PolicyRules
): Finding[] {
  if (report.status !== 'ok') return [];
  return [...evaluateClients(report, rules.clients), ...evaluateExpectation(report, target.expect)];
}
