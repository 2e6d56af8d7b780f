// The vulnerability checks decided from facts the scan already has (src/scan/vulnerabilities/derived.ts): no
// handshakes. They wait for the protocol summary, which writes the protocols, suites and DH size they read.
import { derivedResult, DERIVED_CHECKS } from '../vulnerabilities/derived.js';
import { notApplicable, record, selected } from '../vulnerabilities/result.js';
import type { ScanCheck } from './check.js';

export const derivedVulnerabilitiesCheck: ScanCheck = {
  name: 'vulnerabilities (derived)',
  needs: ['handshake'],
  produces: [],
  handshakeBudget: () => 0,
  applies: async ({ options, facts }) =>
    DERIVED_CHECKS.some((name) => selected(options, name)) && (await facts.get('handshake')) !== undefined,
  async run({ options, report, facts }) {
    const handshake = await facts.get('handshake');
    for (const name of DERIVED_CHECKS.filter((check) => selected(options, check))) {
      record(
        report,
        name,
        handshake?.ok
          ? derivedResult(name, report)
          : notApplicable('no handshake with the server could be completed')
      );
    }
    return {};
  }
};
