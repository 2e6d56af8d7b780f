// analyzeCertificates fed DER chains exactly as a server would send them. Every certificate is generated here,
// with dates relative to now; the expectations come from how the PKI was built, not from earlier output.
import { describe, expect, it } from '@jest/globals';
import { analyzeCertificates, trustStoreFromPem, type TrustStore } from '../../src/certs/index.js';
import { createOcspResponse } from '../../src/testing/ocsp-response.js';
import { createTestPki, pemBundle, type TestCertificate } from '../../src/testing/pki.js';

const now = new Date();
// EC keys unless a test is about RSA: key generation dominates the run time of this file.
const pki = createTestPki({ now, defaultKey: { type: 'ec', curve: 'P-256' } });

interface Pki {
  root: TestCertificate;
  intermediate: TestCertificate;
  leaf: TestCertificate;
  trust: TrustStore;
}

const standard: Promise<Pki> = (async () => {
  const root = await pki.root({ commonName: 'Analyze Root', key: { type: 'ec', curve: 'P-256' } });
  const intermediate = await pki.intermediate(root, {
    commonName: 'Analyze Intermediate',
    key: { type: 'ec', curve: 'P-256' },
    caIssuerUrls: ['http://ca.test/root.der']
  });
  const leaf = await pki.leaf(intermediate, {
    commonName: 'app.test',
    key: { type: 'ec', curve: 'P-256' },
    caIssuerUrls: ['http://ca.test/intermediate.der']
  });
  return { root, intermediate, leaf, trust: trustStoreFromPem(root.certPem) };
})();

function analyze(
  sent: TestCertificate[],
  trust: TrustStore,
  host = 'app.test',
  extra: Partial<Parameters<typeof analyzeCertificates>[0]> = {}
) {
  return analyzeCertificates({
    chain: sent.map((c) => c.der),
    host,
    sni: host,
    ocspResponse: null,
    noSniChain: null,
    alternateChains: [],
    readOver: 'TLSv1.2',
    trust,
    now,
    ...extra
  });
}

