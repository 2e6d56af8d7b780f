// JUnit XML, the test-report format every CI reads (GitLab's artifacts:reports:junit, Jenkins' junit step, Azure
// Pipelines' PublishTestResults, CircleCI's store_test_results). One <testsuite> per target, one <testcase> per
// target and check (a rule of the catalogue, plus any other rule a finding names), and a <failure> exactly
// where that check has error findings: the CI's test view then fails the same checks the gate fails on.
// Warnings and notices do not fail a test; they are listed in the test's <system-out>.

import { RULE_LIST, type RuleInfo } from '../policy/rules.js';
import { escapeXml } from './escape.js';
import { targetFindingsWorstFirst, targetLabel } from './digest.js';
import type { Finding, Report, TargetReport } from '../model/report.js';

export interface JunitOptions {
  /** The checks of each target; default the policy's rule table. */
  rules?: readonly RuleInfo[];
}

/** One check of one target, as the test view shows it. */
interface TestCase {
  name: string;
  errors: Finding[];
  others: Finding[];
  /** Why the check was not judged (the target could not be scanned), else null. */
  skipped: string | null;
}

export function renderJunit(report: Report, options: JunitOptions = {}): string {
  const ruleIds = (options.rules ?? RULE_LIST).map((info) => info.id);
  const suites = report.targets.map((target) => ({ target, cases: testCases(target, ruleIds) }));
  const cases = suites.flatMap((suite) => suite.cases);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(report.tool.name)}" ${counts(cases)} time="${seconds(runMs(report))}">`,
    ...suites.flatMap(({ target, cases }) => testSuite(report, target, cases)),
    '</testsuites>'
  ];
  return `${lines.join('\n')}\n`;
}

/** The target's checks: every rule of the table, then the rules its findings name that the table does not. */
function testCases(target: TargetReport, ruleIds: readonly string[]): TestCase[] {
  const findings = targetFindingsWorstFirst(target);
  const names = [...ruleIds];
  for (const finding of findings) if (!names.includes(finding.rule)) names.push(finding.rule);
  return names.map((name) => {
    const own = findings.filter((finding) => finding.rule === name);
    const notScanned = target.status !== 'ok' && own.length === 0 && !name.startsWith('target.');
    return {
      name,
      errors: own.filter((finding) => finding.severity === 'error'),
      others: own.filter((finding) => finding.severity !== 'error'),
      skipped: notScanned ? `not judged: the target's scan ended as ${target.status}` : null
    };
  });
}

function testSuite(report: Report, target: TargetReport, cases: readonly TestCase[]): string[] {
  const label = escapeXml(targetLabel(target));
  const timestamp = report.startedAt.slice(0, 19); // UTC, without zone: the form Ant's schema asks for
  return [
    `  <testsuite name="${label}" ${counts(cases)} time="${seconds(target.durationMs)}" timestamp="${escapeXml(timestamp)}">`,
    '    <properties>',
    property('endpoint', `${target.host}:${target.port}`),
    property('status', target.status),
    property('verdict', target.verdict),
    '    </properties>',
    ...cases.flatMap((testCase) => testCaseLines(label, testCase)),
    '  </testsuite>'
  ];
}

function testCaseLines(classname: string, testCase: TestCase): string[] {
  const open = `    <testcase classname="${classname}" name="${escapeXml(testCase.name)}" time="0"`;
  const body: string[] = [];
  if (testCase.skipped) body.push(`      <skipped message="${escapeXml(testCase.skipped)}"/>`);
  const first = testCase.errors[0];
  if (first) {
    body.push(
      `      <failure message="${escapeXml(first.message)}" type="${escapeXml(testCase.name)}">` +
        `${testCase.errors.map(failureText).join('\n\n')}</failure>`
    );
  }
  if (testCase.others.length > 0) {
    const text = testCase.others.map((finding) => `${finding.severity}: ${escapeXml(finding.message)}`);
    body.push(`      <system-out>${text.join('\n')}</system-out>`);
  }
  return body.length === 0 ? [`${open}/>`] : [`${open}>`, ...body, '    </testcase>'];
}

/** What a failure says: the message, the server lines that fix it and the command that reproduces it. */
function failureText(finding: Finding): string {
  const fix = finding.fix;
  const lines = [
    finding.message,
    ...(fix.text ? [`fix: ${fix.text}`] : []),
    ...(fix.nginx ?? []).map((line) => `nginx: ${line}`),
    ...(fix.apache ?? []).map((line) => `apache: ${line}`),
    ...(fix.haproxy ?? []).map((line) => `haproxy: ${line}`),
    ...(finding.reproduce ? [`reproduce: ${finding.reproduce}`] : [])
  ];
  return lines.map(escapeXml).join('\n');
}

function property(name: string, value: string): string {
  return `      <property name="${name}" value="${escapeXml(value)}"/>`;
}

function counts(cases: readonly TestCase[]): string {
  const failures = cases.filter((testCase) => testCase.errors.length > 0).length;
  const skipped = cases.filter((testCase) => testCase.skipped !== null).length;
  return `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
}

function runMs(report: Report): number {
  return Date.parse(report.finishedAt) - Date.parse(report.startedAt);
}

/** Seconds with millisecond precision; 0 for a time that is not a finite, non-negative number. */
function seconds(ms: number): string {
  return Number.isFinite(ms) && ms > 0 ? (ms / 1000).toFixed(3) : '0';
}
