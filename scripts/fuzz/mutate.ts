// Mutations of the handshake messages, before framing: length fields, truncation, duplicated, dropped and
// reordered messages, unknown and oversized messages, flipped bytes. Each mutation names itself in the labels.
import type { Random } from './random.js';
import { handshakeMessage, type Reply } from './reply.js';

/** Values that sit on or just beyond a boundary of a field `max` wide around a real length `real`. */
function boundaryValue(random: Random, real: number, max: number): number {
  const candidates = [0, 1, real - 1, real + 1, real * 2, max, max - 1, random.int(max + 1)];
  return Math.max(0, Math.min(max, random.pick(candidates)));
}

function setMessageLength(message: Buffer, random: Random): Buffer {
  const out = Buffer.from(message);
  if (out.length >= 4) out.writeUIntBE(boundaryValue(random, out.length - 4, 0xffffff), 1, 3);
  return out;
}

/** A 1- or 2-byte field somewhere in the body set to a boundary value: inner vectors' lengths. */
function setInnerField(message: Buffer, random: Random): Buffer {
  const out = Buffer.from(message);
  if (out.length < 6) return out;
  const at = random.between(4, out.length - 2);
  if (random.chance(0.5)) out.writeUInt16BE(boundaryValue(random, out.readUInt16BE(at), 0xffff), at);
  else out[at] = boundaryValue(random, out[at], 0xff);
  return out;
}

function flipBytes(message: Buffer, random: Random): Buffer {
  const out = Buffer.from(message);
  for (let n = random.between(1, 4); n > 0 && out.length > 0; n--)
    out[random.int(out.length)] ^= 1 << random.int(8);
  return out;
}

type MessageMutation = (messages: Buffer[], random: Random) => Buffer[];

const MESSAGE_MUTATIONS: Record<string, MessageMutation> = {
  length: (m, r) => replaceOne(m, r, (x) => setMessageLength(x, r)),
  'inner-length': (m, r) => replaceOne(m, r, (x) => setInnerField(x, r)),
  truncate: (m, r) => replaceOne(m, r, (x) => x.subarray(0, r.int(x.length + 1))),
  flip: (m, r) => replaceOne(m, r, (x) => flipBytes(x, r)),
  duplicate: (m, r) => {
    const i = r.int(m.length);
    return [
      ...m.slice(0, i + 1),
      ...Array<Buffer>(r.chance(0.9) ? 1 : r.between(2, 500)).fill(m[i]),
      ...m.slice(i + 1)
    ];
  },
  drop: (m, r) => m.filter((_, i) => i !== r.int(m.length)),
  reorder: (m, r) => {
    const out = [...m];
    const i = r.int(out.length);
    const j = r.int(out.length);
    [out[i], out[j]] = [out[j], out[i]];
    return out;
  },
  unknown: (m, r) =>
    insert(
      m,
      r,
      handshakeMessage(r.pick([0, 3, 4, 5, 6, 7, 9, 21, 24, 25, 99, 254, 255]), r.bytes(r.size(300)))
    ),
  oversized: (m, r) =>
    insert(
      m,
      r,
      handshakeMessage(
        r.pick([11, 12, 2, 8, 200]),
        Buffer.alloc(r.pick([256 * 1024 - 4, 256 * 1024, 256 * 1024 + 1, 300_000]), r.int(256))
      )
    ),
  'empty-body': (m, r) => replaceOne(m, r, (x) => handshakeMessage(x[0] ?? 0, Buffer.alloc(0)))
};

function replaceOne(messages: Buffer[], random: Random, change: (message: Buffer) => Buffer): Buffer[] {
  const i = random.int(messages.length);
  return messages.map((message, j) => (j === i ? change(message) : message));
}

function insert(messages: Buffer[], random: Random, message: Buffer): Buffer[] {
  const i = random.int(messages.length + 1);
  return [...messages.slice(0, i), message, ...messages.slice(i)];
}

/** Zero to three mutations of the clear or the encrypted messages; the labels say which. */
export function mutateMessages(reply: Reply, random: Random): void {
  const count = random.weighted({ 0: 3, 1: 5, 2: 2, 3: 1 });
  for (let n = Number(count); n > 0; n--) {
    const name = random.pick(Object.keys(MESSAGE_MUTATIONS));
    const target = reply.encrypted && random.chance(0.7) ? reply.encrypted.messages : reply.clear;
    if (target.length === 0) continue;
    const mutated = MESSAGE_MUTATIONS[name](target, random);
    target.splice(0, target.length, ...mutated);
    reply.labels.push(`${reply.encrypted?.messages === target ? 'enc' : 'msg'}:${name}`);
  }
}
