// FTP AUTH TLS against a private vsftpd (ssl_enable): the scan reports what the server was configured with,
// and what a direct TLS scan of the same configuration reports.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SIMULATED_CLIENTS } from '../../../src/clients/index.js';
import {
  scanTarget,
  scanTargetFacts,
  type ScannedTarget,
  type ScanOptions
} from '../../../src/scan/index.js';
import {
  cleanupTempDirs,
  selfSigned,
  startOpensslServer,
  type RunningServer
} from '../../helpers/servers.js';
import { isUnavailable, startVsftpd, type StarttlsServerConfig } from '../../helpers/starttls-servers.js';
import { testScanOptions } from '../scan-options.js';
import { fingerprintOf } from './fingerprint.js';
import { directTlsFacts, expectSameFactsAsDirectTls, starttlsTarget, TEST_CIPHERS } from './same-facts.js';

let options: ScanOptions;
let config: StarttlsServerConfig;
let vsftpd: RunningServer | null = null;

beforeAll(async () => {
  options = await testScanOptions();
  config = { key: selfSigned({ key: 'rsa', cn: 'ftp.tls-gate.test' }), cipher: TEST_CIPHERS };
  const started = await startVsftpd(config);
  if (isUnavailable(started)) console.warn(`SKIPPED vsftpd STARTTLS tests: ${started.skip}`);
  else vsftpd = started;
}, 60_000);
afterAll(async () => {
  await vsftpd?.stop();
  cleanupTempDirs();
});

describe('STARTTLS ftp (vsftpd)', () => {
  it('reports the same facts as a direct TLS scan of the same certificate and ciphers', async () => {
    if (!vsftpd) return;
    const report = await scanTarget(starttlsTarget(vsftpd.port, 'ftp'), options);
    expect(report.starttls).toBe('ftp');
    expect(report.certificate?.chain[0]?.sha256Fingerprint).toBe(fingerprintOf(config.key));
    expectSameFactsAsDirectTls(report, config, await directTlsFacts(config, options));
  }, 60_000);

  it('simulated clients connect over AUTH TLS as they do to a direct TLS server of the same configuration', async () => {
    if (!vsftpd) return;
    const withClients = { ...options, clientsFor: () => SIMULATED_CLIENTS };
    const outcomes = (scanned: ScannedTarget) =>
      (scanned.clients ?? []).map(({ id, outcome }) => ({
        id,
        kind: outcome.kind,
        ...(outcome.kind === 'accepted' ? { version: outcome.version, cipherSuite: outcome.cipherSuite } : {})
      }));
    const upgraded = outcomes(await scanTargetFacts(starttlsTarget(vsftpd.port, 'ftp'), withClients));
    const direct = await startOpensslServer({
      key: config.key,
      cipher: config.cipher,
      versions: ['-no_tls1', '-no_tls1_1']
    });
    try {
      const plain = outcomes(
        await scanTargetFacts(
          { name: 'direct', host: '127.0.0.1', port: direct.port, sni: null },
          withClients
        )
      );
      expect(upgraded).toHaveLength(SIMULATED_CLIENTS.length);
      expect(upgraded.some((client) => client.kind === 'accepted')).toBe(true);
      expect(upgraded).toEqual(plain);
    } finally {
      await direct.stop();
    }
  }, 90_000);
});
