// One TCP connection for one probe: connect with a timeout, write, and read chunk by chunk where every wait
// is bounded by the per-read timeout, the target's deadline and an AbortSignal. Every way a connection can
// end is a value (never an exception, never an unhandled 'error' event), and the socket is destroyed on
// every path, so a hostile peer can cost us at most one timeout and one byte cap.
import net from 'node:net';

export interface ConnectOptions {
  address: string;
  port: number;
  /** Connect, and each later wait for bytes, must finish within this (ms). */
  timeoutMs: number;
  /** Absolute time (Date.now() scale) after which everything gives up at once. */
  deadline: number;
  signal?: AbortSignal;
  /** Total bytes we accept from the peer before calling it an overflow (default 4 MiB). */
  maxBytes?: number;
  /** A plain-text dialogue to run once connected, before any TLS byte (STARTTLS: src/scan/starttls.ts). */
  beforeTls?: (connection: Connection) => Promise<ConnectFailure | null>;
  /** A budget shared with other connections (the target's bytes); once it is spent the read is an overflow. */
  sharedBytes?: { take(bytes: number): boolean };
}

export type ConnectFailure =
  | { kind: 'unreachable'; code: string; message: string }
  | { kind: 'timeout' }
  | { kind: 'deadline' }
  | { kind: 'aborted' }
  /** `cut`: the server reset or closed the connection mid-dialogue (a transport failure, retried like any). */
  | { kind: 'starttls'; code: string; message: string; cut?: 'reset' | 'closed' };

export type ReadResult =
  | { kind: 'data'; chunk: Buffer }
  | { kind: 'end' } // peer sent FIN
  | { kind: 'reset'; code: string }
  | { kind: 'timeout' }
  | { kind: 'deadline' }
  | { kind: 'aborted' }
  | { kind: 'overflow'; budget: 'connection' | 'shared' };

const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

/** Human words for the socket errors that mean "could not reach it". */
function describeConnectError(code: string, address: string, port: number): string {
  switch (code) {
    case 'ECONNREFUSED':
      return `connection refused by ${address} port ${port} (nothing is listening there)`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `no route to ${address} (host or network unreachable)`;
    case 'EADDRNOTAVAIL':
      return `address ${address} is not available from this machine`;
    case 'ETIMEDOUT':
      return `connecting to ${address} port ${port} timed out`;
    default:
      return `could not connect to ${address} port ${port} (${code})`;
  }
}

/**
 * Runs `giveUp` once the I/O that is already waiting has been handled. When the event loop was busy past a
 * timeout, the timer phase comes before the poll phase that would deliver the connect or the bytes that arrived in
 * time; a check callback runs after it, so a late event loop never reads as a silent server.
 */
function afterPendingIo(giveUp: () => void): void {
  setImmediate(giveUp);
}

export class Connection {
  private readonly chunks: Buffer[] = [];
  private ended = false;
  private failure: { code: string } | null = null;
  private overflow: 'connection' | 'shared' | null = null;
  private received = 0;
  private waiter: (() => void) | null = null;
  private closed = false;

  private constructor(
    private readonly socket: net.Socket,
    private readonly options: ConnectOptions
  ) {
    socket.on('data', (chunk: Buffer) => {
      if (this.overflow) return;
      this.received += chunk.length;
      const maxBytes = this.options.maxBytes ?? DEFAULT_MAX_BYTES;
      const sharedOk = this.options.sharedBytes?.take(chunk.length) ?? true;
      if (this.received > maxBytes || !sharedOk) {
        // Over a budget: nothing more is buffered, and the peer is not read any further.
        this.overflow = this.received > maxBytes ? 'connection' : 'shared';
        this.chunks.length = 0;
        socket.pause();
      } else {
        this.chunks.push(chunk);
      }
      this.wake();
    });
    socket.on('end', () => {
      this.ended = true;
      this.wake();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      this.failure = { code: error.code ?? 'ERROR' };
      this.wake();
    });
    socket.on('close', () => {
      this.ended = true;
      this.wake();
    });
  }

