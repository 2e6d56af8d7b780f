import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../../src/errors.js';
import { loadTargetsFile, parseTargetsFile } from '../../src/targets/index.js';

const PIN = 'A'.repeat(43) + '=';

function errorOf(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parseTargetsFile: accepted forms', () => {
  it('reads a list of entries with every field, and records the line of each entry', () => {
    const text = [
      '- host: api.example.com',
      '  port: 8443',
      '  address: 127.0.0.1',
      '  addresses: [127.0.0.1, 127.0.0.2]',
      '  sni: internal.example.com',
      '  name: api',
      '  policy: modern',
      '  expect:',
      '    issuer: Example CA',
      `    spkiSha256: [${PIN}]`,
      '- host: 10.0.0.1',
      ''
    ].join('\n');
    expect(parseTargetsFile(text, 'targets.yml')).toEqual([
      {
        name: 'api',
        host: 'api.example.com',
        port: 8443,
        address: '127.0.0.1',
        addresses: ['127.0.0.1', '127.0.0.2'],
        sni: 'internal.example.com',
        policy: 'modern',
        policySource: { file: 'targets.yml', line: 7, column: 11 },
        expect: { issuer: 'Example CA', spkiSha256: [PIN] },
        source: { file: 'targets.yml', line: 1 }
      },
      {
        name: '10.0.0.1:443',
        host: '10.0.0.1',
        port: 443,
        sni: null,
        source: { file: 'targets.yml', line: 11 }
      }
    ]);
  });

  it('reads a mapping with a targets list', () => {
    const targets = parseTargetsFile(
      '# comment\ntargets:\n  - host: a.example\n  - host: b.example\n',
      'f.yml'
    );
    expect(targets.map((t) => [t.name, t.source?.line])).toEqual([
      ['a.example:443', 3],
      ['b.example:443', 4]
    ]);
  });

  it('sends no SNI when sni is false', () => {
    expect(parseTargetsFile('- host: a.example\n  sni: false\n', 'f.yml')[0].sni).toBeNull();
  });

  it('accepts "host:port" strings as entries', () => {
    const [target] = parseTargetsFile('targets:\n  - "[::1]:4433"\n', 'f.yml');
    expect(target).toMatchObject({ host: '::1', port: 4433, source: { file: 'f.yml', line: 2 } });
  });

  it('reads starttls, with the protocol default port when no port is given', () => {
    const [smtp, imap] = parseTargetsFile(
      '- host: mail.example\n  starttls: smtp\n- host: mail.example\n  starttls: imap\n  port: 1143\n',
      'f.yml'
    );
    expect(smtp).toMatchObject({ host: 'mail.example', port: 25, starttls: 'smtp', name: 'mail.example:25' });
    expect(imap).toMatchObject({ port: 1143, starttls: 'imap' });
  });

  it('accepts STARTTLS URLs as string entries', () => {
    const [target] = parseTargetsFile('- submission://mail.example\n', 'f.yml');
    expect(target).toMatchObject({ host: 'mail.example', port: 587, starttls: 'smtp' });
  });

  it('keeps an inline policy mapping for src/policy to validate', () => {
    const [target] = parseTargetsFile('- host: a.example\n  policy:\n    preset: modern\n', 'f.yml');
    expect(target.policy).toEqual({ preset: 'modern' });
  });
});

