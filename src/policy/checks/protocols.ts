// protocol.not-allowed and protocol.missing: the versions the target accepts against the policy's lists.
import type { Finding, TargetReport } from '../../model/report.js';
import { PROTOCOL_NAMES } from '../../model/report.js';
import { protocolFix, reproduceProtocol } from '../../remediation/index.js';
import type { PolicyRules } from '../model.js';
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
  for (const p of required) {
    if (!t.protocols[p]) {
      out.push(
        finding({
          rule: 'protocol.missing',
          severity: 'error',
          message: `${t.name} does not accept ${p}, which the policy requires.`,
          evidence: { protocol: p, accepted: PROTOCOL_NAMES.filter((v) => t.protocols[v]) },
          fix: protocolFix(rules),
          reproduce: reproduceProtocol(t, p)
        })
      );
    }
  }
  return out;
}
