// A fake legacy TLS/SSL server for what no real server on this machine can negotiate any more: SSLv2, SSLv3,
// RC4, EXPORT, NULL, anonymous and static-DH suites. It answers a ClientHello the way a real legacy server
// (OpenSSL 0.9.8/1.0.x era) would: highest common version, suite by its own or the client's order, then
// ServerHello, Certificate, ServerKeyExchange (DHE: a real prime of dhBits; ECDHE: a real curve point) and
// ServerHelloDone, or an SSLv2 SERVER-HELLO; then it closes. It never completes a handshake: scanning never needs
// to. Refusals are what real servers send: alert protocol_version(70), alert handshake_failure(40), SSLv2 ERROR.
import {
  AlertDescription,
  AlertLevel,
  ContentType,
  ExtensionType,
  HandshakeType
} from '../../src/codepoints/index.js';
import {
  createECDH,
  generateKeyPairSync,
  generatePrimeSync,
  getDiffieHellman,
  randomBytes
} from 'node:crypto';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import {
  protocolNameOf,
  protocolVersionCode,
  suiteByCode,
  suitesForProtocol
} from '../../src/registry/index.js';
import type { ProtocolName } from '../../src/model/report.js';
import { encodeAlert } from '../../src/wire/alert.js';
import { ByteWriter, DecodeError } from '../../src/wire/bytes.js';
import { encodeCertificate } from '../../src/wire/certificate.js';
import {
  decodeClientHello,
  decodeSslv2ClientHello,
  type ClientHello,
  offered
} from '../../src/wire/client-hello.js';
import { type Extension } from '../../src/wire/extensions.js';
import { encodeHandshake, HandshakeAssembler } from '../../src/wire/handshake.js';
import { encodeRecords, isSslv2Record, RecordReader } from '../../src/wire/record.js';
import {
  encodeDheServerKeyExchange,
  encodeEcdheServerKeyExchange
} from '../../src/wire/server-key-exchange.js';
import { encodeServerHello, serverHello } from '../../src/wire/server-hello.js';
import { encodeSslv2Error, encodeSslv2ServerHello, readSslv2Record } from '../../src/wire/sslv2.js';
import { createTestPki } from '../../src/testing/pki.js';
import { ClientExtension } from '../../src/wire/extension-codecs.js';
import { afterFlight, type PostFlightBehaviour } from './vulnerable-behaviour.js';

export interface LegacyServerOptions {
  /** Protocol versions to accept (TLSv1.3 is not spoken by this server and is ignored). */
  versions: ProtocolName[];
  /** IANA code points in the server's preference order; SSLv2 cipher kinds (24-bit) for SSLv2. */
  suites: number[];
  /** Whose order picks the suite. */
  order: 'server' | 'client';
  /** DER chain to send, leaf first. Default: a fresh self-signed RSA 2048 certificate for "legacy.test". */
  certificates?: Buffer[];
  /** Size of the DH prime in ServerKeyExchange of DHE/DH_anon suites. Default 2048. */
  dhBits?: number;
  /** Curves for ECDHE suites, in server preference. Default x25519, secp256r1, secp384r1. */
  groups?: number[];
  /** Loopback address to listen on. Default 127.0.0.1. */
  host?: string;
  /**
   * A flight no client can continue, for the misbehaviour no real server has: leave out ServerKeyExchange, or
   * reset the connection right after ServerHello.
   */
  fault?: 'no-server-key-exchange' | 'reset-after-server-hello';
  /** After the flight, keep the connection open and behave like a vulnerable or fixed implementation. */
  postFlight?: PostFlightBehaviour;
  /** Select DEFLATE when the client offers it (OpenSSL built with zlib, before 1.0.1 disabled it: CRIME). */
  compression?: 'deflate';
  /** false: never send renegotiation_info, whatever the client sends (a server without RFC 5746). */
  secureRenegotiation?: false;
  /** Largest record fragment of the flight (default: the TLS maximum); 1 sends every byte in a record of its own. */
  recordSize?: number;
}

