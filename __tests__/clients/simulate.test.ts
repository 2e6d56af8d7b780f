// Client simulation against real servers on loopback. Each server is configured so that named profiles connect
// or fail for a known reason; the scan data handed to the simulation is written from that same configuration
// (the ground truth), never taken from the scanner.
import { afterAll, describe, expect, it } from '@jest/globals';
import { CLIENT_PROFILES, profileById } from '../../src/clients/profiles/index.js';
import type { ClientProfile } from '../../src/clients/profiles/types.js';
import { simulateClient, simulateClients } from '../../src/clients/simulate.js';
import type { ProtocolName, TargetReport } from '../../src/model/report.js';
import { cleanupTempDirs, selfSigned, startOpensslServer, type KeyPair } from '../helpers/servers.js';
import { server as scanData } from '../diagnose/fixtures.js';

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  cleanupTempDirs();
});

const keys: Record<string, KeyPair> = {};
const key = (type: 'rsa' | 'ec'): KeyPair => (keys[type] ??= selfSigned({ key: type, cn: 'shop.test' }));

const limits = () => ({ timeoutMs: 3000, deadline: Date.now() + 30000 });
const profile = (id: string): ClientProfile => {
  const found = profileById(id);
  if (!found) throw new Error(`no profile ${id}`);
  return found;
};

/** OpenSSL 3.0's default TLS 1.3 suites and groups: what s_server accepts when not told otherwise. */
const OPENSSL_TLS13_SUITES = [
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_GCM_SHA256'
];
const OPENSSL_GROUPS = [
  'x25519',
  'secp256r1',
  'x448',
  'secp521r1',
  'secp384r1',
  'ffdhe2048',
  'ffdhe3072',
  'ffdhe4096',
  'ffdhe6144',
  'ffdhe8192'
];

async function opensslServer(args: Parameters<typeof startOpensslServer>[0]) {
  const server = await startOpensslServer(args);
  stops.push(() => server.stop());
  const endpoint = { host: 'shop.test', address: '127.0.0.1', port: server.port, sni: 'shop.test' };
  return { endpoint, port: server.port };
}

function target(port: number, shape: Parameters<typeof scanData>[0]): TargetReport {
  return { ...scanData(shape), port, name: `shop.test:${port}` };
}

