// Bytes received from the network, held as the chunks they arrived in until a whole unit (record, handshake
// message) can be taken. Each byte is copied at most once, when the unit it belongs to is taken, so reading a
// message delivered in many small pieces costs time linear in its size (concatenating the whole buffer on every
// chunk would be quadratic: a hostile peer sending a 256 KiB message in 1-byte records could exploit that).

export class ByteQueue {
  private chunks: Buffer[] = [];
  /** Index of the first chunk still holding bytes (an index rather than shift(), which is linear). */
  private first = 0;
  /** Bytes of that chunk already taken. */
  private head = 0;
  private total = 0;

  /** Bytes waiting. */
  get length(): number {
    return this.total;
  }

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.total += chunk.length;
  }

  /** The byte at `index` from the front; the caller checks index < length. */
  byteAt(index: number): number {
    let offset = this.head + index;
    for (let i = this.first; i < this.chunks.length; i++) {
      const chunk = this.chunks[i]!;
      if (offset < chunk.length) return chunk[offset]!;
      offset -= chunk.length;
    }
    throw new RangeError(`ByteQueue: index ${index} beyond ${this.total} byte(s)`);
  }

  /** Big-endian unsigned integer of `width` bytes at `index` (headers: a few bytes, so byte by byte is fine). */
  uintAt(index: number, width: number): number {
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 256 + this.byteAt(index + i);
    return value;
  }

  /** Removes and returns the first n bytes: a view when they lie in one chunk, one copy otherwise. */
  take(n: number): Buffer {
    if (n > this.total) throw new RangeError(`ByteQueue: ${n} byte(s) asked, ${this.total} waiting`);
    this.total -= n;
    const front = this.chunks[this.first];
    if (front && front.length - this.head >= n) {
      const out = front.subarray(this.head, this.head + n);
      this.advance(n);
      return out;
    }
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const chunk = this.chunks[this.first]!;
      const count = Math.min(n - filled, chunk.length - this.head);
      chunk.copy(out, filled, this.head, this.head + count);
      filled += count;
      this.advance(count);
    }
    return out;
  }

  private advance(n: number): void {
    this.head += n;
    if (this.head < this.chunks[this.first]!.length) return;
    this.first++;
    this.head = 0;
    // Drop the consumed chunks now and then, so the array does not grow with everything ever received.
    if (this.first >= 64 && this.first * 2 >= this.chunks.length) {
      this.chunks = this.chunks.slice(this.first);
      this.first = 0;
    }
  }
}
