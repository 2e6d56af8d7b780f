// A STARTTLS dialogue cut by the transport (a reset in the middle of it: a mail server at its process
// limit, a busy listener) is the moment, not the server's answer: it is retried like a reset hello (issue 11), and
// the scan reports the same facts as without it. The server is a real Postfix; in front of it a TCP front resets
// the first connections it accepts, which no real server does on cue.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { scanTarget, type ScanOptions } from '../../../src/scan/index.js';
import { cleanupTempDirs, selfSigned, type RunningServer } from '../../helpers/servers.js';
import { isUnavailable, startPostfix, type StarttlsServerConfig } from '../../helpers/starttls-servers.js';
import { testScanOptions } from '../scan-options.js';
import { starttlsTarget, TEST_CIPHERS } from './same-facts.js';

/** Relays every connection to the backend, and resets the first `cuts` when the client sends its first command. */
async function startCuttingFront(backendPort: number, cuts: number): Promise<RunningServer> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const cut = accepted++ < cuts;
    const backend = net.connect({ host: '127.0.0.1', port: backendPort });
    sockets.add(backend);
    backend.on('close', () => sockets.delete(backend));
    backend.on('error', () => socket.destroy());
    backend.pipe(socket);
    if (!cut) return void socket.pipe(backend);
    // After the greeting, at the client's EHLO: the dialogue has begun, so the failure is the dialogue's.
    socket.once('data', () => {
      backend.destroy();
      socket.resetAndDestroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}

let options: ScanOptions;
let postfix: { ports: { smtp: number }; stop(): Promise<void> } | null = null;

beforeAll(async () => {
  options = await testScanOptions();
  const config: StarttlsServerConfig = {
    key: selfSigned({ key: 'rsa', cn: 'mail.tls-gate.test' }),
    cipher: TEST_CIPHERS
  };
  const started = await startPostfix(config);
  if (isUnavailable(started)) console.warn(`SKIPPED the cut STARTTLS dialogue test: ${started.skip}`);
  else postfix = started;
}, 60_000);
afterAll(async () => {
  await postfix?.stop();
  cleanupTempDirs();
});

describe('a STARTTLS dialogue cut by a reset', () => {
  it('is retried: two dialogues reset at the EHLO leave the same facts as none, and nothing incomplete', async () => {
    if (!postfix) return;
    const direct = await scanTarget(starttlsTarget(postfix.ports.smtp, 'smtp'), options);
    const front = await startCuttingFront(postfix.ports.smtp, 2);
    try {
      const cut = await scanTarget(starttlsTarget(front.port, 'smtp'), options);
      expect(cut).toMatchObject({ status: 'ok', error: null, protocols: direct.protocols });
      expect(cut.cipherSuites).toEqual(direct.cipherSuites);
      expect(cut.incomplete ?? []).toEqual([]);
    } finally {
      await front.stop();
    }
  }, 60_000);
});
