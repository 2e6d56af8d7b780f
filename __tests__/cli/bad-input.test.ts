// Bad input gets a clear error and loses nothing: every bad flag value, file or target of the CLI exits 2 with
// one line on stderr that names the input (and the file and line where there is one) and what was expected:
// never Node's own parser text, a RangeError or a stack. Every case fails before a scan would start.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INPUT_FILE_LIMITS } from '../../src/input-files.js';
import { runCli } from './cli-io.js';

const dir = mkdtempSync(join(tmpdir(), 'tls-gate-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fifo = join(dir, 'fifo');
execFileSync('mkfifo', [fifo]);
const huge = join(dir, 'huge.yml');
writeFileSync(huge, '');
// Sparse: the size is there, the bytes are not.
truncateSync(huge, INPUT_FILE_LIMITS['targets file'] + 1);

/** Exit 2, nothing on stdout, one line on stderr matching `message`, and no trace of a raw Node error. */
async function expectUsageError(argv: string[], message: RegExp, stdin?: string): Promise<string> {
  const run = await runCli(argv, { cwd: dir, stdin });
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\\n|RangeError|ERR_|Error:|\n\s+at /);
  expect(run.stderr).toMatch(message);
  return run.stderr;
}

describe('numeric and duration flags', () => {
  const flagCases = (flag: string, range: string, above: string) =>
    [
      [
        'negative, as two arguments',
        [flag, '-1'],
        `option ${flag} needs a value, and "-1" reads as an option; a value that starts with "-" is written ${flag}=-1`
      ],
      ['negative, with =', [`${flag}=-1`], `${range}; got "-1"`],
      ['zero', [flag, '0'], `${range}; got "0"`],
      ['NaN', [flag, 'NaN'], `${range}; got "NaN"`],
      ['above the maximum', [flag, above], `${range}; got "${above}"`],
      ['huge', [flag, '1e400'], `${range}; got "1e400"`],
      ['beyond a safe integer', [flag, '99999999999999999999'], `${range}; got "99999999999999999999"`],
      ['missing its value', [flag], `option ${flag} needs a value`],
      [
        'given twice',
        [flag, '5', flag, '6'],
        `option ${flag} is given more than once ("5", "6"); give it once`
      ]
    ] as const;

  describe.each([
    ['scan', '--concurrency', 1024],
    ['scan', '--per-target-concurrency', 64],
    ['scan', '--per-address-concurrency', 1024]
  ] as const)('%s %s', (command, flag, max) => {
    const range = `${flag} must be a whole number from 1 to ${max}`;
    it.each([
      ...flagCases(flag, range, String(max + 1)),
      ['a fraction', [flag, '1.5'], `${range}; got "1.5"`],
      ['with a unit', [flag, '10s'], `${range}; got "10s"`]
    ])('%s', async (_case, args, message) => {
      const stderr = await expectUsageError([command, '127.0.0.1:9', ...args], /./);
      expect(stderr).toContain(`tls-gate: ${message}`);
    });
  });

  describe.each([
    ['scan', '--timeout', '10m', '601s'],
    ['scan', '--deadline', '60m', '61m'],
    ['diagnose', '--timeout', '10m', '601s']
  ] as const)('%s %s (a duration)', (command, flag, max, above) => {
    const range = `${flag} must be a duration such as 500ms, 10s or 2m (a bare number is milliseconds), from 1ms to ${max}`;
    it.each([
      ...flagCases(flag, range, above),
      ['an unknown unit', [flag, '10d'], `${range}; got "10d"`],
      ['a unit alone', [flag, 's'], `${range}; got "s"`]
    ])('%s', async (_case, args, message) => {
      const stderr = await expectUsageError([command, '127.0.0.1:9', ...args], /./);
      expect(stderr).toContain(`tls-gate: ${message}`);
    });
  });

  it('refuses any value flag given twice, not only numbers', async () => {
    await expectUsageError(
      ['scan', '127.0.0.1:9', '--format', 'json', '--format', 'text'],
      /^tls-gate: option --format is given more than once \("json", "text"\); give it once/
    );
    await expectUsageError(
      ['scan', '127.0.0.1:9', '--policy', 'mozilla-old', '--policy=mozilla-modern'],
      /option --policy is given more than once/
    );
  });

  it('keeps --targets repeatable', async () => {
    writeFileSync(join(dir, 'one.yml'), '- host: a.example\n');
    await expectUsageError(
      ['scan', '--targets', 'one.yml', '--targets', 'missing.yml'],
      /^tls-gate: missing\.yml: cannot read targets file: no such file/
    );
  });

  it('says "takes no value" for a boolean given one', async () => {
    await expectUsageError(
      ['scan', '127.0.0.1:9', '--quiet=yes'],
      /^tls-gate: option --quiet takes no value/
    );
  });

  it('demo --out needs a folder, once', async () => {
    await expectUsageError(['demo', '--out'], /^tls-gate: demo: --out needs a folder$/m);
    await expectUsageError(['demo', '--out', '--help'], /^tls-gate: demo: --out needs a folder$/m);
    await expectUsageError(['demo', '--out='], /^tls-gate: demo: --out needs a folder$/m);
    await expectUsageError(
      ['demo', '--out', 'a', '--out', 'b'],
      /^tls-gate: demo: --out is given more than once/
    );
  });
});

describe('files that are not regular files, or too large', () => {
  it.each([
    ['/dev/zero', /is a character device, not a regular file/],
    [fifo, /is a FIFO \(named pipe\), not a regular file/],
    [dir, /is a directory, not a regular file/],
    [huge, /is larger than 4 MiB, the most a targets file may hold/]
  ])('--targets %s', async (file, reason) => {
    const stderr = await expectUsageError(['scan', '--targets', file], reason);
    expect(stderr).toContain(`tls-gate: ${file}: cannot read targets file: `);
  });

  it.each([
    ['/dev/zero', /is a character device, not a regular file/],
    [fifo, /is a FIFO \(named pipe\), not a regular file/],
    [dir, /is a directory, not a regular file/],
    [huge, /is larger than 4 MiB, the most a policy file may hold/]
  ])('--policy %s', async (file, reason) => {
    const stderr = await expectUsageError(['scan', '127.0.0.1:9', '--policy', file], reason);
    expect(stderr).toContain(`tls-gate: policy file "${file}" `);
  });

  it.each([
    ['/dev/zero', /is a character device, not a regular file/],
    [fifo, /is a FIFO \(named pipe\), not a regular file/],
    [dir, /is a directory, not a regular file/]
  ])('--ca-file %s', async (file, reason) => {
    const stderr = await expectUsageError(['scan', '127.0.0.1:9', '--ca-file', file], reason);
    expect(stderr).toContain(`CA file ${file} `);
  });

  it('a policy that extends /dev/zero names the policy file and line of the `extends`', async () => {
    writeFileSync(join(dir, 'extends-zero.yml'), 'name: x\nextends: /dev/zero\n');
    await expectUsageError(
      ['policy', 'check', 'extends-zero.yml'],
      /^tls-gate: \S*extends-zero\.yml:2:10: policy file "\/dev\/zero" is a character device, not a regular file/
    );
  });

  it('stdin ("-") has the limit of a targets file', async () => {
    const stdin = 'a.example\n'.repeat(INPUT_FILE_LIMITS['targets file'] / 10 + 1);
    await expectUsageError(
      ['scan', '-'],
      /^tls-gate: <stdin>: cannot read targets file: is larger than 4 MiB, the most a targets file may hold$/m,
      stdin
    );
  });
});

describe('targets that would become options of a reproduce command', () => {
  it.each([
    [
      '-oProxyCommand=x',
      /invalid target "-oProxyCommand=x": "-oProxyCommand=x" is not a host name or IP address/
    ],
    ['-x.example:443', /invalid target "-x\.example:443": .*a label starts or ends with "-"/],
    ['a.-b.example', /a label starts or ends with "-"/],
    ['a-.example', /a label starts or ends with "-"/]
  ])('refuses %j, saying what a host may be', async (target, message) => {
    const stderr = await expectUsageError(['scan', '--', target], message);
    expect(stderr).toContain('a host is a DNS name (dot-separated labels of letters, digits, "-" and "_"');
  });

  it('names a dash-first argument before "--" whole, as a target that cannot start with "-"', async () => {
    await expectUsageError(
      ['scan', '-evil.example'],
      /^tls-gate: unknown option "-evil\.example"; a target cannot start with "-" \(see tls-gate scan --help\)/
    );
  });

  it('refuses such a host in a targets file with its file and line', async () => {
    writeFileSync(join(dir, 'dash.yml'), '- host: a.example\n- host: -oProxyCommand=x\n');
    await expectUsageError(
      ['scan', '--targets', 'dash.yml'],
      /^tls-gate: dash\.yml:2:9: entry 2 .*is not a host name or IP address/
    );
  });
});

describe('errors name what was expected, not the bytes found', () => {
  it('describes a file that is one long text by its size', async () => {
    const line = 'root:x:0:0:SECRET-VALUE:/root:/bin/bash';
    writeFileSync(join(dir, 'passwd.yml'), `${line}\n${line}\n`);
    const stderr = await expectUsageError(
      ['scan', '--targets', 'passwd.yml'],
      /^tls-gate: passwd\.yml:1:1: expected a list of targets, got a text of 79 characters$/m
    );
    expect(stderr).not.toContain('SECRET');
  });

  it('describes a long unknown key by its size', async () => {
    writeFileSync(join(dir, 'long-key.yml'), `${'k'.repeat(200)}: 1\n`);
    await expectUsageError(
      ['scan', '--targets', 'long-key.yml'],
      /^tls-gate: long-key\.yml:1:1: the top level: unknown key \(a text of 200 characters\); expected one of targets$/m
    );
  });

  it('describes a long value by its size', async () => {
    writeFileSync(join(dir, 'long-sni.yml'), `- host: a.example\n  sni: ${'s'.repeat(100)}!\n`);
    const stderr = await expectUsageError(
      ['scan', '--targets', 'long-sni.yml'],
      /^tls-gate: long-sni\.yml:2:8: entry 1 \("a\.example"\): `sni` must be a host name or false \(send no SNI\), got a text of 101 characters$/m
    );
    expect(stderr).not.toContain('s'.repeat(65));
  });
});

describe('addresses, pinning and SNI flags', () => {
  it.each([
    [
      ['scan', 'pool.example', '--addresses', 'every'],
      /^tls-gate: --addresses must be one of all, first, ipv4, ipv6; got "every"/
    ],
    [
      ['diagnose', 'pool.example', '--addresses', 'v6'],
      /^tls-gate: --addresses must be one of all, first, ipv4, ipv6; got "v6"/
    ],
    [
      ['scan', 'pool.example', '--resolve', 'pool.example:443'],
      /^tls-gate: --resolve "pool\.example:443": it has fewer than three parts; expected HOST:PORT:ADDR\[,ADDR\.\.\.\]/
    ],
    [
      ['scan', 'pool.example', '--resolve', 'pool.example:443:backend'],
      /--resolve "pool\.example:443:backend": "backend" is not an IPv4 or IPv6 address; expected HOST:PORT:ADDR/
    ],
    [
      ['scan', 'pool.example', '--resolve', 'pool.example:8443:127.0.0.2'],
      /no target is pool\.example port 8443; name the host and port of a target/
    ],
    [
      ['diagnose', 'pool.example', '--resolve', 'other.example:443:127.0.0.2'],
      /no target is other\.example port 443/
    ],
    [['scan', 'pool.example', '--sni', '192.0.2.1'], /--sni "192\.0\.2\.1": expected a host name/],
    [
      ['scan', 'pool.example', '--sni', 'a.example', '--no-sni'],
      /give either --sni NAME or --no-sni, not both/
    ],
    [
      ['scan', 'pool.example:443@backend'],
      /after "@" comes the address to connect to, an IPv4 or IPv6 address/
    ]
  ])('%j exits 2 saying what was expected', async (argv, message) => {
    await expectUsageError(argv, message);
  });
});
