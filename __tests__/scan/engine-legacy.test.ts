// The engine against the fake legacy server (H-wire's __tests__/helpers/legacy-server.ts) for what no real
// server here negotiates: SSLv2, SSLv3, RC4, EXPORT, NULL and anonymous suites. Expectations come from the
// options the server is started with; the handshake count is checked against the hellos the server saw.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { testScanOptions } from './scan-options.js';
import { groupName, suiteByName, suiteName, suitesForProtocol } from '../../src/registry/index.js';
import { scanTarget, type ScanOptions } from '../../src/scan/index.js';
import type { TargetReport } from '../../src/model/report.js';
import { startLegacyServer, type LegacyServerOptions } from '../helpers/legacy-server.js';
import { expectValidTargetReport } from './valid-report.js';

let options: ScanOptions;
beforeAll(async () => {
  options = await testScanOptions({ concurrency: 2 });
});

const code = (name: string): number => {
  const suite = suiteByName(name);
  if (!suite) throw new Error(`registry does not know ${name}`);
  return suite.code;
};

async function scanLegacy(config: LegacyServerOptions): Promise<{ report: TargetReport; hellos: number }> {
  const server = await startLegacyServer(config);
  try {
    const report = await scanTarget(
      { name: 'legacy', host: '127.0.0.1', port: server.port, sni: null },
      options
    );
    expectValidTargetReport(report);
    return { report, hellos: server.hellos };
  } finally {
    await server.close();
  }
}

const SSLV2_RC4_128_WITH_MD5 = 0x010080;
const SSLV2_RC4_128_EXPORT40_WITH_MD5 = 0x020080;

describe('scanning a legacy server', () => {
  it('finds SSLv2 and SSLv3 with RC4, EXPORT, NULL and anonymous suites in server order', async () => {
    const tlsSuites = ['RC4-MD5', 'EXP-RC4-MD5', 'NULL-SHA', 'ADH-AES128-SHA'].map(code);
    const { report, hellos } = await scanLegacy({
      versions: ['SSLv2', 'SSLv3', 'TLSv1.0'],
      suites: [SSLV2_RC4_128_WITH_MD5, SSLV2_RC4_128_EXPORT40_WITH_MD5, ...tlsSuites],
      order: 'server',
      dhBits: 1024
    });
    expect(report.status).toBe('ok');
    expect(report.protocols).toEqual({
      SSLv2: true,
      SSLv3: true,
      'TLSv1.0': true,
      'TLSv1.1': false,
      'TLSv1.2': false,
      'TLSv1.3': false
    });
    expect([...(report.cipherSuites.SSLv2 ?? [])].sort()).toEqual(
      [SSLV2_RC4_128_WITH_MD5, SSLV2_RC4_128_EXPORT40_WITH_MD5]
        .map((kind) => suiteName(kind, { sslv2: true }))
        .sort()
    );
    expect(report.cipherSuites.SSLv3).toEqual(tlsSuites.map((c) => suiteName(c)));
    expect(report.cipherSuites['TLSv1.0']).toEqual(tlsSuites.map((c) => suiteName(c)));
    expect(report.serverPreference.SSLv3).toBe(true);
    expect(report.keyExchange.dhBits).toBe(1024);
    expect(report.handshakes).toBe(hellos);
  });

  it('reports a client-order server with many suites across TLS 1.0-1.2 in registry order, with its curves', async () => {
    // 60+ suites, as the benchmark's legacy server: every mainstream suite TLS 1.0 allows, plus TLS 1.2 AEAD ones.
    const tls10 = suitesForProtocol('TLSv1.0')
      .filter(
        (s) =>
          s.openssl &&
          ['ECDHE', 'DHE', 'RSA'].includes(s.kx ?? '') &&
          ['RSA'].includes(s.au ?? '') &&
          !s.export
      )
      .map((s) => s.code);
    const tls12Only = [
      'ECDHE-RSA-AES128-GCM-SHA256',
      'ECDHE-RSA-AES256-GCM-SHA384',
      'DHE-RSA-AES128-GCM-SHA256'
    ].map(code);
    const groups = [0x001d, 0x0018];
    const { report, hellos } = await scanLegacy({
      versions: ['TLSv1.0', 'TLSv1.1', 'TLSv1.2'],
      suites: [...tls10, ...tls12Only],
      order: 'client',
      groups
    });
    expect(report.protocols).toEqual({
      SSLv2: false,
      SSLv3: false,
      'TLSv1.0': true,
      'TLSv1.1': true,
      'TLSv1.2': true,
      'TLSv1.3': false
    });
    const inOrder = (codes: number[], version: 'TLSv1.0' | 'TLSv1.2'): string[] => {
      const order = suitesForProtocol(version).map((s) => s.code);
      return codes
        .filter((c) => order.includes(c))
        .sort((a, b) => order.indexOf(a) - order.indexOf(b))
        .map((c) => suiteName(c));
    };
    expect(report.cipherSuites['TLSv1.0']).toEqual(inOrder(tls10, 'TLSv1.0'));
    expect(report.cipherSuites['TLSv1.2']).toEqual(inOrder([...tls10, ...tls12Only], 'TLSv1.2'));
    expect(report.serverPreference['TLSv1.2']).toBe(false);
    expect([...report.keyExchange.tls12Groups].sort()).toEqual(groups.map(groupName).sort());
    expect(report.handshakes).toBe(hellos);
  });
});
