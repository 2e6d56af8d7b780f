// Findings of a pool (a target scanned on several addresses): each node's facts are judged on their own, as a
// target of one address would be; a finding that holds on every node is reported once, one that holds on some
// carries their `address`. The pool-wide facts (resumption across the nodes, the simulated clients) and the
// comparison of the nodes (`address.inconsistent`) are judged once, on the whole target.
import type { AddressReport, Finding, TargetReport } from '../model/report.js';

/** One node as a target of one address: the target's fields with the node's facts. */
export function nodeView(t: TargetReport, node: AddressReport): TargetReport {
  const view: TargetReport = { ...t, ...node };
  delete view.addresses;
  return view;
}

/** Whether the report is a pool's: more than one address scanned. */
export function isPool(t: TargetReport): t is TargetReport & { addresses: AddressReport[] } {
  return (t.addresses?.length ?? 0) > 1;
}

const findingKey = (f: Finding): string => `${f.rule}\u0000${f.message}`;

/**
 * Every node's findings, merged: the same rule with the same message on every node is one finding without an
 * address; on some nodes only, one finding whose `address` lists them (comma-separated, in scan order).
 */
export function nodeFindings(
  t: TargetReport & { addresses: AddressReport[] },
  judge: (node: TargetReport) => Finding[]
): Finding[] {
  const merged = new Map<string, { finding: Finding; addresses: string[] }>();
  for (const node of t.addresses) {
    for (const f of judge(nodeView(t, node))) {
      const entry = merged.get(findingKey(f)) ?? { finding: f, addresses: [] };
      if (!entry.addresses.includes(node.address)) entry.addresses.push(node.address);
      merged.set(findingKey(f), entry);
    }
  }
  return [...merged.values()].map(({ finding, addresses }) =>
    addresses.length === t.addresses.length ? finding : { ...finding, address: addresses.join(', ') }
  );
}
