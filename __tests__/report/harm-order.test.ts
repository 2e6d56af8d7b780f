import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';

import { HARM_TIERS, compareHarm, harmRank } from '../../src/report/harm-order.js';
import { worstFinding } from '../../src/report/digest.js';
import { RULE_IDS } from '../../src/policy/rules.js';
import { finding, target } from './report-fixtures.js';

const now = new Date();

describe('the harm order', () => {
  it('names an accepted weak protocol, not a long lifetime, as the worst of two errors', () => {
    const t = target(now, {
      findings: [
        finding('certificate.lifetime', 'error', 'the leaf lasts 398 days'),
        finding('protocol.not-allowed', 'error', 'accepts TLSv1.0', { protocol: 'TLSv1.0' })
      ]
    });
    expect(worstFinding(t)?.rule).toBe('protocol.not-allowed');
  });

  it('puts severity first: an error outranks any warning', () => {
    const t = target(now, {
      findings: [
        finding('target.unreachable', 'warning', 'refused'),
        finding('certificate.lifetime', 'error', 'the leaf lasts 398 days')
      ]
    });
    expect(worstFinding(t)?.rule).toBe('certificate.lifetime');
  });

  it('names the older of two accepted protocols first', () => {
    const tls11 = finding('protocol.not-allowed', 'error', 'TLSv1.1', { protocol: 'TLSv1.1' });
    const ssl3 = finding('protocol.not-allowed', 'error', 'SSLv3', { protocol: 'SSLv3' });
    expect([tls11, ssl3].sort(compareHarm).map((f) => f.evidence.protocol)).toEqual(['SSLv3', 'TLSv1.1']);
  });

  it('places every rule of the rule table, and a rule it does not know after all of them', () => {
    const known = RULE_IDS.map(harmRank);
    const unknown = harmRank('some.future-rule');
    for (const rank of known) expect(rank).toBeLessThan(unknown);
  });

  it('ranks a vulnerability family rule with the weak cryptography, above an expiring certificate', () => {
    expect(harmRank('vuln.heartbleed')).toBeLessThan(harmRank('certificate.expiring'));
    expect(harmRank('vuln.heartbleed')).toBeGreaterThan(harmRank('certificate.expired'));
  });

  it('is written down in docs/outputs.md, tier by tier, in the same order', () => {
    const docs = readFileSync(new URL('../../docs/outputs.md', import.meta.url), 'utf8');
    const section = docs.slice(docs.indexOf('## Worst finding'));
    let at = 0;
    for (const tier of HARM_TIERS) {
      for (const rule of tier.rules) {
        const shown = rule.endsWith('.') ? `\`${rule}*\`` : `\`${rule}\``;
        const found = section.indexOf(shown, at);
        expect(found >= 0 ? 'listed in order' : `${shown} missing or out of order`).toBe('listed in order');
        at = found;
      }
    }
  });
});
