// ServerHello (RFC 5246 §7.4.1.3, RFC 8446 §4.1.3) and HelloRetryRequest, which is a ServerHello whose random
// is SHA-256("HelloRetryRequest") (RFC 8446 §4.1.3). One type both ways, in the manner of rustls'
// ServerHelloPayload: the fixed fields and every extension in wire order, so encode(decode(x)) is x. The typed
// extensions (the TLS 1.3 version in supported_versions, the server's key share or the group a HelloRetryRequest
// asks for, the cookie) are read through the extension table (extension-codecs.ts) by the functions below.
import { randomBytes } from 'node:crypto';
import { HandshakeType } from '../codepoints/index.js';
import { ByteReader, ByteWriter, DecodeError } from './bytes.js';
import type { KeyShareEntry } from './client-hello-spec.js';
import { extension, findExtension, ServerExtension } from './extension-codecs.js';
import { type Extension, readExtensions, writeExtensions } from './extensions.js';
import { encodeHandshake } from './handshake.js';

/** The special ServerHello.random of a HelloRetryRequest. */
export const HELLO_RETRY_REQUEST_RANDOM = Buffer.from(
  'cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c',
  'hex'
);

/** Last 8 bytes of ServerHello.random when a TLS 1.3 server negotiates TLS 1.2 / 1.1 or below (RFC 8446 §4.1.3). */
const DOWNGRADE_TLS12 = Buffer.from('444f574e47524401', 'hex');
const DOWNGRADE_TLS11 = Buffer.from('444f574e47524400', 'hex');

export interface ServerHello {
  /** legacy_version; 0x0303 for TLS 1.3. */
  legacyVersion: number;
  random: Buffer;
  sessionId: Buffer;
  cipherSuite: number;
  compressionMethod: number;
  /** Every extension, in wire order (empty when there are none). */
  extensions: Extension[];
  /** True when the message has no extensions block at all, as SSLv3 and some TLS 1.0 servers send it. */
  withoutExtensionsBlock?: boolean;
}

/** A HelloRetryRequest is a ServerHello with the special random. */
export function isHelloRetryRequest(hello: ServerHello): boolean {
  return hello.random.equals(HELLO_RETRY_REQUEST_RANDOM);
}

/** The supported_versions selection (TLS 1.3), or null. */
export function selectedVersion(hello: ServerHello): number | null {
  return findExtension(hello.extensions, ServerExtension.selectedVersion);
}

/** The server's key share (TLS 1.3 ServerHello), or null; always null for a HelloRetryRequest. */
export function serverKeyShare(hello: ServerHello): KeyShareEntry | null {
  if (isHelloRetryRequest(hello)) return null;
  return findExtension(hello.extensions, ServerExtension.keyShare);
}

/** The group a HelloRetryRequest asks for, or null. */
export function retryGroup(hello: ServerHello): number | null {
  if (!isHelloRetryRequest(hello)) return null;
  return findExtension(hello.extensions, ServerExtension.retryGroup);
}

/** A TLS 1.3-capable server signalled that it negotiated an older version (downgrade sentinel). */
export function downgradeSentinel(hello: Pick<ServerHello, 'random'>): 'TLSv1.2' | 'TLSv1.1' | null {
  const tail = hello.random.subarray(24);
  if (tail.equals(DOWNGRADE_TLS12)) return 'TLSv1.2';
  if (tail.equals(DOWNGRADE_TLS11)) return 'TLSv1.1';
  return null;
}

/** Decodes a ServerHello body (after the 4-byte handshake header); its typed extensions are checked at once. */
export function decodeServerHello(body: Buffer): ServerHello {
  const r = new ByteReader(body, 'ServerHello');
  const legacyVersion = r.u16();
  const random = Buffer.from(r.bytes(32));
  const sessionId = Buffer.from(r.vector8().rest());
  if (sessionId.length > 32)
    throw new DecodeError('ServerHello: session id longer than 32 bytes', 'over-limit');
  const cipherSuite = r.u16();
  const compressionMethod = r.u8();
  // SSLv3 and some TLS 1.0 servers end the message here: no extensions block at all.
  const withoutExtensionsBlock = r.done();
  const extensions = withoutExtensionsBlock ? [] : readExtensions(r);
  r.expectDone();
  const hello: ServerHello = { legacyVersion, random, sessionId, cipherSuite, compressionMethod, extensions };
  if (withoutExtensionsBlock) hello.withoutExtensionsBlock = true;
  // A malformed supported_versions or key_share is a malformed ServerHello, found here rather than on use.
  selectedVersion(hello);
  serverKeyShare(hello);
  retryGroup(hello);
  return hello;
}

/** The ServerHello (or HelloRetryRequest) handshake message, header included. */
export function encodeServerHello(hello: ServerHello): Buffer {
  const w = new ByteWriter()
    .u16(hello.legacyVersion)
    .bytes(hello.random)
    .vector8((s) => s.bytes(hello.sessionId))
    .u16(hello.cipherSuite)
    .u8(hello.compressionMethod);
  if (!hello.withoutExtensionsBlock) writeExtensions(w, hello.extensions);
  return encodeHandshake(HandshakeType.server_hello, w.finish());
}

/** What a test server or fake peer says in a ServerHello; serverHello() makes the message of it. */
export interface ServerHelloOptions {
  /** legacy_version; 0x0303 for TLS 1.3. */
  legacyVersion: number;
  /** 32 bytes; random when omitted (HELLO_RETRY_REQUEST_RANDOM when retryGroup is set). */
  random?: Buffer;
  sessionId?: Buffer;
  cipherSuite: number;
  compressionMethod?: number;
  /** Adds supported_versions with this version (TLS 1.3). */
  selectedVersion?: number;
  /** Adds a key_share holding this entry (TLS 1.3 ServerHello). */
  keyShare?: KeyShareEntry;
  /** Makes this a HelloRetryRequest asking for this group. */
  retryGroup?: number;
  /** Further extensions, written after the ones above. null writes no extensions block at all (SSLv3 style). */
  extensions?: Extension[] | null;
}

/** A ServerHello from options: supported_versions, then key_share, then the further extensions. */
export function serverHello(options: ServerHelloOptions): ServerHello {
  const hrr = options.retryGroup !== undefined;
  const extensions: Extension[] = [];
  if (options.selectedVersion !== undefined) {
    extensions.push(extension(ServerExtension.selectedVersion, options.selectedVersion));
  }
  if (options.retryGroup !== undefined) {
    extensions.push(extension(ServerExtension.retryGroup, options.retryGroup));
  } else if (options.keyShare) {
    extensions.push(extension(ServerExtension.keyShare, options.keyShare));
  }
  extensions.push(...(options.extensions ?? []));
  const hello: ServerHello = {
    legacyVersion: options.legacyVersion,
    random: options.random ?? (hrr ? HELLO_RETRY_REQUEST_RANDOM : randomBytes(32)),
    sessionId: options.sessionId ?? Buffer.alloc(0),
    cipherSuite: options.cipherSuite,
    compressionMethod: options.compressionMethod ?? 0,
    extensions
  };
  if (options.extensions === null && extensions.length === 0) hello.withoutExtensionsBlock = true;
  return hello;
}
