// Every handshake message type, both ways: encode(decode(bytes)) gives the bytes back, using RFC 8448's trace
// where the message appears there; the TLS 1.3 server flight's EncryptedExtensions, CertificateVerify and
// Finished decoded from RFC 8448 §3; one dispatcher by type; decode errors that say why.
import { describe, expect, test } from '@jest/globals';
import {
  AlertLevel,
  ExtensionType,
  HandshakeType,
  ProtocolVersion,
  SignatureScheme
} from '../../src/codepoints/index.js';
import { decodeAlert, encodeAlert } from '../../src/wire/alert.js';
import { DecodeError, type DecodeFailure } from '../../src/wire/bytes.js';
import {
  decodeCertificate,
  decodeCertificateStatus,
  encodeCertificate,
  encodeCertificateStatus
} from '../../src/wire/certificate.js';
import { decodeCertificateVerify, encodeCertificateVerify } from '../../src/wire/certificate-verify.js';
import {
  decodeClientHello,
  decodeSslv2ClientHello,
  encodeClientHello,
  encodeSslv2ClientHello
} from '../../src/wire/client-hello.js';
import { decodeHandshake } from '../../src/wire/decode-handshake.js';
import { decodeEncryptedExtensions, encodeEncryptedExtensions } from '../../src/wire/encrypted-extensions.js';
import { decodeFinished, encodeFinished } from '../../src/wire/finished.js';
import { HandshakeAssembler, type HandshakeMessage } from '../../src/wire/handshake.js';
import { decodeServerHello, encodeServerHello } from '../../src/wire/server-hello.js';
import { decodeServerHelloDone, encodeServerHelloDone } from '../../src/wire/server-hello-done.js';
import {
  decodeServerKeyExchangeMessage,
  encodeEcdheServerKeyExchange,
  encodeServerKeyExchange
} from '../../src/wire/server-key-exchange.js';
import {
  decodeSslv2Error,
  decodeSslv2ServerHello,
  encodeSslv2Error,
  encodeSslv2ServerHello
} from '../../src/wire/sslv2.js';
import { RFC8448, RFC8448_HRR } from './fixtures/rfc8448.js';

const hex = (b: Buffer): string => b.toString('hex');
const body = (message: Buffer): Buffer => message.subarray(4);

/** RFC 8448 §3's encrypted server flight, decrypted: EncryptedExtensions, Certificate, CertificateVerify, Finished. */
function serverFlight(): HandshakeMessage[] {
  const assembler = new HandshakeAssembler();
  assembler.push(RFC8448.serverFlightPlaintext);
  const messages: HandshakeMessage[] = [];
  for (let m = assembler.next(); m; m = assembler.next()) messages.push(m);
  return messages;
}

describe('the RFC 8448 §3 server flight', () => {
  const [encryptedExtensions, certificate, certificateVerify, finished] = serverFlight();

  test('holds the four messages of a full TLS 1.3 handshake, in order', () => {
    expect([encryptedExtensions, certificate, certificateVerify, finished].map((m) => m?.type)).toEqual([
      HandshakeType.encrypted_extensions,
      HandshakeType.certificate,
      HandshakeType.certificate_verify,
      HandshakeType.finished
    ]);
  });

  test('EncryptedExtensions: supported_groups, record_size_limit and an empty server_name, re-encoded byte for byte', () => {
    const decoded = decodeEncryptedExtensions(encryptedExtensions!.body);
    expect(decoded.extensions.map((e) => e.type)).toEqual([
      ExtensionType.supported_groups,
      ExtensionType.record_size_limit,
      ExtensionType.server_name
    ]);
    expect(hex(decoded.extensions[1]!.data)).toBe('4001');
    expect(decoded.extensions[2]!.data).toHaveLength(0);
    expect(hex(encodeEncryptedExtensions(decoded))).toBe(hex(encryptedExtensions!.raw));
  });

  test('CertificateVerify: an rsa_pss_rsae_sha256 signature of the 1024-bit RSA key, re-encoded byte for byte', () => {
    const decoded = decodeCertificateVerify(certificateVerify!.body);
    expect(decoded.scheme).toBe(SignatureScheme.rsa_pss_rsae_sha256);
    expect(decoded.signature).toHaveLength(128);
    expect(hex(encodeCertificateVerify(decoded))).toBe(hex(certificateVerify!.raw));
  });

  test('Finished: 32 bytes of verify_data (SHA-256), re-encoded byte for byte', () => {
    const decoded = decodeFinished(finished!.body);
    expect(hex(decoded.verifyData)).toBe('9b9b141d906337fbd2cbdce71df4deda4ab42c309572cb7fffee5454b78f0718');
    expect(hex(encodeFinished(decoded))).toBe(hex(finished!.raw));
  });

  test('decodeHandshake reads each by its type, the Certificate in the TLS 1.3 layout', () => {
    const kinds = serverFlight().map((m) => decodeHandshake(m.type, m.body, ProtocolVersion.TLSv1_3));
    expect(kinds.map((d) => d.kind)).toEqual([
      'encrypted_extensions',
      'certificate',
      'certificate_verify',
      'finished'
    ]);
    const cert = kinds[1]!;
    expect(cert.kind === 'certificate' && cert.message.certificates).toHaveLength(1);
  });
});

