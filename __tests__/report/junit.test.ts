// JUnit XML: a testsuite per target, a testcase per target and check (rule), a failure exactly where a check has
// error findings; valid against the JUnit schema (xmllint) whatever a server sent.
import { describe, expect, it } from '@jest/globals';

import { escapeXml } from '../../src/report/escape.js';
import { renderJunit } from '../../src/report/junit.js';
import { RULE_LIST } from '../../src/policy/rules.js';
import { HOSTILE_TEXTS, finding, hostileReport, report, target } from './report-fixtures.js';
import { expectValidJunit, junitSchemaErrors, parseJunit } from './junit-xml.js';

const RULE_IDS = RULE_LIST.map((rule) => rule.id);
const now = new Date('2026-06-01T12:00:00Z');

/** Two targets: one with two errors of one rule, a warning and a custom rule's error; one clean. */
function mixedReport() {
  const failing = target(now, {
    name: 'shop',
    host: 'shop.example',
    findings: [
      finding('protocol.not-allowed', 'error', 'shop.example:443 accepts TLSv1.0'),
      finding('protocol.not-allowed', 'error', 'shop.example:443 accepts TLSv1.1'),
      finding('chain.order', 'warning', 'shop.example:443 sends its chain out of order'),
      finding('custom.rule', 'error', 'a rule the table does not know')
    ]
  });
  const clean = target(now, { name: 'api.example:443', host: 'api.example' });
  return report(now, [failing, clean]);
}

