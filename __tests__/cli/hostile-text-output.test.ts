// Text a targets file, a policy file or a command line carries reaches a terminal through the CLI's progress
// lines, error lines, JSON and policy output. Each test feeds escape sequences, direction overrides and
// workflow-command starts through the real command and checks that none reaches the stream raw.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refusedPort } from '../helpers/servers.js';
import { runCli } from './cli-io.js';

/** An OSC 8 hyperlink, a screen clear, a C1 CSI (U+009B), a bidi override, a CR overwrite and a command start. */
const HOSTILE =
  '\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007\u001b[2J\u009b31m\u202eevil\u061c\r::error::pwned';

/** Characters that must never reach a terminal raw from hostile text. */
const RAW = ['\u001b', '\u0007', '\u009b', '\u202e', '\u061c', '\r'];

function expectInertTerminalText(text: string): void {
  for (const raw of RAW) expect(text).not.toContain(raw);
  for (const line of text.split('\n')) expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
}

/** YAML double-quoted form of a string: every non-ASCII or control character as a \uXXXX escape. */
function yamlQuoted(text: string): string {
  return `"${[...text].map((ch) => (/[\x20-\x7e]/.test(ch) && ch !== '"' && ch !== '\\' ? ch : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('')}"`;
}

let dir: string;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tls-gate-hostile-cli-'));
  port = await refusedPort();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function targetsFile(name: string): string {
  const file = join(dir, `targets-${Math.random().toString(36).slice(2)}.yml`);
  writeFileSync(file, `- host: 127.0.0.1\n  port: ${port}\n  name: ${yamlQuoted(name)}\n`);
  return file;
}

describe('tls-gate scan with a hostile target name from a targets file', () => {
  it('shows the name in the progress line on a terminal with its controls as escapes', async () => {
    const run = await runCli(['scan', '--targets', targetsFile(HOSTILE), '--timeout', '2000'], { tty: true });
    expect(run.stderr).toContain('[1/1] ');
    expect(run.stderr).toContain('\\u001b]8;;https://evil.example/\\u0007click');
    // The live progress area moves the cursor with its own two sequences (up N lines, clear below); nothing else
    // raw may reach the terminal, and the name cannot produce those: its escape character is shown as text.
    const esc = String.fromCharCode(27);
    expectInertTerminalText(
      run.stderr
        .split(esc)
        .map((part, i) => (i === 0 ? part : part.replace(/^\[(\d+F|J)/, '')))
        .join('')
    );
  });

  it('keeps the text report on stdout free of escapes, overrides and command starts', async () => {
    const run = await runCli(['scan', '--targets', targetsFile(HOSTILE), '--timeout', '2000'], {
      tty: true,
      env: { NO_COLOR: '1' }
    });
    expect(run.stdout).toContain('\\u202eevil\\u061c\\r::error::pwned');
    expectInertTerminalText(run.stdout);
  });

  it('starts no line of the text report with a workflow command when the name is one', async () => {
    const run = await runCli(['scan', '--targets', targetsFile('::error::pwned'), '--timeout', '2000']);
    expect(run.stdout).toContain('\\u003a:error::pwned');
    expectInertTerminalText(run.stdout);
  });

  it('writes the JSON report with C1 controls and direction marks as \\u escapes, the same value when parsed', async () => {
    const run = await runCli([
      'scan',
      '--targets',
      targetsFile(HOSTILE),
      '--timeout',
      '2000',
      '--format',
      'json'
    ]);
    expectInertTerminalText(run.stdout);
    expect(run.stdout).toContain('\\u009b31m\\u202eevil');
    const report = JSON.parse(run.stdout) as { targets: { name: string }[] };
    expect(report.targets[0]!.name).toBe(HOSTILE);
  });
});

describe('tls-gate error lines quoting hostile input', () => {
  it('shows an unknown key of a targets file with its controls as escapes, on one line', async () => {
    const file = join(dir, 'bad-key.yml');
    writeFileSync(file, `- host: 127.0.0.1\n  ${yamlQuoted(HOSTILE)}: 1\n`);
    const run = await runCli(['scan', '--targets', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown key');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expectInertTerminalText(run.stderr);
  });

  it('shows an unknown command with its controls as escapes', async () => {
    const run = await runCli([HOSTILE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command');
    expectInertTerminalText(run.stderr);
  });

  it('shows an invalid target argument with its controls as escapes', async () => {
    const run = await runCli(['scan', `a\u202eb\u009b31m.example`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid target');
    expectInertTerminalText(run.stderr);
  });
});

describe('tls-gate policy with a hostile policy file', () => {
  it('prints `policy show` of a policy named with escapes and overrides without them raw', async () => {
    const file = join(dir, 'policy.yml');
    writeFileSync(file, `name: ${yamlQuoted(HOSTILE)}\nextends: mozilla-intermediate\n`);
    const run = await runCli(['policy', 'show', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\\u202eevil');
    expectInertTerminalText(run.stdout);
  });

  it('prints a multi-line waiver reason in `policy show` with no line starting a workflow command', async () => {
    const file = join(dir, 'waiver-policy.yml');
    writeFileSync(
      file,
      'extends: mozilla-intermediate\nwaivers:\n  - rule: chain.order\n    reason: "line one\\n::error::pwned"\n' +
        '    until: 2099-01-01\n'
    );
    const run = await runCli(['policy', 'show', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\\u003a:error::pwned');
    expectInertTerminalText(run.stdout);
  });

  it('reports a policy error quoting a hostile key without escapes raw', async () => {
    const file = join(dir, 'bad-policy.yml');
    writeFileSync(file, `${yamlQuoted(HOSTILE)}: 1\n`);
    const run = await runCli(['policy', 'check', file]);
    expect(run.code).toBe(2);
    expectInertTerminalText(run.stderr);
  });
});
