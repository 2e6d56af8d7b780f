// A reply before it becomes bytes: handshake messages in the clear, handshake messages to encrypt under real
// TLS 1.3 keys, and raw bytes (SSLv2, banners, alerts, captured tails). Mutations work on this shape, so a
// length field or a message order can be bent before framing, and framing itself is one more mutation.
import type { Tls13Suite } from '../../src/wire/tls13/aead.js';

export interface EncryptedPart {
  /** Handshake messages (headers included), sealed in order after the clear part. */
  messages: Buffer[];
  suite: Tls13Suite;
  key: Buffer;
  iv: Buffer;
}

export interface Reply {
  /** Handshake messages (headers included) sent as handshake records in the clear. */
  clear: Buffer[];
  encrypted: EncryptedPart | null;
  /** Bytes sent as they are, after everything else. */
  raw: Buffer;
  /** Version field of the clear records. */
  recordVersion: number;
  /** What the case is made of, for the per-connection log. */
  labels: string[];
}

export function emptyReply(label: string): Reply {
  return { clear: [], encrypted: null, raw: Buffer.alloc(0), recordVersion: 0x0303, labels: [label] };
}

/** A handshake message: type, 24-bit length, body. */
export function handshakeMessage(type: number, body: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header[0] = type;
  header.writeUIntBE(body.length & 0xffffff, 1, 3); // a longer body is a length mutation of its own
  return Buffer.concat([header, body]);
}

export function u8Vector(body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([body.length & 0xff]), body]);
}

export function u16Vector(body: Buffer): Buffer {
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length & 0xffff);
  return Buffer.concat([length, body]);
}

export function u24Vector(body: Buffer): Buffer {
  const length = Buffer.alloc(3);
  length.writeUIntBE(body.length & 0xffffff, 0, 3);
  return Buffer.concat([length, body]);
}

export function u16(value: number): Buffer {
  const out = Buffer.alloc(2);
  out.writeUInt16BE(value & 0xffff);
  return out;
}

export function record(type: number, version: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header[0] = type;
  header.writeUInt16BE(version, 1);
  header.writeUInt16BE(payload.length & 0xffff, 3);
  return Buffer.concat([header, payload]);
}
