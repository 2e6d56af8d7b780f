// Whether a TLS 1.3 server accepts 0-RTT early data, against servers configured each way: openssl s_server with
// and without -early_data, nginx with ssl_early_data on and off, Node's TLS server (no 0-RTT), and a TLS 1.2-only
// server (nothing to probe). The expected answer is the configuration's, never an earlier scan's.
import { afterAll, describe, expect, it } from '@jest/globals';
import type { Target, TargetReport } from '../../../src/model/report.js';
import { scanTarget } from '../../../src/scan/index.js';
import {
  cleanupTempDirs,
  nginxBinary,
  selfSigned,
  startNginx,
  startNodeTlsServer,
  startHangingProxy,
  startOpensslServer,
  type RunningServer
} from '../../helpers/servers.js';
import { ClientExtension } from '../../../src/wire/extension-codecs.js';
import { offered } from '../../../src/wire/client-hello.js';
import { isUnavailable, startPostfix } from '../../helpers/starttls-servers.js';
import { testScanOptions } from '../scan-options.js';
import { starttlsTarget, TEST_CIPHERS } from '../starttls/same-facts.js';
import { expectValidTargetReport } from '../valid-report.js';
import { scanChecks } from './vulnerability-scan.js';

afterAll(() => cleanupTempDirs());

const key = selfSigned({ key: 'ec', cn: 'localhost' });

/** A scan that probes for vulnerabilities (compression alone: not applicable without TLS 1.0-1.2, no handshake). */
async function scanOf(server: RunningServer): Promise<TargetReport> {
  try {
    return await scanChecks(server.port, ['compression']);
  } finally {
    await server.stop();
  }
}

