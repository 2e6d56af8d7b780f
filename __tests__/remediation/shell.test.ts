// One shellQuote and one endpoint formatting for every reproduce command. The specification is the shell
// itself: a quoted word, and every argument of a generated command, reaches the program exactly as written,
// whatever a hostile host name or SNI contains; IPv6 addresses get their brackets wherever a port follows.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  curlCommand,
  opensslCommand,
  reproduceReachability,
  reproduceVerify,
  shellQuote
} from '../../src/remediation/index.js';
import { connectAddress, curlResolve, httpsUrl } from '../../src/remediation/endpoint.js';

const HOSTILE_WORDS = [
  'a b',
  "it's",
  '$(touch pwned)',
  '`id`',
  'x;rm -rf /',
  'a\nb',
  '*',
  '~root',
  '"double"',
  'back\\slash',
  "'; echo owned; '",
  '',
  '-n'
];

/** The arguments the shell passes for a command line, by running it with printf in place of the program. */
function argvOf(commandLine: string, program: string): string[] {
  expect(commandLine.startsWith(program)).toBe(true);
  const script = `set -- ${commandLine.slice(program.length).replace(/ <\/dev\/null$/, '')}; printf '%s\\0' "$@"`;
  const out = execFileSync('/bin/sh', ['-c', script], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

describe('shellQuote', () => {
  it('leaves words of safe characters readable', () => {
    expect(shellQuote('app.example.test:443')).toBe('app.example.test:443');
    expect(shellQuote('ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0')).toBe(
      'ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0'
    );
  });

  it.each(HOSTILE_WORDS)('the shell reads %j back as one word, unexpanded', (word) => {
    const out = execFileSync('/bin/sh', ['-c', `printf '%s' ${shellQuote(word)}`], { encoding: 'utf8' });
    expect(out).toBe(word);
  });
});

describe('endpoints', () => {
  const v6 = { host: '::1', port: 8443, sni: null, address: '::1' };
  const named = { host: 'v6.example.test', port: 443, sni: 'v6.example.test', address: '2001:db8::1' };

  it('brackets an IPv6 address before its port, for -connect and in URLs', () => {
    expect(connectAddress(v6)).toBe('[::1]:8443');
    expect(connectAddress(named)).toBe('[2001:db8::1]:443');
    expect(httpsUrl(v6)).toBe('https://[::1]:8443/');
    expect(connectAddress({ host: 'a.example', port: 443, sni: null })).toBe('a.example:443');
  });

  it('pins a host name to the scanned address for curl, and not an address to itself', () => {
    expect(curlResolve(named)).toBe('v6.example.test:443:2001:db8::1');
    expect(curlResolve(v6)).toBeNull();
    expect(httpsUrl(named)).toBe('https://v6.example.test:443/');
  });
});

describe('every reproduce command quotes the same way', () => {
  const hostile = "a$(id)'`x`;b";
  const endpoint = { host: hostile, port: 443, sni: hostile, address: '::1' };
  const offer = { versions: ['TLSv1.3' as const], cipherSuites: [0x1301], groups: [29], sni: true };

  it("a finding's s_client command hands s_client the SNI and the bracketed address as written", () => {
    const argv = argvOf(reproduceVerify(endpoint), 'openssl');
    expect(argv.slice(0, 5)).toEqual(['s_client', '-connect', '[::1]:443', '-servername', hostile]);
    expect(argv).toContain('-verify_hostname');
    expect(argv[argv.indexOf('-verify_hostname') + 1]).toBe(hostile);
  });

  it("a client's s_client command does the same", () => {
    const argv = argvOf(opensslCommand(offer, endpoint), 'openssl s_client');
    expect(argv.slice(0, 4)).toEqual(['-connect', '[::1]:443', '-servername', hostile]);
  });

  it('both curl commands resolve the hostile name to the address and fetch it, each as one argument', () => {
    for (const [line, program] of [
      [reproduceReachability(endpoint), 'curl'],
      [curlCommand(offer, endpoint), 'curl -sv -o /dev/null']
    ] as const) {
      const argv = argvOf(line, program);
      expect(argv[argv.indexOf('--resolve') + 1]).toBe(`${hostile}:443:::1`);
      expect(argv[argv.length - 1]).toBe(`https://${hostile}:443/`);
    }
  });
});
