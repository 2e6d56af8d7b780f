// The engine against Node `tls.createServer`. Expectations come from the server options passed in.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import tls from 'node:tls';
import { expectValidTargetReport } from './valid-report.js';
import { testScanOptions } from './scan-options.js';
import { groupByName, suiteByName, suitesForProtocol } from '../../src/registry/index.js';
import { scanTarget, scanTargets, type ScanOptions } from '../../src/scan/index.js';
import type { Target, TargetReport } from '../../src/model/report.js';
import {
  cleanupTempDirs,
  selfSigned,
  startNodeTlsServer,
  type KeyPair,
  type NodeTlsServerOptions
} from '../helpers/servers.js';

let options: ScanOptions;
let rsa: KeyPair;
let ec: KeyPair;
let other: KeyPair;

beforeAll(async () => {
  options = await testScanOptions();
  rsa = selfSigned({ key: 'rsa', cn: 'localhost' });
  ec = selfSigned({ key: 'ec', cn: 'localhost' });
  other = selfSigned({ key: 'rsa', cn: 'default.invalid' });
});
afterAll(() => cleanupTempDirs());

function target(port: number, host = '127.0.0.1'): Target {
  return {
    name: `${host}:${port}`,
    host,
    port,
    address: '127.0.0.1',
    sni: host === '127.0.0.1' ? null : host
  };
}

async function scanServer(config: NodeTlsServerOptions, host?: string): Promise<TargetReport> {
  const server = await startNodeTlsServer(config);
  try {
    const report = await scanTarget(target(server.port, host), options);
    expectValidTargetReport(report);
    return report;
  } finally {
    await server.stop();
  }
}

const iana = (names: string): string[] => names.split(':').map((name) => suiteByName(name)!.name);

describe('scanning Node tls servers', () => {
  it('finds a TLS 1.2 + 1.3 server with chosen suites, in its order when honorCipherOrder is set', async () => {
    const ciphers =
      'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256';
    const report = await scanServer({
      key: rsa,
      minVersion: 'TLSv1.2',
      maxVersion: 'TLSv1.3',
      ciphers,
      honorCipherOrder: true
    });
    expect(report.status).toBe('ok');
    expect(report.protocols).toEqual({
      SSLv2: false,
      SSLv3: false,
      'TLSv1.0': false,
      'TLSv1.1': false,
      'TLSv1.2': true,
      'TLSv1.3': true
    });
    expect(report.cipherSuites['TLSv1.2']).toEqual(
      iana('ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384')
    );
    expect(report.cipherSuites['TLSv1.3']).toEqual(['TLS_AES_256_GCM_SHA384', 'TLS_AES_128_GCM_SHA256']);
    expect(report.serverPreference['TLSv1.2']).toBe(true);
    expect(report.serverPreference['TLSv1.3']).toBe(true);
  });

  it('reports registry order and no preference with honorCipherOrder: false', async () => {
    // Node enforces its own order unless honorCipherOrder is explicitly false.
    const ciphers = 'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256';
    const report = await scanServer({
      key: rsa,
      minVersion: 'TLSv1.2',
      maxVersion: 'TLSv1.2',
      ciphers,
      honorCipherOrder: false
    });
    const order = suitesForProtocol('TLSv1.2').map((suite) => suite.name);
    const expected = iana(ciphers).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    expect(report.cipherSuites['TLSv1.2']).toEqual(expected);
    expect(report.serverPreference['TLSv1.2']).toBe(false);
  });

  it('finds exactly the groups of ecdhCurve for TLS 1.3 and TLS 1.2', async () => {
    const ecdhCurve = 'P-256:X448';
    const report = await scanServer({ key: rsa, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3', ecdhCurve });
    const expected = ecdhCurve
      .split(':')
      .map((name) => groupByName(name)!.name)
      .sort();
    expect([...report.keyExchange.tls13Groups].sort()).toEqual(expected);
    expect([...report.keyExchange.tls12Groups].sort()).toEqual(expected);
    expect([...report.groups].sort()).toEqual(expected);
  });

  it('finds both certificates of a dual RSA + ECDSA server', async () => {
    const report = await scanServer({ keys: [rsa, ec], minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
    const keyTypes = [
      report.certificate!.chain[0]!.keyType,
      ...report.certificate!.alternateChains.map((a) => a.keyType)
    ].sort();
    expect(keyTypes).toEqual(['EC', 'RSA']);
  });

  it('reports the certificate served without SNI when it differs', async () => {
    const named = tls.createSecureContext({ key: rsa.keyPem, cert: rsa.certPem });
    const report = await scanServer(
      {
        key: other,
        minVersion: 'TLSv1.2',
        SNICallback: (name, done) => done(null, name === 'localhost' ? named : undefined)
      },
      'localhost'
    );
    expect(report.certificate?.chain[0]?.subject).toContain('localhost');
    expect(report.certificate?.noSniCertificate?.subject).toContain('default.invalid');
    // Exactly the two certificates configured: selfSigned's -subj /CN=<cn>.
    expect(report.certificate?.chain.map((c) => c.subject)).toEqual(['CN=localhost']);
    expect(report.certificate?.noSniCertificate?.subject).toBe('CN=default.invalid');
  });

  it('scans an IPv6 loopback target and reports the address it scanned', async () => {
    const server = await startNodeTlsServer({ key: rsa, minVersion: 'TLSv1.3', listenHost: '::1' });
    try {
      const report = await scanTarget({ name: 'v6', host: '::1', port: server.port, sni: null }, options);
      expectValidTargetReport(report);
      expect(report.address).toBe('::1');
      expect(report.status).toBe('ok');
      expect(report.protocols['TLSv1.3']).toBe(true);
      expect(report.protocols['TLSv1.2']).toBe(false);
    } finally {
      await server.stop();
    }
  });

  it('resolves a host name once and scans the address it resolved to', async () => {
    const server = await startNodeTlsServer({ key: rsa, minVersion: 'TLSv1.3' });
    try {
      const report = await scanTarget(
        { name: 'name', host: 'localhost', port: server.port, sni: 'localhost' },
        options
      );
      // localhost may resolve to ::1 first on some machines, where nothing listens: then it is unreachable.
      if (report.address === '127.0.0.1') expect(report.protocols['TLSv1.3']).toBe(true);
      else expect(report.status).toBe('unreachable');
      expect(['127.0.0.1', '::1']).toContain(report.address);
    } finally {
      await server.stop();
    }
  });

  it('scans several targets at once and returns them in input order', async () => {
    const a = await startNodeTlsServer({ key: rsa, minVersion: 'TLSv1.3' });
    const b = await startNodeTlsServer({ key: rsa, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
    try {
      const done: string[] = [];
      const reports = await scanTargets([target(a.port), target(b.port)], {
        ...options,
        onTargetDone: (t) => done.push(t.name)
      });
      expect(reports.map((r) => r.port)).toEqual([a.port, b.port]);
      expect(reports[0]!.protocols['TLSv1.3']).toBe(true);
      expect(reports[0]!.protocols['TLSv1.2']).toBe(false);
      expect(reports[1]!.protocols['TLSv1.2']).toBe(true);
      expect(reports[1]!.protocols['TLSv1.3']).toBe(false);
      expect(done.sort()).toEqual(reports.map((r) => r.name).sort());
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});
