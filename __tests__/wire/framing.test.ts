// The framing reader: what a reply is from its first byte, TLS records split and handshake messages
// reassembled however the bytes are cut (one byte per record, one byte per read), SSLv2 records in both header
// forms, and the cost of reassembly staying linear in the bytes received.
import { describe, expect, test } from '@jest/globals';
import { ContentType, HandshakeType } from '../../src/codepoints/index.js';
import { ByteQueue } from '../../src/wire/byte-queue.js';
import { DecodeError } from '../../src/wire/bytes.js';
import { encodeCertificate } from '../../src/wire/certificate.js';
import { classifyFirstByte, ReplyReader, TooManyRecords, type ReplyFrame } from '../../src/wire/framing.js';
import { encodeHandshake, MAX_HANDSHAKE_MESSAGE } from '../../src/wire/handshake.js';
import { encodeRecords } from '../../src/wire/record.js';
import { encodeServerHello, serverHello } from '../../src/wire/server-hello.js';
import { encodeServerHelloDone } from '../../src/wire/server-hello-done.js';
import { encodeSslv2Error, encodeSslv2ServerHello } from '../../src/wire/sslv2.js';

const hex = (b: Buffer): string => b.toString('hex');

/** A TLS 1.2 first flight: ServerHello, Certificate, ServerHelloDone. */
const flight = [
  encodeServerHello(serverHello({ legacyVersion: 0x0303, cipherSuite: 0xc02f, random: Buffer.alloc(32, 7) })),
  encodeCertificate(
    {
      certificates: [Buffer.from('3082000130', 'hex'), Buffer.from('30820001aa', 'hex')],
      ocspResponse: null
    },
    false
  ),
  encodeServerHelloDone()
];

/** Every byte of `payload` in its own TLS record. */
function oneByteRecords(type: number, payload: Buffer): Buffer {
  return Buffer.concat([...payload].map((byte) => encodeRecords(type, 0x0303, Buffer.from([byte]))));
}

function drain(reader: ReplyReader): ReplyFrame[] {
  const frames: ReplyFrame[] = [];
  for (let frame = reader.next(); frame; frame = reader.next()) frames.push(frame);
  return frames;
}

/** Feeds `bytes` in reads of `size` bytes, collecting every frame as soon as it is whole. */
function readAll(bytes: Buffer, size: number, sslv2Expected = false): ReplyFrame[] {
  const reader = new ReplyReader(sslv2Expected);
  const frames: ReplyFrame[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) {
    reader.push(bytes.subarray(offset, offset + size));
    frames.push(...drain(reader));
  }
  expect(reader.hasPartial).toBe(false);
  return frames;
}

const rawMessages = (frames: ReplyFrame[]): string[] =>
  frames.map((frame) => (frame.kind === 'handshake' ? hex(frame.message.raw) : frame.kind));

describe('ByteQueue', () => {
  test('takes bytes across the chunks they arrived in, in order', () => {
    const queue = new ByteQueue();
    for (const chunk of ['01', '0203', '', '040506']) queue.push(Buffer.from(chunk, 'hex'));
    expect(queue.length).toBe(6);
    expect(queue.uintAt(1, 3)).toBe(0x020304);
    expect(hex(queue.take(2))).toBe('0102');
    expect(hex(queue.take(3))).toBe('030405');
    expect(queue.length).toBe(1);
    expect(() => queue.take(2)).toThrow(RangeError);
  });

  test('a unit lying in one chunk is a view of it, not a copy', () => {
    const chunk = Buffer.from('aabbccdd', 'hex');
    const queue = new ByteQueue();
    queue.push(chunk);
    const taken = queue.take(2);
    taken[0] = 0x11;
    expect(chunk[0]).toBe(0x11);
  });
});

describe('classifying the first byte', () => {
  test.each([
    [ContentType.handshake, false, 'tls'],
    [ContentType.alert, true, 'tls'],
    [0x80, true, 'sslv2'],
    [0x80, false, 'not-tls'],
    ['S'.charCodeAt(0), true, 'not-tls'],
    [0x00, false, 'not-tls']
  ] as const)('first byte %i (SSLv2 expected: %s) is %s', (first, sslv2Expected, format) => {
    expect(classifyFirstByte(first, sslv2Expected)).toBe(format);
  });
});

