// The base replies, one per family: a TLS 1.2 flight, a TLS 1.3 flight under a real key schedule, a
// HelloRetryRequest, SSLv2, alerts and non-TLS banners. Each answers what the hello offered, the way a real
// server would, before the mutations (mutate.ts) and the framing (framing.ts) bend it.
import { getDiffieHellman, randomBytes } from 'node:crypto';
import { suiteByCode } from '../../src/registry/index.js';
import { HELLO_RETRY_REQUEST_RANDOM } from '../../src/wire/server-hello.js';
import { encodeSslv2Error, encodeSslv2ServerHello } from '../../src/wire/sslv2.js';
import { tls13Suite } from '../../src/wire/tls13/aead.js';
import { handshakeSecrets, trafficKeys } from '../../src/wire/tls13/key-schedule.js';
import { createKeyShare } from '../../src/wire/tls13/key-share.js';
import { certificateList, type CertificateMaterial } from './asn1.js';
import type { Offer } from './offer.js';
import type { Random } from './random.js';
import {
  emptyReply,
  handshakeMessage,
  record,
  u16,
  u16Vector,
  u24Vector,
  u8Vector,
  type Reply
} from './reply.js';

const HT = { serverHello: 2, encryptedExtensions: 8, certificate: 11, serverKeyExchange: 12 } as const;
const HT2 = { certificateRequest: 13, serverHelloDone: 14, certificateVerify: 15, finished: 20, status: 22 };
const X25519 = 0x001d;
const SECP256R1 = 0x0017;

/** An extensions block; `huge` fills it with hundreds of extensions, duplicates and unknown types included. */
function extensionsBlock(random: Random, base: Buffer[], huge: boolean): Buffer {
  const list = [...base];
  if (huge) {
    const count = random.pick([200, 2000, 8000]);
    for (let i = 0; i < count; i++)
      list.push(Buffer.concat([u16(random.int(0x10000)), u16Vector(Buffer.alloc(0))]));
  }
  return u16Vector(Buffer.concat(list));
}

function ext(type: number, body: Buffer): Buffer {
  return Buffer.concat([u16(type), u16Vector(body)]);
}

function serverHelloMessage(fields: {
  version: number;
  random?: Buffer;
  sessionId: Buffer;
  suite: number;
  extensions: Buffer | null;
}): Buffer {
  return handshakeMessage(
    HT.serverHello,
    Buffer.concat([
      u16(fields.version),
      fields.random ?? randomBytes(32),
      u8Vector(fields.sessionId),
      u16(fields.suite),
      Buffer.from([0]),
      fields.extensions ?? Buffer.alloc(0)
    ])
  );
}

/** A Certificate message: TLS 1.2 (a list of DER) or TLS 1.3 (context, entries with extensions). */
function certificateMessage(random: Random, material: CertificateMaterial, tls13: boolean, labels: string[]) {
  const list = certificateList(random, material);
  labels.push(`cert:${list.label}`);
  const entries = list.entries.map((der) =>
    tls13
      ? Buffer.concat([
          u24Vector(der),
          extensionsBlock(random, [], list.entries.length <= 4 && random.chance(0.05))
        ])
      : u24Vector(der)
  );
  const body = Buffer.concat([
    tls13 ? u8Vector(Buffer.alloc(0)) : Buffer.alloc(0),
    u24Vector(Buffer.concat(entries))
  ]);
  return handshakeMessage(HT.certificate, body);
}

const COMMON_TLS12_SUITES = [0xc02f, 0xc02b, 0xc030, 0x009e, 0x009c, 0x002f, 0x0035, 0xc013, 0x0033, 0x000a];

/** A suite the hello offered (what a server picks), now and then one it did not offer. */
function tls12Suite(random: Random, offer: Offer): number {
  const offeredTls12 = offer.suites.filter(
    (code) => (code & 0xff00) !== 0x1300 && code !== 0x00ff && code !== 0x5600
  );
  if (offeredTls12.length === 0 || random.chance(0.05)) return random.pick(COMMON_TLS12_SUITES);
  return random.pick(offeredTls12);
}

const DH_GROUPS = ['modp1', 'modp2', 'modp14'];

