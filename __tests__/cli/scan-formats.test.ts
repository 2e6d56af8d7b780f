// `tls-gate scan --format markdown|sarif|junit|gitlab` end to end, in-process, against a real Node TLS server on
// loopback that fails mozilla-modern (it accepts TLS 1.2): each format carries the same judgement as the JSON
// report, is valid for the system that reads it, and goes to --output or stdout.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestPki } from '../../src/testing/pki.js';
import { RULE_LIST } from '../../src/policy/rules.js';
import { FINGERPRINT_KEY } from '../../src/report/sarif.js';
import type { CodeQualityIssue } from '../../src/report/gitlab.js';
import type { Report } from '../../src/model/report.js';
import { startNodeTlsServer, type RunningServer } from '../helpers/servers.js';
import { expectValidCodeQuality } from '../report/gitlab-schema.js';
import { expectValidJunit, parseJunit } from '../report/junit-xml.js';
import { expectValidSarif } from '../report/sarif-schema.js';
import { runCli } from './cli-io.js';

let server: RunningServer;
let dir: string;
let scanArgs: string[];
/** The judgement every format must carry: the JSON report of the same scan. */
let expected: Report;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tls-gate-formats-'));
  const pki = createTestPki();
  const root = await pki.root({
    commonName: 'tls-gate formats test root',
    key: { type: 'ec', curve: 'P-256' }
  });
  const leaf = await pki.leaf(root, {
    commonName: 'localhost',
    key: { type: 'ec', curve: 'P-256' },
    ipAddresses: ['127.0.0.1']
  });
  writeFileSync(join(dir, 'ca.pem'), root.certPem);
  server = await startNodeTlsServer({
    key: { certPem: leaf.certPem, keyPem: leaf.keyPem, certFile: '', keyFile: '' },
    minVersion: 'TLSv1.2',
    maxVersion: 'TLSv1.3'
  });
  scanArgs = [
    'scan',
    `127.0.0.1:${server.port}`,
    '--ca-file',
    join(dir, 'ca.pem'),
    '--policy',
    'mozilla-modern'
  ];
  const run = await runCli([...scanArgs, '--format', 'json']);
  expect(run.code).toBe(1);
  expected = JSON.parse(run.stdout) as Report;
}, 120_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function errorRules(): string[] {
  return [...new Set(expected.targets[0]!.findings.filter((f) => f.severity === 'error').map((f) => f.rule))];
}

describe('tls-gate scan --format', () => {
  it('the premise: the server fails mozilla-modern with protocol.not-allowed', () => {
    expect(errorRules()).toContain('protocol.not-allowed');
  });

  it('junit: writes valid JUnit XML to --output, a testcase per rule, failures exactly for error rules', async () => {
    const output = join(dir, 'reports', 'junit.xml');
    const run = await runCli([...scanArgs, '--format', 'junit', '--output', output]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const xml = readFileSync(output, 'utf8');
    expectValidJunit(xml);
    const [suite] = parseJunit(xml).suites;
    expect(suite!.attributes.name).toBe(`127.0.0.1:${server.port}`);
    expect(suite!.cases.map((c) => c.name)).toEqual(RULE_LIST.map((rule) => rule.id));
    expect(suite!.cases.filter((c) => c.failure).map((c) => c.name)).toEqual(
      RULE_LIST.map((rule) => rule.id).filter((id) => errorRules().includes(id))
    );
  });

  it('gitlab: prints valid Code Quality JSON, located at $CI_CONFIG_PATH for a command-line target', async () => {
    const run = await runCli([...scanArgs, '--format', 'gitlab'], { env: { CI_CONFIG_PATH: 'ci/tls.yml' } });
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout) as CodeQualityIssue[];
    expectValidCodeQuality(issues);
    expect(issues.map((issue) => issue.check_name).sort()).toEqual(
      expected.targets[0]!.findings.map((f) => f.rule).sort()
    );
    for (const issue of issues) expect(issue.location).toEqual({ path: 'ci/tls.yml', lines: { begin: 1 } });
    const again = JSON.parse(
      (await runCli([...scanArgs, '--format', 'gitlab'])).stdout
    ) as CodeQualityIssue[];
    expect(again.map((issue) => issue.fingerprint)).toEqual(issues.map((issue) => issue.fingerprint));
    expect(again[0]!.location.path).toBe('.gitlab-ci.yml');
  });

  it('sarif: prints valid SARIF 2.1.0 with a result per finding', async () => {
    const run = await runCli([...scanArgs, '--format', 'sarif']);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout) as {
      runs: { results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[];
    };
    expectValidSarif(sarif);
    const results = sarif.runs[0]!.results;
    expect(results.map((r) => r.ruleId).sort()).toEqual(
      expected.targets[0]!.findings.map((f) => f.rule).sort()
    );
    for (const result of results)
      expect(result.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('markdown: prints the job summary, verdict first', async () => {
    const run = await runCli([...scanArgs, '--format', 'markdown']);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/^## /);
    expect(run.stdout).toContain(`127.0.0.1:${server.port}`);
    expect(run.stdout).toContain('protocol.not-allowed'); // Markdown leaves a hyphen inside a word as it is
  });
});
