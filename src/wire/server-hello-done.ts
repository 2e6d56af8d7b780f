// ServerHelloDone (RFC 5246 §7.4.5): the empty message that ends a TLS <= 1.2 server's first flight.
import { HandshakeType } from '../codepoints/index.js';
import { DecodeError } from './bytes.js';
import { encodeHandshake } from './handshake.js';

export type ServerHelloDone = Record<string, never>;

/** Decodes a ServerHelloDone body, which must be empty. */
export function decodeServerHelloDone(body: Buffer): ServerHelloDone {
  if (body.length > 0) {
    throw new DecodeError(`ServerHelloDone: ${body.length} unexpected trailing byte(s)`, 'trailing-data');
  }
  return {};
}

/** The ServerHelloDone handshake message, header included. */
export function encodeServerHelloDone(): Buffer {
  return encodeHandshake(HandshakeType.server_hello_done, Buffer.alloc(0));
}
