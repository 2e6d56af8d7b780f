// How a probe ends when the server stops after its ServerHello: a close, a reset or an alert makes what it
// selected unusable (no client could go on); silence is a timeout that says what was being read and how many
// bytes had arrived, never "accepted". Scripted loopback peers: no real server stops mid-flight on purpose.
import { afterAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { runProbe } from '../../src/scan/probe.js';
import { legacyHello, tls13Hello } from '../../src/scan/hellos.js';
import { encodeAlert } from '../../src/wire/alert.js';
import { encodeRecords } from '../../src/wire/record.js';
import { encodeServerHello, serverHello } from '../../src/wire/server-hello.js';
import { createKeyShare } from '../../src/wire/tls13/key-share.js';

type After = 'reset' | 'silence' | 'alert';
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
});

/** A peer that answers the first bytes with `reply`, then does `after`. */
async function startPeer(reply: Buffer, after: After): Promise<number> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('data', () => {
      socket.write(reply);
      if (after === 'alert') socket.end(encodeRecords(21, 0x0303, encodeAlert(2, 40)));
      if (after === 'reset') setTimeout(() => socket.resetAndDestroy(), 20);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  );
  return (server.address() as net.AddressInfo).port;
}

const endpoint = (port: number) => ({ host: '127.0.0.1', address: '127.0.0.1', port, sni: null });
const limits = () => ({ timeoutMs: 400, deadline: Date.now() + 5000 });

const tls12ServerHello = encodeRecords(
  22,
  0x0303,
  encodeServerHello(serverHello({ legacyVersion: 0x0303, cipherSuite: 0xc02f }))
);
const tls12Probe = { kind: 'tls' as const, spec: legacyHello('TLSv1.2', [0xc02f], { serverName: null }) };

const tls13ServerHello = encodeRecords(
  22,
  0x0303,
  encodeServerHello(
    serverHello({
      legacyVersion: 0x0303,
      cipherSuite: 0x1301,
      selectedVersion: 0x0304,
      keyShare: createKeyShare(0x001d)!.entry
    })
  )
);
const tls13Probe = { kind: 'tls' as const, spec: tls13Hello([0x1301], { serverName: null }) };

describe('TLS 1.2: the flight stops after ServerHello', () => {
  it('an alert after ServerHello: selected, unusable, the alert named', async () => {
    const outcome = await runProbe(
      endpoint(await startPeer(tls12ServerHello, 'alert')),
      tls12Probe,
      limits()
    );
    expect(outcome).toMatchObject({
      kind: 'unusable',
      version: 'TLSv1.2',
      cipherSuite: 0xc02f,
      reason: 'the server sent the alert handshake_failure after its ServerHello'
    });
  });

  it('silence after ServerHello: a timeout naming the flight and the bytes that arrived', async () => {
    const outcome = await runProbe(
      endpoint(await startPeer(tls12ServerHello, 'silence')),
      tls12Probe,
      limits()
    );
    expect(outcome).toMatchObject({
      kind: 'timeout',
      reading: 'the flight after the ServerHello (up to ServerHelloDone)',
      receivedBytes: tls12ServerHello.length,
      byDeadline: false
    });
  });
});

describe('TLS 1.3 certificate read: the flight stops after ServerHello', () => {
  it('a reset before the encrypted Certificate: selected, unusable', async () => {
    const port = await startPeer(tls13ServerHello, 'reset');
    const outcome = await runProbe(endpoint(port), tls13Probe, limits(), { readCertificates: true });
    expect(outcome).toMatchObject({
      kind: 'unusable',
      version: 'TLSv1.3',
      reason: 'the server reset the connection after its ServerHello, before its encrypted Certificate'
    });
  });

  it('silence before the encrypted Certificate: a timeout naming the encrypted flight', async () => {
    const port = await startPeer(tls13ServerHello, 'silence');
    const outcome = await runProbe(endpoint(port), tls13Probe, limits(), { readCertificates: true });
    expect(outcome).toMatchObject({
      kind: 'timeout',
      reading: 'the encrypted flight after the ServerHello',
      receivedBytes: tls13ServerHello.length
    });
  });

  it('an enumeration probe (no certificate read) still stops at the ServerHello and accepts', async () => {
    const outcome = await runProbe(
      endpoint(await startPeer(tls13ServerHello, 'reset')),
      tls13Probe,
      limits()
    );
    expect(outcome).toMatchObject({ kind: 'accepted', version: 'TLSv1.3', cipherSuite: 0x1301 });
  });
});

describe('first contact reading on to the Certificate: the hello is answered as at the ServerHello', () => {
  const alongside = { certificatesAlongside: true };

  it('a reset before the encrypted Certificate: accepted, the certificate read unusable', async () => {
    const port = await startPeer(tls13ServerHello, 'reset');
    const outcome = await runProbe(endpoint(port), tls13Probe, limits(), alongside);
    expect(outcome).toMatchObject({
      kind: 'accepted',
      version: 'TLSv1.3',
      cipherSuite: 0x1301,
      certificates: null,
      certificateRead: {
        kind: 'unusable',
        reason: 'the server reset the connection after its ServerHello, before its encrypted Certificate'
      }
    });
  });

  it('silence: accepted, the certificate read a timeout naming the encrypted flight', async () => {
    const port = await startPeer(tls13ServerHello, 'silence');
    const outcome = await runProbe(endpoint(port), tls13Probe, limits(), alongside);
    expect(outcome).toMatchObject({
      kind: 'accepted',
      certificateRead: { kind: 'timeout', reading: 'the encrypted flight after the ServerHello' }
    });
  });

  it('an encrypted record that does not decrypt: accepted, the certificate read a protocol error', async () => {
    const garbage = encodeRecords(23, 0x0303, Buffer.alloc(40, 7));
    const port = await startPeer(Buffer.concat([tls13ServerHello, garbage]), 'silence');
    const outcome = await runProbe(endpoint(port), tls13Probe, limits(), alongside);
    expect(outcome).toMatchObject({
      kind: 'accepted',
      certificateRead: {
        kind: 'protocol-error',
        message: expect.stringContaining('encrypted record failed authentication')
      }
    });
  });

  it('a TLS 1.2 answer is read as without the option, with no certificate read', async () => {
    const port = await startPeer(tls12ServerHello, 'reset');
    const outcome = await runProbe(endpoint(port), tls12Probe, limits(), alongside);
    expect(outcome.kind).toBe('unusable');
    expect(outcome).not.toHaveProperty('certificateRead');
  });
});
