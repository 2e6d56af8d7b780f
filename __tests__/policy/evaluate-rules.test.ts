// Every rule id, triggered by a target that breaks exactly that rule, and not triggered by one that keeps it.
import { describe, expect, it } from '@jest/globals';
import { evaluate, loadPolicy, POLICY_RULE_IDS } from '../../src/policy/index.js';
import type { ResolvedPolicy } from '../../src/policy/index.js';
import { mergeLayer } from '../../src/policy/load.js';
import type { PolicyLayer } from '../../src/policy/model.js';
import type { TargetReport } from '../../src/model/report.js';
import { addressReportOf } from '../../src/scan/pool.js';
import {
  NOW,
  certificate,
  certificateReport,
  daysFromNow,
  intermediate,
  intermediateTarget,
  publiclyAnchored,
  unreadableCertificate,
  withCertificate,
  withLeaf,
  withProtocols
} from './target-reports.js';
import { VULNERABILITY_TRIGGERS } from './vulnerability-triggers.js';

/** A pool of two nodes, 127.0.0.1 and 127.0.0.2, each with the given facts. */
function poolOf(first: TargetReport, second: TargetReport): TargetReport {
  const nodes = [
    addressReportOf({ ...first, address: '127.0.0.1' }),
    addressReportOf({ ...second, address: '127.0.0.2' })
  ];
  return { ...first, address: '127.0.0.1', addresses: nodes };
}

async function policyWith(layer: PolicyLayer = {}): Promise<ResolvedPolicy> {
  const base = await loadPolicy('mozilla-intermediate', { baseDir: '.' });
  return { ...base, rules: mergeLayer(base.rules, layer) };
}

async function rulesFired(t: TargetReport, layer: PolicyLayer = {}): Promise<string[]> {
  const { targets } = evaluate([t], await policyWith(layer), { now: NOW, failOn: 'error' });
  return targets[0]!.findings.map((f) => f.rule);
}

async function findingsOf(t: TargetReport, layer: PolicyLayer = {}) {
  const { targets } = evaluate([t], await policyWith(layer), { now: NOW, failOn: 'error' });
  return targets[0]!.findings;
}

// Each case: the rule, a target (and optional policy layer) that triggers it.
// `compliant` is the target that keeps the rule under the same layer (default: the intermediate target).
const TRIGGERS: Record<
  string,
  () => { target: TargetReport; layer?: PolicyLayer; compliant?: TargetReport }