describe('client simulation: TLS 1.3-only server (openssl s_server -tls1_3)', () => {
  it('lets OpenSSL 3, Chrome, Go and Safari in over TLS 1.3 and keeps Java 8 and Windows 7 out for want of a common version', async () => {
    const { endpoint, port } = await opensslServer({ key: key('rsa'), versions: ['-tls1_3'] });
    const data = target(port, {
      protocols: ['TLSv1.3'],
      suites: { 'TLSv1.3': OPENSSL_TLS13_SUITES },
      groups: OPENSSL_GROUPS
    });
    const ids = ['openssl-3', 'chrome-current', 'go-current', 'safari-current', 'java-8', 'windows-7'];
    const results = await simulateClients(endpoint, data, limits(), ids.map(profile));
    const byId = Object.fromEntries(results.map((r) => [r.profile, r]));
    for (const id of ['openssl-3', 'chrome-current', 'go-current', 'safari-current']) {
      expect(byId[id]).toMatchObject({ connects: true, version: 'TLSv1.3', diagnosis: null });
    }
    // Chrome offers AES-128-GCM first and OpenSSL follows the client's order.
    expect(byId['chrome-current']!.cipherSuite).toBe('TLS_AES_128_GCM_SHA256');
    expect(byId['openssl-3']!.group).toBe('x25519');
    for (const id of ['java-8', 'windows-7']) {
      expect(byId[id]!.connects).toBe(false);
      expect(byId[id]!.alert?.description).toBe(70);
      expect(byId[id]!.diagnosis).toMatch(/^No common protocol version/);
      expect(byId[id]!.fix?.nginx?.[0]).toBe('ssl_protocols TLSv1.2 TLSv1.3;');
    }
  });

  it('reports a disagreement when the scan data claims TLS 1.2 the server does not speak', async () => {
    const { endpoint, port } = await opensslServer({ key: key('rsa'), versions: ['-tls1_3'] });
    const wrong = target(port, {
      protocols: ['TLSv1.2', 'TLSv1.3'],
      suites: { 'TLSv1.2': ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'], 'TLSv1.3': OPENSSL_TLS13_SUITES },
      groups: OPENSSL_GROUPS
    });
    const result = await simulateClient(endpoint, wrong, profile('java-8'), limits());
    expect(result.connects).toBe(false);
    expect(result.diagnosis).toContain(
      'Disagreement with the scan data: the scan predicts TLSv1.2 with TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, the handshake gave no connection (alert).'
    );
  });
});

describe('client simulation: DHE-only TLS 1.2 server', () => {
  it('lets Java 8 and Windows 7 in with DHE-RSA-AES128-GCM and keeps Chrome and Android 7 out for want of a common suite', async () => {
    const { endpoint, port } = await opensslServer({
      key: key('rsa'),
      versions: ['-tls1_2'],
      cipher: 'DHE-RSA-AES128-GCM-SHA256'
    });
    const data = target(port, {
      protocols: ['TLSv1.2'],
      suites: { 'TLSv1.2': ['TLS_DHE_RSA_WITH_AES_128_GCM_SHA256'] },
      groups: OPENSSL_GROUPS
    });
    const results = await simulateClients(
      endpoint,
      data,
      limits(),
      ['java-8', 'windows-7', 'chrome-current', 'android-7'].map(profile)
    );
    const byId = Object.fromEntries(results.map((r) => [r.profile, r]));
    for (const id of ['java-8', 'windows-7']) {
      expect(byId[id]).toMatchObject({
        connects: true,
        version: 'TLSv1.2',
        cipherSuite: 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
        group: null
      });
    }
    for (const id of ['chrome-current', 'android-7']) {
      expect(byId[id]!.connects).toBe(false);
      expect(byId[id]!.alert?.description).toBe(40);
      expect(byId[id]!.diagnosis).toMatch(/^No common cipher suite at TLSv1\.2/);
      // The fix keeps the server's DHE suite and adds the client's first suite an RSA key can serve.
      expect(byId[id]!.fix?.nginx).toContain(
        'ssl_ciphers DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256;'
      );
    }
  });
});

describe('client simulation: groups', () => {
  it('follows a HelloRetryRequest to P-256 for OpenSSL 3, whose first key share is x25519', async () => {
    const { endpoint, port } = await opensslServer({
      key: key('rsa'),
      versions: ['-tls1_3'],
      groups: 'P-256'
    });
    const data = target(port, {
      protocols: ['TLSv1.3'],
      suites: { 'TLSv1.3': OPENSSL_TLS13_SUITES },
      groups: ['secp256r1']
    });
    const result = await simulateClient(endpoint, data, profile('openssl-3'), limits());
    expect(result).toMatchObject({ connects: true, version: 'TLSv1.3', group: 'secp256r1', diagnosis: null });
  });

  it('keeps Android 10 out of a P-521-only TLS 1.3 server and names the groups of each side', async () => {
    const { endpoint, port } = await opensslServer({
      key: key('rsa'),
      versions: ['-tls1_3'],
      groups: 'P-521'
    });
    const data = target(port, {
      protocols: ['TLSv1.3'],
      suites: { 'TLSv1.3': OPENSSL_TLS13_SUITES },
      groups: ['secp521r1']
    });
    const result = await simulateClient(endpoint, data, profile('android-10'), limits());
    expect(result.connects).toBe(false);
    expect(result.alert?.name).toBe('handshake_failure');
    expect(result.diagnosis).toMatch(
      /^No common key-exchange group at TLSv1\.3: android-10 offers x25519, secp256r1, secp384r1; .* accepts secp521r1\./
    );
  });
});

describe('client simulation: certificates', () => {
  it('keeps an ECDSA-only client out of a server with only an RSA certificate (no common signature algorithm)', async () => {
    const { endpoint, port } = await opensslServer({ key: key('rsa'), versions: ['-tls1_3'] });
    const data = target(port, {
      protocols: ['TLSv1.3'],
      suites: { 'TLSv1.3': OPENSSL_TLS13_SUITES },
      groups: OPENSSL_GROUPS,
      keyType: 'RSA'
    });
    const ecdsaOnly: ClientProfile = {
      ...profile('go-current'),
      id: 'ecdsa-only',
      signatureAlgorithms: [0x0403, 0x0503]
    };
    const result = await simulateClient(endpoint, data, ecdsaOnly, limits());
    expect(result.connects).toBe(false);
    expect(result.alert?.description).toBe(40);
    expect(result.diagnosis).toMatch(/^No common signature algorithm at TLSv1\.3/);
  });

  it('lets the same ECDSA-only client in when the server holds an ECDSA certificate', async () => {
    const { endpoint, port } = await opensslServer({ key: key('ec'), versions: ['-tls1_3'] });
    const data = target(port, {
      protocols: ['TLSv1.3'],
      suites: { 'TLSv1.3': OPENSSL_TLS13_SUITES },
      groups: OPENSSL_GROUPS,
      keyType: 'EC'
    });
    const ecdsaOnly: ClientProfile = {
      ...profile('go-current'),
      id: 'ecdsa-only',
      signatureAlgorithms: [0x0403, 0x0503]
    };
    expect((await simulateClient(endpoint, data, ecdsaOnly, limits())).connects).toBe(true);
  });

  it('marks a client that completes the handshake as failing when the certificate has expired', async () => {
    const { endpoint, port } = await opensslServer({ key: key('rsa'), versions: ['-tls1_3'] });
    const data = target(port, {
      protocols: ['TLSv1.3'],
      suites: { 'TLSv1.3': OPENSSL_TLS13_SUITES },
      groups: OPENSSL_GROUPS,
      leaf: { daysRemaining: -1, notAfter: '2026-11-26T00:00:00Z' }
    });
    const result = await simulateClient(endpoint, data, profile('firefox-current'), limits());
    expect(result).toMatchObject({ connects: false, version: 'TLSv1.3', alert: null });
    expect(result.diagnosis).toContain('expired on 2026-11-26');
  });
});

describe('client simulation: SNI', () => {
  it('names the unknown SNI name when the server answers alert 112 (s_server -servername_fatal)', async () => {
    const { port } = await opensslServer({
      key: key('rsa'),
      versions: ['-tls1_3'],
      extraArgs: [
        '-cert2',
        key('rsa').certFile,
        '-key2',
        key('rsa').keyFile,
        '-servername',
        'shop.test',
        '-servername_fatal'
      ]
    });
    const endpoint = { host: 'other.test', address: '127.0.0.1', port, sni: 'other.test' };
    const data = {
      ...target(port, {
        protocols: ['TLSv1.3'],
        suites: { 'TLSv1.3': OPENSSL_TLS13_SUITES },
        groups: OPENSSL_GROUPS
      }),
      host: 'other.test',
      sni: 'other.test'
    };
    const result = await simulateClient(endpoint, data, profile('firefox-current'), limits());
    expect(result.connects).toBe(false);
    expect(result.alert?.description).toBe(112);
    expect(result.diagnosis).toContain(
      'does not know the name other.test sent in SNI (alert 112 unrecognized_name)'
    );
    expect(result.fix?.nginx?.[0]).toContain('default_server');
  });
});

describe('client simulation: every profile', () => {
  it('runs all profiles against a permissive server without a crash, each connecting at its highest version', async () => {
    const { endpoint, port } = await opensslServer({
      key: key('rsa'),
      cipher: 'ALL:@SECLEVEL=0',
      extraArgs: ['-legacy_renegotiation']
    });
    const versions: ProtocolName[] = ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
    const results = await simulateClients(
      endpoint,
      target(port, { protocols: versions, suites: {}, groups: OPENSSL_GROUPS }),
      limits()
    );
    // Not vacuous: one result per profile, in the profiles' order.
    expect(results.map((result) => result.profile)).toEqual(CLIENT_PROFILES.map((p) => p.id));
    for (const result of results) {
      const p = profile(result.profile);
      expect({ id: result.profile, version: result.version }).toEqual({ id: p.id, version: p.versions[0] });
    }
  });
});
