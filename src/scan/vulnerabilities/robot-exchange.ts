// One ROBOT query over one connection (after the target's STARTTLS dialogue, if any): a ClientHello offering the
// server's TLS_RSA suites, its flight read up to ServerHelloDone (the leaf's RSA key), then our ClientKeyExchange
// carrying the crafted block, ChangeCipherSpec and a Finished of random bytes (no client could have the keys for a
// malformed premaster), and the server's first reaction: an alert, a close, a reset or silence, and after an alert
// whether the connection closed.
import { constants, publicEncrypt, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';
import { ContentType, HandshakeType } from '../../codepoints/index.js';
import { decodeAlert } from '../../wire/alert.js';
import { decodeCertificate } from '../../wire/certificate.js';
import { encodeClientHelloRecords } from '../../wire/client-hello.js';
import { CHANGE_CIPHER_SPEC_PAYLOAD, encodeRsaClientKeyExchange } from '../../wire/client-key-exchange.js';
import { ReplyReader, type ReplyFrame } from '../../wire/framing.js';
import { encodeRecords } from '../../wire/record.js';
import { isServerFault } from '../../wire/server-fault.js';
import { Connection, type ReadResult } from '../connection.js';
import type { ScanContext } from '../context.js';
import { legacyHello } from '../hellos.js';
import type { TlsVersion } from '../suites.js';
import { protocolVersionCode } from '../../registry/index.js';
import { robotBlock, type RobotQuery } from './robot-premaster.js';
import { connectFailureText, openTargetConnection } from './target-connection.js';

/** How the server reacted to one query; `reaction` is the comparable part, e.g. "alert bad_record_mac, then closed". */
export type RobotReaction =
  | { kind: 'answered'; reaction: string }
  /** The query never reached the ClientKeyExchange (handshake refused, no RSA key, budget or deadline). */
  | { kind: 'not-sent'; why: string };

/** Bytes of a Finished record as a CBC suite would carry it (IV + two blocks): garbage either way. */
const FINISHED_RECORD_LENGTH = 48;
const MAX_BYTES = 256 * 1024;

export interface RobotOffer {
  version: Exclude<TlsVersion, 'TLSv1.3'>;
  suites: number[];
}

export function robotQuery(ctx: ScanContext, offer: RobotOffer, query: RobotQuery): Promise<RobotReaction> {
  const refused: RobotReaction = { kind: 'not-sent', why: 'the scan budget or deadline was reached' };
  return ctx.connection(() => exchange(ctx, offer, query), refused);
}

async function exchange(ctx: ScanContext, offer: RobotOffer, query: RobotQuery): Promise<RobotReaction> {
  const opened = await openTargetConnection(ctx, MAX_BYTES);
  if (!(opened instanceof Connection)) return { kind: 'not-sent', why: connectFailureText(opened) };
  try {
    const hello = legacyHello(offer.version, offer.suites, { serverName: ctx.endpoint.sni });
    opened.write(encodeClientHelloRecords(hello));
    const reply = new ReplyReader(false);
    const key = await readServerKey(opened, reply);
    if (typeof key === 'string') return { kind: 'not-sent', why: key };
    const encrypted = encryptedBlock(key, robotBlock(query, modulusBytes(key), hello.clientVersion));
    if (!encrypted) return { kind: 'not-sent', why: 'the crafted block is larger than the RSA modulus' };
    const wire = protocolVersionCode(offer.version);
    opened.write(
      Buffer.concat([
        encodeRecords(
          ContentType.handshake,
          wire,
          encodeRsaClientKeyExchange(encrypted, offer.version === 'SSLv3')
        ),
        encodeRecords(ContentType.change_cipher_spec, wire, CHANGE_CIPHER_SPEC_PAYLOAD),
        encodeRecords(ContentType.handshake, wire, randomBytes(FINISHED_RECORD_LENGTH))
      ])
    );
    return { kind: 'answered', reaction: await readReaction(opened, reply) };
  } catch (error) {
    if (!isServerFault(error)) throw error;
    return { kind: 'answered', reaction: `malformed reply (${(error as Error).message})` };
  } finally {
    opened.close();
  }
}

/** Raw RSA (no padding: the block is padded already); null when the block is not below the modulus. */
function encryptedBlock(key: KeyObject, block: Buffer): Buffer | null {
  try {
    return publicEncrypt({ key, padding: constants.RSA_NO_PADDING }, block);
  } catch {
    return null;
  }
}

const modulusBytes = (key: KeyObject): number =>
  Math.ceil((key.asymmetricKeyDetails?.modulusLength ?? 0) / 8);

/** The leaf's RSA key once ServerHelloDone has arrived, or why the query cannot be sent. */
async function readServerKey(connection: Connection, reply: ReplyReader): Promise<KeyObject | string> {
  let key: KeyObject | string = 'the server sent no certificate';
  for (;;) {
    const frame = await nextFrame(connection, reply);
    if (frame.kind === 'ended') return `the handshake ended before ServerHelloDone (${frame.how})`;
    if (frame.kind === 'record') {
      return frame.record.type === ContentType.alert
        ? `the server refused the hello (alert ${decodeAlert(frame.record.fragment).name})`
        : 'the server sent an unexpected record before ServerHelloDone';
    }
    if (frame.kind !== 'handshake') return 'the server did not answer in TLS';
    const message = frame.message;
    if (message.type === HandshakeType.certificate)
      key = rsaKeyOf(decodeCertificate(message.body, false).certificates[0]);
    if (message.type === HandshakeType.server_hello_done) return key;
  }
}

function rsaKeyOf(der: Buffer | undefined): KeyObject | string {
  if (!der) return 'the server sent an empty certificate list';
  try {
    const key = new X509Certificate(der).publicKey;
    return key.asymmetricKeyType === 'rsa' ? key : `the certificate key is ${key.asymmetricKeyType}, not RSA`;
  } catch {
    return 'the certificate could not be parsed';
  }
}

/** The first thing the server does after our flight; after an alert, also whether it then closes. */
async function readReaction(connection: Connection, reply: ReplyReader): Promise<string> {
  const first = await nextFrame(connection, reply);
  if (first.kind === 'ended') return first.how;
  if (first.kind !== 'record') return 'handshake message';
  if (first.record.type === ContentType.change_cipher_spec) return 'ChangeCipherSpec (handshake continued)';
  if (first.record.type !== ContentType.alert) return `record of type ${first.record.type}`;
  const alert = decodeAlert(first.record.fragment);
  const after = await nextFrame(connection, reply);
  const then = after.kind === 'ended' ? after.how : 'more records';
  return `alert ${alert.name} (${alert.description}), then ${then}`;
}

type Frame = ReplyFrame | { kind: 'ended'; how: string };

async function nextFrame(connection: Connection, reply: ReplyReader): Promise<Frame> {
  for (;;) {
    const frame = reply.next();
    if (frame) return frame;
    const read: ReadResult = await connection.read();
    if (read.kind !== 'data') return { kind: 'ended', how: endedHow(read) };
    reply.push(read.chunk);
  }
}

function endedHow(read: Exclude<ReadResult, { kind: 'data' }>): string {
  switch (read.kind) {
    case 'end':
      return 'closed';
    case 'reset':
      return 'reset';
    case 'overflow':
      return 'too many bytes';
    default:
      return 'timeout';
  }
}