describe('renderJunit', () => {
  it('is valid against the JUnit schema', () => {
    expectValidJunit(renderJunit(mixedReport()));
    expectValidJunit(renderJunit(report(now, [])));
  });

  it('the schema check bites: a testcase without a name, or an element out of place, is refused', () => {
    const xml = renderJunit(mixedReport());
    expect(
      junitSchemaErrors(xml.replace(/<testcase classname="shop" name="[^"]*"/, '<testcase classname="shop"'))
    ).not.toEqual([]);
    expect(junitSchemaErrors(xml.replace('<properties>', '<properties><bogus/>'))).not.toEqual([]);
  });

  it('has one testsuite per target and one testcase per target and rule, in the rule table order', () => {
    const parsed = parseJunit(renderJunit(mixedReport()));
    expect(parsed.suites.map((suite) => suite.attributes.name)).toEqual(['shop', 'api.example:443']);
    expect(parsed.suites[0]!.cases.map((c) => c.name)).toEqual([...RULE_IDS, 'custom.rule']);
    expect(parsed.suites[1]!.cases.map((c) => c.name)).toEqual(RULE_IDS);
    for (const suite of parsed.suites) {
      for (const testCase of suite.cases) expect(testCase.classname).toBe(suite.attributes.name);
    }
    expect(parsed.suites[0]!.properties).toEqual({
      endpoint: 'shop.example:443',
      status: 'ok',
      verdict: 'fail'
    });
  });

  it('fails exactly the checks with error findings; warnings pass and are shown in system-out', () => {
    const parsed = parseJunit(renderJunit(mixedReport()));
    const [shop, api] = parsed.suites;
    const failed = shop!.cases.filter((c) => c.failure).map((c) => c.name);
    expect(failed).toEqual(['protocol.not-allowed', 'custom.rule']);
    expect(api!.cases.filter((c) => c.failure)).toEqual([]);

    const protocol = shop!.cases.find((c) => c.name === 'protocol.not-allowed')!;
    expect(protocol.failure).toMatchObject({
      message: 'shop.example:443 accepts TLSv1.0',
      type: 'protocol.not-allowed'
    });
    // Both findings, each with its fix lines and reproduce command.
    expect(protocol.failure!.text).toContain('shop.example:443 accepts TLSv1.0\n');
    expect(protocol.failure!.text).toContain('\n\nshop.example:443 accepts TLSv1.1\n');
    expect(protocol.failure!.text).toContain('nginx: ssl_protocols TLSv1.2 TLSv1.3;');
    expect(protocol.failure!.text).toContain('reproduce: openssl s_client -connect a.example:443 -tls1');

    const order = shop!.cases.find((c) => c.name === 'chain.order')!;
    expect(order.failure).toBeNull();
    expect(order.systemOut).toBe('warning: shop.example:443 sends its chain out of order');

    expect(shop!.attributes).toMatchObject({
      tests: String(RULE_IDS.length + 1),
      failures: '2',
      errors: '0',
      skipped: '0'
    });
    expect(parsed.attributes).toMatchObject({
      name: 'tls-gate',
      tests: String(2 * RULE_IDS.length + 1),
      failures: '2'
    });
  });

  it('skips the checks a target that could not be scanned was not judged on; its target.* check fails', () => {
    const down = target(now, {
      name: 'down.example:443',
      status: 'unreachable',
      daysLeft: null,
      findings: [finding('target.unreachable', 'error', 'down.example:443: connection refused')]
    });
    const xml = renderJunit(report(now, [down]));
    expectValidJunit(xml);
    const [suite] = parseJunit(xml).suites;
    expect(suite!.cases.filter((c) => c.failure).map((c) => c.name)).toEqual(['target.unreachable']);
    const judged = suite!.cases.filter((c) => c.skipped === null).map((c) => c.name);
    expect(judged).toEqual(RULE_IDS.filter((id) => id.startsWith('target.')));
    expect(suite!.attributes.skipped).toBe(String(RULE_IDS.length - judged.length));
  });

  it('times in seconds, the timestamp in UTC without a zone', () => {
    const [suite] = parseJunit(renderJunit(mixedReport())).suites;
    expect(suite!.attributes).toMatchObject({ time: '0.812', timestamp: '2026-06-01T12:00:00' });
  });

  it('keeps hostile names and messages as text: valid XML, no element of theirs, one line each', () => {
    const xml = renderJunit(hostileReport(now));
    expectValidJunit(xml);
    const parsed = parseJunit(xml);
    expect([...parsed.elementNames].sort()).toEqual(
      [
        'failure',
        'properties',
        'property',
        'skipped',
        'system-out',
        'testcase',
        'testsuite',
        'testsuites'
      ].sort()
    );
    const [suite] = parsed.suites;
    expect(suite!.attributes.name).toContain('<img src=x onerror=alert(1)>');
    expect(suite!.attributes.name).toContain('x\\n::error::owned');
    expect(suite!.attributes.name).not.toMatch(/[\r\n\u2028\u202e]/);
    const failure = suite!.cases.find((c) => c.failure)!.failure!;
    expect(failure.message).toContain('<script>alert(1)</script>');
    for (const line of failure.text.split('\n')) expect(line).not.toMatch(/^\s*(::|##\[)/);
  });

  it('renders characters XML 1.0 forbids as visible escapes, so the document stays valid', () => {
    const forbidden =
      'nul\u0000 bell\u0007 esc\u001b[31m nonchar\ufffe\uffff lone\ud800 \udc00 pair\u{1f600}';
    const hostile = target(now, {
      name: forbidden,
      findings: [finding('certificate.expired', 'error', forbidden)]
    });
    const xml = renderJunit(report(now, [hostile]));
    expectValidJunit(xml);
    const [suite] = parseJunit(xml).suites;
    expect(suite!.attributes.name).toBe(
      'nul\\u0000 bell\\u0007 esc\\u001b[31m nonchar\\ufffe\\uffff lone\\ud800 \\udc00 pair\u{1f600}'
    );
  });
});

describe('escapeXml', () => {
  it('escapes the five specials and shows controls, and nothing else', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(escapeXml('line1\r\nline2\tx\u202e')).toBe('line1\\r\\nline2\\tx\\u202e');
    expect(escapeXml('café ✓ \u{1f600}')).toBe('café ✓ \u{1f600}');
  });

  it.each(HOSTILE_TEXTS)('keeps %j inside one attribute value', (text) => {
    const xml = `<testsuites><testsuite name="${escapeXml(text)}" tests="0"/></testsuites>`;
    expectValidJunit(xml);
    expect(parseJunit(xml).suites[0]!.attributes.name).not.toMatch(/[\r\n]/);
  });
});
