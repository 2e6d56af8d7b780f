// ClientHello (RFC 8446 §4.1.2, RFC 5246 §7.4.1.2) built from a ClientHelloSpec, and the SSLv2-format
// CLIENT-HELLO (SSL 2.0 spec; RFC 6101 appendix E.2). Extensions are written only when the spec asks for
// them, so an SSLv3 hello with no extensions has no extensions block at all, as old servers expect.
import { ContentType, ExtensionType, HandshakeType, ProtocolVersion } from '../codepoints/index.js';
import { randomBytes } from 'node:crypto';
import { ByteReader, ByteWriter, DecodeError } from './bytes.js';
import type { ClientHelloSpec, KeyShareEntry, SSLv2ClientHelloSpec } from './client-hello-spec.js';
import {
  decodeAlpn,
  decodeServerName,
  encodeAlpn,
  encodeServerName,
  type Extension,
  readExtensions,
  readU16List,
  readU8List,
  u16List,
  u8List,
  writeExtensions
} from './extensions.js';
import { encodeHandshake } from './handshake.js';
import { encodeRecords } from './record.js';

/** Extensions in the order the spec's fields imply (padding last, per RFC 7685 §3). */
export function clientHelloExtensions(spec: ClientHelloSpec): Extension[] {
  const ext: Extension[] = [];
  const add = (type: number, data: Buffer = Buffer.alloc(0)): void => void ext.push({ type, data });
  if (spec.serverName) add(ExtensionType.server_name, encodeServerName(spec.serverName));
  if (spec.renegotiationInfo) add(ExtensionType.renegotiation_info, Buffer.from([0]));
  if (spec.supportedGroups?.length) add(ExtensionType.supported_groups, u16List(spec.supportedGroups));
  if (spec.ecPointFormats?.length) add(ExtensionType.ec_point_formats, u8List(spec.ecPointFormats));
  if (spec.sessionTicket) {
    add(
      ExtensionType.session_ticket,
      Buffer.isBuffer(spec.sessionTicket) ? spec.sessionTicket : Buffer.alloc(0)
    );
  }
  if (spec.alpn?.length) add(ExtensionType.application_layer_protocol_negotiation, encodeAlpn(spec.alpn));
  // status_request: type ocsp(1), empty responder_id_list, empty request_extensions (RFC 6066 §8).
  if (spec.statusRequest) add(ExtensionType.status_request, Buffer.from([1, 0, 0, 0, 0]));
  if (spec.encryptThenMac) add(ExtensionType.encrypt_then_mac);
  if (spec.extendedMasterSecret) add(ExtensionType.extended_master_secret);
  // The order below is Firefox/NSS's, the order of the RFC 8448 traces (so they are byte-exact vectors here).
  if (spec.keyShares) add(ExtensionType.key_share, encodeClientKeyShares(spec.keyShares));
  if (spec.supportedVersions?.length) {
    add(
      ExtensionType.supported_versions,
      new ByteWriter().vector8((w) => spec.supportedVersions!.forEach((v) => w.u16(v))).finish()
    );
  }
  if (spec.signatureAlgorithms?.length)
    add(ExtensionType.signature_algorithms, u16List(spec.signatureAlgorithms));
  if (spec.signatureAlgorithmsCert?.length) {
    add(ExtensionType.signature_algorithms_cert, u16List(spec.signatureAlgorithmsCert));
  }
  if (spec.pskKeyExchangeModes?.length)
    add(ExtensionType.psk_key_exchange_modes, u8List(spec.pskKeyExchangeModes));
  for (const extra of spec.extraExtensions ?? []) ext.push(extra);
  return ext;
}

export function encodeClientKeyShares(entries: KeyShareEntry[]): Buffer {
  return new ByteWriter()
    .vector16((list) => entries.forEach((e) => list.u16(e.group).vector16((k) => k.bytes(e.keyExchange))))
    .finish();
}

function clientHelloBody(spec: ClientHelloSpec, extensions: Extension[]): Buffer {
  const random = spec.random ?? randomBytes(32);
  if (random.length !== 32) throw new RangeError('ClientHello random must be 32 bytes');
  const w = new ByteWriter()
    .u16(spec.clientVersion)
    .bytes(random)
    .vector8((s) => s.bytes(spec.sessionId ?? Buffer.alloc(0)))
    .vector16((s) => spec.cipherSuites.forEach((c) => s.u16(c)))
    .vector8((s) => (spec.compressionMethods ?? [0]).forEach((c) => s.u8(c)));
  if (extensions.length > 0) writeExtensions(w, extensions);
  return w.finish();
}

