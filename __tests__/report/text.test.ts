// The text report read at a glance: an overview line per target first, the policy's mark on every inventory item,
// one merged fix per target, and no fix for what a waiver accepts.
import { describe, expect, it } from '@jest/globals';

import { renderText } from '../../src/report/text.js';
import { emptyProtocols, type Finding } from '../../src/model/report.js';
import { finding, report, target } from './report-fixtures.js';

const now = new Date();

const CIPHER_FIX = {
  nginx: ['ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256;'],
  apache: ['SSLCipherSuite ECDHE-ECDSA-AES128-GCM-SHA256']
};
const PROTOCOL_FIX = {
  nginx: ['ssl_protocols TLSv1.2 TLSv1.3;'],
  apache: ['SSLProtocol -all +TLSv1.2 +TLSv1.3']
};

function cbc(protocol: string): Finding {
  return {
    ...finding('cipher.not-allowed', 'error', `legacy accepts a CBC suite over ${protocol}.`, {
      protocol,
      suites: ['TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA']
    }),
    fix: CIPHER_FIX
  };
}

function legacy() {
  const protocols = emptyProtocols();
  for (const p of ['TLSv1.0', 'TLSv1.1', 'TLSv1.2'] as const) protocols[p] = true;
  return target(now, {
    name: 'legacy',
    daysLeft: 45,
    protocols,
    cipherSuites: {
      'TLSv1.2': ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'],
      'TLSv1.1': ['TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'],
      'TLSv1.0': ['TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA']
    },
    findings: [
      {
        ...finding('certificate.lifetime', 'error', 'legacy: the leaf lasts 398 days.'),
        fix: { text: 'Reissue.' }
      },
      {
        ...finding('protocol.not-allowed', 'error', 'legacy accepts TLSv1.0.', { protocol: 'TLSv1.0' }),
        fix: PROTOCOL_FIX
      },
      {
        ...finding('protocol.not-allowed', 'error', 'legacy accepts TLSv1.1.', { protocol: 'TLSv1.1' }),
        fix: PROTOCOL_FIX
      },
      cbc('TLSv1.0'),
      cbc('TLSv1.1'),
      cbc('TLSv1.2')
    ]
  });
}

describe('renderText', () => {
  it('opens with one line per target: verdict, worst finding by the harm order, days left', () => {
    const text = renderText(report(now, [legacy(), target(now, { name: 'good', daysLeft: 80 })]));
    const lines = text.split('\n');
    const at = lines.indexOf('Overview');
    expect(at).toBe(3);
    expect(lines.slice(at + 1, at + 4).map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['verdict', 'target', 'worst finding', 'days left'],
      ['FAIL', 'legacy', 'error protocol.not-allowed (+5 more)', '45'],
      ['pass', 'good', 'none', '80']
    ]);
  });

  it('marks each offered protocol with the policy’s judgement and the standards’ word on old versions', () => {
    const text = renderText(report(now, [legacy()]));
    expect(text).toMatch(/\n +TLSv1\.2 +offered +ok\n/);
    expect(text).toMatch(/\n +TLSv1\.1 +offered +NOT OK protocol\.not-allowed · deprecated \(RFC 8996\)\n/);
    expect(text).toMatch(/\n +SSLv3 +not offered\n/);
  });

  it('marks a suite the policy rejects on each version that accepts it, and the others ok', () => {
    const text = renderText(report(now, [legacy()]));
    expect(text).toMatch(/\n +TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 +ok\n/);
    expect(text.match(/\n +TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA +NOT OK cipher\.not-allowed\n/g)).toHaveLength(
      3
    );
  });

  it('gives a target one fix, its lines merged per server software and each line once', () => {
    const text = renderText(report(now, [legacy()]));
    const findings = text.slice(text.indexOf('\nFindings\n'));
    expect(findings.match(/ssl_ciphers/g)).toHaveLength(1);
    expect(findings).toContain(
      [
        '    Fix:',
        '      nginx:',
        '        ssl_protocols TLSv1.2 TLSv1.3;',
        '        ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256;',
        '      Apache:',
        '        SSLProtocol -all +TLSv1.2 +TLSv1.3',
        '        SSLCipherSuite ECDHE-ECDSA-AES128-GCM-SHA256'
      ].join('\n')
    );
  });

  it('gives a waived finding no fix, and marks its item waived', () => {
    const waived: Finding = {
      ...finding('protocol.not-allowed', 'notice', 'legacy accepts TLSv1.0.', { protocol: 'TLSv1.0' }),
      fix: PROTOCOL_FIX,
      waiver: { rule: 'protocol.not-allowed', reason: 'old tills until March', until: '2027-03-01' }
    };
    const protocols = emptyProtocols();
    protocols['TLSv1.0'] = true;
    protocols['TLSv1.2'] = true;
    const text = renderText(report(now, [target(now, { name: 'shop', protocols, findings: [waived] })]));
    expect(text).toMatch(/\n +TLSv1\.0 +offered +waived protocol\.not-allowed/);
    const findings = text.slice(text.indexOf('\nFindings\n'));
    expect(findings).toContain('waived until 2027-03-01: old tills until March');
    expect(findings).not.toContain('ssl_protocols');
    expect(findings).not.toContain('Fix');
  });
});
