// Reads the server's encrypted first flight of a TLS 1.3 handshake: EncryptedExtensions, Certificate (with the
// per-entry OCSP staple), CertificateVerify, Finished. Built from the negotiated suite, the (EC)DHE shared
// secret and the transcript ClientHello..ServerHello; see key-schedule.ts for why the engine does this itself.
import { ContentType, HandshakeType } from '../../codepoints/index.js';
import type { AlertInfo } from '../../model/report.js';
import { decodeAlert } from '../alert.js';
import { DecodeError } from '../bytes.js';
import { encodeHandshake, HandshakeAssembler, type HandshakeMessage } from '../handshake.js';
import type { TlsRecord } from '../record.js';
import { type Tls13Suite, tls13Suite } from './aead.js';
import { RecordProtection } from './record-protection.js';
import { handshakeSecrets, type HandshakeSecrets, transcriptHash } from './key-schedule.js';

export class Tls13HandshakeDecryptor {
  readonly suite: Tls13Suite;
  readonly secrets: HandshakeSecrets;
  /** Record protection under the server's handshake traffic secret. */
  private readonly protection: RecordProtection;
  private readonly assembler = new HandshakeAssembler();
  /** An alert the server sent encrypted (e.g. after rejecting our key share), or null. */
  alert: AlertInfo | null = null;

  /**
   * @param cipherSuite the TLS 1.3 suite from the ServerHello (0x1301..0x1305)
   * @param sharedSecret the (EC)DHE shared secret from our key share and the server's
   * @param helloTranscript the ClientHello and ServerHello handshake messages, headers included, as sent
   *   (for a HelloRetryRequest exchange: message_hash(CH1), HRR, CH2, SH per RFC 8446 §4.4.1)
   */
  constructor(cipherSuite: number, sharedSecret: Buffer, helloTranscript: Buffer) {
    const suite = tls13Suite(cipherSuite);
    if (!suite) throw new DecodeError(`cannot decrypt TLS 1.3 suite 0x${cipherSuite.toString(16)}`);
    this.suite = suite;
    this.secrets = handshakeSecrets(suite.hash, sharedSecret, helloTranscript);
    this.protection = new RecordProtection(suite, this.secrets.serverHandshakeTrafficSecret);
  }

  /**
   * Takes one record from the server after its ServerHello and returns the handshake messages it completes.
   * change_cipher_spec (middlebox compatibility) is skipped; plaintext handshake records at this point and
   * failed decryption are DecodeErrors; an encrypted alert is stored in `alert`.
   */
  push(record: TlsRecord): HandshakeMessage[] {
    if (record.type === ContentType.change_cipher_spec) return [];
    if (record.type === ContentType.alert) {
      this.alert = decodeAlert(record.fragment);
      return [];
    }
    if (record.type !== ContentType.application_data) {
      throw new DecodeError(`TLS 1.3: unexpected plaintext record of type ${record.type} after ServerHello`);
    }
    const { type, content } = this.protection.open(record);
    if (type === ContentType.alert) {
      this.alert = decodeAlert(content);
      return [];
    }
    if (type !== ContentType.handshake) return [];
    this.assembler.push(content);
    const messages: HandshakeMessage[] = [];
    for (let m = this.assembler.next(); m; m = this.assembler.next()) messages.push(m);
    return messages;
  }
}

/**
 * The transcript to build a decryptor from after a HelloRetryRequest (RFC 8446 §4.4.1): the first ClientHello
 * is replaced by a synthetic message_hash message holding its hash, then HRR, the second ClientHello and the
 * ServerHello follow as sent. All arguments are whole handshake messages, headers included.
 */
export function helloRetryTranscript(
  cipherSuite: number,
  messages: { clientHello1: Buffer; helloRetryRequest: Buffer; clientHello2: Buffer; serverHello: Buffer }
): Buffer {
  const suite = tls13Suite(cipherSuite);
  if (!suite) throw new DecodeError(`cannot decrypt TLS 1.3 suite 0x${cipherSuite.toString(16)}`);
  const hash = transcriptHash(suite.hash, messages.clientHello1);
  return Buffer.concat([
    encodeHandshake(HandshakeType.message_hash, hash),
    messages.helloRetryRequest,
    messages.clientHello2,
    messages.serverHello
  ]);
}