describe('0-RTT early data on openssl s_server', () => {
  it('is accepted with -early_data', async () => {
    const report = await scanOf(
      await startOpensslServer({ key, versions: ['-tls1_3'], extraArgs: ['-early_data'] })
    );
    expectValidTargetReport(report);
    expect(report.tlsFeatures?.earlyData).toBe(true);
    expect(report.tlsFeatures?.earlyDataEvidence).toMatch(
      /accepted: the ticket was resumed and EncryptedExtensions carried early_data/
    );
  }, 30_000);

  it('is refused without it: the tickets allow no early data, and no resumption is tried', async () => {
    const report = await scanOf(await startOpensslServer({ key, versions: ['-tls1_3'] }));
    expect(report.tlsFeatures?.earlyData).toBe(false);
    expect(report.tlsFeatures?.earlyDataEvidence).toMatch(
      /no session ticket from a full TLS 1.3 handshake allows early data/
    );
  }, 30_000);

  // A server that issues no ticket keeps the connection open after the handshake: the probe waits a moment for a
  // ticket, not the whole per-read timeout (20 s here), which would hold every scan of such a server.
  it('is refused, without waiting out the timeout, where the server issues no ticket (-num_tickets 0)', async () => {
    const server = await startOpensslServer({ key, versions: ['-tls1_3'], extraArgs: ['-num_tickets', '0'] });
    try {
      const target: Target = {
        name: `127.0.0.1:${server.port}`,
        host: '127.0.0.1',
        port: server.port,
        sni: null
      };
      const options = await testScanOptions({
        vulnerabilityChecks: new Set(['compression']),
        timeoutMs: 20_000
      });
      const report = await scanTarget(target, options);
      expect(report.tlsFeatures?.earlyData).toBe(false);
      expect(report.durationMs).toBeLessThan(20_000);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('is not probed on a TLS 1.2-only server', async () => {
    const report = await scanOf(await startOpensslServer({ key, versions: ['-tls1_2'] }));
    expect(report.protocols['TLSv1.3']).toBe(false);
    expect(report.tlsFeatures?.earlyData).toBeNull();
    expect(report.tlsFeatures?.earlyDataEvidence).toBeUndefined();
  }, 30_000);
});

describe("0-RTT early data on Node's TLS server", () => {
  it('is refused: Node offers no 0-RTT', async () => {
    const report = await scanOf(await startNodeTlsServer({ key, minVersion: 'TLSv1.3' }));
    expect(report.tlsFeatures?.earlyData).toBe(false);
  }, 30_000);

  it('is refused where a client certificate is asked for but optional (we send none)', async () => {
    const report = await scanOf(
      await startNodeTlsServer({ key, minVersion: 'TLSv1.3', requestCert: true, rejectUnauthorized: false })
    );
    expect(report.tlsFeatures?.earlyData).toBe(false);
  }, 30_000);

  it('is undecided where a client certificate is required: the handshake gives no session', async () => {
    const report = await scanOf(
      await startNodeTlsServer({ key, minVersion: 'TLSv1.3', requestCert: true, rejectUnauthorized: true })
    );
    expect(report.tlsFeatures?.earlyData).toBeNull();
    expect(report.tlsFeatures?.earlyDataEvidence).toMatch(/no TLS 1.3 session to resume: .*alert/);
  }, 30_000);
});

const nginx = nginxBinary();
if (!nginx) console.warn('nginx is not installed: 0-RTT on nginx (ssl_early_data) is not tested');

(nginx ? describe : describe.skip)('0-RTT early data on nginx', () => {
  for (const [setting, accepted] of [
    ['on', true],
    ['off', false]
  ] as const) {
    it(`follows ssl_early_data ${setting}`, async () => {
      const server = await startNginx({ key, protocols: 'TLSv1.3', extra: [`ssl_early_data ${setting};`] });
      const report = await scanOf(server);
      expect(report.tlsFeatures?.earlyData).toBe(accepted);
    }, 30_000);
  }
});

describe('0-RTT early data over STARTTLS', () => {
  it("goes through the SMTP dialogue: Postfix's TLS 1.3 tickets allow no early data", async () => {
    const postfix = await startPostfix({
      key: selfSigned({ key: 'rsa', cn: 'mail.tls-gate.test' }),
      cipher: TEST_CIPHERS
    });
    if (isUnavailable(postfix)) {
      console.warn(`SKIPPED 0-RTT over STARTTLS: ${postfix.skip}`);
      return;
    }
    try {
      const options = await testScanOptions({ vulnerabilityChecks: new Set(['compression']) });
      const report = await scanTarget(starttlsTarget(postfix.ports.smtp, 'smtp'), options);
      expect(report.protocols['TLSv1.3']).toBe(true);
      // Without the dialogue the probe's hello would reach an SMTP greeting, and the answer would be null.
      expect(report.tlsFeatures).toMatchObject({
        earlyData: false,
        earlyDataEvidence: expect.stringMatching(/allows early data/)
      });
    } finally {
      await postfix.stop();
    }
  }, 60_000);
});

/**
 * A front to `backend` that hangs once on the probe's full handshake, as a loaded server might: the one hello
 * with a single group, a single suite and no status_request (the certificate reads ask for a staple, the group
 * scan offers every accepted suite).
 */
async function hangingOnceOnTheFullHandshake(backend: RunningServer): Promise<RunningServer> {
  let hung = false;
  const proxy = await startHangingProxy(backend.port, (_, offersTls13, hello) => {
    const probe =
      offersTls13 &&
      hello !== null &&
      hello.cipherSuites.length === 1 &&
      offered(hello, ClientExtension.supportedGroups)?.length === 1 &&
      offered(hello, ClientExtension.statusRequest) === null;
    if (!probe || hung) return false;
    hung = true;
    return true;
  });
  return {
    port: proxy.port,
    stop: async () => {
      await proxy.stop();
      await backend.stop();
    }
  };
}

describe('0-RTT early data when the full handshake goes unanswered once', () => {
  it("asks again with the resumption's connection: no ticket allows early data", async () => {
    const report = await scanOf(
      await hangingOnceOnTheFullHandshake(await startNodeTlsServer({ key, minVersion: 'TLSv1.3' }))
    );
    expect(report.tlsFeatures?.earlyData).toBe(false);
  }, 30_000);

  it('stays undecided when a ticket allows early data but no connection is left to resume it', async () => {
    const backend = await startOpensslServer({ key, versions: ['-tls1_3'], extraArgs: ['-early_data'] });
    const report = await scanOf(await hangingOnceOnTheFullHandshake(backend));
    expect(report.tlsFeatures?.earlyData).toBeNull();
    expect(report.tlsFeatures?.earlyDataEvidence).toMatch(/no connection left/);
  }, 30_000);
});
