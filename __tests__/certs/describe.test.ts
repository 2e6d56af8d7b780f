import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { describeCertificate } from '../../src/certs/describe.js';
import { createTestPki, writeTemp } from '../../src/testing/pki.js';

const DAY = 86_400_000;
const now = new Date();
const pki = createTestPki({ now });
const rootReady = pki.root();

describe('describeCertificate', () => {
  it('reads names, dates, serial and fingerprints of an RSA leaf as openssl does', async () => {
    const root = await rootReady;
    const leaf = await pki.leaf(root, {
      commonName: 'app.test',
      dnsNames: ['app.test', 'www.app.test'],
      ipAddresses: ['127.0.0.1'],
      notBeforeDays: -10,
      notAfterDays: 30
    });
    const info = describeCertificate(leaf.der, now);
    const node = new X509Certificate(leaf.der);
    expect(info.subject).toBe('CN=app.test');
    expect(info.issuer).toBe('CN=tls-gate Test Root');
    expect(info.serialNumber).toBe(node.serialNumber.toUpperCase());
    expect(info.subjectAltNames).toEqual(['DNS:app.test', 'DNS:www.app.test', 'IP:127.0.0.1']);
    expect(info.keyType).toBe('RSA');
    expect(info.keyBits).toBe(2048);
    expect(info.curve).toBeNull();
    expect(info.signatureAlgorithm).toBe('sha256WithRSAEncryption');
    expect(info.sha256Fingerprint).toBe(node.fingerprint256);
    const spki = node.publicKey.export({ type: 'spki', format: 'der' });
    expect(info.spkiSha256).toBe(createHash('sha256').update(spki).digest('base64'));
    expect(info.daysRemaining).toBeGreaterThan(29.99);
    expect(info.daysRemaining).toBeLessThanOrEqual(30);
    expect(info.lifetimeDays).toBeCloseTo(40, 3);
    expect(new Date(info.notAfter).getTime()).toBe(Math.floor((now.getTime() + 30 * DAY) / 1000) * 1000);
    expect(info.selfSigned).toBe(false);
    expect(info.isCA).toBe(false);
    expect(info.keyUsage).toEqual(['digitalSignature', 'keyEncipherment']);
    expect(info.extendedKeyUsage).toEqual(['serverAuth']);
    expect(info.parseError).toBeUndefined();
  });

  it('gives the fingerprint in the colon-separated upper-case form openssl prints', async () => {
    const root = await rootReady;
    const files = await writeTemp({ 'root.pem': root.certPem });
    const text = execFileSync(
      'openssl',
      ['x509', '-in', files.paths['root.pem']!, '-noout', '-fingerprint', '-sha256'],
      {
        encoding: 'utf8'
      }
    );
    await files.cleanup();
    expect(text.trim()).toBe(`sha256 Fingerprint=${describeCertificate(root.der, now).sha256Fingerprint}`);
  });

  it('recognises a self-signed CA root', async () => {
    const info = describeCertificate((await rootReady).der, now);
    expect(info.selfSigned).toBe(true);
    expect(info.isCA).toBe(true);
    expect(info.keyUsage).toEqual(expect.arrayContaining(['keyCertSign', 'cRLSign']));
  });

  it.each([
    [{ type: 'ec', curve: 'P-256' } as const, 'EC', 256, 'P-256', 'ecdsa-with-SHA256', 'sha256'],
    [{ type: 'ec', curve: 'P-384' } as const, 'EC', 384, 'P-384', 'ecdsa-with-SHA384', 'sha384'],
    [{ type: 'ec', curve: 'P-521' } as const, 'EC', 521, 'P-521', 'ecdsa-with-SHA256', 'sha256']
  ] as const)(
    'reads an %j key and its issuer signature',
    async (key, keyType, bits, curve, signature, hash) => {
      const issuer = await pki.root({ key });
      const info = describeCertificate((await pki.leaf(issuer, { key, hash })).der, now);
      expect([info.keyType, info.keyBits, info.curve, info.signatureAlgorithm]).toEqual([
        keyType,
        bits,
        curve,
        signature
      ]);
    }
  );

  it('reads Ed25519 keys and signatures', async () => {
    const issuer = await pki.root({ key: { type: 'ed25519' } });
    const info = describeCertificate((await pki.leaf(issuer, { key: { type: 'ed25519' } })).der, now);
    expect([info.keyType, info.keyBits, info.curve, info.signatureAlgorithm]).toEqual([
      'Ed25519',
      256,
      null,
      'ED25519'
    ]);
  });

  it('names SHA-1 RSA signatures and 1024-bit RSA keys', async () => {
    const root = await rootReady;
    const info = describeCertificate(
      (await pki.leaf(root, { hash: 'sha1', key: { type: 'rsa', bits: 1024 } })).der,
      now
    );
    expect(info.signatureAlgorithm).toBe('sha1WithRSAEncryption');
    expect(info.keyBits).toBe(1024);
  });

  it('reads OCSP, CA issuer and CRL URLs and must-staple', async () => {
    const root = await rootReady;
    const leaf = await pki.leaf(root, {
      ocspUrls: ['http://ocsp.test/'],
      caIssuerUrls: ['http://ca.test/int.der'],
      crlUrls: ['http://crl.test/int.crl'],
      mustStaple: true
    });
    const info = describeCertificate(leaf.der, now);
    expect(info.ocspUrls).toEqual(['http://ocsp.test/']);
    expect(info.caIssuerUrls).toEqual(['http://ca.test/int.der']);
    expect(info.crlUrls).toEqual(['http://crl.test/int.crl']);
    expect(info.mustStaple).toBe(true);
    expect(describeCertificate(root.der, now).mustStaple).toBe(false);
  });

  it('gives negative days remaining for an expired certificate', async () => {
    const root = await rootReady;
    const info = describeCertificate(
      (await pki.leaf(root, { notBeforeDays: -100, notAfterDays: -5 })).der,
      now
    );
    expect(info.daysRemaining).toBeLessThan(-4.99);
    expect(info.daysRemaining).toBeGreaterThan(-5.01);
  });

  it('counts embedded SCTs', async () => {
    // Two SCT entries of 3 and 1 bytes inside the TLS-encoded list, wrapped in an OCTET STRING (RFC 6962 3.3).
    const list = Buffer.from([0x00, 0x08, 0x00, 0x03, 1, 2, 3, 0x00, 0x01, 9]);
    const value = Buffer.concat([Buffer.from([0x04, list.length]), list]);
    const root = await rootReady;
    const leaf = await pki.leaf(root, { extraExtensions: [{ oid: '1.3.6.1.4.1.11129.2.4.2', value }] });
    expect(describeCertificate(leaf.der, now).sctCount).toBe(2);
  });
});

