// One dispatcher from a handshake message's type to its decoder, so that callers (the probe, the test servers)
// switch over decoded messages rather than over type bytes and decoder names. The version decides the layouts
// that differ between TLS 1.3 and earlier (Certificate); a ServerKeyExchange can only be read knowing the
// suite's key exchange, which the caller passes when it has one.
import { HandshakeType, ProtocolVersion } from '../codepoints/index.js';
import { type Certificate, decodeCertificate, decodeCertificateStatus } from './certificate.js';
import { type CertificateVerify, decodeCertificateVerify } from './certificate-verify.js';
import { type ClientHello, decodeClientHello } from './client-hello.js';
import { decodeEncryptedExtensions, type EncryptedExtensions } from './encrypted-extensions.js';
import { decodeFinished, type Finished } from './finished.js';
import { decodeServerHello, type ServerHello } from './server-hello.js';
import { decodeServerHelloDone, type ServerHelloDone } from './server-hello-done.js';
import { decodeServerKeyExchangeMessage, type ServerKeyExchange } from './server-key-exchange.js';

/** The negotiated suite's key exchange and authentication (registry names), to read a ServerKeyExchange. */
export interface SuiteKeyExchange {
  kx: string;
  au: string | null;
}

export type DecodedHandshake =
  | { kind: 'client_hello'; message: ClientHello }
  | { kind: 'server_hello'; message: ServerHello }
  | { kind: 'encrypted_extensions'; message: EncryptedExtensions }
  | { kind: 'certificate'; message: Certificate }
  | { kind: 'certificate_status'; message: { ocspResponse: Buffer } }
  /** null when the suite's key exchange was not given: the layout cannot be known without it. */
  | { kind: 'server_key_exchange'; message: ServerKeyExchange | null }
  | { kind: 'certificate_verify'; message: CertificateVerify }
  | { kind: 'finished'; message: Finished }
  | { kind: 'server_hello_done'; message: ServerHelloDone }
  /** A message type the engine never needs to read (CertificateRequest, NewSessionTicket...): left as bytes. */
  | { kind: 'other'; type: number; body: Buffer };

/**
 * Decodes one handshake message body (after its 4-byte header). `version` is the negotiated protocol version
 * (a ProtocolVersion code point); `keyExchange` is needed for ServerKeyExchange only (without it, the message
 * is null). Malformed bodies throw a DecodeError.
 */
export function decodeHandshake(
  type: number,
  body: Buffer,
  version: number,
  keyExchange?: SuiteKeyExchange
): DecodedHandshake {
  switch (type) {
    case HandshakeType.client_hello:
      return { kind: 'client_hello', message: decodeClientHello(body) };
    case HandshakeType.server_hello:
      return { kind: 'server_hello', message: decodeServerHello(body) };
    case HandshakeType.encrypted_extensions:
      return { kind: 'encrypted_extensions', message: decodeEncryptedExtensions(body) };
    case HandshakeType.certificate:
      return {
        kind: 'certificate',
        message: decodeCertificate(body, version === ProtocolVersion.TLSv1_3)
      };
    case HandshakeType.certificate_status:
      return { kind: 'certificate_status', message: { ocspResponse: decodeCertificateStatus(body) } };
    case HandshakeType.server_key_exchange:
      return {
        kind: 'server_key_exchange',
        message: keyExchange ? decodeServerKeyExchangeMessage(body, keyExchange.kx, keyExchange.au) : null
      };
    case HandshakeType.certificate_verify:
      return { kind: 'certificate_verify', message: decodeCertificateVerify(body) };
    case HandshakeType.finished:
      return { kind: 'finished', message: decodeFinished(body) };
    case HandshakeType.server_hello_done:
      return { kind: 'server_hello_done', message: decodeServerHelloDone(body) };
    default:
      return { kind: 'other', type, body };
  }
}
