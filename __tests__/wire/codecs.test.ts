import { AlertDescription, ContentType, ExtensionType, HandshakeType } from '../../src/codepoints/index.js';
import { describe, expect, test, afterAll } from '@jest/globals';
import { connect, type AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:tls';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alertName, decodeAlert } from '../../src/wire/alert.js';
import { ByteReader, ByteWriter, DecodeError } from '../../src/wire/bytes.js';
import {
  decodeCertificate,
  MAX_CERTIFICATE_ENTRIES,
  TooManyCertificateEntries,
  decodeCertificateStatus,
  encodeCertificate,
  encodeCertificateStatus
} from '../../src/wire/certificate.js';
import type { ClientHelloSpec } from '../../src/wire/client-hello-spec.js';
import {
  decodeClientHello,
  decodeSslv2ClientHello,
  encodeClientHello,
  encodeClientHelloRecords,
  encodeSslv2ClientHello,
  clientHello,
  offered
} from '../../src/wire/client-hello.js';

import { encodeHandshake, HandshakeAssembler } from '../../src/wire/handshake.js';
import { describeNonTls } from '../../src/wire/non-tls.js';
import { encodeRecords, isSslv2Record, RecordReader, type TlsRecord } from '../../src/wire/record.js';
import {
  decodeServerKeyExchange,
  encodeDheServerKeyExchange,
  encodeEcdheServerKeyExchange
} from '../../src/wire/server-key-exchange.js';
import {
  decodeServerHello,
  downgradeSentinel,
  encodeServerHello,
  HELLO_RETRY_REQUEST_RANDOM,
  isHelloRetryRequest,
  retryGroup,
  selectedVersion,
  serverHello,
  serverKeyShare
} from '../../src/wire/server-hello.js';
import {
  decodeSslv2Error,
  decodeSslv2ServerHello,
  encodeSslv2Error,
  encodeSslv2ServerHello,
  readSslv2Record
} from '../../src/wire/sslv2.js';
import { RFC8448, RFC8448_HRR } from './fixtures/rfc8448.js';
import { ClientExtension } from '../../src/wire/extension-codecs.js';

const hex = (b: Buffer): string => b.toString('hex');

describe('ByteReader', () => {
  test('reads big-endian integers of 1, 2, 3 and 4 bytes', () => {
    const r = new ByteReader(Buffer.from('01020304050607080910', 'hex'));
    expect([r.u8(), r.u16(), r.u24(), r.u32()]).toEqual([0x01, 0x0203, 0x040506, 0x07080910]);
    expect(r.done()).toBe(true);
  });

  test('a vector becomes a reader that cannot read past its own length', () => {
    const r = new ByteReader(Buffer.from('0002aabbccdd', 'hex'));
    const v = r.vector16();
    expect(v.remaining).toBe(2);
    v.u16();
    expect(() => v.u8()).toThrow(DecodeError);
    expect(r.u16()).toBe(0xccdd);
  });

  test('a length prefix larger than the data is a DecodeError, not a short read', () => {
    expect(() => new ByteReader(Buffer.from('0005aabb', 'hex')).vector16()).toThrow(DecodeError);
    expect(() => new ByteReader(Buffer.from('ff', 'hex')).u16()).toThrow(/needs 2 byte/);
  });

  test('expectDone rejects trailing bytes', () => {
    const r = new ByteReader(Buffer.from('0001', 'hex'), 'thing');
    r.u8();
    expect(() => r.expectDone()).toThrow(/thing: 1 unexpected trailing/);
  });
});

describe('ByteWriter', () => {
  test('writes nested vectors with their lengths', () => {
    const out = new ByteWriter()
      .u8(1)
      .vector16((w) => w.u16(0x1301).vector8((x) => x.bytes(Buffer.from('ab', 'hex'))))
      .u24(0x010203)
      .finish();
    expect(hex(out)).toBe('01' + '0004' + '1301' + '01ab' + '010203');
  });

  test('refuses a vector longer than its prefix can say', () => {
    expect(() => new ByteWriter().vector8((w) => w.bytes(Buffer.alloc(256)))).toThrow(RangeError);
  });

  test('grows past its first buffer without changing what was written, and hands out a copy', () => {
    const writer = new ByteWriter(16);
    writer.vector24((w) => {
      for (let i = 0; i < 1000; i++) w.u32(i);
    });
    const out = writer.finish();
    expect(out.length).toBe(3 + 4000);
    expect(out.readUIntBE(0, 3)).toBe(4000);
    expect(out.readUInt32BE(3 + 4 * 999)).toBe(999);
    writer.u8(0xff);
    expect(out.length).toBe(4003);
  });
});

describe('records', () => {
  test('payloads over 2^14 bytes are split into several records', () => {
    const payload = Buffer.alloc(40000, 7);
    const reader = new RecordReader();
    reader.push(encodeRecords(ContentType.handshake, 0x0301, payload));
    const records: TlsRecord[] = [];
    for (let r = reader.next(); r; r = reader.next()) records.push(r);
    expect(records.map((r) => r.fragment.length)).toEqual([16384, 16384, 7232]);
    expect(records.every((r) => r.version === 0x0301 && r.type === 22)).toBe(true);
  });

  test('records arriving one byte at a time come out whole', () => {
    const bytes = Buffer.concat([
      encodeRecords(ContentType.handshake, 0x0303, Buffer.from('hello')),
      encodeRecords(ContentType.alert, 0x0303, Buffer.from([2, 40]))
    ]);
    const reader = new RecordReader();
    const out: TlsRecord[] = [];
    for (const byte of bytes) {
      reader.push(Buffer.from([byte]));
      for (let r = reader.next(); r; r = reader.next()) out.push(r);
    }
    expect(out.map((r) => [r.type, r.fragment.toString('hex')])).toEqual([
      [22, Buffer.from('hello').toString('hex')],
      [21, '0228']
    ]);
  });

  test('a record longer than 2^14 + 2048 bytes is a DecodeError as soon as its header arrives', () => {
    const reader = new RecordReader();
    expect(() => reader.push(Buffer.from([22, 3, 3, 0x48, 0x01]))).toThrow(/larger than the protocol allows/);
    expect(() => new RecordReader().push(Buffer.from([22, 3, 3, 0x48, 0x00]))).not.toThrow();
  });

  test('a header with an unknown content type or a non-TLS version is a DecodeError', () => {
    expect(() => new RecordReader().push(Buffer.from('GET / HTTP/1.1\r\n'))).toThrow(DecodeError);
    expect(() => new RecordReader().push(Buffer.from([22, 0x7f, 0x1c, 0, 1]))).toThrow(/not SSL 3\/TLS/);
  });

  test('SSLv2 records are told apart from TLS records by their first bytes', () => {
    expect(isSslv2Record(encodeSslv2Error(1))).toBe(true);
    expect(isSslv2Record(encodeSslv2ClientHello({ version: 2, cipherSpecs: [0x010080] }))).toBe(true);
    expect(isSslv2Record(encodeRecords(22, 0x0301, Buffer.from('x')))).toBe(false);
  });
});

describe('handshake reassembly', () => {
  test('several handshake messages in one record come out one by one', () => {
    const a = encodeHandshake(HandshakeType.server_hello, Buffer.from('aa', 'hex'));
    const b = encodeHandshake(HandshakeType.certificate, Buffer.from('bbbb', 'hex'));
    const c = encodeHandshake(HandshakeType.server_hello_done, Buffer.alloc(0));
    const assembler = new HandshakeAssembler();
    assembler.push(Buffer.concat([a, b, c]));
    expect(
      [assembler.next(), assembler.next(), assembler.next(), assembler.next()].map((m) => m && m.type)
    ).toEqual([2, 11, 14, null]);
  });

  test('one message spread across several records is reassembled with its raw bytes', () => {
    const body = Buffer.alloc(50000, 3);
    const message = encodeHandshake(HandshakeType.certificate, body);
    const reader = new RecordReader();
    reader.push(encodeRecords(ContentType.handshake, 0x0303, message));
    const assembler = new HandshakeAssembler();
    let out = null;
    for (let r = reader.next(); r; r = reader.next()) {
      expect(out).toBeNull();
      assembler.push(r.fragment);
      out = assembler.next();
    }
    expect(out!.body.equals(body)).toBe(true);
    expect(out!.raw.equals(message)).toBe(true);
  });

  test('a message declaring more than 256 KiB is refused before it is buffered', () => {
    expect(() => new HandshakeAssembler().push(Buffer.from([11, 0x10, 0, 0]))).toThrow(DecodeError);
  });
});

/** The RFC 8448 §3 ClientHello, expressed as a spec. */
const RFC8448_SPEC: ClientHelloSpec = {
  clientVersion: 0x0303,
  random: Buffer.from('cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece7', 'hex'),
  sessionId: Buffer.alloc(0),
  cipherSuites: [0x1301, 0x1303, 0x1302],
  serverName: 'server',
  renegotiationInfo: true,
  supportedGroups: [0x001d, 0x0017, 0x0018, 0x0019, 0x0100, 0x0101, 0x0102, 0x0103, 0x0104],
  sessionTicket: true,
  keyShares: [{ group: 0x001d, keyExchange: RFC8448.clientPublicKey }],
  supportedVersions: [0x0304],
  signatureAlgorithms: [
    0x0403, 0x0503, 0x0603, 0x0203, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601, 0x0201, 0x0402, 0x0502,
    0x0602, 0x0202
  ],
  pskKeyExchangeModes: [1],
  extraExtensions: [{ type: 28, data: Buffer.from('4001', 'hex') }] // record_size_limit
};

describe('ClientHello', () => {
  test('encodes the RFC 8448 §3 ClientHello byte for byte', () => {
    expect(hex(encodeClientHello(clientHello(RFC8448_SPEC)))).toBe(hex(RFC8448.clientHello));
  });

  test('encodes the RFC 8448 §5 first ClientHello (before the HelloRetryRequest) byte for byte', () => {
    const spec: ClientHelloSpec = {
      ...RFC8448_SPEC,
      random: RFC8448_HRR.clientRandom,
      supportedGroups: [0x001d, 0x0017, 0x0018],
      sessionTicket: false,
      keyShares: [{ group: 0x001d, keyExchange: RFC8448_HRR.clientPublicKey1 }]
    };
    expect(hex(encodeClientHello(clientHello(spec)))).toBe(hex(RFC8448_HRR.clientHello1));
  });

  test('encodes the RFC 8448 §5 second ClientHello byte for byte: P-256 share, echoed cookie, padding to 512', () => {
    const hrr = decodeServerHello(RFC8448_HRR.helloRetryRequest.subarray(4));
    const cookie = hrr.extensions.find((e) => e.type === ExtensionType.cookie)!;
    const spec: ClientHelloSpec = {
      clientVersion: 0x0303,
      random: RFC8448_HRR.clientRandom,
      cipherSuites: [0x1301, 0x1303, 0x1302],
      serverName: 'server',
      renegotiationInfo: true,
      supportedGroups: [0x001d, 0x0017, 0x0018],
      keyShares: [{ group: 0x0017, keyExchange: RFC8448_HRR.clientPublicKey2 }],
      supportedVersions: [0x0304],
      signatureAlgorithms: RFC8448_SPEC.signatureAlgorithms,
      // The trace puts the cookie before psk_key_exchange_modes and record_size_limit: pass all three in order.
      extraExtensions: [
        cookie,
        { type: ExtensionType.psk_key_exchange_modes, data: Buffer.from('0101', 'hex') },
        { type: 28, data: Buffer.from('4001', 'hex') }
      ],
      padTo: 512
    };
    expect(hex(encodeClientHello(clientHello(spec)))).toBe(hex(RFC8448_HRR.clientHello2));
  });

  test('decodes the RFC 8448 ClientHello into the fields it was built from', () => {
    const decoded = decodeClientHello(RFC8448.clientHello.subarray(4));
    expect(decoded.legacyVersion).toBe(0x0303);
    expect(decoded.cipherSuites).toEqual([0x1301, 0x1303, 0x1302]);
    expect(offered(decoded, ClientExtension.serverName)).toBe('server');
    expect(offered(decoded, ClientExtension.supportedVersions)).toEqual([0x0304]);
    expect(offered(decoded, ClientExtension.supportedGroups)).toEqual(RFC8448_SPEC.supportedGroups);
    expect(offered(decoded, ClientExtension.keyShares)).toEqual(RFC8448_SPEC.keyShares);
    expect(offered(decoded, ClientExtension.signatureAlgorithms)).toEqual(RFC8448_SPEC.signatureAlgorithms);
  });

  test('round-trips every extension of the spec', () => {
    const spec: ClientHelloSpec = {
      clientVersion: 0x0303,
      cipherSuites: [0xc02f, 0x009c],
      serverName: 'example.test',
      supportedGroups: [0x001d],
      ecPointFormats: [0],
      alpn: ['h2', 'http/1.1'],
      statusRequest: true,
      sessionTicket: Buffer.from('ticket'),
      extendedMasterSecret: true,
      encryptThenMac: true,
      renegotiationInfo: true,
      signatureAlgorithms: [0x0804],
      signatureAlgorithmsCert: [0x0401],
      pskKeyExchangeModes: [1]
    };
    const decoded = decodeClientHello(encodeClientHello(clientHello(spec)).subarray(4));
    expect(offered(decoded, ClientExtension.alpn)).toEqual(['h2', 'http/1.1']);
    expect(offered(decoded, ClientExtension.ecPointFormats)).toEqual([0]);
    expect(offered(decoded, ClientExtension.statusRequest) !== null).toBe(true);
    const types = decoded.extensions.map((e) => e.type);
    for (const t of [0, 5, 10, 11, 13, 16, 22, 23, 35, 45, 50, 0xff01]) expect(types).toContain(t);
    expect(decoded.extensions.find((e) => e.type === ExtensionType.session_ticket)!.data.toString()).toBe(
      'ticket'
    );
    expect(hex(decoded.extensions.find((e) => e.type === ExtensionType.renegotiation_info)!.data)).toBe('00');
    expect(hex(decoded.extensions.find((e) => e.type === ExtensionType.status_request)!.data)).toBe(
      '0100000000'
    );
  });

  test('an SSLv3 hello without extensions has no extensions block at all', () => {
    const message = encodeClientHello(
      clientHello({
        clientVersion: 0x0300,
        cipherSuites: [0x000a],
        random: Buffer.alloc(32)
      })
    );
    // type, length(3), version(2), random(32), sid(1), suites(2+2), compression(1+1)
    expect(message.length).toBe(4 + 2 + 32 + 1 + 4 + 2);
    expect(decodeClientHello(message.subarray(4)).extensions).toEqual([]);
  });

  test('padding (RFC 7685) lifts a hello out of the 256..511 byte range and goes last', () => {
    const spec: ClientHelloSpec = {
      clientVersion: 0x0303,
      cipherSuites: Array.from({ length: 120 }, (_, i) => i + 1)
    };
    expect(encodeClientHello(clientHello(spec)).length).toBeGreaterThanOrEqual(256);
    const padded = encodeClientHello(clientHello({ ...spec, padTo: 512 }));
    expect(padded.length).toBe(512);
    const decoded = decodeClientHello(padded.subarray(4));
    expect(decoded.extensions.at(-1)!.type).toBe(ExtensionType.padding);
    expect(decoded.extensions.at(-1)!.data.every((b) => b === 0)).toBe(true);
    const large = encodeClientHello(
      clientHello({
        ...spec,
        cipherSuites: Array.from({ length: 300 }, (_, i) => i + 1),
        padTo: 512
      })
    );
    expect(decodeClientHello(large.subarray(4)).extensions).toEqual([]);
  });

  test('records use version 0x0301 unless told otherwise', () => {
    const records = encodeClientHelloRecords({ clientVersion: 0x0303, cipherSuites: [0x002f] });
    expect(hex(records.subarray(0, 3))).toBe('160301');
    expect(
      hex(
        encodeClientHelloRecords({
          clientVersion: 0x0300,
          cipherSuites: [0x002f],
          recordVersion: 0x0300
        }).subarray(0, 3)
      )
    ).toBe('160300');
  });

  test('SSLv2 CLIENT-HELLO carries 3-byte cipher kinds and the challenge', () => {
    const challenge = Buffer.alloc(16, 0xab);
    const bytes = encodeSslv2ClientHello({ version: 0x0002, cipherSpecs: [0x010080, 0x0700c0], challenge });
    expect(hex(bytes)).toBe(
      '801f' + '01' + '0002' + '0006' + '0000' + '0010' + '010080' + '0700c0' + hex(challenge)
    );
    const record = readSslv2Record(bytes)!;
    expect(decodeSslv2ClientHello(record.body)).toEqual({
      version: 2,
      cipherSpecs: [0x010080, 0x0700c0],
      sessionId: Buffer.alloc(0),
      challenge
    });
  });
});

describe('ServerHello', () => {
  test('decodes the RFC 8448 §3 ServerHello: TLS 1.3, TLS_AES_128_GCM_SHA256, x25519 share', () => {
    const hello = decodeServerHello(RFC8448.serverHello.subarray(4));
    expect(hello.legacyVersion).toBe(0x0303);
    expect(hello.cipherSuite).toBe(0x1301);
    expect(selectedVersion(hello)).toBe(0x0304);
    expect(serverKeyShare(hello)!.group).toBe(0x001d);
    expect(hex(serverKeyShare(hello)!.keyExchange)).toBe(hex(RFC8448.serverPublicKey));
    expect(isHelloRetryRequest(hello)).toBe(false);
  });

  test('re-encodes the RFC 8448 ServerHello byte for byte', () => {
    const hello = decodeServerHello(RFC8448.serverHello.subarray(4));
    const encoded = encodeServerHello(
      serverHello({
        legacyVersion: 0x0303,
        random: hello.random,
        cipherSuite: 0x1301,
        keyShare: serverKeyShare(hello)!,
        extensions: [{ type: ExtensionType.supported_versions, data: Buffer.from('0304', 'hex') }]
      })
    );
    expect(hex(encoded)).toBe(hex(RFC8448.serverHello));
  });

  test('a HelloRetryRequest is recognised by its special random and names the group it wants', () => {
    const hrr = encodeServerHello(
      serverHello({
        legacyVersion: 0x0303,
        cipherSuite: 0x1302,
        selectedVersion: 0x0304,
        retryGroup: 0x0018
      })
    );
    const hello = decodeServerHello(hrr.subarray(4));
    expect(hello.random.equals(HELLO_RETRY_REQUEST_RANDOM)).toBe(true);
    expect(isHelloRetryRequest(hello)).toBe(true);
    expect(retryGroup(hello)).toBe(0x0018);
    expect(serverKeyShare(hello)).toBeNull();
  });

  test('decodes the RFC 8448 §5 HelloRetryRequest: secp256r1 wanted, 114-byte cookie', () => {
    const hello = decodeServerHello(RFC8448_HRR.helloRetryRequest.subarray(4));
    expect(isHelloRetryRequest(hello)).toBe(true);
    expect([hello.cipherSuite, retryGroup(hello), selectedVersion(hello)]).toEqual([0x1301, 0x0017, 0x0304]);
    const cookie = hello.extensions.find((e) => e.type === ExtensionType.cookie)!;
    expect(cookie.data.readUInt16BE(0)).toBe(114);
    const reencoded = encodeServerHello(
      serverHello({
        legacyVersion: 0x0303,
        cipherSuite: 0x1301,
        retryGroup: 0x0017,
        extensions: hello.extensions.filter((e) => e.type !== ExtensionType.key_share)
      })
    );
    expect(hex(reencoded)).toBe(hex(RFC8448_HRR.helloRetryRequest));
  });

  test('an SSLv3 ServerHello without extensions decodes', () => {
    const hello = decodeServerHello(
      encodeServerHello(
        serverHello({
          legacyVersion: 0x0300,
          cipherSuite: 0x0005,
          sessionId: Buffer.alloc(32, 1),
          extensions: null
        })
      ).subarray(4)
    );
    expect([hello.legacyVersion, hello.cipherSuite, hello.extensions.length, selectedVersion(hello)]).toEqual(
      [0x0300, 5, 0, null]
    );
  });

  test('the TLS 1.3 downgrade sentinel is reported', () => {
    const random = Buffer.concat([Buffer.alloc(24, 9), Buffer.from('444f574e47524401', 'hex')]);
    expect(
      downgradeSentinel(
        decodeServerHello(
          encodeServerHello(serverHello({ legacyVersion: 0x0303, cipherSuite: 0xc02f, random })).subarray(4)
        )
      )
    ).toBe('TLSv1.2');
  });

  test('a truncated ServerHello or duplicated extension is a DecodeError', () => {
    expect(() => decodeServerHello(RFC8448.serverHello.subarray(4, 40))).toThrow(DecodeError);
    const dup = encodeServerHello(
      serverHello({
        legacyVersion: 0x0303,
        cipherSuite: 0x1301,
        extensions: [
          { type: 43, data: Buffer.from('0304', 'hex') },
          { type: 43, data: Buffer.from('0304', 'hex') }
        ]
      })
    );
    expect(() => decodeServerHello(dup.subarray(4))).toThrow(/appears twice/);
  });
});

describe('alerts', () => {
  test.each([
    [0, 'close_notify'],
    [10, 'unexpected_message'],
    [20, 'bad_record_mac'],
    [22, 'record_overflow'],
    [40, 'handshake_failure'],
    [42, 'bad_certificate'],
    [47, 'illegal_parameter'],
    [48, 'unknown_ca'],
    [50, 'decode_error'],
    [70, 'protocol_version'],
    [71, 'insufficient_security'],
    [80, 'internal_error'],
    [86, 'inappropriate_fallback'], // RFC 7507
    [90, 'user_canceled'],
    [109, 'missing_extension'],
    [110, 'unsupported_extension'],
    [112, 'unrecognized_name'], // RFC 6066
    [113, 'bad_certificate_status_response'],
    [115, 'unknown_psk_identity'],
    [116, 'certificate_required'],
    [120, 'no_application_protocol'] // RFC 7301
  ])('alert %i is %s', (code, name) => {
    expect(alertName(code)).toBe(name);
  });

  test('every registered description has a distinct name; unknown codes are named by number', () => {
    const names = Object.keys(AlertDescription);
    expect(new Set(Object.values(AlertDescription)).size).toBe(names.length);
    expect(alertName(199)).toBe('unknown_alert_199');
  });

  test('decodes level and description', () => {
    expect(decodeAlert(Buffer.from([2, 40]))).toEqual({
      level: 'fatal',
      description: 40,
      name: 'handshake_failure'
    });
    expect(decodeAlert(Buffer.from([1, 112]))).toEqual({
      level: 'warning',
      description: 112,
      name: 'unrecognized_name'
    });
    expect(decodeAlert(Buffer.from([9, 40])).level).toBe(9);
    expect(() => decodeAlert(Buffer.from([2]))).toThrow(DecodeError);
  });
});

describe('SSLv2 SERVER-HELLO', () => {
  test('round-trips certificate, cipher kinds and connection id', () => {
    const certificate = Buffer.from('3082000130', 'hex');
    const bytes = encodeSslv2ServerHello({
      certificate,
      cipherSpecs: [0x010080, 0x020080],
      connectionId: Buffer.alloc(16, 1)
    });
    expect(isSslv2Record(bytes)).toBe(true);
    const record = readSslv2Record(bytes)!;
    expect(record.length).toBe(bytes.length);
    const hello = decodeSslv2ServerHello(record.body);
    expect(hello).toEqual({
      sessionIdHit: false,
      certificateType: 1,
      version: 2,
      certificate,
      cipherSpecs: [0x010080, 0x020080],
      connectionId: Buffer.alloc(16, 1)
    });
  });

  test('a partial record is not returned until complete', () => {
    const bytes = encodeSslv2ServerHello({ certificate: Buffer.alloc(10), cipherSpecs: [0x010080] });
    expect(readSslv2Record(bytes.subarray(0, bytes.length - 1))).toBeNull();
  });

  test('ERROR messages carry their name', () => {
    expect(decodeSslv2Error(readSslv2Record(encodeSslv2Error(1))!.body)).toEqual({
      code: 1,
      name: 'NO-CIPHER-ERROR'
    });
  });
});

describe('Certificate and CertificateStatus', () => {
  const chain = [Buffer.from('30030101ff', 'hex'), Buffer.from('300302010a', 'hex')];

  test('TLS 1.2 layout round-trips the chain in order', () => {
    const message = encodeCertificate({ certificates: chain, ocspResponse: null }, false);
    expect(hex(message)).toBe('0b000013' + '000010' + '000005' + hex(chain[0]!) + '000005' + hex(chain[1]!));
    expect(decodeCertificate(message.subarray(4), false)).toEqual({
      certificates: chain,
      ocspResponse: null
    });
  });

  test('TLS 1.3 layout carries the leaf entry OCSP response', () => {
    const ocsp = Buffer.from('300a0a0100', 'hex');
    const decoded = decodeCertificate(
      encodeCertificate({ certificates: chain, ocspResponse: ocsp }, true).subarray(4),
      true
    );
    expect(decoded.certificates).toEqual(chain);
    expect(hex(decoded.ocspResponse!)).toBe(hex(ocsp));
  });

  test('CertificateStatus yields the DER OCSPResponse', () => {
    const ocsp = Buffer.from('3003 0a01 00'.replace(/ /g, ''), 'hex');
    const message = encodeCertificateStatus(ocsp);
    expect(hex(message)).toBe('16000009' + '01' + '000005' + hex(ocsp));
    expect(decodeCertificateStatus(message.subarray(4)).equals(ocsp)).toBe(true);
    expect(() => decodeCertificateStatus(Buffer.from('02000000', 'hex'))).toThrow(/not ocsp/);
  });

  test('decodes up to the entry budget and stops past it, naming the budget', () => {
    const entries = (count: number, tls13: boolean) =>
      encodeCertificate({ certificates: Array(count).fill(chain[0]!), ocspResponse: null }, tls13).subarray(
        4
      );
    expect(decodeCertificate(entries(MAX_CERTIFICATE_ENTRIES, true), true).certificates).toHaveLength(64);
    expect(() => decodeCertificate(entries(MAX_CERTIFICATE_ENTRIES + 1, true), true)).toThrow(
      TooManyCertificateEntries
    );
    expect(() => decodeCertificate(entries(10_000, false), false)).toThrow(
      /more than 64 certificate entries \(the certificate-entries budget\)/
    );
    expect(new TooManyCertificateEntries(64)).toBeInstanceOf(DecodeError);
  });

  test('an empty certificate entry or a lying length is a DecodeError', () => {
    expect(() => decodeCertificate(Buffer.from('000003000000', 'hex'), false)).toThrow(DecodeError);
    expect(() => decodeCertificate(Buffer.from('000010000005', 'hex'), false)).toThrow(DecodeError);
  });
});

describe('ServerKeyExchange', () => {
  test('DHE parameters give the prime size in bits', () => {
    const p = Buffer.concat([Buffer.from([0x00, 0xc0]), Buffer.alloc(127, 0xff)]); // 1024-bit prime-sized value with a leading zero
    const message = encodeDheServerKeyExchange({
      p,
      g: Buffer.from([2]),
      ys: Buffer.alloc(128, 5),
      signature: Buffer.from('0401000100', 'hex')
    });
    expect(decodeServerKeyExchange(message.subarray(4), 'DHE', 'RSA')).toEqual({ dhPrimeBits: 1024 });
    expect(decodeServerKeyExchange(message.subarray(4), 'DH', 'anon')).toEqual({ dhPrimeBits: 1024 });
  });

  test('ECDHE parameters give the named curve', () => {
    const message = encodeEcdheServerKeyExchange({ namedGroup: 0x0017, point: Buffer.alloc(65, 4) });
    expect(decodeServerKeyExchange(message.subarray(4), 'ECDHE', 'ECDSA')).toEqual({ namedGroup: 0x0017 });
  });

  test('DHE_PSK skips the identity hint; RSA key exchange has no parameters to report', () => {
    const body = Buffer.concat([
      Buffer.from('0002abcd', 'hex'),
      encodeDheServerKeyExchange({
        p: Buffer.alloc(256, 0xff),
        g: Buffer.from([2]),
        ys: Buffer.from([3])
      }).subarray(4)
    ]);
    expect(decodeServerKeyExchange(body, 'DHE', 'PSK')).toEqual({ dhPrimeBits: 2048 });
    expect(decodeServerKeyExchange(Buffer.from('0001aa', 'hex'), 'RSA', 'RSA')).toBeNull();
  });

  test('explicit curves map to the arbitrary_explicit code points', () => {
    expect(decodeServerKeyExchange(Buffer.from('01', 'hex'), 'ECDHE', 'RSA')).toEqual({ namedGroup: 0xff01 });
  });
});

describe('peers that are not TLS', () => {
  test.each([
    ['HTTP/1.1 400 Bad Request\r\n', 'an HTTP server'],
    ['SSH-2.0-OpenSSH_9.2p1 Debian\r\n', 'an SSH server'],
    ['220 mail.example ESMTP Postfix\r\n', 'an SMTP server'],
    ['220 (vsFTPd 3.0.3)\r\n', 'an FTP server'],
    ['220 Welcome\r\n', 'an SMTP or FTP server'],
    ['+OK Dovecot ready.\r\n', 'a POP3 server'],
    ['* OK [CAPABILITY IMAP4rev1] ready\r\n', 'an IMAP server'],
    ['RFB 003.008\n', 'a VNC server'],
    ['-ERR unknown command\r\n', 'a Redis server'],
    ['hello there\n', 'a server speaking a text protocol, not TLS']
  ])('%j is %s', (banner, description) => {
    expect(describeNonTls(Buffer.from(banner, 'latin1'))).toBe(description);
  });

  test('TLS and SSLv2 records are not described as non-TLS', () => {
    expect(describeNonTls(encodeRecords(21, 0x0303, Buffer.from([2, 40])))).toBeNull();
    expect(describeNonTls(encodeSslv2Error(1))).toBeNull();
  });

  test('binary garbage is a server that does not speak TLS', () => {
    expect(describeNonTls(Buffer.from([0x00, 0x01, 0x02, 0x03]))).toBe('a server that does not speak TLS');
  });
});

// Real servers: what our encoder sends must be what OpenSSL (through Node and openssl s_server) understands.
describe('against real TLS servers', () => {
  const servers: Server[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'tls-gate-wire-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-subj',
      '/CN=wire.test',
      '-days',
      '2'
    ],
    { stdio: 'ignore' }
  );

  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    rmSync(dir, { recursive: true, force: true });
  });

  async function server(options: Record<string, unknown>): Promise<number> {
    const s = createServer({
      key: readFileSync(join(dir, 'key.pem')),
      cert: readFileSync(join(dir, 'cert.pem')),
      ...options
    });
    s.on('tlsClientError', () => undefined);
    servers.push(s);
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    return (s.address() as AddressInfo).port;
  }

  function firstRecords(port: number, hello: Buffer): Promise<TlsRecord[]> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(hello));
      const reader = new RecordReader();
      const records: TlsRecord[] = [];
      const timer = setTimeout(() => socket.destroy(), 3000);
      socket.on('data', (chunk) => {
        reader.push(chunk);
        for (let r = reader.next(); r; r = reader.next()) records.push(r);
        if (records.some((r) => r.type === ContentType.alert) || records.length >= 2) socket.destroy();
      });
      socket.on('close', () => {
        clearTimeout(timer);
        resolve(records);
      });
      socket.on('error', reject);
    });
  }

  test('a TLS 1.2 server answers our hello with a ServerHello choosing the offered suite', async () => {
    const port = await server({
      minVersion: 'TLSv1.2',
      maxVersion: 'TLSv1.2',
      ciphers: 'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256'
    });
    const records = await firstRecords(
      port,
      encodeClientHelloRecords({
        clientVersion: 0x0303,
        cipherSuites: [0xc02f],
        serverName: 'wire.test',
        supportedGroups: [0x0017],
        ecPointFormats: [0],
        signatureAlgorithms: [0x0804, 0x0401],
        renegotiationInfo: true,
        padTo: 512
      })
    );
    const assembler = new HandshakeAssembler();
    assembler.push(records[0]!.fragment);
    const message = assembler.next()!;
    expect(message.type).toBe(HandshakeType.server_hello);
    const hello = decodeServerHello(message.body);
    expect(hello.legacyVersion).toBe(0x0303);
    expect(hello.cipherSuite).toBe(0xc02f);
    expect(hello.extensions.map((e) => e.type)).toContain(ExtensionType.renegotiation_info);
  });

  test('a server with no suite in common answers alert 40 handshake_failure', async () => {
    const port = await server({
      minVersion: 'TLSv1.2',
      maxVersion: 'TLSv1.2',
      ciphers: 'ECDHE-RSA-AES128-GCM-SHA256'
    });
    const records = await firstRecords(
      port,
      encodeClientHelloRecords({
        clientVersion: 0x0303,
        cipherSuites: [0x009d],
        supportedGroups: [0x0017],
        signatureAlgorithms: [0x0804]
      })
    );
    const alert = records.find((r) => r.type === ContentType.alert)!;
    expect(decodeAlert(alert.fragment)).toEqual({
      level: 'fatal',
      description: 40,
      name: 'handshake_failure'
    });
  });

  test('a TLS 1.3 server answers a wrong key share with a HelloRetryRequest for the group it wants', async () => {
    const port = await server({ minVersion: 'TLSv1.3', ecdhCurve: 'P-384' });
    const records = await firstRecords(
      port,
      encodeClientHelloRecords({
        clientVersion: 0x0303,
        sessionId: Buffer.alloc(32, 7),
        cipherSuites: [0x1301],
        supportedVersions: [0x0304],
        supportedGroups: [0x001d, 0x0018],
        keyShares: [{ group: 0x001d, keyExchange: RFC8448.clientPublicKey }],
        signatureAlgorithms: [0x0804]
      })
    );
    const assembler = new HandshakeAssembler();
    assembler.push(records[0]!.fragment);
    const hello = decodeServerHello(assembler.next()!.body);
    expect(isHelloRetryRequest(hello)).toBe(true);
    expect(retryGroup(hello)).toBe(0x0018);
    expect(selectedVersion(hello)).toBe(0x0304);
  });
});
