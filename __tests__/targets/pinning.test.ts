// Pinning a target to addresses and a name, one syntax across the CLI and the action: name=host:port@address in
// a TARGET (the action's `hosts`), curl's --resolve HOST:PORT:ADDR[,ADDR...], --sni; and `addresses` in a
// targets file, a list (pinned) or a word (which of the name's addresses to scan).
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../src/errors.js';
import {
  applyResolveOptions,
  parseHostsInput,
  parseResolveOption,
  parseSniOption,
  parseTargetArgument,
  parseTargetsFile
} from '../../src/targets/index.js';

function errorOf(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('name=host:port@address', () => {
  it('reads the name, the endpoint and the pinned address; SNI stays the host name', () => {
    expect(parseTargetArgument('api=api.example.com:8443@192.0.2.7')).toEqual({
      name: 'api',
      host: 'api.example.com',
      port: 8443,
      address: '192.0.2.7',
      sni: 'api.example.com'
    });
  });

  it('reads an IPv6 address after @, bracketed or bare', () => {
    expect(parseTargetArgument('api.example.com:443@[2001:db8::1]').address).toBe('2001:db8::1');
    expect(parseTargetArgument('api.example.com@2001:DB8::1').address).toBe('2001:db8::1');
  });

  it('reads a name without an address, and an address without a name', () => {
    expect(parseTargetArgument('prod api=api.example.com')).toMatchObject({ name: 'prod api', port: 443 });
    expect(parseTargetArgument('[::1]:8443@::1')).toMatchObject({ name: '[::1]:8443', address: '::1' });
  });

  it('reads the syntax in the action hosts input, one per line or comma', () => {
    const targets = parseHostsInput('a=a.example@127.0.0.2, b.example:444@127.0.0.3\n', 'ci.yml', 7);
    expect(targets.map((t) => [t.name, t.host, t.port, t.address, t.source?.line])).toEqual([
      ['a', 'a.example', 443, '127.0.0.2', 7],
      ['b.example:444', 'b.example', 444, '127.0.0.3', 7]
    ]);
  });

  it('refuses what follows @ when it is not an IP address, saying what was expected', () => {
    expect(errorOf(() => parseTargetArgument('a.example:443@backend')).message).toMatch(
      /after "@" comes the address to connect to, an IPv4 or IPv6 address \(name=host:port@address\); got "backend"/
    );
  });

  it('still refuses URLs with credentials', () => {
    expect(errorOf(() => parseTargetArgument('https://user@a.example/')).message).toMatch(/credentials/);
  });

  it('refuses a name with nothing after =', () => {
    expect(errorOf(() => parseTargetArgument('api=')).message).toMatch(/invalid target "api="/);
  });
});

describe('--resolve HOST:PORT:ADDR[,ADDR...]', () => {
  it("reads curl's syntax, IPv6 bracketed or not", () => {
    expect(parseResolveOption('Pool.Example:443:192.0.2.1,[2001:db8::1],2001:db8::2')).toEqual({
      host: 'pool.example',
      port: 443,
      addresses: ['192.0.2.1', '2001:db8::1', '2001:db8::2']
    });
  });

  it.each([
    ['pool.example:443', /fewer than three parts/],
    ['pool.example:https:192.0.2.1', /port "https" is not a number from 1 to 65535/],
    ['pool.example:443:backend', /"backend" is not an IPv4 or IPv6 address/],
    ['pool.example:443:192.0.2.1,', /"" is not an IPv4 or IPv6 address/],
    ['-x:443:192.0.2.1', /starts or ends with "-"/]
  ])('refuses %s, saying what was expected', (text, why) => {
    const error = errorOf(() => parseResolveOption(text));
    expect(error.message).toMatch(why);
    expect(error.message).toContain('expected HOST:PORT:ADDR[,ADDR...] (curl syntax)');
  });

  it('pins the targets of that host and port to the addresses, and only them', () => {
    const targets = [
      parseTargetArgument('pool.example'),
      parseTargetArgument('pool.example:8443'),
      parseTargetArgument('other.example')
    ];
    const pinned = applyResolveOptions(targets, [parseResolveOption('pool.example:443:192.0.2.1,192.0.2.2')]);
    expect(pinned.map((t) => t.addresses)).toEqual([['192.0.2.1', '192.0.2.2'], undefined, undefined]);
    expect(pinned[0]!.sni).toBe('pool.example');
  });

  it('refuses a --resolve that names no target (a typo would pin nothing)', () => {
    expect(
      errorOf(() =>
        applyResolveOptions(
          [parseTargetArgument('pool.example')],
          [parseResolveOption('pool.example:8443:192.0.2.1')]
        )
      ).message
    ).toMatch(/no target is pool\.example port 8443/);
  });
});

describe('--sni NAME', () => {
  it('takes a host name', () => {
    expect(parseSniOption('Www.Example.com.')).toBe('www.example.com');
  });

  it('refuses an IP address, which is never sent as SNI', () => {
    expect(errorOf(() => parseSniOption('192.0.2.1')).message).toMatch(
      /expected a host name; an IP address is never sent as SNI/
    );
  });
});

describe('addresses in a targets file', () => {
  it('reads a word as which of the name addresses to scan', () => {
    const [target] = parseTargetsFile('- host: pool.example\n  addresses: ipv6\n', 't.yml');
    expect(target!.addressSelection).toBe('ipv6');
    expect(target!.addresses).toBeUndefined();
  });

  it('reads a list as the pinned addresses', () => {
    const [target] = parseTargetsFile('- host: pool.example\n  addresses: [192.0.2.1, "::1"]\n', 't.yml');
    expect(target!.addresses).toEqual(['192.0.2.1', '::1']);
    expect(target!.addressSelection).toBeUndefined();
  });

  it('refuses another word, naming the file, line and the words it takes', () => {
    const error = errorOf(() => parseTargetsFile('- host: pool.example\n  addresses: every\n', 't.yml'));
    expect(error.message).toMatch(
      /`addresses` must be one of all, first, ipv4, ipv6, or a list of addresses; got "every"/
    );
    expect([error.file, error.line]).toEqual(['t.yml', 2]);
  });
});
