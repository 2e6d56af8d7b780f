// ClientHello (RFC 8446 §4.1.2, RFC 5246 §7.4.1.2) and the SSLv2-format CLIENT-HELLO (SSL 2.0 spec; RFC 6101
// appendix E.2). One ClientHello type both ways, in the manner of rustls' ClientHelloPayload: the fixed fields
// and every extension in wire order, so encode(decode(x)) is x; what a hello offers in its extensions is read
// through the extension table (offered(hello, ClientExtension.x)). clientHello(spec) builds the message a
// ClientHelloSpec (an offer: the engine's hellos, client profiles) describes. Extensions are written only when
// the spec asks for them, so an SSLv3 hello has no extensions block at all, as old servers expect.
import { randomBytes } from 'node:crypto';
import { ContentType, HandshakeType, ProtocolVersion } from '../codepoints/index.js';
import { ByteReader, ByteWriter, DecodeError } from './bytes.js';
import type { ClientHelloSpec, SSLv2ClientHelloSpec } from './client-hello-spec.js';
import { ClientExtension, extension, type ExtensionCodec, findExtension } from './extension-codecs.js';
import { type Extension, readExtensions, writeExtensions } from './extensions.js';
import { encodeHandshake } from './handshake.js';
import { encodeRecords } from './record.js';

export interface ClientHello {
  /** legacy_version: 0x0300..0x0303 (TLS 1.3 sends 0x0303 and lists 0x0304 in supported_versions). */
  legacyVersion: number;
  random: Buffer;
  sessionId: Buffer;
  cipherSuites: number[];
  compressionMethods: number[];
  /** Every extension, in wire order (empty when there are none). */
  extensions: Extension[];
  /** True when the message has no extensions block at all (SSLv3 style). */
  withoutExtensionsBlock?: boolean;
}

/** What the hello offers in the extension of `codec`'s type, or null when it does not carry that extension. */
export function offered<T, Written>(hello: ClientHello, codec: ExtensionCodec<T, Written>): T | null {
  return findExtension(hello.extensions, codec);
}

/** Extensions in the order the spec's fields imply (padding is added by clientHello, last, per RFC 7685 §3). */
export function clientHelloExtensions(spec: ClientHelloSpec): Extension[] {
  const ext: Extension[] = [];
  const add = <T, Written>(codec: ExtensionCodec<T, Written>, value: Written): void =>
    void ext.push(extension(codec, value));
  const c = ClientExtension;
  if (spec.serverName) add(c.serverName, spec.serverName);
  if (spec.renegotiationInfo) add(c.renegotiationInfo, Buffer.alloc(0));
  if (spec.supportedGroups?.length) add(c.supportedGroups, spec.supportedGroups);
  if (spec.ecPointFormats?.length) add(c.ecPointFormats, spec.ecPointFormats);
  if (spec.sessionTicket) {
    add(c.sessionTicket, Buffer.isBuffer(spec.sessionTicket) ? spec.sessionTicket : Buffer.alloc(0));
  }
  if (spec.alpn?.length) add(c.alpn, spec.alpn);
  if (spec.statusRequest) add(c.statusRequest, Buffer.alloc(0));
  if (spec.encryptThenMac) add(c.encryptThenMac, true);
  if (spec.extendedMasterSecret) add(c.extendedMasterSecret, true);
  // The order below is Firefox/NSS's, the order of the RFC 8448 traces (so they are byte-exact vectors here).
  if (spec.keyShares) add(c.keyShares, spec.keyShares);
  if (spec.earlyData) add(c.earlyData, true);
  if (spec.supportedVersions?.length) add(c.supportedVersions, spec.supportedVersions);
  if (spec.signatureAlgorithms?.length) add(c.signatureAlgorithms, spec.signatureAlgorithms);
  if (spec.signatureAlgorithmsCert?.length) add(c.signatureAlgorithmsCert, spec.signatureAlgorithmsCert);
  if (spec.pskKeyExchangeModes?.length) add(c.pskKeyExchangeModes, spec.pskKeyExchangeModes);
  for (const extra of spec.extraExtensions ?? []) ext.push(extra);
  // RFC 8446 §4.2.11: pre_shared_key MUST be the last extension in the ClientHello.
  if (spec.preSharedKey) add(c.preSharedKey, spec.preSharedKey);
  return ext;
}

