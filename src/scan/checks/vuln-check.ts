// What every vulnerability check shares: it runs when the run selected it and the target speaks TLS, reads the
// version facts, and writes its one result into report.vulnerabilities (ordered by the engine at the end).
// A target whose every hello was refused gets `not-applicable`: there is no handshake to act on.
import type { VulnerabilityName, VulnerabilityResult } from '../../model/report.js';
import type { ScanContext } from '../context.js';
import type { VersionResult } from '../suites.js';
import { legacyTarget, type LegacyTarget, type LegacyVersion } from '../vulnerabilities/legacy-target.js';
import { notApplicable, record, selected } from '../vulnerabilities/result.js';
import type { CheckRun, ScanCheck } from './check.js';
import { versionFact, type FactName } from './facts.js';

const LEGACY: readonly LegacyVersion[] = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2'];

export interface VulnerabilityInput {
  ctx: ScanContext;
  run: CheckRun;
  versions: ReadonlyMap<LegacyVersion, VersionResult | undefined>;
  tls13: boolean;
  /** The highest version below TLS 1.3 and its accepted suites (SSLv3 included when `withSslv3`). */
  legacy: LegacyTarget | null;
}

export interface VulnerabilityCheckSpec {
  name: VulnerabilityName;
  /** Most connections the check makes. */
  budget: number;
  /** Whether SSLv3 counts as a version the check can probe. */
  withSslv3: boolean;
  /** Facts beyond the versions and the handshake verdict. */
  needs?: readonly FactName[];
  /** Starts once every other check of the target has ended (ScanCheck.runsLast). */
  runsLast?: boolean;
  /** When no version below TLS 1.3 was accepted: why the check has nothing to act on (absent: it runs anyway). */
  withoutLegacy?: string;
  check(input: VulnerabilityInput): Promise<VulnerabilityResult>;
}

export function vulnerabilityCheck(spec: VulnerabilityCheckSpec): ScanCheck {
  return {
    name: `vulnerability ${spec.name}`,
    needs: ['handshake', ...LEGACY.map(versionFact), ...(spec.needs ?? [])],
    produces: [],
    handshakeBudget: () => spec.budget,
    ...(spec.runsLast ? { runsLast: true } : {}),
    applies: async ({ options, facts }) =>
      selected(options, spec.name) && (await facts.get('handshake')) !== undefined,
    async run(run) {
      const handshake = await run.facts.get('handshake');
      if (!handshake?.ok) {
        record(run.report, spec.name, notApplicable('no handshake with the server could be completed'));
        return {};
      }
      const versions = new Map<LegacyVersion, VersionResult | undefined>();
      for (const version of LEGACY) versions.set(version, await run.facts.get(versionFact(version)));
      const legacy = legacyTarget(versions, { withSslv3: spec.withSslv3 });
      const result =
        !legacy && spec.withoutLegacy
          ? notApplicable(spec.withoutLegacy)
          : await spec.check({ ctx: run.ctx, run, versions, tls13: handshake.tls13, legacy });
      record(run.report, spec.name, result);
      return {};
    }
  };
}
