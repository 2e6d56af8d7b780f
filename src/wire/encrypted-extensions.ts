// EncryptedExtensions (RFC 8446 §4.3.1): the first message of a TLS 1.3 server's encrypted flight, holding the
// extensions that need no key exchange (ALPN, server_name acknowledgement, supported_groups, early_data...).
import { HandshakeType } from '../codepoints/index.js';
import { ByteReader, ByteWriter } from './bytes.js';
import { type Extension, readExtensions, writeExtensions } from './extensions.js';
import { encodeHandshake } from './handshake.js';

export interface EncryptedExtensions {
  extensions: Extension[];
}

/** Decodes an EncryptedExtensions body (after the 4-byte handshake header). */
export function decodeEncryptedExtensions(body: Buffer): EncryptedExtensions {
  const r = new ByteReader(body, 'EncryptedExtensions');
  const extensions = readExtensions(r);
  r.expectDone();
  return { extensions };
}

/** The EncryptedExtensions handshake message, header included. */
export function encodeEncryptedExtensions(message: EncryptedExtensions): Buffer {
  const w = new ByteWriter();
  writeExtensions(w, message.extensions);
  return encodeHandshake(HandshakeType.encrypted_extensions, w.finish());
}
