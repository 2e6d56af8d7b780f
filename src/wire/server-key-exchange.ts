// ServerKeyExchange (RFC 5246 §7.4.3, RFC 8422 §5.4, RFC 4279 §3-4): the engine reads only the key-exchange
// parameters (DH prime size, ECDHE named curve), never the signature: enumeration needs no verification.
import { EcCurveType, HandshakeType, NamedGroup } from '../codepoints/index.js';
import { ByteReader, ByteWriter } from './bytes.js';
import { encodeHandshake } from './handshake.js';

export type ServerKeyExchangeParams = { dhPrimeBits: number } | { namedGroup: number };

/** Bit length of an unsigned big-endian integer, ignoring leading zero bytes. */
export function bitLength(value: Buffer): number {
  let i = 0;
  while (i < value.length && value[i] === 0) i++;
  if (i === value.length) return 0;
  return (value.length - i - 1) * 8 + (32 - Math.clz32(value[i]!));
}

/**
 * Decodes the parameters of a ServerKeyExchange body for a suite with key exchange `kx` and authentication
 * `au` (registry names): finite-field DH (DHE, DH_anon, DHE_PSK) gives the prime size, ECDHE the curve;
 * anything else (RSA export keys, plain PSK hints, SRP) gives null.
 */
export function decodeServerKeyExchange(
  body: Buffer,
  kx: string,
  au: string | null = null
): ServerKeyExchangeParams | null {
  const r = new ByteReader(body, 'ServerKeyExchange');
  if (au === 'PSK') r.vector16('psk_identity_hint');
  if (kx === 'DHE' || (kx === 'DH' && au === 'anon')) {
    const p = r.vector16('dh_p').rest();
    r.vector16('dh_g');
    r.vector16('dh_Ys');
    return { dhPrimeBits: bitLength(p) };
  }
  if (kx === 'ECDHE' || (kx === 'ECDH' && au === 'anon')) {
    const curveType = r.u8();
    if (curveType === EcCurveType.named_curve) {
      const namedGroup = r.u16();
      r.vector8('ec_point');
      return { namedGroup };
    }
    if (curveType === EcCurveType.explicit_prime)
      return { namedGroup: NamedGroup.arbitrary_explicit_prime_curves };
    if (curveType === EcCurveType.explicit_char2)
      return { namedGroup: NamedGroup.arbitrary_explicit_char2_curves };
    return null;
  }
  return null;
}

/** A DHE ServerKeyExchange message (unsigned-content signature bytes supplied by the caller), header included. */
export function encodeDheServerKeyExchange(params: {
  p: Buffer;
  g: Buffer;
  ys: Buffer;
  signature?: Buffer;
}): Buffer {
  const w = new ByteWriter()
    .vector16((v) => v.bytes(params.p))
    .vector16((v) => v.bytes(params.g))
    .vector16((v) => v.bytes(params.ys));
  if (params.signature) w.bytes(params.signature);
  return encodeHandshake(HandshakeType.server_key_exchange, w.finish());
}

/** An ECDHE (named curve) ServerKeyExchange message, header included. */
export function encodeEcdheServerKeyExchange(params: {
  namedGroup: number;
  point: Buffer;
  signature?: Buffer;
}): Buffer {
  const w = new ByteWriter()
    .u8(EcCurveType.named_curve)
    .u16(params.namedGroup)
    .vector8((v) => v.bytes(params.point));
  if (params.signature) w.bytes(params.signature);
  return encodeHandshake(HandshakeType.server_key_exchange, w.finish());
}
