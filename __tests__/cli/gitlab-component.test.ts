// The GitLab CI/CD component (templates/tls-gate.yml): its inputs are the ones its job uses, each format it
// offers is one `scan --format` takes and lands in the artifacts report GitLab reads for it, and the command its
// job runs, once GitLab has put the inputs in and the shell has expanded it, is one the CLI accepts.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { readScanSettings } from '../../src/cli/commands/scan.js';
import { REPORT_FORMATS } from '../../src/cli/report-formats.js';

interface ComponentInput {
  default?: string;
  options?: string[];
}
interface ComponentJob {
  variables: Record<string, string>;
  script: string[];
  artifacts: { when: string; reports: Record<string, string> };
}

const [header, body] = loadAll(readFileSync('templates/tls-gate.yml', 'utf8')) as [
  { spec: { inputs: Record<string, ComponentInput> } },
  Record<string, ComponentJob>
];
const inputs = header.spec.inputs;
const job = body['tls-gate']!;

/** GitLab's interpolation: every $[[ inputs.NAME ]] replaced by the given value, else the default. */
function interpolate(text: string, given: Record<string, string>): string {
  return text.replace(/\$\[\[\s*inputs\.([a-z-]+)\s*\]\]/g, (_m, name: string) => {
    expect(inputs).toHaveProperty(name);
    return given[name] ?? inputs[name]!.default ?? '';
  });
}

/** The shell's part, as far as the script uses it: ${VAR:+word}, then words split on blanks, quotes removed. */
function shellWords(text: string, variables: Record<string, string>): string[] {
  const expanded = text.replace(/\$\{(\w+):\+([^}]*)\}/g, (_m, name: string, word: string) =>
    variables[name] ? word.replace(/\$(\w+)/g, (_v, ref: string) => variables[ref] ?? '') : ''
  );
  return [...expanded.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

function jobArgv(given: Record<string, string>): string[] {
  const variables = Object.fromEntries(
    Object.entries(job.variables).map(([name, value]) => [name, interpolate(value, given)])
  );
  const words = shellWords(interpolate(job.script.join('\n'), given), variables);
  expect(words.slice(0, 4)).toEqual(['npx', '--yes', `tls-gate@${given.version ?? 'latest'}`, 'scan']);
  return words.slice(4);
}

describe('the GitLab CI/CD component', () => {
  it('declares exactly the inputs its job uses', () => {
    const used = new Set(
      [...JSON.stringify(body).matchAll(/\$\[\[\s*inputs\.([a-z-]+)\s*\]\]/g)].map((match) => match[1])
    );
    expect([...used].sort()).toEqual(Object.keys(inputs).sort());
  });

  it('offers formats scan takes, each written to the file its artifacts report reads, kept when the job fails', () => {
    const formats = inputs.format!.options!;
    expect(formats.every((format) => (REPORT_FORMATS as readonly string[]).includes(format))).toBe(true);
    const reportKey: Record<string, string> = { junit: 'junit', gitlab: 'codequality' };
    for (const format of formats) {
      const argv = jobArgv({ format, targets: 'example.com' });
      const output = argv[argv.indexOf('--output') + 1];
      expect(job.artifacts.reports[reportKey[format]!]).toBe(output);
    }
    expect(job.artifacts.when).toBe('always');
  });

  it('runs a scan command the CLI accepts, with and without the optional inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tls-gate-component-'));
    try {
      writeFileSync(join(dir, 'targets.yml'), 'targets:\n  - host: 127.0.0.1\n    port: 8443\n');
      const io = { stdout: process.stdout, stderr: process.stderr, cwd: dir, env: {} };
      const plain = await readScanSettings(jobArgv({ targets: 'example.com api.example.com:8443' }), io);
      expect(plain).toMatchObject({ format: 'junit', failOn: 'error', output: 'tls-gate-report.junit' });
      expect(plain!.targets.map((t) => `${t.host}:${t.port}`)).toEqual([
        'example.com:443',
        'api.example.com:8443'
      ]);

      const full = await readScanSettings(
        jobArgv({
          'targets-file': 'targets.yml',
          policy: 'mozilla-modern',
          'fail-on': 'warning',
          format: 'gitlab'
        }),
        io
      );
      expect(full).toMatchObject({ format: 'gitlab', failOn: 'warning', output: 'tls-gate-report.gitlab' });
      expect(full!.targets.map((t) => `${t.host}:${t.port}`)).toEqual(['127.0.0.1:8443']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
