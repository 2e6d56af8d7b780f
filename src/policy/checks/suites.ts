// cipher.not-allowed (one finding per version with rejected suites) and cipher.missing (required suites).
import type { Finding, ProtocolName, TargetReport } from '../../model/report.js';
import { PROTOCOL_NAMES } from '../../model/report.js';
import { cipherFix, reproduceSuite, suiteRejection } from '../../remediation/index.js';
import type { PolicyRules } from '../model.js';
import { acceptedProtocols } from './accepted.js';
import { clientsLeftOut, compatibilitySeverity, leftOutSentence } from './compatibility.js';
import { finding, list } from './finding.js';

function notAllowed(t: TargetReport, rules: PolicyRules, p: ProtocolName): Finding | null {
  const rejected = (t.cipherSuites[p] ?? [])
    .map((suite) => ({ suite, reason: suiteRejection(suite, rules) }))
    .filter((r): r is { suite: string; reason: string } => r.reason !== null);
  if (rejected.length === 0) return null;
  const names = rejected.map((r) => r.suite);
  return finding({
    rule: 'cipher.not-allowed',
    severity: 'error',
    message: `${t.name} accepts ${names.length === 1 ? 'a cipher suite' : `${names.length} cipher suites`} over ${p} that the policy does not allow: ${list(names)}.`,
    evidence: {
      protocol: p,
      suites: names,
      reasons: Object.fromEntries(rejected.map((r) => [r.suite, r.reason]))
    },
    fix: cipherFix(rules),
    reproduce: reproduceSuite(t, p, names[0]!)
  });
}

function missing(t: TargetReport, rules: PolicyRules): Finding | null {
  const accepted = new Set(PROTOCOL_NAMES.flatMap((p) => t.cipherSuites[p] ?? []));
  const absent = rules.cipherSuites.required.filter((s) => !accepted.has(s));
  if (absent.length === 0) return null;
  const p: ProtocolName = absent.some((s) => s.startsWith('TLS_AES_') || s.startsWith('TLS_CHACHA20_'))
    ? 'TLSv1.3'
    : 'TLSv1.2';
  const severity = compatibilitySeverity(rules, 'cipherSuites.required');
  const clients = severity === 'error' || !t.clients?.length ? [] : clientsLeftOut(t);
  return finding({
    rule: 'cipher.missing',
    severity,
    message:
      severity === 'error'
        ? `${t.name} does not accept ${list(absent)}, which the policy requires.`
        : `${t.name} does not accept ${list(absent)}, which the policy's preset expects for compatibility.${leftOutSentence(t, clients)}`,
    evidence: { suites: absent, requiredBy: severity === 'error' ? 'policy' : 'preset' },
    fix: cipherFix(rules),
    reproduce: reproduceSuite(t, p, absent[0]!)
  });
}

export function checkSuites(t: TargetReport, rules: PolicyRules): Finding[] {
  const found = acceptedProtocols(t).map((p) => notAllowed(t, rules, p));
  return [...found, missing(t, rules)].filter((f): f is Finding => f !== null);
}
