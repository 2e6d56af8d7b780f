// The order checks start in: every check after the producers of what it needs, otherwise in the order given
// (which decides whose probes queue first on the per-target limiter). A graph that cannot run is a bug of
// ours, refused before any connection is made.
import type { ScanCheck } from './check.js';
import type { FactName } from './facts.js';

export class CheckGraphError extends Error {
  override readonly name = 'CheckGraphError';
}

function producers(checks: readonly ScanCheck[]): Map<FactName, ScanCheck> {
  const byFact = new Map<FactName, ScanCheck>();
  for (const check of checks) {
    for (const fact of check.produces) {
      const other = byFact.get(fact);
      if (other)
        throw new CheckGraphError(`the fact ${fact} is produced by both ${other.name} and ${check.name}`);
      byFact.set(fact, check);
    }
  }
  return byFact;
}

/**
 * Checks in dependency order (stable); throws CheckGraphError on a missing producer, two producers, a cycle, or a
 * check that needs the fact of one that runs last.
 */
export function orderChecks(checks: readonly ScanCheck[]): ScanCheck[] {
  const names = new Set<string>();
  for (const check of checks) {
    if (names.has(check.name)) throw new CheckGraphError(`two checks are named ${check.name}`);
    names.add(check.name);
  }
  const byFact = producers(checks);
  for (const check of checks) {
    for (const fact of check.needs) {
      if (!byFact.has(fact))
        throw new CheckGraphError(`the check ${check.name} needs ${fact}, which no check produces`);
    }
  }
  for (const check of checks) {
    if (check.runsLast) continue;
    const late = check.needs.map((fact) => byFact.get(fact)!).find((producer) => producer.runsLast);
    if (late)
      throw new CheckGraphError(
        `the check ${check.name} needs a fact of ${late.name}, which runs only after every other check`
      );
  }
  const ordered: ScanCheck[] = [];
  const placed = new Set<ScanCheck>();
  while (ordered.length < checks.length) {
    const ready = checks.find(
      (check) => !placed.has(check) && check.needs.every((fact) => placed.has(byFact.get(fact)!))
    );
    if (!ready) {
      const stuck = checks.filter((check) => !placed.has(check)).map((check) => check.name);
      throw new CheckGraphError(`the checks ${stuck.join(', ')} need each other's facts (a cycle)`);
    }
    ordered.push(ready);
    placed.add(ready);
  }
  return ordered;
}
