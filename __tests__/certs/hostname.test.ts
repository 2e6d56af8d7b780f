import { describe, expect, it } from '@jest/globals';
import { commonNameOf, hostnameMatches } from '../../src/certs/hostname.js';

describe('hostnameMatches', () => {
  it('matches an exact DNS SAN, ignoring case and a trailing dot', () => {
    expect(hostnameMatches('App.Example.com.', ['DNS:app.example.com'], null)).toBe(true);
  });

  it('does not match a different name', () => {
    expect(hostnameMatches('other.example.com', ['DNS:app.example.com'], null)).toBe(false);
  });

  it('matches a wildcard one label deep', () => {
    expect(hostnameMatches('a.example.com', ['DNS:*.example.com'], null)).toBe(true);
  });

  it('does not match a wildcard on the bare apex', () => {
    expect(hostnameMatches('example.com', ['DNS:*.example.com'], null)).toBe(false);
  });

  it('does not match a wildcard two labels deep', () => {
    expect(hostnameMatches('a.b.example.com', ['DNS:*.example.com'], null)).toBe(false);
  });

  it('rejects partial-label wildcards and wildcards over a single-label suffix', () => {
    expect(hostnameMatches('foo.example.com', ['DNS:f*.example.com'], null)).toBe(false);
    expect(hostnameMatches('example.com', ['DNS:*.com'], null)).toBe(false);
  });

  it('matches an IP target only against IP SANs, in any spelling of the address', () => {
    expect(hostnameMatches('127.0.0.1', ['IP:127.0.0.1'], null)).toBe(true);
    expect(hostnameMatches('::1', ['IP:0:0:0:0:0:0:0:1'], null)).toBe(true);
    expect(hostnameMatches('127.0.0.1', ['DNS:127.0.0.1'], '127.0.0.1')).toBe(false);
    expect(hostnameMatches('127.0.0.2', ['IP:127.0.0.1'], null)).toBe(false);
  });

  it('ignores the CN when the certificate has SANs', () => {
    expect(hostnameMatches('cn.example.com', ['DNS:san.example.com'], 'cn.example.com')).toBe(false);
  });

  it('uses the CN when the certificate has no SAN at all', () => {
    expect(hostnameMatches('cn.example.com', [], 'cn.example.com')).toBe(true);
  });

  it('compares internationalised names in A-label form', () => {
    expect(hostnameMatches('bücher.example', ['DNS:xn--bcher-kva.example'], null)).toBe(true);
    expect(hostnameMatches('xn--bcher-kva.example', ['DNS:*.example'], null)).toBe(false);
    expect(hostnameMatches('shop.bücher.example', ['DNS:*.xn--bcher-kva.example'], null)).toBe(true);
  });
});

describe('commonNameOf', () => {
  it('reads the CN of an RFC 4514 subject, with escapes', () => {
    expect(commonNameOf('CN=a\\, b, O=Org')).toBe('a, b');
    expect(commonNameOf('O=Org, CN=x.test')).toBe('x.test');
    expect(commonNameOf('O=Org')).toBeNull();
  });
});
