// One fix per target instead of one per finding: the server lines of every finding the policy still counts, merged
// per server software (nginx, Apache, HAProxy, in that order) and each line once. Several findings usually share a
// fix (three suites over three versions, one `ssl_ciphers` line), so the text report and the job summary show it
// once. A waived finding is accepted as it is: its fix is left out.
import { fixBlocks, type FixBlock } from '../remediation/index.js';
import type { Finding } from '../model/report.js';

/** The findings whose fixes apply: those not waived. */
export function fixableFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.waiver === null || finding.waiver === undefined);
}

/** The server lines of these findings (worst first as given), merged per server software, each line once. */
export function mergedFixBlocks(findings: readonly Finding[]): FixBlock[] {
  const merged = new Map<FixBlock['server'], FixBlock>();
  for (const finding of fixableFindings(findings)) {
    for (const block of fixBlocks(finding.fix)) {
      const into = merged.get(block.server) ?? { ...block, lines: [] };
      for (const line of block.lines) if (!into.lines.includes(line)) into.lines.push(line);
      merged.set(block.server, into);
    }
  }
  const order: FixBlock['server'][] = ['nginx', 'apache', 'haproxy'];
  return order.flatMap((server) => (merged.has(server) ? [merged.get(server)!] : []));
}
