// `address.inconsistent`: the nodes of a pool (the addresses one name resolves to, or the pinned ones) should
// serve one configuration; a node that misses a certificate renewal or a rollout is the usual cause of a gate
// that passes while some users fail. One finding per aspect that differs (reachability, certificate,
// protocols, suites), naming the groups of nodes and what each serves; the finding's `address` is the nodes
// outside the largest group (the ones that differ).
import type { AddressReport, Finding, ProtocolName, TargetReport } from '../../model/report.js';
import { PROTOCOL_NAMES } from '../../model/report.js';
import {
  reproduceCertificate,
  reproduceProtocol,
  reproduceReachability,
  reproduceSuite,
  targetFix
} from '../../remediation/index.js';
import { finding, list } from './finding.js';

const RULE = 'address.inconsistent';

/** Nodes that serve one value of an aspect, in the order the nodes were scanned. */
interface NodeGroup {
  addresses: string[];
  /** What these nodes serve, in words. */
  value: string;
}

function groupNodes(nodes: readonly AddressReport[], describe: (node: AddressReport) => string): NodeGroup[] {
  const groups = new Map<string, NodeGroup>();
  for (const node of nodes) {
    const value = describe(node);
    const group = groups.get(value) ?? { addresses: [], value };
    group.addresses.push(node.address);
    groups.set(value, group);
  }
  return [...groups.values()];
}

/** The nodes outside the largest group (on a tie, outside the first node's group). */
function differing(groups: readonly NodeGroup[]): string[] {
  const largest = groups.reduce((best, group) =>
    group.addresses.length > best.addresses.length ? group : best
  );
  return groups.filter((group) => group !== largest).flatMap((group) => group.addresses);
}

const acceptedProtocols = (node: Pick<AddressReport, 'protocols'>): ProtocolName[] =>
  PROTOCOL_NAMES.filter((protocol) => node.protocols[protocol]);

function describeCertificate(node: AddressReport): string {
  const leaf = node.certificate?.chain[0];
  if (!leaf) return 'no readable certificate';
  return `${leaf.subject} (SHA-256 ${leaf.sha256Fingerprint}, expires ${leaf.notAfter.slice(0, 10)})`;
}

/** The suites of the versions every node accepts (a version some nodes lack is the protocols' difference). */
function describeSuites(node: AddressReport, shared: readonly ProtocolName[]): string {
  return shared
    .map((protocol) => `${protocol}: ${[...(node.cipherSuites[protocol] ?? [])].sort().join(' ') || 'none'}`)
    .join('; ');
}

interface Aspect {
  name: string;
  groups: NodeGroup[];
  /** A command that shows the aspect on one differing node. */
  reproduce(node: TargetReport): string;
}

function aspects(nodes: readonly AddressReport[]): Aspect[] {
  const reachable = nodes.filter((node) => node.status === 'ok');
  const shared = PROTOCOL_NAMES.filter((protocol) => reachable.every((node) => node.protocols[protocol]));
  const firstDifferingSuite = (node: TargetReport): [ProtocolName, string] | null => {
    for (const protocol of shared) {
      const suite = (node.cipherSuites[protocol] ?? [])[0];
      if (suite) return [protocol, suite];
    }
    return null;
  };
  const all: Aspect[] = [
    {
      name: 'reachability',
      groups: groupNodes(nodes, (node) =>
        node.status === 'ok' ? 'ok' : `${node.status}${node.error ? ` (${node.error.code})` : ''}`
      ),
      reproduce: (node) => reproduceReachability(node)
    },
    {
      name: 'certificate',
      groups: groupNodes(reachable, describeCertificate),
      reproduce: (node) => reproduceCertificate(node)
    },
    {
      name: 'protocols',
      groups: groupNodes(reachable, (node) => list(acceptedProtocols(node)) || 'none'),
      reproduce: (node) => reproduceProtocol(node, acceptedProtocols(node)[0] ?? 'TLSv1.2')
    },
    {
      name: 'cipher suites',
      groups: groupNodes(reachable, (node) => describeSuites(node, shared)),
      reproduce: (node) => {
        const suite = firstDifferingSuite(node);
        return suite ? reproduceSuite(node, suite[0], suite[1]) : reproduceReachability(node);
      }
    }
  ];
  return all.filter((aspect) => aspect.groups.length > 1);
}

const ACCEPTS: Record<string, string> = {
  reachability: 'are',
  certificate: 'serve',
  protocols: 'accept',
  'cipher suites': 'accept'
};

/** `address.inconsistent` findings of a pool's report; none for a single address. */
export function checkAddressConsistency(t: TargetReport): Finding[] {
  const nodes = t.addresses ?? [];
  if (nodes.length < 2) return [];
  return aspects(nodes).map((aspect) => {
    const outliers = differing(aspect.groups);
    const shown = aspect.groups.map(
      (group) => `${list(group.addresses)} ${ACCEPTS[aspect.name]} ${group.value}`
    );
    const outlier = nodes.find((node) => node.address === outliers[0])!;
    return {
      ...finding({
        rule: RULE,
        severity: 'warning',
        message: `${t.name}: the addresses of the pool differ in ${aspect.name}: ${shown.join('; ')}.`,
        evidence: {
          aspect: aspect.name,
          groups: aspect.groups.map((group) => ({ addresses: group.addresses, value: group.value }))
        },
        fix: targetFix(RULE),
        reproduce: aspect.reproduce({ ...t, ...outlier })
      }),
      address: list(outliers)
    };
  });
}
