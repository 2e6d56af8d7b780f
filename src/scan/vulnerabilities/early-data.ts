// Whether a TLS 1.3 server accepts 0-RTT early data (RFC 8446 §2.3, §4.2.10), which an attacker can replay
// (§8, §E.5). Two connections of our own: a full handshake that collects the server's NewSessionTickets
// (tls13-ticket.ts); when one offers early data (max_early_data_size > 0), a second hello that resumes it with
// pre_shared_key (psk_dhe_ke, the ticket's obfuscated age, its binder), early_data, and one early record. The
// server's EncryptedExtensions then says: early_data present, accepted; absent, rejected. The early record is
// an empty application-data record (RFC 8446 §5.1 allows zero-length application data): the server's
// application receives no byte, so nothing it does can change state, even when the record is accepted or replayed.
import { ContentType, HandshakeType, ProtocolVersion } from '../../codepoints/index.js';
import { encodeChangeCipherSpec } from '../../wire/change-cipher-spec.js';
import { clientHello, encodeClientHello } from '../../wire/client-hello.js';
import { decodeEncryptedExtensions } from '../../wire/encrypted-extensions.js';
import { EncryptedExtension, findExtension, ServerExtension } from '../../wire/extension-codecs.js';
import { encodeHandshake } from '../../wire/handshake.js';
import { maxEarlyDataSize } from '../../wire/new-session-ticket.js';
import { bindPskBinders } from '../../wire/psk-binders.js';
import { encodeRecords } from '../../wire/record.js';
import {
  decodeServerHello,
  isHelloRetryRequest,
  selectedVersion,
  serverKeyShare
} from '../../wire/server-hello.js';
import { tls13Suite } from '../../wire/tls13/aead.js';
import {
  clientEarlyTrafficSecret,
  earlySecretOf,
  handshakeSecrets,
  hashLength,
  pskBinder
} from '../../wire/tls13/key-schedule.js';
import { createKeyShare } from '../../wire/tls13/key-share.js';
import { RecordProtection } from '../../wire/tls13/record-protection.js';
import type { ScanContext } from '../context.js';
import { tls13Hello } from '../hellos.js';
import { converse, type Conversation } from './conversation.js';
import { ProtectedReader } from './protected-reader.js';
import { describeReply } from './result.js';
import {
  agreeWith,
  fetchTickets,
  type ResumptionTicket,
  type TicketOutcome,
  type Tls13Offer
} from './tls13-ticket.js';

/** The answer and what it rests on (untrusted: it may quote the server's alerts). */
export interface EarlyDataAnswer {
  earlyData: boolean | null;
  evidence: string;
}

/** Connections the probe makes at most: the full handshake and the resumption. */
export const EARLY_DATA_HANDSHAKES = 2;

/**
 * The suite and group to handshake with: an accepted suite whose records we can open, and the first group in the
 * server's order we can compute a key share for; null when there is none.
 */
export function tls13Offer(
  suites: readonly number[],
  groups: readonly number[],
  serverName: string | null
): Tls13Offer | null {
  const suite = suites.find((code) => tls13Suite(code) !== undefined);
  const group = groups.find((code) => createKeyShare(code) !== null);
  return suite === undefined || group === undefined ? null : { suite, group, serverName };
}

const undecided = (evidence: string): EarlyDataAnswer => ({ earlyData: null, evidence });

/** Largest ticket a resuming hello offers: real ones are a few hundred bytes; pre_shared_key holds at most 64 KiB. */
const MAX_OFFERED_TICKET = 16384;

export async function probeEarlyData(ctx: ScanContext, offer: Tls13Offer): Promise<EarlyDataAnswer> {
  const fetch = (): Promise<TicketOutcome> =>
    converse(
      ctx,
      (talk) => fetchTickets(talk, offer),
      (evidence) => ({ kind: 'failed', evidence, transient: true })
    );
  // A server that went silent or closed mid-handshake is asked once more, with the resumption's connection: two
  // honest scans of a loaded server then agree on "no ticket allows early data" (the usual answer); when a ticket
  // does allow it, no connection is left to resume with, and the answer stays undecided.
  let fetched = await fetch();
  const retried = fetched.kind === 'failed' && fetched.transient;
  if (retried) fetched = await fetch();
  if (fetched.kind === 'failed') return undecided(`no TLS 1.3 session to resume: ${fetched.evidence}`);
  const { tickets } = fetched;
  const ticket = tickets.find((t) => maxEarlyDataSize(t.message) > 0);
  if (ticket && ticket.message.ticket.length > MAX_OFFERED_TICKET)
    return undecided(
      `the session ticket that allows early data is ${ticket.message.ticket.length} bytes, more than a hello of ours offers (${MAX_OFFERED_TICKET})`
    );
  if (!ticket)
    // One wording whether no ticket came or none allowed early data: how many arrived before the wait ended is
    // timing, and two honest scans of one server must read the same.
    return {
      earlyData: false,
      evidence:
        'no session ticket from a full TLS 1.3 handshake allows early data (none carried early_data), so no early data can be sent'
    };
  if (retried)
    return undecided(
      'a session ticket allows early data, but the first full handshake failed and the resumption had no connection left'
    );
  return converse(
    ctx,
    (talk) => resume(talk, offer, ticket),
    (evidence) => undecided(`the resumption could not be made: ${evidence}`)
  );
}

