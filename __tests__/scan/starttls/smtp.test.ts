// STARTTLS against a private Postfix: SMTP (STARTTLS offered), submission (STARTTLS required) and a listener
// without STARTTLS. The upgraded scans report what Postfix was configured with, and what a direct TLS scan
// of the same configuration reports; the listener without STARTTLS ends as an error that says so.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { reproduceCertificate } from '../../../src/remediation/index.js';
import { scanTarget, type ScanOptions } from '../../../src/scan/index.js';
import { cleanupTempDirs, selfSigned } from '../../helpers/servers.js';
import {
  isUnavailable,
  startPostfix,
  type PostfixPorts,
  type StarttlsServerConfig
} from '../../helpers/starttls-servers.js';
import { testScanOptions } from '../scan-options.js';
import { fingerprintOf } from './fingerprint.js';
import { directTlsFacts, expectSameFactsAsDirectTls, starttlsTarget, TEST_CIPHERS } from './same-facts.js';

let options: ScanOptions;
let config: StarttlsServerConfig;
let postfix: { ports: PostfixPorts; stop(): Promise<void> } | null = null;
let direct: Awaited<ReturnType<typeof directTlsFacts>>;

beforeAll(async () => {
  options = await testScanOptions();
  config = { key: selfSigned({ key: 'rsa', cn: 'mail.tls-gate.test' }), cipher: TEST_CIPHERS };
  const started = await startPostfix(config);
  if (isUnavailable(started)) console.warn(`SKIPPED Postfix STARTTLS tests: ${started.skip}`);
  else postfix = started;
  direct = await directTlsFacts(config, options);
}, 60_000);
afterAll(async () => {
  await postfix?.stop();
  cleanupTempDirs();
});

describe('STARTTLS smtp (Postfix)', () => {
  it('SMTP with STARTTLS offered reports the same facts as a direct TLS scan of the same configuration', async () => {
    if (!postfix) return;
    const report = await scanTarget(starttlsTarget(postfix.ports.smtp, 'smtp'), options);
    expect(report.starttls).toBe('smtp');
    expect(report.certificate?.chain[0]?.sha256Fingerprint).toBe(fingerprintOf(config.key));
    expectSameFactsAsDirectTls(report, config, direct);
  }, 60_000);

  it('submission (STARTTLS required) reports the same facts', async () => {
    if (!postfix) return;
    const report = await scanTarget(starttlsTarget(postfix.ports.submission, 'smtp'), options);
    expectSameFactsAsDirectTls(report, config, direct);
  }, 60_000);

  it('resumes over STARTTLS with the TLS 1.3 and TLS 1.2 tickets Postfix issues by default', async () => {
    if (!postfix) return;
    // Postfix issues session tickets whenever smtpd_tls_session_cache_timeout > 0 (default 3600s), TLS 1.3's
    // included; its session-ID cache needs smtpd_tls_session_cache_database, which this instance does not set.
    const report = await scanTarget(starttlsTarget(postfix.ports.smtp, 'smtp'), {
      ...options,
      resumption: true
    });
    expect(report.resumption).toMatchObject({ ticket: true, tls13Psk: true, sessionId: false });
  }, 60_000);

  it("a finding's reproduce command upgrades the same way and shows the configured certificate", async () => {
    if (!postfix) return;
    const report = await scanTarget(starttlsTarget(postfix.ports.smtp, 'smtp'), options);
    const output = execFileSync('sh', ['-c', reproduceCertificate(report)], {
      encoding: 'utf8',
      timeout: 10_000
    });
    expect(output).toMatch(/subject=CN ?= ?mail\.tls-gate\.test/);
  }, 60_000);

  it('a server that does not offer STARTTLS ends as error STARTTLS_UNSUPPORTED quoting its EHLO answer', async () => {
    if (!postfix) return;
    const report = await scanTarget(starttlsTarget(postfix.ports.plain, 'smtp'), options);
    expect(report.status).toBe('error');
    expect(report.error?.code).toBe('STARTTLS_UNSUPPORTED');
    expect(report.error?.message).toMatch(
      /does not offer STARTTLS in its EHLO answer \("250 mail\.tls-gate\.test PIPELINING/
    );
    expect(report.protocols['TLSv1.2']).toBe(false);
    expect(report.certificate).toBeNull();
  }, 30_000);
});
