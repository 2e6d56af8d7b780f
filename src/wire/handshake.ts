// Handshake message framing (RFC 8446 §4, RFC 5246 §7.4): a 1-byte type and a 24-bit length. Messages are
// reassembled independently of records: one record may carry several messages, one message may span records.
import { ByteQueue } from './byte-queue.js';
import { ByteWriter, DecodeError } from './bytes.js';

const HEADER_LENGTH = 4;

export interface HandshakeMessage {
  type: number;
  body: Buffer;
  /** Header and body exactly as received, for transcript hashes. */
  raw: Buffer;
}

/**
 * Largest handshake message accepted. Certificate chains are the largest real messages; 256 KiB is four times
 * anything a public server sends, and bounds the memory a hostile peer can make us hold.
 */
export const MAX_HANDSHAKE_MESSAGE = 256 * 1024;

/** A handshake message: type, 24-bit length, body. */
export function encodeHandshake(type: number, body: Buffer): Buffer {
  return new ByteWriter()
    .u8(type)
    .vector24((w) => w.bytes(body))
    .finish();
}

/** Reassembles handshake messages from record fragments, in time linear in the bytes received. */
export class HandshakeAssembler {
  private readonly pending = new ByteQueue();

  /** Adds the fragment of one handshake record (or one decrypted TLS 1.3 record). */
  push(fragment: Buffer): void {
    this.pending.push(fragment);
    if (this.pending.length >= HEADER_LENGTH) this.declaredLength();
  }

  /** True when bytes of an incomplete message are waiting (a record boundary must not fall here for some messages). */
  get hasPartial(): boolean {
    return this.pending.length > 0;
  }

  next(): HandshakeMessage | null {
    if (this.pending.length < HEADER_LENGTH) return null;
    const length = this.declaredLength();
    if (this.pending.length < HEADER_LENGTH + length) return null;
    const raw = this.pending.take(HEADER_LENGTH + length);
    return { type: raw[0]!, body: raw.subarray(HEADER_LENGTH), raw };
  }

  private declaredLength(): number {
    const length = this.pending.uintAt(1, 3);
    if (length > MAX_HANDSHAKE_MESSAGE) {
      throw new DecodeError(
        `handshake: message of ${length} bytes exceeds ${MAX_HANDSHAKE_MESSAGE}`,
        'over-limit'
      );
    }
    return length;
  }
}
