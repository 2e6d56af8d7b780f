// TLS 1.3 record protection (RFC 8446 §5.2-5.4): per-record nonce = write_iv XOR the 64-bit sequence number,
// additional data = the record header, plaintext = content || content type || zero padding.
import { createDecipheriv, createCipheriv, type CipherCCMTypes, type CipherGCMTypes } from 'node:crypto';
import { CipherSuite } from '../../codepoints/index.js';
import { DecodeError } from '../bytes.js';
import type { HashName } from './key-schedule.js';

export interface Tls13Suite {
  code: number;
  hash: HashName;
  cipher: CipherGCMTypes | CipherCCMTypes | 'chacha20-poly1305';
  keyLength: number;
  tagLength: number;
  ccm: boolean;
}

/** The TLS 1.3 suites whose records Node's OpenSSL can open (RFC 8446 §B.4). */
const SUITES: Tls13Suite[] = [
  {
    code: CipherSuite.TLS_AES_128_GCM_SHA256,
    hash: 'sha256',
    cipher: 'aes-128-gcm',
    keyLength: 16,
    tagLength: 16,
    ccm: false
  },
  {
    code: CipherSuite.TLS_AES_256_GCM_SHA384,
    hash: 'sha384',
    cipher: 'aes-256-gcm',
    keyLength: 32,
    tagLength: 16,
    ccm: false
  },
  {
    code: CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
    hash: 'sha256',
    cipher: 'chacha20-poly1305',
    keyLength: 32,
    tagLength: 16,
    ccm: false
  },
  {
    code: CipherSuite.TLS_AES_128_CCM_SHA256,
    hash: 'sha256',
    cipher: 'aes-128-ccm',
    keyLength: 16,
    tagLength: 16,
    ccm: true
  },
  {
    code: CipherSuite.TLS_AES_128_CCM_8_SHA256,
    hash: 'sha256',
    cipher: 'aes-128-ccm',
    keyLength: 16,
    tagLength: 8,
    ccm: true
  }
];
export const TLS13_SUITES: Record<number, Tls13Suite> = Object.fromEntries(
  SUITES.map((suite) => [suite.code, suite])
);

export function tls13Suite(code: number): Tls13Suite | undefined {
  return TLS13_SUITES[code];
}

/** write_iv XOR the sequence number, left-padded to the IV length (RFC 8446 §5.3). */
export function recordNonce(iv: Buffer, sequence: bigint): Buffer {
  const nonce = Buffer.from(iv);
  const seq = Buffer.alloc(8);
  seq.writeBigUInt64BE(sequence);
  for (let i = 0; i < 8; i++) nonce[nonce.length - 8 + i]! ^= seq[i]!;
  return nonce;
}

function authTagLengthOptions(suite: Tls13Suite): { authTagLength: number } {
  return { authTagLength: suite.tagLength };
}

/**
 * A protected record that fails authentication (bad_record_mac): the server's fault, like a DecodeError, and
 * handled the same way; a subclass so that callers and tests can tell the two apart.
 */
export class DecryptionError extends DecodeError {
  constructor(message = 'encrypted record failed authentication (bad_record_mac)') {
    super(message);
    this.name = 'DecryptionError';
  }
}

/** Opens one protected record body; throws DecryptionError when authentication fails (bad_record_mac). */
export function openRecord(
  suite: Tls13Suite,
  key: Buffer,
  nonce: Buffer,
  header: Buffer,
  body: Buffer
): Buffer {
  if (body.length < suite.tagLength)
    throw new DecodeError('encrypted record shorter than its tag', 'missing-data');
  const ciphertext = body.subarray(0, body.length - suite.tagLength);
  const tag = body.subarray(body.length - suite.tagLength);
  // The cipher name decides the overload; the union type is narrowed by hand here. Key, nonce and tag lengths
  // are ours, so an exception before final() is our bug and propagates.
  const decipher = createDecipheriv(suite.cipher as CipherGCMTypes, key, nonce, authTagLengthOptions(suite));
  if (suite.ccm) {
    (decipher as unknown as { setAAD(b: Buffer, o: { plaintextLength: number }): void }).setAAD(header, {
      plaintextLength: ciphertext.length
    });
  } else {
    decipher.setAAD(header);
  }
  decipher.setAuthTag(tag);
  const plaintext = decipher.update(ciphertext);
  try {
    // final() is where a wrong tag surfaces, for GCM, ChaCha20-Poly1305 and CCM alike.
    return Buffer.concat([plaintext, decipher.final()]);
  } catch {
    throw new DecryptionError();
  }
}

/** Seals one record body (used by tests and fake servers to produce real TLS 1.3 ciphertext). */
export function sealRecord(
  suite: Tls13Suite,
  key: Buffer,
  nonce: Buffer,
  header: Buffer,
  plaintext: Buffer
): Buffer {
  const cipher = createCipheriv(suite.cipher as CipherGCMTypes, key, nonce, authTagLengthOptions(suite));
  if (suite.ccm) {
    (cipher as unknown as { setAAD(b: Buffer, o: { plaintextLength: number }): void }).setAAD(header, {
      plaintextLength: plaintext.length
    });
  } else {
    cipher.setAAD(header);
  }
  const out = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([out, cipher.getAuthTag()]);
}

/** Splits TLSInnerPlaintext into content and its real content type, dropping the zero padding (RFC 8446 §5.4). */
export function stripInnerPlaintext(inner: Buffer): { type: number; content: Buffer } {
  let end = inner.length - 1;
  while (end >= 0 && inner[end] === 0) end--;
  if (end < 0) throw new DecodeError('encrypted record has no content type (all padding)');
  return { type: inner[end]!, content: inner.subarray(0, end) };
}
