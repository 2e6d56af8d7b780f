// A fake TLS 1.3 server for the misbehaviour no real server has: it answers a TLS 1.3 ClientHello with a real
// ServerHello (X25519, TLS_AES_128_GCM_SHA256) and a first flight encrypted under the real handshake keys, whose
// Certificate holds the bytes it was given, DER or not. Anything else it refuses with protocol_version, or hands
// to another loopback server (`olderVersionsPort`: a server for TLS 1.2 and older behind the same port). It never
// finishes a handshake: what it serves is only what a probe reads.
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { AlertDescription, AlertLevel, ContentType } from '../../src/codepoints/index.js';
import { encodeAlert } from '../../src/wire/alert.js';
import { encodeCertificate } from '../../src/wire/certificate.js';
import { decodeClientHello, offered } from '../../src/wire/client-hello.js';
import { encodeEncryptedExtensions } from '../../src/wire/encrypted-extensions.js';
import { ClientExtension } from '../../src/wire/extension-codecs.js';
import { encodeRecords } from '../../src/wire/record.js';
import { encodeServerHello, serverHello } from '../../src/wire/server-hello.js';
import { recordNonce, sealRecord, tls13Suite } from '../../src/wire/tls13/aead.js';
import { handshakeSecrets, trafficKeys } from '../../src/wire/tls13/key-schedule.js';
import { createKeyShare } from '../../src/wire/tls13/key-share.js';

const X25519 = 0x001d;
const TLS_AES_128_GCM_SHA256 = 0x1301;

export interface Tls13FixtureServer {
  port: number;
  stop(): Promise<void>;
}

/** The whole ClientHello handshake message (header included) once its record has fully arrived, else null. */
function clientHelloMessage(received: Buffer): Buffer | null {
  if (received.length < 5) return null;
  const length = received.readUInt16BE(3);
  return received.length < 5 + length ? null : received.subarray(5, 5 + length);
}

export interface Tls13FixtureOptions {
  /** Where TLS 1.2 and older hellos go (a server behind the same port); refused when absent. */
  olderVersionsPort?: number;
  /** Send this fatal alert, encrypted, instead of the flight. */
  encryptedAlert?: number;
}

/**
 * The server's encrypted flight: EncryptedExtensions and Certificate (or only the alert) in one record, sealed
 * with sequence 0.
 */
function encryptedFlight(
  sharedSecret: Buffer,
  transcript: Buffer,
  certificate: Buffer,
  encryptedAlert: number | undefined
): Buffer {
  const suite = tls13Suite(TLS_AES_128_GCM_SHA256)!;
  const secrets = handshakeSecrets(suite.hash, sharedSecret, transcript);
  const keys = trafficKeys(suite.hash, secrets.serverHandshakeTrafficSecret, suite.keyLength);
  const inner =
    encryptedAlert === undefined
      ? Buffer.concat([
          encodeEncryptedExtensions({ extensions: [] }),
          encodeCertificate({ certificates: [certificate], ocspResponse: null }, true),
          Buffer.from([ContentType.handshake])
        ])
      : Buffer.concat([encodeAlert(AlertLevel.fatal, encryptedAlert), Buffer.from([ContentType.alert])]);
  const header = Buffer.alloc(5);
  header[0] = ContentType.application_data;
  header.writeUInt16BE(0x0303, 1);
  header.writeUInt16BE(inner.length + suite.tagLength, 3);
  return Buffer.concat([header, sealRecord(suite, keys.key, recordNonce(keys.iv, 0n), header, inner)]);
}

/** Sends the bytes received so far to the server for older versions and relays both ways from then on. */
function relay(socket: Socket, received: Buffer, port: number): void {
  const upstream = connect(port, '127.0.0.1', () => upstream.write(received));
  upstream.on('error', () => socket.destroy());
  socket.on('data', (chunk: Buffer) => upstream.write(chunk));
  upstream.pipe(socket);
}

function answer(socket: Socket, message: Buffer, certificate: Buffer, options: Tls13FixtureOptions): void {
  const hello = decodeClientHello(message.subarray(4));
  if (!speaksTls13(message)) {
    const refusal = encodeAlert(AlertLevel.fatal, AlertDescription.protocol_version);
    socket.end(encodeRecords(ContentType.alert, 0x0301, refusal));
    return;
  }
  const share = createKeyShare(X25519)!;
  const sh = encodeServerHello(
    serverHello({
      legacyVersion: 0x0303,
      sessionId: hello.sessionId,
      cipherSuite: TLS_AES_128_GCM_SHA256,
      selectedVersion: 0x0304,
      keyShare: share.entry
    })
  );
  socket.write(encodeRecords(ContentType.handshake, 0x0303, sh));
  const clientKey = (offered(hello, ClientExtension.keyShares) ?? []).find((entry) => entry.group === X25519);
  if (!clientKey || clientKey.keyExchange.length !== 32) return; // no share to encrypt for: ServerHello only
  let sharedSecret: Buffer;
  try {
    sharedSecret = share.sharedSecret(clientKey.keyExchange);
  } catch {
    return; // a placeholder share of an enumeration probe: it reads only the ServerHello
  }
  const transcript = Buffer.concat([message, sh]);
  socket.write(encryptedFlight(sharedSecret, transcript, certificate, options.encryptedAlert));
}

function speaksTls13(message: Buffer): boolean {
  const hello = decodeClientHello(message.subarray(4));
  return (offered(hello, ClientExtension.supportedVersions) ?? []).includes(0x0304);
}

export async function startTls13FixtureServer(
  certificate: Buffer,
  options: Tls13FixtureOptions = {}
): Promise<Tls13FixtureServer> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    let received = Buffer.alloc(0);
    let answered = false;
    socket.on('data', (chunk: Buffer) => {
      if (answered) return;
      received = Buffer.concat([received, chunk]);
      const message = clientHelloMessage(received);
      if (!message) return;
      answered = true;
      try {
        if (options.olderVersionsPort && !speaksTls13(message)) {
          relay(socket, received, options.olderVersionsPort);
          return;
        }
        answer(socket, message, certificate, options);
      } catch {
        socket.destroy(); // not a ClientHello this fixture understands (SSLv2)
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}
