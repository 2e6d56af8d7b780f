// --per-address-concurrency bounds the connections one address and port sees at once, across every target that
// resolves to it: eight names on one server (as on a shared load balancer), each allowed 6 handshakes at once,
// reach it together at most N times. The server's front counts its open TCP connections; that count is the ground
// truth.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { startNodeTlsServer, type RunningServer } from '../helpers/servers.js';
import { runCli } from './cli-io.js';

let server: RunningServer;
let front: net.Server;
let open = 0;
let mostOpen = 0;

// The scan connects to a front that holds each connection 25 ms before relaying it to the TLS server, so that
// connections overlap for long enough to be counted: without the hold a loopback handshake is over in a few ms.
beforeAll(async () => {
  server = await startNodeTlsServer({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' });
  front = net.createServer((client) => {
    open += 1;
    client.once('close', () => (open -= 1));
    client.on('error', () => undefined);
    client.pause();
    setTimeout(() => {
      const upstream = net.connect(server.port, '127.0.0.1');
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      client.pipe(upstream).pipe(client);
      client.resume();
    }, 25);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => front.close(() => resolve()));
  await server.stop();
});

/** Scans eight targets on the one server and returns the most connections it had open at once. */
async function mostOpenDuringScan(extraArgs: string[]): Promise<number> {
  mostOpen = 0;
  // Sampled between turns of the event loop, not on each event: a client's close and its next connection reach
  // the server in one batch of I/O events, in no set order, and counting event by event would see both at once.
  const sampler = setInterval(() => (mostOpen = Math.max(mostOpen, open)), 1);
  const targets = Array.from(
    { length: 8 },
    (_, i) => `t${i}=127.0.0.1:${(front.address() as net.AddressInfo).port}`
  );
  const run = await runCli(
    [
      'scan',
      ...targets,
      '--format',
      'json',
      '--checks',
      'none',
      '--per-target-concurrency',
      '6',
      ...extraArgs
    ],
    {}
  );
  clearInterval(sampler);
  expect(run.stderr).not.toMatch(/internal error/i);
  const report = JSON.parse(run.stdout) as { targets: { status: string }[] };
  expect(report.targets.map((target) => target.status)).toEqual(Array(8).fill('ok'));
  return mostOpen;
}

describe('scan --per-address-concurrency', () => {
  it('holds the server to that many connections at once, whatever the targets and their own limit', async () => {
    expect(await mostOpenDuringScan(['--per-address-concurrency', '2'])).toBeLessThanOrEqual(2);
  }, 60_000);

  it('is what limits them: without it the same scan opens more than that at once', async () => {
    expect(await mostOpenDuringScan([])).toBeGreaterThan(2);
  }, 60_000);
});
