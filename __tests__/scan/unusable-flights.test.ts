// "A fact counts when a client could use it": a server whose flights lead nowhere (a ServerKeyExchange missing, a
// certificate that is not DER, a reset after ServerHello, a HelloRetryRequest to every hello) gets nothing counted
// as accepted; its target ends as status error naming the cause, and what it selected is kept apart in
// unusableSelections. Messages name the real cause of silence and of close_notify too. Fixture servers only:
// no real server misbehaves like this (healthy servers keep their exact facts in the engine-* tests).
import { afterAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { scanTargets } from '../../src/scan/index.js';
import type { Target, TargetReport } from '../../src/model/report.js';
import { encodeRecords } from '../../src/wire/record.js';
import { encodeServerHello, serverHello } from '../../src/wire/server-hello.js';
import { createTestPki } from '../../src/testing/pki.js';
import { startLegacyServer, type LegacyServerOptions } from '../helpers/legacy-server.js';
import { startTls13FixtureServer } from '../helpers/tls13-fixture-server.js';
import { expectValidTargetReport } from './valid-report.js';
import { testScanOptions } from './scan-options.js';

const ECDHE_RSA_AES128_GCM = 0xc02f;
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
});

function target(port: number): Target {
  return { name: `127.0.0.1:${port}`, host: '127.0.0.1', port, sni: null };
}

async function scanOne(port: number, overrides = {}): Promise<TargetReport> {
  const [report] = await scanTargets([target(port)], await testScanOptions(overrides));
  expectValidTargetReport(report!);
  return report!;
}

function expectNothingAccepted(report: TargetReport): void {
  expect(Object.values(report.protocols).some(Boolean)).toBe(false);
  expect(report.cipherSuites).toEqual({});
  expect(report.groups).toEqual([]);
}

async function legacyServer(options: Partial<LegacyServerOptions>): Promise<number> {
  const server = await startLegacyServer({
    versions: ['TLSv1.2'],
    suites: [ECDHE_RSA_AES128_GCM],
    order: 'server',
    ...options
  });
  stops.push(() => server.close());
  return server.port;
}

