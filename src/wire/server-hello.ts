// ServerHello (RFC 5246 §7.4.1.3, RFC 8446 §4.1.3) and HelloRetryRequest, which is a ServerHello whose random
// is SHA-256("HelloRetryRequest") (RFC 8446 §4.1.3). In TLS 1.3 the negotiated version is in supported_versions
// and the server's key share (or, in an HRR, the group it wants) in key_share.
import { ExtensionType, HandshakeType } from '../codepoints/index.js';
import { randomBytes } from 'node:crypto';
import { ByteReader, ByteWriter, DecodeError } from './bytes.js';
import type { KeyShareEntry } from './client-hello-spec.js';
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
  legacyVersion: number;
  random: Buffer;
  sessionId: Buffer;
  cipherSuite: number;
  compressionMethod: number;
  extensions: Extension[];
  /** supported_versions selection (TLS 1.3), or null. */
  selectedVersion: number | null;
  /** The server's key share (TLS 1.3 ServerHello), or null. */
  keyShare: KeyShareEntry | null;
  isHelloRetryRequest: boolean;
  /** The group a HelloRetryRequest asks for, or null. */
  retryGroup: number | null;
  /** A TLS 1.3-capable server signalled that it negotiated an older version (downgrade sentinel). */
  downgradeSentinel: 'TLSv1.2' | 'TLSv1.1' | null;
}

/** Decodes a ServerHello body (after the 4-byte handshake header). */
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
  const extensions = r.done() ? [] : readExtensions(r);
  r.expectDone();

  const isHelloRetryRequest = random.equals(HELLO_RETRY_REQUEST_RANDOM);
  let selectedVersion: number | null = null;
  let keyShare: KeyShareEntry | null = null;
  let retryGroup: number | null = null;
  for (const ext of extensions) {
    if (ext.type === ExtensionType.supported_versions) {
      const v = new ByteReader(ext.data, 'supported_versions');
      selectedVersion = v.u16();
      v.expectDone();
    } else if (ext.type === ExtensionType.key_share) {
      const k = new ByteReader(ext.data, 'key_share');
      if (isHelloRetryRequest) {
        retryGroup = k.u16();
      } else {
        keyShare = { group: k.u16(), keyExchange: Buffer.from(k.vector16().rest()) };
      }
      k.expectDone();
    }
  }
  const tail = random.subarray(24);
  const downgradeSentinel = tail.equals(DOWNGRADE_TLS12)
    ? 'TLSv1.2'
    : tail.equals(DOWNGRADE_TLS11)
      ? 'TLSv1.1'
      : null;
  return {
    legacyVersion,
    random,
    sessionId,
    cipherSuite,
    compressionMethod,
    extensions,
    selectedVersion,
    keyShare,
    isHelloRetryRequest,
    retryGroup,
    downgradeSentinel
  };
}

export interface ServerHelloFields {
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

/** The ServerHello (or HelloRetryRequest) handshake message, header included. */
export function encodeServerHello(fields: ServerHelloFields): Buffer {
  const random =
    fields.random ?? (fields.retryGroup !== undefined ? HELLO_RETRY_REQUEST_RANDOM : randomBytes(32));
  const extensions: Extension[] = [];
  if (fields.selectedVersion !== undefined) {
    extensions.push({
      type: ExtensionType.supported_versions,
      data: new ByteWriter().u16(fields.selectedVersion).finish()
    });
  }
  if (fields.retryGroup !== undefined) {
    extensions.push({
      type: ExtensionType.key_share,
      data: new ByteWriter().u16(fields.retryGroup).finish()
    });
  } else if (fields.keyShare) {
    const share = fields.keyShare;
    extensions.push({
      type: ExtensionType.key_share,
      data: new ByteWriter()
        .u16(share.group)
        .vector16((k) => k.bytes(share.keyExchange))
        .finish()
    });
  }
  extensions.push(...(fields.extensions ?? []));
  const w = new ByteWriter()
    .u16(fields.legacyVersion)
    .bytes(random)
    .vector8((s) => s.bytes(fields.sessionId ?? Buffer.alloc(0)))
    .u16(fields.cipherSuite)
    .u8(fields.compressionMethod ?? 0);
  if (!(fields.extensions === null && extensions.length === 0)) writeExtensions(w, extensions);
  return encodeHandshake(HandshakeType.server_hello, w.finish());
}
