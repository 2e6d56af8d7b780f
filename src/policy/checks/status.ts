// A target that could not be scanned: one finding saying why, and nothing else is checked.
import type { Finding, TargetReport } from '../../model/report.js';
import { reproduceReachability, targetFix } from '../../remediation/index.js';
import type { PolicyRules } from '../model.js';
import { finding, targetSeverity } from './finding.js';

const RULE = {
  unreachable: 'target.unreachable',
  'not-tls': 'target.not-tls',
  error: 'target.error'
} as const;

export function checkStatus(t: TargetReport, rules: PolicyRules): Finding[] | null {
  if (t.status === 'ok') return null;
  const rule = RULE[t.status];
  const setting =
    t.status === 'unreachable'
      ? rules.targets.unreachable
      : t.status === 'not-tls'
        ? rules.targets.notTls
        : rules.targets.error;
  const why = t.error?.message ?? 'no reason given';
  const message =
    t.status === 'unreachable'
      ? `${t.name} could not be reached: ${why}`
      : t.status === 'not-tls'
        ? `${t.name} does not speak TLS: ${why}`
        : `${t.name} could not be scanned: ${why}`;
  return [
    finding({
      rule,
      severity: targetSeverity(setting),
      message,
      evidence: { status: t.status, code: t.error?.code ?? null, error: t.error?.message ?? null },
      fix: targetFix(rule),
      reproduce: reproduceReachability(t)
    })
  ];
}
