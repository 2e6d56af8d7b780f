// Pinning against a real server: the expected SPKI hash is computed from the key file with the openssl CLI
// (the configuration), the chain is what a probe reads from openssl s_server.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execSync } from 'node:child_process';
import { describeCertificate } from '../../src/certs/index.js';
import { evaluateExpectation } from '../../src/policy/expectation.js';
import { runProbe } from '../../src/scan/probe.js';
import { tls12Hello } from '../diagnose/probe-hello.js';
import { cleanupTempDirs, selfSigned, startOpensslServer, type KeyPair } from '../helpers/servers.js';
import { server as scanData } from '../diagnose/fixtures.js';

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  cleanupTempDirs();
});

function pinOf(key: KeyPair): string {
  return execSync(
    `openssl pkey -in '${key.keyFile}' -pubout -outform DER | openssl dgst -sha256 -binary | base64`,
    { encoding: 'utf8' }
  ).trim();
}

async function servedChain(key: KeyPair) {
  const server = await startOpensslServer({ key, versions: ['-tls1_2'] });
  stops.push(() => server.stop());
  const outcome = await runProbe(
    { host: 'shop.test', address: '127.0.0.1', port: server.port, sni: 'shop.test' },
    { kind: 'tls', spec: tls12Hello('shop.test') },
    { timeoutMs: 3000, deadline: Date.now() + 10000 },
    { readCertificates: true }
  );
  if (outcome.kind !== 'accepted' || !outcome.certificates) throw new Error(`no chain read: ${outcome.kind}`);
  const now = new Date();
  const target = scanData({ protocols: ['TLSv1.2'], suites: {} });
  target.certificate!.chain = outcome.certificates.map((der) => describeCertificate(der, now));
  return target;
}

describe('evaluateExpectation (pinning)', () => {
  const served = selfSigned({ key: 'ec', cn: 'shop.test' });
  const other = selfSigned({ key: 'ec', cn: 'shop.test' });

  it('accepts a chain whose key matches the pin (HPKP spelling sha256/... accepted too)', async () => {
    const target = await servedChain(served);
    expect(evaluateExpectation(target, { spkiSha256: [`sha256/${pinOf(served)}`] })).toEqual([]);
  });

  it('reports certificate.unexpected with the chain seen when the key is not the pinned one', async () => {
    const target = await servedChain(served);
    const findings = evaluateExpectation(target, { spkiSha256: [pinOf(other)] });
    expect(findings.map((f) => f.rule)).toEqual(['certificate.unexpected']);
    expect(findings[0]!.message).toMatch(/intercepting proxy \(TLS inspection\) or the wrong backend/);
    expect(findings[0]!.evidence.chain).toEqual([
      { subject: 'CN=shop.test', issuer: 'CN=shop.test', spkiSha256: pinOf(served) }
    ]);
  });

  it('reports certificate.unexpected when the issuer is not the expected one', async () => {
    const target = await servedChain(served);
    const findings = evaluateExpectation(target, { issuer: "O=Let's Encrypt" });
    expect(findings.map((f) => f.rule)).toEqual(['certificate.unexpected']);
    expect(findings[0]!.message).toContain('not "O=Let\'s Encrypt"');
    expect(evaluateExpectation(target, { issuer: 'cn=SHOP.test' })).toEqual([]);
  });
});

describe('system-store anchor', () => {
  it('notes a chain trusted only through a system-store root, and names it as the likely cause of a pin mismatch', () => {
    const target = scanData({
      protocols: ['TLSv1.2'],
      suites: {},
      certificate: { trustStore: 'system' },
      leaf: { issuer: 'CN=Corp Inspection CA' }
    });
    const findings = evaluateExpectation(target, { spkiSha256: ['AAAA'] });
    expect(findings.map((f) => f.rule)).toEqual(['certificate.unexpected', 'certificate.system-anchor']);
    expect(findings[0]!.message).toContain(
      'anchored by a system-store root that is not in the public (Mozilla) store'
    );
    expect(findings[1]!.severity).toBe('notice');
  });

  it('says nothing for a Mozilla-anchored chain without an expectation', () => {
    expect(evaluateExpectation(scanData({ protocols: ['TLSv1.2'], suites: {} }), undefined)).toEqual([]);
  });
});

describe('certificate.unexpected reproduce command', () => {
  it('quotes a hostile SNI for the shell and brackets an IPv6 address', () => {
    const target = scanData({ protocols: ['TLSv1.2'], suites: {} });
    target.address = '::1';
    target.port = 8443;
    target.sni = "x';touch owned;'";
    const [finding] = evaluateExpectation(target, { spkiSha256: ['AAAA'] });
    expect(finding!.rule).toBe('certificate.unexpected');
    expect(finding!.reproduce).toContain(
      "-connect '[::1]:8443' -servername 'x'\\'';touch owned;'\\''' -showcerts"
    );
  });
});
