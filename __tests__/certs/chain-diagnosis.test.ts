// Which of "an intermediate is not sent" and "the root is not trusted" a broken chain is, told apart the way
// browsers do: by following the leaf's AIA caIssuers URL, here to a loopback HTTP server that serves what the
// test PKI built. The expected cause comes from how each chain was built.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { analyzeCertificates, trustStoreFromPem, type TrustStore } from '../../src/certs/index.js';
import { refusedCaIssuersUrl } from '../../src/certs/aia.js';
import { diagnoseChain, type ChainDiagnosisOptions } from '../../src/certs/chain-diagnosis.js';
import { createTestPki, type TestCertificate } from '../../src/testing/pki.js';

const now = new Date();
const pki = createTestPki({ now, defaultKey: { type: 'ec', curve: 'P-256' } });
const routes = new Map<string, { status?: number; body?: Buffer; location?: string }>();
let server: http.Server;
let base: string;
let trust: TrustStore;
let publicRoot: TestCertificate;
let intermediate: TestCertificate;
let privateRoot: TestCertificate;
const on: ChainDiagnosisOptions = {
  fetchAia: true,
  limits: { timeoutMs: 2000, maxBytes: 8192, maxRedirects: 2 }
};

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === '/silent') return; // never answers: the fetch's time limit ends it
    const route = routes.get(request.url ?? '');
    if (!route) return void response.writeHead(404).end();
    response.writeHead(route.status ?? 200, route.location ? { location: route.location } : {});
    response.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  publicRoot = await pki.root({ commonName: 'Public Root' });
  intermediate = await pki.intermediate(publicRoot, { commonName: 'Public Intermediate' });
  privateRoot = await pki.root({ commonName: 'Private Root' });
  trust = trustStoreFromPem(publicRoot.certPem);
  routes.set('/int.der', { body: intermediate.der });
  routes.set('/int.pem', { body: Buffer.from(intermediate.certPem) });
  routes.set('/int.p7c', {
    body: Buffer.from(new x509.X509Certificates([new x509.X509Certificate(intermediate.der)]).export('raw'))
  });
  routes.set('/private-root.der', { body: privateRoot.der });
  routes.set('/moved', { status: 301, location: '/int.der' });
  routes.set('/moved-off-host', { status: 302, location: 'http://127.0.0.2:9/int.der' });
  routes.set('/large', { body: Buffer.alloc(100_000, 0x30) });
  routes.set('/not-a-certificate', { body: Buffer.from('<html>hello</html>') });
});

afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The certificate report of a chain sent for app.test, judged against the public root. */
function analyzeSent(sent: Buffer[]): ReturnType<typeof analyzeCertificates> {
  return analyzeCertificates({
    chain: sent,
    host: 'app.test',
    sni: 'app.test',
    ocspResponse: null,
    noSniChain: null,
    alternateChains: [],
    readOver: 'TLSv1.2',
    trust,
    now
  });
}

async function leafSentAlone(
  issuer: TestCertificate,
  path: string | null
): Promise<[Buffer[], ReturnType<typeof analyzeCertificates>]> {
  const leaf = await pki.leaf(issuer, {
    commonName: 'app.test',
    caIssuerUrls: path ? [`${base}${path}`] : []
  });
  const sent = [leaf.der];
  return [sent, analyzeSent(sent)];
}

