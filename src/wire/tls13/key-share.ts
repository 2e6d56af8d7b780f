// Client key shares (RFC 8446 §4.2.8) with node:crypto: X25519/X448 (RFC 7748) and the NIST curves
// (uncompressed points, §4.2.8.2; the shared secret is the x-coordinate), plus ML-KEM and the hybrid groups
// where this Node has ML-KEM (24.7+). Groups we only test acceptance of (FFDHE, brainpool, GOST, and ML-KEM on
// older Node) get well-formed placeholder shares: a server checks them, we never need their secret.
import * as nodeCrypto from 'node:crypto';
import {
  createECDH,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  randomBytes,
  randomInt,
  type KeyObject
} from 'node:crypto';
import { NamedGroup } from '../../codepoints/index.js';
import type { KeyShareEntry } from '../client-hello-spec.js';

export interface ClientKeyShare {
  entry: KeyShareEntry;
  /** The (EC)DHE shared secret from the server's key_exchange bytes; throws on an invalid server key. */
  sharedSecret(serverKey: Buffer): Buffer;
}

const NIST_CURVES: Record<number, string> = {
  [NamedGroup.secp256r1]: 'prime256v1',
  [NamedGroup.secp384r1]: 'secp384r1',
  [NamedGroup.secp521r1]: 'secp521r1'
};
/** Curves Node's OpenSSL has under the same names, used for well-formed placeholders. */
const OPENSSL_CURVES: Record<number, string> = {
  ...NIST_CURVES,
  [NamedGroup.secp256k1]: 'secp256k1',
  [NamedGroup.brainpoolP256r1]: 'brainpoolP256r1',
  [NamedGroup.brainpoolP384r1]: 'brainpoolP384r1',
  [NamedGroup.brainpoolP512r1]: 'brainpoolP512r1',
  [NamedGroup.brainpoolP256r1tls13]: 'brainpoolP256r1',
  [NamedGroup.brainpoolP384r1tls13]: 'brainpoolP384r1',
  [NamedGroup.brainpoolP512r1tls13]: 'brainpoolP512r1',
  [NamedGroup.curveSM2]: 'SM2'
};
const MONTGOMERY: Record<
  number,
  { type: 'x25519' | 'x448'; length: number; pkcs8Prefix: string; spkiPrefix: string }
> = {
  [NamedGroup.x25519]: {
    type: 'x25519',
    length: 32,
    pkcs8Prefix: '302e020100300506032b656e04220420',
    spkiPrefix: '302a300506032b656e032100'
  },
  [NamedGroup.x448]: {
    type: 'x448',
    length: 56,
    pkcs8Prefix: '3046020100300506032b656f043a0438',
    spkiPrefix: '3042300506032b656f033900'
  }
};

function montgomeryShare(group: number, privateKey: KeyObject): ClientKeyShare {
  const m = MONTGOMERY[group]!;
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const publicKey = spki.subarray(spki.length - m.length);
  return {
    entry: { group, keyExchange: Buffer.from(publicKey) },
    sharedSecret(serverKey: Buffer): Buffer {
      if (serverKey.length !== m.length)
        throw new RangeError(`${m.type} key share must be ${m.length} bytes`);
      const peer = createPublicKey({
        key: Buffer.concat([Buffer.from(m.spkiPrefix, 'hex'), serverKey]),
        format: 'der',
        type: 'spki'
      });
      return diffieHellman({ privateKey, publicKey: peer });
    }
  };
}

