// Verdicts a team can trust, on real servers on loopback: a TLS 1.3-only server passes the default policy with
// a warning naming the clients it leaves out; a private CA's long-lived leaf is not judged on lifetime unless
// the policy opts in; the public CA/B schedule on each side of its dates; an unreadable certificate is one
// certificate.malformed.
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { analyzeCertificates, trustStoreFromPem, type TrustStore } from '../../src/certs/index.js';
import { evaluate, loadPolicy } from '../../src/policy/index.js';
import type { Finding, Report, TargetReport } from '../../src/model/report.js';
import { runPipeline } from '../../src/pipeline.js';
import { scanTarget } from '../../src/scan/index.js';
import { runSettings } from '../../src/settings/index.js';
import { parseTargetArgument } from '../../src/targets/index.js';
import { createTestPki, type TestCertificate, type TestPki } from '../../src/testing/pki.js';
import {
  cleanupTempDirs,
  nginxBinary,
  startNginx,
  startNodeTlsServer,
  startOpensslServer,
  tempDir,
  type KeyPair
} from '../helpers/servers.js';
import { expectValidReport } from '../helpers/report-schema.js';
import { testScanOptions } from '../scan/scan-options.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const EC = { type: 'ec', curve: 'P-256' } as const;

let dir: string;
let pki: TestPki;
let root: TestCertificate;
let caFile: string;

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content, { mode: 0o600 });
  return file;
}

/** A leaf for 127.0.0.1 signed by the test root, as files a server can load. */
async function leafFiles(name: string, dates: { notBefore: Date; notAfter: Date }): Promise<KeyPair> {
  const leaf = await pki.leaf(root, {
    commonName: 'localhost',
    dnsNames: ['localhost'],
    ipAddresses: ['127.0.0.1'],
    key: EC,
    ...dates
  });
  return {
    certFile: write(`${name}.pem`, leaf.certPem),
    keyFile: write(`${name}.key`, leaf.keyPem),
    certPem: leaf.certPem,
    keyPem: leaf.keyPem
  };
}

/** A server per Mozilla intermediate: TLS 1.2 and 1.3, ECDHE-ECDSA AEAD suites only. */
const MOZILLA_INTERMEDIATE_SERVER = {
  minVersion: 'TLSv1.2',
  ecdhCurve: 'X25519:P-256',
  ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305'
} as const;

const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

async function pipeline(port: number, extra: { policy?: string; clients?: boolean } = {}): Promise<Report> {
  return runPipeline(
    runSettings({
      targets: [parseTargetArgument(`127.0.0.1:${port}`)],
      policyBaseDir: dir,
      caFile,
      now: NOW,
      failOn: 'error',
      timeoutMs: 3000,
      concurrency: 1,
      perTargetConcurrency: 4,
      ...extra
    })
  );
}

const summary = (findings: Finding[]) => findings.map((f) => [f.rule, f.severity]);

beforeAll(async () => {
  dir = tempDir('tls-gate-verdicts-');
  pki = createTestPki({ now: NOW, defaultKey: EC });
  root = await pki.root({ commonName: 'tls-gate Verdicts Root', key: EC });
  caFile = write('root.pem', root.certPem);
});
afterAll(() => cleanupTempDirs());

