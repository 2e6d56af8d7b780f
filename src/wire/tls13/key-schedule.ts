// The TLS 1.3 key schedule (RFC 8446 §7.1) up to the handshake traffic secrets, and the traffic keys derived
// from them (§7.3). That is all a scanner needs to read the server's encrypted first flight.
//
// Why the engine owns this instead of asking OpenSSL (through node:tls) for the certificate: one engine for
// every version, so TLS 1.3 is probed with the same hand-built ClientHello (any suite, group, SNI, or none) as
// SSLv3..TLS 1.2; the chain is read exactly as the server sent it (order, extras, stapled OCSP per entry),
// before any library reorders, verifies or rejects it; and it works where OpenSSL refuses to negotiate (groups
// or suites it does not ship, security levels, broken certificates that abort its handshake).
import { createHash, createHmac } from 'node:crypto';
import { ByteWriter } from '../bytes.js';

export type HashName = 'sha256' | 'sha384';

export function hashLength(hash: HashName): number {
  return hash === 'sha256' ? 32 : 48;
}

export function transcriptHash(hash: HashName, messages: Buffer): Buffer {
  return createHash(hash).update(messages).digest();
}

/** HKDF-Extract(salt, IKM) (RFC 5869 §2.2). */
export function hkdfExtract(hash: HashName, salt: Buffer, ikm: Buffer): Buffer {
  return createHmac(hash, salt.length > 0 ? salt : Buffer.alloc(hashLength(hash)))
    .update(ikm)
    .digest();
}

/** HKDF-Expand(PRK, info, L) (RFC 5869 §2.3). */
export function hkdfExpand(hash: HashName, prk: Buffer, info: Buffer, length: number): Buffer {
  const blocks: Buffer[] = [];
  let previous = Buffer.alloc(0);
  let total = 0;
  for (let counter = 1; total < length; counter++) {
    previous = createHmac(hash, prk)
      .update(Buffer.concat([previous, info, Buffer.from([counter])]))
      .digest();
    blocks.push(previous);
    total += previous.length;
  }
  return Buffer.concat(blocks).subarray(0, length);
}

/** HKDF-Expand-Label(Secret, Label, Context, Length) with the "tls13 " prefix (RFC 8446 §7.1). */
export function hkdfExpandLabel(
  hash: HashName,
  secret: Buffer,
  label: string,
  context: Buffer,
  length: number
): Buffer {
  const info = new ByteWriter()
    .u16(length)
    .vector8((w) => w.bytes(Buffer.from(`tls13 ${label}`, 'ascii')))
    .vector8((w) => w.bytes(context))
    .finish();
  return hkdfExpand(hash, secret, info, length);
}

/** Derive-Secret(Secret, Label, Messages) = HKDF-Expand-Label(Secret, Label, Transcript-Hash(Messages), Hash.length). */
export function deriveSecret(hash: HashName, secret: Buffer, label: string, messages: Buffer): Buffer {
  return hkdfExpandLabel(hash, secret, label, transcriptHash(hash, messages), hashLength(hash));
}

export interface HandshakeSecrets {
  earlySecret: Buffer;
  handshakeSecret: Buffer;
  clientHandshakeTrafficSecret: Buffer;
  serverHandshakeTrafficSecret: Buffer;
}

/**
 * The handshake secrets for a full handshake without PSK: the early secret from zeros, the handshake secret
 * from the (EC)DHE shared secret, and the two traffic secrets over the transcript ClientHello..ServerHello.
 */
export function handshakeSecrets(
  hash: HashName,
  sharedSecret: Buffer,
  helloTranscript: Buffer
): HandshakeSecrets {
  const zeros = Buffer.alloc(hashLength(hash));
  const earlySecret = hkdfExtract(hash, zeros, zeros);
  const derived = deriveSecret(hash, earlySecret, 'derived', Buffer.alloc(0));
  const handshakeSecret = hkdfExtract(hash, derived, sharedSecret);
  return {
    earlySecret,
    handshakeSecret,
    clientHandshakeTrafficSecret: deriveSecret(hash, handshakeSecret, 'c hs traffic', helloTranscript),
    serverHandshakeTrafficSecret: deriveSecret(hash, handshakeSecret, 's hs traffic', helloTranscript)
  };
}

/** [sender]_write_key and [sender]_write_iv (RFC 8446 §7.3). */
export function trafficKeys(hash: HashName, secret: Buffer, keyLength: number): { key: Buffer; iv: Buffer } {
  return {
    key: hkdfExpandLabel(hash, secret, 'key', Buffer.alloc(0), keyLength),
    iv: hkdfExpandLabel(hash, secret, 'iv', Buffer.alloc(0), 12)
  };
}
