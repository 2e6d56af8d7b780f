// The STARTTLS dialogues as state machines (src/wire/starttls): what each sends, when TLS may start, and how
// every refusal, absence and broken bound ends. The bytes a server sends here are the RFCs' examples and the
// replies of the Debian servers the scan tests run; the real dialogues are tested in __tests__/scan/starttls.
import { describe, expect, it } from '@jest/globals';
import { starttlsDialogue, type Move, type StarttlsDialogue } from '../../src/wire/starttls/index.js';
import { excerpt } from '../../src/wire/starttls/dialogue.js';
import {
  decodeExtendedResponse,
  encodeStartTlsRequest,
  START_TLS_OID
} from '../../src/wire/starttls/ldap.js';
import {
  CLIENT_SSL,
  decodeGreeting,
  encodeSslRequest as mysqlSslRequest
} from '../../src/wire/starttls/mysql.js';
import { encodeSslRequest as postgresSslRequest } from '../../src/wire/starttls/postgres.js';
import { encodeStreamHeader } from '../../src/wire/starttls/xmpp.js';

const text = (move: Move): string =>
  move.kind === 'send' ? move.bytes.toString('latin1') : `(${move.kind})`;

/** Feeds each reply in turn, returning the moves. */
function converse(dialogue: StarttlsDialogue, replies: (string | Buffer)[]): Move[] {
  return replies.map((reply) =>
    dialogue.receive(typeof reply === 'string' ? Buffer.from(reply, 'latin1') : reply)
  );
}

describe('SMTP (RFC 3207)', () => {
  it('greeting, EHLO, STARTTLS in the keywords, STARTTLS, 220: ready', () => {
    const moves = converse(starttlsDialogue('smtp', 'x'), [
      '220 mail.example ESMTP\r\n',
      '250-mail.example\r\n250-PIPELINING\r\n250-STARTTLS\r\n250 CHUNKING\r\n',
      '220 2.0.0 Ready to start TLS\r\n'
    ]);
    expect(moves.map(text)).toEqual(['EHLO tls-gate.invalid\r\n', 'STARTTLS\r\n', '(ready)']);
  });

  it('waits for a reply split anywhere, even inside a line', () => {
    const dialogue = starttlsDialogue('smtp', 'x');
    expect(converse(dialogue, ['22', '0 mail', '.example\r'])).toEqual([
      { kind: 'more' },
      { kind: 'more' },
      { kind: 'more' }
    ]);
    expect(text(dialogue.receive(Buffer.from('\n')))).toBe('EHLO tls-gate.invalid\r\n');
  });

  it('STARTTLS missing from EHLO is STARTTLS_UNSUPPORTED, quoting the answer', () => {
    const [, ehlo] = converse(starttlsDialogue('smtp', 'x'), [
      '220 hi\r\n',
      '250-mail.example\r\n250 SIZE 1000\r\n'
    ]);
    expect(ehlo).toEqual({
      kind: 'failed',
      code: 'STARTTLS_UNSUPPORTED',
      reason: 'the server does not offer STARTTLS in its EHLO answer',
      said: '250 mail.example SIZE 1000'
    });
  });

  it('a 454 to STARTTLS is STARTTLS_REFUSED; a 554 greeting refuses the session', () => {
    const moves = converse(starttlsDialogue('smtp', 'x'), [
      '220 hi\r\n',
      '250-a\r\n250 STARTTLS\r\n',
      '454 4.7.0 TLS not available\r\n'
    ]);
    expect(moves[2]).toMatchObject({
      kind: 'failed',
      code: 'STARTTLS_REFUSED',
      said: '454 4.7.0 TLS not available'
    });
    expect(starttlsDialogue('smtp', 'x').receive(Buffer.from('554 go away\r\n'))).toMatchObject({
      code: 'STARTTLS_REFUSED'
    });
  });

  it('bytes after the go-ahead are refused (they would be read as TLS: the STARTTLS injection of CVE-2011-0411)', () => {
    const moves = converse(starttlsDialogue('smtp', 'x'), [
      '220 hi\r\n',
      '250-a\r\n250 STARTTLS\r\n',
      '220 go\r\n250 injected\r\n'
    ]);
    expect(moves[2]).toMatchObject({ kind: 'failed', code: 'STARTTLS_PROTOCOL' });
  });

  it('a line longer than 8 KiB, and more than 64 KiB in all, end the dialogue', () => {
    expect(starttlsDialogue('smtp', 'x').receive(Buffer.alloc(9000, 0x41))).toMatchObject({
      code: 'STARTTLS_PROTOCOL'
    });
    const flood = Buffer.from('220-hello\r\n'.repeat(7000));
    expect(starttlsDialogue('smtp', 'x').receive(flood)).toMatchObject({ code: 'STARTTLS_PROTOCOL' });
  });

  it('a reply that is not a numbered reply is STARTTLS_PROTOCOL', () => {
    expect(starttlsDialogue('smtp', 'x').receive(Buffer.from('SSH-2.0-OpenSSH\r\n'))).toMatchObject({
      code: 'STARTTLS_PROTOCOL'
    });
  });
});

