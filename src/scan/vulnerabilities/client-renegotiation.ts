// Client-initiated renegotiation: on an established TLS 1.0-1.2 connection the client asks for a new handshake.
// Each one costs the server far more than the client (a denial-of-service lever, THC-SSL-DOS), and it is the
// precondition of the CVE-2009-3555 prefix attack on servers without RFC 5746. Servers should refuse it
// (nginx closes the connection, OpenSSL 3 answers no_renegotiation unless told to allow it).
import type { VulnerabilityResult } from '../../model/report.js';
import type { ScanContext } from '../context.js';
import { notApplicable, ok, unknown, vulnerable } from './result.js';
import { opensslReason, withTls12Session, type EstablishedSession } from './tls12-session.js';

type Renegotiation =
  { kind: 'accepted'; version: string } | { kind: 'refused'; why: string } | { kind: 'silent' };

/**
 * A server that closes the connection (with no alert) has refused, whether it closed right after the handshake or
 * on our renegotiation hello: which of the two came first is a race the machine's load decides, so both read the
 * same, and a scan under load gives the same fact as one alone.
 */
const CLOSED = 'the server closed the connection';

/** Transport errors that are the server's close seen from our side of the socket. */
const CLOSE_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ERR_STREAM_DESTROYED',
  'ERR_STREAM_WRITE_AFTER_END'
]);

export async function checkClientRenegotiation(ctx: ScanContext): Promise<VulnerabilityResult> {
  const session = await withTls12Session(ctx, renegotiate);
  if (session.kind === 'no-handshake')
    return notApplicable(`a renegotiation needs an established TLS 1.0-1.2 connection: ${session.message}`);
  const result = session.value;
  switch (result.kind) {
    case 'accepted':
      return vulnerable(
        `a client-initiated renegotiation on an established ${result.version} connection completed`
      );
    case 'refused':
      return ok(`a client-initiated renegotiation on an established connection was refused (${result.why})`);
    case 'silent':
      return unknown(
        'a client-initiated renegotiation was requested and the server neither completed nor refused it in time',
        'silence proves neither'
      );
  }
}

function renegotiate({ socket, timeoutMs, peerClosed }: EstablishedSession): Promise<Renegotiation> {
  const version = socket.getProtocol() ?? 'TLS';
  if (peerClosed()) return Promise.resolve({ kind: 'refused', why: CLOSED });
  return new Promise((resolve) => {
    let done = false;
    const end = (result: Renegotiation): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => end({ kind: 'silent' }), timeoutMs);
    const refusedBy = (error: Error): Renegotiation => ({ kind: 'refused', why: refusal(error) });
    socket.on('error', (error) => end(refusedBy(error)));
    socket.once('close', () => end({ kind: 'refused', why: CLOSED }));
    socket.once('end', () => end({ kind: 'refused', why: CLOSED }));
    const started = socket.renegotiate({ rejectUnauthorized: false }, (error) =>
      end(error ? refusedBy(error) : { kind: 'accepted', version })
    );
    // Node refuses to start one on a socket that is already ending: the server's close got there first.
    if (started === false) end({ kind: 'refused', why: CLOSED });
  });
}

/** The server's alert when it sent one ("no renegotiation"); a transport error is its close. */
function refusal(error: Error): string {
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && CLOSE_CODES.has(code) ? CLOSED : opensslReason(error);
}
