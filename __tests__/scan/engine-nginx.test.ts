// The engine against nginx from Debian: expectations come from the generated nginx.conf (ssl_protocols,
// ssl_ciphers, ssl_prefer_server_ciphers, ssl_ecdh_curve). Where nginx is absent the suite is skipped and
// says so on the console, never silently.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectValidTargetReport } from './valid-report.js';
import { testScanOptions } from './scan-options.js';
import { groupByName, suiteByName, suitesForProtocol } from '../../src/registry/index.js';
import { scanTarget, type ScanOptions } from '../../src/scan/index.js';
import type { TargetReport } from '../../src/model/report.js';
import {
  cleanupTempDirs,
  nginxBinary,
  selfSigned,
  startNginx,
  type NginxOptions
} from '../helpers/servers.js';

const nginx = nginxBinary();
if (!nginx)
  console.warn('SKIPPED __tests__/scan/engine-nginx.test.ts: nginx is not installed (apt-get install nginx)');
const describeWithNginx = nginx ? describe : describe.skip;

let options: ScanOptions;
beforeAll(async () => {
  options = await testScanOptions({ concurrency: 2 });
});
afterAll(() => cleanupTempDirs());

async function scanNginx(config: Omit<NginxOptions, 'key'>): Promise<TargetReport> {
  const server = await startNginx({ ...config, key: selfSigned({ key: 'rsa', cn: 'localhost' }) });
  try {
    const report = await scanTarget(
      { name: 'nginx', host: 'localhost', address: '127.0.0.1', port: server.port, sni: 'localhost' },
      options
    );
    expectValidTargetReport(report);
    return report;
  } finally {
    await server.stop();
  }
}

const iana = (names: string): string[] => names.split(':').map((name) => suiteByName(name)!.name);

describeWithNginx('nginx', () => {
  it('reports ssl_protocols, ssl_ciphers in server order and ssl_ecdh_curve', async () => {
    const ciphers = 'ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256';
    const report = await scanNginx({
      protocols: 'TLSv1.2 TLSv1.3',
      ciphers,
      preferServerCiphers: true,
      ecdhCurve: 'X25519:secp384r1'
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
    expect(report.cipherSuites['TLSv1.2']).toEqual(iana(ciphers));
    expect(report.serverPreference['TLSv1.2']).toBe(true);
    expect([...report.groups].sort()).toEqual(['secp384r1', 'x25519']);
    expect(report.certificate?.chain[0]?.subject).toContain('localhost');
    // Exactly the certificate nginx was given: selfSigned's -subj /CN=localhost, an RSA key.
    expect(report.certificate?.chain.map((c) => [c.subject, c.keyType])).toEqual([['CN=localhost', 'RSA']]);
    expect(report.certificate?.hostnameMatch).toBe(true);
  });

  it('reports client order when ssl_prefer_server_ciphers is off', async () => {
    const ciphers = 'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256';
    const report = await scanNginx({
      protocols: 'TLSv1.2',
      ciphers,
      preferServerCiphers: false,
      ecdhCurve: 'prime256v1'
    });
    const order = suitesForProtocol('TLSv1.2').map((suite) => suite.name);
    expect(report.cipherSuites['TLSv1.2']).toEqual(
      iana(ciphers).sort((a, b) => order.indexOf(a) - order.indexOf(b))
    );
    expect(report.serverPreference['TLSv1.2']).toBe(false);
    expect(report.groups).toEqual([groupByName('prime256v1')!.name]);
    expect(report.protocols['TLSv1.3']).toBe(false);
  });

  it('finds TLS 1.3 alone when ssl_protocols says TLSv1.3', async () => {
    const report = await scanNginx({ protocols: 'TLSv1.3' });
    expect(report.protocols).toEqual({
      SSLv2: false,
      SSLv3: false,
      'TLSv1.0': false,
      'TLSv1.1': false,
      'TLSv1.2': false,
      'TLSv1.3': true
    });
    expect(report.certificate?.readOver).toBe('TLSv1.3');
  });
});
