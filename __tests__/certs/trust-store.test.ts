import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../src/errors.js';
import { analyzeCertificates, loadTrustStore } from '../../src/certs/index.js';
import { createTestPki, writeTemp } from '../../src/testing/pki.js';

async function configurationErrorOf(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

describe('loadTrustStore', () => {
  it("holds Node's bundled Mozilla roots, reported as 'mozilla'", async () => {
    const store = await loadTrustStore({ system: false });
    expect(store.anchors).toHaveLength(rootCertificates.length);
    const first = new X509Certificate(rootCertificates[0]!);
    expect(store.byFingerprint.get(first.fingerprint256)?.source).toBe('mozilla');
  });

  it('adds a CA file and reports chains it anchors as ca-file', async () => {
    const pki = createTestPki();
    const root = await pki.root({ commonName: 'Corporate Root' });
    const leaf = await pki.leaf(root, { commonName: 'intranet.test' });
    const files = await writeTemp({ 'ca.pem': `# corporate bundle\n${root.certPem}` });
    try {
      const store = await loadTrustStore({ caFile: files.paths['ca.pem'] });
      const report = analyzeCertificates({
        chain: [leaf.der],
        host: 'intranet.test',
        sni: 'intranet.test',
        ocspResponse: null,
        noSniChain: null,
        alternateChains: [],
        readOver: 'TLSv1.3',
        trust: store,
        now: new Date()
      });
      expect(report).toMatchObject({ trusted: true, trustStore: 'ca-file' });
    } finally {
      await files.cleanup();
    }
  });

  it('does not trust a private root without the CA file', async () => {
    const pki = createTestPki();
    const root = await pki.root({ commonName: 'Corporate Root' });
    const leaf = await pki.leaf(root, { commonName: 'intranet.test' });
    const report = analyzeCertificates({
      chain: [leaf.der],
      host: 'intranet.test',
      sni: 'intranet.test',
      ocspResponse: null,
      noSniChain: null,
      alternateChains: [],
      readOver: 'TLSv1.3',
      trust: await loadTrustStore(),
      now: new Date()
    });
    expect(report).toMatchObject({ trusted: false, trustStore: null });
  });

  it('rejects a missing CA file as a usage error naming the file', async () => {
    const files = await writeTemp({});
    const missing = `${files.dir}/absent.pem`;
    const error = await configurationErrorOf(loadTrustStore({ caFile: missing }));
    await files.cleanup();
    expect(error.file).toBe(missing);
    expect(error.message).toContain(missing);
    expect(error.message).toMatch(/does not exist/);
  });

  it('rejects an empty CA file as a usage error naming the file', async () => {
    const files = await writeTemp({ 'empty.pem': '' });
    const error = await configurationErrorOf(loadTrustStore({ caFile: files.paths['empty.pem'] }));
    await files.cleanup();
    expect(error.message).toMatch(/empty\.pem is empty/);
  });

  it('rejects a CA file without PEM certificates as a usage error naming the file', async () => {
    const files = await writeTemp({
      'key.pem': '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'
    });
    const error = await configurationErrorOf(loadTrustStore({ caFile: files.paths['key.pem'] }));
    await files.cleanup();
    expect(error.message).toMatch(/key\.pem contains no PEM certificate/);
  });

  it('rejects a CA file whose PEM block is not a certificate', async () => {
    const files = await writeTemp({
      'bad.pem': '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n'
    });
    const error = await configurationErrorOf(loadTrustStore({ caFile: files.paths['bad.pem'] }));
    await files.cleanup();
    expect(error.message).toMatch(/bad\.pem: 1 of 1 PEM certificates cannot be parsed/);
  });

  it('reads the system store when this machine has one', async () => {
    const withSystem = await loadTrustStore({ mozilla: false });
    const systemCount = withSystem.anchors.length;
    if (systemCount === 0) {
      console.log(
        'no system CA store readable by Node on this machine: only checked that loading does not fail'
      );
      return;
    }
    expect(withSystem.anchors.every((anchor) => anchor.source === 'system')).toBe(true);
  });

  it("holds exactly the distinct certificates of the distribution's CA bundle file on Linux", async () => {
    // Ground truth from the file itself: every parseable PEM in it, once per fingerprint.
    const bundle = [
      '/etc/ssl/certs/ca-certificates.crt',
      '/etc/pki/tls/certs/ca-bundle.crt',
      '/etc/ssl/cert.pem'
    ].find((file) => process.platform === 'linux' && existsSync(file));
    if (!bundle) {
      console.log('no Linux CA bundle file on this machine: the system store is read through Node instead');
      return;
    }
    const fingerprints = new Set<string>();
    for (const pem of readFileSync(bundle, 'utf8').match(
      /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g
    ) ?? []) {
      try {
        fingerprints.add(new X509Certificate(pem).fingerprint256);
      } catch {
        // a PEM block OpenSSL cannot parse is not an anchor either
      }
    }
    expect(fingerprints.size).toBeGreaterThan(0);
    const store = await loadTrustStore({ mozilla: false });
    expect(new Set(store.anchors.map((anchor) => anchor.fingerprint))).toEqual(fingerprints);
  });
});
