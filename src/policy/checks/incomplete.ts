// A scan that could not settle some facts (transport failures retries did not cure, a budget reached, a server
// throttling the scan): one finding per cause, naming the facts. What is missing from such a scan is not proven
// absent, so the rules that fire on absence ("required ... missing") do not judge it.
import type { Finding, TargetReport } from '../../model/report.js';
import { targetFix } from '../../remediation/index.js';
import type { PolicyRules } from '../model.js';
import { finding, list, targetSeverity } from './finding.js';

export const INCOMPLETE_RULE = 'scan.incomplete';

/** Rules that judge a fact by its absence: an incomplete scan cannot prove one. */
const ABSENCE_RULES = ['protocol.missing', 'cipher.missing'];

export function checkIncomplete(t: TargetReport, rules: PolicyRules): Finding[] {
  const incomplete = t.incomplete ?? [];
  const codes = [...new Set(incomplete.map((fact) => fact.code))];
  return codes.map((code) => {
    const facts = incomplete.filter((fact) => fact.code === code);
    return finding({
      rule: INCOMPLETE_RULE,
      severity: targetSeverity(rules.targets.error),
      message: `${t.name}: the scan could not settle ${list(facts.map((fact) => fact.fact))} (${code}): ${facts[0]!.reason}`,
      evidence: { code, facts: facts.map((fact) => fact.fact), reason: facts[0]!.reason },
      fix: targetFix(INCOMPLETE_RULE)
    });
  });
}

/** Findings that would rest on a fact the scan could not settle are left out. */
export function withoutAbsenceFindings(t: TargetReport, findings: Finding[]): Finding[] {
  if ((t.incomplete ?? []).length === 0) return findings;
  return findings.filter((f) => !ABSENCE_RULES.includes(f.rule));
}