describe('analyzeCertificates: chains', () => {
  it('judges a leaf + intermediate chain to a stored root as trusted, complete, ordered', async () => {
    const { root, intermediate, leaf, trust } = await standard;
    const report = analyze([leaf, intermediate], trust);
    expect(report).toMatchObject({
      hostnameMatch: true,
      trusted: true,
      trustStore: 'ca-file',
      chainComplete: true,
      chainOrdered: true,
      extraCertificates: [],
      containsRoot: false,
      missingIssuer: null,
      validatedPath: [leaf.subject, intermediate.subject, root.subject],
      ocspStapled: false,
      ocsp: null,
      noSniCertificate: null,
      readOver: 'TLSv1.2',
      error: null
    });
    expect(report.chain.map((c) => c.subject)).toEqual([leaf.subject, intermediate.subject]);
  });

  it('reports the missing intermediate with the AIA URL that would supply it', async () => {
    const { leaf, intermediate, trust } = await standard;
    const report = analyze([leaf], trust);
    expect(report.trusted).toBe(false);
    expect(report.chainComplete).toBe(false);
    expect(report.missingIssuer).toEqual({
      subject: intermediate.subject,
      caIssuerUrl: 'http://ca.test/intermediate.der'
    });
    expect(report.trustStore).toBeNull();
  });

  it('reports a chain sent in the wrong order as complete and trusted but not ordered', async () => {
    const { root, intermediate, leaf, trust } = await standard;
    const report = analyze([leaf, root, intermediate], trust);
    expect(report).toMatchObject({
      trusted: true,
      chainComplete: true,
      chainOrdered: false,
      containsRoot: true
    });
  });

  it('reports an unrelated extra certificate by subject', async () => {
    const { intermediate, leaf, trust } = await standard;
    const stranger = await pki.root({ commonName: 'Unrelated CA' });
    const report = analyze([leaf, intermediate, stranger], trust);
    expect(report).toMatchObject({
      trusted: true,
      chainOrdered: true,
      extraCertificates: [stranger.subject]
    });
  });

  it('reports a duplicated intermediate as extra', async () => {
    const { intermediate, leaf, trust } = await standard;
    const report = analyze([leaf, intermediate, intermediate], trust);
    expect(report).toMatchObject({ trusted: true, extraCertificates: [intermediate.subject] });
  });

  it('reports a sent root as containsRoot, still trusted', async () => {
    const { root, intermediate, leaf, trust } = await standard;
    const report = analyze([leaf, intermediate, root], trust);
    expect(report).toMatchObject({
      trusted: true,
      chainOrdered: true,
      containsRoot: true,
      extraCertificates: []
    });
    expect(report.validatedPath).toEqual([leaf.subject, intermediate.subject, root.subject]);
  });

  it('reports a chain to a root no store holds as complete but untrusted', async () => {
    const { root, intermediate, leaf } = await standard;
    const otherStore = trustStoreFromPem((await pki.root({ commonName: 'Some Other Root' })).certPem);
    const sentWithRoot = analyze([leaf, intermediate, root], otherStore);
    expect(sentWithRoot).toMatchObject({
      trusted: false,
      chainComplete: true,
      trustStore: null,
      containsRoot: true
    });
    const sentWithoutRoot = analyze([leaf, intermediate], otherStore);
    expect(sentWithoutRoot).toMatchObject({ trusted: false, chainComplete: false });
    expect(sentWithoutRoot.missingIssuer?.subject).toBe(root.subject);
  });

  it('reports a self-signed leaf as untrusted, and trusted when the CA file holds it', async () => {
    const selfSigned = await pki.selfSigned({ commonName: 'app.test', isCA: false, dnsNames: ['app.test'] });
    const other = trustStoreFromPem((await standard).root.certPem);
    expect(analyze([selfSigned], other)).toMatchObject({
      trusted: false,
      chainComplete: true,
      hostnameMatch: true
    });
    expect(analyze([selfSigned], other).chain[0]!.selfSigned).toBe(true);
    expect(analyze([selfSigned], trustStoreFromPem(selfSigned.certPem))).toMatchObject({
      trusted: true,
      trustStore: 'ca-file'
    });
  });

  it('reports an expired intermediate as untrusted, with its days remaining in the chain entry', async () => {
    const { root, trust } = await standard;
    const expired = await pki.intermediate(root, {
      commonName: 'Expired Intermediate',
      notBeforeDays: -400,
      notAfterDays: -3
    });
    const leaf = await pki.leaf(expired, { commonName: 'app.test' });
    const report = analyze([leaf, expired], trust);
    expect(report.trusted).toBe(false);
    expect(report.chainComplete).toBe(true);
    expect(report.chain[1]!.daysRemaining).toBeLessThan(-2.9);
    expect(report.chain[0]!.daysRemaining).toBeGreaterThan(80);
  });

  it('does not let an expired root invalidate a chain that also reaches a valid root by a cross-sign', async () => {
    const oldRoot = await pki.root({ commonName: 'Old Root', notBeforeDays: -4000, notAfterDays: -10 });
    const newRoot = await pki.root({ commonName: 'New Root' });
    // The new root's key, certified by the old root: servers send it for old clients.
    const crossSigned = await pki.intermediate(oldRoot, {
      commonName: 'New Root',
      key: newRoot.key,
      pathLength: 1
    });
    const intermediate = await pki.intermediate(newRoot, { commonName: 'Issuing CA' });
    const leaf = await pki.leaf(intermediate, { commonName: 'app.test' });
    const trust = trustStoreFromPem(pemBundle(oldRoot, newRoot));
    const report = analyze([leaf, intermediate, crossSigned], trust);
    expect(report).toMatchObject({ trusted: true, chainComplete: true, extraCertificates: [] });
    expect(report.validatedPath).toEqual([leaf.subject, intermediate.subject, newRoot.subject]);
    // Only the expired root left: the same chain is no longer trusted.
    expect(analyze([leaf, intermediate, crossSigned], trustStoreFromPem(oldRoot.certPem)).trusted).toBe(
      false
    );
  });

  it('does not accept a certificate whose signature does not verify, even with the right issuer name', async () => {
    const { root, trust } = await standard;
    const impostor = await pki.root({
      commonName: 'Analyze Intermediate',
      key: { type: 'ec', curve: 'P-256' }
    });
    const leaf = await pki.leaf(impostor, { commonName: 'app.test' });
    const { intermediate } = await standard;
    const report = analyze([leaf, intermediate], trust);
    expect(report.trusted).toBe(false);
    expect(report.chainComplete).toBe(false);
    expect(report.extraCertificates).toEqual([intermediate.subject]);
    void root;
  });
});

