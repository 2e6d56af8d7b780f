// The harm order: which of two findings does more harm, so every output names the same "worst finding" and lists
// findings in the same order. Severity comes first (it is what the gate counts); within a severity, the rule's
// place in HARM_TIERS below decides, then, for protocol versions, the older one. docs/outputs.md quotes this
// table; a test keeps the two in step.
import { PROTOCOL_NAMES, type Finding, type ProtocolName } from '../model/report.js';
import { severityRank } from './severity.js';

export interface HarmTier {
  /** Why findings of this tier hurt, in the words of the docs. */
  harm: string;
  /** Rule ids worst first; an entry ending in "." stands for every rule id it begins (a family). */
  rules: readonly string[];
}

export const HARM_TIERS: readonly HarmTier[] = [
  {
    harm: 'not everything could be checked: the target cannot be reached, does not speak TLS, or its scan is incomplete',
    rules: ['target.unreachable', 'target.not-tls', 'target.error', 'scan.incomplete']
  },
  {
    harm: 'clients reject the certificate, or someone else may be answering',
    rules: [
      'certificate.unexpected',
      'certificate.expired',
      'certificate.not-yet-valid',
      'certificate.untrusted',
      'certificate.self-signed',
      'certificate.hostname-mismatch',
      'certificate.malformed',
      'chain.incomplete'
    ]
  },
  {
    harm: 'an attacker can exploit what the server accepts: a known vulnerability, a weak protocol, suite or key',
    rules: [
      'vuln.',
      'protocol.not-allowed',
      'cipher.not-allowed',
      'kex.weak-dh',
      'certificate.weak-key',
      'certificate.weak-signature',
      'client.can-connect',
      'http.hsts',
      'tls.early-data'
    ]
  },
  {
    harm: 'it breaks soon, or for some clients',
    rules: [
      'certificate.expiring',
      'chain.intermediate-expiring',
      'client.cannot-connect',
      'protocol.missing',
      'cipher.missing',
      'resumption.inconsistent',
      'address.inconsistent'
    ]
  },
  {
    harm: 'hygiene: the configuration departs from the policy without an immediate risk',
    rules: [
      'kex.group-not-allowed',
      'certificate.key-type-not-allowed',
      'certificate.lifetime',
      'cipher.order',
      'ocsp.not-stapled',
      'chain.order',
      'chain.extra-certificates',
      'resumption.missing',
      'resumption.present',
      'waiver.expired',
      'certificate.system-anchor',
      'client.not-simulated'
    ]
  }
];

const RANKED_RULES: readonly string[] = HARM_TIERS.flatMap((tier) => tier.rules);

/** The rule's place in the harm order; a rule the table does not know comes after every known one. */
export function harmRank(rule: string): number {
  const exact = RANKED_RULES.indexOf(rule);
  if (exact >= 0) return exact;
  const family = RANKED_RULES.findIndex((entry) => entry.endsWith('.') && rule.startsWith(entry));
  return family >= 0 ? family : RANKED_RULES.length;
}

/** The protocol a finding names (protocol.not-allowed, protocol.missing), oldest first: SSLv2 before TLSv1.1. */
function protocolAge(finding: Finding): number {
  const protocol = finding.evidence?.protocol;
  const index = PROTOCOL_NAMES.indexOf(protocol as ProtocolName);
  return index >= 0 ? index : PROTOCOL_NAMES.length;
}

/** Negative when `a` does more harm than `b`: by severity, then the harm order, then the older protocol. */
export function compareHarm(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    harmRank(a.rule) - harmRank(b.rule) ||
    protocolAge(a) - protocolAge(b)
  );
}