describe('TLS replies', () => {
  const bytes = encodeRecords(ContentType.handshake, 0x0303, Buffer.concat(flight));

  test('handshake messages come out whole whatever the size of the reads', () => {
    for (const size of [1, 2, 5, 7, 64, bytes.length]) {
      expect(rawMessages(readAll(bytes, size))).toEqual(flight.map(hex));
    }
  });

  test('one byte per record, read one byte at a time, still gives the same messages', () => {
    const tiny = oneByteRecords(ContentType.handshake, Buffer.concat(flight));
    expect(rawMessages(readAll(tiny, 1))).toEqual(flight.map(hex));
  });

  test('records other than handshake records come out as records, in order with the messages', () => {
    const alert = encodeRecords(ContentType.alert, 0x0303, Buffer.from([2, 40]));
    const frames = readAll(Buffer.concat([encodeRecords(22, 0x0303, flight[0]!), alert]), 3);
    expect(frames.map((frame) => frame.kind)).toEqual(['handshake', 'record']);
    expect(frames[1]).toMatchObject({ kind: 'record', record: { type: ContentType.alert } });
  });

  test('a message cut short leaves a partial frame, which the probe reports as cut short', () => {
    const separate = Buffer.concat(flight.map((message) => encodeRecords(22, 0x0303, message)));
    const reader = new ReplyReader(false);
    reader.push(separate.subarray(0, separate.length - 1));
    expect(rawMessages(drain(reader))).toEqual(flight.slice(0, 2).map(hex));
    expect(reader.hasPartial).toBe(true);
  });

  test('a record header that cannot be TLS is a DecodeError as soon as it arrives', () => {
    const reader = new ReplyReader(false);
    expect(() => reader.push(Buffer.from('1604000005', 'hex'))).toThrow(/not SSL 3\/TLS/);
    const oversized = new ReplyReader(false);
    expect(() => oversized.push(Buffer.from('160303ffff', 'hex'))).toThrow(
      expect.objectContaining({ reason: 'over-limit' }) as unknown as Error
    );
  });

  test('reassembly is linear: the largest message accepted, sent one byte per record, is read at once', () => {
    // 256 KiB in 1-byte records is 1.5 MB of records. Copying the buffered bytes on every fragment (quadratic)
    // would move ~34 GB and take minutes; a linear reader needs about a second, even on a loaded machine.
    const body = Buffer.alloc(MAX_HANDSHAKE_MESSAGE, 0x5a);
    const message = encodeHandshake(HandshakeType.certificate, body);
    const records = oneByteRecords(ContentType.handshake, message);
    const started = performance.now();
    const frames = readAll(records, 4096);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(frames).toHaveLength(1);
    expect(frames[0]!.kind === 'handshake' && frames[0]!.message.body.equals(body)).toBe(true);
  });
});

describe('SSLv2 replies', () => {
  test('a SERVER-HELLO in the 2-byte header form comes out whole, read byte by byte', () => {
    const record = encodeSslv2ServerHello({ certificate: Buffer.alloc(300, 1), cipherSpecs: [0x010080] });
    const frames = readAll(record, 1, true);
    expect(frames).toEqual([{ kind: 'sslv2', body: record.subarray(2) }]);
  });

  test('the 3-byte header form (with padding length) is split too', () => {
    const body = encodeSslv2Error(0x0001).subarray(2);
    const threeByte = Buffer.concat([Buffer.from([0x00, body.length, 0x00]), body]);
    const reader = new ReplyReader(true);
    reader.push(encodeSslv2Error(0x0002));
    reader.push(threeByte);
    expect(drain(reader).map((frame) => (frame.kind === 'sslv2' ? hex(frame.body) : ''))).toEqual([
      '000002',
      '000001'
    ]);
  });

  test('SSLv2 bytes after a TLS hello are not TLS', () => {
    const reader = new ReplyReader(false);
    reader.push(encodeSslv2Error(0x0001));
    expect(reader.replyFormat).toBe('not-tls');
    expect(reader.next()).toBeNull();
  });
});

describe('replies that are not TLS', () => {
  test.each([
    ['an SSH banner', 'SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n'],
    ['an HTTP answer', 'HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n\r\n'],
    ['an SMTP greeting', '220 mail.example ESMTP Postfix\r\n']
  ])('%s yields no frames and keeps its first 64 bytes to be named', (_, banner) => {
    const reader = new ReplyReader(true);
    reader.push(Buffer.from(banner.repeat(10), 'latin1'));
    expect(reader.replyFormat).toBe('not-tls');
    expect(reader.next()).toBeNull();
    expect(reader.hasPartial).toBe(false);
    expect(reader.firstBytes.toString('latin1')).toBe(banner.repeat(10).slice(0, 64));
  });

  test('a reply with no bytes yet has no format', () => {
    const reader = new ReplyReader(false);
    reader.push(Buffer.alloc(0));
    expect(reader.replyFormat).toBeNull();
    expect(reader.next()).toBeNull();
  });
});

test('every DecodeError of the framing is a DecodeError (the server’s fault)', () => {
  const reader = new ReplyReader(false);
  try {
    reader.push(Buffer.from('17ff', 'hex'));
    reader.push(Buffer.from('000001', 'hex'));
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    return;
  }
  throw new Error('expected a DecodeError');
});

describe('ReplyReader record budget', () => {
  /** A handshake message of `length` bytes, each byte in a record of its own. */
  function oneByteRecords(length: number): Buffer {
    const message = encodeHandshake(HandshakeType.certificate, Buffer.alloc(length - 4, 0x41));
    return Buffer.concat(
      [...message].map((byte) => encodeRecords(ContentType.handshake, 0x0303, Buffer.of(byte)))
    );
  }

  test('reads a reply within its record budget', () => {
    const reader = new ReplyReader(false, 100);
    reader.push(oneByteRecords(100));
    expect(reader.next()?.kind).toBe('handshake');
  });

  test('stops past its record budget with a DecodeError naming the budget', () => {
    const reader = new ReplyReader(false, 100);
    reader.push(oneByteRecords(101));
    expect(() => reader.next()).toThrow(TooManyRecords);
    expect(() => new ReplyReader(false, 100).next()).not.toThrow();
    expect(new TooManyRecords(100)).toBeInstanceOf(DecodeError);
    expect(new TooManyRecords(100).message).toContain('flight-records budget');
  });
});
