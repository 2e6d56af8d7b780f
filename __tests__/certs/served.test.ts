// Chains served by real TLS servers on loopback (Node tls, openssl s_server), read by the engine's own probe
// (src/scan/probe.ts) over TLS 1.2 and TLS 1.3 (decrypting the Certificate message), then judged by
// analyzeCertificates. Expected values come from the PKI built here and the servers' configuration.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import tls from 'node:tls';
import { analyzeCertificates, trustStoreFromPem, type TrustStore } from '../../src/certs/index.js';
import { suitesForProtocol } from '../../src/registry/index.js';
import { legacyHello, signatureSchemes, tls13Hello, X25519 } from '../../src/scan/hellos.js';
import { runProbe } from '../../src/scan/probe.js';
import type { ProbeAccepted } from '../../src/scan/probe-types.js';
import { createOcspResponse } from '../../src/testing/ocsp-response.js';
import {
  createTestPki,
  pemBundle,
  writeTemp,
  type TempFiles,
  type TestCertificate
} from '../../src/testing/pki.js';
import {
  nginxBinary,
  startNginx,
  startNodeTlsServer,
  startOpensslServer,
  type KeyPair,
  type RunningServer
} from '../helpers/servers.js';

type Version = 'TLSv1.2' | 'TLSv1.3';
const VERSIONS: Version[] = ['TLSv1.2', 'TLSv1.3'];
const HOST = 'app.test';

const now = new Date();
const pki = createTestPki({ now });
let root: TestCertificate;
let intermediate: TestCertificate;
let leaf: TestCertificate;
let trust: TrustStore;
const temps: TempFiles[] = [];
const servers: RunningServer[] = [];

beforeAll(async () => {
  root = await pki.root({ commonName: 'Served Root' });
  intermediate = await pki.intermediate(root, {
    commonName: 'Served Intermediate',
    caIssuerUrls: ['http://ca.test/i.der']
  });
  leaf = await pki.leaf(intermediate, { commonName: HOST, dnsNames: [HOST], ipAddresses: ['127.0.0.1'] });
  trust = trustStoreFromPem(root.certPem);
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await Promise.all(temps.map((temp) => temp.cleanup()));
});

async function keyPair(cert: TestCertificate, chain: TestCertificate[] = []): Promise<KeyPair> {
  const temp = await writeTemp({ 'cert.pem': pemBundle(cert, ...chain), 'key.pem': cert.keyPem });
  temps.push(temp);
  return {
    certFile: temp.paths['cert.pem']!,
    keyFile: temp.paths['key.pem']!,
    certPem: pemBundle(cert, ...chain),
    keyPem: cert.keyPem
  };
}

async function started<T extends RunningServer>(server: Promise<T>): Promise<T> {
  const running = await server;
  servers.push(running);
  return running;
}

/** One certificate-reading probe, as the engine's certificate capture sends it. */
async function readChain(
  port: number,
  version: Version,
  options: { sni?: string | null; family?: 'ecdsa' | 'rsa' } = {}
): Promise<ProbeAccepted> {
  const serverName = options.sni === undefined ? HOST : options.sni;
  const signatureAlgorithms = options.family ? signatureSchemes(options.family) : undefined;
  // Over TLS 1.2 the key type is chosen by the suite: offer only suites authenticated by the wanted family.
  const au = options.family === 'ecdsa' ? 'ECDSA' : options.family === 'rsa' ? 'RSA' : null;
  const suites = suitesForProtocol(version)
    .filter((suite) => version === 'TLSv1.3' || au === null || suite.au === au)
    .map((suite) => suite.code);
  const spec =
    version === 'TLSv1.3'
      ? tls13Hello(suites, {
          serverName,
          statusRequest: true,
          signatureAlgorithms,
          keyShares: [{ group: X25519, keyExchange: Buffer.alloc(0) }]
        })
      : legacyHello(version, suites, { serverName, statusRequest: true, signatureAlgorithms });
  const outcome = await runProbe(
    { host: HOST, address: '127.0.0.1', port, sni: serverName },
    { kind: 'tls', spec },
    { timeoutMs: 5000, deadline: Date.now() + 15_000 },
    { readCertificates: true }
  );
  if (outcome.kind !== 'accepted')
    throw new Error(`probe over ${version} was not accepted: ${JSON.stringify(outcome)}`);
  expect(outcome.version).toBe(version);
  return outcome;
}

