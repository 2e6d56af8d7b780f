// The STARTTLS dialogue is bounded in time like every other read: a peer that greets and then says nothing, or
// closes mid-dialogue, ends the target as an error naming the dialogue, within the per-read timeout. These are
// hostile peers (no real server behaves so), hand-written on loopback.
import { afterEach, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { scanTarget } from '../../../src/scan/index.js';
import { testScanOptions } from '../scan-options.js';
import { starttlsTarget } from './same-facts.js';

let server: net.Server | null = null;

/** A peer that sends `greeting` on connect, then does `after` with each chunk it receives. */
async function startPeer(greeting: string, after: (socket: net.Socket) => void): Promise<number> {
  server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    socket.write(greeting);
    socket.once('data', () => after(socket));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

describe('STARTTLS dialogue bounds', () => {
  it('a server silent after its greeting ends as STARTTLS_TIMEOUT within the per-read timeout', async () => {
    const port = await startPeer('220 silent.example ESMTP\r\n', () => undefined);
    const started = Date.now();
    const report = await scanTarget(starttlsTarget(port, 'smtp'), await testScanOptions({ timeoutMs: 400 }));
    expect(report.status).toBe('error');
    expect(report.error?.code).toBe('STARTTLS_TIMEOUT');
    expect(report.error?.message).toMatch(/did not finish its SMTP STARTTLS dialogue within 400 ms/);
    expect(Date.now() - started).toBeLessThan(5000);
  }, 15_000);

  it('a server that closes mid-dialogue ends as STARTTLS_PROTOCOL saying so', async () => {
    const port = await startPeer('* OK hi\r\n', (socket) => socket.end());
    const report = await scanTarget(starttlsTarget(port, 'imap'), await testScanOptions());
    expect(report.status).toBe('error');
    expect(report.error).toEqual({
      code: 'STARTTLS_PROTOCOL',
      message: `127.0.0.1 port ${port}: the server closed the connection during its IMAP STARTTLS dialogue (after 9 bytes)`
    });
  }, 15_000);
});