export interface LegacyServer {
  port: number;
  host: string;
  /** ClientHellos received so far (TLS and SSLv2), for handshake counting. */
  readonly hellos: number;
  close(): Promise<void>;
}

const TLS_VERSIONS: ProtocolName[] = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2'];

// Real primes of the wanted size: RFC 2409/3526 MODP groups where one exists (what old servers shipped), else generated.
const MODP_BY_BITS: Record<number, string> = {
  768: 'modp1',
  1024: 'modp2',
  1536: 'modp5',
  2048: 'modp14',
  3072: 'modp15',
  4096: 'modp16',
  6144: 'modp17',
  8192: 'modp18'
};
const primeCache = new Map<number, Buffer>();
function dhPrime(bits: number): Buffer {
  let prime = primeCache.get(bits);
  if (!prime) {
    const modp = MODP_BY_BITS[bits];
    prime = modp ? getDiffieHellman(modp).getPrime() : Buffer.from(generatePrimeSync(bits));
    primeCache.set(bits, prime);
  }
  return prime;
}

const CURVE_NAMES: Record<number, string> = {
  0x0017: 'prime256v1',
  0x0018: 'secp384r1',
  0x0019: 'secp521r1'
};
function ecPoint(group: number): Buffer {
  if (group === 0x001d) {
    const spki = generateKeyPairSync('x25519').publicKey.export({ format: 'der', type: 'spki' });
    return Buffer.from(spki.subarray(spki.length - 32));
  }
  const ecdh = createECDH(CURVE_NAMES[group] ?? 'prime256v1');
  ecdh.generateKeys();
  return ecdh.getPublicKey();
}

/** A stand-in for the signature over the key exchange: scanners read parameters, never verify this. */
function fakeSignature(version: ProtocolName): Buffer {
  const w = new ByteWriter();
  if (version === 'TLSv1.2') w.u16(0x0401);
  return w.vector16((s) => s.bytes(randomBytes(256))).finish();
}

function isEcdhe(code: number): boolean {
  const suite = suiteByCode(code);
  return suite?.kx === 'ECDHE' || (suite?.kx === 'ECDH' && suite.au === 'anon');
}

function isDhe(code: number): boolean {
  const suite = suiteByCode(code);
  return suite?.kx === 'DHE' || (suite?.kx === 'DH' && suite.au === 'anon');
}

/** Suites that send no Certificate: anonymous, PSK-only, SRP-only, NULL key exchange. */
function sendsCertificate(code: number): boolean {
  const suite = suiteByCode(code);
  if (!suite) return true;
  return !['anon', 'PSK', 'SRP', 'NULL'].includes(suite.au ?? '') && suite.kx !== 'PSK';
}

/** The flight as handshake records of at most `recordSize` bytes each (default: as large as TLS allows). */
function flightRecords(version: number, flight: Buffer, recordSize?: number): Buffer {
  if (!recordSize) return encodeRecords(ContentType.handshake, version, flight);
  const records: Buffer[] = [];
  for (let offset = 0; offset < flight.length; offset += recordSize) {
    records.push(encodeRecords(ContentType.handshake, version, flight.subarray(offset, offset + recordSize)));
  }
  return Buffer.concat(records);
}

