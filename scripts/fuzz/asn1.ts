// Certificate lists for the Certificate message: real DER, DER with broken lengths, deeply nested and huge
// ASN.1, thousands of tiny entries, and subjects carrying terminal escapes (untrusted text must stay inert).
import type { Random } from './random.js';

export interface CertificateMaterial {
  /** A real self-signed leaf, DER, made at campaign start; its CN and SAN are "localhost". */
  leaf: Buffer;
}

export interface CertificateList {
  entries: Buffer[];
  label: string;
}

/** A DER length field. */
function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);
}

/**
 * SEQUENCE { SEQUENCE { ... } } `depth` deep around a NULL: what recursive decoders overflow on. Built in one
 * pass (headers inside out, then joined), so a deep one costs the harness no more than its size.
 */
export function nestedSequences(depth: number, tag = 0x30): Buffer {
  const inner = Buffer.from([0x05, 0x00]);
  const headers: Buffer[] = [];
  let length = inner.length;
  for (let i = 0; i < depth; i++) {
    const header = Buffer.concat([Buffer.from([tag]), derLength(length)]);
    headers.push(header);
    length += header.length;
  }
  return Buffer.concat([...headers.reverse(), inner]);
}

/** Offsets of every length field of the DER (walked as far as it is well formed). */
function lengthOffsets(der: Buffer): number[] {
  const offsets: number[] = [];
  const walk = (start: number, end: number, depth: number): void => {
    let at = start;
    while (at + 2 <= end && depth < 32) {
      const tag = der[at];
      const lengthAt = at + 1;
      let length = der[lengthAt];
      let header = 2;
      if (length & 0x80) {
        const n = length & 0x7f;
        if (n === 0 || n > 4 || lengthAt + n >= end) return;
        length = 0;
        for (let i = 1; i <= n; i++) length = length * 256 + der[lengthAt + i];
        header = 2 + n;
      }
      offsets.push(lengthAt);
      if (at + header + length > end) return;
      if (tag & 0x20) walk(at + header, at + header + length, depth + 1);
      at += header + length;
    }
  };
  walk(0, der.length, 0);
  return offsets;
}

const LENGTH_REPLACEMENTS = [
  Buffer.from([0x80]), // indefinite, forbidden in DER
  Buffer.from([0x00]),
  Buffer.from([0x7f]),
  Buffer.from([0x81, 0xff]),
  Buffer.from([0x84, 0xff, 0xff, 0xff, 0xff]),
  Buffer.from([0x88, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
  Buffer.from([0x82, 0x00, 0x01]) // non-minimal
];

/** The DER with one length field replaced (the bytes after it stay where they were). */
function brokenLength(der: Buffer, random: Random): Buffer {
  const offsets = lengthOffsets(der);
  if (offsets.length === 0) return der;
  const at = random.pick(offsets);
  const first = der[at];
  const width = first & 0x80 ? 1 + (first & 0x7f) : 1;
  return Buffer.concat([der.subarray(0, at), random.pick(LENGTH_REPLACEMENTS), der.subarray(at + width)]);
}

function flipped(der: Buffer, random: Random): Buffer {
  const out = Buffer.from(der);
  for (let n = random.between(1, 8); n > 0; n--) out[random.int(out.length)] = random.int(256);
  return out;
}

/** Terminal and markup escapes of the same length as "localhost", so the DER stays well formed. */
const HOSTILE_NAMES = [
  '\x1b[2J\x1b[H',
  '\x1b]0;pwn\x07',
  '<img src=',
  '\u202e\u202e\u202e',
  '\r\n\r\nX:\n',
  '`]|[*_#>!'
];

function withHostileNames(der: Buffer, random: Random): Buffer {
  const replacement = Buffer.from(random.pick(HOSTILE_NAMES), 'utf8').subarray(0, 9);
  const padded = Buffer.concat([replacement, Buffer.alloc(9 - replacement.length, 0x41)]);
  const out = Buffer.from(der);
  for (let at = out.indexOf('localhost'); at >= 0; at = out.indexOf('localhost', at + 9))
    padded.copy(out, at);
  return out;
}

function repeated(entry: Buffer, count: number): Buffer[] {
  return Array.from({ length: count }, () => entry);
}

/** One certificate list, drawn from every kind the harness knows. */
export function certificateList(random: Random, material: CertificateMaterial): CertificateList {
  const leaf = material.leaf;
  const kind = random.weighted({
    real: 6,
    chain: 2,
    flipped: 4,
    truncated: 2,
    'broken-length': 4,
    nested: 2,
    'huge-integer': 1,
    'many-tiny': 2,
    'many-copies': 1,
    empty: 1,
    'zero-length': 1,
    'hostile-names': 2,
    random: 1
  });
  switch (kind) {
    case 'real':
      return { entries: [leaf], label: kind };
    case 'chain':
      return { entries: repeated(leaf, random.between(2, 12)), label: kind };
    case 'flipped':
      return { entries: [flipped(leaf, random)], label: kind };
    case 'truncated':
      return { entries: [leaf.subarray(0, random.int(leaf.length))], label: kind };
    case 'broken-length':
      return { entries: [brokenLength(leaf, random)], label: kind };
    case 'nested': {
      const depth = random.pick([64, 500, 5000, 40000]);
      return {
        entries: [nestedSequences(depth, random.pick([0x30, 0x31, 0xa0]))],
        label: `${kind}-${depth}`
      };
    }
    case 'huge-integer':
      return { entries: [tlv(0x30, tlv(0x02, random.bytes(random.between(1000, 60000))))], label: kind };
    case 'many-tiny': {
      const count = random.pick([65, 500, 2000, 10000, 40000]);
      return { entries: repeated(Buffer.from([0x30, 0x00]), count), label: `${kind}-${count}` };
    }
    case 'many-copies': {
      const count = random.between(20, Math.floor(200_000 / leaf.length));
      return { entries: repeated(leaf, count), label: `${kind}-${count}` };
    }
    case 'empty':
      return { entries: [], label: kind };
    case 'zero-length':
      return { entries: [Buffer.alloc(0), leaf], label: kind };
    case 'hostile-names':
      return { entries: [withHostileNames(leaf, random)], label: kind };
    case 'random':
      return { entries: [random.bytes(random.size(4000))], label: kind };
  }
}
