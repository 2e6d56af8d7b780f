// Certificate (RFC 5246 §7.4.2; RFC 8446 §4.4.2) and CertificateStatus (RFC 6066 §8). Certificates are kept as
// the exact DER the server sent, in the order it sent them: chain analysis must see misordering and extras.
import { HandshakeType } from '../codepoints/index.js';
import { ByteReader, ByteWriter, DecodeError } from './bytes.js';
import {
  CertificateEntryExtension,
  certificateStatusBody,
  extension,
  findExtension
} from './extension-codecs.js';
import { readExtensions, writeExtensions } from './extensions.js';
import { encodeHandshake } from './handshake.js';

/** The Certificate message, both ways: the chain as sent and, in TLS 1.3, the leaf entry's OCSP staple. */
export interface Certificate {
  certificates: Buffer[];
  /** OCSP response from the leaf entry's status_request extension (TLS 1.3 only). */
  ocspResponse: Buffer | null;
}

/**
 * Most entries one Certificate message may hold. Real stacks cap chain depth far lower (OpenSSL verifies at most
 * 100 deep, browsers keep paths under 10), while 10,000 tiny entries fit under the 256 KiB message cap: each
 * entry costs a Buffer, so the list is where a hostile server could multiply our memory.
 */
export const MAX_CERTIFICATE_ENTRIES = 64;

/** A Certificate message with more entries than the decoder keeps: a reply no real stack sends. */
export class TooManyCertificateEntries extends DecodeError {
  constructor(readonly maxEntries: number) {
    super(`Certificate: more than ${maxEntries} certificate entries (the certificate-entries budget)`);
  }
}

/**
 * Decodes a Certificate body; `tls13` selects the TLS 1.3 layout (context + per-entry extensions). Beyond
 * `maxEntries` entries decoding stops with a DecodeError that names that budget.
 */
export function decodeCertificate(
  body: Buffer,
  tls13: boolean,
  maxEntries: number = MAX_CERTIFICATE_ENTRIES
): Certificate {
  const r = new ByteReader(body, 'Certificate');
  if (tls13) r.vector8('certificate_request_context');
  const list = r.vector24('certificate_list');
  r.expectDone();
  const certificates: Buffer[] = [];
  let ocspResponse: Buffer | null = null;
  while (!list.done()) {
    if (certificates.length >= maxEntries) {
      throw new TooManyCertificateEntries(maxEntries);
    }
    const der = list.vector24('cert_data').rest();
    if (der.length === 0) throw new DecodeError('Certificate: empty certificate entry');
    certificates.push(Buffer.from(der));
    if (tls13) {
      const extensions = readExtensions(list, 'CertificateEntry extensions', 'allowed');
      if (certificates.length === 1)
        ocspResponse = findExtension(extensions, CertificateEntryExtension.statusRequest);
    }
  }
  return { certificates, ocspResponse };
}

/** Decodes CertificateStatus (status_type ocsp(1), then a u24 OCSPResponse); returns the DER OCSPResponse. */
export function decodeCertificateStatus(body: Buffer): Buffer {
  return certificateStatusBody.decode(body);
}

/** The Certificate handshake message, header included; `tls13` selects the layout (the staple is TLS 1.3's). */
export function encodeCertificate(message: Certificate, tls13: boolean): Buffer {
  const ocspResponse = message.ocspResponse;
  const w = new ByteWriter();
  if (tls13) w.vector8(() => undefined);
  w.vector24((list) => {
    message.certificates.forEach((der, index) => {
      list.vector24((c) => c.bytes(der));
      if (tls13) {
        const staple = index === 0 && ocspResponse;
        writeExtensions(list, staple ? [extension(CertificateEntryExtension.statusRequest, staple)] : []);
      }
    });
  });
  return encodeHandshake(HandshakeType.certificate, w.finish());
}

/** The CertificateStatus handshake message (TLS 1.2 stapling), header included. */
export function encodeCertificateStatus(ocspResponse: Buffer): Buffer {
  return encodeHandshake(HandshakeType.certificate_status, certificateStatusBody.encode(ocspResponse));
}