> = {
  'protocol.not-allowed': () => ({
    target: withProtocols(intermediateTarget(), { 'TLSv1.0': ['TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA'] }),
    layer: { cipherSuites: { allowed: null } }
  }),
  'protocol.missing': () => ({ target: withProtocols(intermediateTarget(), { 'TLSv1.3': [] }) }),
  'cipher.not-allowed': () => ({
    target: withProtocols(intermediateTarget(), {
      'TLSv1.2': ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA']
    })
  }),
  'cipher.missing': () => ({
    target: intermediateTarget(),
    layer: {
      cipherSuites: { required: ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_AES_128_GCM_SHA256'] }
    },
    compliant: withProtocols(intermediateTarget(), {
      'TLSv1.2': ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
      'TLSv1.3': ['TLS_AES_128_GCM_SHA256']
    })
  }),
  'scan.incomplete': () => ({
    target: intermediateTarget({
      incomplete: [
        { fact: 'cipherSuites:TLSv1.2', code: 'THROTTLED', reason: 'the server throttled the scan' }
      ]
    })
  }),
  'cipher.order': () => ({
    target: intermediateTarget(),
    layer: { serverPreference: 'required' },
    compliant: intermediateTarget({ serverPreference: { 'TLSv1.2': true, 'TLSv1.3': true } })
  }),
  'kex.weak-dh': () => ({
    target: withProtocols(
      intermediateTarget({
        keyExchange: { dhBits: 1024, preferredGroup: 'x25519', tls13Groups: [], tls12Groups: [] }
      }),
      { 'TLSv1.2': ['TLS_DHE_RSA_WITH_AES_128_GCM_SHA256'] }
    ),
    layer: { cipherSuites: { allowed: null } }
  }),
  'kex.group-not-allowed': () => ({
    target: intermediateTarget({ groups: ['x25519', 'secp256r1', 'secp521r1'] })
  }),
  'certificate.expired': () => ({
    target: withLeaf(intermediateTarget(), { notBefore: daysFromNow(-90), notAfter: daysFromNow(-1) })
  }),
  'certificate.not-yet-valid': () => ({
    target: withLeaf(intermediateTarget(), { notBefore: daysFromNow(2), notAfter: daysFromNow(80) })
  }),
  'certificate.expiring': () => ({
    target: withLeaf(intermediateTarget(), { notBefore: daysFromNow(-80), notAfter: daysFromNow(10) })
  }),
  'certificate.lifetime': () => ({
    target: withLeaf(publiclyAnchored(intermediateTarget()), {
      notBefore: daysFromNow(-30),
      notAfter: daysFromNow(400)
    })
  }),
  'certificate.hostname-mismatch': () => ({
    target: withCertificate(intermediateTarget(), { hostnameMatch: false })
  }),
  'certificate.untrusted': () => ({
    target: withCertificate(intermediateTarget(), { trusted: false, trustStore: null })
  }),
  'certificate.malformed': () => ({
    target: withCertificate(intermediateTarget(), {
      chain: [unreadableCertificate('not a DER SEQUENCE')],
      trusted: false,
      hostnameMatch: false,
      error: { code: 'CERT_PARSE', message: "the server's certificate cannot be parsed: not a DER SEQUENCE" }
    })
  }),
  'certificate.self-signed': () => ({
    target: withCertificate(intermediateTarget(), {
      trusted: false,
      chain: [certificate({ selfSigned: true, issuer: 'CN=app.example.test' })]
    })
  }),
  'certificate.weak-key': () => ({
    target: withLeaf(intermediateTarget(), {
      keyType: 'RSA',
      keyBits: 1024,
      curve: null,
      signatureAlgorithm: 'sha256WithRSAEncryption'
    })
  }),
  'certificate.key-type-not-allowed': () => ({
    target: withLeaf(intermediateTarget(), { curve: 'P-521', keyBits: 521 })
  }),
  'certificate.weak-signature': () => ({
    target: withLeaf(intermediateTarget(), {
      signatureAlgorithm: 'sha1WithRSAEncryption',
      keyType: 'RSA',
      keyBits: 2048,
      curve: null
    })
  }),
  'chain.incomplete': () => ({
    target: withCertificate(intermediateTarget(), {
      chain: [certificate()],
      chainComplete: false,
      trusted: false,
      missingIssuer: { subject: 'CN=Test Intermediate CA', caIssuerUrl: null }
    })
  }),
  'chain.order': () => ({ target: withCertificate(intermediateTarget(), { chainOrdered: false }) }),
  'chain.extra-certificates': () => ({
    target: withCertificate(intermediateTarget(), { extraCertificates: ['CN=Unrelated CA'] })
  }),
  'chain.intermediate-expiring': () => ({
    target: withCertificate(intermediateTarget(), {
      chain: [certificate(), intermediate({ notAfter: daysFromNow(5) })]
    })
  }),
  'ocsp.not-stapled': () => ({
    target: withLeaf(intermediateTarget(), { ocspUrls: ['http://ocsp.example.test'] })
  }),
  'target.unreachable': () => ({
    target: intermediateTarget({
      status: 'unreachable',
      error: { code: 'ECONNREFUSED', message: 'connection refused' },
      certificate: null
    })
  }),
  'target.not-tls': () => ({
    target: intermediateTarget({
      status: 'not-tls',
      error: { code: 'NOT_TLS', message: 'an HTTP server answered' },
      certificate: null
    })
  }),
  'target.error': () => ({
    target: intermediateTarget({
      status: 'error',
      error: { code: 'DEADLINE', message: 'deadline exceeded' },
      certificate: null
    })
  }),
  'address.inconsistent': () => ({
    target: poolOf(intermediateTarget(), withProtocols(intermediateTarget(), { 'TLSv1.3': [] })),
    compliant: poolOf(intermediateTarget(), intermediateTarget())
  }),
  'resumption.inconsistent': () => ({
    target: intermediateTarget({
      resumption: {
        sessionId: true,
        ticket: true,
        tls13Psk: true,
        acrossAddresses: false,
        addresses: ['127.0.0.1', '127.0.0.2']
      }
    })
  }),
  'resumption.missing': () => ({
    target: intermediateTarget({
      resumption: {
        sessionId: false,
        ticket: true,
        tls13Psk: true,
        acrossAddresses: null,
        addresses: ['127.0.0.1']
      }
    }),
    layer: { resumption: { sessionId: 'required', tickets: 'any', acrossAddresses: 'any' } },
    compliant: intermediateTarget({
      resumption: {
        sessionId: true,
        ticket: true,
        tls13Psk: true,
        acrossAddresses: null,
        addresses: ['127.0.0.1']
      }
    })
  }),
  'resumption.present': () => ({
    target: intermediateTarget({
      resumption: {
        sessionId: true,
        ticket: true,
        tls13Psk: true,
        acrossAddresses: null,
        addresses: ['127.0.0.1']
      }
    }),
    layer: { resumption: { sessionId: 'any', tickets: 'forbidden', acrossAddresses: 'any' } },
    compliant: intermediateTarget({
      resumption: {
        sessionId: true,
        ticket: false,
        tls13Psk: false,
        acrossAddresses: null,
        addresses: ['127.0.0.1']
      }
    })
  }),
  'vuln.robot': () => ({
    target: intermediateTarget({
      vulnerabilities: { robot: { status: 'vulnerable', evidence: 'TLSv1.2, 2 rounds; ...', reason: null } }
    }),
    compliant: intermediateTarget({
      vulnerabilities: { robot: { status: 'ok', evidence: 'TLSv1.2, 2 rounds; ...', reason: null } }
    })
  }),
  'http.hsts': () => ({
    target: intermediateTarget({
      vulnerabilities: {
        hsts: { status: 'vulnerable', evidence: 'GET /', reason: null, details: { present: false } }
      }
    }),
    compliant: intermediateTarget({
      vulnerabilities: {
        hsts: {
          status: 'ok',
          evidence: 'GET /',
          reason: null,
          details: { present: true, valid: true, maxAge: 63072000 }
        }
      }
    })
  }),
  'tls.early-data': () => {
    const features = (earlyData: boolean) => ({
      extendedMasterSecret: true,
      encryptThenMac: null,
      downgradeSentinel: true,
      earlyData,
      earlyDataEvidence: 'a resumption offering early data'
    });
    return {
      target: intermediateTarget({ tlsFeatures: features(true) }),
      compliant: intermediateTarget({ tlsFeatures: features(false) })
    };
  },
  'waiver.expired': () => ({
    target: withProtocols(intermediateTarget(), { 'TLSv1.3': [] }),
    layer: {
      waivers: [{ rule: 'protocol.missing', targets: null, reason: 'old load balancer', until: '2026-01-31' }]
    }
  }),
  ...VULNERABILITY_TRIGGERS
};

describe('policy rules', () => {
  it('a target configured per Mozilla intermediate has no findings and passes', async () => {
    const { targets, verdict, summary } = evaluate([intermediateTarget()], await policyWith(), {
      now: NOW,
      failOn: 'warning'
    });
    expect(targets[0]!.findings).toEqual([]);
    expect(verdict).toBe('pass');
    expect(summary).toEqual({ targets: 1, errors: 0, warnings: 0, notices: 0 });
  });

  it('has a trigger case for every documented rule id', () => {
    expect(Object.keys(TRIGGERS).sort()).toEqual([...POLICY_RULE_IDS].sort());
  });

  for (const rule of Object.keys(TRIGGERS)) {
    it(`${rule} fires on a target that breaks it and not on the same policy's compliant target`, async () => {
      const { target, layer, compliant } = TRIGGERS[rule]!();
      expect(await rulesFired(target, layer)).toContain(rule);
      expect(await rulesFired(compliant ?? intermediateTarget(), layer)).not.toContain(rule);
    });
  }

  it('names the target and the offending values in the message and evidence', async () => {
    const { target, layer } = TRIGGERS['cipher.not-allowed']!();
    const [f] = await findingsOf(target, layer);
    expect(f!.message).toContain('app.example.test:443');
    expect(f!.message).toContain('TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA');
    expect(f!.evidence).toMatchObject({
      protocol: 'TLSv1.2',
      suites: ['TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA']
    });
    expect(f!.reproduce).toBe(
      'openssl s_client -connect 127.0.0.1:443 -servername app.example.test -tls1_2 -cipher ECDHE-ECDSA-AES128-SHA:@SECLEVEL=0 </dev/null'
    );
  });

  it('expiring: warning at 20 days of a 90-day lifetime, error at 5 days', async () => {
    const warn = await findingsOf(
      withLeaf(intermediateTarget(), { notBefore: daysFromNow(-70), notAfter: daysFromNow(20) })
    );
    expect(warn.map((f) => [f.rule, f.severity])).toEqual([['certificate.expiring', 'warning']]);
    const fail = await findingsOf(
      withLeaf(intermediateTarget(), { notBefore: daysFromNow(-85), notAfter: daysFromNow(5) })
    );
    expect(fail.map((f) => [f.rule, f.severity])).toEqual([['certificate.expiring', 'error']]);
  });

  it('expiring by fraction: a 10-day certificate with 3 days left warns (under a third) before the 30-day mark matters', async () => {
    const findings = await findingsOf(
      withLeaf(intermediateTarget(), { notBefore: daysFromNow(-7), notAfter: daysFromNow(3) }),
      {
        certificates: { expiry: { warnDays: null, failDays: null } }
      }
    );
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['certificate.expiring', 'warning']]);
  });

  it('expiring with combine: both waits until the days and the fraction thresholds are both reached', async () => {
    // 398-day certificate with 100 days left: a quarter of the lifetime (< 1/3) but more than 30 days.
    const t = withLeaf(intermediateTarget(), { notBefore: daysFromNow(-298), notAfter: daysFromNow(100) });
    const layer: PolicyLayer = { certificates: { maxLifetimeDays: null } };
    expect(await rulesFired(t, layer)).toEqual(['certificate.expiring']);
    expect(
      await rulesFired(t, { certificates: { maxLifetimeDays: null, expiry: { combine: 'both' } } })
    ).toEqual([]);
  });

  it('cabf-validity: 200 days issued before 2026-03-15 passes, the same issued after fails', async () => {
    const policy = await loadPolicy('cabf-validity', { baseDir: '.' });
    const before = withLeaf(publiclyAnchored(intermediateTarget()), {
      notBefore: '2026-03-01T00:00:00Z',
      notAfter: '2027-03-01T00:00:00Z'
    });
    const after = withLeaf(publiclyAnchored(intermediateTarget()), {
      notBefore: '2026-06-01T00:00:00Z',
      notAfter: '2027-01-01T00:00:00Z'
    });
    const rules = (t: TargetReport) =>
      evaluate([t], policy, { now: NOW, failOn: 'error' }).targets[0]!.findings.map((f) => f.rule);
    expect(rules(before)).not.toContain('certificate.lifetime');
    expect(rules(after)).toContain('certificate.lifetime');
  });

  it('cabf-validity counts notBefore through notAfter inclusive: exactly 200 days is one second too long', async () => {
    const policy = await loadPolicy('cabf-validity', { baseDir: '.' });
    const exact = withLeaf(publiclyAnchored(intermediateTarget()), {
      notBefore: '2026-06-01T00:00:00Z',
      notAfter: '2026-12-18T00:00:00Z'
    });
    const lessOneSecond = withLeaf(publiclyAnchored(intermediateTarget()), {
      notBefore: '2026-06-01T00:00:00Z',
      notAfter: '2026-12-17T23:59:59Z'
    });
    const lifetime = (t: TargetReport) =>
      evaluate([t], policy, { now: NOW, failOn: 'error' }).targets[0]!.findings.filter(
        (f) => f.rule === 'certificate.lifetime'
      );
    expect(lifetime(exact)).toHaveLength(1);
    expect(lifetime(lessOneSecond)).toHaveLength(0);
  });

  it('target problems take the severity the policy gives them; ignore still leaves a notice', async () => {
    const { target } = TRIGGERS['target.unreachable']!();
    expect(
      (await findingsOf(target, { targets: { unreachable: 'warning' } })).map((f) => f.severity)
    ).toEqual(['warning']);
    const ignored = evaluate([target], await policyWith({ targets: { unreachable: 'ignore' } }), {
      now: NOW,
      failOn: 'warning'
    });
    expect(ignored.targets[0]!.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['target.unreachable', 'notice']
    ]);
    expect(ignored.verdict).toBe('pass');
  });

  it('a severity override changes a rule severity', async () => {
    const { target } = TRIGGERS['chain.order']!();
    expect(
      (await findingsOf(target, { severity: { 'chain.order': 'error' } })).map((f) => f.severity)
    ).toEqual(['error']);
  });

  it('groups below min-ecdh-bits are errors; allowed-list misses are warnings', async () => {
    const findings = await findingsOf(intermediateTarget({ groups: ['x25519', 'secp224r1', 'x448'] }), {});
    expect(findings.map((f) => [f.rule, f.severity, f.evidence.groups])).toEqual([
      ['kex.group-not-allowed', 'error', ['secp224r1']],
      ['kex.group-not-allowed', 'warning', ['x448']]
    ]);
  });

  it('an incomplete chain is reported as chain.incomplete, not also as untrusted', async () => {
    const { target } = TRIGGERS['chain.incomplete']!();
    expect(await rulesFired(target)).toEqual(['chain.incomplete']);
  });

  it('client findings come from evaluate() itself and fail the target; findings on the input are not kept', async () => {
    // Before the one findings path, the pipeline put client findings on the target and evaluate() kept
    // "foreign" ones. Now evaluate() judges the simulated clients itself, and a finding already on its input
    // (a seeded one, or one from an earlier evaluation) is replaced, never kept or doubled.
    const seeded = {
      rule: 'client.cannot-connect',
      severity: 'error' as const,
      message: 'x',
      evidence: {},
      fix: {},
      reproduce: null,
      waiver: null
    };
    const java8 = {
      profile: 'java-8',
      connects: false,
      version: null,
      cipherSuite: null,
      group: null,
      alert: null,
      diagnosis: 'No common protocol version.',
      fix: null,
      reproduce: null
    };
    const { targets } = evaluate(
      [intermediateTarget({ findings: [seeded], clients: [java8] })],
      await policyWith({ clients: { mustConnect: ['java-8'] } }),
      { now: NOW, failOn: 'error' }
    );
    expect(targets[0]!.findings).toHaveLength(1);
    expect(targets[0]!.findings[0]).toMatchObject({
      rule: 'client.cannot-connect',
      severity: 'error',
      message: `${targets[0]!.name}: java-8 cannot connect. No common protocol version.`
    });
    expect(targets[0]!.verdict).toBe('fail');
    const again = evaluate(targets, await policyWith({ clients: { mustConnect: ['java-8'] } }), {
      now: NOW,
      failOn: 'error'
    });
    expect(again.targets[0]!.findings).toEqual(targets[0]!.findings);
  });

  it('orders findings worst first', async () => {
    const t = withCertificate(withProtocols(intermediateTarget(), { 'TLSv1.3': [] }), {
      chainOrdered: false
    });
    // The user's own protocols.required makes the missing version an error (from the preset alone: a warning).
    const userRequires: PolicyLayer = { protocols: { required: ['TLSv1.2', 'TLSv1.3'] } };
    expect((await findingsOf(t, userRequires)).map((f) => f.severity)).toEqual(['error', 'warning']);
  });

  it('certificate dates that do not parse are a target.error, not a silent pass', async () => {
    const t = withLeaf(intermediateTarget(), { notBefore: 'garbage', notAfter: 'also garbage' });
    expect(await rulesFired(t)).toEqual(['target.error']);
  });

  it('an ok target without a certificate is a target.error', async () => {
    const t = intermediateTarget({
      certificate: certificateReport({
        chain: [],
        error: { code: 'PROTOCOL', message: 'no Certificate message' }
      })
    });
    expect(await rulesFired(t)).toEqual(['target.error']);
  });
});
