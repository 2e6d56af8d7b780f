// The engine against real `openssl s_server` processes. Every expectation is derived from the server's own
// command line (its -cipher, -ciphersuites, -groups, -tls1_x, -serverpref), never from an earlier scan.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expectValidTargetReport } from './valid-report.js';
import { testScanOptions } from './scan-options.js';
import { suiteByName, groupByName, suitesForProtocol } from '../../src/registry/index.js';
import { scanTarget, type ScanOptions } from '../../src/scan/index.js';
import type { Target, TargetReport } from '../../src/model/report.js';
import {
  cleanupTempDirs,
  selfSigned,
  startOpensslServer,
  tempDir,
  type KeyPair,
  type OpensslServerOptions
} from '../helpers/servers.js';

let options: ScanOptions;
let rsa: KeyPair;
let ec: KeyPair;

beforeAll(async () => {
  options = await testScanOptions();
  rsa = selfSigned({ key: 'rsa' });
  ec = selfSigned({ key: 'ec' });
});
afterAll(() => cleanupTempDirs());

function target(port: number): Target {
  return { name: `127.0.0.1:${port}`, host: '127.0.0.1', port, sni: null };
}

async function scanServer(config: OpensslServerOptions): Promise<TargetReport> {
  const server = await startOpensslServer(config);
  try {
    const report = await scanTarget(target(server.port), options);
    expectValidTargetReport(report);
    return report;
  } finally {
    await server.stop();
  }
}

/** IANA names of OpenSSL suite names, as the config lists them (so the order is the config's order). */
function iana(opensslNames: string): string[] {
  return opensslNames.split(':').map((name) => {
    const suite = suiteByName(name);
    if (!suite) throw new Error(`registry does not know ${name}`);
    return suite.name;
  });
}

