// ROBOT (scan/vulnerabilities/robot.ts does the work): on a target that completed a handshake, once the versions
// below TLS 1.3 are known; its ten queries are made only when a TLS_RSA suite was accepted. Over STARTTLS each
// query's connection runs the target's dialogue first, like every other connection of the scan.
import type { VulnerabilityResult } from '../../model/report.js';
import { versionFact } from './facts.js';
import type { ScanCheck } from './check.js';
import { checkRobot, ROBOT_HANDSHAKES, ROBOT_VERSIONS, robotOffer } from '../vulnerabilities/robot.js';
import { recordVulnerability, selected } from '../vulnerabilities/record.js';

declare module './facts.js' {
  interface ScanFacts {
    'vulnerability:robot': VulnerabilityResult;
  }
}

export const robotCheck: ScanCheck = {
  name: 'vulnerability robot',
  needs: ['handshake', ...ROBOT_VERSIONS.map(versionFact)],
  produces: ['vulnerability:robot'],
  handshakeBudget: () => ROBOT_HANDSHAKES,
  applies: async ({ options, facts }) =>
    selected(options.vulnerabilityChecks, 'robot') && (await facts.get('handshake'))?.ok === true,
  async run({ ctx, facts, report }) {
    const versions = Object.fromEntries(
      await Promise.all(ROBOT_VERSIONS.map(async (v) => [v, await facts.get(versionFact(v))] as const))
    );
    const result = await checkRobot(ctx, robotOffer(versions));
    recordVulnerability(report, 'robot', result);
    return { 'vulnerability:robot': result };
  }
};
