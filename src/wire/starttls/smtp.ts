// SMTP STARTTLS (RFC 3207): the 220 greeting, EHLO, STARTTLS in the EHLO keywords, STARTTLS, 220.
// Also submission (RFC 6409, port 587): the same dialogue.
import { failed, type Move } from './dialogue.js';
import { command, LineDialogue } from './line-dialogue.js';
import { NumberedReplyReader, type NumberedReply } from './lines.js';

/** The name we say EHLO with: a reserved name (RFC 2606), so no server mistakes it for a real client's. */
export const EHLO_NAME = 'tls-gate.invalid';

type State = 'greeting' | 'ehlo' | 'starttls';

export class SmtpDialogue extends LineDialogue {
  private state: State = 'greeting';
  private readonly replies = new NumberedReplyReader();

  protected onLine(line: string): Move {
    const reply = this.replies.add(line);
    return reply ? this.onReply(reply) : { kind: 'more' };
  }

  private onReply(reply: NumberedReply): Move {
    const said = `${reply.code} ${reply.lines.join(' ')}`;
    switch (this.state) {
      case 'greeting':
        if (reply.code !== 220) return failed('STARTTLS_REFUSED', 'the server refused the session', said);
        this.state = 'ehlo';
        return { kind: 'send', bytes: command(`EHLO ${EHLO_NAME}`) };
      case 'ehlo':
        if (reply.code !== 250) return failed('STARTTLS_REFUSED', 'the server refused EHLO', said);
        // The first line is the server's name; the keywords follow, one per line (RFC 5321 §4.1.1.1).
        if (!reply.lines.slice(1).some((keyword) => /^STARTTLS\b/i.test(keyword.trim()))) {
          return failed(
            'STARTTLS_UNSUPPORTED',
            'the server does not offer STARTTLS in its EHLO answer',
            said
          );
        }
        this.state = 'starttls';
        return { kind: 'send', bytes: command('STARTTLS') };
      case 'starttls':
        if (reply.code !== 220) return failed('STARTTLS_REFUSED', 'the server refused STARTTLS', said);
        return { kind: 'ready' };
    }
  }
}
