// TLS upgrades of the databases: a private MariaDB (initial handshake with CLIENT_SSL, SSLRequest packet). It
// reports what the server was configured with, and what a direct TLS scan of the same configuration reports.
// (PostgreSQL has its own file: its cluster takes seconds to create.)
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scanTarget, type ScanOptions } from '../../../src/scan/index.js';
import { cleanupTempDirs, selfSigned, type RunningServer } from '../../helpers/servers.js';
import { isUnavailable, startMariadb, type StarttlsServerConfig } from '../../helpers/starttls-servers.js';
import { testScanOptions } from '../scan-options.js';
import { fingerprintOf } from './fingerprint.js';
import { directTlsFacts, expectSameFactsAsDirectTls, starttlsTarget, TEST_CIPHERS } from './same-facts.js';

let options: ScanOptions;
let config: StarttlsServerConfig;
let mariadb: RunningServer | null = null;

beforeAll(async () => {
  options = await testScanOptions();
  config = { key: selfSigned({ key: 'rsa', cn: 'mysql.tls-gate.test' }), cipher: TEST_CIPHERS };
  const started = await startMariadb(config);
  if (isUnavailable(started)) console.warn(`SKIPPED MariaDB STARTTLS tests: ${started.skip}`);
  else mariadb = started;
}, 60_000);
afterAll(async () => {
  await mariadb?.stop();
  cleanupTempDirs();
});

describe('STARTTLS mysql (MariaDB)', () => {
  it('reports the same facts as a direct TLS scan of the same certificate and ciphers', async () => {
    if (!mariadb) return;
    const report = await scanTarget(starttlsTarget(mariadb.port, 'mysql'), options);
    expect(report.starttls).toBe('mysql');
    expect(report.certificate?.chain[0]?.sha256Fingerprint).toBe(fingerprintOf(config.key));
    expectSameFactsAsDirectTls(report, config, await directTlsFacts(config, options));
  }, 60_000);
});
