// Usage and configuration errors: exit 2, one line on stderr saying what was expected, nothing on stdout, and no
// traffic (every case fails before a scan would start).
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOOL_VERSION } from '../../src/version.js';
import { runCli } from './cli-io.js';

const dir = mkdtempSync(join(tmpdir(), 'tls-gate-usage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'bad-targets.yml'), '- host: a.example\n  prot: 443\n');
writeFileSync(join(dir, 'not-pem.pem'), 'hello\n');
writeFileSync(
  join(dir, 'bad-inline-policy.yml'),
  '- host: a.example\n  policy:\n    protocols:\n      allowed: [TLSv1.2]\n      alowed: [TLSv1.3]\n'
);
writeFileSync(
  join(dir, 'bad-policy-targets.yml'),
  '- host: a.example\n- host: b.example\n  policy: mozilla-moden\n'
);

describe('tls-gate usage errors exit 2 and say what was expected', () => {
  it.each([
    ['an unknown option', ['scan', 'a.example', '--colour'], /unknown option --colour/],
    [
      'a misspelt option, with a suggestion',
      ['scan', 'a.example', '--timout', '5s'],
      /^tls-gate: unknown option --timout; did you mean "--timeout"\? \(see tls-gate scan --help\)/
    ],
    [
      'a misspelt diagnose option, with a suggestion',
      ['diagnose', 'a.example', '--jsn'],
      /unknown option --jsn; did you mean "--json"\?/
    ],
    [
      'a misspelt command, with a suggestion',
      ['scna', 'a.example'],
      /unknown command "scna"; expected scan, policy, diagnose, merge or demo; did you mean "scan"\?/
    ],
    [
      'a misspelt client id, with a suggestion',
      ['diagnose', 'a.example', '--client', 'chrome-curent'],
      /unknown profile "chrome-curent"; did you mean "chrome-current"\?/
    ],
    [
      'a report format asked of diagnose',
      ['diagnose', 'a.example', '--format', 'sarif'],
      /--format must be text or json for diagnose; sarif is a report format of tls-gate scan; got "sarif"/
    ],
    [
      'a bad --format',
      ['scan', 'a.example', '--format', 'xml'],
      /--format must be one of text, json, markdown, sarif, junit, gitlab; got "xml"/
    ],
    [
      'a bad --fail-on',
      ['scan', 'a.example', '--fail-on', 'sometimes'],
      /--fail-on must be one of error, warning, never/
    ],
    [
      'a --timeout that is no duration',
      ['scan', 'a.example', '--timeout', 'five'],
      /--timeout must be a duration such as 500ms, 10s or 2m \(a bare number is milliseconds\), from 1ms to 10m; got "five"/
    ],
    [
      'a zero --concurrency',
      ['scan', 'a.example', '--concurrency', '0'],
      /--concurrency must be a whole number from 1/
    ],
    [
      'a bad --per-target-concurrency',
      ['scan', 'a.example', '--per-target-concurrency', '999'],
      /--per-target-concurrency must be a whole number from 1 to 64/
    ],
    ['a bad --now', ['scan', 'a.example', '--now', 'tomorrow'], /--now must be an ISO 8601 date/],
    ['a missing option value', ['scan', 'a.example', '--output'], /--output needs a value/],
    ['no targets', ['scan'], /no targets: name at least one TARGET or --targets FILE/],
    [
      'a malformed TARGET',
      ['scan', 'a.example:99999'],
      /invalid target "a\.example:99999": port "99999" is not a number from 1 to 65535/
    ],
    ['an http URL', ['scan', 'http://a.example/'], /http:\/\/ does not name a TLS or STARTTLS endpoint/],
    [
      'an unknown --starttls protocol',
      ['scan', 'a.example', '--starttls', 'smtps'],
      /--starttls must be one of smtp, imap, pop3, ftp, ldap, xmpp, xmpp-server, postgres, mysql; got "smtps"/
    ],
    [
      'a missing targets file',
      ['scan', '--targets', 'nowhere.yml'],
      /^tls-gate: nowhere\.yml: cannot read targets file: no such file/
    ],
    [
      'a bad targets file entry',
      ['scan', '--targets', 'bad-targets.yml'],
      /^tls-gate: bad-targets\.yml:2:3: entry 1 \("a\.example"\): unknown key `prot`; did you mean `port`\?/
    ],
    ['a missing CA file', ['scan', 'a.example', '--ca-file', 'missing-ca.pem'], /missing-ca\.pem/],
    ['a CA file that is not PEM', ['scan', 'a.example', '--ca-file', 'not-pem.pem'], /not-pem\.pem/],
    ['an unknown policy preset', ['scan', 'a.example', '--policy', 'mozilla-moden'], /mozilla-moden/],
    [
      'an unknown key in an inline per-target policy, at its line and column',
      ['scan', '--targets', 'bad-inline-policy.yml'],
      /^tls-gate: bad-inline-policy\.yml:5:7: .*alowed/
    ],
    [
      'an unknown per-target policy',
      ['scan', '--targets', 'bad-policy-targets.yml'],
      /^tls-gate: bad-policy-targets\.yml:3:11: .*mozilla-moden/
    ],
    [
      'the same target twice',
      ['scan', 'a.example', 'A.example:443'],
      /the target "a\.example:443" is named twice/
    ],
    ['stdin read twice', ['scan', '-', '--targets', '-'], /stdin \("-"\) can be read only once/],
    ['an unknown command', ['sacn', 'a.example'], /unknown command "sacn"; expected scan, policy, diagnose/]
  ])('%s', async (_what, argv, message) => {
    const run = await runCli(argv, { cwd: dir });
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.code).toBe(2);
  });

  it('prints the usage on stderr and exits 2 without a command', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^usage: tls-gate <command>/);
  });
});

describe('tls-gate help and version exit 0 on stdout', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the commands', async (flag) => {
    const run = await runCli([flag]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: tls-gate <command>[\s\S]*scan TARGET/);
  });

  it('scan --help lists every option and the exit codes', async () => {
    const run = await runCli(['scan', '--help']);
    expect(run.code).toBe(0);
    for (const option of [
      '--targets',
      '--format',
      '--output',
      '--timeout',
      '--concurrency',
      '--policy',
      '--fail-on',
      '--ca-file'
    ]) {
      expect(run.stdout).toContain(option);
    }
    expect(run.stdout).toContain('exit status: 0 pass, 1 fail');
  });

  it.each([['--version'], ['-V']])('%s prints the version', async (flag) => {
    const run = await runCli([flag]);
    expect(run).toEqual({ code: 0, stdout: `tls-gate ${TOOL_VERSION}\n`, stderr: '' });
  });
});