/** The ClientHello handshake message (4-byte handshake header included). */
export function encodeClientHello(spec: ClientHelloSpec): Buffer {
  // Fix the random once so that measuring and padding see the same bytes.
  const fixed: ClientHelloSpec = { ...spec, random: spec.random ?? randomBytes(32) };
  const extensions = clientHelloExtensions(fixed);
  let message = encodeHandshake(HandshakeType.client_hello, clientHelloBody(fixed, extensions));
  if (fixed.padTo && message.length < fixed.padTo) {
    // RFC 7685: the padding extension costs 4 bytes of header (plus 2 for a first extensions block).
    const overhead = extensions.length === 0 ? 6 : 4;
    const fill = Math.max(0, fixed.padTo - message.length - overhead);
    extensions.push({ type: ExtensionType.padding, data: Buffer.alloc(fill) });
    message = encodeHandshake(HandshakeType.client_hello, clientHelloBody(fixed, extensions));
  }
  return message;
}

/** The ClientHello framed as handshake records (record version defaults to 0x0301, which every server takes). */
export function encodeClientHelloRecords(spec: ClientHelloSpec): Buffer {
  return encodeRecords(
    ContentType.handshake,
    spec.recordVersion ?? ProtocolVersion.TLSv1_0,
    encodeClientHello(spec)
  );
}

/**
 * SSLv2 CLIENT-HELLO: 2-byte record header (high bit set), msg type 1, version, then the lengths of cipher
 * specs, session id and challenge, then those fields. Cipher specs are 3 bytes each.
 */
export function encodeSslv2ClientHello(spec: SSLv2ClientHelloSpec): Buffer {
  const challenge = spec.challenge ?? randomBytes(16);
  if (challenge.length < 16 || challenge.length > 32)
    throw new RangeError('SSLv2 challenge must be 16..32 bytes');
  const specs = new ByteWriter();
  for (const kind of spec.cipherSpecs) specs.u24(kind);
  const specBytes = specs.finish();
  const body = new ByteWriter()
    .u8(1)
    .u16(spec.version)
    .u16(specBytes.length)
    .u16(0)
    .u16(challenge.length)
    .bytes(specBytes)
    .bytes(challenge)
    .finish();
  if (body.length > 0x7fff) throw new RangeError('SSLv2 CLIENT-HELLO too long');
  return Buffer.concat([Buffer.from([0x80 | (body.length >> 8), body.length & 0xff]), body]);
}

export interface DecodedClientHello {
  legacyVersion: number;
  random: Buffer;
  sessionId: Buffer;
  cipherSuites: number[];
  compressionMethods: number[];
  extensions: Extension[];
  serverName: string | null;
  /** supported_versions, or null when absent. */
  supportedVersions: number[] | null;
  supportedGroups: number[] | null;
  keyShares: KeyShareEntry[] | null;
  signatureAlgorithms: number[] | null;
  ecPointFormats: number[] | null;
  alpn: string[] | null;
  statusRequest: boolean;
}

/** Decodes a ClientHello body (after the 4-byte handshake header). */
export function decodeClientHello(body: Buffer): DecodedClientHello {
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
  const extensions = r.done() ? [] : readExtensions(r);
  r.expectDone();
  const find = (type: number): Buffer | undefined => extensions.find((e) => e.type === type)?.data;
  const versions = find(ExtensionType.supported_versions);
  const shares = find(ExtensionType.key_share);
  const groups = find(ExtensionType.supported_groups);
  const sigalgs = find(ExtensionType.signature_algorithms);
  const points = find(ExtensionType.ec_point_formats);
  const sni = find(ExtensionType.server_name);
  const alpn = find(ExtensionType.application_layer_protocol_negotiation);
  return {
    legacyVersion,
    random,
    sessionId,
    cipherSuites,
    compressionMethods,
    extensions,
    serverName: sni ? decodeServerName(sni) : null,
    supportedVersions: versions ? decodeSupportedVersionsList(versions) : null,
    supportedGroups: groups ? readU16List(groups, 'supported_groups') : null,
    keyShares: shares ? decodeClientKeyShares(shares) : null,
    signatureAlgorithms: sigalgs ? readU16List(sigalgs, 'signature_algorithms') : null,
    ecPointFormats: points ? readU8List(points, 'ec_point_formats') : null,
    alpn: alpn ? decodeAlpn(alpn) : null,
    statusRequest: find(ExtensionType.status_request) !== undefined
  };
}

function decodeSupportedVersionsList(data: Buffer): number[] {
  const r = new ByteReader(data, 'supported_versions');
  const list = r.vector8();
  r.expectDone();
  const out: number[] = [];
  while (!list.done()) out.push(list.u16());
  return out;
}

export function decodeClientKeyShares(data: Buffer): KeyShareEntry[] {
  const r = new ByteReader(data, 'key_share');
  const list = r.vector16();
  r.expectDone();
  const out: KeyShareEntry[] = [];
  while (!list.done()) out.push({ group: list.u16(), keyExchange: list.vector16().rest() });
  return out;
}

export interface DecodedSslv2ClientHello {
  version: number;
  cipherSpecs: number[];
  sessionId: Buffer;
  challenge: Buffer;
}

/** Decodes an SSLv2 CLIENT-HELLO record body (after the 2-byte header, starting at msg type 1). */
export function decodeSslv2ClientHello(body: Buffer): DecodedSslv2ClientHello {
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