describe('a TLS 1.3-only server (openssl s_server -tls1_3) under the default policy', () => {
  let server: Awaited<ReturnType<typeof startOpensslServer>>;
  beforeAll(async () => {
    const key = await leafFiles('tls13', { notBefore: days(-10), notAfter: days(80) });
    server = await startOpensslServer({ key, versions: ['-tls1_3'], groups: 'X25519:P-256' });
  });
  afterAll(async () => server?.stop());

  it('passes, with one warning that names the clients without TLS 1.3', async () => {
    const report = await pipeline(server.port);
    expectValidReport(report);
    const [target] = report.targets;
    expect(summary(target!.findings)).toEqual([['protocol.missing', 'warning']]);
    expect(report.verdict).toBe('pass');
    const [f] = target!.findings;
    expect(f!.message).toContain('does not accept TLSv1.2');
    expect(f!.message).toContain('Java 8');
    expect(f!.message).toContain('Windows 7 Schannel');
  });

  it('with client simulation, names the clients the simulation saw fail', async () => {
    const report = await pipeline(server.port, { clients: true });
    const target = report.targets[0]!;
    const f = target.findings.find((x) => x.rule === 'protocol.missing')!;
    expect(f.severity).toBe('warning');
    const failing = (target.clients ?? []).filter((c) => !c.connects).map((c) => c.profile);
    expect(failing).toContain('java-8');
    expect(f.evidence.clientsThatCannotConnect).toHaveLength(failing.length);
    expect(f.message).toContain('Java 8');
  });
});

const describeWithNginx = nginxBinary() ? describe : describe.skip;
if (!nginxBinary())
  console.warn(
    'SKIPPED nginx TLS 1.3-only case of __tests__/policy/verdicts-real-servers.test.ts: nginx is not installed'
  );

describeWithNginx("nginx with Mozilla's modern settings (TLS 1.3 only) under the default policy", () => {
  let server: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => {
    const key = await leafFiles('nginx-modern', { notBefore: days(-10), notAfter: days(80) });
    // Mozilla's modern configuration, its HSTS header included (hsts_min_age: two years).
    server = await startNginx({
      key,
      protocols: 'TLSv1.3',
      ecdhCurve: 'X25519:prime256v1:secp384r1',
      extra: ['add_header Strict-Transport-Security "max-age=63072000" always;']
    });
  });
  afterAll(async () => server?.stop());

  it('passes, with one warning (protocol.missing) that names the clients without TLS 1.3', async () => {
    const report = await pipeline(server.port);
    const [target] = report.targets;
    expect(target!.protocols).toMatchObject({ 'TLSv1.3': true, 'TLSv1.2': false });
    expect(summary(target!.findings)).toEqual([['protocol.missing', 'warning']]);
    expect(report.verdict).toBe('pass');
    expect(target!.findings[0]!.message).toContain('Java 8');
  });
});

describe('a 400-day leaf from a private CA given with --ca-file', () => {
  let server: Awaited<ReturnType<typeof startNodeTlsServer>>;
  beforeAll(async () => {
    const key = await leafFiles('long', { notBefore: days(-30), notAfter: days(370) });
    server = await startNodeTlsServer({ key, ...MOZILLA_INTERMEDIATE_SERVER });
  });
  afterAll(async () => server?.stop());

  const lifetime = (report: Report) =>
    report.targets[0]!.findings.filter((f) => f.rule === 'certificate.lifetime');

  it('is not judged on lifetime under the default policy', async () => {
    const report = await pipeline(server.port);
    expect(report.targets[0]!.certificate?.trustStore).toBe('ca-file');
    expect(lifetime(report)).toEqual([]);
  });

  it('is an error when the policy opts in with lifetime-for-private-ca', async () => {
    write(
      'private-lifetimes.yml',
      'extends: [mozilla-intermediate]\ncertificates:\n  lifetime-for-private-ca: true\n'
    );
    const report = await pipeline(server.port, { policy: 'private-lifetimes.yml' });
    expect(summary(lifetime(report))).toEqual([['certificate.lifetime', 'error']]);
    expect(lifetime(report)[0]!.evidence).toMatchObject({ lifetimeDays: 400, trustStore: 'ca-file' });
  });
});

