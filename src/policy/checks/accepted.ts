import type { ProtocolName, TargetReport } from '../../model/report.js';
import { PROTOCOL_NAMES } from '../../model/report.js';

/** Versions the target accepts with at least one suite: the ones whose suites and order can be judged. */
export function acceptedProtocols(t: TargetReport): ProtocolName[] {
  return PROTOCOL_NAMES.filter((p) => t.protocols[p] && (t.cipherSuites[p]?.length ?? 0) > 0);
}
