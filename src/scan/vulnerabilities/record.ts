// Writing one check's result into the target's `vulnerabilities`, keyed in the order the model lists the checks,
// so the report's key order never depends on which check finished first.
import {
  ACTIVE_VULNERABILITY_CHECKS,
  DERIVED_VULNERABILITY_CHECKS,
  type TargetReport,
  type VulnerabilityName,
  type VulnerabilityResult
} from '../../model/report.js';

const ORDER: readonly VulnerabilityName[] = [...ACTIVE_VULNERABILITY_CHECKS, ...DERIVED_VULNERABILITY_CHECKS];

export function recordVulnerability(
  report: TargetReport,
  name: VulnerabilityName,
  result: VulnerabilityResult
): void {
  const all = { ...report.vulnerabilities, [name]: result };
  report.vulnerabilities = Object.fromEntries(
    ORDER.filter((check) => all[check] !== undefined).map((check) => [check, all[check]])
  );
}

/** Whether the run selected this check (no selection: every check). */
export function selected(
  checks: ReadonlySet<VulnerabilityName> | undefined,
  name: VulnerabilityName
): boolean {
  return checks === undefined || checks.has(name);
}
