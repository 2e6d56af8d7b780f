// Certificate (RFC 5246 §7.4.2; RFC 8446 §4.4.2) and CertificateStatus (RFC 6066 §8). Certificates are kept as
// the exact DER the server sent, in the order it sent them: chain analysis must see misordering and extras.
import { ExtensionType, HandshakeType } from '../codepoints/index.js';
import { ByteReader, ByteWriter, DecodeError } from './bytes.js';

import { encodeHandshake } from './handshake.js';

export interface DecodedCertificate {
  certificates: Buffer[];
  /** OCSP response from the leaf entry's status_request extension (TLS 1.3 only). */
  ocspResponse: Buffer | null;
}

/** Decodes a Certificate body; `tls13` selects the TLS 1.3 layout (context + per-entry extensions). */
export function decodeCertificate(body: Buffer, tls13: boolean): DecodedCertificate {
  const r = new ByteReader(body, 'Certificate');
  if (tls13) r.vector8('certificate_request_context');
  const list = r.vector24('certificate_list');
  r.expectDone();
  const certificates: Buffer[] = [];
  let ocspResponse: Buffer | null = null;
  while (!list.done()) {
    const der = list.vector24('cert_data').rest();
    if (der.length === 0) throw new DecodeError('Certificate: empty certificate entry');
    certificates.push(Buffer.from(der));
    if (tls13) {
      const extensions = list.vector16('CertificateEntry extensions');
      while (!extensions.done()) {
        const type = extensions.u16();
        const data = extensions.vector16().rest();
        if (type === ExtensionType.status_request && certificates.length === 1)
          ocspResponse = decodeCertificateStatus(data);
      }
    }
  }
  return { certificates, ocspResponse };
}

/** Decodes CertificateStatus (status_type ocsp(1), then a u24 OCSPResponse); returns the DER OCSPResponse. */
export function decodeCertificateStatus(body: Buffer): Buffer {
  const r = new ByteReader(body, 'CertificateStatus');
  const statusType = r.u8();
  if (statusType !== 1) throw new DecodeError(`CertificateStatus: status_type ${statusType} is not ocsp(1)`);
  const response = r.vector24('OCSPResponse').rest();
  r.expectDone();
  return Buffer.from(response);
}

function certificateStatusBody(ocsp: Buffer): Buffer {
  return new ByteWriter()
    .u8(1)
    .vector24((w) => w.bytes(ocsp))
    .finish();
}

/** The Certificate handshake message, header included. */
export function encodeCertificate(certificates: Buffer[], tls13: boolean, ocspResponse?: Buffer): Buffer {
  const w = new ByteWriter();
  if (tls13) w.vector8(() => undefined);
  w.vector24((list) => {
    certificates.forEach((der, index) => {
      list.vector24((c) => c.bytes(der));
      if (tls13) {
        list.vector16((ext) => {
          if (index === 0 && ocspResponse) {
            ext
              .u16(ExtensionType.status_request)
              .vector16((d) => d.bytes(certificateStatusBody(ocspResponse)));
          }
        });
      }
    });
  });
  return encodeHandshake(HandshakeType.certificate, w.finish());
}

/** The CertificateStatus handshake message (TLS 1.2 stapling), header included. */
export function encodeCertificateStatus(ocspResponse: Buffer): Buffer {
  return encodeHandshake(HandshakeType.certificate_status, certificateStatusBody(ocspResponse));
}
