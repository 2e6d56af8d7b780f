// Concurrency limits, counted on our side: every socket the engine opens through net.connect is alive until it
// is destroyed. (A server notices closes later than we make them, so its own count would let consecutive probes
// overlap.) The servers are real: silent TCP peers and a Node TLS server.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import tls from 'node:tls';
import { loadTrustStore } from '../../src/certs/index.js';
import { scanTargets, type ScanOptions } from '../../src/scan/index.js';
import type { Target } from '../../src/model/report.js';
import {
  cleanupTempDirs,
  startHostilePeer,
  startNodeTlsServer,
  type RunningServer
} from '../helpers/servers.js';

let options: ScanOptions;
beforeAll(async () => {
  options = {
    timeoutMs: 300,
    targetDeadlineMs: 10000,
    concurrency: 16,
    perTargetConcurrency: 6,
    trust: await loadTrustStore({}),
    now: new Date()
  };
});
afterAll(() => cleanupTempDirs());

const target = (port: number): Target => ({ name: `t${port}`, host: '127.0.0.1', port, sni: null });

/** Wraps net.connect while `run` runs; returns the sockets opened and the most alive at once. */
async function countSockets(run: () => Promise<void>): Promise<{ opened: number; peak: number }> {
  const sockets: net.Socket[] = [];
  let peak = 0;
  const connect = net.connect;
  (net as { connect: unknown }).connect = (...args: Parameters<typeof net.connect>) => {
    peak = Math.max(peak, sockets.filter((socket) => !socket.destroyed).length + 1);
    const socket = connect(...args);
    sockets.push(socket);
    return socket;
  };
  // The checks that need a complete handshake (client renegotiation, Ticketbleed) use Node's TLS client, whose
  // sockets do not go through net.connect.
  const tlsConnect = tls.connect;
  // A TLS client over a socket of our own (the HSTS GET: `socket` given) makes no new connection: its TCP socket
  // was counted by net.connect.
  (tls as { connect: unknown }).connect = (...args: Parameters<typeof tls.connect>) => {
    const overOwnSocket = typeof args[0] === 'object' && args[0] !== null && 'socket' in args[0];
    if (overOwnSocket) return tlsConnect(...args);
    peak = Math.max(peak, sockets.filter((socket) => !socket.destroyed).length + 1);
    const socket = tlsConnect(...args);
    sockets.push(socket);
    return socket;
  };
  try {
    await run();
  } finally {
    (net as { connect: unknown }).connect = connect;
    (tls as { connect: unknown }).connect = tlsConnect;
  }
  return { opened: sockets.length, peak };
}

describe('concurrency limits', () => {
  it('never scans more targets at once than `concurrency`', async () => {
    // Silent peers: a target's scan is two first contacts one after the other, so alive sockets = targets.
    const peers: RunningServer[] = await Promise.all(
      Array.from({ length: 5 }, () => startHostilePeer('silent'))
    );
    try {
      const counted = await countSockets(async () => {
        const reports = await scanTargets(
          peers.map((peer) => target(peer.port)),
          { ...options, concurrency: 2 }
        );
        expect(reports.map((report) => report.error?.code)).toEqual(peers.map(() => 'ETIMEDOUT'));
      });
      expect(counted.opened).toBe(10);
      expect(counted.peak).toBe(2);
    } finally {
      await Promise.all(peers.map((peer) => peer.stop()));
    }
  });

  it('never opens more connections to one target than `perTargetConcurrency`, and counts each one', async () => {
    const server = await startNodeTlsServer({ minVersion: 'TLSv1.2' });
    try {
      let handshakes = 0;
      const counted = await countSockets(async () => {
        const [report] = await scanTargets([target(server.port)], {
          ...options,
          timeoutMs: 3000,
          perTargetConcurrency: 3
        });
        expect(report!.status).toBe('ok');
        handshakes = report!.handshakes;
      });
      expect(counted.opened).toBe(handshakes);
      expect(counted.peak).toBe(3);
    } finally {
      await server.stop();
    }
  });

  it('never opens more connections to one address than `perAddressConcurrency`, over every target that uses it', async () => {
    const server = await startNodeTlsServer({ minVersion: 'TLSv1.2' });
    try {
      const counted = await countSockets(async () => {
        // Three names for one server: each target alone may open 6, the address only 4 in all.
        const reports = await scanTargets(
          ['a', 'b', 'c'].map((name) => ({ ...target(server.port), name })),
          { ...options, timeoutMs: 3000, perAddressConcurrency: 4 }
        );
        expect(reports.map((report) => report.status)).toEqual(['ok', 'ok', 'ok']);
      });
      expect(counted.peak).toBe(4);
    } finally {
      await server.stop();
    }
  });
});
