// From a reply to bytes: the clear messages as handshake records, the encrypted ones sealed as TLS 1.3 records
// (AEAD, real keys, sequence numbers), then the raw tail. How the bytes are cut into records is itself a
// mutation (one record, one per message, 1-byte and random-size records, empty and oversized records), and the
// record boundaries are kept so a truncation can land exactly on one.
import { recordNonce, sealRecord } from '../../src/wire/tls13/aead.js';
import type { Random } from './random.js';
import { record, type EncryptedPart, type Reply } from './reply.js';

export interface Wire {
  bytes: Buffer;
  /** Offsets where a record or a message starts: where a truncation is most interesting. */
  boundaries: number[];
}

const MAX_FRAGMENT = 1 << 14;

/** Cuts `payload` into fragment sizes by one strategy; 1-byte records only where the payload is small. */
function fragmentSizes(
  random: Random,
  payload: Buffer,
  messageSizes: number[],
  labels: string[],
  tag: string
): number[] {
  const strategy = random.weighted({
    one: 6,
    'per-message': 3,
    'one-byte': payload.length <= 20_000 ? 1 : 0,
    random: 2
  });
  labels.push(`${tag}:${strategy}`);
  const total = payload.length;
  const sizes: number[] = [];
  const fill = (next: () => number): void => {
    for (let left = total; left > 0;) {
      const size = Math.max(1, Math.min(left, next()));
      sizes.push(size);
      left -= size;
    }
  };
  switch (strategy) {
    case 'one':
      fill(() => MAX_FRAGMENT);
      break;
    case 'per-message':
      for (const size of messageSizes)
        for (let left = size; left > 0; left -= MAX_FRAGMENT) sizes.push(Math.min(left, MAX_FRAGMENT));
      break;
    case 'one-byte':
      fill(() => 1);
      break;
    default:
      fill(() =>
        random.chance(0.05)
          ? random.between(MAX_FRAGMENT + 1, MAX_FRAGMENT + 4096)
          : random.between(1, MAX_FRAGMENT)
      );
  }
  return sizes.length ? sizes : [0];
}

function clearRecords(reply: Reply, random: Random, wire: Wire): void {
  const payload = Buffer.concat(reply.clear);
  const sizes = fragmentSizes(
    random,
    payload,
    reply.clear.map((m) => m.length),
    reply.labels,
    'rec'
  );
  const interleave = random.chance(0.05) ? random.pick(['empty', 'ccs', 'alert-warning', 'app-data']) : null;
  if (interleave) reply.labels.push(`rec:interleave-${interleave}`);
  let offset = 0;
  let written = wire.bytes.length;
  const parts: Buffer[] = [];
  const push = (part: Buffer): void => {
    parts.push(part);
    written += part.length;
  };
  for (const size of sizes) {
    wire.boundaries.push(written);
    push(record(22, reply.recordVersion, payload.subarray(offset, offset + size)));
    offset += size;
    if (interleave && random.chance(0.5)) push(interleaved(interleave, reply.recordVersion));
  }
  wire.bytes = Buffer.concat([wire.bytes, ...parts]);
}

function interleaved(kind: string, version: number): Buffer {
  if (kind === 'empty') return record(22, version, Buffer.alloc(0));
  if (kind === 'ccs') return record(20, version, Buffer.from([1]));
  if (kind === 'alert-warning') return record(21, version, Buffer.from([1, 90]));
  return record(23, version, Buffer.alloc(40, 0x41));
}

/** Seals the encrypted messages, with a broken tag, a wrong inner type or a skipped sequence now and then. */
function encryptedRecords(part: EncryptedPart, reply: Reply, random: Random, wire: Wire): void {
  const payload = Buffer.concat(part.messages);
  const sizes = fragmentSizes(
    random,
    payload,
    part.messages.map((m) => m.length),
    reply.labels,
    'enc-rec'
  );
  const fault = random.chance(0.1)
    ? random.pick(['tag', 'inner-type', 'sequence', 'padding-only', 'padding'])
    : null;
  if (fault) reply.labels.push(`enc-rec:${fault}`);
  const faultAt = random.int(sizes.length);
  let offset = 0;
  let sequence = 0n;
  let written = wire.bytes.length;
  const parts: Buffer[] = [];
  sizes.forEach((size, i) => {
    const here = fault !== null && i === faultAt;
    let type = 22;
    if (here && fault === 'inner-type') type = random.pick([0, 21, 23, 20, 99]);
    let inner = Buffer.concat([payload.subarray(offset, offset + size), Buffer.from([type])]);
    if (here && fault === 'padding-only') inner = Buffer.alloc(random.between(1, 100));
    if (here && fault === 'padding') inner = Buffer.concat([inner, Buffer.alloc(random.between(1, 2000))]);
    if (here && fault === 'sequence') sequence += 1n;
    const header = Buffer.from([23, 3, 3, 0, 0]);
    header.writeUInt16BE((inner.length + part.suite.tagLength) & 0xffff, 3);
    const sealed = sealRecord(part.suite, part.key, recordNonce(part.iv, sequence), header, inner);
    if (here && fault === 'tag') sealed[random.int(sealed.length)] ^= 0x01;
    wire.boundaries.push(written);
    parts.push(header, sealed);
    written += header.length + sealed.length;
    offset += size;
    sequence += 1n;
  });
  wire.bytes = Buffer.concat([wire.bytes, ...parts]);
}

/** The reply as bytes, then at most one cut or addition on the wire. */
export function frame(reply: Reply, random: Random): Wire {
  const wire: Wire = { bytes: Buffer.alloc(0), boundaries: [] };
  if (reply.clear.length) clearRecords(reply, random, wire);
  if (reply.encrypted && reply.encrypted.messages.length)
    encryptedRecords(reply.encrypted, reply, random, wire);
  wire.boundaries.push(wire.bytes.length);
  wire.bytes = Buffer.concat([wire.bytes, reply.raw]);
  const cut = random.weighted({ none: 8, boundary: 2, anywhere: 1, garbage: 1 });
  if (cut === 'boundary' && wire.boundaries.length) {
    const at = Math.max(0, random.pick(wire.boundaries) + random.pick([-1, 0, 1, 2, 5]));
    wire.bytes = wire.bytes.subarray(0, at);
    reply.labels.push(`wire:cut-at-boundary-${at}`);
  } else if (cut === 'anywhere') {
    const at = random.int(wire.bytes.length + 1);
    wire.bytes = wire.bytes.subarray(0, at);
    reply.labels.push(`wire:cut-${at}`);
  } else if (cut === 'garbage') {
    wire.bytes = Buffer.concat([wire.bytes, random.bytes(random.size(3000))]);
    reply.labels.push('wire:garbage');
  }
  return wire;
}
