import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../src/errors.js';
import { parseHostsInput, parseTargetArgument } from '../../src/targets/index.js';
import { HOST_SYNTAX } from '../../src/targets/parse.js';

function errorOf(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parseTargetArgument', () => {
  it('reads a bare host name as port 443 with SNI set to the name', () => {
    expect(parseTargetArgument('example.com')).toEqual({
      name: 'example.com:443',
      host: 'example.com',
      port: 443,
      sni: 'example.com'
    });
  });

  it('reads host:port', () => {
    expect(parseTargetArgument('mail.example.com:8443')).toMatchObject({
      host: 'mail.example.com',
      port: 8443,
      name: 'mail.example.com:8443'
    });
  });

  it('sends no SNI to an IPv4 literal', () => {
    expect(parseTargetArgument('127.0.0.1:4433')).toMatchObject({ host: '127.0.0.1', port: 4433, sni: null });
  });

  it('reads [ipv6]:port and names it with brackets', () => {
    expect(parseTargetArgument('[::1]:8443')).toEqual({
      name: '[::1]:8443',
      host: '::1',
      port: 8443,
      sni: null
    });
  });

  it('reads [ipv6] without a port as 443', () => {
    expect(parseTargetArgument('[2001:db8::1]')).toMatchObject({ host: '2001:db8::1', port: 443 });
  });

  it('reads a bare IPv6 address as port 443', () => {
    expect(parseTargetArgument('2001:db8::5')).toMatchObject({
      host: '2001:db8::5',
      port: 443,
      name: '[2001:db8::5]:443'
    });
  });

  it('reads https URLs, with and without port and path', () => {
    expect(parseTargetArgument('https://example.org/login?x=1')).toMatchObject({
      host: 'example.org',
      port: 443
    });
    expect(parseTargetArgument('https://example.org:9443/')).toMatchObject({
      host: 'example.org',
      port: 9443
    });
    expect(parseTargetArgument('HTTPS://[::1]:4443/health')).toMatchObject({
      host: '::1',
      port: 4443,
      sni: null
    });
  });

  it('lower-cases host names and drops a trailing dot', () => {
    expect(parseTargetArgument('WWW.Example.COM.:443')).toMatchObject({
      host: 'www.example.com',
      sni: 'www.example.com'
    });
  });

  it.each([
    ['', /empty target/],
    ['   ', /empty target/],
    [':443', /host is empty/],
    ['example.com:', /port "" is not a number/],
    ['example.com:0', /port "0" is not a number from 1 to 65535/],
    ['example.com:65536', /port "65536"/],
    ['example.com:https', /port "https"/],
    ['example.com:-1', /port "-1"/],
    ['http://example.com/', /http:\/\/ does not name a TLS or STARTTLS endpoint/],
    ['gopher://example.com/', /gopher:\/\/ does not name a TLS or STARTTLS endpoint/],
    ['smtp://user:pw@example.com/', /credentials/],
    ['smtp://example.com:0', /port "0"/],
    ['https://user:pw@example.com/', /credentials/],
    ['[::1:443', /unbalanced brackets/],
    ['[example.com]:443', /brackets are for IPv6/],
    ['2001:db8::1:99999x', /is not a host name|needs brackets/],
    ['exa mple.com', /is not a host name or IP address/],
    ['exa$mple.com:443', /is not a host name or IP address/],
    ['a..b', /is not a host name/]
  ])('rejects %j naming what was expected', (text, message) => {
    const error = errorOf(() => parseTargetArgument(text));
    expect(error.message).toMatch(message);
    expect(error.message).toContain(JSON.stringify(text));
  });
});

describe('parseTargetArgument: STARTTLS and implicit-TLS URLs', () => {
  it.each([
    ['smtp://mail.example.com', 'smtp', 25],
    ['submission://mail.example.com', 'smtp', 587],
    ['imap://mail.example.com', 'imap', 143],
    ['pop3://mail.example.com', 'pop3', 110],
    ['ftp://files.example.com', 'ftp', 21],
    ['ldap://dir.example.com', 'ldap', 389],
    ['xmpp://chat.example.com', 'xmpp', 5222],
    ['xmpp-server://chat.example.com', 'xmpp-server', 5269],
    ['postgres://db.example.com/app?sslmode=require', 'postgres', 5432],
    ['postgresql://db.example.com', 'postgres', 5432],
    ['mysql://db.example.com', 'mysql', 3306]
  ])('reads %s as STARTTLS %s on its default port %i', (text, starttls, port) => {
    expect(parseTargetArgument(text)).toMatchObject({ starttls, port, sni: expect.any(String) });
  });

  it('keeps a port given in a STARTTLS URL, the default one included', () => {
    expect(parseTargetArgument('smtp://127.0.0.1:2525')).toEqual({
      name: '127.0.0.1:2525',
      host: '127.0.0.1',
      port: 2525,
      sni: null,
      starttls: 'smtp'
    });
    expect(parseTargetArgument('ftp://[::1]:21')).toMatchObject({ host: '::1', port: 21, starttls: 'ftp' });
  });

  it.each([
    ['smtps://mail.example.com', 465],
    ['imaps://mail.example.com', 993],
    ['pop3s://mail.example.com', 995],
    ['ftps://files.example.com', 990],
    ['ldaps://dir.example.com', 636],
    ['xmpps://chat.example.com', 5223]
  ])('reads %s as TLS from the first byte on port %i', (text, port) => {
    const target = parseTargetArgument(text);
    expect(target.port).toBe(port);
    expect(target).not.toHaveProperty('starttls');
  });

  it('upgrades a host[:port] TARGET with --starttls, on the protocol port unless one is given', () => {
    expect(parseTargetArgument('mail.example.com', undefined, 'smtp')).toMatchObject({
      port: 25,
      starttls: 'smtp'
    });
    expect(parseTargetArgument('[::1]:1143', undefined, 'imap')).toMatchObject({
      port: 1143,
      starttls: 'imap'
    });
    expect(parseTargetArgument('imap://mail.example.com', undefined, 'imap')).toMatchObject({
      starttls: 'imap'
    });
  });

  it('refuses a URL whose protocol disagrees with --starttls', () => {
    expect(errorOf(() => parseTargetArgument('imap://mail.example.com', undefined, 'smtp')).message).toMatch(
      /--starttls smtp disagrees with the URL's imap:\/\/ \(STARTTLS imap\)/
    );
    expect(errorOf(() => parseTargetArgument('https://mail.example.com', undefined, 'smtp')).message).toMatch(
      /disagrees with the URL's https:\/\/ \(TLS from the first byte\)/
    );
  });
});

