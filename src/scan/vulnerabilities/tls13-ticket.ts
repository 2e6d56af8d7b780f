// One complete TLS 1.3 handshake of our own, to be given session tickets (RFC 8446 §4.6.1): our ClientHello with
// one suite and one key share the server accepted, its flight decrypted up to Finished (neither certificate nor
// signature is checked: nothing is sent under these keys but our Finished), our Finished, and then the
// NewSessionTickets under the server's application keys, each with the PSK it stands for. Bounded by the
// per-read timeout, the deadline and the flight budgets; the first ticket is waited for at most 2 s, and only the
// tickets that came with it are read after it.
import { AlertDescription, ContentType, HandshakeType, ProtocolVersion } from '../../codepoints/index.js';
import type { AlertInfo } from '../../model/report.js';
import { encodeCertificate } from '../../wire/certificate.js';
import { DecodeError } from '../../wire/bytes.js';
import { encodeChangeCipherSpec } from '../../wire/change-cipher-spec.js';
import type { KeyShareEntry } from '../../wire/client-hello-spec.js';
import { clientHello, encodeClientHello } from '../../wire/client-hello.js';
import { encodeFinished } from '../../wire/finished.js';
import { encodeHandshake } from '../../wire/handshake.js';
import {
  decodeNewSessionTicket,
  maxEarlyDataSize,
  type NewSessionTicket
} from '../../wire/new-session-ticket.js';
import { encodeRecords } from '../../wire/record.js';
import {
  decodeServerHello,
  isHelloRetryRequest,
  selectedVersion,
  serverKeyShare
} from '../../wire/server-hello.js';
import { tls13Suite, type Tls13Suite } from '../../wire/tls13/aead.js';
import {
  applicationSecrets,
  finishedVerifyData,
  handshakeSecrets,
  resumptionMasterSecret,
  ticketPsk
} from '../../wire/tls13/key-schedule.js';
import { createKeyShare, type ClientKeyShare } from '../../wire/tls13/key-share.js';
import { RecordProtection } from '../../wire/tls13/record-protection.js';
import { SCAN_BUDGETS } from '../budgets.js';
import { tls13Hello } from '../hellos.js';
import type { Conversation, Reply } from './conversation.js';
import { ProtectedReader } from './protected-reader.js';
import { describeReply } from './result.js';

/** What a resumption needs: the suite and group the server accepted, and the name it was reached by. */
export interface Tls13Offer {
  suite: number;
  group: number;
  serverName: string | null;
}

export interface ResumptionTicket {
  message: NewSessionTicket;
  psk: Buffer;
  suite: Tls13Suite;
  /** Date.now() when it arrived: its age goes into the resuming hello (obfuscated, RFC 8446 §4.2.11.1). */
  receivedAt: number;
}

/** `transient`: the server went silent, closed or reset before its Finished (a loaded server, not an answer). */
export type TicketOutcome =
  { kind: 'tickets'; tickets: ResumptionTicket[] } | { kind: 'failed'; evidence: string; transient: boolean };

/** Tickets read at most: servers send one or two (OpenSSL two); more is a server that keeps us reading. */
const MAX_TICKETS = 8;
/**
 * How long more tickets are waited for once one has come (ms): none. Those that came with it are still read (the
 * reader takes what is already buffered first), and a server gives all its tickets one early-data setting, its
 * own; waiting for more held every TLS 1.3 scan for 500 ms, and a server that serves one connection at a time
 * (openssl s_server) held every other probe behind it.
 */
const TICKET_GRACE_MS = 0;
/**
 * The wait for the first ticket (the per-read timeout caps it). A server sends its tickets as soon as it has our
 * Finished; one that sends none (OpenSSL's num_tickets 0, nginx without a session cache) would otherwise hold
 * every scan of it for the whole timeout, 10 s by default.
 */
const FIRST_TICKET_WAIT_MS = 2_000;

function within(ms: number): (reply: Promise<Reply>) => Promise<Reply | null> {
  return (reply) => {
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
    return Promise.race([reply, grace]).finally(() => clearTimeout(timer));
  };
}

const failed = (evidence: string, transient = false): TicketOutcome => ({
  kind: 'failed',
  evidence,
  transient
});

const TRANSPORT: ReadonlySet<Reply['kind']> = new Set(['closed', 'reset', 'timeout']);

/** The (EC)DHE secret with the server's key share; a key node:crypto cannot use is the server's fault. */
export function agreeWith(share: ClientKeyShare, server: KeyShareEntry): Buffer {
  try {
    return share.sharedSecret(server.keyExchange);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DecodeError(
      `key_share: the server's key for group 0x${server.group.toString(16)} is not usable (${reason})`
    );
  }
}

