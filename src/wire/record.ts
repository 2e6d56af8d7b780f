// TLS record layer framing (RFC 8446 §5.1, RFC 5246 §6.2). The engine reads plaintext records only up to the
// point where a handshake would turn encrypted, except TLS 1.3, whose encrypted records are handed to
// tls13/handshake-decryptor.ts. Reassembly from TCP chunks lives here; handshake reassembly in handshake.ts.
import { ContentType } from '../codepoints/index.js';
import { ByteQueue } from './byte-queue.js';
import { DecodeError } from './bytes.js';

export interface TlsRecord {
  type: number;
  /** Version from the record header (legacy_record_version). */
  version: number;
  fragment: Buffer;
}

/** Largest plaintext fragment (2^14). */
export const MAX_PLAINTEXT = 1 << 14;
/** Largest record the protocol allows on the wire: TLSCiphertext in TLS 1.2 may add 2048 bytes (RFC 5246 §6.2.3). */
export const MAX_RECORD_PAYLOAD = MAX_PLAINTEXT + 2048;
const HEADER_LENGTH = 5;

/** Frames `payload` as records of `type`, splitting it into fragments of at most 2^14 bytes. */
export function encodeRecords(type: number, version: number, payload: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  do {
    const fragment = payload.subarray(offset, offset + MAX_PLAINTEXT);
    const header = Buffer.alloc(HEADER_LENGTH);
    header[0] = type;
    header.writeUInt16BE(version, 1);
    header.writeUInt16BE(fragment.length, 3);
    parts.push(header, fragment);
    offset += MAX_PLAINTEXT;
  } while (offset < payload.length);
  return Buffer.concat(parts);
}

/** Whether a content type byte is one RFC 8446/5246/6520 define. */
export function isKnownContentType(type: number): boolean {
  return type >= ContentType.change_cipher_spec && type <= ContentType.heartbeat;
}

/**
 * Whether bytes start like an SSLv2 record (RFC 6101 appendix E, SSL 2.0 spec): a 2-byte header with the high
 * bit set, then a message type (0 ERROR, 1 CLIENT-HELLO, 4 SERVER-HELLO). TLS records never start with a
 * byte >= 0x80, so the two formats cannot be confused.
 */
export function isSslv2Record(bytes: Buffer): boolean {
  if (bytes.length < 3) return false;
  if ((bytes[0]! & 0x80) === 0) return false;
  const length = ((bytes[0]! & 0x7f) << 8) | bytes[1]!;
  const messageType = bytes[2]!;
  return length >= 1 && (messageType === 0 || messageType === 1 || messageType === 4);
}

/** Collects TCP chunks and yields whole records; a header that cannot be TLS is a DecodeError at once. */
export class RecordReader {
  private readonly pending = new ByteQueue();

  push(chunk: Buffer): void {
    this.pending.push(chunk);
    // Validate the header as soon as it is complete, so garbage fails before we wait for a body.
    if (this.pending.length >= HEADER_LENGTH) this.checkHeader();
  }

  /** Bytes received but not yet returned as a record. */
  get buffered(): number {
    return this.pending.length;
  }

  next(): TlsRecord | null {
    if (this.pending.length < HEADER_LENGTH) return null;
    const length = this.checkHeader();
    if (this.pending.length < HEADER_LENGTH + length) return null;
    const header = this.pending.take(HEADER_LENGTH);
    return { type: header[0]!, version: header.readUInt16BE(1), fragment: this.pending.take(length) };
  }

  private checkHeader(): number {
    const type = this.pending.byteAt(0);
    const version = this.pending.uintAt(1, 2);
    const length = this.pending.uintAt(3, 2);
    if (!isKnownContentType(type)) throw new DecodeError(`record: unknown content type ${type}`);
    if (version >> 8 !== 3)
      throw new DecodeError(`record: version 0x${version.toString(16)} is not SSL 3/TLS`);
    if (length > MAX_RECORD_PAYLOAD) {
      throw new DecodeError(
        `record: ${length} bytes is larger than the protocol allows (${MAX_RECORD_PAYLOAD})`,
        'over-limit'
      );
    }
    return length;
  }
}
