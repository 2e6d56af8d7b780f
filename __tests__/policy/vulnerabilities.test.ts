// How the policy judges vulnerability results: the default severity of each vuln.* rule, `unknown` as a notice
// that fails no gate, no second finding when another rule of the policy already reports the defect, and the
// presets that raise what their standard requires (PCI DSS: every vulnerability an error).
import { describe, expect, it } from '@jest/globals';
import type { TargetReport, VulnerabilityResult } from '../../src/model/report.js';
import { evaluate, loadPolicy, RULES } from '../../src/policy/index.js';
import { intermediateTarget, NOW, withProtocols } from './target-reports.js';

const vulnerable = (details?: Record<string, unknown>): VulnerabilityResult => ({
  status: 'vulnerable',
  evidence: 'constructed',
  reason: null,
  ...(details ? { details } : {})
});

async function judge(target: TargetReport, preset = 'mozilla-intermediate') {
  const policy = await loadPolicy(preset, { baseDir: '.' });
  const { targets, verdict } = evaluate([target], policy, { now: NOW, failOn: 'error' });
  return { findings: targets[0]!.findings, verdict };
}

describe('vulnerability findings', () => {
  it('a vulnerable check is a vuln.<check> finding with its default severity, evidence and fix', async () => {
    const { findings, verdict } = await judge(
      intermediateTarget({ vulnerabilities: { heartbleed: vulnerable() } })
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'vuln.heartbleed',
      severity: RULES['vuln.heartbleed']!.severity,
      evidence: { check: 'heartbleed', status: 'vulnerable' },
      fix: { text: expect.stringMatching(/1\.0\.1g/) }
    });
    expect(verdict).toBe('fail');
  });

  it('an unknown result is a vuln.unknown notice and does not fail the gate', async () => {
    const unknown: VulnerabilityResult = {
      status: 'unknown',
      evidence: '',
      reason: 'silence proves neither'
    };
    const { findings, verdict } = await judge(
      intermediateTarget({ vulnerabilities: { clientRenegotiation: unknown } })
    );
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'vuln.unknown',
        severity: 'notice',
        evidence: expect.objectContaining({ check: 'clientRenegotiation' })
      })
    ]);
    expect(verdict).toBe('pass');
  });

  it('ok and not-applicable results make no finding', async () => {
    const { findings } = await judge(
      intermediateTarget({
        vulnerabilities: {
          heartbleed: { status: 'ok', evidence: 'x', reason: null },
          fallbackScsv: { status: 'not-applicable', evidence: '', reason: 'one version' }
        }
      })
    );
    expect(findings).toEqual([]);
  });

  it('RC4 the policy denies is reported once, as cipher.not-allowed, not again as vuln.rc4', async () => {
    const target = withProtocols(
      intermediateTarget({
        vulnerabilities: { rc4: vulnerable({ suites: ['TLS_ECDHE_RSA_WITH_RC4_128_SHA'] }) }
      }),
      { 'TLSv1.2': ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_RC4_128_SHA'] }
    );
    const rules = (await judge(target)).findings.map((f) => f.rule);
    expect(rules).toContain('cipher.not-allowed');
    expect(rules).not.toContain('vuln.rc4');
  });

  it('PCI DSS makes every vulnerability an error, a BEAST notice included', async () => {
    const target = intermediateTarget({
      vulnerabilities: { clientRenegotiation: vulnerable(), fallbackScsv: vulnerable() }
    });
    const byDefault = (await judge(target)).findings.map((f) => [f.rule, f.severity]);
    expect(byDefault).toEqual(
      expect.arrayContaining([
        ['vuln.clientRenegotiation', 'warning'],
        ['vuln.fallbackScsv', 'warning']
      ])
    );
    const pci = (await judge(target, 'pci-dss-4')).findings.map((f) => [f.rule, f.severity]);
    expect(pci).toEqual(
      expect.arrayContaining([
        ['vuln.clientRenegotiation', 'error'],
        ['vuln.fallbackScsv', 'error']
      ])
    );
  });

  it('BSI TR-02102-2 requires client-initiated renegotiation refused: an error', async () => {
    const target = intermediateTarget({ vulnerabilities: { clientRenegotiation: vulnerable() } });
    const { findings } = await judge(target, 'bsi-tr-02102-2');
    expect(findings.find((f) => f.rule === 'vuln.clientRenegotiation')?.severity).toBe('error');
  });
});
