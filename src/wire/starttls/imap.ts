// IMAP STARTTLS (RFC 9051 §6.2.1, RFC 3501): the "* OK" greeting, CAPABILITY to see whether STARTTLS is
// offered, STARTTLS, the tagged OK.
import { failed, type Move } from './dialogue.js';
import { command, LineDialogue } from './line-dialogue.js';

type State = 'greeting' | 'capability' | 'starttls';

const CAPABILITY_TAG = 'g1';
const STARTTLS_TAG = 'g2';

export class ImapDialogue extends LineDialogue {
  private state: State = 'greeting';
  private capabilities: string[] = [];

  protected onLine(line: string): Move {
    switch (this.state) {
      case 'greeting':
        if (/^\* PREAUTH\b/i.test(line))
          return failed(
            'STARTTLS_REFUSED',
            'the server pre-authenticated the session, STARTTLS is not allowed',
            line
          );
        if (!/^\* OK\b/i.test(line))
          return failed('STARTTLS_REFUSED', 'the server refused the session', line);
        this.state = 'capability';
        return { kind: 'send', bytes: command(`${CAPABILITY_TAG} CAPABILITY`) };
      case 'capability':
        return this.onCapability(line);
      case 'starttls':
        if (line.startsWith('* ')) return { kind: 'more' };
        if (new RegExp(`^${STARTTLS_TAG} OK\\b`, 'i').test(line)) return { kind: 'ready' };
        return failed('STARTTLS_REFUSED', 'the server refused STARTTLS', line);
    }
  }

  private onCapability(line: string): Move {
    const untagged = /^\* CAPABILITY (.*)$/i.exec(line);
    if (untagged) {
      this.capabilities.push(...untagged[1]!.split(' ').filter((word) => word !== ''));
      return { kind: 'more' };
    }
    if (line.startsWith('* ')) return { kind: 'more' };
    if (!new RegExp(`^${CAPABILITY_TAG} OK\\b`, 'i').test(line))
      return failed('STARTTLS_REFUSED', 'the server refused CAPABILITY', line);
    if (!this.capabilities.some((capability) => capability.toUpperCase() === 'STARTTLS')) {
      return failed(
        'STARTTLS_UNSUPPORTED',
        'the server does not offer STARTTLS in its capabilities',
        this.capabilities.join(' ')
      );
    }
    this.state = 'starttls';
    return { kind: 'send', bytes: command(`${STARTTLS_TAG} STARTTLS`) };
  }
}
