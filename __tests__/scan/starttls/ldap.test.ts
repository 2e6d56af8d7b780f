// LDAP StartTLS (extended operation 1.3.6.1.4.1.1466.20037) against a private OpenLDAP slapd (GnuTLS): the scan
// reports what the server was configured with (TLS 1.2 only, two suites), and what a direct TLS scan of an
// openssl s_server with the same certificate, suites and version reports.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scanTarget, type ScanOptions } from '../../../src/scan/index.js';
import { cleanupTempDirs, selfSigned, type RunningServer } from '../../helpers/servers.js';
import {
  isUnavailable,
  SLAPD_TLS12_PRIORITY,
  startSlapd,
  type StarttlsServerConfig
} from '../../helpers/starttls-servers.js';
import { testScanOptions } from '../scan-options.js';
import { fingerprintOf } from './fingerprint.js';
import { directTlsFacts, expectSameFactsAsDirectTls, starttlsTarget, TEST_CIPHERS } from './same-facts.js';

let options: ScanOptions;
let config: StarttlsServerConfig;
let slapd: RunningServer | null = null;

beforeAll(async () => {
  options = await testScanOptions();
  config = { key: selfSigned({ key: 'rsa', cn: 'ldap.tls-gate.test' }), cipher: TEST_CIPHERS };
  const started = await startSlapd(config.key, SLAPD_TLS12_PRIORITY);
  if (isUnavailable(started)) console.warn(`SKIPPED slapd STARTTLS tests: ${started.skip}`);
  else slapd = started;
}, 60_000);
afterAll(async () => {
  await slapd?.stop();
  cleanupTempDirs();
});

describe('STARTTLS ldap (OpenLDAP slapd)', () => {
  it('reports the same facts as a direct TLS scan of the same certificate, suites and version', async () => {
    if (!slapd) return;
    const report = await scanTarget(starttlsTarget(slapd.port, 'ldap'), options);
    expect(report.starttls).toBe('ldap');
    expect(report.protocols['TLSv1.3']).toBe(false);
    expect(report.certificate?.chain[0]?.sha256Fingerprint).toBe(fingerprintOf(config.key));
    expectSameFactsAsDirectTls(report, config, await directTlsFacts(config, options, ['-tls1_2']));
  }, 60_000);
});
