// STARTTLS against a private PostgreSQL 15 (SSLRequest, then TLS): the scan reports what the server was
// configured with, and what a direct TLS scan of the same configuration reports.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fingerprintOf } from './fingerprint.js';
import { scanTarget, type ScanOptions } from '../../../src/scan/index.js';
import { cleanupTempDirs, selfSigned, type RunningServer } from '../../helpers/servers.js';
import { isUnavailable, startPostgres, type StarttlsServerConfig } from '../../helpers/starttls-servers.js';
import { testScanOptions } from '../scan-options.js';
import { directTlsFacts, expectSameFactsAsDirectTls, starttlsTarget, TEST_CIPHERS } from './same-facts.js';

let options: ScanOptions;
let config: StarttlsServerConfig;
let server: RunningServer | null = null;
let skip: string | null = null;

beforeAll(async () => {
  options = await testScanOptions();
  config = { key: selfSigned({ key: 'rsa', cn: 'db.tls-gate.test' }), cipher: TEST_CIPHERS };
  const started = await startPostgres(config);
  if (isUnavailable(started)) skip = started.skip;
  else server = started;
  if (skip) console.warn(`SKIPPED PostgreSQL STARTTLS tests: ${skip}`);
}, 60_000);
afterAll(async () => {
  await server?.stop();
  cleanupTempDirs();
});

describe('STARTTLS postgres (PostgreSQL 15, ssl=on)', () => {
  it('reports the same facts as a direct TLS scan of the same certificate and ciphers', async () => {
    if (!server) return;
    const report = await scanTarget(starttlsTarget(server.port, 'postgres'), options);
    expect(report.starttls).toBe('postgres');
    expect(report.certificate?.chain[0]?.sha256Fingerprint).toBe(fingerprintOf(config.key));
    expectSameFactsAsDirectTls(report, config, await directTlsFacts(config, options));
  }, 60_000);
});
