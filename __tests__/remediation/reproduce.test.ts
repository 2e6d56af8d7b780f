// Reproduce command lines: what a person pastes to see the problem. Hosts come from configuration and are
// quoted for the shell.
import { describe, expect, it } from '@jest/globals';
import {
  curlCommand,
  opensslCommand,
  reproduceGroup,
  reproduceProtocol,
  reproduceReachability,
  reproduceSuite,
  shellQuote
} from '../../src/remediation/index.js';

const v4 = { host: 'app.example.test', port: 8443, address: '192.0.2.10', sni: 'app.example.test' };

describe('reproduce commands', () => {
  it('legacy versions need security level 0 in OpenSSL 3', () => {
    expect(reproduceProtocol(v4, 'TLSv1.0')).toBe(
      'openssl s_client -connect 192.0.2.10:8443 -servername app.example.test -tls1 -cipher DEFAULT:@SECLEVEL=0 </dev/null'
    );
  });

  it('TLS 1.3 suites use -ciphersuites with the IANA name; TLS 1.2 suites -cipher with the OpenSSL name', () => {
    expect(reproduceSuite(v4, 'TLSv1.3', 'TLS_CHACHA20_POLY1305_SHA256')).toContain(
      '-tls1_3 -ciphersuites TLS_CHACHA20_POLY1305_SHA256'
    );
    expect(reproduceSuite(v4, 'TLSv1.2', 'TLS_RSA_WITH_3DES_EDE_CBC_SHA')).toContain(
      '-tls1_2 -cipher DES-CBC3-SHA:@SECLEVEL=0'
    );
  });

  it('groups use the OpenSSL spelling', () => {
    expect(reproduceGroup(v4, 'secp256r1', false)).toContain('-tls1_2 -groups prime256v1');
    expect(reproduceGroup(v4, 'x25519', true)).toContain('-tls1_3 -groups X25519');
  });

  it('a STARTTLS target upgrades with s_client -starttls, XMPP naming its domain', () => {
    expect(reproduceProtocol({ ...v4, port: 25, starttls: 'smtp' }, 'TLSv1.2')).toBe(
      'openssl s_client -connect 192.0.2.10:25 -starttls smtp -servername app.example.test -tls1_2 </dev/null'
    );
    expect(reproduceProtocol({ ...v4, port: 5269, starttls: 'xmpp-server' }, 'TLSv1.3')).toContain(
      '-starttls xmpp-server -xmpphost app.example.test'
    );
    expect(reproduceReachability({ ...v4, port: 5432, starttls: 'postgres' })).toBe(
      'openssl s_client -connect 192.0.2.10:5432 -starttls postgres -servername app.example.test </dev/null'
    );
  });

  it("a client's commands for a STARTTLS target: s_client -starttls; curl's own STARTTLS where it has one", () => {
    const offer = { versions: ['TLSv1.3' as const], cipherSuites: [0x1301], groups: [29], sni: true };
    expect(opensslCommand(offer, { ...v4, port: 143, starttls: 'imap' })).toContain(
      '-connect 192.0.2.10:143 -starttls imap -servername app.example.test'
    );
    const curl = curlCommand(offer, { ...v4, port: 143, starttls: 'imap' });
    expect(curl).toContain('--ssl-reqd');
    expect(curl).toMatch(/ imap:\/\/app\.example\.test:143\/$/);
    expect(curlCommand(offer, { ...v4, port: 3306, starttls: 'mysql' })).toMatch(
      /^# curl cannot upgrade mysql with STARTTLS/
    );
  });

  it('IPv6 addresses are bracketed and a target without SNI sends none', () => {
    expect(reproduceProtocol({ host: '::1', port: 443, address: '::1', sni: null }, 'TLSv1.3')).toBe(
      "openssl s_client -connect '[::1]:443' -noservername -tls1_3 </dev/null"
    );
  });

  it('curl resolves the name to the scanned address', () => {
    expect(reproduceReachability(v4)).toBe(
      'curl -v --max-time 10 --resolve app.example.test:8443:192.0.2.10 https://app.example.test:8443/'
    );
  });

  it('shell metacharacters in a host are quoted', () => {
    expect(shellQuote("evil;rm -rf ~'")).toBe(`'evil;rm -rf ~'\\'''`);
    expect(reproduceProtocol({ host: 'a$(id)', port: 1, address: null, sni: 'a$(id)' }, 'TLSv1.2')).toBe(
      "openssl s_client -connect 'a$(id):1' -servername 'a$(id)' -tls1_2 </dev/null"
    );
  });
});
