// Hostile or broken servers end every simulated client as a failed result with a diagnosis, within the
// deadline: never a crash, a hang or an unhandled rejection.
import { afterAll, describe, expect, it } from '@jest/globals';
import { profileById } from '../../src/clients/profiles/index.js';
import { simulateClient } from '../../src/clients/simulate.js';
import { startHostilePeer, type HostileKind } from '../helpers/servers.js';
import { server as scanData } from '../diagnose/fixtures.js';

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
});

const EXPECTED: Record<HostileKind, RegExp> = {
  silent: /did not answer in time/,
  http: /does not speak TLS .* an HTTP server/,
  ssh: /does not speak TLS .* an SSH server/,
  'close-mid-handshake': /closed the connection|malformed/,
  reset: /reset the connection/,
  garbage: /does not speak TLS|malformed|not TLS/,
  'oversized-record': /malformed|record/,
  drip: /did not answer in time|malformed/
};

describe('client simulation against hostile peers', () => {
  for (const kind of Object.keys(EXPECTED) as HostileKind[]) {
    it(`ends as a failed result with a diagnosis against a "${kind}" peer, within the deadline`, async () => {
      const peer = await startHostilePeer(kind);
      stops.push(() => peer.stop());
      // Scan data of a healthy TLS 1.3 server: what the peer does on the wire must show in the diagnosis.
      const data = {
        ...scanData({ protocols: ['TLSv1.3'], suites: { 'TLSv1.3': ['TLS_AES_128_GCM_SHA256'] } }),
        port: peer.port
      };
      const started = Date.now();
      const result = await simulateClient(
        { host: 'shop.test', address: '127.0.0.1', port: peer.port, sni: 'shop.test' },
        data,
        profileById('chrome-current')!,
        { timeoutMs: 1000, deadline: Date.now() + 4000 }
      );
      expect(Date.now() - started).toBeLessThan(6000);
      expect(result.connects).toBe(false);
      expect(result.diagnosis).toMatch(EXPECTED[kind]);
    });
  }
});