/** The full handshake and its tickets, on a fresh conversation. */
export async function fetchTickets(talk: Conversation, offer: Tls13Offer): Promise<TicketOutcome> {
  const suite = tls13Suite(offer.suite);
  const share = createKeyShare(offer.group);
  if (!suite || !share) return failed('no TLS 1.3 suite and group the scanner can complete a handshake with');
  const hello = encodeClientHello(
    clientHello(
      tls13Hello([offer.suite], {
        serverName: offer.serverName,
        groups: [offer.group],
        keyShares: [share.entry]
      })
    )
  );
  talk.send(encodeRecords(ContentType.handshake, ProtocolVersion.TLSv1_0, hello));
  const first = await talk.next();
  if (first.kind !== 'handshake' || first.type !== HandshakeType.server_hello)
    return failed(`our TLS 1.3 hello was answered with ${describeReply(first)}`, TRANSPORT.has(first.kind));
  const serverHello = decodeServerHello(first.body);
  const key = serverKeyShare(serverHello);
  if (isHelloRetryRequest(serverHello) || selectedVersion(serverHello) !== ProtocolVersion.TLSv1_3 || !key)
    return failed(
      'our TLS 1.3 hello, with a suite and group the server had accepted, was not answered with a TLS 1.3 ServerHello'
    );
  if (serverHello.cipherSuite !== offer.suite || key.group !== offer.group)
    return failed('the ServerHello selected a suite or group we did not offer');
  let transcript = Buffer.concat([hello, encodeHandshake(HandshakeType.server_hello, first.body)]);
  const secrets = handshakeSecrets(suite.hash, agreeWith(share, key), transcript);
  const reader = new ProtectedReader(talk, new RecordProtection(suite, secrets.serverHandshakeTrafficSecret));
  let certificateRequested = false;
  for (let messages = 0; ; messages++) {
    const read = await reader.next();
    if (read.kind === 'ended')
      return failed(`the server's encrypted flight ended with ${read.what}`, read.transport);
    if (messages >= SCAN_BUDGETS.flightMessages)
      return failed('the server flight exceeded the flight budget');
    transcript = Buffer.concat([transcript, read.message.raw]);
    if (read.message.type === HandshakeType.certificate_request) certificateRequested = true;
    if (read.message.type === HandshakeType.finished) break;
  }
  const application = applicationSecrets(suite.hash, secrets.handshakeSecret, transcript);
  // Asked for a client certificate, we send none (RFC 8446 §4.4.2): a server that only prefers one goes on.
  const clientCertificate = certificateRequested
    ? encodeCertificate({ certificates: [], ocspResponse: null }, true)
    : Buffer.alloc(0);
  transcript = Buffer.concat([transcript, clientCertificate]);
  const clientFinished = encodeFinished({
    verifyData: finishedVerifyData(suite.hash, secrets.clientHandshakeTrafficSecret, transcript)
  });
  // Middlebox compatibility (RFC 8446 §D.4): our hello sent a session ID, so a ChangeCipherSpec precedes our flight.
  talk.send(encodeChangeCipherSpec(ProtocolVersion.TLSv1_2));
  talk.send(
    new RecordProtection(suite, secrets.clientHandshakeTrafficSecret).seal(
      ContentType.handshake,
      Buffer.concat([clientCertificate, clientFinished])
    )
  );
  const resumption = resumptionMasterSecret(
    suite.hash,
    application.masterSecret,
    Buffer.concat([transcript, clientFinished])
  );
  reader.rekey(new RecordProtection(suite, application.serverApplicationTrafficSecret));
  const { tickets, alert } = await readTickets(reader, suite, resumption);
  // An alert instead of tickets is the server refusing the handshake (a client certificate it requires), not an
  // answer about tickets; close_notify is a server that has nothing more to send.
  if (tickets.length === 0 && alert && alert.description !== AlertDescription.close_notify)
    return failed(`our Finished was answered with alert ${alert.name} (${alert.level})`);
  return { kind: 'tickets', tickets };
}

/** NewSessionTickets until one allows early data, none more comes within the grace, or the connection ends. */
async function readTickets(
  reader: ProtectedReader,
  suite: Tls13Suite,
  resumption: Buffer
): Promise<{ tickets: ResumptionTicket[]; alert: AlertInfo | null }> {
  const tickets: ResumptionTicket[] = [];
  while (tickets.length < MAX_TICKETS) {
    const read = await reader.next(within(tickets.length > 0 ? TICKET_GRACE_MS : FIRST_TICKET_WAIT_MS));
    if (read.kind === 'ended') return { tickets, alert: read.alert };
    if (read.message.type !== HandshakeType.new_session_ticket) continue;
    const message = decodeNewSessionTicket(read.message.body);
    const psk = ticketPsk(suite.hash, resumption, message.nonce);
    tickets.push({ message, psk, suite, receivedAt: Date.now() });
    if (maxEarlyDataSize(message) > 0) break;
  }
  return { tickets, alert: null };
}
