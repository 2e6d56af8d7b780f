// One deadline per target: resumption and client simulation are scan checks, so they end when the target's
// deadline does (before, each started a deadline of its own after the scan, and one target could take three).
import { afterAll, describe, expect, it } from '@jest/globals';
import { SIMULATED_CLIENTS } from '../../src/clients/index.js';
import type { Target } from '../../src/model/report.js';
import { scanTarget, scanTargetFacts } from '../../src/scan/index.js';
import { startNodeTlsServer, startTiringProxy, type RunningServer } from '../helpers/servers.js';
import { testScanOptions } from './scan-options.js';

const running: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()));
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
});
