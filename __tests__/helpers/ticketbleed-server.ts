// A Ticketbleed fixture (CVE-2016-9244): what no Debian package does. In front of a real Node TLS 1.2 server
// (which completes handshakes and issues session tickets), it answers a ClientHello that resumes with a session
// ticket and a session ID shorter than 32 bytes the way F5 BIG-IP did: a ServerHello echoing 32 bytes of session ID
// (the client's, then uninitialised memory), then ChangeCipherSpec and an encrypted Finished, as in a resumption.
// Every other connection is passed through to the real server untouched.
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { ContentType, ExtensionType, HandshakeType } from '../../src/codepoints/index.js';
import { decodeClientHello } from '../../src/wire/client-hello.js';
import { encodeChangeCipherSpec } from '../../src/wire/change-cipher-spec.js';
import { HandshakeAssembler } from '../../src/wire/handshake.js';
import { encodeRecords, RecordReader } from '../../src/wire/record.js';
import { encodeServerHello, serverHello } from '../../src/wire/server-hello.js';
import { startNodeTlsServer, type RunningServer } from './servers.js';

/** What the F5 returned after the client's bytes: memory, here recognisable filler. */
const MEMORY = Buffer.from('memory-of-another-session-0123456789');

export async function startTicketbleedServer(): Promise<RunningServer> {
  const backend = await startNodeTlsServer({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
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
      } catch {
        client.destroy();
      }
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await backend.stop();
    }
  };
}

function answerLikeF5(client: net.Socket, sessionId: Buffer, cipherSuite: number): void {
  const echoed = Buffer.concat([sessionId, MEMORY]).subarray(0, 32);
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
