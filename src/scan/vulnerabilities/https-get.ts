// One bounded HTTPS GET of "/" for the HSTS check: Node's TLS client (a complete handshake, certificate not
// judged here: src/certs does that) with the scanned SNI, a minimal HTTP/1.1 request with the Host header, and
// the response head read up to its blank line, at most MAX_HEAD_BYTES, within the timeout and the deadline.
// Redirects are not followed: RFC 6797 §8.1 has a browser honour the header on any HTTPS response, a redirect's
// included, so the answer to "/" is the one that counts.
import net from 'node:net';
import tls from 'node:tls';
import { clientSecureContext } from '../client-secure-context.js';

export interface HttpsEndpoint {
  address: string;
  port: number;
  /** SNI, or null for none. */
  sni: string | null;
  /** The Host header's name (the SNI, else the host as given). */
  host: string;
}

export type HttpsHead =
  | { kind: 'response'; statusLine: string; status: number; headers: [string, string][] }
  | { kind: 'not-http'; firstBytes: string }
  | { kind: 'failed'; why: string }
  /** Not attempted: the scan's budget or deadline, not the server, stopped it. */
  | { kind: 'not-tried'; why: string };

/**
 * How long the server has to start answering the GET once the handshake is done (capped by the timeout). An HTTP
 * server answers a request for "/" at once; a service that speaks another protocol over TLS often stays silent,
 * and that silence would otherwise cost the whole timeout (10 s by default) on every scan of it. Giving up yields
 * no verdict (not-applicable, saying so), never a finding.
 */
export const ANSWER_WAIT_MS = 3_000;

/** The response head is all the check reads; 64 KiB holds any real one. */
export const MAX_HEAD_BYTES = 64 * 1024;

export function hostHeader(host: string, port: number): string {
  const name = net.isIPv6(host) ? `[${host}]` : host;
  return port === 443 ? name : `${name}:${port}`;
}

function requestFor(endpoint: HttpsEndpoint): string {
  return [
    'GET / HTTP/1.1',
    `Host: ${hostHeader(endpoint.host, endpoint.port)}`,
    'User-Agent: tls-gate (HSTS check)',
    'Accept: */*',
    'Connection: close',
    '',
    ''
  ].join('\r\n');
}

export function getHead(endpoint: HttpsEndpoint, timeoutMs: number, deadline: number): Promise<HttpsHead> {
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.resolve({ kind: 'not-tried', why: 'the scan deadline was reached' });
  return new Promise((resolve) => {
    let received = Buffer.alloc(0);
    // Our own TCP socket under TLS, like every connection the engine opens (net.connect), so that it is counted alike.
    const tcp = net.connect({ host: endpoint.address, port: endpoint.port });
    tcp.on('error', () => undefined);
    const socket = tls.connect({
      socket: tcp,
      ...(endpoint.sni ? { servername: endpoint.sni } : {}),
      rejectUnauthorized: false,
      secureContext: clientSecureContext({ minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' }),
      ALPNProtocols: ['http/1.1']
    });
    const finish = (head: HttpsHead): void => {
      clearTimeout(timer);
      socket.removeAllListeners('data');
      socket.on('error', () => undefined);
      // Resolved once the TCP socket is closed, so its limiter and address-gate slot is free only then.
      if (tcp.closed) resolve(head);
      else tcp.once('close', () => resolve(head));
      socket.destroy();
      tcp.destroy();
    };
    const handshakeMs = Math.min(timeoutMs, remaining);
    let timer = setTimeout(() => ended(`no complete response within ${handshakeMs} ms`), handshakeMs);
    let secured = false;
    socket.once('secureConnect', () => {
      secured = true;
      socket.write(requestFor(endpoint));
      clearTimeout(timer);
      const answerMs = Math.max(0, Math.min(ANSWER_WAIT_MS, timeoutMs, deadline - Date.now()));
      timer = setTimeout(() => ended(`no complete response within ${answerMs} ms of the request`), answerMs);
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]).subarray(0, MAX_HEAD_BYTES);
      const head = headOf(received, received.length >= MAX_HEAD_BYTES);
      if (head) finish(head);
    });
    const ended = (why: string): void =>
      finish(
        secured
          ? (headOf(received, true) ?? { kind: 'failed', why: `${why} before any response` })
          : { kind: 'failed', why: `no TLS handshake (${why})` }
      );
    socket.once('end', () => ended('the server closed the connection'));
    socket.once('error', (error: NodeJS.ErrnoException) => ended(error.code ?? error.message));
  });
}

/** The head once its blank line has arrived (or, when `final`, whatever arrived), or null to wait for more. */
export function headOf(bytes: Buffer, final: boolean): HttpsHead | null {
  const text = bytes.toString('latin1');
  if (!/^HTTP\/\d(\.\d)? \d{3}/.test(text)) {
    if (!final && text.length < 12 && 'HTTP/'.startsWith(text.slice(0, 5))) return null;
    return bytes.length === 0 ? null : { kind: 'not-http', firstBytes: text.slice(0, 64) };
  }
  const end = text.indexOf('\r\n\r\n');
  if (end === -1 && !final) return null;
  const lines = text.slice(0, end === -1 ? undefined : end).split('\r\n');
  const statusLine = lines[0]!;
  const headers = lines.slice(1).flatMap((line): [string, string][] => {
    const colon = line.indexOf(':');
    return colon > 0 ? [[line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]] : [];
  });
  return { kind: 'response', statusLine, status: Number(statusLine.split(' ')[1]), headers };
}
