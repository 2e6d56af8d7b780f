// 0-RTT early data (scan/vulnerabilities/early-data.ts does the work): on a target that completed a handshake and
// speaks TLS 1.3, once its suites and groups are known, when the run probes for vulnerabilities (any active check
// selected; a run that selects none, such as the configuration scan, or only the derived checks, which cost no
// handshake, makes no connection for it). Over STARTTLS its connections run
// the dialogue first, as every probe's does. Its answer is read by the TLS features check, which writes the report.
import { ACTIVE_VULNERABILITY_CHECKS } from '../../model/report.js';
import type { ScanOptions } from '../options.js';
import {
  EARLY_DATA_HANDSHAKES,
  probeEarlyData,
  tls13Offer,
  type EarlyDataAnswer
} from '../vulnerabilities/early-data.js';
import type { ScanCheck } from './check.js';

declare module './facts.js' {
  interface ScanFacts {
    earlyData: EarlyDataAnswer;
  }
}

const probesVulnerabilities = ({ vulnerabilityChecks }: ScanOptions): boolean =>
  vulnerabilityChecks === undefined ||
  ACTIVE_VULNERABILITY_CHECKS.some((name) => vulnerabilityChecks.has(name));

export const earlyDataCheck: ScanCheck = {
  name: 'tls feature earlyData',
  needs: ['handshake', 'version:TLSv1.3', 'groups:TLSv1.3'],
  produces: ['earlyData'],
  handshakeBudget: () => EARLY_DATA_HANDSHAKES,
  applies: async ({ options, facts }) =>
    probesVulnerabilities(options) && (await facts.get('handshake'))?.tls13 === true,
  async run({ ctx, facts }) {
    const tls13 = await facts.get('version:TLSv1.3');
    const groups = (await facts.get('groups:TLSv1.3'))?.groups ?? tls13?.groups ?? [];
    const offer = tls13Offer(tls13?.suites ?? [], groups, ctx.endpoint.sni);
    if (!offer)
      return {
        earlyData: {
          earlyData: null,
          evidence: 'no accepted TLS 1.3 suite and group the scanner can complete a handshake with'
        }
      };
    return { earlyData: await probeEarlyData(ctx, offer) };
  }
};
