// FTP AUTH TLS (RFC 4217 §4): the 220 greeting, AUTH TLS, 234.
import { failed, type Move } from './dialogue.js';
import { command, LineDialogue } from './line-dialogue.js';
import { NumberedReplyReader, type NumberedReply } from './lines.js';

/** Replies that say the command itself is unknown or not implemented (RFC 959 §4.2.1, RFC 2228). */
const NOT_OFFERED = new Set([500, 502, 504]);

export class FtpDialogue extends LineDialogue {
  private state: 'greeting' | 'auth' = 'greeting';
  private readonly replies = new NumberedReplyReader();

  protected onLine(line: string): Move {
    const reply = this.replies.add(line);
    return reply ? this.onReply(reply) : { kind: 'more' };
  }

  private onReply(reply: NumberedReply): Move {
    const said = `${reply.code} ${reply.lines.join(' ')}`;
    if (this.state === 'greeting') {
      // 120 "service ready in n minutes" is followed by the 220.
      if (reply.code === 120) return { kind: 'more' };
      if (reply.code !== 220) return failed('STARTTLS_REFUSED', 'the server refused the session', said);
      this.state = 'auth';
      return { kind: 'send', bytes: command('AUTH TLS') };
    }
    if (reply.code === 234) return { kind: 'ready' };
    if (NOT_OFFERED.has(reply.code))
      return failed('STARTTLS_UNSUPPORTED', 'the server does not offer AUTH TLS', said);
    return failed('STARTTLS_REFUSED', 'the server refused AUTH TLS', said);
  }
}
