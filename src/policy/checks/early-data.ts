// tls.early-data: the server accepts TLS 1.3 0-RTT early data. Whoever records a client's early data can send it
// to the server again, and the server acts on it again (RFC 8446 §8, §E.5): safe only for requests that may run
// twice. A notice by default: 0-RTT is a deliberate trade of latency for replay, not a flaw, but a gate should
// show it. Judged from the scan's tlsFeatures.earlyData; null (not probed, undecided) is no finding.
import type { Finding, TargetReport } from '../../model/report.js';
import { earlyDataFix, reproduceEarlyData } from '../../remediation/index.js';
import { finding } from './finding.js';

export function checkEarlyData(t: TargetReport): Finding[] {
  if (t.tlsFeatures?.earlyData !== true) return [];
  return [
    finding({
      rule: 'tls.early-data',
      severity: 'notice',
      message:
        `${t.name} accepts TLS 1.3 0-RTT early data: anyone who records a client's early data can replay it, ` +
        'and the server acts on it again (RFC 8446 §8), so only requests that are safe to run twice may use it.',
      evidence: { earlyData: true, probe: t.tlsFeatures.earlyDataEvidence ?? null },
      fix: earlyDataFix(),
      reproduce: reproduceEarlyData(t)
    })
  ];
}
