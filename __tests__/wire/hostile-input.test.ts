// Everything a server sends goes through these decoders. Whatever the bytes, they may only succeed or throw
// DecodeError (which the engine turns into a protocol-error outcome): never a TypeError, RangeError or a hang.
import { describe, expect, test } from '@jest/globals';
import { HandshakeType, ProtocolVersion } from '../../src/codepoints/index.js';
import { decodeAlert } from '../../src/wire/alert.js';
import { DecodeError } from '../../src/wire/bytes.js';
import { decodeCertificate, decodeCertificateStatus, encodeCertificate } from '../../src/wire/certificate.js';
import { decodeClientHello } from '../../src/wire/client-hello.js';
import { ClientExtension } from '../../src/wire/extension-codecs.js';
import { decodeNewSessionTicket, maxEarlyDataSize } from '../../src/wire/new-session-ticket.js';
import { decodeHandshake } from '../../src/wire/decode-handshake.js';
import { ReplyReader } from '../../src/wire/framing.js';
import { HandshakeAssembler } from '../../src/wire/handshake.js';
import { RecordReader } from '../../src/wire/record.js';
import { decodeServerKeyExchange, encodeDheServerKeyExchange } from '../../src/wire/server-key-exchange.js';
import { decodeServerHello } from '../../src/wire/server-hello.js';
import { decodeSslv2ServerHello, encodeSslv2ServerHello, readSslv2Record } from '../../src/wire/sslv2.js';
import { Tls13HandshakeDecryptor } from '../../src/wire/tls13/handshake-decryptor.js';
import { RFC8448 } from './fixtures/rfc8448.js';
import { RFC8448_APPLICATION, RFC8448_RESUMED } from './fixtures/rfc8448-resumption.js';