describe('parseTargetsFile: errors name the file, the line and the entry', () => {
  it.each([
    [
      'an unknown key, with a suggestion',
      '- host: a.example\n  prot: 443\n',
      2,
      3,
      /entry 1 \("a\.example"\): unknown key `prot`; did you mean `port`\?/
    ],
    [
      'an unknown key, listing the allowed ones',
      '- host: a.example\n  colour: red\n',
      2,
      3,
      /unknown key `colour`; expected one of host, port/
    ],
    ['a missing host', '- host: a.example\n- port: 443\n', 2, 3, /entry 2: missing `host`/],
    ['an empty host', '- host: ""\n', 1, 9, /entry 1: the host is empty/],
    ['a host that is not a string', '- host: 42\n', 1, 9, /`host` must be a string, got number 42/],
    ['a host with a port in it', '- host: a.example:443\n', 1, 9, /put the port in `port`/],
    [
      'a port out of range',
      '- host: a.example\n  port: 70000\n',
      2,
      9,
      /`port` must be a whole number from 1 to 65535, got 70000/
    ],
    [
      'a port that is text',
      '- host: a.example\n  port: "443"\n',
      2,
      9,
      /`port` must be a whole number.*got "443"/
    ],
    ['a fractional port', '- host: a.example\n  port: 443.5\n', 2, 9, /got 443\.5/],
    ['sni true', '- host: a.example\n  sni: true\n', 2, 8, /`sni` must be a host name or false/],
    [
      'an address that is not one',
      '- host: a.example\n  address: "not an address"\n',
      2,
      12,
      /`address` must be an IP address/
    ],
    [
      'a bad item in addresses',
      '- host: a.example\n  addresses:\n    - 127.0.0.1\n    - 5\n',
      4,
      7,
      /`addresses` item 2/
    ],
    ['an empty name', '- host: a.example\n  name: "  "\n', 2, 9, /`name` must be a non-empty string/],
    [
      'an unknown starttls protocol',
      '- host: a.example\n  starttls: smtps\n',
      2,
      13,
      /`starttls` must be one of smtp, imap, pop3, ftp, ldap, xmpp, xmpp-server, postgres, mysql, got "smtps"/
    ],
    [
      'a policy of the wrong type',
      '- host: a.example\n  policy: [modern]\n',
      2,
      11,
      /`policy` must be a preset name/
    ],
    [
      'an unknown key in expect',
      '- host: a.example\n  expect:\n    isuer: X\n',
      3,
      5,
      /`expect`: unknown key `isuer`; did you mean `issuer`/
    ],
    [
      'a malformed pin',
      '- host: a.example\n  expect:\n    spkiSha256: [abc]\n',
      3,
      18,
      /"abc" is not a base64 SHA-256 pin/
    ],
    ['an entry that is a number', '- host: a.example\n- 7\n', 2, 3, /entry 2: expected a mapping/],
    [
      'a bad string entry',
      '- host: a.example\n- "a.example:0"\n',
      2,
      3,
      /entry 2: invalid target "a\.example:0"/
    ],
    [
      'two entries with one name',
      '- host: a.example\n- host: A.example\n',
      2,
      3,
      /entry 2 \("a\.example"\): the name "a\.example:443" is already used by entry 1/
    ],
    [
      'an unknown top-level key',
      'targets: []\ntarget: []\n',
      2,
      1,
      /unknown key `target`; did you mean `targets`/
    ],
    ['a top level that is not a list', 'host: a.example\n', 1, 1, /unknown key `host`/],
    ['a scalar document', 'a.example\n', 1, 1, /expected a list of targets, got string "a\.example"/],
    ['an empty list', 'targets: []\n', 1, 10, /the list of targets is empty/],
    ['a YAML syntax error', '- host: a.example\n  port: [443\n', 3, 1, /invalid YAML/]
  ])('rejects %s', (_what, text, line, column, message) => {
    const error = errorOf(() => parseTargetsFile(text, 'targets.yml'));
    expect(error.message).toMatch(message);
    expect({ file: error.file, line: error.line, column: error.column }).toEqual({
      file: 'targets.yml',
      line,
      column
    });
  });
});

describe('loadTargetsFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tls-gate-targets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the file and names it as given in each source', async () => {
    const path = join(dir, 'ok.yml');
    writeFileSync(path, '- host: a.example\n');
    const targets = await loadTargetsFile(path, 'config/ok.yml');
    expect(targets[0].source).toEqual({ file: 'config/ok.yml', line: 1 });
  });

  it('rejects a missing file naming it', async () => {
    await expect(loadTargetsFile(join(dir, 'missing.yml'), 'missing.yml')).rejects.toThrow(
      expect.objectContaining({
        file: 'missing.yml',
        message: expect.stringMatching(/no such file/)
      }) as unknown as Error
    );
  });
});
