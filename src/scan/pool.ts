// A pool's combined view: a target whose name gives several addresses is scanned address by address, and its
// report keeps the target-level fields as one view of them all, with `addresses` holding each node's own facts.
// The combined view: status ok when any node is; protocols, suites and groups the union of the nodes' (a
// client may land on any node); everything else (certificate, key exchange, order, the pool-wide resumption and
// client facts) from the first node that completed a scan, else the first node; handshakes summed.
import type { AddressReport, ProtocolMap, ProtocolName, TargetReport } from '../model/report.js';
import { PROTOCOL_NAMES } from '../model/report.js';

/** Fields of a report that belong to the target, not to one of its addresses. */
const TARGET_ONLY = [
  'name',
  'host',
  'port',
  'sni',
  'findings',
  'verdict',
  'source',
  'clients',
  'resumption',
  'starttls',
  'addresses'
] as const;

/** One node's facts as the pool's `addresses` entry: every single-address fact of its scan. */
export function addressReportOf(report: TargetReport): AddressReport {
  const facts: Record<string, unknown> = { ...report };
  for (const key of TARGET_ONLY) delete facts[key];
  return { ...(facts as unknown as AddressReport), address: report.address ?? report.host };
}

const union = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];

function unionSuites(nodes: readonly TargetReport[]): ProtocolMap<string[]> {
  const combined: ProtocolMap<string[]> = {};
  for (const protocol of PROTOCOL_NAMES as readonly ProtocolName[]) {
    const lists = nodes.map((node) => node.cipherSuites[protocol]).filter((list) => list !== undefined);
    if (lists.length > 0) combined[protocol] = union(lists);
  }
  return combined;
}

/**
 * The target's report for a pool: `nodes` are the per-address reports in the order scanned (the first one ran
 * the pool-wide checks), `durationMs` the whole scan's.
 */
export function combinePool(nodes: readonly TargetReport[], durationMs: number): TargetReport {
  const first = nodes[0]!;
  const primary = nodes.find((node) => node.status === 'ok') ?? first;
  const ok = nodes.filter((node) => node.status === 'ok');
  const counted = ok.length > 0 ? ok : [primary];
  const protocols = { ...primary.protocols };
  for (const protocol of PROTOCOL_NAMES)
    protocols[protocol] = counted.some((node) => node.protocols[protocol]);
  const combined: TargetReport = {
    ...primary,
    protocols,
    cipherSuites: unionSuites(counted),
    groups: union(counted.map((node) => node.groups)),
    keyExchange: {
      ...primary.keyExchange,
      tls13Groups: union(counted.map((node) => node.keyExchange.tls13Groups)),
      tls12Groups: union(counted.map((node) => node.keyExchange.tls12Groups))
    },
    addresses: nodes.map(addressReportOf),
    handshakes: nodes.reduce((sum, node) => sum + node.handshakes, 0),
    durationMs
  };
  delete combined.resumption;
  delete combined.clients;
  if (first.resumption) combined.resumption = first.resumption;
  if (first.clients) combined.clients = first.clients;
  return combined;
}
