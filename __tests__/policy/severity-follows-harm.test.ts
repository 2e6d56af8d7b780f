// Severity follows harm: a server stricter than the policy's compatibility target gets a warning naming the
// clients it leaves out, and an error only where the user's own policy asks for the requirement; something weak
// accepted stays an error whoever wrote the rule.
import { describe, expect, it } from '@jest/globals';
import { evaluate, loadPolicy, resolveInlinePolicy } from '../../src/policy/index.js';
import type { ResolvedPolicy } from '../../src/policy/index.js';
import type { ClientResult, Finding, TargetReport } from '../../src/model/report.js';
import { NOW, intermediateTarget, modernTarget, withProtocols } from './target-reports.js';

const defaultPolicy = () => loadPolicy(undefined, { baseDir: '.' });
const inline = (value: unknown) => resolveInlinePolicy(value, { file: 'targets.yml', baseDir: '.' });

function judged(t: TargetReport, policy: ResolvedPolicy) {
  return evaluate([t], policy, { now: NOW, failOn: 'error' }).targets[0]!;
}

const byRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

const client = (profile: string, connects: boolean): ClientResult =>
  ({
    profile,
    connects,
    version: connects ? 'TLSv1.3' : null,
    cipherSuite: null,
    group: null,
    alert: null
  }) as ClientResult;

describe('a TLS 1.3-only server (Mozilla modern) under the default policy', () => {
  it('passes, with one warning that names the clients that speak no TLS 1.3 (from the profiles)', async () => {
    const t = judged(modernTarget(), await defaultPolicy());
    expect(t.verdict).toBe('pass');
    expect(t.findings.map((f) => [f.rule, f.severity])).toEqual([['protocol.missing', 'warning']]);
    const [f] = t.findings;
    expect(f!.message).toContain('does not accept TLSv1.2');
    expect(f!.message).toContain('stricter than the policy');
    expect(f!.message).toContain('Java 8');
    expect(f!.message).toContain('Android 4.4 (KitKat)');
    expect(f!.evidence).toMatchObject({ protocol: 'TLSv1.2', requiredBy: 'preset' });
    expect(f!.evidence.clientsThatCannotConnect).toEqual(
      expect.arrayContaining(['Windows 7 Schannel (IE 11, .NET Framework)'])
    );
  });

  it('names the clients the simulation found cannot connect, when the scan ran it', async () => {
    const t = modernTarget({ clients: [client('java-8', false), client('openssl-3', true)] });
    const [f] = judged(t, await defaultPolicy()).findings;
    expect(f!.severity).toBe('warning');
    expect(f!.evidence.clientsThatCannotConnect).toEqual(['Java 8 (8u31 .. 8u2xx, TLS 1.2)']);
  });

  it("is an error when the user's own policy requires TLS 1.2", async () => {
    const policy = await inline({ protocols: { required: ['TLSv1.2', 'TLSv1.3'] } });
    const t = judged(modernTarget(), policy);
    expect(t.verdict).toBe('fail');
    expect(byRule(t.findings, 'protocol.missing').map((f) => [f.severity, f.message])).toEqual([
      ['error', 'app.example.test:443 does not accept TLSv1.2, which the policy requires.']
    ]);
  });

  it('stays a warning when the user file extends the preset without writing protocols.required', async () => {
    const policy = await inline({
      extends: ['mozilla-intermediate'],
      protocols: { allowed: ['TLSv1.2', 'TLSv1.3'] }
    });
    expect(
      byRule(judged(modernTarget(), policy).findings, 'protocol.missing').map((f) => f.severity)
    ).toEqual(['warning']);
  });

  it("a preset's cipher-suites.required missed is a warning; written by the user, an error", async () => {
    const required = ['TLS_AES_128_CCM_SHA256'];
    const fromUser = await inline({ 'cipher-suites': { required } });
    expect(
      byRule(judged(modernTarget(), fromUser).findings, 'cipher.missing').map((f) => f.severity)
    ).toEqual(['error']);
  });
});

describe('security shortfalls stay errors whoever wrote the rule', () => {
  it('a CBC suite the preset does not allow is an error', async () => {
    const t = withProtocols(intermediateTarget(), {
      'TLSv1.2': ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA']
    });
    const judgedTarget = judged(t, await defaultPolicy());
    expect(byRule(judgedTarget.findings, 'cipher.not-allowed').map((f) => f.severity)).toEqual(['error']);
    expect(judgedTarget.verdict).toBe('fail');
  });

  it('TLS 1.0 accepted under the default policy is an error', async () => {
    const t = withProtocols(intermediateTarget(), { 'TLSv1.0': ['TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA'] });
    expect(
      byRule(judged(t, await defaultPolicy()).findings, 'protocol.not-allowed').map((f) => f.severity)
    ).toEqual(['error']);
  });
});
