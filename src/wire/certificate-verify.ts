// CertificateVerify (RFC 8446 §4.4.3): the signature scheme and the signature over the transcript. The engine
// reads it to see which scheme the server signs with; it never verifies the signature.
import { HandshakeType } from '../codepoints/index.js';
import { ByteReader, ByteWriter } from './bytes.js';
import { encodeHandshake } from './handshake.js';

export interface CertificateVerify {
  /** SignatureScheme code point (src/codepoints). */
  scheme: number;
  signature: Buffer;
}

/** Decodes a CertificateVerify body (after the 4-byte handshake header). */
export function decodeCertificateVerify(body: Buffer): CertificateVerify {
  const r = new ByteReader(body, 'CertificateVerify');
  const scheme = r.u16();
  const signature = Buffer.from(r.vector16('signature').rest());
  r.expectDone();
  return { scheme, signature };
}

/** The CertificateVerify handshake message, header included. */
export function encodeCertificateVerify(message: CertificateVerify): Buffer {
  const body = new ByteWriter()
    .u16(message.scheme)
    .vector16((w) => w.bytes(message.signature))
    .finish();
  return encodeHandshake(HandshakeType.certificate_verify, body);
}