describe('analyzeCertificates: the leaf', () => {
  it('keeps an expired leaf trusted as a chain, with negative days remaining', async () => {
    const { intermediate, trust } = await standard;
    const leaf = await pki.leaf(intermediate, {
      commonName: 'app.test',
      notBeforeDays: -90,
      notAfterDays: -1
    });
    const report = analyze([leaf, intermediate], trust);
    expect(report.chain[0]!.daysRemaining).toBeLessThan(-0.99);
    expect(report.trusted).toBe(true);
  });

  it('reports a not-yet-valid leaf with its future notBefore', async () => {
    const { intermediate, trust } = await standard;
    const leaf = await pki.leaf(intermediate, { commonName: 'app.test', notBeforeDays: 2, notAfterDays: 90 });
    const report = analyze([leaf, intermediate], trust);
    expect(new Date(report.chain[0]!.notBefore).getTime()).toBeGreaterThan(now.getTime() + 86_400_000);
  });

  it('reports a leaf expiring in 10 days with about 10 days remaining', async () => {
    const { intermediate, trust } = await standard;
    const leaf = await pki.leaf(intermediate, { commonName: 'app.test', notAfterDays: 10 });
    const days = analyze([leaf, intermediate], trust).chain[0]!.daysRemaining;
    expect(days).toBeGreaterThan(9.99);
    expect(days).toBeLessThanOrEqual(10);
  });

  it('reports a wrong host as no hostname match', async () => {
    const { intermediate, leaf, trust } = await standard;
    expect(analyze([leaf, intermediate], trust, 'other.test').hostnameMatch).toBe(false);
  });

  it.each([
    ['a.wild.test', true],
    ['wild.test', false],
    ['a.b.wild.test', false]
  ])('matches a *.wild.test certificate against %s: %s', async (host, expected) => {
    const { intermediate, trust } = await standard;
    const leaf = await pki.leaf(intermediate, { commonName: '*.wild.test' });
    expect(analyze([leaf, intermediate], trust, host).hostnameMatch).toBe(expected);
  });

  it('does not match a certificate that names the host only in its CN (no subjectAltName)', async () => {
    const { intermediate, trust } = await standard;
    const cnOnly = await pki.leaf(intermediate, { commonName: 'app.test', dnsNames: [] });
    const report = analyze([cnOnly, intermediate], trust, 'app.test');
    expect(report.chain[0]!.subjectAltNames).toEqual([]);
    expect(report.chain[0]!.subject).toBe('CN=app.test');
    expect(report.hostnameMatch).toBe(false);
  });

  it('matches an IP target against an IP SAN, not against a DNS SAN of the same text', async () => {
    const { intermediate, trust } = await standard;
    const ipLeaf = await pki.leaf(intermediate, {
      commonName: '127.0.0.1',
      dnsNames: [],
      ipAddresses: ['127.0.0.1', '::1']
    });
    const dnsLeaf = await pki.leaf(intermediate, { commonName: '127.0.0.1', dnsNames: ['127.0.0.1'] });
    expect(analyze([ipLeaf, intermediate], trust, '127.0.0.1').hostnameMatch).toBe(true);
    expect(analyze([ipLeaf, intermediate], trust, '::1').hostnameMatch).toBe(true);
    expect(analyze([dnsLeaf, intermediate], trust, '127.0.0.1').hostnameMatch).toBe(false);
  });

  it.each([
    [
      'SHA-1',
      { hash: 'sha1' as const, key: { type: 'rsa', bits: 2048 } as const },
      'sha1WithRSAEncryption',
      'RSA',
      2048,
      null
    ],
    ['RSA-1024', { key: { type: 'rsa', bits: 1024 } as const }, 'sha256WithRSAEncryption', 'RSA', 1024, null],
    [
      'P-256',
      { key: { type: 'ec', curve: 'P-256' } as const },
      'sha256WithRSAEncryption',
      'EC',
      256,
      'P-256'
    ],
    [
      'P-384',
      { key: { type: 'ec', curve: 'P-384' } as const },
      'sha256WithRSAEncryption',
      'EC',
      384,
      'P-384'
    ],
    ['Ed25519', { key: { type: 'ed25519' } as const }, 'sha256WithRSAEncryption', 'Ed25519', 256, null]
  ])(
    'reports a %s leaf with its key and signature, trusted',
    async (_name, options, signature, keyType, bits, curve) => {
      const root = await pki.root({ commonName: 'RSA Root', key: { type: 'rsa', bits: 2048 } });
      const leaf = await pki.leaf(root, { commonName: 'app.test', ...options });
      const report = analyze([leaf], trustStoreFromPem(root.certPem));
      expect(report.trusted).toBe(true);
      expect(report.chain[0]).toMatchObject({ signatureAlgorithm: signature, keyType, keyBits: bits, curve });
    }
  );

  it('reports the strength of intermediates too', async () => {
    const root = await pki.root({ commonName: 'RSA Root', key: { type: 'rsa', bits: 2048 } });
    const weak = await pki.intermediate(root, {
      commonName: 'Weak CA',
      hash: 'sha1',
      key: { type: 'rsa', bits: 1024 }
    });
    const leaf = await pki.leaf(weak, { commonName: 'app.test', key: { type: 'ec', curve: 'P-256' } });
    const report = analyze([leaf, weak], trustStoreFromPem(root.certPem));
    expect(report.chain[1]).toMatchObject({
      signatureAlgorithm: 'sha1WithRSAEncryption',
      keyBits: 1024,
      isCA: true
    });
    expect(report.chain[0]!.signatureAlgorithm).toBe('sha256WithRSAEncryption');
  });
});

