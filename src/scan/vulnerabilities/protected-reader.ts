// Reads TLS 1.3 handshake messages from protected records on a conversation, under whichever keys are current
// (the server's handshake keys, then its application keys). ChangeCipherSpec (middlebox compatibility) and
// application data are skipped; an alert, a close, silence or anything unexpected ends the read as a value.
// A record that fails authentication is a DecodeError, which the conversation turns into a malformed reply.
import { ContentType } from '../../codepoints/index.js';
import type { AlertInfo } from '../../model/report.js';
import { decodeAlert } from '../../wire/alert.js';
import { HandshakeAssembler, type HandshakeMessage } from '../../wire/handshake.js';
import type { RecordProtection } from '../../wire/tls13/record-protection.js';
import { SCAN_BUDGETS } from '../budgets.js';
import type { Conversation, Reply } from './conversation.js';
import { describeReply } from './result.js';

export type ProtectedReply =
  | { kind: 'message'; message: HandshakeMessage }
  /**
   * `alert`: the alert that ended it, plaintext or protected (null: a close, silence, something else);
   * `transport`: a close, a reset or silence (the wait's end included), not an answer.
   */
  | { kind: 'ended'; what: string; alert: AlertInfo | null; transport: boolean };

const ended = (alert: AlertInfo): ProtectedReply => ({
  kind: 'ended',
  what: `alert ${alert.name} (${alert.level})`,
  alert,
  transport: false
});

export class ProtectedReader {
  private readonly assembler = new HandshakeAssembler();
  private records = 0;

  constructor(
    private readonly talk: Conversation,
    private opener: RecordProtection
  ) {}

  /** New keys from the next record on (the server's application keys after its Finished). */
  rekey(opener: RecordProtection): void {
    this.opener = opener;
  }

  /**
   * The next handshake message. `wait` bounds the wait for more bytes (absent: the per-read timeout and the
   * deadline); when it passes, the read ends as silence.
   */
  async next(wait?: (reply: Promise<Reply>) => Promise<Reply | null>): Promise<ProtectedReply> {
    for (;;) {
      const message = this.assembler.next();
      if (message) return { kind: 'message', message };
      if (++this.records > SCAN_BUDGETS.flightRecords)
        return {
          kind: 'ended',
          what: `more than ${SCAN_BUDGETS.flightRecords} records`,
          alert: null,
          transport: false
        };
      const reply = wait ? await wait(this.talk.next()) : await this.talk.next();
      if (reply === null) return { kind: 'ended', what: 'nothing more', alert: null, transport: true };
      if (reply.kind === 'alert') return ended(reply.alert);
      if (reply.kind !== 'record' || reply.type === ContentType.handshake)
        return {
          kind: 'ended',
          what: describeReply(reply),
          alert: null,
          transport: reply.kind === 'closed' || reply.kind === 'reset' || reply.kind === 'timeout'
        };
      if (reply.type === ContentType.change_cipher_spec) continue;
      const { type, content } = this.opener.open({
        type: reply.type,
        version: reply.version,
        fragment: reply.fragment
      });
      if (type === ContentType.alert) return ended(decodeAlert(content));
      if (type === ContentType.handshake) this.assembler.push(content);
    }
  }
}
