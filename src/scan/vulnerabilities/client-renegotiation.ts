// Client-initiated renegotiation: on an established TLS 1.2 connection the client asks for a new handshake.
// Each one costs the server far more than the client (a denial-of-service lever, THC-SSL-DOS), and it is the
// precondition of the CVE-2009-3555 prefix attack on servers without RFC 5746. Servers should refuse it
// (nginx closes the connection, OpenSSL 3 answers no_renegotiation unless told to allow it).
import type tls from 'node:tls';
import type { VulnerabilityResult } from '../../model/report.js';
import type { ScanContext } from '../context.js';
import { ok, unknown, vulnerable } from './result.js';
import { opensslReason, withTls12Session } from './tls12-session.js';

type Renegotiation =
  { kind: 'accepted'; version: string } | { kind: 'refused'; why: string } | { kind: 'silent' };

export async function checkClientRenegotiation(ctx: ScanContext): Promise<VulnerabilityResult> {
  const session = await withTls12Session(ctx, renegotiate);
  if (session.kind === 'no-handshake')
    return unknown('', `a renegotiation needs an established TLS 1.2 connection: ${session.message}`);
  const result = session.value;
  if (result.kind === 'accepted')
    return vulnerable(
      `a client-initiated renegotiation on an established ${result.version} connection completed`
    );
  if (result.kind === 'refused')
    return ok(`a client-initiated renegotiation on an established connection was refused (${result.why})`);
  return unknown(
    'a client-initiated renegotiation was requested and the server neither completed nor refused it in time',
    'silence proves neither'
  );
}

function renegotiate(socket: tls.TLSSocket, timeoutMs: number): Promise<Renegotiation> {
  const version = socket.getProtocol() ?? 'TLS';
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
    // Reading drives the renegotiation handshake forward.
    socket.resume();
  });
}
