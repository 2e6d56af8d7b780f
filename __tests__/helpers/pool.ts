// A load-balanced pool on loopback: a private dnsmasq that answers a name with several A and AAAA records, and
// Node TLS servers on one port of several loopback addresses (127.0.0.2, 127.0.0.3, ... and ::1), each with its
// own configuration. Tests resolve names through that DNS server only (never the machine's resolver).
import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { existsSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { dnsServerResolver, type AddressResolver } from '../../src/scan/index.js';
import { tempDir, type RunningServer } from './servers.js';

export const DNSMASQ = '/usr/sbin/dnsmasq';

/** Why a pool test cannot run here, or null. */
export function poolSkipReason(): string | null {
  if (!existsSync(DNSMASQ)) return `${DNSMASQ} is not installed (Debian package dnsmasq-base)`;
  return null;
}

async function freeUdpPort(): Promise<number> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

export interface RunningDns extends RunningServer {
  resolver: AddressResolver;
}

/**
 * A private dnsmasq on 127.0.0.1 at a free high port, answering from `records` (name → addresses) only: no
 * upstream, no /etc/hosts. Any other name is refused.
 */
export async function startDnsmasq(records: Record<string, string[]>): Promise<RunningDns> {
  const dir = tempDir('tls-gate-dns-');
  const hosts = path.join(dir, 'hosts');
  writeFileSync(
    hosts,
    Object.entries(records)
      .flatMap(([name, addresses]) => addresses.map((address) => `${address} ${name}\n`))
      .join('')
  );
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freeUdpPort();
    const child = spawn(
      DNSMASQ,
      [
        '--keep-in-foreground',
        '--conf-file=/dev/null',
        '--no-resolv',
        '--no-hosts',
        `--addn-hosts=${hosts}`,
        '--listen-address=127.0.0.1',
        '--bind-interfaces',
        `--port=${port}`,
        `--pid-file=${path.join(dir, 'pid')}`,
        // As whoever runs the tests: dnsmasq started as root would otherwise switch to `nobody`.
        `--user=${os.userInfo().username}`,
        '--log-facility=-'
      ],
      { stdio: 'ignore' }
    );
    const resolver = dnsServerResolver([`127.0.0.1:${port}`], 500);
    const stop = () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    const first = Object.keys(records)[0]!;
    for (let wait = 0; wait < 40 && child.exitCode === null; wait++) {
      const answered = await resolver.addressesOf(first).then(
        () => true,
        () => false
      );
      if (answered) return { port, resolver, stop };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await stop();
  }
  throw new Error('dnsmasq did not start on a free port of 127.0.0.1');
}

export interface PoolNode {
  address: string;
  key: { certPem: string; keyPem: string };
  options?: tls.TlsOptions;
}

async function listenNode(node: PoolNode, port: number): Promise<RunningServer> {
  const server = tls.createServer({ ...node.options, key: node.key.keyPem, cert: node.key.certPem });
  server.on('tlsClientError', () => undefined);
  server.on('secureConnection', (socket) => {
    socket.on('error', () => undefined);
    socket.end();
  });
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, node.address, () => resolve());
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}

/** One TLS server per node, all on the same port (like the backends behind one name); the first picks it. */
export async function startPool(nodes: readonly PoolNode[]): Promise<RunningServer> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const first = await listenNode(nodes[0]!, 0);
    const running = [first];
    try {
      for (const node of nodes.slice(1)) running.push(await listenNode(node, first.port));
      return { port: first.port, stop: async () => void (await Promise.all(running.map((s) => s.stop()))) };
    } catch {
      // The port is taken on one of the other addresses: try another.
      await Promise.all(running.map((server) => server.stop()));
    }
  }
  throw new Error(`no port free on every one of ${nodes.map((node) => node.address).join(', ')}`);
}