/** Bytes encodeClientHello(hello) makes, handshake header included, counted without encoding. */
function encodedLength(hello: ClientHello): number {
  const fixed = 4 + 2 + 32 + 1 + hello.sessionId.length + 2 + 2 * hello.cipherSuites.length + 1;
  const block = hello.withoutExtensionsBlock
    ? 0
    : hello.extensions.reduce((sum, e) => sum + 4 + e.data.length, 2);
  return fixed + hello.compressionMethods.length + block;
}

/** 32 random bytes from a pool refilled a few KiB at a time: one randomBytes call per hello costs more than the rest of it. */
let randomPool = Buffer.alloc(0);
export function helloRandom(): Buffer {
  if (randomPool.length < 32) randomPool = randomBytes(4096);
  const random = Buffer.from(randomPool.subarray(0, 32));
  randomPool = randomPool.subarray(32);
  return random;
}

/** The ClientHello a spec describes, padded (RFC 7685) to spec.padTo bytes of handshake message if asked. */
export function clientHello(spec: ClientHelloSpec): ClientHello {
  const random = spec.random ?? helloRandom();
  if (random.length !== 32) throw new RangeError('ClientHello random must be 32 bytes');
  const extensions = clientHelloExtensions(spec);
  const hello: ClientHello = {
    legacyVersion: spec.clientVersion,
    random,
    sessionId: spec.sessionId ?? Buffer.alloc(0),
    cipherSuites: spec.cipherSuites,
    compressionMethods: spec.compressionMethods ?? [0],
    extensions,
    ...(extensions.length === 0 ? { withoutExtensionsBlock: true } : {})
  };
  const length = encodedLength(hello);
  if (!spec.padTo || length >= spec.padTo) return hello;
  // The padding extension costs 4 bytes of header (plus 2 for a first extensions block).
  const overhead = extensions.length === 0 ? 6 : 4;
  const fill = Math.max(0, spec.padTo - length - overhead);
  // Padding goes last, except before a pre_shared_key, which must stay the last extension (RFC 8446 §4.2.11).
  const padding = extension(ClientExtension.padding, fill);
  const last = extensions.at(-1);
  const padded: ClientHello = {
    ...hello,
    extensions:
      last?.type === ClientExtension.preSharedKey.type
        ? [...extensions.slice(0, -1), padding, last]
        : [...extensions, padding]
  };
  delete padded.withoutExtensionsBlock; // the padding extension needs a block
  return padded;
}

/** The ClientHello handshake message (4-byte handshake header included). */
export function encodeClientHello(hello: ClientHello): Buffer {
  const w = new ByteWriter()
    .u16(hello.legacyVersion)
    .bytes(hello.random)
    .vector8((s) => s.bytes(hello.sessionId))
    .vector16((s) => hello.cipherSuites.forEach((c) => s.u16(c)))
    .vector8((s) => hello.compressionMethods.forEach((c) => s.u8(c)));
  if (!hello.withoutExtensionsBlock) writeExtensions(w, hello.extensions);
  return encodeHandshake(HandshakeType.client_hello, w.finish());
}

/** The ClientHello of a spec framed as handshake records (record version 0x0301 unless the spec says otherwise). */
export function encodeClientHelloRecords(spec: ClientHelloSpec): Buffer {
  return encodeRecords(
    ContentType.handshake,
    spec.recordVersion ?? ProtocolVersion.TLSv1_0,
    encodeClientHello(clientHello(spec))
  );
}

/** The extensions whose bodies decodeClientHello checks at once: the ones the engine and test servers read. */
const CHECKED_ON_DECODE = new Map<number, (data: Buffer) => unknown>(
  [
    ClientExtension.serverName,
    ClientExtension.supportedVersions,
    ClientExtension.supportedGroups,
    ClientExtension.keyShares,
    ClientExtension.signatureAlgorithms,
    ClientExtension.ecPointFormats,
    ClientExtension.alpn
  ].map((codec: { type: number; decode(data: Buffer): unknown }) => [
    codec.type,
    (data) => codec.decode(data)
  ])
);