describe('parseHostsInput', () => {
  it("takes the same STARTTLS URLs as the command line (the action's hosts input)", () => {
    const targets = parseHostsInput('smtp://mail.example, imaps://mail.example\npostgres://[::1]:6432');
    expect(targets.map(({ name, starttls }) => ({ name, starttls }))).toEqual([
      { name: 'mail.example:25', starttls: 'smtp' },
      { name: 'mail.example:993', starttls: undefined },
      { name: '[::1]:6432', starttls: 'postgres' }
    ]);
  });

  it('splits on newlines and commas, ignoring blanks and comments', () => {
    const targets = parseHostsInput('a.example, b.example:8443\n\n# staging\n[::1]:4433 # loopback\n');
    expect(targets.map((t) => t.name)).toEqual(['a.example:443', 'b.example:8443', '[::1]:4433']);
  });

  it('records the line of each host in the source file when given', () => {
    const targets = parseHostsInput('a.example\nb.example,c.example\n', '.github/workflows/tls.yml', 20);
    expect(targets.map((t) => t.source)).toEqual([
      { file: '.github/workflows/tls.yml', line: 20 },
      { file: '.github/workflows/tls.yml', line: 21 },
      { file: '.github/workflows/tls.yml', line: 21 }
    ]);
  });

  it('reports a bad host with the file and line it is on', () => {
    const error = errorOf(() => parseHostsInput('a.example\nb.example:70000\n', 'wf.yml', 10));
    expect(error.describe()).toMatch(/^wf\.yml:11: invalid target "b\.example:70000"/);
  });

  it('returns no targets for an empty input', () => {
    expect(parseHostsInput(' \n, \n')).toEqual([]);
  });
});

describe('what a host may be', () => {
  const label63 = 'a'.repeat(63);
  const name253 = [label63, label63, label63, 'a'.repeat(61)].join('.');

  it.each([
    ['a 63-character label', `${label63}.example`],
    ['a 253-character name', name253],
    ['an underscore', '_acme.internal_host.example'],
    ['a hyphen inside a label', 'my-host.ex-ample.com'],
    ['a digit-first label', '1password.example'],
    ['an IPv4 literal', '192.0.2.1'],
    ['an IPv6 literal', '2001:db8::1']
  ])('accepts %s', (_case, host) => {
    expect(parseTargetArgument(host).host).toBe(host);
  });

  it.each([
    [
      'a host starting with "-" (an option of every reproduce command)',
      '-oProxyCommand=x',
      /is not a host name or IP address/
    ],
    ['a label starting with "-"', '-x.example', /a label starts or ends with "-"/],
    ['a later label starting with "-"', 'a.-x.example', /a label starts or ends with "-"/],
    ['a label ending with "-"', 'a-.example', /a label starts or ends with "-"/],
    ['a URL host starting with "-"', 'https://-x.example/', /a label starts or ends with "-"/],
    [
      'a 64-character label',
      `${'a'.repeat(64)}.example`,
      /a label of the host name is longer than 63 characters/
    ],
    ['a 254-character name', `${name253}a`, /the host name is longer than 253 characters/],
    ['an IPv4-like name that is no address', '999.1.1.1', /ends in a number but is not an IPv4 address/],
    ['a space', 'a b.example', /is not a host name or IP address/],
    ['a tab', 'a\tb.example', /is not a host name or IP address/],
    ['a control character', 'a\u0007b.example', /is not a host name or IP address/],
    ['an escape sequence', 'a\u001b[31mb.example', /is not a host name or IP address/],
    ['an empty host with a port', ':8443', /the host is empty/],
    ['port 0', 'a.example:0', /port "0" is not a number from 1 to 65535/],
    ['port 65536', 'a.example:65536', /port "65536" is not a number from 1 to 65535/],
    ['a non-numeric port', 'a.example:https', /port "https" is not a number from 1 to 65535/],
    ['a port with a sign', 'a.example:+443', /port "\+443" is not a number from 1 to 65535/]
  ])('refuses %s, saying what a host may be', (_case, text, message) => {
    const error = errorOf(() => parseTargetArgument(text));
    expect(error.message).toMatch(message);
    if (!/port|empty/.test(_case)) expect(error.message).toContain(HOST_SYNTAX);
  });

  it('never quotes a long value in full', () => {
    const long = `-${'x'.repeat(500)}`;
    const error = errorOf(() => parseTargetArgument(long));
    expect(error.message).not.toContain('x'.repeat(65));
    expect(error.message).toMatch(/^invalid target a text of 501 characters: /);
  });
});
