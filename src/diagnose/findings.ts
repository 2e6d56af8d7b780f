// The findings of issue 6 for one target, in one call for the pipeline: the policy's clients rules (needs
// target.clients from simulateTargetClients), resumption rules (needs target.resumption from checkResumption)
// and the target's certificate expectation (pinning) with the system-anchor note. Put them on the target's
// findings before src/policy's evaluate(), which keeps them and applies waivers to them.
import { evaluateClients } from '../clients/evaluate.js';
import type { PolicyRules } from '../policy/index.js';
import type { Finding, Target, TargetReport } from '../report/types.js';
import { evaluateResumption } from '../scan/resumption.js';
import { evaluateExpectation } from './interception.js';

export function diagnosticFindings(
  report: TargetReport,
  target: Pick<Target, 'expect'>,
  rules: PolicyRules
): Finding[] {
  if (report.status !== 'ok') return [];
  return [
    ...evaluateClients(report, rules.clients),
    ...evaluateResumption(report, rules.resumption),
    ...evaluateExpectation(report, target.expect)
  ];
}
