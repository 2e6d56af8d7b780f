// Client-initiated renegotiation: on an established TLS 1.0-1.2 connection the client asks for a new handshake.
// Each one costs the server far more than the client (a denial-of-service lever, THC-SSL-DOS), and it is the
// precondition of the CVE-2009-3555 prefix attack on servers without RFC 5746. Servers should refuse it
// (nginx closes the connection, OpenSSL 3 answers no_renegotiation unless told to allow it).
import type { VulnerabilityResult } from '../../model/report.js';
import type { ScanContext } from '../context.js';
import { notApplicable, ok, unknown, vulnerable } from './result.js';
import { opensslReason, withTls12Session, type EstablishedSession } from './tls12-session.js';

type Renegotiation =
  | { kind: 'accepted'; version: string }
  | { kind: 'refused'; why: string }
  | { kind: 'silent' }
  | { kind: 'closed-after-handshake' };

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
    case 'closed-after-handshake':
      return notApplicable(
        'the server closes each connection right after the handshake: nothing to renegotiate on'
      );
    case 'silent':
      return unknown(
        'a client-initiated renegotiation was requested and the server neither completed nor refused it in time',
        'silence proves neither'
      );
  }
}

function renegotiate({ socket, timeoutMs, peerClosed }: EstablishedSession): Promise<Renegotiation> {
  const version = socket.getProtocol() ?? 'TLS';
  if (peerClosed()) return Promise.resolve({ kind: 'closed-after-handshake' });
  return new Promise((resolve) => {
    let done = false;
    const end = (result: Renegotiation): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => end({ kind: 'silent' }), timeoutMs);
    socket.on('error', (error) => end({ kind: 'refused', why: opensslReason(error) }));
    socket.once('close', () => end({ kind: 'refused', why: 'the server closed the connection' }));
    socket.once('end', () => end({ kind: 'refused', why: 'the server closed the connection' }));
    const started = socket.renegotiate({ rejectUnauthorized: false }, (error) =>
      end(error ? { kind: 'refused', why: opensslReason(error) } : { kind: 'accepted', version })
    );
    if (started === false) end({ kind: 'refused', why: 'the client could not start a renegotiation' });
  });
}
