// A Ticketbleed fixture (CVE-2016-9244): what no Debian package does. In front of a real Node TLS 1.2 server
// (which completes handshakes and issues session tickets), it answers a ClientHello that resumes with a session
// ticket and a session ID shorter than 32 bytes the way F5 BIG-IP did: a ServerHello echoing 32 bytes of session ID
// (the client's, then uninitialised memory), then ChangeCipherSpec and an encrypted Finished, as in a resumption.
// Every other connection is passed through to the real server untouched. The bytes after the client's differ on
// every connection, as the F5's uninitialised memory did (testssl.sh calls a server vulnerable only when they do).
// With `http`, the real server answers one HTTP request after the handshake, as the F5's HTTPS virtual servers did
// (testssl.sh runs its Ticketbleed test only on a server that answers HTTP).
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import type tls from 'node:tls';
import { ContentType, ExtensionType, HandshakeType } from '../../src/codepoints/index.js';
import { decodeClientHello } from '../../src/wire/client-hello.js';
import { encodeChangeCipherSpec } from '../../src/wire/change-cipher-spec.js';
import { HandshakeAssembler } from '../../src/wire/handshake.js';
import { encodeRecords, RecordReader } from '../../src/wire/record.js';
import { encodeServerHello, serverHello } from '../../src/wire/server-hello.js';
import { startNodeTlsServer, type RunningServer } from './servers.js';

export interface TicketbleedServerOptions {
  /** The real server answers an HTTP request (200, empty body) instead of closing after the handshake. */
  http?: boolean;
}

export interface TicketbleedServer extends RunningServer {
  /** Why each ClientHello the fixture could not decode was dropped (the decoder's message). */
  malformedHellos: string[];
}

export async function startTicketbleedServer(
  options: TicketbleedServerOptions = {}
): Promise<TicketbleedServer> {
  const malformedHellos: string[] = [];
  const backend = await startNodeTlsServer({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
  if (options.http) answerHttp(backend.server);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    const records = new RecordReader();
    const handshake = new HandshakeAssembler();
    const received: Buffer[] = [];
    const onData = (chunk: Buffer): void => {
      received.push(chunk);
      try {
        records.push(chunk);
        const record = records.next();
        if (!record) return;
        handshake.push(record.fragment);
        const message = handshake.next();
        if (!message) return;
        client.off('data', onData);
        if (message.type === HandshakeType.client_hello) {
          const hello = decodeClientHello(message.body);
          const ticket = hello.extensions.find((e) => e.type === ExtensionType.session_ticket);
          if (ticket && ticket.data.length > 0 && hello.sessionId.length > 0 && hello.sessionId.length < 32) {
            answerLikeF5(client, hello.sessionId, hello.cipherSuites[0]!);
            return;
          }
        }
        passThrough(client, Buffer.concat(received), backend.port, sockets);
      } catch (error) {
        // A hello our decoder refuses is dropped, and what was wrong with it kept for the test to read.
        malformedHellos.push((error as Error).message);
        client.destroy();
      }
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    malformedHellos,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await backend.stop();
    }
  };
}

function answerLikeF5(client: net.Socket, sessionId: Buffer, cipherSuite: number): void {
  // What the F5 returned after the client's bytes: its memory, different on each connection.
  const echoed = Buffer.concat([sessionId, randomBytes(32)]).subarray(0, 32);
  const hello = encodeServerHello(
    serverHello({
      legacyVersion: 0x0303,
      sessionId: echoed,
      cipherSuite,
      extensions: [{ type: ExtensionType.renegotiation_info, data: Buffer.from([0]) }]
    })
  );
  client.write(encodeRecords(ContentType.handshake, 0x0303, hello));
  client.write(encodeChangeCipherSpec(0x0303));
  client.write(encodeRecords(ContentType.handshake, 0x0303, randomBytes(40)));
}

function passThrough(client: net.Socket, first: Buffer, port: number, sockets: Set<net.Socket>): void {
  const upstream = net.connect(port, '127.0.0.1');
  sockets.add(upstream);
  upstream.on('close', () => sockets.delete(upstream));
  upstream.on('error', () => client.destroy());
  upstream.write(first);
  client.pipe(upstream);
  upstream.pipe(client);
}

/** After the handshake, one HTTP request is answered with an empty 200 and the connection closed. */
function answerHttp(server: tls.Server): void {
  server.removeAllListeners('secureConnection');
  server.on('secureConnection', (socket) => {
    socket.on('error', () => undefined);
    let request = '';
    socket.on('data', (chunk: Buffer) => {
      request += chunk.toString('latin1');
      if (!request.includes('\r\n\r\n')) return;
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
}
