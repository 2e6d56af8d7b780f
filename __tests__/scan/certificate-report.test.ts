// End to end through the engine: scanTarget against a TLS 1.3-only Node server fills `certificate` from the
// chain the server sends (decrypted), judged against the CA file the scan was given.
import { afterAll, describe, expect, it } from '@jest/globals';
import { loadTrustStore } from '../../src/certs/index.js';
import { scanTarget } from '../../src/scan/index.js';
import { RUN_DEFAULTS } from '../../src/settings/index.js';
import { createOcspResponse } from '../../src/testing/ocsp-response.js';
import { createTestPki, pemBundle, writeTemp, type TempFiles } from '../../src/testing/pki.js';
import { startNodeTlsServer, type RunningServer } from '../helpers/servers.js';

const cleanups: (TempFiles | RunningServer)[] = [];
afterAll(async () => {
  for (const item of cleanups) await ('cleanup' in item ? item.cleanup() : item.stop());
});

describe('scanTarget certificate', () => {
  it('reports the chain of a TLS 1.3-only server, trusted through --ca-file, with its staple', async () => {
    const now = new Date();
    const pki = createTestPki({ now, defaultKey: { type: 'ec', curve: 'P-256' } });
    const root = await pki.root({ commonName: 'Scan Root' });
    const intermediate = await pki.intermediate(root, { commonName: 'Scan Intermediate' });
    const leaf = await pki.leaf(intermediate, { commonName: 'app.test', notAfterDays: 10 });
    const files = await writeTemp({ 'ca.pem': root.certPem });
    cleanups.push(files);
    const staple = createOcspResponse({ certificate: leaf, issuer: intermediate, status: 'good' });
    const server = await startNodeTlsServer({
      key: { certFile: '', keyFile: '', certPem: pemBundle(leaf, intermediate), keyPem: leaf.keyPem },
      minVersion: 'TLSv1.3',
      maxVersion: 'TLSv1.3'
    });
    server.server.on('OCSPRequest', (_cert, _issuer, done) => done(null, staple));
    cleanups.push(server);

    const report = await scanTarget(
      { name: 'app', host: 'app.test', address: '127.0.0.1', port: server.port, sni: 'app.test' },
      { ...RUN_DEFAULTS, trust: await loadTrustStore({ caFile: files.paths['ca.pem'] }), now }
    );
    expect(report.status).toBe('ok');
    expect(report.protocols['TLSv1.3']).toBe(true);
    expect(report.protocols['TLSv1.2']).toBe(false);
    const certificate = report.certificate!;
    expect(certificate).toMatchObject({
      readOver: 'TLSv1.3',
      trusted: true,
      trustStore: 'ca-file',
      chainComplete: true,
      chainOrdered: true,
      hostnameMatch: true,
      ocspStapled: true,
      ocsp: { status: 'good' },
      noSniCertificate: null,
      error: null
    });
    expect(certificate.chain.map((c) => c.subject)).toEqual(['CN=app.test', 'CN=Scan Intermediate']);
    expect(certificate.chain[0]!.daysRemaining).toBeGreaterThan(9.9);
    expect(certificate.chain[0]!.daysRemaining).toBeLessThanOrEqual(10);
  });
});
