// scan.incomplete: a scan that could not settle some facts is an error under the default policy, names the
// facts and the cause, and is not judged on what it could not see.
import { describe, expect, it } from '@jest/globals';
import { evaluate, loadPolicy } from '../../src/policy/index.js';
import { mergeLayer } from '../../src/policy/load.js';
import type { PolicyLayer } from '../../src/policy/model.js';
import type { IncompleteFact, TargetReport } from '../../src/model/report.js';
import { NOW, intermediateTarget, withProtocols } from './target-reports.js';

const throttled: IncompleteFact = {
  fact: 'cipherSuites:TLSv1.3',
  code: 'THROTTLED',
  reason: 'the server throttled the scan: 3 attempts were reset'
};

async function findingsOf(t: TargetReport, layer: PolicyLayer = {}) {
  const base = await loadPolicy(undefined, { baseDir: '.' });
  const policy = { ...base, rules: mergeLayer(base.rules, layer) };
  const { targets, verdict } = evaluate([t], policy, { now: NOW, failOn: 'error' });
  return { findings: targets[0]!.findings, verdict };
}

describe('scan.incomplete', () => {
  it('fails the default policy, naming the facts and the cause', async () => {
    const { findings, verdict } = await findingsOf(intermediateTarget({ incomplete: [throttled] }));
    const incomplete = findings.filter((f) => f.rule === 'scan.incomplete');
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]).toMatchObject({ severity: 'error' });
    expect(incomplete[0]!.message).toContain('cipherSuites:TLSv1.3');
    expect(incomplete[0]!.message).toContain('THROTTLED');
    expect(verdict).toBe('fail');
  });

  it('gives one finding per cause', async () => {
    const budget: IncompleteFact = { fact: 'certificate', code: 'BUDGET', reason: 'a budget was reached' };
    const { findings } = await findingsOf(intermediateTarget({ incomplete: [throttled, budget] }));
    expect(findings.filter((f) => f.rule === 'scan.incomplete').map((f) => f.evidence.code)).toEqual([
      'THROTTLED',
      'BUDGET'
    ]);
  });

  it('does not report as missing what the scan could not see', async () => {
    const withoutTls13 = withProtocols(intermediateTarget(), { 'TLSv1.3': [] });
    const complete = await findingsOf(withoutTls13);
    expect(complete.findings.map((f) => f.rule)).toContain('protocol.missing');
    const incomplete = await findingsOf({ ...withoutTls13, incomplete: [throttled] });
    expect(incomplete.findings.map((f) => f.rule)).not.toContain('protocol.missing');
  });

  it('takes its severity from targets.error', async () => {
    const { findings, verdict } = await findingsOf(intermediateTarget({ incomplete: [throttled] }), {
      targets: { error: 'warning' }
    });
    expect(findings.find((f) => f.rule === 'scan.incomplete')?.severity).toBe('warning');
    expect(verdict).toBe('pass');
  });

  it('is silent for a complete scan', async () => {
    const { findings } = await findingsOf(intermediateTarget({ incomplete: [] }));
    expect(findings.map((f) => f.rule)).not.toContain('scan.incomplete');
  });
});
