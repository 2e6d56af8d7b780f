// What the line-based dialogues (SMTP, IMAP, POP3, FTP) share: the byte and line bounds, and the rule that a
// server says nothing between its go-ahead and our ClientHello (bytes there would be read as TLS; RFC 3207 §5
// and RFC 2595 §3.1 make a client discard them, we report them instead).
import { DecodeError } from '../bytes.js';
import { failed, MAX_DIALOGUE_BYTES, type Move, type StarttlsDialogue } from './dialogue.js';
import { LineReader } from './lines.js';

export abstract class LineDialogue implements StarttlsDialogue {
  private readonly reader = new LineReader();
  private received = 0;

  opening(): Buffer | null {
    return null;
  }

  /** The move after one whole line; 'more' to read the next line. */
  protected abstract onLine(line: string): Move;

  receive(chunk: Buffer): Move {
    this.received += chunk.length;
    if (this.received > MAX_DIALOGUE_BYTES) {
      return failed('STARTTLS_PROTOCOL', `the server sent more than ${MAX_DIALOGUE_BYTES} bytes before TLS`);
    }
    this.reader.push(chunk);
    try {
      for (let line = this.reader.next(); line !== null; line = this.reader.next()) {
        const move = this.onLine(line);
        if (move.kind === 'more') continue;
        if (move.kind === 'ready' && this.reader.leftover > 0) {
          return failed(
            'STARTTLS_PROTOCOL',
            'the server sent bytes after its go-ahead, before the ClientHello'
          );
        }
        return move;
      }
      return { kind: 'more' };
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      return failed(
        'STARTTLS_PROTOCOL',
        `the server's plain-text dialogue broke its bounds: ${error.message}`
      );
    }
  }
}

export function command(text: string): Buffer {
  return Buffer.from(`${text}\r\n`, 'latin1');
}