/** The resuming hello with early data, and what the server's EncryptedExtensions say about it. */
async function resume(
  talk: Conversation,
  offer: Tls13Offer,
  ticket: ResumptionTicket
): Promise<EarlyDataAnswer> {
  const { suite, message } = ticket;
  const share = createKeyShare(offer.group)!;
  const early = earlySecretOf(suite.hash, ticket.psk);
  const spec = {
    ...tls13Hello([offer.suite], {
      serverName: offer.serverName,
      groups: [offer.group],
      keyShares: [share.entry]
    }),
    earlyData: true,
    preSharedKey: {
      identities: [
        {
          identity: message.ticket,
          obfuscatedTicketAge: (Date.now() - ticket.receivedAt + message.ageAdd) >>> 0
        }
      ],
      binders: [Buffer.alloc(hashLength(suite.hash))]
    }
  };
  const hello = encodeClientHello(
    bindPskBinders(clientHello(spec), (truncated) => [pskBinder(suite.hash, early, truncated)])
  );
  const earlyKeys = new RecordProtection(suite, clientEarlyTrafficSecret(suite.hash, early, hello));
  talk.send(encodeRecords(ContentType.handshake, ProtocolVersion.TLSv1_0, hello));
  // Middlebox compatibility (RFC 8446 §D.4): with early data, the ChangeCipherSpec follows the first hello.
  talk.send(encodeChangeCipherSpec(ProtocolVersion.TLSv1_2));
  talk.send(earlyKeys.seal(ContentType.application_data, Buffer.alloc(0)));
  const sent = `a resumption offering early data (max_early_data_size ${maxEarlyDataSize(message)} in the ticket)`;
  const first = await talk.next();
  if (first.kind !== 'handshake' || first.type !== HandshakeType.server_hello)
    return undecided(`${sent} was answered with ${describeReply(first)}`);
  const serverHello = decodeServerHello(first.body);
  const key = serverKeyShare(serverHello);
  if (serverHello.cipherSuite !== offer.suite || selectedVersion(serverHello) !== ProtocolVersion.TLSv1_3)
    return undecided(`${sent} was answered with a ServerHello of another suite or version than offered`);
  if (isHelloRetryRequest(serverHello) || !key)
    return undecided(
      `${sent} was answered with a HelloRetryRequest, although it offered a group the server had accepted`
    );
  const resumed = findExtension(serverHello.extensions, ServerExtension.selectedIdentity) === 0;
  const transcript = Buffer.concat([hello, encodeHandshake(HandshakeType.server_hello, first.body)]);
  const secrets = handshakeSecrets(
    suite.hash,
    agreeWith(share, key),
    transcript,
    resumed ? early : undefined
  );
  const reader = new ProtectedReader(talk, new RecordProtection(suite, secrets.serverHandshakeTrafficSecret));
  const read = await reader.next();
  if (read.kind === 'ended') return undecided(`${sent}: the ServerHello was followed by ${read.what}`);
  if (read.message.type !== HandshakeType.encrypted_extensions)
    return undecided(
      `${sent}: the ServerHello was followed by handshake message ${read.message.type}, not EncryptedExtensions`
    );
  const accepted =
    findExtension(decodeEncryptedExtensions(read.message.body).extensions, EncryptedExtension.earlyData) ===
    true;
  const how = resumed ? 'the ticket was resumed' : 'the ticket was not resumed (a full handshake followed)';
  return {
    earlyData: accepted,
    evidence: accepted
      ? `${sent} was accepted: ${how} and EncryptedExtensions carried early_data`
      : `${sent} was refused: ${how} and EncryptedExtensions carried no early_data`
  };
}
