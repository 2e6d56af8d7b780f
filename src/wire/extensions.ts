// The codecs of the extension bodies a ClientHello or ServerHello carries (code points: src/codepoints). Each encoder returns the extension_data only; the caller frames type + length.
import { ByteReader, ByteWriter, DecodeError } from './bytes.js';

export interface Extension {
  type: number;
  data: Buffer;
}

/** Writes an extensions block (u16 length, then type/length/data entries). */
export function writeExtensions(w: ByteWriter, extensions: Extension[]): void {
  w.vector16((list) => {
    for (const ext of extensions) list.u16(ext.type).vector16((d) => d.bytes(ext.data));
  });
}

/**
 * Reads an extensions block; a repeated type is an error (RFC 8446 §4.2) unless `duplicates` is 'allowed' (the
 * CertificateEntry reader has always tolerated them, and a scan should not newly fail on such a server).
 */
export function readExtensions(
  reader: ByteReader,
  what = 'extensions',
  duplicates: 'rejected' | 'allowed' = 'rejected'
): Extension[] {
  const list = reader.vector16(what);
  const out: Extension[] = [];
  const seen = new Set<number>();
  while (!list.done()) {
    const type = list.u16();
    const data = list.vector16('extension').rest();
    if (seen.has(type) && duplicates === 'rejected')
      throw new DecodeError(`extensions: type ${type} appears twice`, 'duplicate-extension');
    seen.add(type);
    out.push({ type, data });
  }
  return out;
}

/** Encodings of frozen lists (the engine's hellos share a few, sent thousands of times in a run), kept while the list lives. */
const frozenListBytes = new WeakMap<readonly number[], Buffer>();

function encodedOnce(values: readonly number[], encode: () => Buffer): Buffer {
  if (!Object.isFrozen(values)) return encode();
  let bytes = frozenListBytes.get(values);
  if (!bytes) {
    bytes = encode();
    frozenListBytes.set(values, bytes);
  }
  return bytes;
}

export function u16List(values: number[]): Buffer {
  return encodedOnce(values, () =>
    new ByteWriter().vector16((w) => values.forEach((v) => w.u16(v))).finish()
  );
}

export function u8List(values: number[]): Buffer {
  return encodedOnce(values, () => new ByteWriter().vector8((w) => values.forEach((v) => w.u8(v))).finish());
}

export function readU16List(data: Buffer, what: string): number[] {
  const r = new ByteReader(data, what);
  const list = r.vector16();
  r.expectDone();
  const out: number[] = [];
  while (!list.done()) out.push(list.u16());
  return out;
}

export function readU8List(data: Buffer, what: string): number[] {
  const r = new ByteReader(data, what);
  const list = r.vector8();
  r.expectDone();
  const out: number[] = [];
  while (!list.done()) out.push(list.u8());
  return out;
}

/** server_name (RFC 6066 §3): a list holding one host_name entry. */
export function encodeServerName(host: string): Buffer {
  return new ByteWriter()
    .vector16((list) => list.u8(0).vector16((n) => n.bytes(Buffer.from(host, 'ascii'))))
    .finish();
}

export function decodeServerName(data: Buffer): string | null {
  const r = new ByteReader(data, 'server_name');
  const list = r.vector16();
  r.expectDone();
  while (!list.done()) {
    const nameType = list.u8();
    const name = list.vector16().rest();
    if (nameType === 0) return name.toString('latin1');
  }
  return null;
}

/** ALPN (RFC 7301): a u16 list of u8-prefixed protocol names. */
export function encodeAlpn(protocols: string[]): Buffer {
  return new ByteWriter()
    .vector16((list) => protocols.forEach((p) => list.vector8((n) => n.bytes(Buffer.from(p, 'latin1')))))
    .finish();
}

export function decodeAlpn(data: Buffer): string[] {
  const r = new ByteReader(data, 'alpn');
  const list = r.vector16();
  r.expectDone();
  const out: string[] = [];
  while (!list.done()) out.push(list.vector8().rest().toString('latin1'));
  return out;
}
