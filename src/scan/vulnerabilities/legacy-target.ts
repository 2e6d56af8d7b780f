// The version and suites the vulnerability probes speak to a server: the highest version below TLS 1.3 it
// accepted, offering exactly the suites it accepted there, so a refusal of the probe is about what the probe
// adds (a heartbeat, DEFLATE, an early ChangeCipherSpec), never about our offer.
import type { VersionResult } from '../suites.js';
import type { TlsVersion } from '../suites.js';
import type { ProbeAccepted } from '../probe-types.js';

export type LegacyVersion = Exclude<TlsVersion, 'TLSv1.3'>;

export interface LegacyTarget {
  version: LegacyVersion;
  suites: number[];
}

const NEWEST_FIRST: readonly LegacyVersion[] = ['TLSv1.2', 'TLSv1.1', 'TLSv1.0', 'SSLv3'];

/** The highest version below TLS 1.3 the server accepted (`withSslv3`: SSLv3 counts), or null. */
export function legacyTarget(
  results: ReadonlyMap<LegacyVersion, VersionResult | undefined>,
  { withSslv3 }: { withSslv3: boolean }
): LegacyTarget | null {
  for (const version of NEWEST_FIRST) {
    if (version === 'SSLv3' && !withSslv3) continue;
    const result = results.get(version);
    if (result?.supported && result.suites.length > 0) return { version, suites: result.suites };
  }
  return null;
}

/** Every accepted TLS 1.0-1.2 outcome (the ServerHellos whose extensions answer our enumeration hello). */
export function tlsOutcomes(results: ReadonlyMap<LegacyVersion, VersionResult | undefined>): ProbeAccepted[] {
  return (['TLSv1.0', 'TLSv1.1', 'TLSv1.2'] as const).flatMap((version) =>
    (results.get(version)?.outcomes ?? []).filter((outcome) => outcome.version === version)
  );
}
