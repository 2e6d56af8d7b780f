// cipher.order: whose cipher-suite order decides (server-preference: required | forbidden).
import type { Finding, TargetReport } from '../../model/report.js';
import { orderFix, reproduceOrder } from '../../remediation/index.js';
import type { PolicyRules } from '../model.js';
import { acceptedProtocols } from './accepted.js';
import { finding, list } from './finding.js';

export function checkOrder(t: TargetReport, rules: PolicyRules): Finding[] {
  if (rules.serverPreference === 'any') return [];
  const wanted = rules.serverPreference === 'required';
  // Order is only observable with more than one suite, and only where the scan could tell.
  const offending = acceptedProtocols(t).filter((p) => {
    const enforced = t.serverPreference[p];
    return (t.cipherSuites[p]?.length ?? 0) > 1 && enforced !== undefined && enforced !== wanted;
  });
  if (offending.length === 0) return [];
  const first = offending[0]!;
  return [
    finding({
      rule: 'cipher.order',
      severity: 'warning',
      message: wanted
        ? `${t.name} lets the client choose the cipher suite over ${list(offending)}; the policy requires the server's order.`
        : `${t.name} imposes its own cipher-suite order over ${list(offending)}; the policy requires the client's order.`,
      evidence: { protocols: offending, serverPreference: rules.serverPreference },
      fix: orderFix(rules),
      reproduce: reproduceOrder(t, first, t.cipherSuites[first] ?? [])
    })
  ];
}