/** Decodes a ClientHello body (after the 4-byte handshake header); the extensions the table knows are checked. */
export function decodeClientHello(body: Buffer): ClientHello {
  const r = new ByteReader(body, 'ClientHello');
  const legacyVersion = r.u16();
  const random = r.bytes(32);
  const sessionId = r.vector8().rest();
  if (sessionId.length > 32)
    throw new DecodeError('ClientHello: session id longer than 32 bytes', 'over-limit');
  const suites = r.vector16('cipher_suites');
  if (suites.remaining % 2 !== 0) throw new DecodeError('ClientHello: odd cipher_suites length');
  const cipherSuites: number[] = [];
  while (!suites.done()) cipherSuites.push(suites.u16());
  const compressionMethods = [...r.vector8().rest()];
  const withoutExtensionsBlock = r.done();
  const extensions = withoutExtensionsBlock ? [] : readExtensions(r);
  r.expectDone();
  const hello: ClientHello = {
    legacyVersion,
    random,
    sessionId,
    cipherSuites,
    compressionMethods,
    extensions
  };
  if (withoutExtensionsBlock) hello.withoutExtensionsBlock = true;
  // A malformed body of an extension we read is a malformed ClientHello, found here rather than on use.
  for (const e of extensions) CHECKED_ON_DECODE.get(e.type)?.(e.data);
  return hello;
}

/** True when the hello carries an extension of this type. */
export function carries(hello: ClientHello, type: number): boolean {
  return hello.extensions.some((e) => e.type === type);
}

/**
 * SSLv2 CLIENT-HELLO: 2-byte record header (high bit set), msg type 1, version, then the lengths of cipher
 * specs, session id and challenge, then those fields. Cipher specs are 3 bytes each.
 */
export function encodeSslv2ClientHello(hello: SSLv2ClientHelloSpec): Buffer {
  const challenge = hello.challenge ?? randomBytes(16);
  const sessionId = hello.sessionId ?? Buffer.alloc(0);
  if (challenge.length < 16 || challenge.length > 32)
    throw new RangeError('SSLv2 challenge must be 16..32 bytes');
  const specs = new ByteWriter();
  for (const kind of hello.cipherSpecs) specs.u24(kind);
  const specBytes = specs.finish();
  const body = new ByteWriter()
    .u8(1)
    .u16(hello.version)
    .u16(specBytes.length)
    .u16(sessionId.length)
    .u16(challenge.length)
    .bytes(specBytes)
    .bytes(sessionId)
    .bytes(challenge)
    .finish();
  if (body.length > 0x7fff) throw new RangeError('SSLv2 CLIENT-HELLO too long');
  return Buffer.concat([Buffer.from([0x80 | (body.length >> 8), body.length & 0xff]), body]);
}

/** Decodes an SSLv2 CLIENT-HELLO record body (after the 2-byte header, starting at msg type 1). */
export function decodeSslv2ClientHello(body: Buffer): Required<SSLv2ClientHelloSpec> {
  const r = new ByteReader(body, 'SSLv2 CLIENT-HELLO');
  if (r.u8() !== 1) throw new DecodeError('SSLv2 CLIENT-HELLO: wrong message type');
  const version = r.u16();
  const specLength = r.u16();
  const sessionIdLength = r.u16();
  const challengeLength = r.u16();
  if (specLength % 3 !== 0)
    throw new DecodeError('SSLv2 CLIENT-HELLO: cipher specs length not a multiple of 3');
  const specs = new ByteReader(r.bytes(specLength));
  const cipherSpecs: number[] = [];
  while (!specs.done()) cipherSpecs.push(specs.u24());
  const sessionId = r.bytes(sessionIdLength);
  const challenge = r.bytes(challengeLength);
  return { version, cipherSpecs, sessionId, challenge };
}
