// The two ways a vulnerability check connects to its target, in one place so that every check goes through the
// target's STARTTLS dialogue exactly as the enumeration probes do (src/scan/starttls.ts): a raw connection for the
// checks that write their own records (heartbleed, ccsInjection, ticketbleed's resumption, robot), and a socket for
// Node's TLS client (clientRenegotiation, ticketbleed's ticket), upgraded first and then handed over.
import type net from 'node:net';
import { MAX_DIALOGUE_BYTES } from '../../wire/starttls/index.js';
import { starttlsUpgrade } from '../starttls.js';
import { Connection, type ConnectFailure } from '../connection.js';
import type { ScanContext } from '../context.js';

/** A connection to the target whose next bytes may be our ClientHello (its STARTTLS dialogue done), or why not. */
export function openTargetConnection(
  ctx: ScanContext,
  maxBytes: number
): Promise<Connection | ConnectFailure> {
  const { endpoint, limits } = ctx;
  return Connection.open({
    address: endpoint.address,
    port: endpoint.port,
    timeoutMs: limits.timeoutMs,
    deadline: limits.deadline,
    signal: limits.signal,
    maxBytes,
    // The target's read budget, as every probe's connection draws on it (src/scan/budgets.ts).
    sharedBytes: limits.readBudget,
    beforeTls: starttlsUpgrade(endpoint, limits.timeoutMs)
  });
}

/**
 * What Node's TLS client connects over: `undefined` on a target that speaks TLS from the first byte (tls.connect
 * opens its own socket), the upgraded socket on a STARTTLS target, or why the upgrade failed.
 */
export async function socketForNodeTls(
  ctx: ScanContext
): Promise<{ socket: net.Socket | undefined } | { failure: string }> {
  if (!ctx.endpoint.starttls) return { socket: undefined };
  // Before the hand-over it reads the STARTTLS dialogue only, which has its own bound.
  const opened = await openTargetConnection(ctx, MAX_DIALOGUE_BYTES);
  if (!(opened instanceof Connection)) return { failure: connectFailureText(opened) };
  return { socket: opened.release() };
}

/** Why a connection could not be made, in a few words for a check's reason. */
export function connectFailureText(failure: ConnectFailure): string {
  switch (failure.kind) {
    case 'unreachable':
      return failure.message;
    case 'starttls':
      return `the STARTTLS upgrade failed (${failure.message})`;
    default:
      return `the connection could not be made (${failure.kind})`;
  }
}
