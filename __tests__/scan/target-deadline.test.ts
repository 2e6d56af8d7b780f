// One deadline per target: resumption and client simulation are scan checks, so they end when the target's
// deadline does (before, each started a deadline of its own after the scan, and one target could take three).
import { afterAll, describe, expect, it } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import { FuzzServer } from '../../scripts/fuzz/server.js';
import { SIMULATED_CLIENTS } from '../../src/clients/index.js';
import type { Target } from '../../src/model/report.js';
import { scanTarget, scanTargetFacts } from '../../src/scan/index.js';
import {
  cleanupTempDirs,
  selfSigned,
  startNodeTlsServer,
  startTiringProxy,
  type RunningServer
} from '../helpers/servers.js';
import { testScanOptions } from './scan-options.js';

const running: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()));
  cleanupTempDirs();
});

const target = (port: number): Target => ({ name: 'deadline', host: '127.0.0.1', port, sni: null });

/** What the deadline may be overrun by: timers firing and sockets closing on a loaded machine. */
const SLACK_MS = 1500;

describe("a target's one deadline", () => {
  it('bounds the scan with resumption and client simulation: every check ends within it', async () => {
    const backend = await startNodeTlsServer({ minVersion: 'TLSv1.2' });
    running.push(backend);
    // The configuration scan's connections go through to the server; every later one hangs (each would
    // wait the full timeout), so resumption and the clients can only end by the deadline.
    // Without the vulnerability checks: their connections would take places in the proxy's count of the ones let
    // through, and they are not what this test is about.
    const noVulnerabilityChecks = { vulnerabilityChecks: new Set<never>() };
    const configurationScan = await scanTarget(
      target(backend.port),
      await testScanOptions(noVulnerabilityChecks)
    );
    expect(configurationScan.status).toBe('ok');
    const proxy = await startTiringProxy(backend.port, configurationScan.handshakes);
    running.push(proxy);

    const targetDeadlineMs = 4000;
    const scanned = await scanTargetFacts(
      target(proxy.port),
      await testScanOptions({
        timeoutMs: 3000,
        targetDeadlineMs,
        resumption: true,
        clientsFor: () => SIMULATED_CLIENTS,
        ...noVulnerabilityChecks
      })
    );
    // Three hanging resumption handshakes in a row alone would take 9 s, and the clients as long again.
    expect(scanned.report.durationMs).toBeLessThanOrEqual(targetDeadlineMs + SLACK_MS);
    expect(scanned.report.error?.code).toBe('DEADLINE');
    // Both checks ran (the server spoke TLS) and stopped at the deadline with what they had.
    expect(scanned.report.resumption).toBeDefined();
    expect(scanned.clients).toHaveLength(SIMULATED_CLIENTS.length);
    expect(scanned.clients!.some(({ outcome }) => outcome.kind === 'timeout')).toBe(true);
  });

  it("is not moved on by waits behind the target's own connections, when its failures have narrowed its address's gate", async () => {
    // Case 9291 of the fuzz campaign's seed "ci": TLS 1.2 hellos get flights the scan accepts, TLS 1.3 hellos a
    // HelloRetryRequest cut to nothing and held open. Timeouts beside answers read as overload, the gate narrows
    // to one connection at a time, and the target's probes queue behind each other. Waits behind other targets
    // move a deadline on (deadline.ts); waits behind its own let this server take twice its deadline.
    const leaf = Buffer.from(new X509Certificate(selfSigned({ key: 'ec' }).certPem).raw);
    const server = new FuzzServer({
      seed: 'ci',
      material: { certificates: { leaf }, captured: [] },
      onlyCase: 9291,
      onServe: () => undefined,
      onHarnessError: (_, error) => {
        throw error;
      }
    });
    const listener = await server.listen();
    running.push({ port: listener.port, stop: () => server.close() });
    const targetDeadlineMs = 10_000;
    const scanned = await scanTargetFacts(
      target(listener.port),
      await testScanOptions({
        timeoutMs: 2000,
        targetDeadlineMs,
        resumption: true,
        clientsFor: () => SIMULATED_CLIENTS
      })
    );
    expect(scanned.report.handshakes).toBeGreaterThan(10); // the server was scanned, not given up on at once
    expect(scanned.report.durationMs).toBeLessThanOrEqual(targetDeadlineMs + SLACK_MS);
  });
});
