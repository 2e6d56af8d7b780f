// RFC 6797 §6.1 header values, and the response head of the HSTS GET (what counts as HTTP, what does not).
import { describe, expect, it } from '@jest/globals';
import { parseHsts } from '../../../src/scan/vulnerabilities/hsts-header.js';
import { headOf, hostHeader } from '../../../src/scan/vulnerabilities/https-get.js';

describe('parseHsts', () => {
  it('reads max-age, includeSubDomains and preload in any case and spacing, max-age quoted or not', () => {
    expect(parseHsts('max-age=63072000; includeSubDomains; preload')).toEqual({
      maxAge: 63072000,
      includeSubDomains: true,
      preload: true,
      valid: true
    });
    expect(parseHsts(' MAX-AGE="300" ;INCLUDESUBDOMAINS')).toMatchObject({
      maxAge: 300,
      includeSubDomains: true
    });
  });

  it('marks a header browsers ignore: no max-age, a non-numeric one, a repeated directive', () => {
    for (const value of ['includeSubDomains', 'max-age=two', 'max-age=1; max-age=2', ''])
      expect([value, parseHsts(value).valid]).toEqual([value, false]);
  });
});

describe('headOf', () => {
  const bytes = (text: string): Buffer => Buffer.from(text, 'latin1');

  it('waits for the blank line, then gives the status and lower-cased headers', () => {
    expect(headOf(bytes('HTTP/1.1 301 Moved\r\nStrict-Transport-Security: max-age=1'), false)).toBeNull();
    expect(
      headOf(bytes('HTTP/1.1 301 Moved\r\nStrict-Transport-Security: max-age=1\r\n\r\n<html>'), false)
    ).toEqual({
      kind: 'response',
      statusLine: 'HTTP/1.1 301 Moved',
      status: 301,
      headers: [['strict-transport-security', 'max-age=1']]
    });
  });

  it('calls anything else not HTTP, at once, keeping its first bytes', () => {
    expect(headOf(bytes('HT'), false)).toBeNull();
    expect(headOf(bytes('220 mail ESMTP\r\n'), false)).toEqual({
      kind: 'not-http',
      firstBytes: '220 mail ESMTP\r\n'
    });
  });

  it('brackets IPv6 hosts and leaves out port 443 in the Host header', () => {
    expect(hostHeader('::1', 8443)).toBe('[::1]:8443');
    expect(hostHeader('example.test', 443)).toBe('example.test');
  });
});
