// One STARTTLS dialogue per protocol (src/model StarttlsProtocol); src/scan/starttls.ts runs them.
import type { StarttlsProtocol } from '../../model/report.js';
import type { StarttlsDialogue } from './dialogue.js';
import { FtpDialogue } from './ftp.js';
import { ImapDialogue } from './imap.js';
import { LdapDialogue } from './ldap.js';
import { MysqlDialogue } from './mysql.js';
import { Pop3Dialogue } from './pop3.js';
import { PostgresDialogue } from './postgres.js';
import { SmtpDialogue } from './smtp.js';
import { XmppDialogue } from './xmpp.js';

export type { Move, StarttlsDialogue, StarttlsFailureCode } from './dialogue.js';
export { MAX_DIALOGUE_BYTES } from './dialogue.js';

/** A fresh dialogue for one connection; `domain` is the name XMPP's stream header asks for. */
export function starttlsDialogue(protocol: StarttlsProtocol, domain: string): StarttlsDialogue {
  switch (protocol) {
    case 'smtp':
      return new SmtpDialogue();
    case 'imap':
      return new ImapDialogue();
    case 'pop3':
      return new Pop3Dialogue();
    case 'ftp':
      return new FtpDialogue();
    case 'ldap':
      return new LdapDialogue();
    case 'xmpp':
      return new XmppDialogue(domain, false);
    case 'xmpp-server':
      return new XmppDialogue(domain, true);
    case 'postgres':
      return new PostgresDialogue();
    case 'mysql':
      return new MysqlDialogue();
  }
}
