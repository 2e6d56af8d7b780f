// A complete TLS 1.0-1.2 handshake with Node's own TLS client, for the two checks that need one: client-initiated
// renegotiation happens on an established connection, and a session ticket arrives only with the handshake.
// Certificates are not judged here (src/certs does that), so verification is off. Every way it can end is a value.
// Over STARTTLS the connection is upgraded first (target-connection.ts), as every connection of the scan is.
import type net from 'node:net';
import tls from 'node:tls';
import { clientSecureContext } from '../client-secure-context.js';
import type { ScanContext } from '../context.js';
import { socketForNodeTls } from './target-connection.js';

export type SessionOutcome<T> = { kind: 'done'; value: T } | { kind: 'no-handshake'; message: string };

/** The established connection, as the check sees it. */
export interface EstablishedSession {
  socket: tls.TLSSocket;
  /** The time the check has for what it does on the connection (ms). */
  timeoutMs: number;
  /** The TLS 1.2 session ticket the server issued with the handshake, or null. */
  ticket: Buffer | null;
  /** Whether the server has closed the connection since the handshake. */
  peerClosed(): boolean;
}

/** OpenSSL's widest cipher list, so that a server speaking only legacy suites still completes a handshake. */
const EVERY_CIPHER = 'ALL:COMPLEMENTOFALL:@SECLEVEL=0';

/** Waits this long after the handshake, so that a server closing right after it is seen doing so. */
const SETTLE_MS = 50;

/** Connects (the server picks the version), runs `during` on the established connection, then closes it. */
export function withTls12Session<T>(
  ctx: ScanContext,
  during: (session: EstablishedSession) => Promise<T>
): Promise<SessionOutcome<T>> {
  const refused: SessionOutcome<T> = {
    kind: 'no-handshake',
    message: "no connection was made (the target's deadline or the check's budget came first)"
  };
  return ctx.connection(() => connect(ctx, during), refused);
}

/** On a STARTTLS target the dialogue runs first, on a connection of our own, and Node's client goes on over it. */
async function connect<T>(
  ctx: ScanContext,
  during: (session: EstablishedSession) => Promise<T>
): Promise<SessionOutcome<T>> {
  const upgraded = await socketForNodeTls(ctx);
  if ('failure' in upgraded) return { kind: 'no-handshake', message: upgraded.failure };
  return handshake(ctx, upgraded.socket, during);
}

function handshake<T>(
  ctx: ScanContext,
  upgraded: net.Socket | undefined,
  during: (session: EstablishedSession) => Promise<T>
): Promise<SessionOutcome<T>> {
  const timeoutMs = Math.min(ctx.limits.timeoutMs, Math.max(0, ctx.limits.deadline - Date.now()));
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: SessionOutcome<T>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.removeAllListeners('error');
      socket.on('error', () => undefined);
      // Resolved once the socket is closed: the connection's slot (the per-target and per-address limits) is
      // free only when the connection is.
      if (socket.destroyed && socket.closed) resolve(outcome);
      else socket.once('close', () => resolve(outcome));
      socket.destroy();
    };
    const timer = setTimeout(
      () => finish({ kind: 'no-handshake', message: `no handshake completed within ${timeoutMs} ms` }),
      timeoutMs
    );
    const socket = tls.connect({
      // Over the upgraded socket of a STARTTLS target; otherwise Node opens its own (no `socket` key at all: an
      // undefined one reads as "over a socket of ours" to whoever inspects the options).
      ...(upgraded ? { socket: upgraded } : {}),
      host: ctx.endpoint.address,
      port: ctx.endpoint.port,
      servername: ctx.endpoint.sni ?? undefined,
      secureContext: clientSecureContext({
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1.2',
        ciphers: EVERY_CIPHER
      }),
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined
    });
    let established = false;
    let closed = false;
    // Once established, what goes wrong is the answer `during` waits for (a refused renegotiation), not ours.
    socket.on('error', (error) => {
      if (!established)
        finish({ kind: 'no-handshake', message: `the handshake failed (${opensslReason(error)})` });
    });
    socket.once('end', () => (closed = true));
    socket.once('close', () => (closed = true));
    socket.once('secureConnect', () => {
      established = true;
      clearTimeout(timer);
      // Read now, while the connection is open: a server may close it right after the handshake.
      const ticket = socket.getTLSTicket() ?? null;
      // Reading (and discarding) lets a close by the server arrive.
      socket.resume();
      setTimeout(() => {
        const session = { socket, timeoutMs, ticket, peerClosed: () => closed };
        void during(session).then((value) => finish({ kind: 'done', value }));
      }, SETTLE_MS);
    });
  });
}

/** The reason OpenSSL gave ("no renegotiation"), without its source file and line. */
export function opensslReason(error: Error): string {
  const reason = (error as Error & { reason?: unknown }).reason;
  return typeof reason === 'string' && reason.length > 0 ? reason : error.message.split('\n')[0]!;
}
