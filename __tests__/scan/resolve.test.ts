// Which addresses a target scans: the selection over what the resolver gave, pinned addresses (names among them
// resolved through the same resolver), and a resolution that fails or does not end within the deadline. The
// resolvers here are injected values: no name reaches the machine's resolver.
import { describe, expect, it } from '@jest/globals';
import type { Target } from '../../src/model/report.js';
import { resolveTargetAddresses, selectAddresses, type AddressResolver } from '../../src/scan/resolve.js';

const FOUND = ['2001:db8::10', '192.0.2.10', '2001:db8::9', '192.0.2.9', '192.0.2.10'];

describe('selectAddresses', () => {
  it('keeps every address once with all, IPv4 first, each family in numeric order', () => {
    expect(selectAddresses(FOUND, 'all')).toEqual(['192.0.2.9', '192.0.2.10', '2001:db8::9', '2001:db8::10']);
  });

  it('keeps one family with ipv4 or ipv6', () => {
    expect(selectAddresses(FOUND, 'ipv4')).toEqual(['192.0.2.9', '192.0.2.10']);
    expect(selectAddresses(FOUND, 'ipv6')).toEqual(['2001:db8::9', '2001:db8::10']);
  });

  it('keeps the first address the resolver gave with first, as a client would connect', () => {
    expect(selectAddresses(FOUND, 'first')).toEqual(['2001:db8::10']);
  });

  it('orders IPv6 addresses by value, not by their text', () => {
    expect(selectAddresses(['2001:db8::1:0', '2001:db8::ff', '::1'], 'ipv6')).toEqual([
      '::1',
      '2001:db8::ff',
      '2001:db8::1:0'
    ]);
  });
});

const target = (extra: Partial<Target> = {}): Target => ({
  name: 'pool.test',
  host: 'pool.test',
  port: 443,
  sni: 'pool.test',
  ...extra
});

function resolverOf(records: Record<string, string[]>): AddressResolver & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async addressesOf(host) {
      asked.push(host);
      const found = records[host];
      if (!found) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
      return found;
    }
  };
}

const soon = () => Date.now() + 5000;

describe('resolveTargetAddresses', () => {
  it('resolves the host through the given resolver', async () => {
    const resolver = resolverOf({ 'pool.test': ['192.0.2.2', '192.0.2.1'] });
    expect(await resolveTargetAddresses(target(), resolver, 'all', soon())).toEqual({
      addresses: ['192.0.2.1', '192.0.2.2']
    });
    expect(resolver.asked).toEqual(['pool.test']);
  });

  it('takes pinned addresses without asking, resolving a name among them', async () => {
    const resolver = resolverOf({ 'backend.test': ['192.0.2.7'] });
    const pinned = target({ addresses: ['192.0.2.3', 'backend.test'] });
    expect(await resolveTargetAddresses(pinned, resolver, 'all', soon())).toEqual({
      addresses: ['192.0.2.3', '192.0.2.7']
    });
    expect(resolver.asked).toEqual(['backend.test']);
  });

  it('takes an IP literal host as its own address', async () => {
    const resolver = resolverOf({});
    expect(await resolveTargetAddresses(target({ host: '::1' }), resolver, 'all', soon())).toEqual({
      addresses: ['::1']
    });
    expect(resolver.asked).toEqual([]);
  });

  it("reports the resolver's code when the name does not resolve", async () => {
    const result = await resolveTargetAddresses(target(), resolverOf({}), 'all', soon());
    expect(result).toEqual({
      error: { code: 'ENOTFOUND', message: 'the name pool.test could not be resolved (ENOTFOUND)' }
    });
  });

  it('says which addresses there were when the selection keeps none', async () => {
    const result = await resolveTargetAddresses(
      target(),
      resolverOf({ 'pool.test': ['192.0.2.1'] }),
      'ipv6',
      soon()
    );
    expect(result).toEqual({
      error: {
        code: 'NO_ADDRESS',
        message: 'pool.test has no address that `addresses: ipv6` selects (it has 192.0.2.1)'
      }
    });
  });

  it('ends with DEADLINE when the resolver does not answer in time', async () => {
    const silent: AddressResolver = { addressesOf: () => new Promise(() => undefined) };
    const result = await resolveTargetAddresses(target(), silent, 'all', Date.now() + 50);
    expect(result).toMatchObject({ error: { code: 'DEADLINE' } });
  });
});