describe('the CA/B schedule, with the test root declared public in the trust store', () => {
  const cases: [string, Date, Date, boolean][] = [
    [
      'issued 2026-03-14, 398 days',
      new Date('2026-03-14T00:00:00Z'),
      new Date('2027-04-15T23:59:59Z'),
      false
    ],
    ['issued 2026-03-14, 399 days', new Date('2026-03-14T00:00:00Z'), new Date('2027-04-17T23:59:59Z'), true],
    [
      'issued 2026-06-01, 200 days',
      new Date('2026-06-01T00:00:00Z'),
      new Date('2026-12-17T23:59:59Z'),
      false
    ],
    ['issued 2026-06-01, 201 days', new Date('2026-06-01T00:00:00Z'), new Date('2026-12-18T23:59:59Z'), true]
  ];
  for (const [name, notBefore, notAfter, fails] of cases) {
    it(`${name}: ${fails ? 'certificate.lifetime' : 'no lifetime finding'}`, async () => {
      const key = await leafFiles(name.replace(/\W+/g, '-'), { notBefore, notAfter });
      const server = await startNodeTlsServer({ key, ...MOZILLA_INTERMEDIATE_SERVER });
      try {
        const options = await testScanOptions({
          trust: trustStoreFromPem(root.certPem, 'mozilla'),
          now: NOW
        });
        const scanned = await scanTarget(parseTargetArgument(`127.0.0.1:${server.port}`), options);
        expect(scanned.certificate?.trustStore).toBe('mozilla');
        const policy = await loadPolicy('cabf-validity', { baseDir: '.' });
        const [t] = evaluate([scanned], policy, { now: NOW, failOn: 'error' }).targets;
        const found = t!.findings.filter((f) => f.rule === 'certificate.lifetime');
        expect(found).toHaveLength(fails ? 1 : 0);
      } finally {
        await server.stop();
      }
    });
  }
});