function serverKeyExchange(random: Random, offer: Offer, kx: string | null): Buffer | null {
  const signature = Buffer.concat([
    u16(random.pick([0x0401, 0x0804, 0x0403, 0x0201, 0xffff])),
    u16Vector(random.bytes(random.pick([0, 64, 256, 600])))
  ]);
  if (kx === 'ECDHE') {
    const group = offer.groups.includes(X25519)
      ? X25519
      : offer.groups.includes(SECP256R1)
        ? SECP256R1
        : random.pick(offer.groups.length ? offer.groups : [X25519]);
    const point = group === X25519 ? random.bytes(32) : Buffer.concat([Buffer.from([4]), random.bytes(64)]);
    return handshakeMessage(
      HT.serverKeyExchange,
      Buffer.concat([Buffer.from([3]), u16(group), u8Vector(point), signature])
    );
  }
  if (kx === 'DHE' || random.chance(0.05)) {
    const prime = getDiffieHellman(random.pick(DH_GROUPS)).getPrime();
    const p = random.chance(0.1) ? random.bytes(random.size(1200)) : prime;
    return handshakeMessage(
      HT.serverKeyExchange,
      Buffer.concat([
        u16Vector(p),
        u16Vector(Buffer.from([2])),
        u16Vector(random.bytes(prime.length)),
        signature
      ])
    );
  }
  return null;
}

/** ServerHello, Certificate, [CertificateStatus], [ServerKeyExchange], [CertificateRequest], ServerHelloDone. */
export function tls12Flight(random: Random, offer: Offer, material: CertificateMaterial): Reply {
  const reply = emptyReply('tls12');
  const suite = tls12Suite(random, offer);
  const offeredVersion = Math.min(Math.max(...offer.versions.filter((v) => v <= 0x0303), 0x0300), 0x0303);
  const version = random.chance(0.9)
    ? offeredVersion
    : random.pick([0x0300, 0x0301, 0x0302, 0x0303, 0x0304, 0x7f1c]);
  reply.recordVersion = version === 0x0300 ? 0x0300 : random.pick([0x0301, version]);
  const base = [
    ext(0xff01, u8Vector(Buffer.alloc(0))),
    ext(11, u8Vector(Buffer.from([0]))),
    ext(23, Buffer.alloc(0))
  ];
  const huge = random.chance(0.05);
  if (huge) reply.labels.push('huge-extensions');
  const extensions = random.chance(0.1) ? null : extensionsBlock(random, base, huge);
  reply.clear.push(serverHelloMessage({ version, sessionId: offer.sessionId, suite, extensions }));
  reply.clear.push(certificateMessage(random, material, false, reply.labels));
  if (random.chance(0.05))
    reply.clear.push(
      handshakeMessage(
        HT2.status,
        Buffer.concat([Buffer.from([1]), u24Vector(random.bytes(random.size(3000)))])
      )
    );
  const ske = serverKeyExchange(random, offer, suiteByCode(suite)?.kx ?? null);
  if (ske) reply.clear.push(ske);
  if (random.chance(0.05))
    reply.clear.push(
      handshakeMessage(
        HT2.certificateRequest,
        Buffer.concat([
          u8Vector(Buffer.from([1, 64])),
          u16Vector(u16Vector(Buffer.from([4, 1]))),
          u16Vector(Buffer.alloc(0))
        ])
      )
    );
  reply.clear.push(handshakeMessage(HT2.serverHelloDone, Buffer.alloc(0)));
  return reply;
}

/** TLS 1.3: ServerHello in the clear, then EncryptedExtensions..Finished sealed under the real handshake keys. */
export function tls13Flight(random: Random, offer: Offer, material: CertificateMaterial): Reply {
  if (!offer.x25519 || !offer.message) return helloRetryRequest(random, offer);
  const reply = emptyReply('tls13');
  const offered13 = offer.suites.filter((code) => tls13Suite(code) !== undefined && code <= 0x1303);
  const suiteCode = offered13.length ? random.pick(offered13) : 0x1301;
  const suite = tls13Suite(suiteCode)!;
  const share = createKeyShare(X25519)!;
  const extensions = [
    ext(43, u16(0x0304)),
    ext(51, Buffer.concat([u16(X25519), u16Vector(share.entry.keyExchange)]))
  ];
  const sh = serverHelloMessage({
    version: 0x0303,
    sessionId: offer.sessionId,
    suite: suiteCode,
    extensions: u16Vector(Buffer.concat(extensions))
  });
  reply.clear.push(sh);
  const secrets = handshakeSecrets(
    suite.hash,
    share.sharedSecret(offer.x25519),
    Buffer.concat([offer.message, sh])
  );
  const keys = trafficKeys(suite.hash, secrets.serverHandshakeTrafficSecret, suite.keyLength);
  const huge = random.chance(0.05);
  if (huge) reply.labels.push('huge-extensions');
  const messages = [handshakeMessage(HT.encryptedExtensions, extensionsBlock(random, [], huge))];
  messages.push(certificateMessage(random, material, true, reply.labels));
  messages.push(
    handshakeMessage(
      HT2.certificateVerify,
      Buffer.concat([
        u16(random.pick([0x0804, 0x0403, 0x0807])),
        u16Vector(random.bytes(random.pick([64, 256])))
      ])
    )
  );
  messages.push(handshakeMessage(HT2.finished, random.bytes(suite.hash === 'sha384' ? 48 : 32)));
  reply.encrypted = { messages, suite, ...keys };
  if (random.chance(0.3)) reply.raw = record(20, 0x0303, Buffer.from([1])); // a middlebox-compatibility CCS, misplaced
  return reply;
}