// ML-KEM (FIPS 203) through node:crypto exists from Node 24.7 (OpenSSL 3.5): feature-detected, never required.
type KemName = 'ml-kem-512' | 'ml-kem-768' | 'ml-kem-1024';
const KEM_CIPHERTEXT_BYTES: Record<KemName, number> = {
  'ml-kem-512': 768,
  'ml-kem-768': 1088,
  'ml-kem-1024': 1568
};
const KEM_KEY_BYTES: Record<KemName, number> = { 'ml-kem-512': 800, 'ml-kem-768': 1184, 'ml-kem-1024': 1568 };
const PURE_KEM: Record<number, KemName> = {
  [NamedGroup.MLKEM512]: 'ml-kem-512',
  [NamedGroup.MLKEM768]: 'ml-kem-768',
  [NamedGroup.MLKEM1024]: 'ml-kem-1024'
};
/**
 * Hybrid groups (draft-ietf-tls-ecdhe-mlkem, RFC 10024): X25519MLKEM768 puts ML-KEM first in shares and in the
 * shared secret; the NIST-curve hybrids put the ECDH part first.
 */
const HYBRID_KEM: Record<number, { kem: KemName; classical: number; kemFirst: boolean }> = {
  [NamedGroup.X25519MLKEM768]: { kem: 'ml-kem-768', classical: NamedGroup.x25519, kemFirst: true },
  [NamedGroup.SecP256r1MLKEM768]: { kem: 'ml-kem-768', classical: NamedGroup.secp256r1, kemFirst: false },
  [NamedGroup.SecP384r1MLKEM1024]: { kem: 'ml-kem-1024', classical: NamedGroup.secp384r1, kemFirst: false }
};

interface KemKeyPair {
  encapsulationKey: Buffer;
  decapsulate(ciphertext: Buffer): Buffer;
}

let kemSupport: boolean | null = null;

function kemKeyPair(kem: KemName): KemKeyPair | null {
  const api = nodeCrypto as unknown as {
    generateKeyPairSync(type: string): { publicKey: KeyObject; privateKey: KeyObject };
    decapsulate?: (key: KeyObject, ciphertext: Buffer) => Buffer;
  };
  if (kemSupport === false || typeof api.decapsulate !== 'function') return null;
  let pair: { publicKey: KeyObject; privateKey: KeyObject };
  try {
    pair = api.generateKeyPairSync(kem);
    kemSupport = true;
  } catch {
    kemSupport = false;
    return null;
  }
  const spki = pair.publicKey.export({ format: 'der', type: 'spki' });
  const decapsulate = api.decapsulate.bind(nodeCrypto);
  return {
    encapsulationKey: Buffer.from(spki.subarray(spki.length - KEM_KEY_BYTES[kem])),
    decapsulate(ciphertext: Buffer): Buffer {
      if (ciphertext.length !== KEM_CIPHERTEXT_BYTES[kem]) {
        throw new RangeError(`${kem} ciphertext must be ${KEM_CIPHERTEXT_BYTES[kem]} bytes`);
      }
      return Buffer.from(decapsulate(pair.privateKey, ciphertext));
    }
  };
}

function kemShare(group: number): ClientKeyShare | null {
  const pure = PURE_KEM[group];
  if (pure) {
    const pair = kemKeyPair(pure);
    if (!pair) return null;
    return { entry: { group, keyExchange: pair.encapsulationKey }, sharedSecret: (k) => pair.decapsulate(k) };
  }
  const hybrid = HYBRID_KEM[group];
  if (!hybrid) return null;
  const pair = kemKeyPair(hybrid.kem);
  const classical = createKeyShare(hybrid.classical);
  if (!pair || !classical) return null;
  const classicalLength = classical.entry.keyExchange.length;
  const ciphertextLength = KEM_CIPHERTEXT_BYTES[hybrid.kem];
  return {
    entry: {
      group,
      keyExchange: hybrid.kemFirst
        ? Buffer.concat([pair.encapsulationKey, classical.entry.keyExchange])
        : Buffer.concat([classical.entry.keyExchange, pair.encapsulationKey])
    },
    sharedSecret(serverKey: Buffer): Buffer {
      if (serverKey.length !== classicalLength + ciphertextLength) {
        throw new RangeError(`hybrid key share must be ${classicalLength + ciphertextLength} bytes`);
      }
      if (hybrid.kemFirst) {
        const kemSecret = pair.decapsulate(serverKey.subarray(0, ciphertextLength));
        return Buffer.concat([kemSecret, classical.sharedSecret(serverKey.subarray(ciphertextLength))]);
      }
      const classicalSecret = classical.sharedSecret(serverKey.subarray(0, classicalLength));
      return Buffer.concat([classicalSecret, pair.decapsulate(serverKey.subarray(classicalLength))]);
    }
  };
}

