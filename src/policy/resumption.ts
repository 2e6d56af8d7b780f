// The policy's `resumption` rules against a target's resumption facts (scan/resumption.ts measures them; the
// server lines and commands come from remediation/resumption.ts).
import type { Finding, FixLines, TargetReport } from '../model/report.js';
import type { ResumptionRule } from '../model/policy.js';
import {
  SESSION_ID_SWITCH,
  SESSION_TICKET_SWITCH,
  SHARED_TICKET_KEYS_FIX,
  reproduceReconnect,
  reproduceResumptionAcross
} from '../remediation/index.js';

/** The policy's `resumption` rules; an absent rule is 'any'. */
export interface ResumptionRules {
  sessionId?: ResumptionRule;
  tickets?: ResumptionRule;
  acrossAddresses?: ResumptionRule;
}

/**
 * Findings for a target's resumption report. `resumption.inconsistent` whenever a session from one address of
 * the pool does not resume on the others (ticket keys or session caches not shared: the seed's load-balancer
 * failure), an error when the policy requires resumption across addresses and a warning otherwise.
 * `resumption.missing` / `resumption.present` when the policy requires or forbids session IDs or tickets.
 */
export function evaluateResumption(target: TargetReport, rules: ResumptionRules = {}): Finding[] {
  const report = target.resumption;
  if (!report) return [];
  const findings: Finding[] = [];
  const first = report.addresses[0] ?? target.address ?? target.host;
  const reconnect = reproduceReconnect({ ...target, address: first });
  if (report.acrossAddresses === false && rules.acrossAddresses !== 'forbidden') {
    findings.push({
      rule: 'resumption.inconsistent',
      severity: rules.acrossAddresses === 'required' ? 'error' : 'warning',
      message: `${target.name}: a session issued by ${report.addresses[0]} does not resume on every other address (${report.addresses.slice(1).join(', ')}); the addresses do not share session ticket keys or a session cache.`,
      evidence: { ...report },
      fix: SHARED_TICKET_KEYS_FIX,
      reproduce: reproduceResumptionAcross(target, first, report.addresses[1] ?? first),
      waiver: null
    });
  }
  const checks: {
    what: string;
    value: boolean | null;
    rule: ResumptionRule | undefined;
    on: FixLines;
    off: FixLines;
  }[] = [
    {
      what: 'session-ID resumption',
      value: report.sessionId,
      rule: rules.sessionId,
      ...SESSION_ID_SWITCH
    },
    {
      what: 'session-ticket resumption',
      value:
        report.ticket === null && report.tls13Psk === null
          ? null
          : report.ticket === true || report.tls13Psk === true,
      rule: rules.tickets,
      ...SESSION_TICKET_SWITCH
    }
  ];
  for (const check of checks) {
    if (check.rule === 'required' && check.value === false) {
      findings.push({
        rule: 'resumption.missing',
        severity: 'warning',
        message: `${target.name}: the policy requires ${check.what}, and the server does not resume that way.`,
        evidence: { ...report },
        fix: check.on,
        reproduce: reconnect,
        waiver: null
      });
    }
    if (check.rule === 'forbidden' && check.value === true) {
      findings.push({
        rule: 'resumption.present',
        severity: 'warning',
        message: `${target.name}: the policy forbids ${check.what}, and the server resumes that way.`,
        evidence: { ...report },
        fix: check.off,
        reproduce: reconnect,
        waiver: null
      });
    }
  }
  return findings;
}
