import { afterAll, describe, expect, it } from '@jest/globals';
import { ByteBudget } from '../../src/scan/budgets.js';
import { Connection, type ReadResult } from '../../src/scan/connection.js';
import { Limiter, mapLimited } from '../../src/scan/limiter.js';
import {
  refusedPort,
  startHostilePeer,
  startNodeTlsServer,
  cleanupTempDirs,
  type HostileKind
} from '../helpers/servers.js';

afterAll(() => cleanupTempDirs());

async function readAll(connection: Connection): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for (;;) {
    const result = await connection.read();
    results.push(result);
    if (result.kind !== 'data') return results;
  }
}

type PeerConnectOptions = Omit<Parameters<typeof Connection.open>[0], 'address' | 'port' | 'deadline'> & {
  /** The deadline, counted from the moment the peer is listening. */
  deadlineInMs: number;
};

/** Starts a hostile peer of this kind, opens a connection to it, hands it to `use`, then closes both. */
async function withPeerConnection(
  kind: HostileKind,
  { deadlineInMs, ...options }: PeerConnectOptions,
  use: (connection: Connection) => Promise<void>
): Promise<void> {
  const peer = await startHostilePeer(kind);
  try {
    const connection = await Connection.open({
      address: '127.0.0.1',
      port: peer.port,
      deadline: Date.now() + deadlineInMs,
      ...options
    });
    if (!(connection instanceof Connection)) throw new Error('expected a connection');
    try {
      await use(connection);
    } finally {
      connection.close();
    }
  } finally {
    await peer.stop();
  }
}

describe('Connection', () => {
  it('reports a refused port as unreachable with ECONNREFUSED', async () => {
    const port = await refusedPort();
    const result = await Connection.open({
      address: '127.0.0.1',
      port,
      timeoutMs: 2000,
      deadline: Date.now() + 5000
    });
    expect(result).toMatchObject({ kind: 'unreachable', code: 'ECONNREFUSED' });
  });

  it('ends a read from a silent peer after the per-read timeout', async () => {
    await withPeerConnection('silent', { timeoutMs: 300, deadlineInMs: 5000 }, async (connection) => {
      const started = Date.now();
      expect(await connection.read()).toEqual({ kind: 'timeout' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    });
  });

  it('ends a read at the deadline when it comes before the timeout', async () => {
    await withPeerConnection('silent', { timeoutMs: 5000, deadlineInMs: 300 }, async (connection) => {
      expect(await connection.read()).toEqual({ kind: 'deadline' });
    });
  });

  it('ends a read at once when its signal aborts', async () => {
    const controller = new AbortController();
    const options = { timeoutMs: 5000, deadlineInMs: 5000, signal: controller.signal };
    await withPeerConnection('silent', options, async (connection) => {
      setTimeout(() => controller.abort(), 100);
      expect(await connection.read()).toEqual({ kind: 'aborted' });
    });
  });

  it('delivers the bytes an SSH server sends first, then its silence as a timeout', async () => {
    await withPeerConnection('ssh', { timeoutMs: 300, deadlineInMs: 5000 }, async (connection) => {
      const results = await readAll(connection);
      const text = Buffer.concat(results.flatMap((r) => (r.kind === 'data' ? [r.chunk] : []))).toString(
        'latin1'
      );
      expect(text.startsWith('SSH-2.0-')).toBe(true);
      expect(results.at(-1)).toEqual({ kind: 'timeout' });
    });
  });

  it('reports a peer reset as reset with its code', async () => {
    await withPeerConnection('reset', { timeoutMs: 2000, deadlineInMs: 5000 }, async (connection) => {
      connection.write(Buffer.from('hello'));
      const results = await readAll(connection);
      expect(results.at(-1)).toMatchObject({ kind: 'reset', code: 'ECONNRESET' });
    });
  });

  it('reports overflow once the peer sent more than the byte cap', async () => {
    const options = { timeoutMs: 2000, deadlineInMs: 5000, maxBytes: 100 };
    await withPeerConnection('oversized-record', options, async (connection) => {
      connection.write(Buffer.from('hello'));
      const results = await readAll(connection);
      expect(results.at(-1)).toEqual({ kind: 'overflow', budget: 'connection' });
    });
  });

  it('reports overflow of a budget shared with other connections, naming it, and stops buffering', async () => {
    const shared = new ByteBudget(100);
    const options = { timeoutMs: 2000, deadlineInMs: 5000, sharedBytes: shared };
    await withPeerConnection('oversized-record', options, async (connection) => {
      connection.write(Buffer.from('hello'));
      const results = await readAll(connection);
      expect(results.at(-1)).toEqual({ kind: 'overflow', budget: 'shared' });
      const delivered = results.flatMap((r) => (r.kind === 'data' ? [r.chunk.length] : []));
      expect(delivered.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100);
      expect(shared.spent).toBe(true);
    });
  });

  it('reports FIN from the peer as end after its bytes', async () => {
    await withPeerConnection('http', { timeoutMs: 2000, deadlineInMs: 5000 }, async (connection) => {
      connection.write(Buffer.from('hello'));
      const results = await readAll(connection);
      expect(results[0]?.kind).toBe('data');
      expect(results.at(-1)).toEqual({ kind: 'end' });
    });
  });

  it('connects to a real TLS server and reads its alert to a non-TLS greeting', async () => {
    const server = await startNodeTlsServer();
    try {
      const connection = await Connection.open({
        address: '127.0.0.1',
        port: server.port,
        timeoutMs: 2000,
        deadline: Date.now() + 5000
      });
      if (!(connection instanceof Connection)) throw new Error('expected a connection');
      connection.write(Buffer.from('GET / HTTP/1.0\r\n\r\n'));
      const results = await readAll(connection);
      expect(results.at(-1)?.kind === 'end' || results.at(-1)?.kind === 'reset').toBe(true);
      connection.close();
    } finally {
      await server.stop();
    }
  });
});

describe('Limiter', () => {
  it('never runs more tasks at once than its limit and keeps input order', async () => {
    let active = 0;
    let peak = 0;
    const results = await mapLimited([5, 1, 4, 2, 3, 6, 7], 3, async (value) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setTimeout(resolve, value * 5));
      active--;
      return value * 10;
    });
    expect(peak).toBe(3);
    expect(results).toEqual([50, 10, 40, 20, 30, 60, 70]);
  });

  it('lowers its limit as running tasks finish and raises it by starting waiters at once', async () => {
    const limiter = new Limiter(4);
    const gates: (() => void)[] = [];
    const task = () => new Promise<void>((resolve) => gates.push(resolve));
    const runs = Array.from({ length: 8 }, () => limiter.run(task));
    await new Promise((resolve) => setImmediate(resolve));
    expect(gates).toHaveLength(4);
    limiter.resize(1);
    gates.splice(0, 4).forEach((open) => open());
    await new Promise((resolve) => setImmediate(resolve));
    expect(gates).toHaveLength(1);
    limiter.resize(3);
    await new Promise((resolve) => setImmediate(resolve));
    expect(gates).toHaveLength(3);
    while (gates.length > 0) {
      gates.splice(0).forEach((open) => open());
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(runs);
    expect(limiter.running).toBe(0);
  });

  it('releases its slot when a task rejects', async () => {
    const limiter = new Limiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(() => Promise.resolve('next'))).resolves.toBe('next');
    expect(limiter.running).toBe(0);
  });
});
