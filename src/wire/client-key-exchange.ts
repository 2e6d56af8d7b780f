// ClientKeyExchange for RSA key transport (RFC 5246 §7.4.7.1; SSL 3.0, RFC 6101 §5.6.7): the premaster secret
// encrypted with the server's RSA key. TLS prefixes the ciphertext with a 2-byte length; SSL 3.0 sends it bare.
import { HandshakeType } from '../codepoints/index.js';
import { ByteReader, ByteWriter } from './bytes.js';
import { encodeHandshake } from './handshake.js';

/** The ClientKeyExchange handshake message, header included; `sslv3` selects the bare SSL 3.0 layout. */
export function encodeRsaClientKeyExchange(encryptedPremaster: Buffer, sslv3: boolean): Buffer {
  const body = sslv3
    ? encryptedPremaster
    : new ByteWriter().vector16((w) => w.bytes(encryptedPremaster)).finish();
  return encodeHandshake(HandshakeType.client_key_exchange, body);
}

/** The encrypted premaster secret of a ClientKeyExchange body (after the 4-byte handshake header). */
export function decodeRsaClientKeyExchange(body: Buffer, sslv3: boolean): Buffer {
  if (sslv3) return Buffer.from(body);
  const r = new ByteReader(body, 'ClientKeyExchange');
  const encrypted = r.vector16('EncryptedPreMasterSecret').rest();
  r.expectDone();
  return Buffer.from(encrypted);
}

/** A ChangeCipherSpec record's payload (RFC 5246 §7.1): the single byte 1. */
export const CHANGE_CIPHER_SPEC_PAYLOAD = Buffer.from([1]);
