// XMPP STARTTLS against a private Prosody: client-to-server (jabber:client) and server-to-server
// (jabber:server) streams, each with `to` = the served domain (the target's SNI name). Both report what Prosody
// was configured with, and what a direct TLS scan of the same configuration reports.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scanTarget, type ScanOptions } from '../../../src/scan/index.js';
import { cleanupTempDirs, selfSigned } from '../../helpers/servers.js';
import {
  isUnavailable,
  startProsody,
  XMPP_DOMAIN,
  type StarttlsServerConfig
} from '../../helpers/starttls-servers.js';
import { testScanOptions } from '../scan-options.js';
import { fingerprintOf } from './fingerprint.js';
import { directTlsFacts, expectSameFactsAsDirectTls, starttlsTarget, TEST_CIPHERS } from './same-facts.js';

let options: ScanOptions;
let config: StarttlsServerConfig;
let prosody: { ports: { c2s: number; s2s: number }; stop(): Promise<void> } | null = null;
let direct: Awaited<ReturnType<typeof directTlsFacts>>;

beforeAll(async () => {
  options = await testScanOptions();
  config = { key: selfSigned({ key: 'rsa', cn: XMPP_DOMAIN }), cipher: TEST_CIPHERS };
  const started = await startProsody(config);
  if (isUnavailable(started)) console.warn(`SKIPPED Prosody STARTTLS tests: ${started.skip}`);
  else prosody = started;
  direct = await directTlsFacts(config, options);
}, 60_000);
afterAll(async () => {
  await prosody?.stop();
  cleanupTempDirs();
});

describe('STARTTLS xmpp and xmpp-server (Prosody)', () => {
  it('a client-to-server stream reports the same facts as a direct TLS scan of the same configuration', async () => {
    if (!prosody) return;
    const report = await scanTarget(starttlsTarget(prosody.ports.c2s, 'xmpp', XMPP_DOMAIN), options);
    expect(report.starttls).toBe('xmpp');
    expect(report.certificate?.chain[0]?.sha256Fingerprint).toBe(fingerprintOf(config.key));
    expectSameFactsAsDirectTls(report, config, direct);
  }, 60_000);

  it('a server-to-server stream reports the same facts', async () => {
    if (!prosody) return;
    const report = await scanTarget(starttlsTarget(prosody.ports.s2s, 'xmpp-server', XMPP_DOMAIN), options);
    expect(report.starttls).toBe('xmpp-server');
    expectSameFactsAsDirectTls(report, config, direct);
  }, 60_000);

  it('a stream to a domain the server does not serve ends as an error quoting the stream error', async () => {
    if (!prosody) return;
    const report = await scanTarget(
      starttlsTarget(prosody.ports.c2s, 'xmpp', 'other.tls-gate.test'),
      options
    );
    expect(report.status).toBe('error');
    expect(report.error?.code).toBe('STARTTLS_REFUSED');
    expect(report.error?.message).toMatch(/host-unknown/);
  }, 30_000);
});