describe('round trips: encode(decode(bytes)) is the bytes', () => {
  test('ClientHello (RFC 8448 §3 and §5)', () => {
    for (const message of [RFC8448.clientHello, RFC8448_HRR.clientHello1, RFC8448_HRR.clientHello2]) {
      const encoded = encodeClientHello(decodeClientHello(body(message)));
      expect(hex(encoded)).toBe(hex(message));
    }
  });

  test('ServerHello and HelloRetryRequest (RFC 8448 §3 and §5)', () => {
    for (const message of [RFC8448.serverHello, RFC8448_HRR.helloRetryRequest, RFC8448_HRR.serverHello]) {
      const encoded = encodeServerHello(decodeServerHello(body(message)));
      expect(hex(encoded)).toBe(hex(message));
    }
  });

  test('Certificate in the TLS 1.3 layout (RFC 8448 §3) and the TLS 1.2 layout', () => {
    const tls13 = decodeCertificate(body(RFC8448.certificateMessage), true);
    expect(hex(encodeCertificate(tls13, true))).toBe(hex(RFC8448.certificateMessage));
    const tls12Message = encodeCertificate(tls13, false);
    expect(hex(encodeCertificate(decodeCertificate(body(tls12Message), false), false))).toBe(
      hex(tls12Message)
    );
  });

  test('a TLS 1.3 Certificate whose leaf entry staples an OCSP response', () => {
    const message = encodeCertificate(
      { certificates: [Buffer.from('3082000130', 'hex')], ocspResponse: Buffer.from('3003020100', 'hex') },
      true
    );
    expect(hex(encodeCertificate(decodeCertificate(body(message), true), true))).toBe(hex(message));
  });

  test('CertificateStatus', () => {
    const message = encodeCertificateStatus(Buffer.from('3003020100', 'hex'));
    expect(hex(encodeCertificateStatus(decodeCertificateStatus(body(message))))).toBe(hex(message));
  });

  test.each([
    ['DHE with a signature', 'DHE', 'RSA', 'dh', '0003010001' + '000102' + '000103' + '0401' + '0002abcd'],
    ['ECDHE (named curve)', 'ECDHE', 'ECDSA', 'ecdh', '03001d' + '20' + '11'.repeat(32) + '0403' + '0001ff'],
    ['DHE_PSK after its identity hint', 'DHE', 'PSK', 'dh', '0002aabb' + '0001ff' + '000102' + '000103'],
    ['an explicit curve', 'ECDHE', 'RSA', 'ecdh-explicit', '01' + '0003abcdef'],
    ['RSA export (nothing read)', 'RSA', 'RSA', 'other', '0040' + 'cc'.repeat(64)]
  ])('ServerKeyExchange: %s', (_, kx, au, kind, bodyHex) => {
    const bytes = Buffer.from(bodyHex, 'hex');
    const decoded = decodeServerKeyExchangeMessage(bytes, kx, au);
    expect(decoded.kind).toBe(kind);
    expect(hex(body(encodeServerKeyExchange(decoded)))).toBe(bodyHex);
  });

  test('ServerHelloDone', () => {
    const message = encodeServerHelloDone();
    expect(hex(message)).toBe('0e000000');
    expect(decodeServerHelloDone(body(message))).toEqual({});
  });

  test('Alert', () => {
    const bytes = encodeAlert(AlertLevel.fatal, 40);
    const decoded = decodeAlert(bytes);
    expect(hex(encodeAlert(AlertLevel.fatal, decoded.description))).toBe(hex(bytes));
  });

  test('SSLv2 CLIENT-HELLO, SERVER-HELLO and ERROR', () => {
    const clientHello = encodeSslv2ClientHello({
      version: 2,
      cipherSpecs: [0x010080, 0x0700c0],
      challenge: Buffer.alloc(16, 3)
    });
    const decodedClient = decodeSslv2ClientHello(clientHello.subarray(2));
    expect(hex(encodeSslv2ClientHello(decodedClient))).toBe(hex(clientHello));

    const serverHello = encodeSslv2ServerHello({
      certificate: Buffer.from('3082000130', 'hex'),
      cipherSpecs: [0x010080],
      connectionId: Buffer.alloc(16, 9)
    });
    expect(hex(encodeSslv2ServerHello(decodeSslv2ServerHello(serverHello.subarray(2))))).toBe(
      hex(serverHello)
    );

    const error = encodeSslv2Error(0x0001);
    expect(hex(encodeSslv2Error(decodeSslv2Error(error.subarray(2)).code))).toBe(hex(error));
  });
});

