// What a target's report says about facts the scan could not settle: the list (report.incomplete), and, for a
// target whose every hello failed while its address answered other connections, the cause named as the server
// throttling the scan instead of a configuration that "resets every ClientHello".
import type { IncompleteFact, TargetReport } from '../model/report.js';
import { where } from './where.js';

/** Errors that read as the server's configuration but are what an overloaded server does too. */
const OVERLOAD_LOOKALIKES = ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'NO_HANDSHAKE'];

export function recordIncomplete(report: TargetReport, incomplete: readonly IncompleteFact[]): void {
  if (incomplete.length === 0) return;
  report.incomplete = [...incomplete];
  const budget = incomplete.find((fact) => fact.code === 'BUDGET');
  if (budget && report.status === 'error' && !Object.values(report.protocols).some(Boolean)) {
    // No handshake counted because a budget stopped the probes: that, not the refusals around it, is the cause.
    report.error = { code: 'BUDGET', message: `${endpoint(report)}: ${budget.reason}` };
    return;
  }
  const throttled = incomplete.find((fact) => fact.code === 'THROTTLED');
  if (!throttled || report.status === 'ok' || !OVERLOAD_LOOKALIKES.includes(report.error?.code ?? '')) return;
  report.status = 'error';
  report.error = {
    code: 'THROTTLED',
    message: `${endpoint(report)} throttled the scan: it reset or refused this target's connections while answering others, so nothing about its configuration is known (was: ${report.error?.message ?? 'no reason'})`
  };
}

function endpoint(report: TargetReport): string {
  return where({ host: report.host, port: report.port }, report.address ?? report.host);
}
