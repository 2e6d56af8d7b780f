// The handshake plan (issue 14): the same facts for fewer handshakes. Expectations come from the servers' command
// lines; the handshake bound is the plan's: one per accepted suite and TLS 1.2 curve, TLS 1.3 groups riding on the
// suites' HelloRetryRequests, and a fixed part (first contact, SSLv2, one TLS 1.1 hello for every older version,
// the refusals, one order test per version, one certificate read).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testScanOptions } from './scan-options.js';
import { expectValidTargetReport } from './valid-report.js';
import { groupByName, suiteByName, suitesForProtocol } from '../../src/registry/index.js';
import { scanTarget, type ScanOptions } from '../../src/scan/index.js';
import type { Target } from '../../src/model/report.js';
import {
  cleanupTempDirs,
  selfSigned,
  startHangingProxy,
  startOpensslServer,
  type KeyPair
} from '../helpers/servers.js';

let options: ScanOptions;
let rsa: KeyPair;
let ecdsa: KeyPair;
beforeAll(async () => {
  options = await testScanOptions();
  rsa = selfSigned({ key: 'rsa' });
  ecdsa = selfSigned({ key: 'ec' });
});
afterAll(() => cleanupTempDirs());

const target = (port: number): Target => ({ name: `127.0.0.1:${port}`, host: '127.0.0.1', port, sni: null });

const inRegistryOrder = (opensslNames: string[], version: 'TLSv1.2' | 'TLSv1.3'): string[] => {
  const order = suitesForProtocol(version).map((suite) => suite.name);
  return opensslNames
    .map((name) => suiteByName(name)!.name)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
};

// Mozilla's intermediate configuration (ssl-config.mozilla.org, guidelines 5.7), TLS 1.2 part.
const MOZILLA_INTERMEDIATE = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'DHE-RSA-AES128-GCM-SHA256',
  'DHE-RSA-AES256-GCM-SHA384',
  'DHE-RSA-CHACHA20-POLY1305'
];
/** s_server's TLS 1.3 suites when none are configured. */
const OPENSSL_TLS13_DEFAULTS = [
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_GCM_SHA256'
];

const GROUPS = 'X25519:P-256:P-384';
const groupNames = GROUPS.split(':').map((name) => groupByName(name)!.name);

/**
 * The configuration scan of s_server with Mozilla intermediate (issue 14's budget of 20 handshakes; the
 * vulnerability checks have their own budget of 15, __tests__/scan/vulnerabilities/cost.test.ts).
 */
async function scanIntermediate(dualKey?: KeyPair) {
  const server = await startOpensslServer({
    key: rsa,
    ...(dualKey ? { dualKey } : {}),
    versions: ['-no_ssl3', '-no_tls1', '-no_tls1_1'],
    cipher: MOZILLA_INTERMEDIATE.join(':'),
    groups: GROUPS
  });
  try {
    const report = await scanTarget(target(server.port), { ...options, vulnerabilityChecks: new Set() });
    expectValidTargetReport(report);
    expect(report.status).toBe('ok');
    expect(report.cipherSuites['TLSv1.3']).toEqual(inRegistryOrder(OPENSSL_TLS13_DEFAULTS, 'TLSv1.3'));
    return report;
  } finally {
    await server.stop();
  }
}

describe('the handshake plan', () => {
  it('scans a Mozilla-intermediate server with one RSA certificate in at most 20 handshakes', async () => {
    const report = await scanIntermediate();
    // An RSA certificate: the ECDSA suites of the configuration cannot be used.
    const rsaSuites = MOZILLA_INTERMEDIATE.filter((name) => !name.includes('ECDSA'));
    expect(report.cipherSuites['TLSv1.2']).toEqual(inRegistryOrder(rsaSuites, 'TLSv1.2'));
    expect([...report.keyExchange.tls13Groups].sort()).toEqual([...groupNames].sort());
    expect([...report.keyExchange.tls12Groups].sort()).toEqual([...groupNames].sort());
    expect(report.handshakes).toBeLessThanOrEqual(20);
  });

  it('scans a Mozilla-intermediate server with RSA and ECDSA certificates (the benchmark server) in at most 20 handshakes', async () => {
    const report = await scanIntermediate(ecdsa);
    expect(report.cipherSuites['TLSv1.2']).toEqual(inRegistryOrder(MOZILLA_INTERMEDIATE, 'TLSv1.2'));
    expect(report.serverPreference['TLSv1.2']).toBe(false);
    expect(report.keyExchange.tls13Groups).toEqual(groupNames);
    expect(report.keyExchange.tls12Groups).toEqual(groupNames);
    // Both chains: one over TLS 1.3 (read by first contact), the other received by the TLS 1.2 suite scan.
    const certificate = report.certificate!;
    const keyTypes = [certificate.chain[0]!.keyType, ...certificate.alternateChains.map((a) => a.keyType)];
    expect(keyTypes.sort()).toEqual(['EC', 'RSA']);
    expect(report.handshakes).toBeLessThanOrEqual(20);
  });

  it('enumerates a server that hangs on hellos of 128 suites or more in chunks, with the same suites and order', async () => {
    const cipher = ['ECDHE-RSA-AES256-GCM-SHA384', 'AES128-SHA', 'ECDHE-RSA-CHACHA20-POLY1305'];
    const backend = await startOpensslServer({
      key: rsa,
      versions: ['-tls1_2'],
      cipher: cipher.join(':'),
      serverPref: true
    });
    const proxy = await startHangingProxy(
      backend.port,
      (_, __, hello) => (hello?.cipherSuites.length ?? 0) >= 128
    );
    try {
      const report = await scanTarget(target(proxy.port), { ...options, timeoutMs: 1000 });
      expectValidTargetReport(report);
      expect(report.status).toBe('ok');
      expect(report.protocols['TLSv1.2']).toBe(true);
      expect(report.cipherSuites['TLSv1.2']).toEqual(cipher.map((name) => suiteByName(name)!.name));
      expect(report.serverPreference['TLSv1.2']).toBe(true);
    } finally {
      await proxy.stop();
      await backend.stop();
    }
  });
});