describe('a leaf sent alone, its cause found by following the AIA URL as the scan will (certs/chain-diagnosis.ts)', () => {
  let aia: http.Server;
  let base: string;
  const served = new Map<string, Buffer>();
  beforeAll(async () => {
    aia = http.createServer((request, response) => {
      const body = served.get(request.url ?? '');
      if (!body) return void response.writeHead(404).end();
      response.writeHead(200).end(body);
    });
    await new Promise<void>((resolve) => aia.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(aia.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        aia.close(() => resolve());
        aia.closeAllConnections(); // a kept-alive fetch would hold close() for the keep-alive timeout
      })
  );

  /** Scans a server that sends only `leaf` (the scan follows its AIA URL), and evaluates under the default policy. */
  async function judge(leaf: TestCertificate, trust: TrustStore): Promise<Finding[]> {
    const key = { certFile: '', keyFile: '', certPem: leaf.certPem, keyPem: leaf.keyPem };
    const server = await startNodeTlsServer({ key, ...MOZILLA_INTERMEDIATE_SERVER });
    try {
      const scanned = await scanTarget(
        parseTargetArgument(`127.0.0.1:${server.port}`),
        await testScanOptions({ trust, now: NOW, aia: true })
      );
      const policy = await loadPolicy(undefined, { baseDir: '.' });
      const [t] = evaluate([scanned], policy, { now: NOW, failOn: 'error' }).targets;
      return t!.findings.filter((f) => f.severity === 'error');
    } finally {
      await server.stop();
    }
  }

  const leafOf = (issuer: TestCertificate, path: string) =>
    pki.leaf(issuer, {
      commonName: 'localhost',
      dnsNames: ['localhost'],
      ipAddresses: ['127.0.0.1'],
      key: EC,
      caIssuerUrls: [`${base}${path}`]
    });

  it('a missing intermediate is one chain.incomplete naming it', async () => {
    const intermediate = await pki.intermediate(root, { commonName: 'Verdicts Issuing CA', key: EC });
    served.set('/issuing.der', intermediate.der);
    const errors = await judge(await leafOf(intermediate, '/issuing.der'), trustStoreFromPem(root.certPem));
    expect(errors.map((f) => f.rule)).toEqual(['chain.incomplete']);
    expect(errors[0]!.message).toContain('"CN=Verdicts Issuing CA"');
    expect(errors[0]!.message).toContain('curl, OpenSSL, Java, Python, Go do not');
  });

  it('a private root not given with --ca-file is one certificate.untrusted naming it, with the ca-file hint', async () => {
    const privateRoot = await pki.root({ commonName: 'Corp Private Root', key: EC });
    served.set('/corp-root.der', privateRoot.der);
    const errors = await judge(await leafOf(privateRoot, '/corp-root.der'), trustStoreFromPem(root.certPem));
    expect(errors.map((f) => f.rule)).toEqual(['certificate.untrusted']);
    expect(errors[0]!.message).toContain('"CN=Corp Private Root", a root no trust store here holds');
    expect(errors[0]!.message).toContain('`--ca-file`');
  });
});

describe('a certificate that is not DER', () => {
  it('gives exactly one certificate.malformed with the parse error, and nothing derived from it', async () => {
    const notDer = Buffer.from('-----BEGIN CERTIFICATE-----\nnot base64 DER at all\n', 'utf8');
    const certificate = analyzeCertificates({
      chain: [notDer, root.der],
      host: '127.0.0.1',
      sni: null,
      ocspResponse: null,
      noSniChain: null,
      alternateChains: [],
      readOver: 'TLSv1.2',
      trust: trustStoreFromPem(root.certPem),
      now: NOW
    });
    expect(certificate.error?.code).toBe('CERT_PARSE');
    const scanned: TargetReport = { ...(await scannedShape()), certificate };
    const policy = await loadPolicy(undefined, { baseDir: '.' });
    const [t] = evaluate([scanned], policy, { now: NOW, failOn: 'error' }).targets;
    expect(summary(t!.findings)).toEqual([['certificate.malformed', 'error']]);
    expect(t!.findings[0]!.evidence.parseError).toEqual(certificate.chain[0]!.parseError);
  });
});

describe('a certificate whose subjectAltName extension is malformed', () => {
  it('served by a real server: exactly one certificate.malformed naming the extension, no host judged from the CN', async () => {
    // A GeneralNames SEQUENCE whose dNSName claims 5 bytes and carries 1: the extension is there, unreadable.
    const brokenSan = { oid: '2.5.29.17', value: Buffer.from([0x30, 0x03, 0x82, 0x05, 0x61]) };
    const leaf = await pki.leaf(root, {
      commonName: '127.0.0.1',
      dnsNames: [],
      key: EC,
      extraExtensions: [brokenSan]
    });
    const key = { certFile: '', keyFile: '', certPem: leaf.certPem, keyPem: leaf.keyPem };
    const server = await startNodeTlsServer({ key, ...MOZILLA_INTERMEDIATE_SERVER });
    try {
      const options = await testScanOptions({ trust: trustStoreFromPem(root.certPem), now: NOW });
      const scanned = await scanTarget(parseTargetArgument(`127.0.0.1:${server.port}`), options);
      expect(scanned.certificate!.chain[0]!.unreadableExtensions).toEqual(['subjectAltName']);
      const policy = await loadPolicy(undefined, { baseDir: '.' });
      const [t] = evaluate([scanned], policy, { now: NOW, failOn: 'error' }).targets;
      expect(summary(t!.findings).filter(([, severity]) => severity === 'error')).toEqual([
        ['certificate.malformed', 'error']
      ]);
      expect(t!.findings[0]!.message).toContain('subjectAltName: ');
    } finally {
      await server.stop();
    }
  });
});

/** A real scan's target report of a compliant server, to carry the unreadable certificate. */
async function scannedShape(): Promise<TargetReport> {
  const key = await leafFiles('shape', { notBefore: days(-10), notAfter: days(80) });
  const server = await startNodeTlsServer({ key, ...MOZILLA_INTERMEDIATE_SERVER });
  try {
    const options = await testScanOptions({ trust: trustStoreFromPem(root.certPem), now: NOW });
    return await scanTarget(parseTargetArgument(`127.0.0.1:${server.port}`), options);
  } finally {
    await server.stop();
  }
}
