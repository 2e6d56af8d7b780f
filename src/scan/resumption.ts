// Session resumption, the seed's last cause of "it fails sometimes": does the server resume by session ID and
// by ticket (TLS 1.2) and by PSK ticket (TLS 1.3), and does a ticket issued by one address of a pool resume
// on the others (ticket keys shared across the load balancer's backends)?
//
// Unlike the probes, this needs complete handshakes (a ticket arrives only after Finished), so it uses Node's
// own TLS client: tls.connect with `session` to offer a saved session and isSessionReused() to read the result.
// Certificates are not judged here (src/certs does that), so verification is off for these connections.
import crypto from 'node:crypto';
import type net from 'node:net';
import tls from 'node:tls';
import type { ResumptionReport, StarttlsProtocol } from '../model/report.js';
import { clientSecureContext } from './client-secure-context.js';
import { Connection } from './connection.js';
import { starttlsUpgrade } from './starttls.js';

export interface ResumptionEndpoint {
  host: string;
  port: number;
  /** SNI to send, or null for none. */
  sni: string | null;
  /** The plain-text protocol each connection upgrades with before TLS (absent: none). */
  starttls?: StarttlsProtocol;
}

export interface ResumptionLimits {
  /** Each handshake must finish within this (ms). */
  timeoutMs: number;
  /** Absolute time (Date.now() scale) after which no further handshake is started. */
  deadline: number;
  /** Runs each connection under the scan's per-target limit and budget (ScanContext.connection). */
  connection?: <T>(connect: () => Promise<T>, refused: T) => Promise<T>;
}

type Version = 'TLSv1.2' | 'TLSv1.3';

interface HandshakeResult {
  ok: boolean;
  reused: boolean;
  /** The session to offer next time (TLS 1.3: from the first NewSessionTicket), null when none was issued. */
  session: Buffer | null;
  /** Whether the server issued a TLS 1.2 session ticket. */
  ticketIssued: boolean;
}

interface HandshakeOptions {
  address: string;
  version: Version;
  session?: Buffer;
  /** Do not offer the session_ticket extension, so a TLS 1.2 server can only resume by session ID. */
  noTicket?: boolean;
}

const FAILED: HandshakeResult = { ok: false, reused: false, session: null, ticketIssued: false };

/** After a TLS 1.3 handshake the tickets follow Finished; wait this long for the first one. */
const TICKET_WAIT_MS = 500;

/** How long to wait for the server to close after our close_notify. */
const CLOSE_WAIT_MS = 300;

function handshake(
  endpoint: ResumptionEndpoint,
  options: HandshakeOptions,
  limits: ResumptionLimits
): Promise<HandshakeResult> {
  const connect = (): Promise<HandshakeResult> => connectOnce(endpoint, options, limits);
  return limits.connection ? limits.connection(connect, FAILED) : connect();
}

async function connectOnce(
  endpoint: ResumptionEndpoint,
  options: HandshakeOptions,
  limits: ResumptionLimits
): Promise<HandshakeResult> {
  if (limits.deadline - Date.now() <= 0) return FAILED;
  const upgraded = endpoint.starttls ? await upgradedSocket(endpoint, options.address, limits) : undefined;
  if (upgraded === null) return FAILED;
  const remaining = limits.deadline - Date.now();
  if (remaining <= 0) {
    upgraded?.destroy();
    return FAILED;
  }
  return tlsHandshake(endpoint, options, Math.min(limits.timeoutMs, remaining), upgraded);
}

/** A connection whose STARTTLS dialogue is done, for Node's TLS client to go on with; null when it failed. */
async function upgradedSocket(
  endpoint: ResumptionEndpoint,
  address: string,
  limits: ResumptionLimits
): Promise<net.Socket | null> {
  const opened = await Connection.open({
    address,
    port: endpoint.port,
    timeoutMs: limits.timeoutMs,
    deadline: limits.deadline,
    beforeTls: starttlsUpgrade({ ...endpoint, address }, limits.timeoutMs)
  });
  return opened instanceof Connection ? opened.release() : null;
}

