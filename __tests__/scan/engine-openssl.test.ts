// Expected results come from each openssl s_server's command line, never from an earlier scan.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scanTarget, type ScanOptions } from '../../src/scan/index.js';
import { loadTrustStore } from '../../src/certs/index.js';
import type { Target } from '../../src/report/types.js';
import { cleanupTempDirs, selfSigned, startOpensslServer, type KeyPair } from '../helpers/servers.js';

let options: ScanOptions;

function target(port: number): Target {
  return { name: `127.0.0.1:${port}`, host: '127.0.0.1', port, sni: null };
}

let rsa: KeyPair;
let ec: KeyPair;
beforeAll(async () => {
  options = { timeoutMs: 3000, targetDeadlineMs: 30000, concurrency: 4, perTargetConcurrency: 6, trust: await loadTrustStore({}), now: new Date() };
  rsa = selfSigned({ key: 'rsa' });
  ec = selfSigned({ key: 'ec' });
});
afterAll(() => cleanupTempDirs());

describe('scanning openssl s_server', () => {
  it('finds exactly the three TLS 1.2 suites of a TLS 1.2-only server, in its enforced order', async () => {
    const server = await startOpensslServer({
      key: rsa,
      versions: ['-tls1_2'],
      cipher: 'ECDHE-RSA-AES256-GCM-SHA384:AES128-SHA:ECDHE-RSA-CHACHA20-POLY1305',
      serverPref: true
    });
    try {
      const report = await scanTarget(target(server.port), options);
      expect(report.error).toBeNull();
      expect(report.status).toBe("ok");
      expect(report.protocols).toEqual({ SSLv2: false, SSLv3: false, 'TLSv1.0': false, 'TLSv1.1': false, 'TLSv1.2': true, 'TLSv1.3': false });
      expect(report.cipherSuites['TLSv1.2']).toEqual([
        'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
        'TLS_RSA_WITH_AES_128_CBC_SHA',
        'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256'
      ]);
      expect(report.serverPreference['TLSv1.2']).toBe(true);
      console.log(report.handshakes, report.durationMs, report.groups, report.certificate?.chain.length, report.certificate?.error);
    } finally {
      await server.stop();
    }
  });
});
