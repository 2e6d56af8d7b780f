// `tls-gate demo`: every demo server shows the defect it was configured with (and the clean one none), the
// files it names exist, and it ends with the gate's verdict while returning 0.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo } from '../../src/demo/index.js';
import type { Report, TargetReport } from '../../src/model/report.js';

let outDir: string;
let output = '';
let exitCode: number;
let report: Report;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'tls-gate-demo-test-'));
  exitCode = await runDemo({ outDir, write: (text) => (output += text) });
  report = JSON.parse(await readFile(join(outDir, 'tls-gate-report.json'), 'utf8')) as Report;
}, 240_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

function target(prefix: string): TargetReport {
  const found = report.targets.find((t) => t.host.startsWith(`${prefix}.`));
  if (!found) throw new Error(`no demo target ${prefix}`);
  return found;
}

function errorRules(t: TargetReport): string[] {
  return t.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
}

describe('the demo', () => {
  it('returns 0 and ends with the verdict the gate would give', () => {
    expect(exitCode).toBe(0);
    expect(output.trimEnd().split('\n').at(-1)).toMatch(/^Gate verdict: FAIL/);
  });

  it('names the folder it wrote the summary, report and SARIF into', async () => {
    expect(output).toContain(outDir);
    expect((await readFile(join(outDir, 'summary.md'), 'utf8')).length).toBeGreaterThan(0);
    expect(JSON.parse(await readFile(join(outDir, 'tls-gate.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('scans every demo server successfully', () => {
    expect(report.targets).toHaveLength(6);
    for (const t of report.targets) expect([t.name, t.status]).toEqual([t.name, 'ok']);
  });

  it('finds nothing on the clean server', () => {
    expect(target('clean').findings.map((f) => `${f.severity} ${f.rule}`)).toEqual([]);
    expect(target('clean').verdict).toBe('pass');
  });

  it.each([
    ['expired', 'certificate.expired'],
    ['legacy', 'protocol.not-allowed'],
    ['no-intermediate', 'chain.incomplete'],
    ['weak-ciphers', 'cipher.not-allowed'],
    ['wrong-host', 'certificate.hostname-mismatch']
  ])('shows the %s server failing with %s', (prefix, rule) => {
    expect(errorRules(target(prefix))).toContain(rule);
    expect(target(prefix).verdict).toBe('fail');
  });

  it('names the intermediate the no-intermediate server leaves out, found at its AIA URL, as the one cause', () => {
    const t = target('no-intermediate');
    expect(errorRules(t)).toEqual(['chain.incomplete']);
    expect(t.certificate!.chainDiagnosis).toMatchObject({
      cause: 'missing-intermediate',
      subject: 'CN=tls-gate demo intermediate CA',
      aia: { result: 'completes-path' }
    });
  });

  it('really enabled TLS 1.0 on the legacy server and only there', () => {
    expect(report.targets.filter((t) => t.protocols['TLSv1.0']).map((t) => t.host)).toEqual([
      target('legacy').host
    ]);
  });
});

describe('the demo when tls-gate has a bug', () => {
  it('does not pass it off as a demo failure: the error reaches the CLI, which reports it as a bug', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tls-gate-demo-bug-'));
    try {
      const bug = new TypeError("Cannot read properties of undefined (reading 'length')");
      const run = runDemo({ outDir: dir, write: () => undefined, pipeline: async () => Promise.reject(bug) });
      await expect(run).rejects.toBe(bug);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
