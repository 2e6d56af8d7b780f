// The shape every STARTTLS dialogue shares (src/wire/starttls/<protocol>.ts): a state machine fed the bytes the
// server sends, answering what to send next and whether TLS may start. It does no I/O (src/scan/starttls.ts
// runs it over a socket) and never throws for anything the server sends: every way a dialogue can end is a Move.

/**
 * Why an upgrade failed: the server does not offer STARTTLS (UNSUPPORTED), offers it but said no
 * (REFUSED), or said something the protocol does not allow (PROTOCOL: garbage, a line or a dialogue over its
 * bounds).
 */
export type StarttlsFailureCode = 'STARTTLS_UNSUPPORTED' | 'STARTTLS_REFUSED' | 'STARTTLS_PROTOCOL';

export type Move =
  /** Nothing to do until more bytes arrive. */
  | { kind: 'more' }
  /** Send these bytes, then go on reading. */
  | { kind: 'send'; bytes: Buffer }
  /** The plain-text part is over: the next bytes on the connection are our ClientHello (after `bytes`, if any). */
  | { kind: 'ready'; bytes?: Buffer }
  /** The upgrade failed; `said` is what the server said (untrusted, already cut to a short excerpt). */
  | { kind: 'failed'; code: StarttlsFailureCode; reason: string; said: string | null };

export interface StarttlsDialogue {
  /** What the client says first (XMPP's stream header, LDAP's and PostgreSQL's requests), or null when the
   *  server speaks first. */
  opening(): Buffer | null;
  /** Takes the bytes just received; the next move. */
  receive(chunk: Buffer): Move;
}

/** Most bytes a whole dialogue may receive before TLS starts: a generous EHLO or CAPABILITY answer fits. */
export const MAX_DIALOGUE_BYTES = 64 * 1024;

/** How much of what a server said a message quotes. */
const EXCERPT_CHARS = 120;

/** A short, single-line excerpt of server text for messages (outputs escape it again for their medium). */
export function excerpt(text: string): string {
  const oneLine = text
    .replace(/[\r\n]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '?')
    .trim();
  return oneLine.length > EXCERPT_CHARS ? `${oneLine.slice(0, EXCERPT_CHARS)}...` : oneLine;
}

export function failed(code: StarttlsFailureCode, reason: string, said: string | null = null): Move {
  return { kind: 'failed', code, reason, said: said === null ? null : excerpt(said) };
}
