import { describe, expect, it } from '@jest/globals';
import { renderJson } from '../../src/report/json.js';
import { renderText } from '../../src/report/text.js';
import { sampleCertificate, sampleReport, sampleTarget, unreachableTarget } from './sample-report.js';

describe('renderText', () => {
  const text = renderText(sampleReport([sampleTarget(), unreachableTarget()]));

  it('starts with the tool, policy, verdict and counts', () => {
    expect(text.split('\n').slice(0, 2)).toEqual([
      'tls-gate 0.1.0 - policy intermediate (preset) - FAIL',
      '2 targets: 1 error, 1 warning, 0 notices (1.25 s)'
    ]);
  });

  it('marks every protocol offered or not offered, and ok where no finding names an offered one', () => {
    expect(text).toMatch(
      /TLSv1\.3 +offered +ok\n +TLSv1\.2 +offered +ok\n +TLSv1\.1 +not offered\n +TLSv1\.0 +not offered\n +SSLv3 +not offered\n +SSLv2 +not offered\n/
    );
  });

  it('lists suites per version and says whose order they are in', () => {
    expect(text).toMatch(
      /TLSv1\.3 \(client order\)\n +TLS_AES_128_GCM_SHA256 +ok\n +TLS_AES_256_GCM_SHA384 +ok\n/
    );
    expect(text).toMatch(
      /TLSv1\.2 \(server order, most preferred first\)\n +TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 +ok\n/
    );
  });

  it('shows each group with the versions it serves, the preferred group and DH size', () => {
    expect(text).toMatch(/\n +x25519 \(TLS 1\.3, TLS 1\.2\) +ok\n +secp256r1 \(TLS 1\.3\) +ok\n/);
    expect(text).toContain('preferred group: x25519');
    expect(text).toContain('DH: no DHE suite');
  });

  it('draws the chain as a tree with days left per certificate', () => {
    expect(text).toContain('     └─ CN=api.example.com [EC P-256, ecdsa-with-SHA256, 12 days left]');
    expect(text).toContain('        └─ CN=Example Intermediate [EC P-256, ecdsa-with-SHA256, 900 days left]');
  });

  it('shows days left with a decimal under ten days, and how long ago an expired certificate expired (whole days rounded down, as min-days-remaining counts them: -3.2 is -4)', () => {
    const base = sampleTarget();
    const chain = [
      sampleCertificate('CN=soon', 'CN=ca', 1.95),
      sampleCertificate('CN=old', 'CN=ca', -3.2, true)
    ];
    const out = renderText(sampleReport([sampleTarget({ certificate: { ...base.certificate!, chain } })]));
    expect(out).toContain('CN=soon [EC P-256, ecdsa-with-SHA256, 1.9 days left]');
    expect(out).toContain('CN=old [EC P-256, ecdsa-with-SHA256, expired 4 days ago]');
  });

  it('says why a target could not be scanned', () => {
    expect(text).toContain('UNREACHABLE [ECONNREFUSED]: connection refused by 127.0.0.1:1');
  });

  it("groups findings by target, worst first, with reproduce commands and the target's fix", () => {
    const findings = text.slice(text.indexOf('\nFindings\n'));
    expect(findings).toContain('  api (targets.yml:3)');
    expect(findings.indexOf('ERROR certificate.expiring')).toBeLessThan(
      findings.indexOf('WARNING cipher.not-allowed')
    );
    expect(findings).toContain('    Fix:\n      nginx:\n        ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256;');
    expect(findings).toContain(
      'reproduce: openssl s_client -connect 127.0.0.1:443 -tls1_2 -cipher ECDHE-ECDSA-AES128-SHA'
    );
  });

  it('puts the target with errors before targets with only warnings', () => {
    const warnOnly = sampleTarget({ name: 'web', findings: [sampleTarget().findings[0]] });
    const out = renderText(sampleReport([warnOnly, sampleTarget()]));
    const findings = out.slice(out.indexOf('\nFindings\n'));
    expect(findings.indexOf('  api')).toBeLessThan(findings.indexOf('  web'));
  });

  it('has no colour unless asked, and colours when asked', () => {
    expect(text).not.toContain('\u001b[');
    expect(renderText(sampleReport(), { color: true })).toContain('\u001b[31mFAIL\u001b[39m');
  });

  it('shows control characters a server sent as escapes, never raw', () => {
    const hostile = sampleCertificate('CN=evil\u001b[2J\r\n::error::pwned\u202e', 'CN=x', 50);
    const base = sampleTarget();
    const target = sampleTarget({ certificate: { ...base.certificate!, chain: [hostile] } });
    const out = renderText(sampleReport([target]));
    for (const raw of ['\u001b', '\r', '\u202e']) expect(out).not.toContain(raw);
    expect(out).toContain('CN=evil\\u001b[2J\\r\\n::error::pwned\\u202e');
    expect(out.split('\n').some((line) => line.startsWith('::'))).toBe(false);
  });
});

describe('renderJson', () => {
  it('writes the report as indented JSON with a final newline, keys in documented order', () => {
    const report = sampleReport();
    const shuffled = {
      ...report,
      targets: report.targets.map(({ findings, ...rest }) => ({ findings, ...rest }))
    };
    const json = renderJson(shuffled);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(Object.keys(JSON.parse(json))).toEqual([
      'schemaVersion',
      'tool',
      'startedAt',
      'finishedAt',
      'policy',
      'verdict',
      'summary',
      'targets'
    ]);
    expect(Object.keys(JSON.parse(json).targets[0]).slice(0, 3)).toEqual(['name', 'host', 'port']);
    expect(renderJson(shuffled)).toBe(renderJson(report));
  });
});
