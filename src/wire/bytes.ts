// Bounded readers and writers for TLS's length-prefixed wire format (RFC 8446 §3). A ByteReader never reads
// past its bound: every length prefix yields a sub-reader limited to exactly that many bytes, so a lying
// length inside a vector can only fail that vector, never read its neighbours. Everything a peer sends is
// decoded through this class, and every malformation surfaces as a DecodeError the caller can turn into a value.

/**
 * Why a decoder rejected bytes: a length or field ran past the data (missing-data), bytes were left over
 * (trailing-data), an extension type appeared twice (duplicate-extension), a length or size exceeded what we
 * accept (over-limit), or a field held a value the format forbids (malformed).
 */
export type DecodeFailure =
  'missing-data' | 'trailing-data' | 'duplicate-extension' | 'over-limit' | 'malformed';

/**
 * A message or record whose bytes do not match the format. Always the peer's fault: the probe turns it into
 * a "malformed reply" outcome, whereas any other exception from our code is a bug and propagates.
 */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly reason: DecodeFailure = 'malformed'
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

export class ByteReader {
  private offset = 0;

  constructor(
    private readonly buffer: Buffer,
    private readonly what = 'message'
  ) {}

  /** Bytes not yet read. */
  get remaining(): number {
    return this.buffer.length - this.offset;
  }

  /** True when every byte has been read. */
  done(): boolean {
    return this.remaining === 0;
  }

  /** Throws unless every byte was consumed: trailing bytes mean the peer and we disagree on the format. */
  expectDone(): void {
    if (!this.done())
      throw new DecodeError(`${this.what}: ${this.remaining} unexpected trailing byte(s)`, 'trailing-data');
  }

  private take(n: number): Buffer {
    if (n > this.remaining) {
      throw new DecodeError(`${this.what}: needs ${n} byte(s), only ${this.remaining} left`, 'missing-data');
    }
    const out = this.buffer.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  u8(): number {
    return this.take(1)[0]!;
  }

  u16(): number {
    return this.take(2).readUInt16BE(0);
  }

  u24(): number {
    const b = this.take(3);
    return (b[0]! << 16) | (b[1]! << 8) | b[2]!;
  }

  u32(): number {
    return this.take(4).readUInt32BE(0);
  }

  /** The next n bytes (a view, not a copy). */
  bytes(n: number): Buffer {
    return this.take(n);
  }

  /** Every byte left. */
  rest(): Buffer {
    return this.take(this.remaining);
  }

  /** A u8-length-prefixed vector as a reader bounded to it. */
  vector8(what = this.what): ByteReader {
    return new ByteReader(this.take(this.u8()), what);
  }

  vector16(what = this.what): ByteReader {
    return new ByteReader(this.take(this.u16()), what);
  }

  vector24(what = this.what): ByteReader {
    return new ByteReader(this.take(this.u24()), what);
  }
}

/** Appends big-endian integers and length-prefixed vectors; lengths are filled in when the vector closes. */
export class ByteWriter {
  private readonly chunks: Buffer[] = [];
  private length = 0;

  u8(value: number): this {
    return this.push(Buffer.from([value & 0xff]));
  }

  u16(value: number): this {
    const b = Buffer.alloc(2);
    b.writeUInt16BE(value & 0xffff);
    return this.push(b);
  }

  u24(value: number): this {
    return this.push(Buffer.from([(value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]));
  }

  u32(value: number): this {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(value >>> 0);
    return this.push(b);
  }

  bytes(data: Uint8Array): this {
    return this.push(Buffer.from(data));
  }

  /** Writes what `body` writes, prefixed by its length in `prefixBytes` (1, 2 or 3) bytes. */
  vector(prefixBytes: 1 | 2 | 3, body: (w: ByteWriter) => void): this {
    const inner = new ByteWriter();
    body(inner);
    const data = inner.finish();
    const max = 2 ** (8 * prefixBytes) - 1;
    if (data.length > max) throw new RangeError(`vector of ${data.length} bytes exceeds ${max}`);
    if (prefixBytes === 1) this.u8(data.length);
    else if (prefixBytes === 2) this.u16(data.length);
    else this.u24(data.length);
    return this.push(data);
  }

  vector8(body: (w: ByteWriter) => void): this {
    return this.vector(1, body);
  }

  vector16(body: (w: ByteWriter) => void): this {
    return this.vector(2, body);
  }

  vector24(body: (w: ByteWriter) => void): this {
    return this.vector(3, body);
  }

  get size(): number {
    return this.length;
  }

  finish(): Buffer {
    return Buffer.concat(this.chunks, this.length);
  }

  private push(b: Buffer): this {
    this.chunks.push(b);
    this.length += b.length;
    return this;
  }
}
