// A name with four addresses (127.0.0.2, 127.0.0.3, 127.0.0.4 and ::1) served by a private dnsmasq, each address
// a Node TLS server on the same port: .4 serves another certificate, ::1 stops at TLS 1.2. The engine resolves
// every A and AAAA record through the injected resolver and scans each node; the expected facts come from how
// each node was configured.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import type { Target, TargetReport } from '../../src/model/report.js';
import { scanTarget, type AddressResolver } from '../../src/scan/index.js';
import { createTestPki, type TestCertificate } from '../../src/testing/pki.js';
import { cleanupTempDirs, type RunningServer } from '../helpers/servers.js';
import { poolSkipReason, startDnsmasq, startPool, type RunningDns } from '../helpers/pool.js';
import { testScanOptions } from './scan-options.js';

const skip = poolSkipReason();
if (skip) console.warn(`skipping the pool scan tests: ${skip}`);
const describePool = skip ? describe.skip : describe;

const NODES = ['127.0.0.2', '127.0.0.3', '127.0.0.4', '::1'];
let dns: RunningDns;
let pool: RunningServer;
let usual: TestCertificate;
let other: TestCertificate;

beforeAll(async () => {
  if (skip) return;
  const pki = createTestPki({ defaultKey: { type: 'ec', curve: 'P-256' } });
  const root = await pki.root();
  usual = await pki.leaf(root, { commonName: 'pool.test' });
  other = await pki.leaf(root, { commonName: 'pool.test', notAfterDays: 5 });
  dns = await startDnsmasq({ 'pool.test': NODES, 'v4only.test': ['127.0.0.2'] });
  pool = await startPool([
    { address: '127.0.0.2', key: usual },
    { address: '127.0.0.3', key: usual },
    { address: '127.0.0.4', key: other },
    { address: '::1', key: usual, options: { maxVersion: 'TLSv1.2' } }
  ]);
});
afterAll(async () => {
  await pool?.stop();
  await dns?.stop();
  cleanupTempDirs();
});

const target = (host: string, extra: Partial<Target> = {}): Target => ({
  name: host,
  host,
  port: pool.port,
  sni: 'pool.test',
  ...extra
});

async function scan(t: Target, resolver: AddressResolver = dns.resolver): Promise<TargetReport> {
  return scanTarget(t, await testScanOptions({ resolver }));
}

const fingerprint = (certificate: TestCertificate): string =>
  new X509Certificate(certificate.certPem).fingerprint256;

describePool('a pool of four addresses', () => {
  let report: TargetReport;
  beforeAll(async () => {
    report = await scan(target('pool.test'));
  }, 60_000);

  it('scans every A and AAAA record of the name, one entry per address', () => {
    expect(report.addresses?.map((node) => node.address)).toEqual(NODES);
    expect(report.addresses?.map((node) => node.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it("records each node's own certificate", () => {
    const served = report.addresses!.map((node) => node.certificate?.chain[0]?.sha256Fingerprint);
    expect(served).toEqual([fingerprint(usual), fingerprint(usual), fingerprint(other), fingerprint(usual)]);
  });

  it("records each node's own protocols", () => {
    expect(report.addresses!.map((node) => node.protocols['TLSv1.3'])).toEqual([true, true, true, false]);
    expect(report.addresses!.every((node) => node.protocols['TLSv1.2'])).toBe(true);
    expect(report.addresses!.find((node) => node.address === '::1')!.cipherSuites['TLSv1.3']).toBeUndefined();
  });

  it('keeps the target-level fields as the combined view: any node ok, protocols united, handshakes summed', () => {
    expect(report.status).toBe('ok');
    expect(report.address).toBe('127.0.0.2');
    expect(report.protocols['TLSv1.3']).toBe(true);
    expect(report.certificate?.chain[0]?.sha256Fingerprint).toBe(fingerprint(usual));
    const handshakes = report.addresses!.reduce((sum, node) => sum + node.handshakes, 0);
    expect(report.handshakes).toBe(handshakes);
    expect(report.addresses!.every((node) => node.handshakes > 0)).toBe(true);
  });
});

describePool('which addresses are scanned', () => {
  it('scans only the IPv6 address with addresses: ipv6, as a target of one address', async () => {
    const report = await scan(target('pool.test', { addressSelection: 'ipv6' }));
    expect(report.address).toBe('::1');
    expect(report.addresses).toBeUndefined();
    expect(report.protocols['TLSv1.3']).toBe(false);
  }, 30_000);

  it('scans the IPv4 addresses only with addresses: ipv4', async () => {
    const report = await scan(target('pool.test', { addressSelection: 'ipv4' }));
    expect(report.addresses?.map((node) => node.address)).toEqual(['127.0.0.2', '127.0.0.3', '127.0.0.4']);
  }, 30_000);

  it('scans one of the addresses with addresses: first', async () => {
    const report = await scan(target('pool.test', { addressSelection: 'first' }));
    expect(report.addresses).toBeUndefined();
    expect(NODES).toContain(report.address);
  }, 30_000);

  it('scans the pinned addresses instead of resolving the name', async () => {
    const refusing: AddressResolver = {
      addressesOf: () => Promise.reject(Object.assign(new Error('no'), { code: 'ENOTFOUND' }))
    };
    const report = await scan(target('pool.test', { addresses: ['127.0.0.4', '127.0.0.3'] }), refusing);
    expect(report.addresses?.map((node) => node.address)).toEqual(['127.0.0.3', '127.0.0.4']);
    expect(report.addresses![1]!.certificate?.chain[0]?.sha256Fingerprint).toBe(fingerprint(other));
  }, 30_000);

  it('reports a name without an address of the selected family as unreachable, saying so', async () => {
    const report = await scan(target('v4only.test', { addressSelection: 'ipv6' }));
    expect(report.status).toBe('unreachable');
    expect(report.error?.code).toBe('NO_ADDRESS');
    expect(report.error?.message).toContain('127.0.0.2');
  }, 30_000);

  it('reports a name the DNS server does not know as unreachable, with its code', async () => {
    const report = await scan(target('unknown.test'));
    expect(report.status).toBe('unreachable');
    expect(report.error?.message).toContain('unknown.test could not be resolved');
    expect(report.handshakes).toBe(0);
  }, 30_000);
});
