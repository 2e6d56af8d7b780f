// SSL 2.0 records and the SERVER-HELLO / ERROR messages (Netscape SSL 2.0 spec, 1995; RFC 6101 appendix E).
// Only what a scan needs: does the server speak SSLv2, which cipher kinds does it list, which certificate.
import { ProtocolVersion, Sslv2MessageType } from '../codepoints/index.js';
import { ByteReader, ByteWriter, DecodeError } from './bytes.js';

export const SSLV2_ERROR_NAMES: Record<number, string> = {
  0x0001: 'NO-CIPHER-ERROR',
  0x0002: 'NO-CERTIFICATE-ERROR',
  0x0004: 'BAD-CERTIFICATE-ERROR',
  0x0006: 'UNSUPPORTED-CERTIFICATE-TYPE-ERROR'
};

export interface Sslv2ServerHello {
  sessionIdHit: boolean;
  /** 1 = X.509 certificate. */
  certificateType: number;
  /** 0x0002 for SSL 2.0. */
  version: number;
  certificate: Buffer;
  /** 24-bit cipher kinds the server supports (the whole list, not one choice: SSLv2 negotiates later). */
  cipherSpecs: number[];
  connectionId: Buffer;
}

/**
 * The header and body lengths of the SSLv2 record whose first two bytes are `first` and `second`: the 2-byte
 * header form (high bit set, 15-bit length) or the 3-byte form (14-bit length, then a padding length).
 */
export function sslv2RecordLengths(
  first: number,
  second: number
): { headerLength: 2 | 3; bodyLength: number } {
  const twoByte = (first & 0x80) !== 0;
  const bodyLength = ((first & (twoByte ? 0x7f : 0x3f)) << 8) | second;
  return { headerLength: twoByte ? 2 : 3, bodyLength };
}

/** Splits one SSLv2 record off the front of `buffer`; null until the whole record has arrived. */
export function readSslv2Record(buffer: Buffer): { body: Buffer; length: number } | null {
  if (buffer.length < 2) return null;
  const { headerLength, bodyLength } = sslv2RecordLengths(buffer[0]!, buffer[1]!);
  if (buffer.length < headerLength + bodyLength) return null;
  return {
    body: buffer.subarray(headerLength, headerLength + bodyLength),
    length: headerLength + bodyLength
  };
}

/** Decodes a SERVER-HELLO record body (starting at the message type byte 4). */
export function decodeSslv2ServerHello(body: Buffer): Sslv2ServerHello {
  const r = new ByteReader(body, 'SSLv2 SERVER-HELLO');
  if (r.u8() !== Sslv2MessageType.server_hello)
    throw new DecodeError('SSLv2 SERVER-HELLO: wrong message type');
  const sessionIdHit = r.u8() !== 0;
  const certificateType = r.u8();
  const version = r.u16();
  const certificateLength = r.u16();
  const cipherSpecsLength = r.u16();
  const connectionIdLength = r.u16();
  if (cipherSpecsLength % 3 !== 0)
    throw new DecodeError('SSLv2 SERVER-HELLO: cipher specs length not a multiple of 3');
  const certificate = Buffer.from(r.bytes(certificateLength));
  const specs = new ByteReader(r.bytes(cipherSpecsLength));
  const cipherSpecs: number[] = [];
  while (!specs.done()) cipherSpecs.push(specs.u24());
  const connectionId = Buffer.from(r.bytes(connectionIdLength));
  return { sessionIdHit, certificateType, version, certificate, cipherSpecs, connectionId };
}

/** A whole SERVER-HELLO record (2-byte header included): the decoded type, or its certificate and cipher kinds. */
export function encodeSslv2ServerHello(
  hello: Pick<Sslv2ServerHello, 'certificate' | 'cipherSpecs'> & Partial<Sslv2ServerHello>
): Buffer {
  const specs = new ByteWriter();
  for (const kind of hello.cipherSpecs) specs.u24(kind);
  const specBytes = specs.finish();
  const connectionId = hello.connectionId ?? Buffer.alloc(16, 0x5a);
  const body = new ByteWriter()
    .u8(Sslv2MessageType.server_hello)
    .u8(hello.sessionIdHit ? 1 : 0)
    .u8(hello.certificateType ?? 1)
    .u16(hello.version ?? ProtocolVersion.SSLv2)
    .u16(hello.certificate.length)
    .u16(specBytes.length)
    .u16(connectionId.length)
    .bytes(hello.certificate)
    .bytes(specBytes)
    .bytes(connectionId)
    .finish();
  return sslv2Record(body);
}

/** An SSLv2 ERROR record (e.g. 0x0001 NO-CIPHER-ERROR). */
export function encodeSslv2Error(code: number): Buffer {
  return sslv2Record(new ByteWriter().u8(Sslv2MessageType.error).u16(code).finish());
}

export function decodeSslv2Error(body: Buffer): { code: number; name: string } {
  const r = new ByteReader(body, 'SSLv2 ERROR');
  if (r.u8() !== Sslv2MessageType.error) throw new DecodeError('SSLv2 ERROR: wrong message type');
  const code = r.u16();
  return { code, name: SSLV2_ERROR_NAMES[code] ?? `SSLv2 error ${code}` };
}

function sslv2Record(body: Buffer): Buffer {
  if (body.length > 0x7fff) throw new RangeError('SSLv2 record too long');
  return Buffer.concat([Buffer.from([0x80 | (body.length >> 8), body.length & 0xff]), body]);
}
