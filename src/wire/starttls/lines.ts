// A bounded line reader for the text protocols' dialogues (SMTP, IMAP, POP3, FTP): CRLF- or LF-terminated
// lines out of the bytes as they arrive, each at most MAX_LINE_BYTES, the whole dialogue at most
// MAX_DIALOGUE_LINES lines. Bytes are latin1: the commands and replies we read are ASCII, and anything else stays
// inert text.
import { DecodeError } from '../bytes.js';

/** Longer than any reply line the RFCs allow (SMTP: 512 octets, RFC 5321 §4.5.3.1.5), with room for servers
 *  that stretch it. */
export const MAX_LINE_BYTES = 8192;
/** More lines than any greeting and capability list we read (an EHLO answer has a dozen). */
export const MAX_DIALOGUE_LINES = 200;

export class LineReader {
  private pending = '';
  private taken = 0;

  push(chunk: Buffer): void {
    this.pending += chunk.toString('latin1');
  }

  /** The next whole line without its line ending, or null until one has arrived. Throws DecodeError past the
   *  bounds (a line too long, too many lines). */
  next(): string | null {
    const end = this.pending.indexOf('\n');
    if (end < 0) {
      if (this.pending.length > MAX_LINE_BYTES)
        throw new DecodeError(`a line longer than ${MAX_LINE_BYTES} bytes`, 'over-limit');
      return null;
    }
    if (end > MAX_LINE_BYTES)
      throw new DecodeError(`a line longer than ${MAX_LINE_BYTES} bytes`, 'over-limit');
    if (++this.taken > MAX_DIALOGUE_LINES)
      throw new DecodeError(`more than ${MAX_DIALOGUE_LINES} lines`, 'over-limit');
    const line = this.pending.slice(0, end).replace(/\r$/, '');
    this.pending = this.pending.slice(end + 1);
    return line;
  }

  /** Bytes received and not yet taken as a line (after the go-ahead these would be the server's, not TLS). */
  get leftover(): number {
    return this.pending.length;
  }
}

/** A reply of the numbered protocols (SMTP, FTP): "250-first", "250 last" (RFC 5321 §4.2, RFC 959 §4.2). */
export interface NumberedReply {
  code: number;
  lines: string[];
}

/**
 * Collects the lines of one numbered reply. A line "NNN-" goes on, "NNN " (or just "NNN") ends it; FTP also
 * allows continuation lines that do not start with the code, which are kept as text.
 */
export class NumberedReplyReader {
  private lines: string[] = [];
  private code: number | null = null;

  /** Adds a line; the whole reply when this line ended it. Throws DecodeError for a line that is no reply. */
  add(line: string): NumberedReply | null {
    const match = /^(\d{3})([ -]|$)(.*)$/.exec(line);
    if (this.code === null) {
      if (!match) throw new DecodeError('a reply that does not start with a 3-digit code');
      this.code = Number(match[1]);
    }
    this.lines.push(match ? match[3]! : line);
    if (match && Number(match[1]) === this.code && match[2] !== '-') {
      const reply = { code: this.code, lines: this.lines };
      this.lines = [];
      this.code = null;
      return reply;
    }
    return null;
  }
}