describe('analyzeCertificates: staple, SNI, alternates', () => {
  it('reads a stapled OCSP response for the leaf', async () => {
    const { intermediate, leaf, trust } = await standard;
    const ocspResponse = createOcspResponse({ certificate: leaf, issuer: intermediate, status: 'revoked' });
    const report = analyze([leaf, intermediate], trust, 'app.test', { ocspResponse });
    expect(report.ocspStapled).toBe(true);
    expect(report.ocsp?.status).toBe('revoked');
  });

  it('describes the certificate served without SNI only when it differs', async () => {
    const { intermediate, leaf, trust } = await standard;
    const fallback = await pki.leaf(intermediate, { commonName: 'default.test' });
    const differs = analyze([leaf, intermediate], trust, 'app.test', {
      noSniChain: [fallback.der, intermediate.der]
    });
    expect(differs.noSniCertificate?.subject).toBe('CN=default.test');
    const same = analyze([leaf, intermediate], trust, 'app.test', {
      noSniChain: [leaf.der, intermediate.der]
    });
    expect(same.noSniCertificate).toBeNull();
  });

  it('lists alternate chains by key type, without repeating the main one', async () => {
    const { intermediate, leaf, trust } = await standard;
    const rsaLeaf = await pki.leaf(intermediate, {
      commonName: 'app.test',
      key: { type: 'rsa', bits: 2048 }
    });
    const report = analyze([leaf, intermediate], trust, 'app.test', {
      alternateChains: [
        [rsaLeaf.der, intermediate.der],
        [leaf.der, intermediate.der]
      ]
    });
    expect(report.alternateChains.map((a) => [a.keyType, a.chain.length])).toEqual([['RSA', 2]]);
  });
});