describe('decodeHandshake', () => {
  test('reads a Certificate in the layout of the negotiated version', () => {
    const tls12 = encodeCertificate(
      { certificates: [Buffer.from('3082000130', 'hex')], ocspResponse: null },
      false
    );
    const decoded = decodeHandshake(HandshakeType.certificate, body(tls12), ProtocolVersion.TLSv1_2);
    expect(decoded.kind === 'certificate' && decoded.message.certificates.map(hex)).toEqual(['3082000130']);
    expect(() => decodeHandshake(HandshakeType.certificate, body(tls12), ProtocolVersion.TLSv1_3)).toThrow(
      DecodeError
    );
  });

  test('reads ServerKeyExchange parameters only when told the suite’s key exchange', () => {
    const message = encodeEcdheServerKeyExchange({ namedGroup: 0x001d, point: Buffer.alloc(32, 1) });
    const version = ProtocolVersion.TLSv1_2;
    expect(decodeHandshake(HandshakeType.server_key_exchange, body(message), version)).toEqual({
      kind: 'server_key_exchange',
      message: null
    });
    expect(
      decodeHandshake(HandshakeType.server_key_exchange, body(message), version, { kx: 'ECDHE', au: 'RSA' })
    ).toMatchObject({ kind: 'server_key_exchange', message: { kind: 'ecdh', namedGroup: 0x001d } });
  });

  test('leaves messages the engine never reads as bytes', () => {
    const request = Buffer.from('0001000000', 'hex');
    expect(decodeHandshake(HandshakeType.certificate_request, request, ProtocolVersion.TLSv1_2)).toEqual({
      kind: 'other',
      type: HandshakeType.certificate_request,
      body: request
    });
  });
});

describe('decode errors say why', () => {
  const reasonOf = (decode: () => unknown): DecodeFailure | undefined => {
    try {
      decode();
    } catch (error) {
      if (error instanceof DecodeError) return error.reason;
      throw error;
    }
    return undefined;
  };

  test('missing data: a length running past the message', () => {
    expect(reasonOf(() => decodeCertificateVerify(Buffer.from('08040080aa', 'hex')))).toBe('missing-data');
    expect(reasonOf(() => decodeFinished(Buffer.alloc(0)))).toBe('missing-data');
  });

  test('trailing data: bytes after the last field', () => {
    expect(reasonOf(() => decodeCertificateVerify(Buffer.from('0804000100ff', 'hex')))).toBe('trailing-data');
    expect(reasonOf(() => decodeServerHelloDone(Buffer.from([0])))).toBe('trailing-data');
  });

  test('duplicate extension: the same type twice', () => {
    // An extensions block of 12 bytes: supported_versions (43) twice.
    const extensions = Buffer.from('000c' + '002b00020304' + '002b00020304', 'hex');
    expect(reasonOf(() => decodeEncryptedExtensions(extensions))).toBe('duplicate-extension');
  });

  test('over a limit: a session id longer than 32 bytes, a handshake message over 256 KiB', () => {
    const hello = Buffer.concat([
      Buffer.from('0303', 'hex'),
      Buffer.alloc(32),
      Buffer.from([33]),
      Buffer.alloc(33)
    ]);
    expect(reasonOf(() => decodeServerHello(hello))).toBe('over-limit');
    expect(reasonOf(() => new HandshakeAssembler().push(Buffer.from('0b040001', 'hex')))).toBe('over-limit');
  });
});
