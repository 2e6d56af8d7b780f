// The decoder campaign (`npm run fuzz -- --decoders N`): the same cases, fed in-process to the wire readers the
// probe uses (ReplyReader in random chunk sizes, decodeHandshake, the TLS 1.3 decryptor with our own key
// share, alerts, SSLv2, the non-TLS describer). A malformed reply may only ever end in a DecodeError (what the
// probe turns into a server fault); anything else thrown is a decoder bug, reported with its case index.
import { createKeyShare } from '../../src/wire/tls13/key-share.js';
import { encodeClientHello, clientHello } from '../../src/wire/client-hello.js';
import { decodeAlert } from '../../src/wire/alert.js';
import { decodeHandshake } from '../../src/wire/decode-handshake.js';
import { ReplyReader } from '../../src/wire/framing.js';
import { describeNonTls } from '../../src/wire/non-tls.js';
import { isServerFault } from '../../src/wire/server-fault.js';
import { decodeSslv2Error, decodeSslv2ServerHello } from '../../src/wire/sslv2.js';
import { Tls13HandshakeDecryptor } from '../../src/wire/tls13/handshake-decryptor.js';
import { selectedVersion, serverKeyShare, type ServerHello } from '../../src/wire/server-hello.js';
import { suiteByCode } from '../../src/registry/index.js';
import { buildCase, type CaseMaterial } from './case.js';
import { readOffer } from './offer.js';
import { caseRandom } from './random.js';

export interface DecoderBug {
  index: number;
  labels: string[];
  error: string;
}

const X25519 = 0x1d;

/** A TLS 1.2 or a TLS 1.3 hello as the scanner sends them, with a key share whose secret we keep. */
function hello(tls13: boolean) {
  const share = createKeyShare(X25519)!;
  const message = encodeClientHello(
    clientHello({
      clientVersion: 0x0303,
      cipherSuites: tls13
        ? [0x1301, 0x1302, 0x1303, 0xc02f]
        : [0xc02f, 0xc02b, 0x009e, 0x009c, 0x002f, 0x0033],
      supportedVersions: tls13 ? [0x0304, 0x0303] : undefined,
      supportedGroups: [X25519, 0x17],
      keyShares: tls13 ? [share.entry] : undefined,
      signatureAlgorithms: [0x0804, 0x0403, 0x0401],
      ecPointFormats: [0],
      sessionId: Buffer.alloc(32, 1)
    })
  );
  return { share, message };
}

/** How often each message kind was decoded, clear and encrypted: proof that the cases reach the decoders. */
export const reached: Record<string, number> = {};

function count(kind: string): void {
  reached[kind] = (reached[kind] ?? 0) + 1;
}

/** Reads one reply the way the probe does; throws what a decoder throws. */
function readReply(
  bytes: Buffer,
  chunks: number[],
  clientHelloMessage: Buffer,
  share: ReturnType<typeof createKeyShare>,
  sslv2: boolean
): void {
  const reader = new ReplyReader(sslv2);
  let at = 0;
  let serverHello: ServerHello | null = null;
  let version = 0x0303;
  let kx: { kx: string; au: string | null } | undefined;
  let decryptor: Tls13HandshakeDecryptor | null = null;
  const decode = (type: number, body: Buffer): void => {
    const decoded = decodeHandshake(type, body, version, kx);
    count(`${decryptor ? 'after keys: ' : ''}${decoded.kind}`);
    if (decoded.kind === 'server_hello' && !serverHello) {
      serverHello = decoded.message;
      version = selectedVersion(serverHello) ?? serverHello.legacyVersion;
      const suite = suiteByCode(serverHello.cipherSuite);
      if (suite?.kx) kx = { kx: suite.kx, au: suite.au };
      const key = serverKeyShare(serverHello);
      if (version === 0x0304 && key && key.group === X25519 && share) {
        const raw = Buffer.concat([
          Buffer.from([2]),
          Buffer.from([body.length >> 16, (body.length >> 8) & 0xff, body.length & 0xff]),
          body
        ]);
        decryptor = new Tls13HandshakeDecryptor(
          serverHello.cipherSuite,
          share.sharedSecret(key.keyExchange),
          Buffer.concat([clientHelloMessage, raw])
        );
      }
    }
  };
  for (const size of [...chunks, bytes.length]) {
    if (at >= bytes.length) break;
    reader.push(bytes.subarray(at, at + size));
    at += size;
    for (let frame = reader.next(); frame; frame = reader.next()) {
      if (frame.kind === 'handshake') decode(frame.message.type, frame.message.body);
      else if (frame.kind === 'sslv2') {
        if (frame.body[0] === 0) decodeSslv2Error(frame.body);
        else decodeSslv2ServerHello(frame.body);
      } else if (frame.record.type === 21) decodeAlert(frame.record.fragment);
      else if (decryptor)
        for (const m of (decryptor as Tls13HandshakeDecryptor).push(frame.record)) decode(m.type, m.body);
    }
  }
  if (reader.replyFormat === 'not-tls') describeNonTls(reader.firstBytes);
}

export function runDecoderCampaign(
  seed: string,
  cases: number,
  material: CaseMaterial,
  log: (line: string) => void
): DecoderBug[] {
  const bugs: DecoderBug[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < cases; index++) {
    const tls13 = index % 2 === 1;
    const { share, message } = hello(tls13);
    const offer = readOffer(
      Buffer.concat([Buffer.from([22, 3, 1, message.length >> 8, message.length & 0xff]), message])
    );
    if (offer === 'pending') throw new Error('the hello did not read back');
    const fuzzCase = buildCase(seed, index, offer, material);
    const random = caseRandom(`${seed}/chunks`, index);
    const chunks = Array.from({ length: random.between(0, 20) }, () => random.between(1, 2000));
    try {
      readReply(fuzzCase.bytes, chunks, message, share, fuzzCase.labels[0] === 'sslv2');
    } catch (error) {
      if (isServerFault(error)) continue;
      const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const stack = error instanceof Error ? (error.stack ?? text) : text;
      bugs.push({ index, labels: fuzzCase.labels, error: stack });
      const site = stack.split('\n').slice(0, 3).join(' ');
      if (!seen.has(site)) {
        seen.add(site);
        log(`decoder bug in case ${index} (${fuzzCase.labels.join(' ')}):\n${stack}`);
      }
    }
  }
  return bugs;
}
