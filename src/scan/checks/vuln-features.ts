// TLS features recorded beside the vulnerability checks (src/scan/vulnerabilities/features.ts), read from the
// enumeration's ServerHellos (no handshakes), and 0-RTT early data from the early data check's two.
import { tlsOutcomes, type LegacyVersion } from '../vulnerabilities/legacy-target.js';
import { tlsFeatures } from '../vulnerabilities/features.js';
import type { VersionResult } from '../suites.js';
import type { ScanCheck } from './check.js';
import { versionFact } from './facts.js';

const TLS: readonly LegacyVersion[] = ['TLSv1.0', 'TLSv1.1', 'TLSv1.2'];

export const tlsFeaturesCheck: ScanCheck = {
  name: 'tls features',
  needs: ['handshake', 'earlyData', ...TLS.map(versionFact)],
  produces: [],
  handshakeBudget: () => 0,
  applies: async ({ facts }) => (await facts.get('handshake'))?.ok === true,
  async run({ report, facts }) {
    const versions = new Map<LegacyVersion, VersionResult | undefined>();
    for (const version of TLS) versions.set(version, await facts.get(versionFact(version)));
    const earlyData = await facts.get('earlyData');
    report.tlsFeatures = tlsFeatures(tlsOutcomes(versions), report.protocols['TLSv1.3'], earlyData ?? null);
    return {};
  }
};