describe('IMAP (RFC 9051)', () => {
  it('greeting, CAPABILITY, STARTTLS, tagged OK: ready', () => {
    const moves = converse(starttlsDialogue('imap', 'x'), [
      '* OK ready\r\n',
      '* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\ng1 OK done\r\n',
      'g2 OK Begin TLS\r\n'
    ]);
    expect(moves.map(text)).toEqual(['g1 CAPABILITY\r\n', 'g2 STARTTLS\r\n', '(ready)']);
  });

  it('no STARTTLS capability is STARTTLS_UNSUPPORTED; PREAUTH and a tagged NO are refusals', () => {
    const [, caps] = converse(starttlsDialogue('imap', 'x'), [
      '* OK\r\n',
      '* CAPABILITY IMAP4rev1\r\ng1 OK\r\n'
    ]);
    expect(caps).toMatchObject({ code: 'STARTTLS_UNSUPPORTED', said: 'IMAP4rev1' });
    expect(starttlsDialogue('imap', 'x').receive(Buffer.from('* PREAUTH hi\r\n'))).toMatchObject({
      code: 'STARTTLS_REFUSED'
    });
    const moves = converse(starttlsDialogue('imap', 'x'), [
      '* OK\r\n',
      '* CAPABILITY STARTTLS\r\ng1 OK\r\n',
      'g2 NO not now\r\n'
    ]);
    expect(moves[2]).toMatchObject({ code: 'STARTTLS_REFUSED', said: 'g2 NO not now' });
  });
});

describe('POP3 (RFC 2595, RFC 2449)', () => {
  it('greeting, CAPA listing STLS, STLS, +OK: ready', () => {
    const moves = converse(starttlsDialogue('pop3', 'x'), [
      '+OK hi\r\n',
      '+OK\r\nTOP\r\nSTLS\r\n.\r\n',
      '+OK Begin TLS\r\n'
    ]);
    expect(moves.map(text)).toEqual(['CAPA\r\n', 'STLS\r\n', '(ready)']);
  });

  it('CAPA without STLS is STARTTLS_UNSUPPORTED; a server without CAPA is asked for STLS anyway', () => {
    const [, capa] = converse(starttlsDialogue('pop3', 'x'), ['+OK\r\n', '+OK\r\nUSER\r\n.\r\n']);
    expect(capa).toMatchObject({ code: 'STARTTLS_UNSUPPORTED', said: 'USER' });
    const moves = converse(starttlsDialogue('pop3', 'x'), [
      '+OK\r\n',
      '-ERR unknown command\r\n',
      '-ERR no TLS\r\n'
    ]);
    expect(text(moves[1]!)).toBe('STLS\r\n');
    expect(moves[2]).toMatchObject({ code: 'STARTTLS_REFUSED' });
  });
});

describe('FTP (RFC 4217)', () => {
  it('a multi-line greeting, AUTH TLS, 234: ready', () => {
    const moves = converse(starttlsDialogue('ftp', 'x'), [
      '220-Welcome\r\n more text\r\n220 ready\r\n',
      '234 Proceed\r\n'
    ]);
    expect(moves.map(text)).toEqual(['AUTH TLS\r\n', '(ready)']);
  });

  it('502 is STARTTLS_UNSUPPORTED, 530 STARTTLS_REFUSED', () => {
    expect(
      converse(starttlsDialogue('ftp', 'x'), ['220 hi\r\n', '502 not implemented\r\n'])[1]
    ).toMatchObject({
      code: 'STARTTLS_UNSUPPORTED'
    });
    expect(converse(starttlsDialogue('ftp', 'x'), ['220 hi\r\n', '530 no\r\n'])[1]).toMatchObject({
      code: 'STARTTLS_REFUSED'
    });
  });
});

