// The one framing reader for a server's reply: it classifies the first byte (a TLS record, an SSLv2 record, or
// something that is not TLS at all), splits TLS records and reassembles the handshake messages they carry
// (across records, in time linear in the bytes received), or splits SSLv2 records. The probe (src/scan/probe.ts)
// only drives the conversation over the frames it yields; no byte counting happens outside wire/.
import { DecodeError } from './bytes.js';
import { ByteQueue } from './byte-queue.js';
import { HandshakeAssembler, type HandshakeMessage } from './handshake.js';
import { isKnownContentType, RecordReader, type TlsRecord } from './record.js';
import { sslv2RecordLengths } from './sslv2.js';
import { ContentType } from '../codepoints/index.js';

/** What the first byte of a reply says it is. */
export type ReplyFormat = 'tls' | 'sslv2' | 'not-tls';

/**
 * TLS records start with a content type (20..24); SSLv2 records with a length whose high bit is set (the
 * 2-byte header form every SSLv2 server answers a CLIENT-HELLO with). Anything else is not TLS. An SSLv2 reply
 * is only expected after an SSLv2 CLIENT-HELLO.
 */
export function classifyFirstByte(first: number, sslv2Expected: boolean): ReplyFormat {
  if (isKnownContentType(first)) return 'tls';
  if (sslv2Expected && (first & 0x80) !== 0) return 'sslv2';
  return 'not-tls';
}

/** One unit of a reply: a whole handshake message, any other TLS record, or an SSLv2 record body. */
export type ReplyFrame =
  | { kind: 'handshake'; message: HandshakeMessage }
  | { kind: 'record'; record: TlsRecord }
  | { kind: 'sslv2'; body: Buffer };

/** How many of the first bytes are kept to describe a peer that is not TLS. */
const FIRST_BYTES_KEPT = 64;

/** A reply in more records than the reader takes: each record costs work, so a flood of tiny ones is stopped. */
export class TooManyRecords extends DecodeError {
  constructor(readonly maxRecords: number) {
    super(`more than ${maxRecords} records in one reply (the flight-records budget)`);
  }
}

export class ReplyReader {
  private format: ReplyFormat | null = null;
  private recordCount = 0;
  private first: Buffer = Buffer.alloc(0);
  private readonly records = new RecordReader();
  private readonly handshake = new HandshakeAssembler();
  private readonly sslv2 = new ByteQueue();

  /** `maxRecords`: TLS records read before next() throws TooManyRecords (default: no limit). */
  constructor(
    private readonly sslv2Expected: boolean,
    private readonly maxRecords: number = Infinity
  ) {}

  /** The reply's format, decided by its first byte; null until a byte has arrived. */
  get replyFormat(): ReplyFormat | null {
    return this.format;
  }

  /** The first bytes of the reply (up to 64), for naming a peer that is not TLS. */
  get firstBytes(): Buffer {
    return this.first;
  }

  /** True when bytes of an unfinished record or handshake message are waiting. */
  get hasPartial(): boolean {
    return this.records.buffered > 0 || this.handshake.hasPartial || this.sslv2.length > 0;
  }

  /**
   * Adds received bytes. A TLS record header that cannot be TLS throws a DecodeError at once; bytes of a reply
   * that is not TLS are kept only as its first bytes.
   */
  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    if (this.first.length < FIRST_BYTES_KEPT) {
      this.first = Buffer.concat([this.first, chunk.subarray(0, FIRST_BYTES_KEPT - this.first.length)]);
    }
    this.format ??= classifyFirstByte(chunk[0]!, this.sslv2Expected);
    if (this.format === 'tls') this.records.push(chunk);
    else if (this.format === 'sslv2') this.sslv2.push(chunk);
  }

  /** The next whole frame, or null until more bytes arrive. Malformed framing throws a DecodeError. */
  next(): ReplyFrame | null {
    if (this.format === 'sslv2') return this.nextSslv2();
    if (this.format !== 'tls') return null;
    for (;;) {
      const message = this.handshake.next();
      if (message) return { kind: 'handshake', message };
      const record = this.records.next();
      if (!record) return null;
      if (++this.recordCount > this.maxRecords) throw new TooManyRecords(this.maxRecords);
      if (record.type !== ContentType.handshake) return { kind: 'record', record };
      this.handshake.push(record.fragment);
    }
  }

  /** One SSLv2 record, in either header form (sslv2.ts). */
  private nextSslv2(): ReplyFrame | null {
    const queue = this.sslv2;
    if (queue.length < 2) return null;
    const { headerLength, bodyLength } = sslv2RecordLengths(queue.byteAt(0), queue.byteAt(1));
    if (queue.length < headerLength + bodyLength) return null;
    queue.take(headerLength);
    return { kind: 'sslv2', body: queue.take(bodyLength) };
  }
}
