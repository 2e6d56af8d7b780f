// The few BER pieces LDAP's StartTLS needs (X.690 §8.1): one tag-length-value at a time, bounded by the buffer
// it is read from, and the encoder of a definite-length TLV. Single-byte tags only (LDAP uses no others).
import { DecodeError } from '../bytes.js';

export interface Tlv {
  tag: number;
  value: Buffer;
  /** Offset just past this TLV in the buffer it was read from. */
  end: number;
}

/** The TLV at `offset`, or null when the buffer ends before it does (wait for more bytes). */
export function readTlv(buffer: Buffer, offset = 0): Tlv | null {
  if (buffer.length < offset + 2) return null;
  const tag = buffer[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DecodeError('a multi-byte BER tag');
  const first = buffer[offset + 1]!;
  let length = first;
  let header = 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0) throw new DecodeError('an indefinite BER length');
    if (count > 3) throw new DecodeError(`a BER length of ${count} bytes`, 'over-limit');
    if (buffer.length < offset + 2 + count) return null;
    length = buffer.readUIntBE(offset + 2, count);
    header += count;
  }
  const end = offset + header + length;
  if (buffer.length < end) return null;
  return { tag, value: buffer.subarray(offset + header, end), end };
}

/** The TLV at `offset` of a value that must hold it whole (a field inside a complete message). */
export function requireTlv(buffer: Buffer, offset: number, tag: number, what: string): Tlv {
  const tlv = readTlv(buffer, offset);
  if (!tlv) throw new DecodeError(`${what} runs past its message`, 'missing-data');
  if (tlv.tag !== tag)
    throw new DecodeError(`${what} has tag 0x${tlv.tag.toString(16)}, not 0x${tag.toString(16)}`);
  return tlv;
}

export function encodeTlv(tag: number, value: Buffer): Buffer {
  const length = value.length;
  const header =
    length < 0x80
      ? Buffer.from([tag, length])
      : length < 0x100
        ? Buffer.from([tag, 0x81, length])
        : Buffer.from([tag, 0x82, length >> 8, length & 0xff]);
  return Buffer.concat([header, value]);
}

/** A non-negative INTEGER's content octets (minimal, with a leading zero when the high bit is set). */
export function integerContent(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  do {
    bytes.unshift(rest & 0xff);
    rest = Math.floor(rest / 256);
  } while (rest > 0);
  if (bytes[0]! & 0x80) bytes.unshift(0);
  return Buffer.from(bytes);
}

export function integerValue(content: Buffer): number {
  if (content.length === 0 || content.length > 4)
    throw new DecodeError(`an INTEGER of ${content.length} bytes`);
  return content.readIntBE(0, content.length);
}