function tlsHandshake(
  endpoint: ResumptionEndpoint,
  options: HandshakeOptions,
  timeoutMs: number,
  upgraded: net.Socket | undefined
): Promise<HandshakeResult> {
  return new Promise((resolve) => {
    let done = false;
    let secured = false;
    let session: Buffer | null = null;
    let socket: tls.TLSSocket | null = null;
    const outcome = (): HandshakeResult => ({
      ok: secured,
      reused: secured && (socket?.isSessionReused() ?? false),
      session: session ?? (secured && options.version === 'TLSv1.2' ? (socket?.getSession() ?? null) : null),
      ticketIssued: secured && (socket?.getTLSTicket()?.length ?? 0) > 0
    });
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const result = outcome();
      if (!socket || !secured || socket.destroyed) {
        socket?.destroy();
        resolve(result);
        return;
      }
      // Close with close_notify and let the server see it: OpenSSL drops a session from its cache when the
      // connection ends without one, which would make every session-ID test fail.
      const closing = socket;
      const closed = (): void => {
        closing.destroy();
        resolve(result);
      };
      closing.once('close', closed);
      setTimeout(closed, CLOSE_WAIT_MS).unref();
      closing.end();
    };
    // A finished handshake without a ticket is a valid answer ("no resumption offered"); anything else that
    // runs out of time is a failure (outcome() reports ok: false).
    const timer = setTimeout(finish, timeoutMs);
    try {
      socket = tls.connect({
        socket: upgraded,
        host: options.address,
        port: endpoint.port,
        servername: endpoint.sni ?? undefined,
        secureContext: clientSecureContext({
          minVersion: options.version,
          maxVersion: options.version,
          secureOptions: options.noTicket ? crypto.constants.SSL_OP_NO_TICKET : undefined
        }),
        session: options.session,
        rejectUnauthorized: false,
        checkServerIdentity: () => undefined
      });
    } catch {
      finish();
      return;
    }
    socket.on('error', finish);
    socket.on('close', finish);
    socket.on('session', (data: Buffer) => {
      session = data;
      if (secured && options.version === 'TLSv1.3') finish();
    });
    socket.once('secureConnect', () => {
      secured = true;
      if (options.version === 'TLSv1.2' || session) {
        finish();
        return;
      }
      // TLS 1.3: the NewSessionTicket arrives after the handshake; a server without tickets sends none.
      setTimeout(finish, Math.min(TICKET_WAIT_MS, timeoutMs)).unref();
    });
  });
}

/** Whether a session obtained from `from` resumes on `to` (both addresses of the same endpoint). */
async function resumes(
  endpoint: ResumptionEndpoint,
  version: Version,
  from: string,
  to: string,
  limits: ResumptionLimits,
  noTicket = false
): Promise<{ issued: boolean; ticketIssued: boolean; reused: boolean } | null> {
  const first = await handshake(endpoint, { address: from, version, noTicket }, limits);
  if (!first.ok) return null;
  if (!first.session) return { issued: false, ticketIssued: first.ticketIssued, reused: false };
  const second = await handshake(
    endpoint,
    { address: to, version, session: first.session, noTicket },
    limits
  );
  return { issued: true, ticketIssued: first.ticketIssued, reused: second.ok && second.reused };
}

/** Most connections checkResumption makes: two per mechanism, and two per other address of the pool. */
export function resumptionHandshakeBudget(addresses: readonly string[]): number {
  return 3 * 2 + 2 * Math.max(0, new Set(addresses).size - 1);
}

/**
 * Checks session-ID, ticket and TLS 1.3 PSK resumption on the first address, then whether a session from the
 * first address resumes on each other address. `null` means "could not be tested" (version not offered, or
 * only one address). Never throws for anything the server does.
 */
export async function checkResumption(
  target: ResumptionEndpoint,
  addresses: string[],
  limits: ResumptionLimits
): Promise<ResumptionReport> {
  const pool = addresses.length > 0 ? [...new Set(addresses)] : [target.host];
  const first = pool[0]!;

  const byId = await resumes(target, 'TLSv1.2', first, first, limits, true);
  const byTicket = await resumes(target, 'TLSv1.2', first, first, limits);
  const byPsk = await resumes(target, 'TLSv1.3', first, first, limits);

  const sessionId = byId === null ? null : byId.reused;
  const ticket = byTicket === null ? null : byTicket.ticketIssued && byTicket.reused;
  const tls13Psk = byPsk === null ? null : byPsk.reused;

  let acrossAddresses: boolean | null = null;
  if (pool.length > 1) {
    // The mechanism a real client would use: TLS 1.3 tickets, else TLS 1.2 tickets, else session IDs.
    const mechanism: { version: Version; noTicket: boolean } | null = tls13Psk
      ? { version: 'TLSv1.3', noTicket: false }
      : ticket
        ? { version: 'TLSv1.2', noTicket: false }
        : sessionId
          ? { version: 'TLSv1.2', noTicket: true }
          : null;
    if (mechanism) {
      acrossAddresses = true;
      for (const other of pool.slice(1)) {
        const outcome = await resumes(target, mechanism.version, first, other, limits, mechanism.noTicket);
        if (!outcome || !outcome.reused) acrossAddresses = false;
      }
    }
  }
  return { sessionId, ticket, tls13Psk, acrossAddresses, addresses: pool };
}
