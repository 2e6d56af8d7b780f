import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { outerSignatureAlgorithmOid, subjectAltNamesFromOpenSsl } from '../../src/certs/der-outline.js';
import { createTestPki } from '../../src/testing/pki.js';

const pki = createTestPki({ now: new Date(), defaultKey: { type: 'ec', curve: 'P-256' } });

describe('outerSignatureAlgorithmOid', () => {
  it('reads the signatureAlgorithm OID of a real certificate (ecdsa-with-SHA384 here)', async () => {
    const root = await pki.root({ commonName: 'Outline Root', hash: 'sha384' });
    expect(outerSignatureAlgorithmOid(root.der)).toBe('1.2.840.10045.4.3.3');
  });

  it.each([
    ['empty input', Buffer.alloc(0)],
    ['a bare INTEGER', Buffer.from([0x02, 0x01, 0x05])],
    ['a length past the end', Buffer.from([0x30, 0x82, 0xff, 0xff, 0x30, 0x00])],
    ['an indefinite length', Buffer.from([0x30, 0x80, 0x00, 0x00])],
    ['a SEQUENCE without the algorithm', Buffer.from([0x30, 0x02, 0x30, 0x00])],
    ['an algorithm without an OID', Buffer.from([0x30, 0x06, 0x30, 0x00, 0x30, 0x02, 0x05, 0x00])],
    ['a truncated OID', Buffer.from([0x30, 0x07, 0x30, 0x00, 0x30, 0x03, 0x06, 0x01, 0x86])]
  ])('throws on %s', (_name, der) => {
    expect(() => outerSignatureAlgorithmOid(der)).toThrow(Error);
  });
});

describe('subjectAltNamesFromOpenSsl', () => {
  it('reads DNS and IP entries as Node renders a real certificate, skipping other kinds', async () => {
    const root = await pki.root({ commonName: 'SAN Root' });
    const leaf = await pki.leaf(root, {
      commonName: 'a.test',
      dnsNames: ['a.test', '*.b.test'],
      ipAddresses: ['127.0.0.1', '::1']
    });
    const rendered = new X509Certificate(leaf.der).subjectAltName;
    expect(subjectAltNamesFromOpenSsl(rendered)).toEqual([
      'DNS:a.test',
      'DNS:*.b.test',
      'IP:127.0.0.1',
      'IP:0:0:0:0:0:0:0:1'
    ]);
  });

  it('unquotes JSON-quoted values and skips e-mail and URI names', () => {
    expect(
      subjectAltNamesFromOpenSsl('email:x@y.test, DNS:"a,b.test", URI:http://c.test/, DNS:d.test')
    ).toEqual(['DNS:a,b.test', 'DNS:d.test']);
    expect(subjectAltNamesFromOpenSsl(undefined)).toEqual([]);
  });
});
