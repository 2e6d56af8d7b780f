import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';

import { FINGERPRINT_KEY, renderSarif, stableEvidenceKey } from '../../src/report/sarif.js';
import { RULE_LIST } from '../../src/policy/rules.js';
import { TOOL_INFORMATION_URI, ruleAnchor } from '../../src/report/links.js';
import { HOSTILE, finding, hostileReport, report, target } from './report-fixtures.js';
import type { Report } from '../../src/model/report.js';
import { expectValidSarif, validateSarif as validate } from './sarif-schema.js';

const DAY = 86_400_000;
const workflowFile = '.github/workflows/tls.yml';

/** The same servers scanned on two days: dates, day counts, durations and messages differ. */
function scanOn(now: Date, line: number): Report {
  const expiring = target(now, {
    name: 'a.example:443',
    daysLeft: 20,
    source: { file: './targets.yml', line },
    durationMs: now.getTime() % 1000,
    findings: [
      finding(
        'certificate.expiring',
        'warning',
        `a.example:443 expires in ${Math.round((now.getTime() / DAY) % 30)} days`,
        {
          daysRemaining: (now.getTime() / DAY) % 30,
          notAfter: new Date(now.getTime() + 20 * DAY).toISOString(),
          serialNumber: '0A'
        }
      ),
      finding('protocol.not-allowed', 'error', 'a.example:443 accepts TLSv1.0', { protocol: 'TLSv1.0' }),
      finding('protocol.not-allowed', 'error', 'a.example:443 accepts TLSv1.1', { protocol: 'TLSv1.1' })
    ]
  });
  const other = target(now, {
    name: 'b.example:8443',
    host: 'b.example',
    port: 8443,
    findings: [
      finding('protocol.not-allowed', 'error', 'b.example:8443 accepts TLSv1.0', { protocol: 'TLSv1.0' })
    ]
  });
  return report(now, [expiring, other]);
}

