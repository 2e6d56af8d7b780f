// vuln.<check> from the target's vulnerability results (src/scan/vulnerabilities): one finding per vulnerable
// check, with its evidence and fix; `unknown` results become vuln.unknown notices (an inconclusive check says
// so, but fails no gate). A derived check whose defect another rule of this policy already reports (an RC4 suite
// the policy denies: cipher.not-allowed) adds no second finding for the same defect. robot and hsts are judged
// by their own module.
import type {
  Finding,
  ProtocolName,
  TargetReport,
  VulnerabilityName,
  VulnerabilityResult
} from '../../model/report.js';
import { suiteRejection, vulnerabilityFix } from '../../remediation/index.js';
import type { PolicyRules } from '../model.js';
import { RULES } from '../rules.js';
import { finding } from './finding.js';

const JUDGED_ELSEWHERE: readonly VulnerabilityName[] = ['robot', 'hsts'];

const notAllowed = (rules: PolicyRules, p: ProtocolName): boolean =>
  rules.protocols.allowed !== null && !rules.protocols.allowed.includes(p);

function suitesDenied(result: VulnerabilityResult, rules: PolicyRules): boolean {
  const suites = result.details?.['suites'];
  return (
    Array.isArray(suites) &&
    suites.length > 0 &&
    suites.every((suite) => typeof suite === 'string' && suiteRejection(suite, rules) !== null)
  );
}

/** Whether another rule of the policy already reports this defect (so no second finding names it). */
function reportedElsewhere(
  name: VulnerabilityName,
  result: VulnerabilityResult,
  t: TargetReport,
  rules: PolicyRules
): boolean {
  switch (name) {
    case 'sweet32':
    case 'freak':
    case 'rc4':
      return suitesDenied(result, rules);
    case 'logjam': {
      if (result.details?.['suites']) return suitesDenied(result, rules);
      const min = rules.keyExchange.minDhBits;
      return min !== null && t.keyExchange.dhBits !== null && t.keyExchange.dhBits < min;
    }
    case 'drown':
      return notAllowed(rules, 'SSLv2');
    case 'poodle':
      return notAllowed(rules, 'SSLv3') || suitesDenied(result, rules);
    case 'beast': {
      const spoken = (['SSLv3', 'TLSv1.0'] as const).filter((p) => t.protocols[p]);
      return spoken.length > 0 && spoken.every((p) => notAllowed(rules, p));
    }
    default:
      return false;
  }
}

function vulnerableFinding(t: TargetReport, name: VulnerabilityName, result: VulnerabilityResult): Finding {
  const rule = `vuln.${name}`;
  const info = RULES[rule]!;
  return finding({
    rule,
    severity: info.severity,
    message: `${t.name} is vulnerable: ${info.title}. ${result.evidence}.`,
    evidence: { check: name, status: result.status, evidence: result.evidence, ...(result.details ?? {}) },
    fix: vulnerabilityFix(name)
  });
}

function unknownFinding(t: TargetReport, name: VulnerabilityName, result: VulnerabilityResult): Finding {
  return finding({
    rule: 'vuln.unknown',
    severity: 'notice',
    message: `${t.name}: the ${name} check could not conclude (${result.reason ?? 'no reason given'}).`,
    evidence: { check: name, status: result.status, evidence: result.evidence, reason: result.reason }
  });
}

export function checkVulnerabilities(t: TargetReport, rules: PolicyRules): Finding[] {
  const out: Finding[] = [];
  for (const [name, result] of Object.entries(t.vulnerabilities ?? {}) as [
    VulnerabilityName,
    VulnerabilityResult
  ][]) {
    if (JUDGED_ELSEWHERE.includes(name)) continue;
    if (result.status === 'vulnerable' && !reportedElsewhere(name, result, t, rules))
      out.push(vulnerableFinding(t, name, result));
    if (result.status === 'unknown') out.push(unknownFinding(t, name, result));
  }
  return out;
}
