// Politeness and overload (issue 11, item 3): many targets at the highest concurrency against a few servers that
// drop what they cannot take (Node's maxConnections closes every connection past it, as an nginx out of
// worker_connections does) must give no false error: the run's per-address gates keep what reaches each server
// bounded, and what is still dropped is retried. The figure is 2000 targets against 5 servers;
// TLS_GATE_OVERLOAD_TARGETS sets the count (the default keeps the test short on a shared CI machine).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadTrustStore } from '../../src/certs/index.js';
import type { Target } from '../../src/model/report.js';
import { scanTargets } from '../../src/scan/index.js';
import { cleanupTempDirs, startNodeTlsServer, type RunningServer } from '../helpers/servers.js';

const TARGETS = Number(process.env.TLS_GATE_OVERLOAD_TARGETS ?? 150);
/** Connections each server takes at once: fewer than the per-address default (32), so overload does happen. */
const SERVER_CAPACITY = 12;

const servers: RunningServer[] = [];
beforeAll(async () => {
  for (let i = 0; i < 5; i++) {
    const server = await startNodeTlsServer({
      minVersion: 'TLSv1.3',
      ciphers: 'TLS_AES_128_GCM_SHA256',
      ecdhCurve: 'X25519'
    });
    server.server.maxConnections = SERVER_CAPACITY;
    servers.push(server);
  }
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  cleanupTempDirs();
});

describe(`${TARGETS} targets at the highest concurrency against 5 servers that drop what they cannot take`, () => {
  it('reports every target as its server is configured, none as refusing or incomplete', async () => {
    const targets: Target[] = Array.from({ length: TARGETS }, (_, i) => ({
      name: `t${i}`,
      host: '127.0.0.1',
      port: servers[i % servers.length]!.port,
      sni: null
    }));
    const reports = await scanTargets(targets, {
      timeoutMs: 10_000,
      targetDeadlineMs: 120_000,
      concurrency: TARGETS,
      perTargetConcurrency: 6,
      trust: await loadTrustStore({}),
      now: new Date(),
      aia: false
    });
    const wrong = reports.filter(
      (r) =>
        r.status !== 'ok' ||
        (r.incomplete ?? []).length > 0 ||
        JSON.stringify(r.cipherSuites) !== JSON.stringify({ 'TLSv1.3': ['TLS_AES_128_GCM_SHA256'] }) ||
        JSON.stringify(r.groups) !== JSON.stringify(['x25519'])
    );
    expect(
      wrong.map((r) => ({ name: r.name, status: r.status, error: r.error, incomplete: r.incomplete }))
    ).toEqual([]);
  }, 300_000);
});
