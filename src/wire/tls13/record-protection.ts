// One direction of TLS 1.3 record protection under one traffic secret (RFC 8446 §5.2, §7.3): the keys, and the
// sequence number that counts the records sealed or opened under them. The 0-RTT probe needs several at once
// (client handshake, server application, client early); the certificate read keeps its own in the decryptor.
import { ContentType, ProtocolVersion } from '../../codepoints/index.js';
import { DecodeError } from '../bytes.js';
import { MAX_PLAINTEXT, type TlsRecord } from '../record.js';
import { openRecord, recordNonce, sealRecord, stripInnerPlaintext, type Tls13Suite } from './aead.js';
import { trafficKeys } from './key-schedule.js';

/** The header of a protected record: opaque_type application_data, legacy_record_version 0x0303. */
function protectedHeader(length: number): Buffer {
  const header = Buffer.alloc(5);
  header[0] = ContentType.application_data;
  header.writeUInt16BE(ProtocolVersion.TLSv1_2, 1);
  header.writeUInt16BE(length, 3);
  return header;
}

export class RecordProtection {
  private readonly key: Buffer;
  private readonly iv: Buffer;
  private sequence = 0n;

  constructor(
    readonly suite: Tls13Suite,
    secret: Buffer
  ) {
    const keys = trafficKeys(suite.hash, secret, suite.keyLength);
    this.key = keys.key;
    this.iv = keys.iv;
  }

  /** One protected record (header included) carrying `content` of the real content `type`, unpadded. */
  seal(type: number, content: Buffer): Buffer {
    if (content.length > MAX_PLAINTEXT) throw new RangeError('TLS 1.3: record content over 2^14 bytes');
    const inner = Buffer.concat([content, Buffer.from([type])]);
    const header = protectedHeader(inner.length + this.suite.tagLength);
    const body = sealRecord(this.suite, this.key, recordNonce(this.iv, this.sequence++), header, inner);
    return Buffer.concat([header, body]);
  }

  /** Opens one protected record: its real content type and content; DecryptionError when it fails authentication. */
  open(record: TlsRecord): { type: number; content: Buffer } {
    if (record.type !== ContentType.application_data)
      throw new DecodeError(`TLS 1.3: a record of type ${record.type} where a protected record was due`);
    if (record.fragment.length > MAX_PLAINTEXT + 256)
      throw new DecodeError('TLS 1.3: encrypted record too large', 'over-limit');
    const header = Buffer.alloc(5);
    header[0] = record.type;
    header.writeUInt16BE(record.version, 1);
    header.writeUInt16BE(record.fragment.length, 3);
    const inner = openRecord(
      this.suite,
      this.key,
      recordNonce(this.iv, this.sequence),
      header,
      record.fragment
    );
    this.sequence++;
    return stripInnerPlaintext(inner);
  }
}
