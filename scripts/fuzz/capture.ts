// Real flights, captured at campaign start from a private nginx (openssl s_server when nginx is absent): what
// a real stack sends to a TLS 1.2 ECDHE, a TLS 1.2 RSA, a TLS 1.3 hello and to a hello it refuses. Replayed to
// the scanner with the same mutations as the synthetic flights, they cover the extensions and orders a real
// server uses that the synthetic ones may not.
import net from 'node:net';
import { encodeClientHelloRecords } from '../../src/wire/client-hello.js';
import type { ClientHelloSpec } from '../../src/wire/client-hello-spec.js';
import { createKeyShare } from '../../src/wire/tls13/key-share.js';
import type { Offer } from './offer.js';
import type { Random } from './random.js';
import { emptyReply, type Reply } from './reply.js';

export interface CapturedFlight {
  name: string;
  /** Handshake messages sent in the clear (headers included). */
  clear: Buffer[];
  /** Every byte after the clear handshake records (encrypted records, alerts). */
  tail: Buffer;
  recordVersion: number;
}

const SIGNATURES = [0x0804, 0x0805, 0x0401, 0x0403, 0x0503, 0x0201];

function hellos(): Record<string, ClientHelloSpec> {
  return {
    'tls12-ecdhe': {
      clientVersion: 0x0303,
      cipherSuites: [0xc02f, 0xc030, 0x009e],
      supportedGroups: [0x1d, 0x17],
      signatureAlgorithms: SIGNATURES,
      ecPointFormats: [0],
      statusRequest: true,
      renegotiationInfo: true,
      serverName: 'localhost'
    },
    'tls12-rsa': {
      clientVersion: 0x0303,
      cipherSuites: [0x009c, 0x002f, 0x0035],
      signatureAlgorithms: SIGNATURES
    },
    tls13: {
      clientVersion: 0x0303,
      supportedVersions: [0x0304],
      cipherSuites: [0x1301, 0x1302, 0x1303],
      supportedGroups: [0x1d],
      keyShares: [createKeyShare(0x1d)!.entry],
      signatureAlgorithms: SIGNATURES,
      sessionId: Buffer.alloc(32, 7)
    },
    refused: { clientVersion: 0x0303, cipherSuites: [0x0004, 0x0005], signatureAlgorithms: SIGNATURES }
  };
}

/** Every byte the server sends to `hello` until it is quiet for 300 ms, closes, or 5 s pass. */
function exchange(port: number, hello: Buffer): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(hello));
    let quiet: NodeJS.Timeout | undefined;
    const done = (): void => {
      clearTimeout(quiet);
      clearTimeout(cap);
      socket.destroy();
      resolve(Buffer.concat(chunks));
    };
    const cap = setTimeout(done, 5000);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      clearTimeout(quiet);
      quiet = setTimeout(done, 300);
    });
    socket.on('error', done);
    socket.on('close', done);
  });
}

/** Splits the leading handshake records into messages; what follows them is the tail. */
function split(name: string, bytes: Buffer): CapturedFlight {
  let at = 0;
  const payload: Buffer[] = [];
  let recordVersion = 0x0303;
  while (at + 5 <= bytes.length && bytes[at] === 22) {
    const length = bytes.readUInt16BE(at + 3);
    recordVersion = bytes.readUInt16BE(at + 1);
    payload.push(bytes.subarray(at + 5, at + 5 + length));
    at += 5 + length;
  }
  const joined = Buffer.concat(payload);
  const clear: Buffer[] = [];
  for (let m = 0; m + 4 <= joined.length;) {
    const end = m + 4 + joined.readUIntBE(m + 1, 3);
    clear.push(joined.subarray(m, end));
    m = end;
  }
  return { name, clear, tail: bytes.subarray(at), recordVersion };
}

export async function captureFlights(port: number): Promise<CapturedFlight[]> {
  const flights: CapturedFlight[] = [];
  for (const [name, spec] of Object.entries(hellos())) {
    const bytes = await exchange(port, encodeClientHelloRecords(spec));
    if (bytes.length > 0) flights.push(split(name, bytes));
  }
  return flights;
}

/** The captured flight that fits the hello best (TLS 1.3 for a TLS 1.3 hello), now and then any of them. */
export function capturedReply(random: Random, offer: Offer, flights: CapturedFlight[]): Reply | null {
  if (flights.length === 0) return null;
  const wanted = offer.versions.includes(0x0304)
    ? 'tls13'
    : offer.suites.some((s) => s >> 8 === 0xc0)
      ? 'tls12-ecdhe'
      : 'tls12-rsa';
  const flight = (random.chance(0.8) && flights.find((f) => f.name === wanted)) || random.pick(flights);
  const reply = emptyReply(`captured-${flight.name}`);
  reply.clear = [...flight.clear];
  reply.raw = flight.tail;
  reply.recordVersion = flight.recordVersion;
  return reply;
}
