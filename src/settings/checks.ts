// The vulnerability checks a run selects: `--checks LIST` on the CLI, the `checks` input of the action. A comma
// list of check names (their public spellings), or `all` (the default) or `none`; an unknown name is a
// configuration error that names every valid one.
import { ConfigurationError } from '../errors.js';
import {
  ACTIVE_VULNERABILITY_CHECKS,
  DERIVED_VULNERABILITY_CHECKS,
  type VulnerabilityName
} from '../model/report.js';

export const VULNERABILITY_CHECKS: readonly VulnerabilityName[] = [
  ...ACTIVE_VULNERABILITY_CHECKS,
  ...DERIVED_VULNERABILITY_CHECKS
];

/** Parses a check list; `what` names where it came from ("--checks", "input checks"). */
export function parseCheckList(value: string, what: string): VulnerabilityName[] {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 1 && names[0] === 'all') return [...VULNERABILITY_CHECKS];
  if (names.length === 1 && names[0] === 'none') return [];
  if (names.length === 0) throw new ConfigurationError(`${what} needs a value: check names, all or none`);
  const unknown = names.filter((name) => !(VULNERABILITY_CHECKS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `${what}: unknown check ${unknown.map((name) => JSON.stringify(name)).join(', ')}; the checks are ${VULNERABILITY_CHECKS.join(', ')} (or all, or none)`
    );
  }
  return VULNERABILITY_CHECKS.filter((name) => names.includes(name));
}