/** A loopback peer that answers every chunk it receives with `reply` (`end`: then closes), or drips it. */
async function startScriptedPeer(reply: Buffer, mode: 'keep-open' | 'end' | 'drip'): Promise<number> {
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('data', () => {
      if (mode === 'end') return void socket.end(reply);
      if (mode === 'keep-open') return void socket.write(reply);
      let sent = 0;
      const timer = setInterval(() => {
        if (sent >= reply.length || socket.destroyed) return clearInterval(timer);
        socket.write(reply.subarray(sent, ++sent));
      }, 1000);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(
    () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  );
  return (server.address() as net.AddressInfo).port;
}

describe('a server whose flights lead nowhere', () => {
  it('without ServerKeyExchange for an ECDHE suite ends as error, the suite kept as selected', async () => {
    const report = await scanOne(await legacyServer({ fault: 'no-server-key-exchange' }));
    expect(report.status).toBe('error');
    expect(report.error).toEqual({
      code: 'UNUSABLE_HANDSHAKE',
      message: expect.stringContaining('ServerKeyExchange missing for an ECDHE suite')
    });
    expectNothingAccepted(report);
    expect(report.unusableSelections).toEqual([
      {
        protocol: 'TLSv1.2',
        cipherSuites: ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
        reason: 'ServerKeyExchange missing for an ECDHE suite'
      }
    ]);
  });

  it('with a certificate that is not DER (TLS 1.2) ends as error', async () => {
    const port = await legacyServer({ certificates: [Buffer.from('not a certificate at all')] });
    const report = await scanOne(port);
    expect(report.status).toBe('error');
    expect(report.error?.message).toContain('the certificate is not valid DER');
    expectNothingAccepted(report);
  });

  it('that resets the connection after its ServerHello ends as error', async () => {
    const report = await scanOne(await legacyServer({ fault: 'reset-after-server-hello' }));
    expect(report.status).toBe('error');
    expect(report.error?.message).toContain(
      'the server reset the connection after its ServerHello, before ServerHelloDone'
    );
    expectNothingAccepted(report);
  });

  it('with a certificate that is not DER (TLS 1.3, read from the decrypted flight) ends as error', async () => {
    const server = await startTls13FixtureServer(Buffer.from('not a certificate at all'));
    stops.push(() => server.stop());
    const report = await scanOne(server.port);
    expect(report.status).toBe('error');
    expect(report.error).toEqual({
      code: 'UNUSABLE_HANDSHAKE',
      message: expect.stringContaining('the certificate is not valid DER')
    });
    expectNothingAccepted(report);
    expect(report.unusableSelections).toEqual([
      {
        protocol: 'TLSv1.3',
        cipherSuites: ['TLS_AES_128_GCM_SHA256'],
        reason: 'the certificate is not valid DER'
      }
    ]);
  });

  it('sending an encrypted alert instead of its TLS 1.3 flight ends as error naming the alert', async () => {
    const internalError = 80;
    const server = await startTls13FixtureServer(Buffer.alloc(0), { encryptedAlert: internalError });
    stops.push(() => server.stop());
    const report = await scanOne(server.port);
    expect(report.status).toBe('error');
    expect(report.error?.message).toContain(
      'the server sent the alert internal_error (encrypted) after its ServerHello'
    );
    expectNothingAccepted(report);
  });

  it('the same TLS 1.3 fixture with a real certificate counts TLS 1.3 (the control for the test above)', async () => {
    const { der } = await createTestPki().selfSigned({
      commonName: 'fixture.test',
      dnsNames: ['fixture.test'],
      isCA: false
    });
    const server = await startTls13FixtureServer(der);
    stops.push(() => server.stop());
    const report = await scanOne(server.port);
    expect(report.status).toBe('ok');
    expect(report.protocols['TLSv1.3']).toBe(true);
    expect(report.cipherSuites['TLSv1.3']).toEqual(['TLS_AES_128_GCM_SHA256']);
    expect(report.certificate?.chain.length).toBe(1);
    expect(report.unusableSelections).toBeUndefined();
  });

  it('with TLS 1.3 unusable but TLS 1.2 healthy: TLS 1.2 counts, TLS 1.3 kept apart, the chain read over TLS 1.2', async () => {
    const olderPort = await legacyServer({});
    const server = await startTls13FixtureServer(Buffer.from('not a certificate at all'), {
      olderVersionsPort: olderPort
    });
    stops.push(() => server.stop());
    const report = await scanOne(server.port);
    expect(report.status).toBe('ok');
    expect(report.protocols).toMatchObject({ 'TLSv1.2': true, 'TLSv1.3': false });
    expect(report.cipherSuites).toEqual({ 'TLSv1.2': ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'] });
    expect(report.keyExchange.tls13Groups).toEqual([]);
    expect(report.unusableSelections).toEqual([
      {
        protocol: 'TLSv1.3',
        cipherSuites: ['TLS_AES_128_GCM_SHA256'],
        reason: 'the certificate is not valid DER'
      }
    ]);
    expect(report.certificate?.chain.length).toBe(1);
  });

  it('answering every TLS 1.3 hello with another HelloRetryRequest ends as error, no version or group counted', async () => {
    const hrr = encodeServerHello(
      serverHello({ legacyVersion: 0x0303, cipherSuite: 0x1301, selectedVersion: 0x0304, retryGroup: 0x001d })
    );
    const report = await scanOne(await startScriptedPeer(encodeRecords(22, 0x0303, hrr), 'keep-open'));
    expect(report.status).toBe('error');
    expect(report.error).toEqual({
      code: 'UNUSABLE_HANDSHAKE',
      message: expect.stringContaining('every TLS 1.3 hello is answered with another HelloRetryRequest')
    });
    expectNothingAccepted(report);
    expect(report.keyExchange.tls13Groups).toEqual([]);
    expect(report.unusableSelections?.[0]).toMatchObject({ protocol: 'TLSv1.3' });
  });
});

describe('messages name the real cause', () => {
  it('close_notify as the only answer is not "no protocol version and cipher suite in common"', async () => {
    const closeNotify = encodeRecords(21, 0x0303, Buffer.from([1, 0]));
    const report = await scanOne(await startScriptedPeer(closeNotify, 'end'));
    expect(report.status).toBe('error');
    expect(report.error?.message).toBe(
      'the server closed every connection with close_notify instead of answering the ClientHello'
    );
    expectNothingAccepted(report);
  });

  it('a server answering at one byte per second: what was being read, how many bytes in how long', async () => {
    const hello = encodeServerHello(
      serverHello({ legacyVersion: 0x0303, cipherSuite: ECDHE_RSA_AES128_GCM })
    );
    const port = await startScriptedPeer(encodeRecords(22, 0x0303, hello), 'drip');
    const report = await scanOne(port, { timeoutMs: 2500, targetDeadlineMs: 3500 });
    expect(report.status).toBe('error');
    expect(report.error?.code).toBe('DEADLINE');
    expect(report.error?.message).toMatch(
      /did not finish answering before the target's deadline \(3500 ms\): [1-4] bytes? of the ServerHello arrived in \d+ ms/
    );
    expectNothingAccepted(report);
  });
});