export async function startLegacyServer(options: LegacyServerOptions): Promise<LegacyServer> {
  const host = options.host ?? '127.0.0.1';
  const certificates = options.certificates ?? [await defaultCertificate()];
  const serverGroups = options.groups ?? [0x001d, 0x0017, 0x0018];
  const tlsVersions = TLS_VERSIONS.filter((v) => options.versions.includes(v));
  let hellos = 0;
  const sockets = new Set<Socket>();

  function chooseVersion(hello: ClientHello): ProtocolName | null {
    const listed = offered(hello, ClientExtension.supportedVersions);
    if (listed) {
      const versions = listed.map(protocolNameOf).filter((p): p is ProtocolName => p !== null);
      return [...tlsVersions].reverse().find((v) => versions.includes(v)) ?? null;
    }
    // Classic negotiation: the highest version we have that is not above the client's.
    return [...tlsVersions].reverse().find((v) => protocolVersionCode(v) <= hello.legacyVersion) ?? null;
  }

  function chooseSuite(hello: ClientHello, version: ProtocolName, curve: number | null): number | null {
    const known = new Set(suitesForProtocol(version).map((s) => s.code));
    const usable = (code: number): boolean =>
      options.suites.includes(code) &&
      hello.cipherSuites.includes(code) &&
      (!suiteByCode(code) || known.has(code)) &&
      (!isEcdhe(code) || curve !== null);
    const order = options.order === 'server' ? options.suites : hello.cipherSuites;
    return order.find(usable) ?? null;
  }

  function chooseCurve(hello: ClientHello): number | null {
    // RFC 4492 §4: a client without supported_groups supports secp256r1 (and we treat it so).
    const groups = offered(hello, ClientExtension.supportedGroups) ?? [0x0017];
    return serverGroups.find((g) => groups.includes(g)) ?? null;
  }

  function answerTls(socket: Socket, hello: ClientHello, recordVersion: number): void {
    const version = chooseVersion(hello);
    if (!version) {
      socket.end(
        encodeRecords(
          ContentType.alert,
          Math.min(recordVersion, 0x0301),
          encodeAlert(AlertLevel.fatal, AlertDescription.protocol_version)
        )
      );
      return;
    }
    const wireVersion = protocolVersionCode(version);
    const curve = chooseCurve(hello);
    const suite = chooseSuite(hello, version, curve);
    if (suite === null) {
      socket.end(
        encodeRecords(
          ContentType.alert,
          wireVersion,
          encodeAlert(AlertLevel.fatal, AlertDescription.handshake_failure)
        )
      );
      return;
    }
    const extensions: Extension[] = [];
    const clientSent = (type: number): boolean => hello.extensions.some((e) => e.type === type);
    if (version !== 'SSLv3') {
      const asked = clientSent(ExtensionType.renegotiation_info) || hello.cipherSuites.includes(0x00ff);
      if (asked && options.secureRenegotiation !== false) {
        extensions.push({ type: ExtensionType.renegotiation_info, data: Buffer.from([0]) });
      }
      if (isEcdhe(suite) && clientSent(ExtensionType.ec_point_formats)) {
        extensions.push({ type: ExtensionType.ec_point_formats, data: Buffer.from([1, 0]) });
      }
      if (options.postFlight?.heartbeat && clientSent(ExtensionType.heartbeat)) {
        extensions.push({ type: ExtensionType.heartbeat, data: Buffer.from([1]) });
      }
    }
    const deflate = options.compression === 'deflate' && hello.compressionMethods.includes(1);
    const flight: Buffer[] = [
      encodeServerHello(
        serverHello({
          legacyVersion: wireVersion,
          sessionId: randomBytes(32),
          cipherSuite: suite,
          compressionMethod: deflate ? 1 : 0,
          extensions: extensions.length > 0 ? extensions : null
        })
      )
    ];
    if (options.fault === 'reset-after-server-hello') {
      socket.write(encodeRecords(ContentType.handshake, wireVersion, flight[0]!));
      // Once the ServerHello is on its way (reset with data still unsent would drop it).
      setTimeout(() => socket.resetAndDestroy(), 20);
      return;
    }
    if (sendsCertificate(suite)) flight.push(encodeCertificate({ certificates, ocspResponse: null }, false));
    if (options.fault === 'no-server-key-exchange') {
      // ServerHelloDone right after Certificate, whatever the key exchange needs.
    } else if (isDhe(suite)) {
      const p = dhPrime(options.dhBits ?? 2048);
      const ys = Buffer.from(randomBytes(p.length));
      ys[0] = 0x01;
      flight.push(
        encodeDheServerKeyExchange({
          p,
          g: Buffer.from([2]),
          ys,
          signature: suiteByCode(suite)?.au === 'anon' ? undefined : fakeSignature(version)
        })
      );
    } else if (isEcdhe(suite)) {
      flight.push(
        encodeEcdheServerKeyExchange({
          namedGroup: curve!,
          point: ecPoint(curve!),
          signature: suiteByCode(suite)?.au === 'anon' ? undefined : fakeSignature(version)
        })
      );
    }
    flight.push(encodeHandshake(HandshakeType.server_hello_done, Buffer.alloc(0)));
    const bytes = flightRecords(wireVersion, Buffer.concat(flight), options.recordSize);
    if (options.postFlight) socket.write(bytes);
    else socket.end(bytes);
  }

  function answerSslv2(socket: Socket, body: Buffer): void {
    const hello = decodeSslv2ClientHello(body);
    if (hello.version >= 0x0300) {
      // An SSLv2-compatible hello from an SSLv3/TLS client: negotiate TLS; its TLS suites are 0x00XXXX specs.
      const suites = hello.cipherSpecs.filter((s) => s >> 16 === 0).map((s) => s & 0xffff);
      answerTls(socket, { ...emptyHello(), legacyVersion: hello.version, cipherSuites: suites }, 0x0300);
      return;
    }
    if (!options.versions.includes('SSLv2')) {
      socket.destroy();
      return;
    }
    const order = options.order === 'server' ? options.suites : hello.cipherSpecs;
    const common = order.filter((kind) => options.suites.includes(kind) && hello.cipherSpecs.includes(kind));
    if (common.length === 0) {
      socket.end(encodeSslv2Error(0x0001));
      return;
    }
    socket.end(encodeSslv2ServerHello({ certificate: certificates[0]!, cipherSpecs: common }));
  }

  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.setTimeout(10_000, () => socket.destroy());
    let pending = Buffer.alloc(0);
    const records = new RecordReader();
    const handshake = new HandshakeAssembler();
    let recordVersion = 0x0301;
    let answered = false;
    let open = true;
    const postFlightState = { ccsSeen: false };
    socket.on('data', (chunk: Buffer) => {
      if (answered) {
        if (!options.postFlight || !open) return;
        try {
          records.push(chunk);
          for (let record = records.next(); record && open; record = records.next())
            open = afterFlight(socket, record, options.postFlight, postFlightState);
        } catch {
          open = false;
          socket.destroy();
        }
        return;
      }
      try {
        if (pending.length > 0 || (records.buffered === 0 && isSslv2Start(chunk))) {
          pending = Buffer.concat([pending, chunk]);
          if (!isSslv2Record(pending) && pending.length >= 3) throw new DecodeError('not an SSLv2 record');
          const record = readSslv2Record(pending);
          if (!record) return;
          answered = true;
          hellos++;
          answerSslv2(socket, record.body);
          return;
        }
        records.push(chunk);
        for (let record = records.next(); record; record = records.next()) {
          if (record.type !== ContentType.handshake) throw new DecodeError('expected a handshake record');
          recordVersion = record.version;
          handshake.push(record.fragment);
          const message = handshake.next();
          if (!message) continue;
          if (message.type !== HandshakeType.client_hello) throw new DecodeError('expected ClientHello');
          answered = true;
          hellos++;
          answerTls(socket, decodeClientHello(message.body), recordVersion);
          return;
        }
      } catch {
        // What a real server does with bytes it cannot parse: a fatal decode_error, then close.
        answered = true;
        socket.end(
          encodeRecords(
            ContentType.alert,
            0x0301,
            encodeAlert(AlertLevel.fatal, AlertDescription.decode_error)
          )
        );
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    host,
    get hellos() {
      return hellos;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}

function isSslv2Start(chunk: Buffer): boolean {
  return chunk.length > 0 && (chunk[0]! & 0x80) !== 0;
}

function emptyHello(): ClientHello {
  return {
    legacyVersion: 0x0300,
    random: Buffer.alloc(32),
    sessionId: Buffer.alloc(0),
    cipherSuites: [],
    compressionMethods: [0],
    extensions: []
  };
}

let cachedCertificate: Promise<Buffer> | null = null;
function defaultCertificate(): Promise<Buffer> {
  cachedCertificate ??= createTestPki()
    .selfSigned({ commonName: 'legacy.test', dnsNames: ['legacy.test'], isCA: false })
    .then((c) => c.der);
  return cachedCertificate;
}
