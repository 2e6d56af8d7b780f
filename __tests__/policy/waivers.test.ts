// Waivers with an injected clock: before `until` a finding becomes a notice naming the waiver; after it the
// finding counts again and waiver.expired says so.
import { describe, expect, it } from '@jest/globals';
import { evaluate, loadPolicy } from '../../src/policy/index.js';
import type { ResolvedPolicy, Waiver } from '../../src/policy/index.js';
import { mergeLayer } from '../../src/policy/load.js';
import { intermediateTarget, withProtocols } from './target-reports.js';

const TLS10 = withProtocols(intermediateTarget(), { 'TLSv1.0': ['TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA'] });

async function policyWithWaivers(waivers: Waiver[]): Promise<ResolvedPolicy> {
  const base = await loadPolicy('mozilla-intermediate', { baseDir: '.' });
  return { ...base, rules: mergeLayer(base.rules, { waivers }) };
}

const waiver = (over: Partial<Waiver> = {}): Waiver => ({
  rule: 'protocol.not-allowed',
  targets: null,
  reason: 'legacy payment terminals until the migration',
  until: '2027-01-31',
  ...over
});

describe('waivers', () => {
  it('before until, the finding is a notice carrying the waiver; unwaived findings still count', async () => {
    const { targets, verdict } = evaluate([TLS10], await policyWithWaivers([waiver()]), {
      now: new Date('2027-01-31T23:00:00Z'),
      failOn: 'warning'
    });
    const notAllowed = targets[0]!.findings.filter((f) => f.rule === 'protocol.not-allowed');
    expect(notAllowed).toHaveLength(1);
    expect(notAllowed[0]!.severity).toBe('notice');
    expect(notAllowed[0]!.waiver).toEqual({
      rule: 'protocol.not-allowed',
      reason: 'legacy payment terminals until the migration',
      until: '2027-01-31'
    });
    // The TLS 1.0 suite is also not allowed, and not waived.
    expect(targets[0]!.findings.find((f) => f.rule === 'cipher.not-allowed')?.severity).toBe('error');
    expect(verdict).toBe('fail');
  });

  it('after until, the finding counts again and waiver.expired names the waiver', async () => {
    const { targets } = evaluate([TLS10], await policyWithWaivers([waiver()]), {
      now: new Date('2027-02-01T00:00:01Z'),
      failOn: 'error'
    });
    const rules = targets[0]!.findings.map((f) => [f.rule, f.severity, f.waiver]);
    expect(rules).toContainEqual(['protocol.not-allowed', 'error', null]);
    const expired = targets[0]!.findings.find((f) => f.rule === 'waiver.expired')!;
    expect(expired.severity).toBe('warning');
    expect(expired.evidence).toMatchObject({ rule: 'protocol.not-allowed', until: '2027-01-31' });
    expect(expired.message).toContain('legacy payment terminals');
  });

  it('a waiver limited to other targets does not apply', async () => {
    const { targets } = evaluate(
      [TLS10],
      await policyWithWaivers([waiver({ targets: ['other.example.test'] })]),
      {
        now: new Date('2026-12-01T00:00:00Z'),
        failOn: 'error'
      }
    );
    expect(targets[0]!.findings.find((f) => f.rule === 'protocol.not-allowed')!.severity).toBe('error');
  });

  it('a waiver naming the target by host:port applies', async () => {
    const { targets } = evaluate(
      [TLS10],
      await policyWithWaivers([waiver({ targets: ['app.example.test:443'] })]),
      {
        now: new Date('2026-12-01T00:00:00Z'),
        failOn: 'error'
      }
    );
    expect(targets[0]!.findings.find((f) => f.rule === 'protocol.not-allowed')!.severity).toBe('notice');
  });

  it('a prefix waiver (cipher.*) covers every cipher rule', async () => {
    const { targets } = evaluate([TLS10], await policyWithWaivers([waiver({ rule: 'cipher.*' })]), {
      now: new Date('2026-12-01T00:00:00Z'),
      failOn: 'error'
    });
    expect(targets[0]!.findings.find((f) => f.rule === 'cipher.not-allowed')!.severity).toBe('notice');
    expect(targets[0]!.findings.find((f) => f.rule === 'protocol.not-allowed')!.severity).toBe('error');
  });

  it('an expired waiver that matches nothing produces no finding', async () => {
    const { targets } = evaluate(
      [intermediateTarget()],
      await policyWithWaivers([waiver({ until: '2020-01-01' })]),
      {
        now: new Date('2026-12-01T00:00:00Z'),
        failOn: 'error'
      }
    );
    expect(targets[0]!.findings).toEqual([]);
  });

  it('verdicts follow failOn: warning fails on warnings, never always passes', async () => {
    const { targets: expiredTargets } = { targets: [TLS10] };
    const policy = await policyWithWaivers([]);
    const now = new Date('2026-12-01T00:00:00Z');
    expect(evaluate(expiredTargets, policy, { now, failOn: 'error' }).verdict).toBe('fail');
    expect(evaluate(expiredTargets, policy, { now, failOn: 'never' }).verdict).toBe('pass');
    const onlyWarning = intermediateTarget({ groups: ['x25519', 'x448'] });
    expect(evaluate([onlyWarning], policy, { now, failOn: 'error' }).verdict).toBe('pass');
    expect(evaluate([onlyWarning], policy, { now, failOn: 'warning' }).verdict).toBe('fail');
  });

  it('waivers and severity overrides apply to findings of other modules (client simulation)', async () => {
    // The facts behind the finding: java-8 was simulated and could not connect; the policy requires it.
    const java8 = {
      profile: 'java-8',
      connects: false,
      version: null,
      cipherSuite: null,
      group: null,
      alert: null,
      diagnosis: 'java-8 cannot connect',
      fix: null,
      reproduce: null
    };
    const requireJava8 = (policy: ResolvedPolicy): ResolvedPolicy => ({
      ...policy,
      rules: mergeLayer(policy.rules, { clients: { mustConnect: ['java-8'] } })
    });
    const now = new Date('2026-12-01T00:00:00Z');
    const waived = evaluate(
      [{ ...intermediateTarget(), clients: [java8] }],
      requireJava8(await policyWithWaivers([waiver({ rule: 'client.cannot-connect' })])),
      { now, failOn: 'error' }
    );
    expect(waived.targets[0]!.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['client.cannot-connect', 'notice']
    ]);
    const base = requireJava8(await policyWithWaivers([]));
    const downgraded = {
      ...base,
      rules: mergeLayer(base.rules, { severity: { 'client.cannot-connect': 'warning' } })
    };
    const result = evaluate([{ ...intermediateTarget(), clients: [java8] }], downgraded, {
      now,
      failOn: 'error'
    });
    expect(result.targets[0]!.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['client.cannot-connect', 'warning']
    ]);
  });

  it('per-target policies replace the global one for that target only', async () => {
    const modern = await loadPolicy('mozilla-modern', { baseDir: '.' });
    const policy = await policyWithWaivers([]);
    const other = { ...intermediateTarget(), name: 'other' };
    const { targets } = evaluate([intermediateTarget(), other], policy, {
      now: new Date('2026-12-01T00:00:00Z'),
      failOn: 'error',
      targetPolicies: new Map([['other', modern]])
    });
    expect(targets[0]!.verdict).toBe('pass');
    expect(targets[1]!.findings.map((f) => f.rule)).toContain('protocol.not-allowed');
  });
});