/** A small seeded PRNG (mulberry32) so a failure names a reproducible case. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Variants of a valid message: every truncation, and random byte flips. */
function mutations(valid: Buffer, seed: number, flips = 300): Buffer[] {
  const random = prng(seed);
  const out: Buffer[] = [];
  for (let n = 0; n < valid.length; n++) out.push(valid.subarray(0, n));
  for (let i = 0; i < flips; i++) {
    const copy = Buffer.from(valid);
    const count = 1 + Math.floor(random() * 4);
    for (let j = 0; j < count; j++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
    out.push(copy);
  }
  for (let i = 0; i < 100; i++) {
    out.push(
      Buffer.from(Array.from({ length: Math.floor(random() * 300) }, () => Math.floor(random() * 256)))
    );
  }
  return out;
}

function onlyDecodeErrors(decode: (b: Buffer) => unknown, inputs: Buffer[]): void {
  for (const input of inputs) {
    try {
      decode(input);
    } catch (error) {
      if (!(error instanceof DecodeError)) {
        throw new Error(`input ${input.toString('hex')} threw ${String(error)}`, { cause: error });
      }
    }
  }
}

describe('decoders given hostile bytes throw only DecodeError', () => {
  test('ServerHello', () => {
    onlyDecodeErrors(decodeServerHello, mutations(RFC8448.serverHello.subarray(4), 1));
  });

  test('ClientHello', () => {
    onlyDecodeErrors(decodeClientHello, mutations(RFC8448.clientHello.subarray(4), 2));
  });

  test('Certificate, TLS 1.2 and 1.3 layouts', () => {
    const chain = [Buffer.alloc(40, 0x30), Buffer.alloc(20, 0x31)];
    onlyDecodeErrors(
      (b) => decodeCertificate(b, false),
      mutations(encodeCertificate({ certificates: chain, ocspResponse: null }, false).subarray(4), 3)
    );
    onlyDecodeErrors(
      (b) => decodeCertificate(b, true),
      mutations(RFC8448.certificateMessage.subarray(4), 4, 100)
    );
    onlyDecodeErrors(decodeCertificateStatus, mutations(Buffer.from('0100000430020100', 'hex'), 5));
  });

  test('ServerKeyExchange for every key exchange kind', () => {
    const valid = encodeDheServerKeyExchange({
      p: Buffer.alloc(64, 0xff),
      g: Buffer.from([2]),
      ys: Buffer.alloc(64, 3)
    }).subarray(4);
    for (const [kx, au] of [
      ['DHE', 'RSA'],
      ['DH', 'anon'],
      ['ECDHE', 'RSA'],
      ['DHE', 'PSK'],
      ['RSA', 'RSA']
    ] as const) {
      onlyDecodeErrors((b) => decodeServerKeyExchange(b, kx, au), mutations(valid, 6, 100));
    }
  });

  test('SSLv2 SERVER-HELLO', () => {
    const valid = encodeSslv2ServerHello({
      certificate: Buffer.alloc(30, 1),
      cipherSpecs: [0x010080, 0x0700c0]
    });
    onlyDecodeErrors(
      (b) => {
        const record = readSslv2Record(b);
        if (record) decodeSslv2ServerHello(record.body);
      },
      mutations(valid, 7)
    );
  });

  test('NewSessionTicket, its early_data, and the pre_shared_key of a resumed ClientHello', () => {
    const ticket = RFC8448_APPLICATION.newSessionTicket.subarray(4);
    onlyDecodeErrors((b) => maxEarlyDataSize(decodeNewSessionTicket(b)), mutations(ticket, 11));
    onlyDecodeErrors(decodeClientHello, mutations(RFC8448_RESUMED.clientHello.subarray(4), 12));
    const offer = decodeClientHello(RFC8448_RESUMED.clientHello.subarray(4)).extensions.at(-1)!.data;
    onlyDecodeErrors((b) => ClientExtension.preSharedKey.decode(b), mutations(offer, 13));
  });

  test('alerts', () => {
    onlyDecodeErrors(decodeAlert, mutations(Buffer.from([2, 40]), 8));
  });

  test('record and handshake reassembly', () => {
    onlyDecodeErrors(
      (b) => {
        const records = new RecordReader();
        const handshake = new HandshakeAssembler();
        records.push(b);
        for (let r = records.next(); r; r = records.next()) {
          handshake.push(r.fragment);
          while (handshake.next());
        }
      },
      mutations(
        Buffer.concat([Buffer.from([22, 3, 3, 0, RFC8448.serverHello.length]), RFC8448.serverHello]),
        9
      )
    );
  });

  test('TLS 1.3 encrypted records', () => {
    const transcript = Buffer.concat([RFC8448.clientHello, RFC8448.serverHello]);
    onlyDecodeErrors(
      (b) => {
        const records = new RecordReader();
        records.push(b);
        const decryptor = new Tls13HandshakeDecryptor(0x1301, RFC8448.sharedSecret, transcript);
        for (let r = records.next(); r; r = records.next()) decryptor.push(r);
      },
      mutations(RFC8448.serverFlightRecord, 10, 100)
    );
  });

  test('the TLS 1.3 flight messages, through decodeHandshake', () => {
    const flight = new HandshakeAssembler();
    flight.push(RFC8448.serverFlightPlaintext);
    for (let m = flight.next(); m; m = flight.next()) {
      const message = m;
      onlyDecodeErrors(
        (b) => decodeHandshake(message.type, b, ProtocolVersion.TLSv1_3),
        mutations(message.body, 11 + message.type, 100)
      );
    }
  });

  test('ServerKeyExchange messages of every layout, through decodeHandshake', () => {
    const valid = encodeDheServerKeyExchange({
      p: Buffer.alloc(64, 0xff),
      g: Buffer.from([2]),
      ys: Buffer.alloc(64, 7),
      signature: Buffer.from('0401000100', 'hex')
    }).subarray(4);
    for (const [kx, au] of [
      ['DHE', 'RSA'],
      ['ECDHE', 'RSA'],
      ['DHE', 'PSK'],
      ['RSA', 'RSA']
    ] as const) {
      onlyDecodeErrors(
        (b) => decodeHandshake(HandshakeType.server_key_exchange, b, ProtocolVersion.TLSv1_2, { kx, au }),
        mutations(valid, 20, 100)
      );
    }
  });

  test('the framing reader, TLS and SSLv2 alike', () => {
    const tls = Buffer.concat([Buffer.from([22, 3, 3, 0, RFC8448.serverHello.length]), RFC8448.serverHello]);
    const sslv2 = encodeSslv2ServerHello({ certificate: Buffer.alloc(30, 1), cipherSpecs: [0x010080] });
    for (const [valid, sslv2Expected] of [
      [tls, false],
      [sslv2, true]
    ] as const) {
      onlyDecodeErrors(
        (b) => {
          const reader = new ReplyReader(sslv2Expected);
          reader.push(b);
          while (reader.next());
        },
        mutations(valid, 30)
      );
    }
  });

  test('the unmodified inputs decode (the mutations start from valid messages)', () => {
    expect(() => decodeServerHello(RFC8448.serverHello.subarray(4))).not.toThrow();
    expect(() => decodeClientHello(RFC8448.clientHello.subarray(4))).not.toThrow();
    expect(() => decodeCertificate(RFC8448.certificateMessage.subarray(4), true)).not.toThrow();
  });
});