describe('analyzeCertificates: bad input', () => {
  it('reports zero certificates as an error with an empty chain', () => {
    const report = analyzeCertificates({
      chain: [],
      host: 'app.test',
      sni: 'app.test',
      ocspResponse: null,
      noSniChain: null,
      alternateChains: [],
      readOver: 'TLSv1.3',
      trust: trustStoreFromPem(''),
      now
    });
    expect(report.chain).toEqual([]);
    expect(report.error?.code).toBe('NO_CERTIFICATE');
    expect(report.trusted).toBe(false);
  });

  it('reports a non-DER leaf as a parse error, keeping its fingerprint', async () => {
    const { intermediate, trust } = await standard;
    const report = analyzeCertificates({
      chain: [Buffer.from('not a certificate'), intermediate.der],
      host: 'app.test',
      sni: 'app.test',
      ocspResponse: null,
      noSniChain: null,
      alternateChains: [],
      readOver: 'TLSv1.2',
      trust,
      now
    });
    expect(report.error?.code).toBe('CERT_PARSE');
    expect(report.chain).toHaveLength(2);
    expect(report.trusted).toBe(false);
    expect(report.hostnameMatch).toBe(false);
  });

  it('reports a truncated intermediate as extra and the chain as incomplete', async () => {
    const { intermediate, leaf, trust } = await standard;
    const report = analyzeCertificates({
      chain: [leaf.der, intermediate.der.subarray(0, 100)],
      host: 'app.test',
      sni: 'app.test',
      ocspResponse: null,
      noSniChain: null,
      alternateChains: [],
      readOver: 'TLSv1.2',
      trust,
      now
    });
    expect(report.chainComplete).toBe(false);
    expect(report.chain[1]!.parseError).toEqual(expect.any(String));
    expect(report.extraCertificates).toHaveLength(1);
  });

  it('handles 100 certificates in bounded time', async () => {
    const { intermediate, leaf, trust } = await standard;
    const chain = [leaf.der, ...Array.from({ length: 99 }, () => intermediate.der)];
    const started = performance.now();
    const report = analyzeCertificates({
      chain,
      host: 'app.test',
      sni: 'app.test',
      ocspResponse: null,
      noSniChain: null,
      alternateChains: [],
      readOver: 'TLSv1.2',
      trust,
      now
    });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(report.trusted).toBe(true);
    expect(report.chain).toHaveLength(100);
    expect(report.extraCertificates).toHaveLength(98);
  });

  it('handles a 1 MB certificate', async () => {
    const { intermediate, trust } = await standard;
    const big = await pki.leaf(intermediate, {
      commonName: 'app.test',
      extraExtensions: [
        {
          oid: '1.3.6.1.4.1.55555.1',
          value: Buffer.concat([Buffer.from([0x04, 0x83, 0x10, 0x00, 0x00]), Buffer.alloc(0x100000, 0x41)])
        }
      ]
    });
    expect(big.der.length).toBeGreaterThan(1_000_000);
    const report = analyze([big, intermediate], trust);
    expect(report).toMatchObject({ trusted: true, hostnameMatch: true, error: null });
  });
});

describe('analyzeCertificates: misuse', () => {
  it('judges a chain untrusted, saying why, when no trust store is given', async () => {
    const { intermediate, leaf } = await standard;
    const report = analyzeCertificates({
      chain: [leaf.der, intermediate.der],
      host: 'app.test',
      sni: 'app.test',
      ocspResponse: null,
      noSniChain: null,
      alternateChains: [],
      readOver: 'TLSv1.2',
      trust: undefined as unknown as TrustStore,
      now
    });
    expect(report).toMatchObject({ trusted: false, hostnameMatch: true, error: { code: 'NO_TRUST_STORE' } });
  });
});
