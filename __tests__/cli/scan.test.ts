// `tls-gate scan` end to end, in-process, against a real Node TLS server on loopback whose configuration is the
// expected result: exactly TLS 1.2 and 1.3, two ECDHE-ECDSA GCM suites for 1.2 and two AES-GCM suites for 1.3,
// a leaf for 127.0.0.1 issued by a test CA passed with --ca-file.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestPki } from '../../src/testing/pki.js';
import type { Report } from '../../src/model/report.js';
import { refusedPort, startNodeTlsServer, type RunningServer } from '../helpers/servers.js';
import { expectValidReport } from '../helpers/report-schema.js';
import { runCli } from './cli-io.js';

const TLS12_SUITES = ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'];
const TLS13_SUITES = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384'];

let server: RunningServer;
let dir: string;
let caFile: string;
let target: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tls-gate-cli-'));
  const pki = createTestPki();
  const root = await pki.root({ commonName: 'tls-gate CLI test root', key: { type: 'ec', curve: 'P-256' } });
  const leaf = await pki.leaf(root, {
    commonName: 'localhost',
    key: { type: 'ec', curve: 'P-256' },
    dnsNames: ['localhost'],
    ipAddresses: ['127.0.0.1']
  });
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, root.certPem);
  server = await startNodeTlsServer({
    key: { certPem: leaf.certPem, keyPem: leaf.keyPem, certFile: '', keyFile: '' },
    minVersion: 'TLSv1.2',
    maxVersion: 'TLSv1.3',
    // Node takes TLS 1.3 suite names in `ciphers` too.
    ciphers: [...TLS13_SUITES, 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384'].join(':')
  });
  target = `127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function readReport(path: string): Report {
  return JSON.parse(readFileSync(path, 'utf8')) as Report;
}

describe('tls-gate scan against a Node TLS server', () => {
  it('writes a JSON report to --output that matches the server configuration and the schema, and passes', async () => {
    const output = join(dir, 'reports', 'report.json');
    const run = await runCli(['scan', target, '--ca-file', caFile, '--format', 'json', '--output', output]);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
    const report = readReport(output);
    expectValidReport(report);
    const [scanned] = report.targets;
    expect(scanned).toMatchObject({
      name: target,
      host: '127.0.0.1',
      port: server.port,
      sni: null,
      status: 'ok'
    });
    expect(scanned.protocols).toEqual({
      SSLv2: false,
      SSLv3: false,
      'TLSv1.0': false,
      'TLSv1.1': false,
      'TLSv1.2': true,
      'TLSv1.3': true
    });
    expect([...(scanned.cipherSuites['TLSv1.2'] ?? [])].sort()).toEqual([...TLS12_SUITES].sort());
    expect([...(scanned.cipherSuites['TLSv1.3'] ?? [])].sort()).toEqual([...TLS13_SUITES].sort());
    expect(scanned.certificate?.trusted).toBe(true);
    expect(report.verdict).toBe('pass');
    // The progress line of the target, then the verdict line.
    expect(run.stderr).toMatch(
      /^\[1\/1\] [^\n]+\ntls-gate: PASS - 1 target, 0 errors, \d+ warnings?; report written to /
    );
  });

  it('prints the text report on stdout, without colour when stdout is not a terminal', async () => {
    const run = await runCli(['scan', target, '--ca-file', caFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^tls-gate \S+ - policy /);
    expect(run.stdout).toMatch(/TLSv1\.3 +offered +ok\n +TLSv1\.2 +offered +ok\n +TLSv1\.1 +not offered\n/);
    for (const suite of [...TLS12_SUITES, ...TLS13_SUITES]) expect(run.stdout).toContain(suite);
    expect(run.stdout).toContain('└─ CN=localhost');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('prints JSON on stdout when there is no --output', async () => {
    const run = await runCli(['scan', target, '--ca-file', caFile, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expectValidReport(report);
    expect(report.targets[0].protocols['TLSv1.3']).toBe(true);
  });

  it('exits 1 when the policy fails (mozilla-modern allows TLS 1.3 only), and 0 with --fail-on never', async () => {
    const failing = await runCli([
      'scan',
      target,
      '--ca-file',
      caFile,
      '--policy',
      'mozilla-modern',
      '--format',
      'json'
    ]);
    expect(failing.code).toBe(1);
    const report = JSON.parse(failing.stdout) as Report;
    expectValidReport(report);
    expect(report.verdict).toBe('fail');
    expect(
      report.targets[0].findings.some((f) => f.severity === 'error' && f.message.includes('TLSv1.2'))
    ).toBe(true);

    const never = await runCli([
      'scan',
      target,
      '--ca-file',
      caFile,
      '--policy',
      'mozilla-modern',
      '--fail-on',
      'never'
    ]);
    expect(never.code).toBe(0);
    expect(never.stdout).toContain('\nFindings\n');
  });

  it('fails a target that cannot be reached, and reports why', async () => {
    const port = await refusedPort();
    const run = await runCli(['scan', `127.0.0.1:${port}`, '--format', 'json', '--timeout', '2000']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expectValidReport(report);
    expect(report.targets[0]).toMatchObject({ status: 'unreachable', error: { code: 'ECONNREFUSED' } });
  });

  it('reads a targets file from stdin with --targets -, keeping names and lines', async () => {
    const yaml = `# from stdin\ntargets:\n  - host: 127.0.0.1\n    port: ${server.port}\n    name: loopback\n`;
    const run = await runCli(['scan', '--targets', '-', '--ca-file', caFile, '--format', 'json'], {
      stdin: yaml
    });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expectValidReport(report);
    expect(report.targets[0]).toMatchObject({ name: 'loopback', source: { file: '<stdin>', line: 3 } });
  });

  it('reads TARGETs from stdin with "-", and a targets file relative to the working directory', async () => {
    writeFileSync(join(dir, 'targets.yml'), `- host: 127.0.0.1\n  port: ${server.port}\n  name: from-file\n`);
    const run = await runCli(
      ['scan', '-', '--targets', 'targets.yml', '--ca-file', caFile, '--format', 'json'],
      {
        cwd: dir,
        stdin: `${target}\n`
      }
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.targets.map((t) => [t.name, t.source?.file])).toEqual([
      [target, '<stdin>'],
      ['from-file', 'targets.yml']
    ]);
  });

  it('prints one plain line per finished target outside a terminal, with the verdict its policy gives', async () => {
    // mozilla-modern allows TLS 1.3 only; this server also accepts TLS 1.2, so the target fails.
    const failing = await runCli([
      'scan',
      target,
      '--ca-file',
      caFile,
      '--format',
      'json',
      '--policy',
      'mozilla-modern'
    ]);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(
      new RegExp(
        `^\\[1/1\\] ${target.replace(/\./g, '\\.')}: FAIL, \\d+ errors?.* \\(\\d+ handshakes in \\d+ ms\\)\\n$`
      )
    );
    const passing = await runCli(['scan', target, '--ca-file', caFile, '--format', 'json']);
    expect(passing.stderr).toMatch(/^\[1\/1\] \S+: pass, [^\n]*\(\d+ handshakes in \d+ ms\)\n$/);
    expect(passing.stderr).not.toContain('\u001b');
  });

  it('shows on a terminal what each target in flight is doing, then erases it for the finished line', async () => {
    const run = await runCli(['scan', target, '--ca-file', caFile, '--format', 'json'], { tty: true });
    // A row per check as it starts (the first check is the one that makes contact), redrawn in place.
    expect(run.stderr).toMatch(
      new RegExp(`  [|/\\\\-] ${target.replace(/\./g, '\\.')}: \\w[\\w-]* \\(\\d+\\.\\d s\\)\\n`)
    );
    expect(run.stderr).toContain('\u001b[J');
    expect(run.stderr).toMatch(/\[1\/1\] \S+: pass, [^\n]*\(\d+ handshakes in \d+ ms\)\n/);
    // Nothing of the live area is left below the finished line.
    const last = run.stderr.slice(run.stderr.lastIndexOf('[1/1]'));
    expect(last.endsWith('\n') && last.indexOf('\n') === last.length - 1 && !last.includes('\u001b')).toBe(
      true
    );
  });

  it('prints no progress with --quiet', async () => {
    const quiet = await runCli(['scan', target, '--ca-file', caFile, '--format', 'json', '--quiet'], {
      tty: true
    });
    expect(quiet.stderr).toBe('');
  });

  it('applies a per-target policy from the targets file to that target only', async () => {
    const yaml = [
      `- host: 127.0.0.1`,
      `  port: ${server.port}`,
      `  name: strict`,
      `  policy: mozilla-modern`,
      `- host: 127.0.0.1`,
      `  port: ${server.port}`,
      `  name: default`,
      ''
    ].join('\n');
    writeFileSync(join(dir, 'per-target.yml'), yaml);
    const run = await runCli(
      ['scan', '--targets', 'per-target.yml', '--ca-file', caFile, '--format', 'json'],
      { cwd: dir }
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expectValidReport(report);
    expect(report.targets.map((t) => [t.name, t.verdict])).toEqual([
      ['strict', 'fail'],
      ['default', 'pass']
    ]);
  });
  it('simulates client profiles with --clients: current clients connect over TLS 1.3, OpenSSL 3 included', async () => {
    const run = await runCli(['scan', target, '--ca-file', caFile, '--format', 'json', '--clients']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expectValidReport(report);
    const clients = new Map((report.targets[0].clients ?? []).map((c) => [c.profile, c]));
    for (const profile of ['openssl-3', 'chrome-current', 'firefox-current']) {
      expect(clients.get(profile)).toMatchObject({ connects: true, version: 'TLSv1.3' });
    }
  });
  it('checks resumption with --resumption: Node resumes TLS 1.2 sessions by ticket by default', async () => {
    const run = await runCli(['scan', target, '--ca-file', caFile, '--format', 'json', '--resumption']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expectValidReport(report);
    // openssl s_client -sess_out/-sess_in agrees: "Reused, TLSv1.2". This server closes right after the handshake,
    // so whether a TLS 1.3 ticket arrives first is timing: only that TLS 1.3 resumption was tested is asserted.
    expect(report.targets[0].resumption).toMatchObject({ ticket: true, acrossAddresses: null });
    expect(typeof report.targets[0].resumption?.tls13Psk).toBe('boolean');
  });
});