describe('describeCertificate on bad input', () => {
  it.each([
    ['empty', Buffer.alloc(0)],
    ['text', Buffer.from('-----BEGIN CERTIFICATE-----\nnot really\n')],
    ['random bytes', Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) & 0xff))]
  ])('reports %s input with parseError and the fingerprint, without throwing', (_name, bytes) => {
    const info = describeCertificate(bytes, now);
    expect(info.parseError).toEqual(expect.any(String));
    expect(info.sha256Fingerprint).toMatch(/^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/);
    expect(info.keyType).toBe('unknown');
    // Unreadable dates are empty, so that nothing mistakes them for a real (1970) date.
    expect([info.notBefore, info.notAfter, info.daysRemaining]).toEqual(['', '', 0]);
  });

  it('reports a truncated certificate with parseError', async () => {
    const root = await rootReady;
    const info = describeCertificate(root.der.subarray(0, root.der.length - 40), now);
    expect(info.parseError).toEqual(expect.any(String));
  });

  it('reads a certificate valid until year 9999', async () => {
    const root = await rootReady;
    const leaf = await pki.leaf(root, { notAfter: new Date('9999-12-31T23:59:59Z') });
    const info = describeCertificate(leaf.der, now);
    expect(info.notAfter).toBe('9999-12-31T23:59:59.000Z');
    expect(info.daysRemaining).toBeGreaterThan(2_000_000);
    expect(info.parseError).toBeUndefined();
  });

  it('flags a certificate whose notAfter is before its notBefore', async () => {
    const root = await rootReady;
    const leaf = await pki.leaf(root, { notBeforeDays: 10, notAfterDays: -10 });
    const info = describeCertificate(leaf.der, now);
    expect(info.lifetimeDays).toBeCloseTo(-20, 3);
    expect(info.parseError).toMatch(/notAfter is before notBefore/);
  });

  it('reports an unknown public key type as unknown, with parseError, keeping the rest', async () => {
    const root = await rootReady;
    const leaf = await pki.leaf(root, { commonName: 'odd-key.test', key: { type: 'ec', curve: 'P-256' } });
    // Rewrite the SPKI algorithm id-ecPublicKey (1.2.840.10045.2.1) to an unassigned arc (1.2.840.10045.2.99).
    const oid = Buffer.from([0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]);
    const der = Buffer.from(leaf.der);
    const at = der.indexOf(oid);
    expect(at).toBeGreaterThan(0);
    der[at + oid.length - 1] = 99;
    const info = describeCertificate(der, now);
    expect(info.keyType).toBe('unknown');
    expect(info.keyBits).toBeNull();
    expect(info.parseError).toMatch(/public key/);
    expect(info.subject).toBe('CN=odd-key.test');
    expect(info.subjectAltNames).toEqual(['DNS:odd-key.test']);
  });

  it('names an unknown signature algorithm by its OID', async () => {
    const root = await rootReady;
    const leaf = await pki.leaf(root);
    // Rewrite the outer signatureAlgorithm OID sha256WithRSAEncryption (…1.1.11) to an unassigned arc (…1.1.99).
    const oid = Buffer.from([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b]);
    const der = Buffer.from(leaf.der);
    const outer = der.lastIndexOf(oid);
    der[outer + oid.length - 1] = 99;
    const info = describeCertificate(der, now);
    expect(info.signatureAlgorithm).toBe('1.2.840.113549.1.1.99');
    expect(info.subject).toBe('CN=localhost');
  });
});

describe('describeCertificate: certificates larger than the ASN.1 parser accepts', () => {
  it('reads all 10,000 subjectAltNames and the signature algorithm of a 10,000-name leaf', async () => {
    const root = await rootReady;
    const names = Array.from({ length: 10_000 }, (_, i) => `host${i}.app.test`);
    const leaf = await pki.leaf(root, { commonName: 'host0.app.test', dnsNames: names, hash: 'sha384' });
    const info = describeCertificate(leaf.der, now);
    expect(info.subjectAltNames).toEqual(names.map((name) => `DNS:${name}`));
    expect(info.signatureAlgorithm).toBe('sha384WithRSAEncryption');
    expect(info.subject).toBe('CN=host0.app.test');
    expect(info.parseError).toMatch(/^extensions other than subjectAltName not read/);
  });
});
