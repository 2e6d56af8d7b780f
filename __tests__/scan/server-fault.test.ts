// "A bug is not the server's fault": bytes the server got wrong (a DecodeError, a record that fails
// authentication, a key share that cannot be used) end as the probe's malformed-reply outcome; anything else
// thrown inside a probe is a bug of tls-gate and propagates out of runProbe and the scan engine, so the CLI
// can exit 3 instead of reporting a server property that does not exist.
import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals';
import net from 'node:net';
import { DecodeError } from '../../src/wire/bytes.js';
import { DecryptionError } from '../../src/wire/tls13/aead.js';
import { isServerFault } from '../../src/wire/server-fault.js';
import { encodeRecords } from '../../src/wire/record.js';
import { encodeServerHello, serverHello } from '../../src/wire/server-hello.js';
import { cleanupTempDirs, startNodeTlsServer, type RunningServer } from '../helpers/servers.js';

// The real decoder, unless a test swaps in a broken one: the way a bug inside a decoder would behave.
const realServerHello = await import('../../src/wire/server-hello.js');
let brokenDecoder: Error | null = null;
jest.unstable_mockModule('../../src/wire/server-hello.js', () => ({
  ...realServerHello,
  decodeServerHello: (body: Buffer) => {
    if (brokenDecoder) throw brokenDecoder;
    return realServerHello.decodeServerHello(body);
  }
}));
const { runProbe } = await import('../../src/scan/probe.js');
const { scanTargets } = await import('../../src/scan/index.js');
const { tls13Hello } = await import('../../src/scan/hellos.js');
const { testScanOptions } = await import('./scan-options.js');

const servers: RunningServer[] = [];
afterEach(() => {
  brokenDecoder = null;
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  cleanupTempDirs();
});

const limits = (): { timeoutMs: number; deadline: number } => ({
  timeoutMs: 3000,
  deadline: Date.now() + 10_000
});
const endpoint = (port: number) => ({ host: '127.0.0.1', address: '127.0.0.1', port, sni: null });
const tls13Probe = () => ({ kind: 'tls' as const, spec: tls13Hello([0x1301], { serverName: null }) });

/** A loopback peer that answers the first bytes it receives with `reply`, then keeps the connection open. */
async function startScriptedPeer(reply: Buffer): Promise<number> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('data', () => socket.write(reply));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({
    port: 0,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  });
  return (server.address() as net.AddressInfo).port;
}

/** A TLS 1.3 ServerHello record choosing TLS_AES_128_GCM_SHA256 with this X25519 key. */
function tls13ServerHello(x25519Key: Buffer): Buffer {
  const hello = encodeServerHello(
    serverHello({
      legacyVersion: 0x0303,
      cipherSuite: 0x1301,
      selectedVersion: 0x0304,
      keyShare: { group: 0x001d, keyExchange: x25519Key }
    })
  );
  return encodeRecords(22, 0x0303, hello);
}

describe('isServerFault', () => {
  it('counts decode errors of every reason and failed record authentication as the server’s fault', () => {
    expect(isServerFault(new DecodeError('ServerHello: needs 2 byte(s), only 1 left', 'missing-data'))).toBe(
      true
    );
    expect(isServerFault(new DecodeError('extensions: type 43 appears twice', 'duplicate-extension'))).toBe(
      true
    );
    expect(isServerFault(new DecryptionError())).toBe(true);
  });

  it('counts every other exception as a bug of tls-gate', () => {
    expect(isServerFault(new TypeError("Cannot read properties of undefined (reading 'length')"))).toBe(
      false
    );
    expect(isServerFault(new RangeError('offset out of range'))).toBe(false);
    expect(isServerFault(new Error('anything else'))).toBe(false);
    expect(isServerFault('a string')).toBe(false);
  });
});

describe('a hostile but decodable reply ends as a probe outcome', () => {
  it('a ServerHello that repeats an extension is a malformed reply', async () => {
    const body = Buffer.from(
      '0303' + '11'.repeat(32) + '00' + '1301' + '00' + '000c' + '002b00020304' + '002b00020304',
      'hex'
    );
    const record = encodeRecords(22, 0x0303, Buffer.concat([Buffer.from([2, 0, 0, body.length]), body]));
    const port = await startScriptedPeer(record);
    const outcome = await runProbe(endpoint(port), tls13Probe(), limits());
    expect(outcome).toMatchObject({
      kind: 'protocol-error',
      message: expect.stringMatching(/malformed.*twice/)
    });
  });

  it('an encrypted first flight that fails authentication is a malformed reply', async () => {
    const forged = encodeRecords(23, 0x0303, Buffer.alloc(64, 0x42));
    const port = await startScriptedPeer(Buffer.concat([tls13ServerHello(Buffer.alloc(32, 9)), forged]));
    const outcome = await runProbe(endpoint(port), tls13Probe(), limits(), { readCertificates: true });
    expect(outcome).toMatchObject({
      kind: 'protocol-error',
      message: expect.stringMatching(/the server sent a malformed .*bad_record_mac/)
    });
  });

  it('a server key share that cannot be used (X25519 of low order, or the wrong length) is a malformed reply', async () => {
    for (const key of [Buffer.alloc(32, 0), Buffer.alloc(10, 9)]) {
      const port = await startScriptedPeer(tls13ServerHello(key));
      const outcome = await runProbe(endpoint(port), tls13Probe(), limits(), { readCertificates: true });
      expect(outcome).toMatchObject({
        kind: 'protocol-error',
        message: expect.stringMatching(
          /the server sent a malformed .*key_share: the server.s key for group 0x1d/
        )
      });
    }
  });
});

describe('a bug of ours propagates', () => {
  it('a TypeError inside a decoder leaves runProbe as that TypeError, against a well-formed server', async () => {
    // X25519 only, the group the probe sends a share for: Node 24 would otherwise ask for ML-KEM with a
    // HelloRetryRequest, and the unbroken probe below would not end as accepted.
    const server = await startNodeTlsServer({ minVersion: 'TLSv1.3', ecdhCurve: 'X25519' });
    servers.push(server);
    // Unbroken, this server is accepted: the failure below is the decoder's alone.
    expect(await runProbe(endpoint(server.port), tls13Probe(), limits())).toMatchObject({ kind: 'accepted' });
    brokenDecoder = new TypeError("Cannot read properties of undefined (reading 'group')");
    await expect(runProbe(endpoint(server.port), tls13Probe(), limits())).rejects.toBe(brokenDecoder);
  });

  it('the scan engine does not turn it into the target’s status', async () => {
    const server = await startNodeTlsServer({ minVersion: 'TLSv1.3' });
    servers.push(server);
    brokenDecoder = new TypeError('a bug');
    const target = { name: 'loopback', host: '127.0.0.1', port: server.port, sni: null };
    await expect(scanTargets([target], await testScanOptions())).rejects.toBe(brokenDecoder);
  });
});
