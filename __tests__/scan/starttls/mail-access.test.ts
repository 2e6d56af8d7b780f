// STARTTLS against a private Dovecot: IMAP (CAPABILITY, STARTTLS) and POP3 (CAPA, STLS). Both report what
// Dovecot was configured with, and what a direct TLS scan of the same configuration reports.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scanTarget, type ScanOptions } from '../../../src/scan/index.js';
import { cleanupTempDirs, selfSigned } from '../../helpers/servers.js';
import { isUnavailable, startDovecot, type StarttlsServerConfig } from '../../helpers/starttls-servers.js';
import { testScanOptions } from '../scan-options.js';
import { fingerprintOf } from './fingerprint.js';
import { directTlsFacts, expectSameFactsAsDirectTls, starttlsTarget, TEST_CIPHERS } from './same-facts.js';

let options: ScanOptions;
let config: StarttlsServerConfig;
let dovecot: { ports: { imap: number; pop3: number }; stop(): Promise<void> } | null = null;
let direct: Awaited<ReturnType<typeof directTlsFacts>>;

beforeAll(async () => {
  options = await testScanOptions();
  config = { key: selfSigned({ key: 'rsa', cn: 'imap.tls-gate.test' }), cipher: TEST_CIPHERS };
  const started = await startDovecot(config);
  if (isUnavailable(started)) console.warn(`SKIPPED Dovecot STARTTLS tests: ${started.skip}`);
  else dovecot = started;
  direct = await directTlsFacts(config, options);
}, 60_000);
afterAll(async () => {
  await dovecot?.stop();
  cleanupTempDirs();
});

describe('STARTTLS imap and pop3 (Dovecot)', () => {
  it('IMAP reports the same facts as a direct TLS scan of the same configuration', async () => {
    if (!dovecot) return;
    const report = await scanTarget(starttlsTarget(dovecot.ports.imap, 'imap'), options);
    expect(report.starttls).toBe('imap');
    expect(report.certificate?.chain[0]?.sha256Fingerprint).toBe(fingerprintOf(config.key));
    expectSameFactsAsDirectTls(report, config, direct);
  }, 60_000);

  it('POP3 reports the same facts as a direct TLS scan of the same configuration', async () => {
    if (!dovecot) return;
    const report = await scanTarget(starttlsTarget(dovecot.ports.pop3, 'pop3'), options);
    expect(report.starttls).toBe('pop3');
    expectSameFactsAsDirectTls(report, config, direct);
  }, 60_000);
});
