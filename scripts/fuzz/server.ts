// The fuzz server: loopback listeners on ports the OS picks, each connection answered with the next case of
// the campaign (or always the same case when replaying one). Every reply is logged with its case index, the
// port it was served on and what it is made of, so a failing run names the cases behind it.
import net, { type AddressInfo, type Socket } from 'node:net';
import { buildCase, type CaseMaterial } from './case.js';
import { deliver } from './deliver.js';
import { readOffer } from './offer.js';

/** A hello that has not arrived after this long is abandoned (the scanner sent nothing we can read). */
const HELLO_WAIT_MS = 5000;
/** Hellos answered on one connection (a second one follows a HelloRetryRequest). */
const HELLOS_PER_CONNECTION = 3;

export interface ServedCase {
  index: number;
  port: number;
  labels: string[];
}

export interface FuzzServerOptions {
  seed: string;
  material: CaseMaterial;
  /** Serve only this case (reproduction). */
  onlyCase?: number;
  /** Called once per reply served. */
  onServe(served: ServedCase): void;
  /** Called once per connection relayed to the real server. */
  onRelay?(): void;
  /** Called when the harness itself fails to build a case: a bug in the harness, which fails the campaign. */
  onHarnessError(index: number, error: unknown): void;
}

export class FuzzServer {
  private nextIndex: number;
  private readonly listeners = new Set<net.Server>();
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly options: FuzzServerOptions,
    firstIndex = 0
  ) {
    this.nextIndex = firstIndex;
  }

  /** The index the next reply gets. */
  get index(): number {
    return this.nextIndex;
  }

  /**
   * A hostile target. With `relay`, its first `relay.first` connections, and every other one after them, are
   * relayed to a real server: the scanner then takes the target for a TLS server and goes on enumerating, so
   * the mutated replies reach the later probes (suites, groups, certificates) and not only the first.
   */
  async listen(
    relay?: { port: number; first: number },
    consistent = false
  ): Promise<{ port: number; close(): Promise<void> }> {
    let connections = 0;
    // A consistent target answers every hello with one case, as a real broken server does the same wrong thing
    // every time: the scanner's facts about it, and what the reports make of them, then come from that case.
    const fixedIndex = consistent ? this.nextIndex++ : undefined;
    const server = net.createServer((socket) => {
      const n = connections++;
      if (relay && (n < relay.first || n % 2 === 1)) this.relay(socket, relay.port);
      else this.serve(socket, fixedIndex);
    });
    server.on('error', () => undefined);
    this.listeners.add(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    return {
      port,
      close: () =>
        new Promise<void>((resolve) => {
          this.listeners.delete(server);
          server.close(() => resolve());
        })
    };
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await Promise.all([...this.listeners].map((server) => new Promise((resolve) => server.close(resolve))));
  }

  private relay(socket: Socket, port: number): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    const upstream = net.connect(port, '127.0.0.1');
    upstream.on('error', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
    upstream.on('close', () => socket.destroy());
    socket.pipe(upstream);
    upstream.pipe(socket);
    this.options.onRelay?.();
  }

  private serve(socket: Socket, fixedIndex?: number): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    const port = socket.localPort ?? 0;
    let received = Buffer.alloc(0);
    let answered = 0;
    let busy = false;
    const giveUp = setTimeout(() => socket.destroy(), HELLO_WAIT_MS);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (busy || answered >= HELLOS_PER_CONNECTION) return;
      const offer = readOffer(received);
      if (offer === 'pending') return;
      clearTimeout(giveUp);
      received = Buffer.alloc(0);
      answered++;
      busy = true;
      const index = this.options.onlyCase ?? fixedIndex ?? this.nextIndex++;
      let fuzzCase;
      try {
        fuzzCase = buildCase(this.options.seed, index, offer, this.options.material);
      } catch (error) {
        this.options.onHarnessError(index, error);
        socket.destroy();
        return;
      }
      this.options.onServe({ index, port, labels: fuzzCase.labels });
      deliver(socket, fuzzCase.bytes, fuzzCase.delivery)
        .catch(() => socket.destroy())
        .finally(() => (busy = false));
    });
  }
}
