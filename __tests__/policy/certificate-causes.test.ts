// One true cause per certificate defect: a missing intermediate is chain.incomplete naming the intermediate, a
// root or issuer nobody here trusts is certificate.untrusted naming it with the ca-file hint, never both; an
// unreadable certificate is one certificate.malformed and nothing derived from its empty fields.
import { describe, expect, it } from '@jest/globals';
import { evaluate, loadPolicy } from '../../src/policy/index.js';
import type { ChainDiagnosis, Finding, TargetReport } from '../../src/model/report.js';
import {
  NOW,
  certificate,
  intermediateTarget,
  unreadableCertificate,
  withCertificate
} from './target-reports.js';

async function findingsOf(t: TargetReport): Promise<Finding[]> {
  const policy = await loadPolicy(undefined, { baseDir: '.' });
  return evaluate([t], policy, { now: NOW, failOn: 'error' }).targets[0]!.findings;
}

const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

/** The leaf alone, its issuer not sent, and what following the leaf's AIA URL found out. */
function leafOnly(issuer: string, diagnosis?: ChainDiagnosis): TargetReport {
  return withCertificate(intermediateTarget(), {
    chain: [certificate({ issuer })],
    trusted: false,
    trustStore: null,
    chainComplete: false,
    missingIssuer: { subject: issuer, caIssuerUrl: diagnosis?.aia?.url ?? null },
    validatedPath: [],
    ...(diagnosis ? { chainDiagnosis: diagnosis } : {})
  });
}

describe('chain causes', () => {
  it('a missing intermediate found through AIA is chain.incomplete naming it and the clients that still connect', async () => {
    const t = leafOnly('CN=Example Issuing CA 1', {
      cause: 'missing-intermediate',
      subject: 'CN=Example Issuing CA 1, O=Example Trust',
      aia: { url: 'http://ca.example.test/issuing.crt', result: 'completes-path', detail: null }
    });
    const errors = errorsOf(await findingsOf(t));
    expect(errors.map((f) => f.rule)).toEqual(['chain.incomplete']);
    expect(errors[0]!.message).toContain('"CN=Example Issuing CA 1, O=Example Trust"');
    expect(errors[0]!.message).toContain('still connect; curl, OpenSSL, Java, Python, Go do not');
    expect(errors[0]!.evidence).toMatchObject({
      intermediate: 'CN=Example Issuing CA 1, O=Example Trust',
      clientsThatFail: ['curl', 'OpenSSL', 'Java', 'Python', 'Go']
    });
  });

  it('a leaf issued by a root nobody trusts is certificate.untrusted naming the root, with the ca-file hint', async () => {
    const t = leafOnly('CN=Corp Root CA', {
      cause: 'untrusted-root',
      subject: 'CN=Corp Root CA',
      aia: { url: 'http://pki.corp.test/root.crt', result: 'untrusted', detail: null }
    });
    const errors = errorsOf(await findingsOf(t));
    expect(errors.map((f) => f.rule)).toEqual(['certificate.untrusted']);
    expect(errors[0]!.message).toContain('"CN=Corp Root CA", a root no trust store here holds');
    expect(errors[0]!.message).toContain('Private CA? Add its root with the `ca-file` input / `--ca-file`');
    expect(errors[0]!.evidence).toMatchObject({ cause: 'untrusted-root', root: 'CN=Corp Root CA' });
    expect(errors[0]!.fix.text).toContain('--ca-file');
  });

  it('an issuer that could not be looked up is certificate.untrusted that also says to send it if it is an intermediate', async () => {
    const t = leafOnly('CN=Somebody CA', { cause: 'unknown-issuer', subject: 'CN=Somebody CA', aia: null });
    const errors = errorsOf(await findingsOf(t));
    expect(errors.map((f) => f.rule)).toEqual(['certificate.untrusted']);
    expect(errors[0]!.message).toContain('"CN=Somebody CA"');
    expect(errors[0]!.message).toContain('`--ca-file`; or, if it is an intermediate, send it.');
  });

  it('an interception product root is named as one, even when the scan did not diagnose the chain', async () => {
    const t = leafOnly('CN=Zscaler Intermediate Root CA (zscaler.net), O=Zscaler Inc.');
    const errors = errorsOf(await findingsOf(t));
    expect(errors.map((f) => f.rule)).toEqual(['certificate.untrusted']);
    expect(errors[0]!.message).toContain('the root of Zscaler, a TLS-inspection product');
    expect(errors[0]!.evidence).toMatchObject({ knownRoot: { product: 'Zscaler', kind: 'interception' } });
  });

  it('a developer tool root is named as one', async () => {
    const t = leafOnly('O=mkcert development CA, OU=dev@laptop, CN=mkcert dev@laptop', {
      cause: 'untrusted-root',
      subject: 'O=mkcert development CA, OU=dev@laptop, CN=mkcert dev@laptop',
      aia: null
    });
    const [f] = errorsOf(await findingsOf(t));
    expect(f!.rule).toBe('certificate.untrusted');
    expect(f!.message).toContain('the root of mkcert, a developer tool');
  });

  it('without a diagnosis a missing issuer stays chain.incomplete, as before', async () => {
    const errors = errorsOf(await findingsOf(leafOnly('CN=Test Intermediate CA')));
    expect(errors.map((f) => f.rule)).toEqual(['chain.incomplete']);
  });
});

describe('certificate.malformed', () => {
  const parseError = 'unexpected tag 0x04 where a SEQUENCE was expected';

  it('a certificate that is not DER gives exactly one finding, with the parse error', async () => {
    const t = withCertificate(intermediateTarget(), {
      chain: [unreadableCertificate(parseError)],
      hostnameMatch: false,
      trusted: false,
      trustStore: null,
      chainOrdered: false,
      extraCertificates: ['01:02'],
      validatedPath: [],
      error: { code: 'CERT_PARSE', message: `the server's certificate cannot be parsed: ${parseError}` }
    });
    const findings = await findingsOf(t);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['certificate.malformed', 'error']]);
    expect(findings[0]!.message).toContain(parseError);
    expect(findings[0]!.evidence).toMatchObject({ parseError });
  });

  it('a leaf with a parse error and nothing readable is malformed even without the CERT_PARSE code', async () => {
    const t = withCertificate(intermediateTarget(), {
      chain: [unreadableCertificate(parseError)],
      hostnameMatch: false
    });
    expect((await findingsOf(t)).map((f) => f.rule)).toEqual(['certificate.malformed']);
  });
});
