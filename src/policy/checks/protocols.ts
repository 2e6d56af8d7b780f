// protocol.not-allowed (security: an error) and protocol.missing (compatibility: an error only when the user's
// policy requires the version) from the versions the target accepts against the policy's lists.
import type { Finding, ProtocolName, TargetReport } from '../../model/report.js';
import { PROTOCOL_NAMES } from '../../model/report.js';
import { protocolFix, reproduceProtocol } from '../../remediation/index.js';
import type { PolicyRules } from '../model.js';
import { acceptedVersions, clientsLeftOut, compatibilitySeverity, leftOutSentence } from './compatibility.js';
import { finding, list } from './finding.js';

export function checkProtocols(t: TargetReport, rules: PolicyRules): Finding[] {
  const out: Finding[] = [];
  const { allowed, required } = rules.protocols;
  for (const p of PROTOCOL_NAMES) {
    if (t.protocols[p] && allowed && !allowed.includes(p)) {
      out.push(
        finding({
          rule: 'protocol.not-allowed',
          severity: 'error',
          message: `${t.name} accepts ${p}, which the policy does not allow (allowed: ${list(allowed) || 'none'}).`,
          evidence: { protocol: p, allowed },
          fix: protocolFix(rules),
          reproduce: reproduceProtocol(t, p)
        })
      );
    }
  }
  for (const p of required) if (!t.protocols[p]) out.push(missing(t, rules, p));
  return out;
}

/** A required version the server does not accept: compatibility, so a warning unless the user required it. */
function missing(t: TargetReport, rules: PolicyRules, p: ProtocolName): Finding {
  const severity = compatibilitySeverity(rules, 'protocols.required');
  const clients = severity === 'error' ? [] : clientsLeftOut(t);
  const message =
    severity === 'error'
      ? `${t.name} does not accept ${p}, which the policy requires.`
      : `${t.name} does not accept ${p}, which the policy's preset expects for compatibility: the server is stricter than the policy.${leftOutSentence(t, clients)}`;
  return finding({
    rule: 'protocol.missing',
    severity,
    message,
    evidence: {
      protocol: p,
      accepted: acceptedVersions(t),
      requiredBy: severity === 'error' ? 'policy' : 'preset',
      ...(severity === 'error' ? {} : { clientsThatCannotConnect: clients })
    },
    fix: protocolFix(rules),
    reproduce: reproduceProtocol(t, p)
  });
}
