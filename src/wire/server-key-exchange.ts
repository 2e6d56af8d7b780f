// ServerKeyExchange (RFC 5246 §7.4.3, RFC 8422 §5.4, RFC 4279 §3-4), both ways. Its layout depends on the
// negotiated suite's key exchange, so decoding needs the suite's kx and au (registry names). The engine reads
// only the key-exchange parameters (DH prime size, ECDHE named curve), never the signature: enumeration needs
// no verification, so whatever follows the parameters is kept as bytes.
import { EcCurveType, HandshakeType, NamedGroup } from '../codepoints/index.js';
import { ByteReader, ByteWriter } from './bytes.js';
import { encodeHandshake } from './handshake.js';

export type ServerKeyExchange = {
  /** psk_identity_hint, for the PSK-authenticated suites (RFC 4279 §3). */
  pskIdentityHint?: Buffer;
  /** What follows the parameters: the signature (DigitallySigned), empty for anonymous suites. */
  signature: Buffer;
} & (
  | { kind: 'dh'; p: Buffer; g: Buffer; ys: Buffer }
  | { kind: 'ecdh'; namedGroup: number; point: Buffer }
  /** An explicit curve (RFC 8422 §5.4, deprecated): its parameters are kept as bytes, in `signature`. */
  | { kind: 'ecdh-explicit'; curveType: number }
  /** RSA export keys, a plain PSK hint, SRP: nothing the engine reads; the bytes are in `signature`. */
  | { kind: 'other' }
);

export type ServerKeyExchangeParams = { dhPrimeBits: number } | { namedGroup: number };

/** Bit length of an unsigned big-endian integer, ignoring leading zero bytes. */
export function bitLength(value: Buffer): number {
  let i = 0;
  while (i < value.length && value[i] === 0) i++;
  if (i === value.length) return 0;
  return (value.length - i - 1) * 8 + (32 - Math.clz32(value[i]!));
}

const usesDh = (kx: string, au: string | null): boolean => kx === 'DHE' || (kx === 'DH' && au === 'anon');
const usesEcdh = (kx: string, au: string | null): boolean =>
  kx === 'ECDHE' || (kx === 'ECDH' && au === 'anon');

/** Decodes a ServerKeyExchange body for a suite with key exchange `kx` and authentication `au`. */
export function decodeServerKeyExchangeMessage(
  body: Buffer,
  kx: string,
  au: string | null = null
): ServerKeyExchange {
  const r = new ByteReader(body, 'ServerKeyExchange');
  const hint = au === 'PSK' ? { pskIdentityHint: Buffer.from(r.vector16('psk_identity_hint').rest()) } : {};
  const rest = (): Buffer => Buffer.from(r.rest());
  if (usesDh(kx, au)) {
    const p = Buffer.from(r.vector16('dh_p').rest());
    const g = Buffer.from(r.vector16('dh_g').rest());
    const ys = Buffer.from(r.vector16('dh_Ys').rest());
    return { kind: 'dh', ...hint, p, g, ys, signature: rest() };
  }
  if (usesEcdh(kx, au)) {
    const curveType = r.u8();
    if (curveType !== EcCurveType.named_curve)
      return { kind: 'ecdh-explicit', ...hint, curveType, signature: rest() };
    const namedGroup = r.u16();
    const point = Buffer.from(r.vector8('ec_point').rest());
    return { kind: 'ecdh', ...hint, namedGroup, point, signature: rest() };
  }
  return { kind: 'other', ...hint, signature: rest() };
}

/** The ServerKeyExchange handshake message, header included. */
export function encodeServerKeyExchange(message: ServerKeyExchange): Buffer {
  const w = new ByteWriter();
  if (message.pskIdentityHint) w.vector16((v) => v.bytes(message.pskIdentityHint!));
  if (message.kind === 'dh') {
    w.vector16((v) => v.bytes(message.p))
      .vector16((v) => v.bytes(message.g))
      .vector16((v) => v.bytes(message.ys));
  } else if (message.kind === 'ecdh') {
    w.u8(EcCurveType.named_curve)
      .u16(message.namedGroup)
      .vector8((v) => v.bytes(message.point));
  } else if (message.kind === 'ecdh-explicit') {
    w.u8(message.curveType);
  }
  w.bytes(message.signature);
  return encodeHandshake(HandshakeType.server_key_exchange, w.finish());
}

/**
 * What the engine reads from a ServerKeyExchange: the DH prime size, or the ECDHE curve (explicit curves map to
 * the arbitrary_explicit code points, RFC 8422 §5.1.1); null for anything else.
 */
export function keyExchangeParams(message: ServerKeyExchange): ServerKeyExchangeParams | null {
  switch (message.kind) {
    case 'dh':
      return { dhPrimeBits: bitLength(message.p) };
    case 'ecdh':
      return { namedGroup: message.namedGroup };
    case 'ecdh-explicit':
      if (message.curveType === EcCurveType.explicit_prime)
        return { namedGroup: NamedGroup.arbitrary_explicit_prime_curves };
      if (message.curveType === EcCurveType.explicit_char2)
        return { namedGroup: NamedGroup.arbitrary_explicit_char2_curves };
      return null;
    default:
      return null;
  }
}

/** The parameters of a ServerKeyExchange body (decodeServerKeyExchangeMessage, then keyExchangeParams). */
export function decodeServerKeyExchange(
  body: Buffer,
  kx: string,
  au: string | null = null
): ServerKeyExchangeParams | null {
  return keyExchangeParams(decodeServerKeyExchangeMessage(body, kx, au));
}

/** A DHE ServerKeyExchange message (signature bytes supplied by the caller), header included. */
export function encodeDheServerKeyExchange(params: {
  p: Buffer;
  g: Buffer;
  ys: Buffer;
  signature?: Buffer;
}): Buffer {
  return encodeServerKeyExchange({ kind: 'dh', ...params, signature: params.signature ?? Buffer.alloc(0) });
}

/** An ECDHE (named curve) ServerKeyExchange message, header included. */
export function encodeEcdheServerKeyExchange(params: {
  namedGroup: number;
  point: Buffer;
  signature?: Buffer;
}): Buffer {
  return encodeServerKeyExchange({ kind: 'ecdh', ...params, signature: params.signature ?? Buffer.alloc(0) });
}
