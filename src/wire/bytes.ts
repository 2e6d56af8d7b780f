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

/**
 * Appends big-endian integers and length-prefixed vectors into one growing buffer; a vector's length prefix is
 * reserved when it opens and filled in when it closes, so nested vectors cost no extra buffers or copies (the
 * engine builds a ClientHello for every probe).
 */
export class ByteWriter {
  private buffer: Buffer;
  private length = 0;

  constructor(initialSize = 256) {
    this.buffer = Buffer.allocUnsafe(Math.max(16, initialSize));
  }

  u8(value: number): this {
    this.reserve(1);
    this.buffer[this.length++] = value & 0xff;
    return this;
  }

  u16(value: number): this {
    this.reserve(2);
    this.buffer[this.length++] = (value >>> 8) & 0xff;
    this.buffer[this.length++] = value & 0xff;
    return this;
  }

  u24(value: number): this {
    this.reserve(3);
    this.writeUint(value, 3, this.length);
    this.length += 3;
    return this;
  }

  u32(value: number): this {
    this.reserve(4);
    this.buffer.writeUInt32BE(value >>> 0, this.length);
    this.length += 4;
    return this;
  }

  bytes(data: Uint8Array): this {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this;
  }

  /** Writes what `body` writes, prefixed by its length in `prefixBytes` (1, 2 or 3) bytes. */
  vector(prefixBytes: 1 | 2 | 3, body: (w: ByteWriter) => void): this {
    this.reserve(prefixBytes);
    const at = this.length;
    this.length += prefixBytes;
    body(this);
    const size = this.length - at - prefixBytes;
    const max = 2 ** (8 * prefixBytes) - 1;
    if (size > max) throw new RangeError(`vector of ${size} bytes exceeds ${max}`);
    this.writeUint(size, prefixBytes, at);
    return this;
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

  /** The bytes written, as a buffer of their own. */
  finish(): Buffer {
    return Buffer.from(this.buffer.subarray(0, this.length));
  }

  private writeUint(value: number, bytes: number, at: number): void {
    for (let i = bytes - 1; i >= 0; i--) {
      this.buffer[at + i] = value & 0xff;
      value >>>= 8;
    }
  }

  private reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + n));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
