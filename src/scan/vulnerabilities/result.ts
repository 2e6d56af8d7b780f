// How a vulnerability check states its answer (model: VulnerabilityResult), and how the evidence names what a
// server did. Evidence may quote the server: it stays untrusted text that the outputs escape.
import type { TargetReport, VulnerabilityName, VulnerabilityResult } from '../../model/report.js';
import { ACTIVE_VULNERABILITY_CHECKS, DERIVED_VULNERABILITY_CHECKS } from '../../model/report.js';
import type { ScanOptions } from '../options.js';
import type { Reply } from './conversation.js';

export const vulnerable = (evidence: string, details?: Record<string, unknown>): VulnerabilityResult => ({
  status: 'vulnerable',
  evidence,
  reason: null,
  ...(details ? { details } : {})
});

export const ok = (evidence: string, details?: Record<string, unknown>): VulnerabilityResult => ({
  status: 'ok',
  evidence,
  reason: null,
  ...(details ? { details } : {})
});

export const notApplicable = (reason: string): VulnerabilityResult => ({
  status: 'not-applicable',
  evidence: '',
  reason
});

export const unknown = (evidence: string, reason: string): VulnerabilityResult => ({
  status: 'unknown',
  evidence,
  reason
});

/** Whether the run asked for this check (absent selection: every check). */
export function selected(options: ScanOptions, name: VulnerabilityName): boolean {
  return options.vulnerabilityChecks === undefined || options.vulnerabilityChecks.has(name);
}

/** Writes one check's result into the report. */
export function record(report: TargetReport, name: VulnerabilityName, result: VulnerabilityResult): void {
  report.vulnerabilities = { ...(report.vulnerabilities ?? {}), [name]: result };
}

const CANONICAL_ORDER: readonly VulnerabilityName[] = [
  ...ACTIVE_VULNERABILITY_CHECKS,
  ...DERIVED_VULNERABILITY_CHECKS
];

/**
 * Puts the report's vulnerabilities in the model's order, whichever check finished first, and both
 * vulnerabilities and tlsFeatures last among the target's keys (after resumption and clients), so the JSON's key
 * order never depends on timing.
 */
export function orderVulnerabilities(report: TargetReport): void {
  const { vulnerabilities: results, tlsFeatures } = report;
  delete report.vulnerabilities;
  delete report.tlsFeatures;
  if (results) {
    const ordered: Partial<Record<VulnerabilityName, VulnerabilityResult>> = {};
    for (const name of CANONICAL_ORDER) if (results[name]) ordered[name] = results[name];
    report.vulnerabilities = ordered;
  }
  if (tlsFeatures) report.tlsFeatures = tlsFeatures;
}

/** A reply in a few words, for evidence. */
export function describeReply(reply: Reply): string {
  switch (reply.kind) {
    case 'alert':
      return `alert ${reply.alert.name} (${reply.alert.level})`;
    case 'record':
      return `a record of content type ${reply.type} (${reply.fragment.length} bytes)`;
    case 'handshake':
      return `handshake message type ${reply.type}`;
    case 'closed':
      return 'the connection closed';
    case 'reset':
      return 'the connection reset';
    case 'timeout':
      return 'no answer in time';
    case 'malformed':
      return `a malformed reply (${reply.message})`;
  }
}
