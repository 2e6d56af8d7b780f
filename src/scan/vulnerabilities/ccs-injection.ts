// CCS injection (CVE-2014-0224): OpenSSL before 0.9.8za/1.0.0m/1.0.1h accepted a ChangeCipherSpec before the key
// exchange and switched to keys derived from an empty master secret. The probe sends a ChangeCipherSpec right
// after the server's flight and, without waiting, one record that would be encrypted under such keys. A fixed
// server rejects the early ChangeCipherSpec (unexpected_message); a vulnerable one accepts it silently and then
// fails to decrypt the next record (bad_record_mac or decryption_failed).
import { AlertDescription, ContentType, HandshakeType } from '../../codepoints/index.js';
import type { VulnerabilityResult } from '../../model/report.js';
import { encodeChangeCipherSpec } from '../../wire/change-cipher-spec.js';
import { encodeRecords } from '../../wire/record.js';
import type { ScanContext } from '../context.js';
import { legacyHello } from '../hellos.js';
import { converse, type Conversation } from './conversation.js';
import type { LegacyTarget } from './legacy-target.js';
import { describeReply, ok, unknown, vulnerable } from './result.js';

/** What a client's encrypted Finished would look like on the wire: a handshake record of opaque bytes. */
const FAKE_FINISHED = Buffer.alloc(48, 0x0f);

export async function checkCcsInjection(
  ctx: ScanContext,
  target: LegacyTarget
): Promise<VulnerabilityResult> {
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
  const flight = await talk.hello(
    legacyHello(target.version, target.suites, { serverName: ctx.endpoint.sni })
  );
  if (flight.kind !== 'flight') {
    const answer = flight.kind === 'refused' ? describeReply(flight.reply) : flight.message;
    return unknown(
      `a ${target.version} hello was answered with ${answer}`,
      'the server sent no flight to answer'
    );
  }
  const version = flight.serverHello.legacyVersion;
  talk.send(encodeChangeCipherSpec(version));
  talk.send(encodeRecords(ContentType.handshake, version, FAKE_FINISHED));
  const reply = await talk.next();
  const sent = `a ChangeCipherSpec before any key exchange (${target.version})`;
  if (reply.kind === 'alert') {
    const { description } = reply.alert;
    if (
      description === AlertDescription.bad_record_mac ||
      description === AlertDescription.decryption_failed_RESERVED
    )
      return vulnerable(
        `${sent} was accepted: the record after it was decrypted under the injected keys and failed with alert ${reply.alert.name}`
      );
    return ok(`${sent} was answered with alert ${reply.alert.name}`);
  }
  if (reply.kind === 'closed' || reply.kind === 'reset')
    return ok(`${sent} ended the connection (${describeReply(reply)})`);
  if (reply.kind === 'record' && reply.type === ContentType.change_cipher_spec)
    return vulnerable(`${sent} was accepted and answered with the server's own ChangeCipherSpec`);
  if (reply.kind === 'handshake' && reply.type === HandshakeType.finished)
    return vulnerable(`${sent} was accepted and answered with a Finished`);
  return unknown(
    `${sent} was answered with ${describeReply(reply)}`,
    'the server neither refused the early ChangeCipherSpec nor showed that it had switched keys'
  );
}
