// vuln.robot: the scan found a Bleichenbacher oracle (its reactions to ClientKeyExchanges differ by PKCS#1 padding
// validity, the same way in every round): an error. Reactions that allowed no conclusion are a notice saying why.
import type { Finding, TargetReport } from '../../model/report.js';
import { robotFix } from '../../remediation/index.js';
import { finding } from './finding.js';

export function checkRobot(t: TargetReport): Finding[] {
  const robot = t.vulnerabilities?.robot;
  if (robot?.status === 'vulnerable') {
    const version = typeof robot.details?.version === 'string' ? ` over ${robot.details.version}` : '';
    return [
      finding({
        rule: 'vuln.robot',
        severity: 'error',
        message: `${t.name} is a Bleichenbacher oracle (ROBOT): it reacts to RSA ClientKeyExchanges differently by padding validity${version}, which lets an attacker decrypt recorded sessions and sign with its key.`,
        evidence: { robot: robot.evidence, differFromValid: robot.details?.differFromValid ?? [] },
        fix: robotFix(t)
      })
    ];
  }
  if (robot?.status === 'unknown') {
    return [
      finding({
        rule: 'vuln.robot',
        severity: 'notice',
        message: `${t.name}: the ROBOT check could not conclude (${robot.reason ?? 'no reason given'}).`,
        evidence: { robot: robot.evidence }
      })
    ];
  }
  return [];
}
