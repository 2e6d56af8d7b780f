// Certificate capture end to end: openssl s_server sends a leaf, an intermediate (-cert_chain) and a stapled
// OCSP response (-status_file), all generated now; the engine must hand src/certs exactly those bytes, over
// TLS 1.2 (in the clear) and over TLS 1.3 (decrypted).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { loadTrustStore } from '../../src/certs/index.js';
import { scanTarget, type ScanOptions } from '../../src/scan/index.js';
import { tls13Hello } from '../../src/scan/hellos.js';
import { runProbe } from '../../src/scan/probe.js';
import { createOcspResponse } from '../../src/testing/ocsp-response.js';
import { createTestPki, writeTemp, type TempFiles, type TestCertificate } from '../../src/testing/pki.js';
import { startOpensslServer } from '../helpers/servers.js';
import { expectValidTargetReport } from './valid-report.js';

let files: TempFiles;
let root: TestCertificate;
let intermediate: TestCertificate;
let leaf: TestCertificate;
let options: ScanOptions;

beforeAll(async () => {
  const pki = createTestPki({ defaultKey: { type: 'ec', curve: 'P-256' } });
  root = await pki.root({ commonName: 'Capture Test Root' });
  intermediate = await pki.intermediate(root, { commonName: 'Capture Test Intermediate' });
  leaf = await pki.leaf(intermediate, { commonName: 'capture.test', dnsNames: ['capture.test'] });
  const ocsp = createOcspResponse({ certificate: leaf, issuer: intermediate, status: 'good' });
  files = await writeTemp({
    'leaf.pem': leaf.certPem,
    'leaf.key': leaf.keyPem,
    'chain.pem': intermediate.certPem,
    'ocsp.der': ocsp
  });
  options = {
    timeoutMs: 3000,
    targetDeadlineMs: 30000,
    concurrency: 2,
    perTargetConcurrency: 6,
    trust: await loadTrustStore({ caPem: root.certPem, mozilla: false, system: false }),
    now: new Date()
  };
});
afterAll(async () => files?.cleanup());

const fingerprint = (der: Buffer): string => createHash('sha256').update(der).digest('hex').toUpperCase();

/** s_server with the leaf and its intermediate; `extra` adds versions, groups, a stapled response... */
function startLeafServer(extra: Omit<Parameters<typeof startOpensslServer>[0], 'key' | 'certChainFile'>) {
  return startOpensslServer({
    key: {
      certFile: files.paths['leaf.pem']!,
      keyFile: files.paths['leaf.key']!,
      certPem: leaf.certPem,
      keyPem: leaf.keyPem
    },
    certChainFile: files.paths['chain.pem']!,
    ...extra
  });
}

describe.each([['-tls1_2', 'TLSv1.2'] as const, ['-tls1_3', 'TLSv1.3'] as const])(
  'certificate capture with %s',
  (flag, version) => {
    it('hands over the chain exactly as sent, with the stapled OCSP response', async () => {
      const server = await startLeafServer({ versions: [flag], statusFile: files.paths['ocsp.der']! });
      try {
        const report = await scanTarget(
          {
            name: 'capture',
            host: 'capture.test',
            address: '127.0.0.1',
            port: server.port,
            sni: 'capture.test'
          },
          options
        );
        expectValidTargetReport(report);
        const certificate = report.certificate!;
        expect(certificate.readOver).toBe(version);
        expect(certificate.chain.map((c) => c.sha256Fingerprint.replace(/:/g, ''))).toEqual(
          [leaf.der, intermediate.der].map(fingerprint)
        );
        expect(certificate.ocspStapled).toBe(true);
        expect(certificate.ocsp?.status).toBe('good');
        expect(certificate.trusted).toBe(true);
        expect(certificate.hostnameMatch).toBe(true);
      } finally {
        await server.stop();
      }
    });
  }
);

describe('first contact reading on to the certificate', () => {
  it('answers as an enumeration probe and carries the chain and OCSP response a certificate read gets', async () => {
    const server = await startLeafServer({ versions: ['-tls1_3'], statusFile: files.paths['ocsp.der']! });
    try {
      const endpoint = { host: 'capture.test', address: '127.0.0.1', port: server.port, sni: 'capture.test' };
      const spec = { ...tls13Hello([0x1301], { serverName: 'capture.test' }), statusRequest: true };
      const limits = { timeoutMs: 3000, deadline: Date.now() + 10000 };
      const outcome = await runProbe(endpoint, { kind: 'tls', spec }, limits, {
        certificatesAlongside: true
      });
      expect(outcome).toMatchObject({ kind: 'accepted', version: 'TLSv1.3', certificates: null });
      const read = outcome.kind === 'accepted' ? outcome.certificateRead : undefined;
      expect(read?.kind).toBe('accepted');
      if (read?.kind !== 'accepted') return;
      expect(read.certificates?.map(fingerprint)).toEqual([leaf.der, intermediate.der].map(fingerprint));
      expect(read.ocspResponse).not.toBeNull();
    } finally {
      await server.stop();
    }
  });
});

describe('certificate reading after a HelloRetryRequest', () => {
  it('answers the retry with a share for the group the server asked for and reads the chain', async () => {
    // The server takes only P-384; we share X25519 first, so it must ask again (RFC 8446 §4.1.4).
    const server = await startLeafServer({ versions: ['-tls1_3'], groups: 'P-384' });
    try {
      const endpoint = { host: 'capture.test', address: '127.0.0.1', port: server.port, sni: 'capture.test' };
      const spec = tls13Hello([0x1301, 0x1302, 0x1303], {
        serverName: 'capture.test',
        groups: [X25519, SECP384R1] // and, by default, one X25519 key share
      });
      const limits = { timeoutMs: 3000, deadline: Date.now() + 10000 };
      const enumeration = await runProbe(endpoint, { kind: 'tls', spec }, limits);
      expect(enumeration).toMatchObject({ kind: 'hello-retry', group: SECP384R1 });

      const reading = await runProbe(endpoint, { kind: 'tls', spec }, limits, { readCertificates: true });
      expect(reading.kind).toBe('accepted');
      if (reading.kind !== 'accepted') return;
      expect(reading.group).toBe(SECP384R1);
      expect(reading.certificates?.map(fingerprint)).toEqual([leaf.der, intermediate.der].map(fingerprint));
    } finally {
      await server.stop();
    }
  });
});

const X25519 = 0x001d;
const SECP384R1 = 0x0018;
