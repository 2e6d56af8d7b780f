// Heartbeat messages (RFC 6520 §4): type, payload_length, payload, at least 16 bytes of padding. Heartbleed
// (CVE-2014-0160) was OpenSSL answering a request whose payload_length exceeds the bytes actually sent with that
// many bytes of its own memory; RFC 6520 §4 says such a request is silently discarded.
import { HeartbeatMessageType } from '../codepoints/index.js';
import { ByteReader, ByteWriter } from './bytes.js';

export interface HeartbeatMessage {
  type: number;
  /** payload_length as written in the message (may exceed `payload` in a crafted request). */
  payloadLength: number;
  payload: Buffer;
  /** Everything after the payload (padding, or what an over-read returned beyond it). */
  rest: Buffer;
}

/**
 * A heartbeat_request claiming `claimedLength` payload bytes while carrying `payload` (and no padding when it
 * claims more: the over-read probe real scanners send).
 */
export function encodeHeartbeatRequest(payload: Buffer, claimedLength = payload.length): Buffer {
  const w = new ByteWriter().u8(HeartbeatMessageType.heartbeat_request).u16(claimedLength).bytes(payload);
  if (claimedLength === payload.length) w.bytes(Buffer.alloc(16));
  return w.finish();
}

/** Decodes a heartbeat message as received: the payload is as long as it claims, or as much as there is. */
export function decodeHeartbeat(fragment: Buffer): HeartbeatMessage {
  const r = new ByteReader(fragment, 'heartbeat');
  const type = r.u8();
  const payloadLength = r.u16();
  const body = r.rest();
  return {
    type,
    payloadLength,
    payload: Buffer.from(body.subarray(0, payloadLength)),
    rest: Buffer.from(body.subarray(payloadLength))
  };
}
