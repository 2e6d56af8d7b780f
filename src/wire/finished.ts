// Finished (RFC 8446 §4.4.4, RFC 5246 §7.4.9): verify_data only, whose length is the suite's hash length in
// TLS 1.3 (12 bytes in TLS 1.2), so the body is taken whole; an empty one cannot be any suite's.
import { HandshakeType } from '../codepoints/index.js';
import { DecodeError } from './bytes.js';
import { encodeHandshake } from './handshake.js';

export interface Finished {
  verifyData: Buffer;
}

/** Decodes a Finished body (after the 4-byte handshake header). */
export function decodeFinished(body: Buffer): Finished {
  if (body.length === 0) throw new DecodeError('Finished: empty verify_data', 'missing-data');
  return { verifyData: Buffer.from(body) };
}

/** The Finished handshake message, header included. */
export function encodeFinished(message: Finished): Buffer {
  return encodeHandshake(HandshakeType.finished, message.verifyData);
}