/**
 * A fresh key share we can complete the key exchange with, or null for groups we cannot compute
 * (use placeholderKeyShare for those): X25519, X448, P-256/384/521, and where this Node has ML-KEM (>= 24.7),
 * MLKEM512/768/1024, X25519MLKEM768, SecP256r1MLKEM768 and SecP384r1MLKEM1024.
 */
export function createKeyShare(group: number): ClientKeyShare | null {
  const m = MONTGOMERY[group];
  if (m) {
    const { privateKey } = m.type === 'x25519' ? generateKeyPairSync('x25519') : generateKeyPairSync('x448');
    return montgomeryShare(group, privateKey);
  }
  const curve = NIST_CURVES[group];
  if (curve) {
    const ecdh = createECDH(curve);
    ecdh.generateKeys();
    return {
      entry: { group, keyExchange: ecdh.getPublicKey() },
      sharedSecret: (serverKey: Buffer) => ecdh.computeSecret(serverKey)
    };
  }
  return kemShare(group);
}

/** A key share from a known private key (test vectors such as RFC 8448). X25519, X448 and NIST curves. */
export function keyShareFromPrivateKey(group: number, privateKey: Buffer): ClientKeyShare | null {
  const m = MONTGOMERY[group];
  if (m) {
    const key = createPrivateKey({
      key: Buffer.concat([Buffer.from(m.pkcs8Prefix, 'hex'), privateKey]),
      format: 'der',
      type: 'pkcs8'
    });
    return montgomeryShare(group, key);
  }
  const curve = NIST_CURVES[group];
  if (curve) {
    const ecdh = createECDH(curve);
    ecdh.setPrivateKey(privateKey);
    return {
      entry: { group, keyExchange: ecdh.getPublicKey() },
      sharedSecret: (k: Buffer) => ecdh.computeSecret(k)
    };
  }
  return null;
}

/** FFDHE prime sizes in bytes (RFC 7919 appendix A). */
const FFDHE_BYTES: Record<number, number> = {
  [NamedGroup.ffdhe2048]: 256,
  [NamedGroup.ffdhe3072]: 384,
  [NamedGroup.ffdhe4096]: 512,
  [NamedGroup.ffdhe6144]: 768,
  [NamedGroup.ffdhe8192]: 1024
};
/** ML-KEM rank k (FIPS 203 §8): encapsulation key = 384·k + 32 bytes. */
const MLKEM_RANK: Record<number, number> = {
  [NamedGroup.MLKEM512]: 2,
  [NamedGroup.MLKEM768]: 3,
  [NamedGroup.MLKEM1024]: 4
};

/**
 * An ML-KEM encapsulation key that passes the FIPS 203 §7.2 modulus check: k polynomials of 256 coefficients
 * below q = 3329, packed 12 bits each, then a 32-byte seed. Random bytes would fail that check.
 */
function mlkemEncapsulationKey(rank: number): Buffer {
  const packed = Buffer.alloc(384 * rank);
  for (let i = 0; i < packed.length; i += 3) {
    const a = randomInt(3329);
    const b = randomInt(3329);
    packed[i] = a & 0xff;
    packed[i + 1] = (a >> 8) | ((b & 0x0f) << 4);
    packed[i + 2] = b >> 4;
  }
  return Buffer.concat([packed, randomBytes(32)]);
}

function ecPoint(curve: string): Buffer {
  const ecdh = createECDH(curve);
  ecdh.generateKeys();
  return ecdh.getPublicKey();
}

