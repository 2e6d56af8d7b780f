// Heartbleed (CVE-2014-0160): OpenSSL 1.0.1-1.0.1f answered a heartbeat request with as many bytes as its
// payload_length claimed, copying its own memory past what was sent. Like the scanners that found it, the probe
// asks before the handshake ends (the bug answered then too, and no key exchange is needed): after the server's
// flight, one over-long request (8 bytes sent, 4096 claimed) and one honest request. A fixed server drops the
// first (RFC 6520 §4) and echoes the second; a vulnerable one answers the first with more than was sent.
import { ContentType, ExtensionType, HeartbeatMessageType, HeartbeatMode } from '../../codepoints/index.js';
import type { VulnerabilityResult } from '../../model/report.js';
import { decodeHeartbeat, encodeHeartbeatRequest } from '../../wire/heartbeat.js';
import { encodeRecords } from '../../wire/record.js';
import type { ScanContext } from '../context.js';
import { legacyHello } from '../hellos.js';
import { converse, type Conversation } from './conversation.js';
import type { LegacyTarget } from './legacy-target.js';
import { describeReply, ok, unknown, vulnerable } from './result.js';

const SENT = Buffer.from('tls-gate');
const CLAIMED = 4096;
const HONEST = Buffer.from('tls-gate-honest');

export async function checkHeartbleed(ctx: ScanContext, target: LegacyTarget): Promise<VulnerabilityResult> {
  return converse(
    ctx,
    (talk) => probe(ctx, talk, target),
    (message) => unknown('', message)
  );
}

async function probe(
  ctx: ScanContext,
  talk: Conversation,
  target: LegacyTarget
): Promise<VulnerabilityResult> {
  const hello = {
    ...legacyHello(target.version, target.suites, { serverName: ctx.endpoint.sni }),
    extraExtensions: [
      { type: ExtensionType.heartbeat, data: Buffer.from([HeartbeatMode.peer_allowed_to_send]) }
    ]
  };
  const flight = await talk.hello(hello);
  if (flight.kind !== 'flight') {
    const answer = flight.kind === 'refused' ? describeReply(flight.reply) : flight.message;
    return unknown(
      `a ${target.version} hello offering heartbeat was answered with ${answer}`,
      'the server refused a hello it accepts without the heartbeat extension, so no heartbeat could be sent'
    );
  }
  if (!flight.serverHello.extensions.some((e) => e.type === ExtensionType.heartbeat))
    return ok(`the ${target.version} ServerHello does not negotiate the heartbeat extension`);
  const version = flight.serverHello.legacyVersion;
  talk.send(encodeRecords(ContentType.heartbeat, version, encodeHeartbeatRequest(SENT, CLAIMED)));
  talk.send(encodeRecords(ContentType.heartbeat, version, encodeHeartbeatRequest(HONEST)));
  const reply = await talk.next();
  const sent = `a heartbeat request carrying ${SENT.length} bytes and claiming ${CLAIMED}`;
  if (reply.kind === 'record' && reply.type === ContentType.heartbeat) {
    const message = decodeHeartbeat(reply.fragment);
    const returned = message.payload.length;
    if (
      message.type === HeartbeatMessageType.heartbeat_response &&
      returned > SENT.length &&
      !message.payload.equals(HONEST)
    )
      return vulnerable(
        `${sent} was answered with ${returned} payload bytes (${reply.fragment.length} in the record): memory beyond the request`,
        { sentBytes: SENT.length, claimedBytes: CLAIMED, returnedBytes: returned }
      );
    return ok(`${sent} was dropped; the honest request after it was answered with its own ${returned} bytes`);
  }
  return ok(`${sent} was answered with ${describeReply(reply)}, not with memory`);
}
