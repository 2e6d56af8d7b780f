// Runs a target's STARTTLS dialogue (src/wire/starttls) over a fresh connection, before any TLS byte: every
// probe, certificate read, simulated client and resumption handshake of a STARTTLS target goes through it (the
// hook is Connection.open's `beforeTls`). The dialogue is bounded by bytes and lines (src/wire/starttls), by
// each read's timeout and the target's deadline (Connection), and as a whole by the per-read timeout.
import type { StarttlsProtocol } from '../model/report.js';
import { starttlsDialogue, type Move } from '../wire/starttls/index.js';
import type { Connection, ConnectFailure } from './connection.js';
import type { Endpoint } from './probe-types.js';

/** How the protocols are named in messages. */
const PROTOCOL_LABELS: Record<StarttlsProtocol, string> = {
  smtp: 'SMTP',
  imap: 'IMAP',
  pop3: 'POP3',
  ftp: 'FTP',
  ldap: 'LDAP',
  xmpp: 'XMPP',
  'xmpp-server': 'XMPP (server-to-server)',
  postgres: 'PostgreSQL',
  mysql: 'MySQL'
};

export function protocolLabel(protocol: StarttlsProtocol): string {
  return PROTOCOL_LABELS[protocol];
}

/** The name the dialogue asks for (XMPP's `to`): the SNI name, else the host as written. */
function serviceDomain(endpoint: Endpoint): string {
  return endpoint.sni ?? endpoint.host;
}

/** The plain-text dialogue to run before TLS on this endpoint (undefined: TLS from the first byte). */
export function starttlsUpgrade(
  endpoint: Endpoint,
  timeoutMs: number
): ((connection: Connection) => Promise<ConnectFailure | null>) | undefined {
  const protocol = endpoint.starttls;
  if (!protocol) return undefined;
  return (connection) => upgrade(connection, protocol, serviceDomain(endpoint), timeoutMs);
}

/** Runs the dialogue; null when the next bytes on the connection may be our ClientHello. Never throws for
 *  anything the server does. */
export async function upgrade(
  connection: Connection,
  protocol: StarttlsProtocol,
  domain: string,
  timeoutMs: number
): Promise<ConnectFailure | null> {
  const label = PROTOCOL_LABELS[protocol];
  const dialogue = starttlsDialogue(protocol, domain);
  const started = Date.now();
  const opening = dialogue.opening();
  if (opening) connection.write(opening);
  for (;;) {
    const read = await connection.read();
    if (read.kind === 'deadline' || read.kind === 'aborted') return { kind: read.kind };
    if (read.kind === 'timeout' || Date.now() - started > timeoutMs) {
      return {
        kind: 'starttls',
        code: 'STARTTLS_TIMEOUT',
        message: `the server did not finish its ${label} STARTTLS dialogue within ${timeoutMs} ms (${connection.bytesReceived} bytes received)`
      };
    }
    if (read.kind !== 'data') {
      const how = read.kind === 'reset' ? 'reset' : read.kind === 'end' ? 'closed' : 'overflowed';
      return {
        kind: 'starttls',
        code: 'STARTTLS_PROTOCOL',
        message: `the server ${how} the connection during its ${label} STARTTLS dialogue (after ${connection.bytesReceived} bytes)`,
        ...(how === 'overflowed' ? {} : { cut: how })
      };
    }
    const move: Move = dialogue.receive(read.chunk);
    switch (move.kind) {
      case 'more':
        continue;
      case 'send':
        connection.write(move.bytes);
        continue;
      case 'ready':
        if (move.bytes) connection.write(move.bytes);
        return null;
      case 'failed':
        return {
          kind: 'starttls',
          code: move.code,
          message: `${label}: ${move.reason}${move.said ? ` ("${move.said}")` : ''}`
        };
    }
  }
}
