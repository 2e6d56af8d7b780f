// No silent wrong facts (issue 11, item 2): a reset in the middle of an enumeration is retried, not read as the
// server refusing a suite; a server that keeps failing hellos it accepted before is reported as throttling the
// scan, in the report's `incomplete`; a server that answers some hellos with a reset keeps that answer. The
// server is a real Node TLS server; in front of it a proxy resets the connections a test picks, which is what an
// overloaded server or its firewall does (no real server does it on cue).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { loadTrustStore } from '../../src/certs/index.js';
import type { Target, TargetReport } from '../../src/model/report.js';
import { scanTargets, type ScanOptions } from '../../src/scan/index.js';
import { decodeClientHello, offered } from '../../src/wire/client-hello.js';
import { ClientExtension } from '../../src/wire/extension-codecs.js';
import { cleanupTempDirs, startNodeTlsServer, type RunningServer } from '../helpers/servers.js';

/** Which connections the proxy resets: by their order, and the versions their ClientHello offers. */
type ResetRule = (index: number, hello: { maxVersion: number }) => boolean;

/** The highest version a TLS ClientHello record offers (0x0002 for an SSLv2 hello, which has no such record). */
function maxVersionOffered(record: Buffer): number {
  if (record[0] !== 0x16) return 0x0002;
  const hello = decodeClientHello(record.subarray(9, 5 + record.readUInt16BE(3)));
  return Math.max(...(offered(hello, ClientExtension.supportedVersions) ?? [hello.legacyVersion]));
}

/** A TCP front to a real server that resets the connections `reset` picks, as soon as their hello arrives. */
async function startResettingProxy(backendPort: number, reset: ResetRule): Promise<RunningServer> {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((socket) => {
    const index = connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let pending = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      pending = Buffer.concat([pending, chunk]);
      const sslv2 = pending.length > 0 && pending[0] !== 0x16;
      if (!sslv2 && (pending.length < 5 || pending.length < 5 + pending.readUInt16BE(3))) return;
      socket.removeListener('data', onData);
      if (reset(index, { maxVersion: maxVersionOffered(pending) })) return void socket.resetAndDestroy();
      const backend = net.connect({ host: '127.0.0.1', port: backendPort });
      sockets.add(backend);
      backend.on('close', () => sockets.delete(backend));
      backend.on('error', () => socket.destroy());
      backend.write(pending);
      socket.pipe(backend).pipe(socket);
    };
    socket.on('data', onData);
  });
  server.on('error', () => undefined);
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

let backend: RunningServer;
let options: ScanOptions;
beforeAll(async () => {
  backend = await startNodeTlsServer({
    minVersion: 'TLSv1.2',
    ciphers: 'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384',
    ecdhCurve: 'X25519:P-256'
  });
  options = {
    timeoutMs: 2000,
    targetDeadlineMs: 30_000,
    concurrency: 4,
    perTargetConcurrency: 1, // one connection at a time: the proxy's connection order is the probes' order
    trust: await loadTrustStore({}),
    now: new Date(),
    aia: false
  };
});
afterAll(async () => {
  await backend.stop();
  cleanupTempDirs();
});

async function scanThrough(reset: ResetRule): Promise<TargetReport> {
  const proxy = await startResettingProxy(backend.port, reset);
  try {
    const target: Target = { name: 'proxied', host: '127.0.0.1', port: proxy.port, sni: null };
    const [report] = await scanTargets([target], options);
    return report!;
  } finally {
    await proxy.stop();
  }
}

/** What the backend's configuration makes true. */
function expectConfiguredFacts(report: TargetReport): void {
  expect(report.status).toBe('ok');
  expect(report.protocols).toMatchObject({ 'TLSv1.0': false, 'TLSv1.2': true, 'TLSv1.3': true });
  expect([...(report.cipherSuites['TLSv1.2'] ?? [])].sort()).toEqual([
    'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'
  ]);
  expect(report.cipherSuites['TLSv1.3']).toEqual(['TLS_AES_128_GCM_SHA256']);
}

describe('transport failures during an enumeration', () => {
  it('retries a burst of resets: the facts are complete and as configured', async () => {
    const report = await scanThrough((index) => index >= 3 && index < 6);
    expectConfiguredFacts(report);
    expect(report.incomplete).toBeUndefined();
  });

  it('keeps a reset the server gives every time to one kind of hello as its answer', async () => {
    // Like servers that reset instead of alerting: every TLS 1.0 hello is reset, every other one answered.
    const report = await scanThrough((_, hello) => hello.maxVersion === 0x0301);
    expectConfiguredFacts(report);
    expect(report.incomplete).toBeUndefined();
  });

  it('reports a server that stops answering hellos it accepted as throttling the scan, never as a clean scan', async () => {
    const report = await scanThrough((index) => index >= 4);
    expect(report.incomplete?.length ?? 0).toBeGreaterThan(0);
    expect(new Set(report.incomplete!.map((fact) => fact.code))).toEqual(new Set(['THROTTLED']));
    expect(report.incomplete![0]!.reason).toContain('throttled');
  });
});