describe('renderSarif', () => {
  it('is valid SARIF 2.1.0', () => {
    expectValidSarif(renderSarif(scanOn(new Date(), 3), { workflowFile }));
    expectValidSarif(
      renderSarif(report(new Date(), []), {
        workflowFile,
        informationUri: 'https://github.example/o/tls-gate'
      })
    );
  });

  it('is valid SARIF 2.1.0 with hostile names, and keeps each message on one line', () => {
    const sarif = renderSarif(hostileReport(new Date()), { workflowFile });
    expectValidSarif(sarif);
    for (const result of sarif.runs[0]!.results) expect(result.message.text).not.toMatch(/[\r\n]/);
    expect(sarif.runs[0]!.results[0]!.message.text).toContain('<img src=x onerror=alert(1)>');
  });

  it('the schema check bites: a result without a message is refused', () => {
    const sarif = renderSarif(scanOn(new Date(), 3), { workflowFile }) as unknown as {
      runs: { results: Record<string, unknown>[] }[];
    };
    delete sarif.runs[0]!.results[0]!.message;
    expect(validate(sarif)).toBe(false);
  });

  it('describes every rule with short and full description, help, level and security severity', () => {
    const driver = renderSarif(scanOn(new Date(), 3), { workflowFile }).runs[0]!.tool.driver as {
      name: string;
      version: string;
      rules: {
        id: string;
        shortDescription: { text: string };
        fullDescription: { text: string };
        help: { text: string };
        defaultConfiguration: { level: string };
        properties: { 'security-severity': string; tags: string[] };
      }[];
    };
    expect(driver.name).toBe('tls-gate');
    expect(driver.version).toBe('0.1.0');
    expect(driver.rules.map((r) => r.id)).toEqual(RULE_LIST.map((r) => r.id));
    const expired = driver.rules.find((r) => r.id === 'certificate.expired')!;
    expect(expired.shortDescription.text).toBe('Certificate expired');
    expect(expired.fullDescription.text).toBe('The leaf certificate is past its notAfter.');
    expect(expired.help.text).toContain('Policy key: certificates.expiry.');
    expect(expired.defaultConfiguration.level).toBe('error');
    expect(expired.properties['security-severity']).toBe('7.5');
    expect(expired.properties.tags).toEqual(['security', 'tls', 'certificate']);
    for (const rule of driver.rules) expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
  });

  it('adds rules the findings use that the rule table does not know', () => {
    const r = report(new Date(), [
      target(new Date(), { findings: [finding('custom.rule', 'warning', 'x')] })
    ]);
    const run = renderSarif(r, { workflowFile }).runs[0]!;
    const rules = run.tool.driver.rules as { id: string; defaultConfiguration: { level: string } }[];
    const index = run.results[0]!.ruleIndex;
    expect(rules[index]!.id).toBe('custom.rule');
    expect(rules[index]!.defaultConfiguration.level).toBe('warning');
  });

  it('gives each result its rule, level and the file and line that name the target', () => {
    const run = renderSarif(scanOn(new Date(), 3), { workflowFile }).runs[0]!;
    const rules = run.tool.driver.rules as { id: string }[];
    const summary = run.results.map((r) => [
      r.ruleId,
      rules[r.ruleIndex]!.id,
      r.level,
      r.locations[0]!.physicalLocation.artifactLocation.uri,
      r.locations[0]!.physicalLocation.region.startLine
    ]);
    expect(summary).toEqual([
      // Worst first by the harm order: the older protocol first, whichever target accepts it.
      ['protocol.not-allowed', 'protocol.not-allowed', 'error', 'targets.yml', 3],
      ['protocol.not-allowed', 'protocol.not-allowed', 'error', workflowFile, 1],
      ['protocol.not-allowed', 'protocol.not-allowed', 'error', 'targets.yml', 3],
      ['certificate.expiring', 'certificate.expiring', 'warning', 'targets.yml', 3]
    ]);
  });

  it('keeps fingerprints across runs on different days, even when the target moved in its file', () => {
    const now = new Date();
    const fingerprints = (r: Report) =>
      renderSarif(r, { workflowFile }).runs[0]!.results.map((x) => x.partialFingerprints[FINGERPRINT_KEY]);
    const first = fingerprints(scanOn(now, 3));
    const second = fingerprints(scanOn(new Date(now.getTime() + 9.5 * DAY), 7));
    expect(second).toEqual(first);
    expect(first.every((f) => /^[0-9a-f]{64}$/.test(f!))).toBe(true);
  });

  it('gives different findings different fingerprints: other evidence, other target, other rule', () => {
    const fingerprints = renderSarif(scanOn(new Date(), 3), { workflowFile }).runs[0]!.results.map(
      (x) => x.partialFingerprints[FINGERPRINT_KEY]
    );
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('leaves dates, day counts and fractions out of the evidence key', () => {
    expect(
      stableEvidenceKey({
        protocol: 'TLSv1.0',
        daysRemaining: 3.2,
        notAfter: '2030-01-01',
        ratio: 0.4,
        bits: 1024
      })
    ).toBe('{"bits":1024,"protocol":"TLSv1.0","ratio":null}');
    expect(stableEvidenceKey({ b: 1, a: [{ d: 2, c: 1 }] })).toBe(
      stableEvidenceKey({ a: [{ c: 1, d: 2 }], b: 1 })
    );
  });

  it('keeps the fingerprint of an unreachable target when the error text differs between runs', () => {
    const unreachable = (message: string) =>
      report(new Date(), [
        target(new Date(), {
          status: 'unreachable',
          error: { code: 'ETIMEDOUT', message },
          findings: [
            finding('target.unreachable', 'error', `a.example:443: ${message}`, {
              status: 'unreachable',
              code: 'ETIMEDOUT',
              error: message
            })
          ]
        })
      ]);
    const fingerprint = (r: Report) =>
      renderSarif(r, { workflowFile }).runs[0]!.results[0]!.partialFingerprints;
    expect(fingerprint(unreachable('connect timed out after 5001 ms'))).toEqual(
      fingerprint(unreachable('connect timed out after 4998 ms at 127.0.0.9'))
    );
  });

  it('names the endpoint as a logical location', () => {
    const r = report(new Date(), [
      target(new Date(), { name: HOSTILE, findings: [finding('x.y', 'error', 'm')] })
    ]);
    const location = renderSarif(r, { workflowFile }).runs[0]!.results[0]!.locations[0]!;
    expect(location.logicalLocations).toEqual([{ name: 'a.example:443', kind: 'resource' }]);
  });
});

describe('SARIF links to the documentation', () => {
  const readme = readFileSync('README.md', 'utf8');

  it("names the tool's home as the driver's informationUri, by default the repository", () => {
    const driver = renderSarif(report(new Date(), []), { workflowFile }).runs[0]!.tool.driver;
    expect(driver.informationUri).toBe(TOOL_INFORMATION_URI);
    const given = renderSarif(report(new Date(), []), {
      workflowFile,
      informationUri: 'https://github.example/o/tls-gate'
    }).runs[0]!.tool.driver;
    expect(given.informationUri).toBe('https://github.example/o/tls-gate');
  });

  it("links every rule of the table to its row of the README's rule table", () => {
    const rules = renderSarif(report(new Date(), []), { workflowFile }).runs[0]!.tool.driver.rules as {
      id: string;
      helpUri?: string;
    }[];
    expect(rules.map((rule) => rule.id)).toEqual(RULE_LIST.map((rule) => rule.id));
    for (const rule of rules) {
      expect(rule.helpUri).toBe(`${TOOL_INFORMATION_URI}#${ruleAnchor(rule.id)}`);
      // The row of that rule carries the anchor.
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${rule.id}\` `));
      expect(row).toContain(`<a id="${ruleAnchor(rule.id)}"></a>`);
    }
  });

  it('gives a rule the table does not know no helpUri (the README has no row for it)', () => {
    const now = new Date();
    const custom = report(now, [target(now, { findings: [finding('custom.rule', 'warning', 'x')] })]);
    const rules = renderSarif(custom, { workflowFile }).runs[0]!.tool.driver.rules as {
      id: string;
      helpUri?: string;
    }[];
    expect(rules.find((rule) => rule.id === 'custom.rule')!.helpUri).toBeUndefined();
  });
});