/** A HelloRetryRequest for a group the hello offered (or any group), with a cookie now and then. */
export function helloRetryRequest(random: Random, offer: Offer): Reply {
  const reply = emptyReply('hrr');
  const group = offer.groups.length && random.chance(0.8) ? random.pick(offer.groups) : random.int(0x10000);
  const extensions = [ext(43, u16(random.chance(0.9) ? 0x0304 : random.int(0x10000))), ext(51, u16(group))];
  if (random.chance(0.3)) extensions.push(ext(44, u16Vector(random.bytes(random.size(3000)))));
  const offered13 = offer.suites.filter((code) => (code & 0xff00) === 0x1300);
  const suite = offered13.length ? random.pick(offered13) : 0x1301;
  const hrr = serverHelloMessage({
    version: 0x0303,
    random: HELLO_RETRY_REQUEST_RANDOM,
    sessionId: offer.sessionId,
    suite,
    extensions: u16Vector(Buffer.concat(extensions))
  });
  reply.clear.push(hrr);
  if (random.chance(0.2)) reply.clear.push(hrr); // a second HelloRetryRequest, which RFC 8446 forbids
  return reply;
}

const SSLV2_KINDS = [0x010080, 0x020080, 0x030080, 0x040080, 0x050080, 0x060040, 0x0700c0];

export function sslv2Reply(random: Random, material: CertificateMaterial): Reply {
  const reply = emptyReply('sslv2');
  if (random.chance(0.2)) {
    reply.raw = encodeSslv2Error(random.pick([1, 2, 4, 6, 0xffff]));
    return reply;
  }
  const list = certificateList(random, material);
  reply.labels.push(`cert:${list.label}`);
  const certificate = (list.entries[0] ?? Buffer.alloc(0)).subarray(0, 0x7000);
  const cipherSpecs = Array.from({ length: random.size(40) }, () =>
    random.chance(0.8) ? random.pick(SSLV2_KINDS) : random.int(0x1000000)
  );
  reply.raw = encodeSslv2ServerHello({
    certificate,
    cipherSpecs,
    version: random.chance(0.9) ? 0x0002 : random.int(0x10000)
  });
  return reply;
}

export function alertReply(random: Random): Reply {
  const reply = emptyReply('alert');
  const count = random.chance(0.8) ? 1 : random.between(2, 300);
  const alerts: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const level = random.chance(0.7) ? 2 : random.pick([1, 0, 3, 255]);
    const description = random.chance(0.7)
      ? random.pick([40, 70, 47, 80, 112, 0, 10, 42, 86, 109])
      : random.int(256);
    const body = random.chance(0.9) ? Buffer.from([level, description]) : random.bytes(random.size(20));
    alerts.push(record(21, random.pick([0x0300, 0x0301, 0x0303, 0x0002, 0xffff]), body));
  }
  reply.raw = Buffer.concat(alerts);
  return reply;
}

const BANNERS = [
  'SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n',
  'HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Length: 0\r\n\r\n',
  '220 mail.example ESMTP Postfix\r\n',
  '* OK [CAPABILITY IMAP4rev1 STARTTLS] Dovecot ready.\r\n',
  '+OK POP3 ready\r\n',
  '220 (vsFTPd 3.0.3)\r\n',
  'RFB 003.008\n',
  '\x1b[2J\x1b]0;owned\x07\x1b[31mred\r\n',
  '<?xml version="1.0"?><stream:stream>',
  '\u0000\u0000\u0000\u0008\u0004\u00d2\u0016\u002f'
];

export function bannerReply(random: Random): Reply {
  const reply = emptyReply('banner');
  reply.raw = random.chance(0.8)
    ? Buffer.from(random.pick(BANNERS), 'latin1')
    : random.bytes(random.size(5000));
  return reply;
}
