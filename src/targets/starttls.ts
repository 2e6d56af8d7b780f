// The STARTTLS forms of a target: URL schemes (smtp://, submission://, imap://, ...) and each protocol's
// default port. Implicit-TLS schemes (smtps://, imaps://, ...) are plain TLS targets on their own default ports.
import { STARTTLS_PROTOCOLS, type StarttlsProtocol } from '../model/report.js';

/** Default port of each protocol's STARTTLS service (IANA service names and port numbers registry). */
export const STARTTLS_DEFAULT_PORTS: Record<StarttlsProtocol, number> = {
  smtp: 25,
  imap: 143,
  pop3: 110,
  ftp: 21,
  ldap: 389,
  xmpp: 5222,
  'xmpp-server': 5269,
  postgres: 5432,
  mysql: 3306
};

/** What a URL scheme names: the STARTTLS protocol (null: TLS from the first byte) and the default port. */
export interface SchemeMeaning {
  starttls: StarttlsProtocol | null;
  port: number;
}

export const URL_SCHEMES: Record<string, SchemeMeaning> = {
  https: { starttls: null, port: 443 },
  smtp: { starttls: 'smtp', port: 25 },
  // Message submission (RFC 6409): SMTP's dialogue on its own port.
  submission: { starttls: 'smtp', port: 587 },
  imap: { starttls: 'imap', port: 143 },
  pop3: { starttls: 'pop3', port: 110 },
  ftp: { starttls: 'ftp', port: 21 },
  ldap: { starttls: 'ldap', port: 389 },
  xmpp: { starttls: 'xmpp', port: 5222 },
  'xmpp-server': { starttls: 'xmpp-server', port: 5269 },
  postgres: { starttls: 'postgres', port: 5432 },
  postgresql: { starttls: 'postgres', port: 5432 },
  mysql: { starttls: 'mysql', port: 3306 },
  // Implicit TLS: TLS from the first byte on the protocol's TLS port (RFC 8314 for mail).
  smtps: { starttls: null, port: 465 },
  imaps: { starttls: null, port: 993 },
  pop3s: { starttls: null, port: 995 },
  ftps: { starttls: null, port: 990 },
  ldaps: { starttls: null, port: 636 },
  xmpps: { starttls: null, port: 5223 }
};

export function isStarttlsProtocol(value: unknown): value is StarttlsProtocol {
  return typeof value === 'string' && (STARTTLS_PROTOCOLS as readonly string[]).includes(value);
}

export const STARTTLS_SYNTAX = `one of ${STARTTLS_PROTOCOLS.join(', ')}`;
