// Recognises peers that are not TLS servers from the first bytes they send (many protocols greet first:
// SMTP, FTP, SSH, POP3, IMAP) or answer a ClientHello with (HTTP servers answer 400). The description is fixed
// text chosen here, never the peer's bytes, so it is safe to print anywhere.
import { isKnownContentType, isSslv2Record } from './record.js';

const TEXT_SIGNATURES: { test: RegExp; description: string }[] = [
  { test: /^HTTP\/\d/, description: 'an HTTP server' },
  { test: /^<(!DOCTYPE|html|\?xml)/i, description: 'an HTTP server' },
  { test: /^SSH-\d/, description: 'an SSH server' },
  { test: /^220[ -].*(SMTP|mail)/i, description: 'an SMTP server' },
  { test: /^220[ -].*FTP/i, description: 'an FTP server' },
  { test: /^220[ -]/, description: 'an SMTP or FTP server' },
  { test: /^\+OK/, description: 'a POP3 server' },
  { test: /^\* (OK|PREAUTH)/, description: 'an IMAP server' },
  { test: /^RFB \d{3}\.\d{3}/, description: 'a VNC server' },
  { test: /^-(ERR|DENIED|NOAUTH)/, description: 'a Redis server' },
  { test: /^@RSYNCD:/, description: 'an rsync server' },
  { test: /^AMQP/, description: 'an AMQP server' },
  { test: /^:[\w.-]+ NOTICE/, description: 'an IRC server' }
];

/**
 * Describes what the peer is when its first bytes cannot be TLS ("an HTTP server", "an SSH server"...);
 * null when they could be the start of a TLS or SSLv2 record.
 */
export function describeNonTls(firstBytes: Buffer): string | null {
  if (firstBytes.length === 0) return null;
  const first = firstBytes[0]!;
  if (isKnownContentType(first) && (firstBytes.length < 2 || firstBytes[1] === 3)) return null;
  if (isSslv2Record(firstBytes) || (first & 0x80 && firstBytes.length < 3)) return null;
  const text = firstBytes.subarray(0, 256).toString('latin1');
  for (const signature of TEXT_SIGNATURES) if (signature.test.test(text)) return signature.description;
  // MySQL greets with a length-prefixed packet whose payload starts with protocol version 10.
  if (firstBytes.length >= 5 && firstBytes[3] === 0 && firstBytes[4] === 0x0a) return 'a MySQL server';
  if (/^[\x20-\x7e\r\n\t]{4,}/.test(text)) return 'a server speaking a text protocol, not TLS';
  return 'a server that does not speak TLS';
}