/** The same names in registry order: what a server without its own order is reported with. */
function inRegistryOrder(names: string[], version: 'TLSv1.2' | 'TLSv1.3'): string[] {
  const order = suitesForProtocol(version).map((suite) => suite.name);
  return [...names].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

function groupNames(opensslGroups: string): string[] {
  return opensslGroups.split(':').map((name) => groupByName(name)!.name);
}

const ONLY_TLS12 = {
  SSLv2: false,
  SSLv3: false,
  'TLSv1.0': false,
  'TLSv1.1': false,
  'TLSv1.2': true,
  'TLSv1.3': false
};
const ONLY_TLS13 = {
  SSLv2: false,
  SSLv3: false,
  'TLSv1.0': false,
  'TLSv1.1': false,
  'TLSv1.2': false,
  'TLSv1.3': true
};

describe('scanning openssl s_server', () => {
  it('finds exactly the three suites of a TLS 1.2-only server, in the order it enforces', async () => {
    const cipher = 'ECDHE-RSA-AES256-GCM-SHA384:AES128-SHA:ECDHE-RSA-CHACHA20-POLY1305';
    const report = await scanServer({ key: rsa, versions: ['-tls1_2'], cipher, serverPref: true });
    expect(report.error).toBeNull();
    expect(report.status).toBe('ok');
    expect(report.protocols).toEqual(ONLY_TLS12);
    expect(report.cipherSuites['TLSv1.2']).toEqual(iana(cipher));
    expect(report.serverPreference['TLSv1.2']).toBe(true);
    expect(report.cipherSuites['TLSv1.3']).toBeUndefined();
  });

  it('reports the same suites in registry order and no server preference when the client order wins', async () => {
    const cipher = 'ECDHE-RSA-AES256-GCM-SHA384:AES128-SHA:ECDHE-RSA-CHACHA20-POLY1305';
    const report = await scanServer({ key: rsa, versions: ['-tls1_2'], cipher });
    expect(report.protocols).toEqual(ONLY_TLS12);
    expect(report.cipherSuites['TLSv1.2']).toEqual(inRegistryOrder(iana(cipher), 'TLSv1.2'));
    expect(report.serverPreference['TLSv1.2']).toBe(false);
  });

  it('finds the suites and groups of a TLS 1.3-only server and reads its encrypted certificate', async () => {
    const ciphersuites = 'TLS_CHACHA20_POLY1305_SHA256:TLS_AES_256_GCM_SHA384';
    const groups = 'P-384:X25519';
    const report = await scanServer({
      key: ec,
      versions: ['-tls1_3'],
      ciphersuites,
      groups,
      serverPref: true
    });
    expect(report.status).toBe('ok');
    expect(report.protocols).toEqual(ONLY_TLS13);
    expect(report.cipherSuites['TLSv1.3']).toEqual(ciphersuites.split(':'));
    expect(report.serverPreference['TLSv1.3']).toBe(true);
    expect([...report.keyExchange.tls13Groups].sort()).toEqual(groupNames(groups).sort());
    expect(report.keyExchange.preferredGroup).toBe('secp384r1');
    expect(report.certificate?.readOver).toBe('TLSv1.3');
    expect(report.certificate?.chain).toHaveLength(1);
    expect(report.certificate?.chain[0]?.subject).toContain('localhost');
    expect(report.certificate?.chain[0]?.keyType).toBe('EC');
  });

  it('finds TLS 1.0, 1.1 and 1.2 on a server that allows them at security level 0', async () => {
    const cipher = 'AES128-SHA:ECDHE-RSA-AES256-SHA:@SECLEVEL=0';
    const report = await scanServer({
      key: rsa,
      versions: ['-no_tls1_3'],
      cipher,
      extraArgs: ['-legacy_renegotiation']
    });
    expect(report.protocols).toEqual({ ...ONLY_TLS12, 'TLSv1.0': true, 'TLSv1.1': true });
    for (const version of ['TLSv1.0', 'TLSv1.1', 'TLSv1.2'] as const) {
      expect([...(report.cipherSuites[version] ?? [])].sort()).toEqual(
        iana('AES128-SHA:ECDHE-RSA-AES256-SHA').sort()
      );
    }
  });

  it('reads the finite-field DH size of DHE suites from ServerKeyExchange', async () => {
    const dir = tempDir();
    const dhparam = path.join(dir, 'ffdhe3072.pem');
    execFileSync(
      'openssl',
      ['genpkey', '-genparam', '-algorithm', 'DH', '-pkeyopt', 'group:ffdhe3072', '-out', dhparam],
      { stdio: 'ignore' }
    );
    const report = await scanServer({
      key: rsa,
      versions: ['-tls1_2'],
      cipher: 'DHE-RSA-AES128-GCM-SHA256',
      extraArgs: ['-dhparam', dhparam]
    });
    expect(report.cipherSuites['TLSv1.2']).toEqual(iana('DHE-RSA-AES128-GCM-SHA256'));
    expect(report.keyExchange.dhBits).toBe(3072);
  });

  it('finds the TLS 1.2 ECDHE groups a server allows', async () => {
    const groups = 'X25519:P-521';
    const report = await scanServer({
      key: rsa,
      versions: ['-tls1_2'],
      cipher: 'ECDHE-RSA-AES128-GCM-SHA256',
      groups
    });
    expect([...report.keyExchange.tls12Groups].sort()).toEqual(groupNames(groups).sort());
    expect([...report.groups].sort()).toEqual(groupNames(groups).sort());
    expect(report.keyExchange.tls13Groups).toEqual([]);
  });

  it('reads the certificate as sent over TLS 1.2 with the handshake count and duration', async () => {
    const report = await scanServer({
      key: rsa,
      versions: ['-tls1_2'],
      cipher: 'ECDHE-RSA-AES128-GCM-SHA256'
    });
    expect(report.certificate?.readOver).toBe('TLSv1.2');
    expect(report.certificate?.chain[0]?.keyType).toBe('RSA');
    expect(report.certificate?.chain[0]?.sha256Fingerprint.replace(/:/g, '')).toBe(
      execFileSync('openssl', ['x509', '-in', rsa.certFile, '-noout', '-fingerprint', '-sha256'], {
        encoding: 'utf8'
      })
        .split('=')[1]!
        .trim()
        .replace(/:/g, '')
    );
    expect(report.handshakes).toBeGreaterThan(0);
    expect(report.durationMs).toBeGreaterThan(0);
  });
});
