// How outputs show a pool (a target scanned on several addresses) in a few words: "4 addresses, alike" when
// the nodes agree, else which node differs and in what, so a pool stays one row of a table or one line of text.
// Plain text: each renderer escapes it for its medium (server-sent addresses are never trusted).
import type { AddressReport, Finding, TargetReport } from '../model/report.js';
import { PROTOCOL_NAMES } from '../model/report.js';

type Aspect = 'reachability' | 'certificate' | 'protocols' | 'cipher suites';

const ASPECTS: Record<Aspect, (node: AddressReport) => string> = {
  reachability: (node) => node.status,
  certificate: (node) => node.certificate?.chain[0]?.sha256Fingerprint ?? '',
  protocols: (node) => PROTOCOL_NAMES.filter((p) => node.protocols[p]).join(' '),
  'cipher suites': (node) =>
    PROTOCOL_NAMES.map((p) => [...(node.cipherSuites[p] ?? [])].sort().join(' ')).join('; ')
};

const signature = (node: AddressReport): string =>
  (Object.keys(ASPECTS) as Aspect[]).map((aspect) => ASPECTS[aspect](node)).join('|');

/** Each node that differs from the pool's largest group of alike nodes, and in what. */
export function differingNodes(nodes: readonly AddressReport[]): { address: string; aspects: Aspect[] }[] {
  const groups = new Map<string, AddressReport[]>();
  for (const node of nodes) groups.set(signature(node), [...(groups.get(signature(node)) ?? []), node]);
  const usual = [...groups.values()].reduce((best, group) => (group.length > best.length ? group : best))[0]!;
  return nodes
    .filter((node) => signature(node) !== signature(usual))
    .map((node) => ({
      address: node.address,
      aspects: (Object.keys(ASPECTS) as Aspect[]).filter(
        (aspect) => ASPECTS[aspect](node) !== ASPECTS[aspect](usual)
      )
    }));
}

/** "4 addresses, alike" or "4 addresses; 127.0.0.4 differs (certificate)"; null for a target of one address. */
export function describePool(target: TargetReport): string | null {
  const nodes = target.addresses ?? [];
  if (nodes.length < 2) return null;
  const differing = differingNodes(nodes);
  if (differing.length === 0) return `${nodes.length} addresses, alike`;
  const named = differing.map(({ address, aspects }) => `${address} differs (${aspects.join(', ')})`);
  return `${nodes.length} addresses; ${named.join('; ')}`;
}

/** " (on 127.0.0.4)" for a finding that holds on some of a pool's addresses only, else "". */
export function findingPlace(finding: Finding): string {
  return finding.address ? ` (on ${finding.address})` : '';
}
