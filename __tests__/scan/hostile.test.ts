// Every hostile or broken peer ends as its target's status and error, within its deadline, while a healthy
// target scanned in the same run gets its full result.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectValidTargetReport } from './valid-report.js';
import { loadTrustStore } from '../../src/certs/index.js';
import { scanTargets, type ScanOptions } from '../../src/scan/index.js';
import type { Target, TargetReport } from '../../src/model/report.js';
import {
  cleanupTempDirs,
  refusedPort,
  startHostilePeer,
  startNodeTlsServer,
  startEmptyKeyShareHangingProxy,
  startOpensslServer,
  startTiringProxy,
  startTls13HangingProxy,
  type HostileKind,
  type RunningServer
} from '../helpers/servers.js';

const DEADLINE_MS = 5000;
let options: ScanOptions;
let healthy: RunningServer;

beforeAll(async () => {
  options = {
    timeoutMs: 1500,
    targetDeadlineMs: DEADLINE_MS,
    concurrency: 4,
    perTargetConcurrency: 6,
    trust: await loadTrustStore({}),
    now: new Date()
  };
  // A small healthy server (one version, one suite, one group): few handshakes, so a loaded CI machine
  // still finishes it well inside the deadline the hostile peers are held to.
  healthy = await startNodeTlsServer({
    minVersion: 'TLSv1.3',
    ciphers: 'TLS_AES_128_GCM_SHA256',
    ecdhCurve: 'X25519'
  });
  // Warm up (module loading, trust store parsing) so the timed scans below measure the peers, not the start.
  await scanTargets([target(healthy.port, 'warm-up')], { ...options, targetDeadlineMs: 30000 });
});
afterAll(async () => {
  await healthy.stop();
  cleanupTempDirs();
});

function target(port: number, name = `127.0.0.1:${port}`): Target {
  return { name, host: '127.0.0.1', port, sni: null };
}

/** Scans the hostile target next to the healthy one; checks the healthy one is unaffected and timing holds. */
async function scanBeside(hostile: Target, scanOptions = options): Promise<TargetReport> {
  const started = Date.now();
  const [bad, good] = await scanTargets([hostile, target(healthy.port, 'healthy')], scanOptions);
  expect(Date.now() - started).toBeLessThan(DEADLINE_MS + 1500);
  expect(bad!.durationMs).toBeLessThanOrEqual(DEADLINE_MS + 500);
  expectValidTargetReport(bad!);
  expectValidTargetReport(good!);
  expect(good!.error).toBeNull();
  expect(good!.status).toBe('ok');
  expect(good!.protocols['TLSv1.3']).toBe(true);
  expect(good!.cipherSuites['TLSv1.3']).toEqual(['TLS_AES_128_GCM_SHA256']);
  expect(good!.groups).toEqual(['x25519']);
  return bad!;
}

async function withPeer(
  kind: HostileKind,
  check: (report: TargetReport) => void,
  scanOptions = options
): Promise<void> {
  const peer = await startHostilePeer(kind);
  try {
    check(await scanBeside(target(peer.port), scanOptions));
  } finally {
    await peer.stop();
  }
}

