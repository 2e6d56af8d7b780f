// vuln.robot and http.hsts: what the policy makes of the recorded vulnerability results, under the presets' and the
// user's minimums, with the fix lines that remove the cause.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../../src/errors.js';
import type { TargetReport, VulnerabilityResult } from '../../src/model/report.js';
import { evaluate, loadPolicy, mergeLayer, type PolicyLayer } from '../../src/policy/index.js';
import { intermediateTarget, NOW, withProtocols } from './target-reports.js';

async function findings(t: TargetReport, preset = 'mozilla-intermediate', layer: PolicyLayer = {}) {
  const policy = await loadPolicy(preset, { baseDir: '.' });
  const { targets } = evaluate(
    [t],
    { ...policy, rules: mergeLayer(policy.rules, layer) },
    { now: NOW, failOn: 'error' }
  );
  return targets[0]!.findings.filter((f) => f.rule === 'vuln.robot' || f.rule === 'http.hsts');
}

const hsts = (details: Record<string, unknown>, status: VulnerabilityResult['status'] = 'ok'): TargetReport =>
  intermediateTarget({
    vulnerabilities: { hsts: { status, evidence: 'GET / (Host: app.example.test)', reason: null, details } }
  });

describe('vuln.robot', () => {
  const robot = (status: VulnerabilityResult['status'], reason: string | null = null): TargetReport =>
    withProtocols(
      intermediateTarget({
        vulnerabilities: {
          robot: {
            status,
            evidence: 'TLSv1.2, 2 rounds; valid: alert bad_record_mac (20)',
            reason,
            details: { version: 'TLSv1.2' }
          }
        }
      }),
      {
        'TLSv1.2': [
          'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
          'TLS_RSA_WITH_AES_128_GCM_SHA256',
          'TLS_RSA_WITH_AES_128_CBC_SHA'
        ]
      }
    );

  it('is an error for an oracle, whose fix keeps every accepted suite but the TLS_RSA ones', async () => {
    const [f, ...rest] = await findings(robot('vulnerable'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'vuln.robot', severity: 'error' });
    expect(f!.message).toContain('over TLSv1.2');
    expect(f!.fix.nginx).toEqual(['ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256;']);
  });

  it('is a notice naming why when the reactions allowed no conclusion', async () => {
    const [f] = await findings(
      robot('unknown', 'the server reacted differently to the same query in different rounds')
    );
    expect(f).toMatchObject({ rule: 'vuln.robot', severity: 'notice' });
    expect(f!.message).toContain('reacted differently');
  });

  it('says nothing when the server is no oracle or has no RSA key exchange', async () => {
    expect(await findings(robot('ok'))).toEqual([]);
    expect(await findings(robot('not-applicable', 'no RSA key exchange'))).toEqual([]);
  });
});

describe('http.hsts', () => {
  const oneYear = { present: true, valid: true, maxAge: 31536000, includeSubDomains: false, preload: false };

  it("holds a one-year header short of Mozilla's two years, and good under the six-month base minimum", async () => {
    const [f] = await findings(hsts(oneYear, 'vulnerable'));
    expect(f).toMatchObject({ rule: 'http.hsts', severity: 'warning' });
    expect(f!.message).toContain('max-age=31536000 (365 days), below the 63072000 s (730 days)');
    expect(f!.fix.nginx).toEqual(['add_header Strict-Transport-Security "max-age=63072000" always;']);
    expect(f!.fix.apache).toEqual(['Header always set Strict-Transport-Security "max-age=63072000"']);
    expect(f!.reproduce).toBe(
      'curl -sk -o /dev/null -D - --resolve app.example.test:443:127.0.0.1 https://app.example.test:443/'
    );
    expect(await findings(hsts(oneYear), 'pci-dss-4')).toEqual([]);
  });

  it('fires on a missing header, one browsers ignore, and max-age=0', async () => {
    for (const details of [
      { present: false },
      { present: true, valid: false, maxAge: null },
      { ...oneYear, maxAge: 0 }
    ])
      expect((await findings(hsts(details, 'vulnerable'))).map((f) => f.rule)).toEqual(['http.hsts']);
  });

  it('is off with hsts-min-max-age: null, and silent where the target does not speak HTTP', async () => {
    expect(
      await findings(hsts({ present: false }, 'vulnerable'), 'mozilla-intermediate', {
        http: { hstsMinMaxAge: null }
      })
    ).toEqual([]);
    const notHttp = intermediateTarget({
      vulnerabilities: {
        hsts: {
          status: 'not-applicable',
          evidence: 'GET /: answered "220"',
          reason: 'the server does not speak HTTP over TLS'
        }
      }
    });
    expect(await findings(notHttp)).toEqual([]);
  });

  it('rejects a minimum that is not a number of seconds, with its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tls-gate-hsts-policy-'));
    try {
      writeFileSync(
        join(dir, 'policy.yml'),
        'extends: mozilla-intermediate\nhttp:\n  hsts-min-max-age: two years\n'
      );
      const error = await loadPolicy('policy.yml', { baseDir: dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).line).toBe(3);
      expect((error as ConfigurationError).message).toContain('http.hsts-min-max-age must be a whole number');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
