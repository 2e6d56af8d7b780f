// PostgreSQL SSLRequest (PostgreSQL protocol docs, "SSL Session Encryption"): the client sends the 8-byte
// SSLRequest (length 8, code 80877103); the server answers one byte, 'S' (go on with TLS) or 'N' (no TLS). An
// older server may answer an ErrorResponse ('E') instead.
import { failed, type Move, type StarttlsDialogue } from './dialogue.js';

/** The SSLRequest code: 1234 in the high 16 bits, 5679 in the low (the docs' 80877103). */
export const SSL_REQUEST_CODE = 80877103;

export function encodeSslRequest(): Buffer {
  const request = Buffer.alloc(8);
  request.writeUInt32BE(8, 0);
  request.writeUInt32BE(SSL_REQUEST_CODE, 4);
  return request;
}

export class PostgresDialogue implements StarttlsDialogue {
  opening(): Buffer {
    return encodeSslRequest();
  }

  receive(chunk: Buffer): Move {
    if (chunk.length === 0) return { kind: 'more' };
    const answer = chunk[0]!;
    if (answer === 0x53 /* 'S' */) {
      // Bytes after the 'S' would be read as TLS: CVE-2021-23214 is a server buffering them.
      if (chunk.length > 1)
        return failed(
          'STARTTLS_PROTOCOL',
          'the server sent bytes after its SSLRequest answer, before the ClientHello'
        );
      return { kind: 'ready' };
    }
    if (answer === 0x4e /* 'N' */)
      return failed('STARTTLS_UNSUPPORTED', 'the server answered the SSLRequest with N (no TLS)');
    if (answer === 0x45 /* 'E' */) {
      return failed('STARTTLS_REFUSED', 'the server answered the SSLRequest with an error', errorText(chunk));
    }
    return failed(
      'STARTTLS_PROTOCOL',
      `the server answered the SSLRequest with byte 0x${answer.toString(16)}`
    );
  }
}

/** The message fields (type 'M') of an ErrorResponse, or its printable bytes when it is cut short. */
function errorText(message: Buffer): string {
  const fields = message.subarray(5).toString('latin1').split('\0');
  const text = fields.find((field) => field.startsWith('M'));
  return text ? text.slice(1) : message.subarray(1).toString('latin1');
}