describe('hostile and broken peers', () => {
  it('a refused port is unreachable with ECONNREFUSED', async () => {
    const report = await scanBeside(target(await refusedPort()));
    expect(report.status).toBe('unreachable');
    expect(report.error?.code).toBe('ECONNREFUSED');
    expect(report.error?.message).toMatch(/refused/);
  });

  it('an unknown host name is unreachable with the lookup error', async () => {
    const report = await scanBeside({
      name: 'nowhere',
      host: 'no-such-host.invalid',
      port: 443,
      sni: 'no-such-host.invalid'
    });
    expect(report.status).toBe('unreachable');
    expect(report.error?.message).toMatch(/could not be resolved/);
  });

  it('a silent port is an error naming the timeout', async () => {
    await withPeer('silent', (report) => {
      expect(report.status).toBe('error');
      expect(report.error?.code).toBe('ETIMEDOUT');
      expect(report.error?.message).toMatch(/did not answer/);
    });
  });

  it('an HTTP server is not-tls and named as such', async () => {
    await withPeer('http', (report) => {
      expect(report.status).toBe('not-tls');
      expect(report.error?.code).toBe('NOT_TLS');
      expect(report.error?.message).toMatch(/HTTP/);
    });
  });

  it('an SSH server is not-tls and named as such', async () => {
    await withPeer('ssh', (report) => {
      expect(report.status).toBe('not-tls');
      expect(report.error?.message).toMatch(/SSH/);
    });
  });

  it('a server that closes mid-handshake is an error that says so', async () => {
    await withPeer('close-mid-handshake', (report) => {
      expect(report.status).toBe('error');
      expect(report.error?.message).toMatch(/closed the connection mid-handshake/);
    });
  });

  it('a server that sends garbage is an error that says it is not TLS', async () => {
    await withPeer('garbage', (report) => {
      expect(report.status).toBe('error');
      expect(report.error?.code).toBe('PROTOCOL');
      expect(report.error?.message).toMatch(/not TLS/);
    });
  });

  it('a record larger than the protocol allows is an error that says so', async () => {
    await withPeer('oversized-record', (report) => {
      expect(report.status).toBe('error');
      expect(report.error?.code).toBe('PROTOCOL');
      expect(report.error?.message).toMatch(/larger than the protocol allows/);
    });
  });

  it('a server that resets every connection is an error', async () => {
    await withPeer('reset', (report) => {
      expect(report.status).toBe('error');
      expect(report.error?.code).toBe('ECONNRESET');
    });
  });

  it('a server that drips a byte a second is stopped by the target deadline', async () => {
    // Each byte comes well within the per-read timeout, so only the target deadline can end it.
    await withPeer(
      'drip',
      (report) => {
        expect(report.status).toBe('error');
        expect(report.error?.code).toBe('DEADLINE');
      },
      { ...options, timeoutMs: 2000, targetDeadlineMs: 3000 }
    );
  });

  it('a server that hangs on TLS 1.3 hellos is still scanned in TLS 1.2', async () => {
    const backend = await startNodeTlsServer({
      minVersion: 'TLSv1.2',
      maxVersion: 'TLSv1.2',
      ciphers: 'ECDHE-RSA-AES128-GCM-SHA256'
    });
    const proxy = await startTls13HangingProxy(backend.port);
    try {
      const [report] = await scanTargets([target(proxy.port)], { ...options, targetDeadlineMs: 20000 });
      expectValidTargetReport(report!);
      expect(report!.status).toBe('ok');
      expect(report!.protocols['TLSv1.2']).toBe(true);
      expect(report!.protocols['TLSv1.3']).toBe(false);
      expect(report!.cipherSuites['TLSv1.2']).toEqual(['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256']);
    } finally {
      await proxy.stop();
      await backend.stop();
    }
  });

  it('a target that stops answering ends at its deadline with what was found so far', async () => {
    const backend = await startNodeTlsServer({
      minVersion: 'TLSv1.3',
      ciphers: 'TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384'
    });
    // Only the first contact (a TLS 1.3 hello) is answered; every later handshake hangs.
    const proxy = await startTiringProxy(backend.port, 1);
    try {
      const started = Date.now();
      const [report] = await scanTargets([target(proxy.port)], {
        ...options,
        timeoutMs: 5000,
        targetDeadlineMs: 2000
      });
      expect(Date.now() - started).toBeLessThan(4500); // the per-read timeout (5000 ms) never got to run out
      expectValidTargetReport(report!);
      expect(report!.status).toBe('error');
      expect(report!.error?.code).toBe('DEADLINE');
      expect(report!.error?.message).toMatch(/partial/);
      expect(report!.protocols['TLSv1.3']).toBe(true);
      expect(report!.cipherSuites['TLSv1.3']).toHaveLength(1);
      // The one suite found is one the backend was configured with.
      expect(['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384']).toContain(
        report!.cipherSuites['TLSv1.3']![0]
      );
    } finally {
      await proxy.stop();
      await backend.stop();
    }
  });

  it('a TLS 1.3 server that ignores an empty key_share still has its groups found', async () => {
    const groups = 'P-384:X25519';
    const backend = await startOpensslServer({ versions: ['-tls1_3'], groups });
    const proxy = await startEmptyKeyShareHangingProxy(backend.port);
    try {
      const [report] = await scanTargets([target(proxy.port)], {
        ...options,
        timeoutMs: 1000,
        targetDeadlineMs: 20000
      });
      expectValidTargetReport(report!);
      expect(report!.status).toBe('ok');
      expect([...report!.keyExchange.tls13Groups].sort()).toEqual(['secp384r1', 'x25519']);
    } finally {
      await proxy.stop();
      await backend.stop();
    }
  });
});