describe('diagnoseChain', () => {
  it.each(['/int.der', '/int.pem', '/int.p7c', '/moved'])(
    'names the intermediate that the AIA URL %s serves and that completes a trusted path',
    async (path) => {
      const [sent, report] = await leafSentAlone(intermediate, path);
      expect(report.chainComplete).toBe(false);
      expect(await diagnoseChain(report, sent, trust, now, on)).toEqual({
        cause: 'missing-intermediate',
        subject: 'CN=Public Intermediate',
        aia: { url: `${base}${path}`, result: 'completes-path', detail: null }
      });
    }
  );

  it('names a private root when the AIA URL serves a self-signed root no store holds', async () => {
    const [sent, report] = await leafSentAlone(privateRoot, '/private-root.der');
    expect(await diagnoseChain(report, sent, trust, now, on)).toEqual({
      cause: 'untrusted-root',
      subject: 'CN=Private Root',
      aia: { url: `${base}/private-root.der`, result: 'untrusted', detail: null }
    });
  });

  it('names the untrusted root the server sends itself, with nothing fetched', async () => {
    const leaf = await pki.leaf(privateRoot, { commonName: 'app.test' });
    const sent = [leaf.der, privateRoot.der];
    const report = analyzeSent(sent);
    expect(await diagnoseChain(report, sent, trust, now, on)).toEqual({
      cause: 'untrusted-root',
      subject: 'CN=Private Root',
      aia: null
    });
  });

  it('says the issuer is unknown when the leaf of an untrusted root is sent alone without an AIA URL', async () => {
    const [sent, report] = await leafSentAlone(privateRoot, null);
    expect(await diagnoseChain(report, sent, trust, now, on)).toEqual({
      cause: 'unknown-issuer',
      subject: 'CN=Private Root',
      aia: null
    });
  });

  it('fetches nothing when AIA fetching is off', async () => {
    const [sent, report] = await leafSentAlone(intermediate, '/int.der');
    expect(await diagnoseChain(report, sent, trust, now, { fetchAia: false })).toEqual({
      cause: 'unknown-issuer',
      subject: 'CN=Public Intermediate',
      aia: { url: `${base}/int.der`, result: 'off', detail: null }
    });
  });

  it.each([
    ['/gone', 'HTTP 404'],
    ['/moved-off-host', 'redirected off 127.0.0.1'],
    ['/large', 'larger than 8192 bytes'],
    ['/not-a-certificate', 'neither a certificate nor a PKCS#7 bundle']
  ])('says why the AIA URL %s gave nothing (%s)', async (path, why) => {
    const [sent, report] = await leafSentAlone(intermediate, path);
    const diagnosis = await diagnoseChain(report, sent, trust, now, on);
    expect(diagnosis).toMatchObject({
      cause: 'unknown-issuer',
      subject: 'CN=Public Intermediate',
      aia: { url: `${base}${path}`, result: 'failed' }
    });
    expect(diagnosis!.aia!.detail).toContain(why);
  });

  it('gives up on a URL that never answers within its time limit, and refuses https', async () => {
    const [sent, report] = await leafSentAlone(intermediate, '/silent');
    const quick = { fetchAia: true, limits: { timeoutMs: 300, maxBytes: 8192, maxRedirects: 2 } };
    expect((await diagnoseChain(report, sent, trust, now, quick))!.aia!.detail).toContain('timed out');
    const httpsLeaf = await pki.leaf(intermediate, {
      commonName: 'app.test',
      caIssuerUrls: ['https://127.0.0.1:9/i.der']
    });
    const httpsReport = analyzeSent([httpsLeaf.der]);
    expect((await diagnoseChain(httpsReport, [httpsLeaf.der], trust, now, on))!.aia!.detail).toContain(
      'only http'
    );
  });

  it('gives no diagnosis for a trusted chain', async () => {
    const leaf = await pki.leaf(intermediate, { commonName: 'app.test' });
    const sent = [leaf.der, intermediate.der];
    const report = analyzeSent(sent);
    expect(report.trusted).toBe(true);
    expect(await diagnoseChain(report, sent, trust, now, on)).toBeNull();
  });
});

describe('refusedCaIssuersUrl: what is never fetched, decided before any connection', () => {
  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://[fe80::1]/ca.der', 'link-local'],
    ['https://ca.example/ca.der', 'only http'],
    ['ldap://ca.example/cn=ca', 'only http'],
    ['not a url', 'not a URL']
  ])('refuses %s (%s)', (url, why) => {
    expect(refusedCaIssuersUrl(url)).toContain(why);
  });

  it('allows an http URL on a routable or loopback address', () => {
    expect(refusedCaIssuersUrl('http://127.0.0.1:8080/ca.der')).toBeNull();
    expect(refusedCaIssuersUrl('http://crt.example/ca.der')).toBeNull();
  });
});
