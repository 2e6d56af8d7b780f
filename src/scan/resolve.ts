// Name resolution, in one place: every A and AAAA record of a target's name (or of a pinned address that is a
// name), through one resolver the caller may inject. The default is the system's (getaddrinfo: /etc/hosts, then
// the configured DNS), as every other client on the machine resolves; tests and the CLI inject one that asks a
// given DNS server, so no test depends on the machine's resolver.
import dns from 'node:dns/promises';
import net from 'node:net';
import type { AddressSelection, ErrorInfo, Target } from '../model/report.js';

export interface AddressResolver {
  /** Every address (IPv4 and IPv6) of `host`, in the resolver's order; rejects with an errno-style `code`. */
  addressesOf(host: string): Promise<string[]>;
}

/** The system's resolver (getaddrinfo), as `dns.lookup` reaches it: both families, every record. */
export const systemResolver: AddressResolver = {
  async addressesOf(host) {
    const results = await dns.lookup(host, { all: true, order: 'verbatim' });
    return results.map((result) => result.address);
  }
};

/**
 * Asks the given DNS servers ("127.0.0.1:5353", "[::1]:53") for A and AAAA records directly, bypassing
 * /etc/hosts and the system's configuration. A name with records of one family only is not an error.
 */
export function dnsServerResolver(servers: string[], timeoutMs = 2000): AddressResolver {
  const resolver = new dns.Resolver({ timeout: timeoutMs, tries: 2 });
  resolver.setServers(servers);
  return {
    async addressesOf(host) {
      const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
      const found = [v4, v6].flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
      if (found.length > 0) return found;
      const failure = [v4, v6].find((result) => result.status === 'rejected');
      throw failure?.status === 'rejected'
        ? failure.reason
        : Object.assign(new Error('no records'), { code: 'ENOTFOUND' });
    }
  };
}

/** Sorts IPv4 before IPv6, each in numeric order (IPv6 by its full form). */
function addressOrder(address: string): string {
  if (net.isIP(address) === 4)
    return `4:${address
      .split('.')
      .map((octet) => octet.padStart(3, '0'))
      .join('.')}`;
  if (net.isIP(address) !== 6) return `9:${address}`;
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = address.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
  const middle = Array.from({ length: 8 - headGroups.length - tailGroups.length }, () => '0');
  return `6:${[...headGroups, ...middle, ...tailGroups].map((group) => group.padStart(4, '0')).join(':')}`;
}

/**
 * The addresses `selection` keeps of those found. `first` is the first one found, as a client would connect to;
 * the others come sorted (IPv4, then IPv6), so a pool's report reads the same however DNS rotated its records.
 */
export function selectAddresses(addresses: readonly string[], selection: AddressSelection): string[] {
  const unique = [...new Set(addresses.map((address) => address.toLowerCase()))];
  if (selection === 'first') return unique.slice(0, 1);
  const sorted = unique.sort((a, b) => addressOrder(a).localeCompare(addressOrder(b)));
  if (selection === 'ipv4') return sorted.filter((address) => net.isIP(address) === 4);
  if (selection === 'ipv6') return sorted.filter((address) => net.isIP(address) === 6);
  return sorted;
}

export type ResolvedAddresses = { addresses: string[] } | { error: ErrorInfo };

/**
 * The addresses to scan for a target: its pinned `addresses` or `address` (names among them resolved), else its
 * host (an IP literal is its own address), each through `resolver`; then the selection. Bounded by `deadline`.
 */
export async function resolveTargetAddresses(
  target: Target,
  resolver: AddressResolver,
  selection: AddressSelection,
  deadline: number
): Promise<ResolvedAddresses> {
  const named = target.addresses?.length
    ? target.addresses
    : target.address
      ? [target.address]
      : [target.host];
  const found = await withinDeadline(resolveAll(named, resolver), deadline, target.host);
  if ('error' in found) return found;
  const addresses = selectAddresses(found.addresses, selection);
  if (addresses.length > 0) return { addresses };
  return {
    error: {
      code: 'NO_ADDRESS',
      message: `${target.host} has no address that \`addresses: ${selection}\` selects (it has ${found.addresses.join(', ')})`
    }
  };
}

async function resolveAll(names: readonly string[], resolver: AddressResolver): Promise<ResolvedAddresses> {
  const addresses: string[] = [];
  for (const name of names) {
    if (net.isIP(name)) {
      addresses.push(name);
      continue;
    }
    try {
      const found = await resolver.addressesOf(name);
      if (found.length === 0) return { error: notResolved(name, 'ENOTFOUND') };
      addresses.push(...found);
    } catch (error) {
      return { error: notResolved(name, (error as NodeJS.ErrnoException).code ?? 'ENOTFOUND') };
    }
  }
  return { addresses };
}

function notResolved(name: string, code: string): ErrorInfo {
  return { code, message: `the name ${name} could not be resolved (${code})` };
}

async function withinDeadline(
  work: Promise<ResolvedAddresses>,
  deadline: number,
  host: string
): Promise<ResolvedAddresses> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<ResolvedAddresses>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          error: {
            code: 'DEADLINE',
            message: `resolving ${host} did not finish before the target's deadline`
          }
        }),
      Math.max(0, deadline - Date.now())
    );
  });
  try {
    return await Promise.race([work, expiry]);
  } finally {
    clearTimeout(timer);
  }
}