  /** Opens a TCP connection (and runs its plain-text dialogue, if any), or says why not. Never rejects. */
  static async open(options: ConnectOptions): Promise<Connection | ConnectFailure> {
    const opened = await Connection.connect(options);
    if (!(opened instanceof Connection) || !options.beforeTls) return opened;
    const failure = await options.beforeTls(opened);
    if (failure) opened.close();
    return failure ?? opened;
  }

  private static connect(options: ConnectOptions): Promise<Connection | ConnectFailure> {
    return new Promise((resolve) => {
      if (options.signal?.aborted) return resolve({ kind: 'aborted' });
      const untilDeadline = options.deadline - Date.now();
      if (untilDeadline <= 0) return resolve({ kind: 'deadline' });
      const byDeadline = untilDeadline < options.timeoutMs;
      const socket = net.connect({ host: options.address, port: options.port });
      socket.setNoDelay(true);
      let settled = false;
      const finish = (result: Connection | ConnectFailure): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        socket.removeListener('connect', onConnect);
        socket.removeListener('error', onError);
        if (!(result instanceof Connection)) {
          // Keep a listener so a late error on a destroyed socket can never become an uncaught exception.
          socket.on('error', () => undefined);
          socket.destroy();
        }
        resolve(result);
      };
      const onConnect = (): void => finish(new Connection(socket, options));
      const onError = (error: NodeJS.ErrnoException): void => {
        const code = error.code ?? 'ERROR';
        finish({
          kind: 'unreachable',
          code,
          message: describeConnectError(code, options.address, options.port)
        });
      };
      const onAbort = (): void => finish({ kind: 'aborted' });
      const timer = setTimeout(
        () => afterPendingIo(() => finish(byDeadline ? { kind: 'deadline' } : { kind: 'timeout' })),
        Math.min(untilDeadline, options.timeoutMs)
      );
      socket.once('connect', onConnect);
      socket.once('error', onError);
      options.signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Bytes received so far (for byte caps and diagnostics). */
  get bytesReceived(): number {
    return this.received;
  }

  write(bytes: Buffer): void {
    if (this.closed || this.socket.destroyed) return;
    this.socket.write(bytes);
  }

  /**
   * Next chunk from the peer, or how the wait ended. Each call waits at most timeoutMs (or until the
   * deadline, or the abort), so a peer that drips one byte at a time is stopped by the deadline.
   */
  read(): Promise<ReadResult> {
    const next = this.take();
    if (next) return Promise.resolve(next);
    return new Promise((resolve) => {
      const { signal, deadline, timeoutMs } = this.options;
      const untilDeadline = deadline - Date.now();
      if (signal?.aborted) return resolve({ kind: 'aborted' });
      if (untilDeadline <= 0) return resolve({ kind: 'deadline' });
      const byDeadline = untilDeadline < timeoutMs;
      let settled = false;
      const done = (result: ReadResult): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.waiter = null;
        resolve(result);
      };
      const onAbort = (): void => done({ kind: 'aborted' });
      const timer = setTimeout(
        () => afterPendingIo(() => done(byDeadline ? { kind: 'deadline' } : { kind: 'timeout' })),
        Math.min(untilDeadline, timeoutMs)
      );
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiter = () => {
        const result = this.take();
        if (result) done(result);
      };
    });
  }

  /**
   * Hands the socket over to Node's TLS client (tls.connect({ socket })) after a STARTTLS dialogue; this
   * Connection no longer reads it or destroys it. The peer sends nothing before our ClientHello, so no byte is lost.
   */
  release(): net.Socket {
    this.closed = true;
    for (const event of ['data', 'end', 'error', 'close']) this.socket.removeAllListeners(event);
    return this.socket;
  }

  /** Destroys the socket; safe to call any number of times. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.removeAllListeners('data');
    this.socket.on('error', () => undefined);
    this.socket.destroy();
    this.wake();
  }

  private take(): ReadResult | null {
    if (this.overflow) return { kind: 'overflow', budget: this.overflow };
    const chunk = this.chunks.shift();
    if (chunk) return { kind: 'data', chunk };
    if (this.failure) return { kind: 'reset', code: this.failure.code };
    if (this.ended || this.closed) return { kind: 'end' };
    return null;
  }

  private wake(): void {
    this.waiter?.();
  }
}
