// POP3 STLS (RFC 2595 §4): the +OK greeting, CAPA (RFC 2449) to see whether STLS is offered, STLS, +OK.
import { failed, type Move } from './dialogue.js';
import { command, LineDialogue } from './line-dialogue.js';

type State = 'greeting' | 'capa-status' | 'capa-list' | 'stls';

export class Pop3Dialogue extends LineDialogue {
  private state: State = 'greeting';
  private capabilities: string[] = [];

  protected onLine(line: string): Move {
    switch (this.state) {
      case 'greeting':
        if (!line.startsWith('+OK'))
          return failed('STARTTLS_REFUSED', 'the server refused the session', line);
        this.state = 'capa-status';
        return { kind: 'send', bytes: command('CAPA') };
      case 'capa-status':
        // A server without CAPA may still know STLS: ask.
        if (!line.startsWith('+OK')) return this.stls();
        this.state = 'capa-list';
        return { kind: 'more' };
      case 'capa-list':
        if (line !== '.') {
          this.capabilities.push(line.trim());
          return { kind: 'more' };
        }
        if (!this.capabilities.some((capability) => /^STLS\b/i.test(capability))) {
          return failed(
            'STARTTLS_UNSUPPORTED',
            'the server does not offer STLS in its CAPA answer',
            this.capabilities.join(' ')
          );
        }
        return this.stls();
      case 'stls':
        if (line.startsWith('+OK')) return { kind: 'ready' };
        return failed('STARTTLS_REFUSED', 'the server refused STLS', line);
    }
  }

  private stls(): Move {
    this.state = 'stls';
    return { kind: 'send', bytes: command('STLS') };
  }
}
