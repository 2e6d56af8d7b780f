// Ticketbleed (CVE-2016-9244): F5 BIG-IP echoed a 32-byte session ID when a client resumed with a session ticket
// and a shorter session ID, the bytes after the client's being uninitialised memory. The probe gets a ticket from
// one complete TLS 1.2 handshake, then resumes with it and a 1-byte session ID: a correct server echoes that one
// byte (RFC 5077 §3.4), a vulnerable one 32.
import { ContentType, HandshakeType } from '../../codepoints/index.js';
import type { VulnerabilityResult } from '../../model/report.js';
import { encodeClientHelloRecords } from '../../wire/client-hello.js';
import { decodeServerHello } from '../../wire/server-hello.js';
import type { ScanContext } from '../context.js';
import { legacyHello } from '../hellos.js';
import { converse, type Conversation } from './conversation.js';
import type { LegacyTarget } from './legacy-target.js';
import { describeReply, notApplicable, ok, unknown, vulnerable } from './result.js';
import { withTls12Session } from './tls12-session.js';

const SESSION_ID = Buffer.from([0x42]);

export async function checkTicketbleed(ctx: ScanContext, target: LegacyTarget): Promise<VulnerabilityResult> {
  const session = await withTls12Session(ctx, ({ ticket }) => Promise.resolve(ticket));
  if (session.kind === 'no-handshake')
    return notApplicable(`a session ticket needs a complete TLS 1.0-1.2 handshake: ${session.message}`);
  const ticket = session.value;
  if (!ticket || ticket.length === 0) return notApplicable('the server issues no TLS 1.2 session tickets');
  return converse(
    ctx,
    (talk) => resume(ctx, target, ticket, talk),
    (message) => unknown('', message)
  );
}

async function resume(
  ctx: ScanContext,
  target: LegacyTarget,
  ticket: Buffer,
  talk: Conversation
): Promise<VulnerabilityResult> {
  const hello = {
    ...legacyHello(target.version, target.suites, { serverName: ctx.endpoint.sni }),
    sessionId: SESSION_ID,
    sessionTicket: ticket
  };
  const sent = `a resumption with a ${ticket.length}-byte session ticket and a 1-byte session ID`;
  talk.send(encodeClientHelloRecords(hello));
  const first = await talk.next();
  if (first.kind !== 'handshake' || first.type !== HandshakeType.server_hello)
    return unknown(`${sent} was answered with ${describeReply(first)}`, 'the server sent no ServerHello');
  const echoed = decodeServerHello(first.body).sessionId;
  const after = await talk.next();
  const resumed =
    (after.kind === 'record' && after.type === ContentType.change_cipher_spec) ||
    (after.kind === 'handshake' && after.type === HandshakeType.new_session_ticket);
  if (!resumed) return ok(`${sent} was not resumed (a full handshake followed), so no session ID was echoed`);
  if (echoed.length > SESSION_ID.length && echoed[0] === SESSION_ID[0])
    return vulnerable(
      `${sent} was resumed with a ${echoed.length}-byte session ID echoed: memory after our byte`,
      {
        echoedBytes: echoed.length
      }
    );
  return ok(`${sent} was resumed and the ServerHello echoed ${echoed.length} byte(s)`);
}
