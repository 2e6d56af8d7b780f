// GitLab Code Quality: one issue per finding with the fields GitLab reads, valid against the published format,
// fingerprints stable across runs and unique within a report, whatever a server sent.
import { describe, expect, it } from '@jest/globals';

import { renderGitlabCodeQuality, type CodeQualityIssue } from '../../src/report/gitlab.js';
import { findingFingerprint } from '../../src/report/sarif.js';
import { finding, hostileReport, report, target } from './report-fixtures.js';
import { expectValidCodeQuality, validateCodeQuality } from './gitlab-schema.js';

const defaultFile = '.gitlab-ci.yml';
const DAY = 86_400_000;

function render(...args: Parameters<typeof mixedReport>): CodeQualityIssue[] {
  return JSON.parse(renderGitlabCodeQuality(mixedReport(...args), { defaultFile })) as CodeQualityIssue[];
}

/** A target named in a targets file with an expiring certificate and a warning; one named on the command line. */
function mixedReport(now: Date, daysLeft: number) {
  const fromFile = target(now, {
    name: 'shop',
    host: 'shop.example',
    source: { file: './ci/targets.yml', line: 4 },
    findings: [
      finding('chain.order', 'warning', 'shop.example:443 sends its chain out of order'),
      finding('certificate.expiring', 'error', `shop.example:443 expires in ${daysLeft} days`, {
        daysRemaining: daysLeft,
        notAfter: new Date(now.getTime() + daysLeft * DAY).toISOString(),
        subject: 'CN=shop.example'
      })
    ]
  });
  const waived = {
    ...finding('cipher.not-allowed', 'notice', 'api.example:8443 accepts TLS_RSA_WITH_AES_128_CBC_SHA'),
    waiver: { rule: 'cipher.not-allowed', reason: 'vendor appliance', until: '2027-03-31' }
  };
  const fromCommandLine = target(now, {
    name: 'api.example:8443',
    host: 'api.example',
    port: 8443,
    findings: [waived]
  });
  return report(now, [fromFile, fromCommandLine]);
}

describe('renderGitlabCodeQuality', () => {
  it('is valid against the Code Quality format', () => {
    expectValidCodeQuality(render(new Date(), 5));
    expectValidCodeQuality(JSON.parse(renderGitlabCodeQuality(report(new Date(), []), { defaultFile })));
  });

  it('the schema check bites: an issue without a fingerprint or with an unknown severity is refused', () => {
    const [first] = render(new Date(), 5);
    const withoutFingerprint: Partial<CodeQualityIssue> = { ...first };
    delete withoutFingerprint.fingerprint;
    expect(validateCodeQuality([withoutFingerprint])).toBe(false);
    expect(validateCodeQuality([{ ...first, severity: 'error' }])).toBe(false);
    expect(validateCodeQuality([{ ...first, location: { path: first!.location.path } }])).toBe(false);
  });

  it('has one issue per finding, worst first, with rule, severity and the line that names the target', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const mixed = mixedReport(now, 5);
    const issues = render(now, 5);
    expect(issues).toEqual([
      {
        description: 'shop.example:443 expires in 5 days',
        check_name: 'certificate.expiring',
        fingerprint: findingFingerprint(mixed.targets[0]!, mixed.targets[0]!.findings[1]!),
        severity: 'critical',
        location: { path: 'ci/targets.yml', lines: { begin: 4 } }
      },
      {
        description: 'shop.example:443 sends its chain out of order',
        check_name: 'chain.order',
        fingerprint: findingFingerprint(mixed.targets[0]!, mixed.targets[0]!.findings[0]!),
        severity: 'major',
        location: { path: 'ci/targets.yml', lines: { begin: 4 } }
      },
      {
        description:
          'api.example:8443 accepts TLS_RSA_WITH_AES_128_CBC_SHA (waived until 2027-03-31: vendor appliance)',
        check_name: 'cipher.not-allowed',
        fingerprint: findingFingerprint(mixed.targets[1]!, mixed.targets[1]!.findings[0]!),
        severity: 'info',
        location: { path: defaultFile, lines: { begin: 1 } }
      }
    ]);
  });

  it('keeps each fingerprint across runs: other dates and day counts do not change it', () => {
    const first = render(new Date('2026-06-01T12:00:00Z'), 5).map((issue) => issue.fingerprint);
    const later = render(new Date('2026-06-03T08:30:00Z'), 3).map((issue) => issue.fingerprint);
    expect(later).toEqual(first);
    expect(first.every((fingerprint) => /^[0-9a-f]{64}$/.test(fingerprint))).toBe(true);
  });

  it('gives findings that hash alike distinct fingerprints, the same on every run', () => {
    const now = new Date();
    const twice = () =>
      report(now, [
        target(now, {
          findings: [
            finding('chain.extra-certificates', 'warning', 'sends CN=x'),
            finding('chain.extra-certificates', 'warning', 'sends CN=x')
          ]
        })
      ]);
    const fingerprints = () =>
      (JSON.parse(renderGitlabCodeQuality(twice(), { defaultFile })) as CodeQualityIssue[]).map(
        (i) => i.fingerprint
      );
    const [a, b] = fingerprints();
    expect(a).not.toBe(b);
    expect(fingerprints()).toEqual([a, b]);
  });

  it('keeps hostile text as one-line JSON strings, no raw control or direction character in the file', () => {
    const json = renderGitlabCodeQuality(hostileReport(new Date()), { defaultFile });
    expect(json).not.toMatch(
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
    );
    const issues = JSON.parse(json) as CodeQualityIssue[];
    expectValidCodeQuality(issues);
    expect(issues).toHaveLength(2);
    for (const issue of issues) expect(issue.description).not.toMatch(/[\r\n\u2028\u202e]/);
    expect(issues[0]!.description).toContain('<img src=x onerror=alert(1)>');
    expect(issues[0]!.location).toEqual({ path: '.github/workflows/tls.yml', lines: { begin: 12 } });
  });
});
