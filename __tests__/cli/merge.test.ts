// `tls-gate scan --shard K/N` and `tls-gate merge` end to end, in-process, against a real Node TLS server on
// loopback named five times over (and a refused port): three shard runs scan every target once between them,
// and their merged report says what one unsharded run says of the same targets.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestPki } from '../../src/testing/pki.js';
import type { Report } from '../../src/model/report.js';
import { refusedPort, startNodeTlsServer, type RunningServer } from '../helpers/servers.js';
import { expectValidReport } from '../helpers/report-schema.js';
import { runCli } from './cli-io.js';
import { expectValidJunit, parseJunit } from '../report/junit-xml.js';

let server: RunningServer;
let dir: string;
let caFile: string;
let targetsFile: string;
const NAMES = ['web-1', 'web-2', 'web-3', 'api', 'mail', 'gone'];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tls-gate-merge-'));
  const pki = createTestPki();
  const root = await pki.root({
    commonName: 'tls-gate merge test root',
    key: { type: 'ec', curve: 'P-256' }
  });
  const leaf = await pki.leaf(root, {
    commonName: 'localhost',
    key: { type: 'ec', curve: 'P-256' },
    ipAddresses: ['127.0.0.1']
  });
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, root.certPem);
  server = await startNodeTlsServer({
    key: { certPem: leaf.certPem, keyPem: leaf.keyPem, certFile: '', keyFile: '' },
    minVersion: 'TLSv1.2',
    maxVersion: 'TLSv1.3'
  });
  const refused = await refusedPort();
  targetsFile = join(dir, 'targets.yml');
  const entry = (name: string) =>
    `- name: ${name}\n  host: 127.0.0.1\n  port: ${name === 'gone' ? refused : server.port}\n`;
  writeFileSync(targetsFile, NAMES.map(entry).join(''));
});

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const scanArgs = (...more: string[]) => ['scan', '--targets', targetsFile, '--ca-file', caFile, ...more];

function readReport(path: string): Report {
  return JSON.parse(readFileSync(path, 'utf8')) as Report;
}

async function scanShards(count: number): Promise<string[]> {
  const files: string[] = [];
  for (let index = 1; index <= count; index++) {
    const output = join(dir, `shard-${index}`, 'report.json');
    const run = await runCli(
      scanArgs('--shard', `${index}/${count}`, '--format', 'json', '--output', output, '-q')
    );
    expect(run.stderr).toBe('');
    files.push(output);
  }
  return files;
}

describe('tls-gate scan --shard and tls-gate merge', () => {
  it('scans each target in exactly one shard, and the merge reports what one whole run reports', async () => {
    const files = await scanShards(3);
    const shards = files.map(readReport);
    for (const [i, shard] of shards.entries()) {
      expectValidReport(shard);
      expect(shard.shard).toEqual({ index: i + 1, count: 3, targets: NAMES });
    }
    expect(shards.flatMap((s) => s.targets.map((t) => t.name)).sort()).toEqual([...NAMES].sort());

    const mergedFile = join(dir, 'merged.json');
    const merge = await runCli(['merge', ...files, '--format', 'json', '--output', mergedFile]);
    // The refused port is an error finding: the merged run fails, as the whole run does.
    expect(merge.code).toBe(1);
    const merged = readReport(mergedFile);
    expectValidReport(merged);
    expect(merged.shard).toBeUndefined();

    const whole = await runCli(scanArgs('--format', 'json'));
    expect(whole.code).toBe(1);
    const unsharded = JSON.parse(whole.stdout) as Report;
    expect(merged.targets.map((t) => t.name)).toEqual(NAMES);
    expect(merged.summary).toEqual(unsharded.summary);
    expect(merged.verdict).toBe(unsharded.verdict);
    const judged = (report: Report) =>
      report.targets.map((t) => ({
        name: t.name,
        status: t.status,
        verdict: t.verdict,
        rules: t.findings.map((f) => f.rule)
      }));
    expect(judged(merged)).toEqual(judged(unsharded));

    // The text form, and the gate's fail-on, as for a scan.
    const text = await runCli(['merge', ...files, '--fail-on', 'never']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^tls-gate \S+ - policy /);
    for (const name of NAMES) expect(text.stdout).toContain(name);

    // Every format of scan, JUnit here: one test suite per target of the whole run, valid against the schema.
    const junit = await runCli(['merge', ...files, '--format', 'junit']);
    expect(junit.code).toBe(1);
    expectValidJunit(junit.stdout);
    expect(parseJunit(junit.stdout).suites.map((suite) => suite.attributes.name)).toEqual(NAMES);
  });

  it('refuses a shard given twice and a missing shard, exit 2 with the file named', async () => {
    const files = await scanShards(2);
    const twice = await runCli(['merge', files[0]!, files[1]!, files[0]!]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe(
      `tls-gate: ${files[0]}: the report is shard 1/2, as is ${files[0]}; expected each shard once\n`
    );
    const missing = await runCli(['merge', files[1]!]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'tls-gate: shard 1/2 missing: expected the reports of all 2 shards (got 2)\n'
    );
  });

  it('refuses a bad --shard and a file that is not a report, exit 2', async () => {
    for (const spec of ['0/3', '4/3', 'x/y']) {
      const run = await runCli(scanArgs('--shard', spec));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--shard must be K/N, shard K of N with 1 <= K <= N`);
    }
    const notReport = await runCli(['merge', targetsFile]);
    expect(notReport.code).toBe(2);
    expect(notReport.stderr).toMatch(/targets\.yml: the report is not JSON; expected a tls-gate JSON report/);
    const none = await runCli(['merge']);
    expect(none.code).toBe(2);
  });
});
