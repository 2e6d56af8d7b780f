// The inline mark on each item of the text report's inventory ("offered  NOT OK protocol.not-allowed"), the way
// testssl.sh marks its lines. The judgement is the policy's: an item is marked by the findings that name it (their
// evidence: a protocol, suites, groups, a client profile) and "ok" when it is offered and none does. The renderer
// judges nothing itself; the one exception is what the standards say of old protocol versions, which is a fact.
import { compareHarm } from './harm-order.js';
import { SEVERITY_COLOUR, type Paint } from './text-paint.js';
import type { Finding, ProtocolName, TargetReport } from '../model/report.js';

/**
 * What the IETF has said of a protocol version, shown beside it whatever the policy allows (source: RFC 6176
 * prohibits SSL 2.0, RFC 7568 SSL 3.0, RFC 8996 deprecates TLS 1.0 and 1.1).
 */
export const PROTOCOL_STANDING: Partial<Record<ProtocolName, string>> = {
  SSLv2: 'prohibited (RFC 6176)',
  SSLv3: 'prohibited (RFC 7568)',
  'TLSv1.0': 'deprecated (RFC 8996)',
  'TLSv1.1': 'deprecated (RFC 8996)'
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The findings of one target, looked up by the inventory item they name. */
export class ItemFindings {
  private readonly findings: readonly Finding[];

  constructor(target: TargetReport) {
    this.findings = [...target.findings].sort(compareHarm);
  }

  private where(test: (finding: Finding) => boolean): Finding[] {
    return this.findings.filter(test);
  }

  protocol(protocol: ProtocolName): Finding[] {
    return this.where((f) => f.rule.startsWith('protocol.') && f.evidence?.protocol === protocol);
  }

  suite(protocol: ProtocolName, suite: string): Finding[] {
    return this.where(
      (f) =>
        f.rule.startsWith('cipher.') &&
        strings(f.evidence?.suites).includes(suite) &&
        (f.evidence?.protocol === undefined || f.evidence.protocol === protocol)
    );
  }

  order(protocol: ProtocolName): Finding[] {
    return this.where((f) => f.rule === 'cipher.order' && strings(f.evidence?.protocols).includes(protocol));
  }

  group(group: string): Finding[] {
    return this.where((f) => f.rule.startsWith('kex.') && strings(f.evidence?.groups).includes(group));
  }

  dh(): Finding[] {
    return this.where((f) => f.rule === 'kex.weak-dh');
  }

  certificate(): Finding[] {
    return this.where((f) => /^(certificate|chain|ocsp)\./.test(f.rule));
  }

  client(profile: string): Finding[] {
    return this.where((f) => f.rule.startsWith('client.') && f.evidence?.profile === profile);
  }

  resumption(): Finding[] {
    return this.where((f) => f.rule.startsWith('resumption.'));
  }
}

/**
 * The mark of an item the findings name: the worst one's judgement (NOT OK for an error, warning, waived or
 * notice) and the rules; "ok" when the item is offered and nothing names it, nothing when it is not offered.
 */
export function mark(findings: readonly Finding[], paint: Paint, offered = true): string {
  const worst = findings[0];
  if (!worst) return offered ? paint('ok', 'green') : '';
  const label =
    worst.severity === 'error'
      ? 'NOT OK'
      : worst.severity === 'warning'
        ? 'warning'
        : worst.waiver
          ? 'waived'
          : 'notice';
  const rules = [...new Set(findings.map((f) => f.rule))].join(', ');
  return `${paint(label, SEVERITY_COLOUR[worst.severity])} ${rules}`;
}
