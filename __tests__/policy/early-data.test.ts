// tls.early-data: what the policy makes of the scan's 0-RTT fact. Accepted early data is a notice (replay, RFC 8446
// §8) in every preset but BSI TR-02102-2, which asks for no 0-RTT; refused or undecided early data is no finding.
import { describe, expect, it } from '@jest/globals';
import type { TargetReport, TlsFeatures } from '../../src/model/report.js';
import { evaluate, loadPolicy } from '../../src/policy/index.js';
import { intermediateTarget, NOW } from './target-reports.js';

const features = (earlyData: boolean | null, earlyDataEvidence?: string): TlsFeatures => ({
  extendedMasterSecret: true,
  encryptThenMac: null,
  downgradeSentinel: true,
  earlyData,
  ...(earlyDataEvidence ? { earlyDataEvidence } : {})
});

async function earlyDataFindings(t: TargetReport, preset = 'mozilla-intermediate') {
  const policy = await loadPolicy(preset, { baseDir: '.' });
  const { targets } = evaluate([t], policy, { now: NOW, failOn: 'error' });
  return targets[0]!.findings.filter((f) => f.rule === 'tls.early-data');
}

const ACCEPTED = 'a resumption offering early data was accepted: EncryptedExtensions carried early_data';

describe('tls.early-data', () => {
  it('is one notice when early data is accepted, with the probe as evidence and the lines that turn it off', async () => {
    const [f, ...rest] = await earlyDataFindings(
      intermediateTarget({ tlsFeatures: features(true, ACCEPTED) })
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'tls.early-data', severity: 'notice' });
    expect(f!.message).toContain('replay');
    expect(f!.evidence).toEqual({ earlyData: true, probe: ACCEPTED });
    expect(f!.fix.nginx).toEqual(['ssl_early_data off;']);
    expect(f!.reproduce).toContain('-early_data');
    expect(f!.reproduce).toContain('-sess_in');
  });

  it('is no finding when early data is refused, or was not decided', async () => {
    expect(await earlyDataFindings(intermediateTarget({ tlsFeatures: features(false, 'refused') }))).toEqual(
      []
    );
    expect(await earlyDataFindings(intermediateTarget({ tlsFeatures: features(null) }))).toEqual([]);
    expect(await earlyDataFindings(intermediateTarget({}))).toEqual([]);
  });

  it('stays a notice in the presets that say nothing of 0-RTT', async () => {
    const t = intermediateTarget({ tlsFeatures: features(true, ACCEPTED) });
    for (const preset of ['mozilla-modern', 'nist-800-52r2', 'pci-dss-4', 'bcp195']) {
      const [f] = await earlyDataFindings(t, preset);
      expect({ preset, severity: f?.severity }).toEqual({ preset, severity: 'notice' });
    }
  });

  it('is an error under BSI TR-02102-2, which asks for no 0-RTT', async () => {
    const [f] = await earlyDataFindings(
      intermediateTarget({ tlsFeatures: features(true, ACCEPTED) }),
      'bsi-tr-02102-2'
    );
    expect(f?.severity).toBe('error');
  });
});