describe('LDAP StartTLS (RFC 4511 §4.14)', () => {
  it('sends the ExtendedRequest of RFC 4511 with the StartTLS OID', () => {
    const oid = Buffer.from(START_TLS_OID, 'latin1');
    // LDAPMessage SEQUENCE { messageID 1, [APPLICATION 23] { [0] requestName } }
    const expected = Buffer.concat([
      Buffer.from([0x30, 0x1d, 0x02, 0x01, 0x01, 0x77, 0x18, 0x80, 0x16]),
      oid
    ]);
    expect(encodeStartTlsRequest()).toEqual(expected);
    expect(starttlsDialogue('ldap', 'x').opening()).toEqual(expected);
  });

  const response = (id: number, code: number, message = ''): Buffer => {
    const body = Buffer.concat([
      Buffer.from([0x0a, 0x01, code, 0x04, 0x00, 0x04, message.length]),
      Buffer.from(message)
    ]);
    const op = Buffer.concat([Buffer.from([0x78, body.length]), body]);
    const inner = Buffer.concat([Buffer.from([0x02, 0x01, id]), op]);
    return Buffer.concat([Buffer.from([0x30, inner.length]), inner]);
  };

  it('success, even split into single bytes, is ready', () => {
    const dialogue = starttlsDialogue('ldap', 'x');
    const bytes = response(1, 0);
    const moves = [...bytes].map((byte) => dialogue.receive(Buffer.from([byte])));
    expect(moves.slice(0, -1).every((move) => move.kind === 'more')).toBe(true);
    expect(moves.at(-1)).toEqual({ kind: 'ready' });
  });

  it('protocolError is STARTTLS_UNSUPPORTED, other codes refusals quoting the diagnostic message', () => {
    expect(
      starttlsDialogue('ldap', 'x').receive(response(1, 2, 'unsupported extended operation'))
    ).toMatchObject({
      code: 'STARTTLS_UNSUPPORTED',
      said: 'resultCode 2: unsupported extended operation'
    });
    expect(starttlsDialogue('ldap', 'x').receive(response(1, 52, 'unavailable'))).toMatchObject({
      code: 'STARTTLS_REFUSED'
    });
    expect(starttlsDialogue('ldap', 'x').receive(response(0, 52))).toMatchObject({
      code: 'STARTTLS_REFUSED',
      reason: 'the server sent a Notice of Disconnection'
    });
  });

  it('decodes a long-form length and refuses what is not an ExtendedResponse', () => {
    const long = response(1, 0, 'x'.repeat(100));
    expect(decodeExtendedResponse(long)?.response.diagnosticMessage).toBe('x'.repeat(100));
    expect(starttlsDialogue('ldap', 'x').receive(Buffer.from([0x04, 0x01, 0x00]))).toMatchObject({
      code: 'STARTTLS_PROTOCOL'
    });
    expect(starttlsDialogue('ldap', 'x').receive(Buffer.from([0x30, 0x84, 1, 0, 0, 0]))).toMatchObject({
      code: 'STARTTLS_PROTOCOL'
    });
  });
});

describe('XMPP (RFC 6120 §5.4)', () => {
  const header =
    "<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' id='1' from='chat.example' version='1.0'>";

  it('opens the stream to the domain (server streams in jabber:server), then <starttls/>, <proceed/>: ready', () => {
    const dialogue = starttlsDialogue('xmpp', 'chat.example');
    expect(dialogue.opening()!.toString()).toContain("xmlns='jabber:client'");
    expect(dialogue.opening()!.toString()).toContain("to='chat.example'");
    expect(encodeStreamHeader("a'b", true).toString()).toContain(
      "xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams' to='a&apos;b'"
    );
    const moves = converse(dialogue, [
      header,
      "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls></stream:features>",
      "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"
    ]);
    expect(moves.map(text)).toEqual([
      '(more)',
      "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>",
      '(ready)'
    ]);
  });

  it('features without starttls are STARTTLS_UNSUPPORTED; <failure/> and a stream error are refusals', () => {
    expect(
      starttlsDialogue('xmpp', 'c').receive(
        Buffer.from(`${header}<stream:features><mechanisms/></stream:features>`)
      )
    ).toMatchObject({ code: 'STARTTLS_UNSUPPORTED' });
    const moves = converse(starttlsDialogue('xmpp', 'c'), [
      `${header}<stream:features><starttls xmlns="urn:ietf:params:xml:ns:xmpp-tls"/></stream:features>`,
      "<failure xmlns='urn:ietf:params:xml:ns:xmpp-tls'/></stream:stream>"
    ]);
    expect(moves[1]).toMatchObject({ code: 'STARTTLS_REFUSED' });
    expect(
      starttlsDialogue('xmpp', 'c').receive(
        Buffer.from(
          `${header}<stream:error><host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>`
        )
      )
    ).toMatchObject({ code: 'STARTTLS_REFUSED', said: expect.stringContaining('host-unknown') });
  });
});

