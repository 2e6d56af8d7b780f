import { describe, expect, it } from '@jest/globals';
import { hostnameMatches } from '../../src/certs/hostname.js';

describe('hostnameMatches', () => {
  it('matches an exact DNS SAN, ignoring case and a trailing dot', () => {
    expect(hostnameMatches('App.Example.com.', ['DNS:app.example.com'])).toBe(true);
  });

  it('does not match a different name', () => {
    expect(hostnameMatches('other.example.com', ['DNS:app.example.com'])).toBe(false);
  });

  it('matches a wildcard one label deep', () => {
    expect(hostnameMatches('a.example.com', ['DNS:*.example.com'])).toBe(true);
  });

  it('does not match a wildcard on the bare apex', () => {
    expect(hostnameMatches('example.com', ['DNS:*.example.com'])).toBe(false);
  });

  it('does not match a wildcard two labels deep', () => {
    expect(hostnameMatches('a.b.example.com', ['DNS:*.example.com'])).toBe(false);
  });

  it('rejects partial-label wildcards and wildcards over a single-label suffix', () => {
    expect(hostnameMatches('foo.example.com', ['DNS:f*.example.com'])).toBe(false);
    expect(hostnameMatches('example.com', ['DNS:*.com'])).toBe(false);
  });

  it('matches an IP target only against IP SANs, in any spelling of the address', () => {
    expect(hostnameMatches('127.0.0.1', ['IP:127.0.0.1'])).toBe(true);
    expect(hostnameMatches('::1', ['IP:0:0:0:0:0:0:0:1'])).toBe(true);
    expect(hostnameMatches('127.0.0.1', ['DNS:127.0.0.1'])).toBe(false);
    expect(hostnameMatches('127.0.0.2', ['IP:127.0.0.1'])).toBe(false);
  });

  it('names no host when the certificate has no SAN (RFC 9525: the CN is not an identifier)', () => {
    expect(hostnameMatches('cn.example.com', [])).toBe(false);
  });

  it('compares internationalised names in A-label form', () => {
    expect(hostnameMatches('bücher.example', ['DNS:xn--bcher-kva.example'])).toBe(true);
    expect(hostnameMatches('xn--bcher-kva.example', ['DNS:*.example'])).toBe(false);
    expect(hostnameMatches('shop.bücher.example', ['DNS:*.xn--bcher-kva.example'])).toBe(true);
  });
});
