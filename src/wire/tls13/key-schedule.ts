// The TLS 1.3 key schedule (RFC 8446 §7.1) and the traffic keys derived from it (§7.3): the handshake traffic
// secrets (all a certificate read needs), and for the 0-RTT probe the rest of it: the master secret, the
// application traffic secrets, Finished (§4.4.4), the resumption secret and ticket PSK (§4.6.1), and from a PSK
// the early secret, the binder (§4.2.11.2) and the client early traffic secret.
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

/** Early Secret = HKDF-Extract(0, PSK), with a PSK of zeros when there is none (RFC 8446 §7.1). */
export function earlySecretOf(hash: HashName, psk?: Buffer): Buffer {
  const zeros = Buffer.alloc(hashLength(hash));
  return hkdfExtract(hash, zeros, psk ?? zeros);
}

/**
 * The handshake secrets: the handshake secret from the early secret (from zeros without a PSK) and the (EC)DHE
 * shared secret, and the two traffic secrets over the transcript ClientHello..ServerHello.
 */
export function handshakeSecrets(
  hash: HashName,
  sharedSecret: Buffer,
  helloTranscript: Buffer,
  earlySecret: Buffer = earlySecretOf(hash)
): HandshakeSecrets {
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

/** finished_key = HKDF-Expand-Label(BaseKey, "finished", "", Hash.length) (RFC 8446 §4.4.4). */
export function finishedKey(hash: HashName, baseKey: Buffer): Buffer {
  return hkdfExpandLabel(hash, baseKey, 'finished', Buffer.alloc(0), hashLength(hash));
}

/** verify_data = HMAC(finished_key, Transcript-Hash(messages)) (RFC 8446 §4.4.4); binders use it too (§4.2.11.2). */
export function finishedVerifyData(hash: HashName, baseKey: Buffer, messages: Buffer): Buffer {
  return createHmac(hash, finishedKey(hash, baseKey)).update(transcriptHash(hash, messages)).digest();
}

export interface ApplicationSecrets {
  masterSecret: Buffer;
  clientApplicationTrafficSecret: Buffer;
  serverApplicationTrafficSecret: Buffer;
}

/**
 * Master Secret = HKDF-Extract(Derive-Secret(Handshake Secret, "derived", ""), 0), and the application traffic
 * secrets over the transcript ClientHello..server Finished (RFC 8446 §7.1).
 */
export function applicationSecrets(
  hash: HashName,
  handshakeSecret: Buffer,
  throughServerFinished: Buffer
): ApplicationSecrets {
  const derived = deriveSecret(hash, handshakeSecret, 'derived', Buffer.alloc(0));
  const masterSecret = hkdfExtract(hash, derived, Buffer.alloc(hashLength(hash)));
  return {
    masterSecret,
    clientApplicationTrafficSecret: deriveSecret(hash, masterSecret, 'c ap traffic', throughServerFinished),
    serverApplicationTrafficSecret: deriveSecret(hash, masterSecret, 's ap traffic', throughServerFinished)
  };
}

/** resumption_master_secret over the transcript ClientHello..client Finished (RFC 8446 §7.1). */
export function resumptionMasterSecret(
  hash: HashName,
  masterSecret: Buffer,
  throughClientFinished: Buffer
): Buffer {
  return deriveSecret(hash, masterSecret, 'res master', throughClientFinished);
}

/** The PSK a ticket stands for: HKDF-Expand-Label(resumption_master_secret, "resumption", ticket_nonce) (§4.6.1). */
export function ticketPsk(hash: HashName, resumptionSecret: Buffer, ticketNonce: Buffer): Buffer {
  return hkdfExpandLabel(hash, resumptionSecret, 'resumption', ticketNonce, hashLength(hash));
}

/** binder_key = Derive-Secret(Early Secret, "res binder", "") for a resumption PSK (RFC 8446 §7.1). */
export function resumptionBinderKey(hash: HashName, earlySecret: Buffer): Buffer {
  return deriveSecret(hash, earlySecret, 'res binder', Buffer.alloc(0));
}

/**
 * A PSK binder (RFC 8446 §4.2.11.2): the Finished computation with the binder key as base key, over the
 * ClientHello truncated before its binders list (the lengths still counting the binders).
 */
export function pskBinder(hash: HashName, earlySecret: Buffer, truncatedClientHello: Buffer): Buffer {
  return finishedVerifyData(hash, resumptionBinderKey(hash, earlySecret), truncatedClientHello);
}

/** client_early_traffic_secret = Derive-Secret(Early Secret, "c e traffic", ClientHello) (RFC 8446 §7.1). */
export function clientEarlyTrafficSecret(hash: HashName, earlySecret: Buffer, clientHello: Buffer): Buffer {
  return deriveSecret(hash, earlySecret, 'c e traffic', clientHello);
}