describe('PostgreSQL SSLRequest', () => {
  it("sends length 8 and code 80877103; 'S' is ready, 'N' unsupported, 'S' with more bytes a protocol error", () => {
    expect(postgresSslRequest()).toEqual(Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]));
    expect(starttlsDialogue('postgres', 'x').receive(Buffer.from('S'))).toEqual({ kind: 'ready' });
    expect(starttlsDialogue('postgres', 'x').receive(Buffer.from('N'))).toMatchObject({
      code: 'STARTTLS_UNSUPPORTED'
    });
    expect(starttlsDialogue('postgres', 'x').receive(Buffer.from('S\x16\x03'))).toMatchObject({
      code: 'STARTTLS_PROTOCOL'
    });
  });
});

describe('MySQL SSL handshake', () => {
  /** An initial handshake packet (protocol 10) with the given capability flags. */
  const greeting = (capabilities: number): Buffer => {
    const payload = Buffer.concat([
      Buffer.from([10]),
      Buffer.from('8.0.36\0', 'latin1'),
      Buffer.alloc(4), // connection id
      Buffer.alloc(8, 0x61), // auth-plugin-data part 1
      Buffer.from([0]), // filler
      Buffer.from([capabilities & 0xff, (capabilities >> 8) & 0xff]),
      Buffer.from([33, 2, 0]), // character set, status
      Buffer.from([(capabilities >> 16) & 0xff, (capabilities >> 24) & 0xff]),
      Buffer.alloc(11)
    ]);
    return Buffer.concat([Buffer.from([payload.length, 0, 0, 0]), payload]);
  };

  it('with CLIENT_SSL, answers the 32-byte SSLRequest (sequence 1) and is ready', () => {
    const move = starttlsDialogue('mysql', 'x').receive(greeting(0x8000 | CLIENT_SSL | 0x0200 | 0x00080000));
    expect(move).toEqual({ kind: 'ready', bytes: mysqlSslRequest() });
    const request = mysqlSslRequest();
    expect([...request.subarray(0, 4)]).toEqual([32, 0, 0, 1]);
    expect(request.readUInt32LE(4) & CLIENT_SSL).toBe(CLIENT_SSL);
    expect(decodeGreeting(greeting(0x00080000 | CLIENT_SSL).subarray(4))).toMatchObject({
      serverVersion: '8.0.36',
      capabilities: 0x00080000 | CLIENT_SSL
    });
  });

  it('without CLIENT_SSL is STARTTLS_UNSUPPORTED; an ERR packet a refusal quoting it', () => {
    expect(starttlsDialogue('mysql', 'x').receive(greeting(0x8200))).toMatchObject({
      code: 'STARTTLS_UNSUPPORTED',
      said: '8.0.36'
    });
    const message = Buffer.from("\xff\x69\x04Host '10.0.0.1' is blocked", 'latin1');
    const err = Buffer.concat([Buffer.from([message.length, 0, 0, 0]), message]);
    expect(starttlsDialogue('mysql', 'x').receive(err)).toMatchObject({
      code: 'STARTTLS_REFUSED',
      said: "Host '10.0.0.1' is blocked"
    });
  });
});

describe('what a failure quotes', () => {
  it('is one line, control characters replaced, at most 120 characters', () => {
    expect(excerpt('a\r\nb\u001b[31mc')).toBe('a b?[31mc');
    expect(excerpt('x'.repeat(500))).toBe(`${'x'.repeat(120)}...`);
  });
});
