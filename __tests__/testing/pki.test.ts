import { X509Certificate, createPrivateKey } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { createTestPki, writeTemp } from '../../src/testing/pki.js';

describe('test PKI', () => {
  it('issues a root, an intermediate and a leaf that Node verifies as a chain', async () => {
    const pki = createTestPki();
    const root = await pki.root();
    const intermediate = await pki.intermediate(root, {
      key: { type: 'ec', curve: 'P-384' },
      hash: 'sha384'
    });
    const leaf = await pki.leaf(intermediate, {
      commonName: 'app.test',
      key: { type: 'ec', curve: 'P-256' }
    });
    const rootX = new X509Certificate(root.der);
    const intX = new X509Certificate(intermediate.der);
    const leafX = new X509Certificate(leaf.der);
    expect(intX.checkIssued(rootX)).toBe(true);
    expect(intX.verify(rootX.publicKey)).toBe(true);
    expect(leafX.verify(intX.publicKey)).toBe(true);
    expect(leafX.checkHost('app.test')).toBe('app.test');
    expect(rootX.ca).toBe(true);
    expect(leafX.ca).toBe(false);
    expect(createPrivateKey(leaf.keyPem).asymmetricKeyType).toBe('ec');
  });

  it('signs with SHA-1 RSA and with Ed25519 keys, with dates relative to now', async () => {
    const pki = createTestPki();
    const root = await pki.root({ key: { type: 'ed25519' } });
    const rsaRoot = await pki.root({ commonName: 'RSA root' });
    const sha1 = await pki.leaf(rsaRoot, {
      hash: 'sha1',
      key: { type: 'rsa', bits: 1024 },
      notAfterDays: -2,
      notBeforeDays: -30
    });
    const ed = await pki.leaf(root, { key: { type: 'ed25519' } });
    expect(new X509Certificate(ed.der).verify(new X509Certificate(root.der).publicKey)).toBe(true);
    const sha1X = new X509Certificate(sha1.der);
    expect(sha1X.verify(new X509Certificate(rsaRoot.der).publicKey)).toBe(true);
    expect(new Date(sha1X.validTo).getTime()).toBeLessThan(Date.now() - 86_400_000);
    const files = await writeTemp({ 'leaf.pem': sha1.certPem });
    const text = execFileSync('openssl', ['x509', '-in', files.paths['leaf.pem']!, '-noout', '-text'], {
      encoding: 'utf8'
    });
    await files.cleanup();
    expect(text).toContain('sha1WithRSAEncryption');
    expect(text).toContain('Public-Key: (1024 bit)');
  });
});