function judge(outcome: ProbeAccepted, extra: Partial<Parameters<typeof analyzeCertificates>[0]> = {}) {
  return analyzeCertificates({
    chain: outcome.certificates ?? [],
    host: HOST,
    sni: HOST,
    ocspResponse: outcome.ocspResponse,
    noSniChain: null,
    alternateChains: [],
    readOver: outcome.version,
    trust,
    now,
    ...extra
  });
}

describe.each(VERSIONS)('certificates served over %s', (version) => {
  const protocolOptions = { minVersion: version, maxVersion: version } as const;

  it('reads a Node tls chain exactly as sent and judges it trusted', async () => {
    const server = await started(
      startNodeTlsServer({ key: await keyPair(leaf, [intermediate]), ...protocolOptions })
    );
    const outcome = await readChain(server.port, version);
    expect(outcome.certificates?.map((der) => der.toString('base64'))).toEqual(
      [leaf.der, intermediate.der].map((d) => d.toString('base64'))
    );
    const report = judge(outcome);
    expect(report).toMatchObject({
      trusted: true,
      chainComplete: true,
      chainOrdered: true,
      hostnameMatch: true,
      readOver: version,
      validatedPath: [leaf.subject, intermediate.subject, root.subject]
    });
  });

  it('sees the missing intermediate of a server that sends the leaf alone', async () => {
    const server = await started(startNodeTlsServer({ key: await keyPair(leaf), ...protocolOptions }));
    const report = judge(await readChain(server.port, version));
    expect(report).toMatchObject({
      trusted: false,
      chainComplete: false,
      missingIssuer: { subject: intermediate.subject, caIssuerUrl: null }
    });
    expect(report.chain).toHaveLength(1);
  });

  it('reports an expired leaf served as is', async () => {
    const expired = await pki.leaf(intermediate, { commonName: HOST, notBeforeDays: -60, notAfterDays: -2 });
    const server = await started(
      startNodeTlsServer({ key: await keyPair(expired, [intermediate]), ...protocolOptions })
    );
    const report = judge(await readChain(server.port, version));
    expect(report.chain[0]!.daysRemaining).toBeLessThan(-1.9);
    expect(report.chain[0]!.serialNumber).toBe(expired.cert.serialNumber.toUpperCase());
  });

  it('reads the certificate served without SNI when it differs from the named one', async () => {
    const fallback = await pki.leaf(intermediate, { commonName: 'default.test' });
    const named = tls.createSecureContext({ key: leaf.keyPem, cert: pemBundle(leaf, intermediate) });
    const server = await started(
      startNodeTlsServer({
        key: await keyPair(fallback, [intermediate]),
        SNICallback: (name, done) => done(null, name === HOST ? named : undefined),
        ...protocolOptions
      })
    );
    const withSni = await readChain(server.port, version);
    const withoutSni = await readChain(server.port, version, { sni: null });
    const report = judge(withSni, { noSniChain: withoutSni.certificates });
    expect(report.chain[0]!.subject).toBe(leaf.subject);
    expect(report.hostnameMatch).toBe(true);
    expect(report.noSniCertificate?.subject).toBe('CN=default.test');
  });

  it('reads the order openssl s_server -cert_chain sends (root before intermediate: not ordered)', async () => {
    const chainFile = await writeTemp({ 'chain.pem': pemBundle(root, intermediate) });
    temps.push(chainFile);
    const server = await started(
      startOpensslServer({
        key: await keyPair(leaf),
        certChainFile: chainFile.paths['chain.pem'],
        versions: [version === 'TLSv1.3' ? '-tls1_3' : '-tls1_2']
      })
    );
    const report = judge(await readChain(server.port, version));
    expect(report.chain.map((c) => c.subject)).toEqual([leaf.subject, root.subject, intermediate.subject]);
    expect(report).toMatchObject({
      trusted: true,
      chainComplete: true,
      chainOrdered: false,
      containsRoot: true
    });
  });

  it('reads an OCSP response stapled by openssl s_server -status_file', async () => {
    const thisUpdate = new Date(Math.floor(now.getTime() / 1000) * 1000 - 3_600_000);
    const nextUpdate = new Date(thisUpdate.getTime() + 3 * 86_400_000);
    const response = createOcspResponse({
      certificate: leaf,
      issuer: intermediate,
      status: 'good',
      thisUpdate,
      nextUpdate
    });
    const files = await writeTemp({ 'ocsp.der': response, 'chain.pem': intermediate.certPem });
    temps.push(files);
    const server = await started(
      startOpensslServer({
        key: await keyPair(leaf),
        certChainFile: files.paths['chain.pem'],
        statusFile: files.paths['ocsp.der'],
        versions: [version === 'TLSv1.3' ? '-tls1_3' : '-tls1_2']
      })
    );
    const report = judge(await readChain(server.port, version));
    expect(report.ocspStapled).toBe(true);
    expect(report.ocsp).toEqual({
      status: 'good',
      thisUpdate: thisUpdate.toISOString(),
      nextUpdate: nextUpdate.toISOString()
    });
  });

  it('finds both chains of a dual RSA + ECDSA openssl server', async () => {
    const ecLeaf = await pki.leaf(intermediate, { commonName: HOST, key: { type: 'ec', curve: 'P-256' } });
    const server = await started(
      startOpensslServer({
        // s_server reads one certificate from -cert/-dcert files; the chains come from -cert_chain/-dcert_chain.
        key: await keyPair(leaf),
        dualKey: await keyPair(ecLeaf),
        certChainFile: (await keyPair(intermediate)).certFile,
        extraArgs: ['-dcert_chain', (await keyPair(intermediate)).certFile],
        versions: [version === 'TLSv1.3' ? '-tls1_3' : '-tls1_2']
      })
    );
    const rsa = await readChain(server.port, version, { family: 'rsa' });
    const ecdsa = await readChain(server.port, version, { family: 'ecdsa' });
    const report = judge(rsa, { alternateChains: [ecdsa.certificates ?? []] });
    expect(report.chain[0]!.keyType).toBe('RSA');
    expect(report.chain.map((c) => c.serialNumber)).toEqual(
      [leaf, intermediate].map((c) => c.cert.serialNumber.toUpperCase())
    );
    expect(report.alternateChains.map((a) => [a.keyType, a.chain[0]!.serialNumber, a.chain.length])).toEqual([
      ['EC', ecLeaf.cert.serialNumber.toUpperCase(), 2]
    ]);
  });
});

describe('certificates served by nginx', () => {
  const nginx = nginxBinary();
  const maybe = nginx ? it : it.skip;
  if (!nginx) console.log('nginx is not installed: skipping the nginx chain and stapling tests');

  maybe('reads nginx’s bundle and stapling file over TLS 1.2 and TLS 1.3', async () => {
    const response = createOcspResponse({ certificate: leaf, issuer: intermediate, status: 'revoked' });
    const files = await writeTemp({ 'ocsp.der': response });
    temps.push(files);
    const server = await started(
      startNginx({
        key: await keyPair(leaf, [intermediate]),
        protocols: 'TLSv1.2 TLSv1.3',
        extra: ['ssl_stapling on;', `ssl_stapling_file ${files.paths['ocsp.der']};`]
      })
    );
    for (const version of VERSIONS) {
      const report = judge(await readChain(server.port, version));
      expect(report).toMatchObject({
        trusted: true,
        chainOrdered: true,
        ocspStapled: true,
        readOver: version
      });
      expect(report.ocsp?.status).toBe('revoked');
    }
  });
});
