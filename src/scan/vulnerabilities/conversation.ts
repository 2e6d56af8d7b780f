// A handshake the vulnerability checks continue past the server's first flight: send a ClientHello, read up to
// ServerHelloDone (TLS <= 1.2), then send what the check needs (a heartbeat, an early ChangeCipherSpec) and read
// what the server does about it. Enumeration probes (probe.ts) stop at the flight; these go one step further.
// Every way the peer can answer is a value; the connection is held under the target's limiter and budget.
import { ContentType, HandshakeType } from '../../codepoints/index.js';
import { decodeAlert } from '../../wire/alert.js';
import { DecodeError } from '../../wire/bytes.js';
import type { ClientHelloSpec } from '../../wire/client-hello-spec.js';
import { encodeClientHelloRecords } from '../../wire/client-hello.js';
import { ReplyReader } from '../../wire/framing.js';
import { isServerFault } from '../../wire/server-fault.js';
import { decodeServerHello, type ServerHello } from '../../wire/server-hello.js';
import type { AlertInfo } from '../../model/report.js';
import { SCAN_BUDGETS } from '../budgets.js';
import { Connection } from '../connection.js';
import type { ScanContext } from '../context.js';
import { connectFailureText, openTargetConnection } from './target-connection.js';

/** What came back after the flight, or how the wait ended. */
export type Reply =
  | { kind: 'alert'; alert: AlertInfo }
  | { kind: 'record'; type: number; version: number; fragment: Buffer }
  | { kind: 'handshake'; type: number; body: Buffer }
  | { kind: 'closed' }
  | { kind: 'reset' }
  | { kind: 'timeout' }
  | { kind: 'malformed'; message: string };

/** How the first flight ended: a ServerHello up to ServerHelloDone, or why not. */
export type Flight =
  | { kind: 'flight'; serverHello: ServerHello }
  | { kind: 'refused'; reply: Reply }
  | { kind: 'no-connection'; message: string };

export class Conversation {
  private readonly reader = new ReplyReader(false);

  constructor(private readonly connection: Connection) {}

  send(bytes: Buffer): void {
    this.connection.write(bytes);
  }

  /** The next frame after what was read so far, or how the wait ended (a timeout is the server's silence). */
  async next(): Promise<Reply> {
    for (;;) {
      try {
        const frame = this.reader.next();
        if (frame?.kind === 'handshake')
          return { kind: 'handshake', type: frame.message.type, body: frame.message.body };
        if (frame?.kind === 'record') {
          if (frame.record.type === ContentType.alert)
            return { kind: 'alert', alert: decodeAlert(frame.record.fragment) };
          return {
            kind: 'record',
            type: frame.record.type,
            version: frame.record.version,
            fragment: frame.record.fragment
          };
        }
      } catch (error) {
        if (error instanceof DecodeError) return { kind: 'malformed', message: error.message };
        throw error;
      }
      const read = await this.connection.read();
      if (read.kind === 'data') this.pushBytes(read.chunk);
      else if (read.kind === 'end' || read.kind === 'overflow') return { kind: 'closed' };
      else if (read.kind === 'reset') return { kind: 'reset' };
      else return { kind: 'timeout' };
    }
  }

  private pushBytes(chunk: Buffer): void {
    try {
      this.reader.push(chunk);
    } catch {
      // A header that cannot be TLS: next() reports nothing more, the wait ends as the server's next move.
    }
  }

  /** Sends the hello and reads the flight up to ServerHelloDone. */
  async hello(spec: ClientHelloSpec): Promise<Flight> {
    this.send(encodeClientHelloRecords(spec));
    let serverHello: ServerHello | null = null;
    for (;;) {
      const reply = await this.next();
      if (reply.kind !== 'handshake') return { kind: 'refused', reply };
      if (reply.type === HandshakeType.server_hello_done && serverHello)
        return { kind: 'flight', serverHello };
      if (reply.type === HandshakeType.server_hello && !serverHello)
        serverHello = decodeServerHello(reply.body);
      if (!serverHello) return { kind: 'refused', reply: { kind: 'malformed', message: 'no ServerHello' } };
    }
  }
}

/**
 * Opens one connection under the check's budget and the target's limiter (through its STARTTLS dialogue, if any)
 * and runs `talk` on it; `refused` is the answer when no connection may start or none could be made.
 */
export async function converse<T>(
  ctx: ScanContext,
  talk: (conversation: Conversation) => Promise<T>,
  refused: (message: string) => T
): Promise<T> {
  return ctx.connection(async () => {
    const opened = await openTargetConnection(ctx, SCAN_BUDGETS.probeBytes);
    if (!(opened instanceof Connection)) return refused(connectFailureText(opened));
    try {
      return await talk(new Conversation(opened));
    } catch (error) {
      if (!isServerFault(error)) throw error;
      return refused(`the server sent a malformed reply (${(error as Error).message})`);
    } finally {
      opened.close();
    }
  }, refused('the check had no connection left in its budget, or the target deadline had passed'));
}