/**
 * A key share of the right length and form for `group`, for probes that only ask "does the server accept
 * this group" (it answers ServerHello, HelloRetryRequest or an alert before it could notice we have no
 * private key). Real shares where node:crypto can make them.
 */
export function placeholderKeyShare(group: number): KeyShareEntry {
  return createKeyShare(group)?.entry ?? syntheticKeyShare(group);
}

/**
 * A well-formed share built without the group's key generation: what placeholderKeyShare falls back to (e.g.
 * ML-KEM on Node < 24.7). Exported so tests can check that real servers accept it.
 */
export function syntheticKeyShare(group: number): KeyShareEntry {
  if (MONTGOMERY[group] || NIST_CURVES[group]) return createKeyShare(group)!.entry;
  const curve = OPENSSL_CURVES[group];
  if (curve) {
    try {
      return { group, keyExchange: ecPoint(curve) };
    } catch {
      // This OpenSSL build lacks the curve: fall through to a random point-sized share.
    }
  }
  const ffdheBytes = FFDHE_BYTES[group];
  if (ffdheBytes) {
    // 2 generates the prime-order subgroup of every RFC 7919 group, so 2^e (1 < 2^e < p-1) is a valid public
    // value that passes subgroup checks.
    const value = Buffer.alloc(ffdheBytes);
    const exponent = randomInt(8, ffdheBytes * 8 - 8);
    value[ffdheBytes - 1 - (exponent >> 3)] = 1 << (exponent & 7);
    return { group, keyExchange: value };
  }
  const rank = MLKEM_RANK[group];
  if (rank) return { group, keyExchange: mlkemEncapsulationKey(rank) };
  switch (group) {
    case NamedGroup.SecP256r1MLKEM768: // SecP256r1MLKEM768: P-256 point || ML-KEM-768 (RFC 10024)
      return { group, keyExchange: Buffer.concat([ecPoint('prime256v1'), mlkemEncapsulationKey(3)]) };
    case NamedGroup.X25519MLKEM768: // X25519MLKEM768: ML-KEM-768 || X25519
      return {
        group,
        keyExchange: Buffer.concat([
          mlkemEncapsulationKey(3),
          createKeyShare(NamedGroup.x25519)!.entry.keyExchange
        ])
      };
    case NamedGroup.SecP384r1MLKEM1024: // SecP384r1MLKEM1024: P-384 point || ML-KEM-1024
      return { group, keyExchange: Buffer.concat([ecPoint('secp384r1'), mlkemEncapsulationKey(4)]) };
    case NamedGroup.curveSM2MLKEM768: // curveSM2MLKEM768: SM2 point || ML-KEM-768
      return {
        group,
        keyExchange: Buffer.concat([
          placeholderKeyShare(NamedGroup.curveSM2).keyExchange,
          mlkemEncapsulationKey(3)
        ])
      };
    case NamedGroup.X25519Kyber768Draft00: // X25519Kyber768Draft00: X25519 || Kyber768
      return {
        group,
        keyExchange: Buffer.concat([
          createKeyShare(NamedGroup.x25519)!.entry.keyExchange,
          mlkemEncapsulationKey(3)
        ])
      };
    case NamedGroup.SecP256r1Kyber768Draft00: // SecP256r1Kyber768Draft00
      return { group, keyExchange: Buffer.concat([ecPoint('prime256v1'), mlkemEncapsulationKey(3)]) };
    default:
      // GOST (RFC 9189: 64 or 128 bytes), SM2 without OpenSSL support, anything unknown: an uncompressed-point-sized value.
      if (group >= NamedGroup.GC256A && group <= NamedGroup.GC256D)
        return { group, keyExchange: randomBytes(64) };
      if (group >= NamedGroup.GC512A && group <= NamedGroup.GC512C)
        return { group, keyExchange: randomBytes(128) };
      return { group, keyExchange: Buffer.concat([Buffer.from([4]), randomBytes(64)]) };
  }
}
