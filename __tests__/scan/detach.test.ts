// What a probe's outcome keeps owns its bytes: a view into the reply would keep every socket read of it alive for
// the rest of the target's scan (the fuzz campaign's runs of hostile servers peaked past 450 MB).
import { afterAll, describe, expect, it } from '@jest/globals';
import { detach } from '../../src/scan/detach.js';
import { legacyHello } from '../../src/scan/hellos.js';
import { runProbe } from '../../src/scan/probe.js';
import { startNodeTlsServer, type RunningServer } from '../helpers/servers.js';

const running: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()));
});

describe('detach', () => {
  it('copies the bytes into a backing store of exactly their size', () => {
    const reply = Buffer.alloc(64 * 1024, 7);
    const copy = detach(reply.subarray(10, 42));
    expect(copy.length).toBe(32);
    expect(copy.buffer.byteLength).toBe(32);
    expect(copy.equals(reply.subarray(10, 42))).toBe(true);
  });
});

describe("an accepted probe's outcome", () => {
  it('keeps its random and session id in buffers of their own (its certificates: certificate-store.ts)', async () => {
    const server = await startNodeTlsServer({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
    running.push(server);
    const endpoint = { host: '127.0.0.1', address: '127.0.0.1', port: server.port, sni: null };
    const hello = legacyHello('TLSv1.2', [0xc02f, 0xc02b, 0xc030, 0xc02c], { serverName: null });
    const outcome = await runProbe(
      endpoint,
      { kind: 'tls', spec: hello },
      { timeoutMs: 3000, deadline: Date.now() + 10_000 },
      { readCertificates: true }
    );
    expect(outcome.kind).toBe('accepted');
    if (outcome.kind !== 'accepted') return;
    expect(outcome.serverRandom!.buffer.byteLength).toBe(32);
    expect(outcome.sessionId.buffer.byteLength).toBe(outcome.sessionId.length);
  });
});
