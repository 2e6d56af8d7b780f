// Inputs are read once into ActionSettings; each bad value is a ConfigurationError that names the input,
// the value and what is allowed, placed at the workflow line that sets it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSettings, splitHosts, workflowPathFromRef } from '../../src/action/settings.js';
import { ConfigurationError } from '../../src/errors.js';

const WORKFLOW = `name: TLS
on: pull_request
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      # api.example.com is mentioned here first, in a comment
      - uses: ./
        with:
          hosts: |
            api.example.com
            shop.example.com:8443, [2001:db8::1]:443
          fail-on: eror
`;

let workspace: string;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'tls-gate-settings-'));
  await mkdir(join(workspace, '.github/workflows'), { recursive: true });
  await writeFile(join(workspace, '.github/workflows/tls.yml'), WORKFLOW);
  await writeFile(
    join(workspace, 'targets.yml'),
    'targets:\n  - host: a.example.com\n  - host: b.example.com\n    port: 8443\n'
  );
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

function env(inputs: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_WORKFLOW_REF: 'octo/site/.github/workflows/tls.yml@refs/pull/7/merge'
  };
  for (const [name, value] of Object.entries(inputs)) result[`INPUT_${name.toUpperCase()}`] = value;
  return result;
}

async function configurationError(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

describe('action settings', () => {
  it('takes the workflow path out of GITHUB_WORKFLOW_REF', () => {
    expect(workflowPathFromRef('octo/site/.github/workflows/tls.yml@refs/heads/main')).toBe(
      '.github/workflows/tls.yml'
    );
    expect(workflowPathFromRef(undefined)).toBeNull();
  });

  it('splits hosts on newlines and commas, ignoring blanks and comments', () => {
    expect(splitHosts('a.example\n b.example:8443 , c.example\n\n# note\n')).toEqual([
      'a.example',
      'b.example:8443',
      'c.example'
    ]);
  });

  it('uses the documented defaults', async () => {
    const settings = await readSettings(env({ hosts: 'api.example.com' }));
    expect(settings).toMatchObject({
      failOn: 'error',
      comment: 'on-failure',
      issue: 'off',
      timeoutMs: 10_000,
      concurrency: 16,
      policy: undefined,
      caFile: undefined,
      sarifFile: null,
      reportFile: join(workspace, 'tls-gate-report.json'),
      workflowFile: '.github/workflows/tls.yml'
    });
  });

  it('names the allowed values of fail-on and points at its line', async () => {
    const error = await configurationError(
      readSettings(env({ hosts: 'api.example.com', 'fail-on': 'eror' }))
    );
    expect(error.message).toContain('"eror"');
    expect(error.message).toContain('error, warning, never');
    expect(error.file).toBe('.github/workflows/tls.yml');
    expect(error.line).toBe(14);
  });

  it.each([
    ['comment', 'sometimes', 'off, always, on-failure'],
    ['issue', 'always', 'off, on-failure'],
    ['addresses', 'every', 'all, first, ipv4, ipv6'],
    ['timeout', 'ten', 'seconds'],
    ['timeout', '0', 'seconds'],
    ['concurrency', '0', 'whole number'],
    ['concurrency', '2.5', 'whole number'],
    ['per-target-concurrency', '65', 'whole number of handshakes from 1 to 64'],
    ['per-address-concurrency', '0', 'whole number of connections from 1 to 1024']
  ])('rejects %s: %s with a message saying what is allowed', async (name, value, expected) => {
    const error = await configurationError(readSettings(env({ hosts: 'api.example.com', [name]: value })));
    expect(error.message).toContain(`input ${name}`);
    expect(error.message).toContain(expected);
  });

  it('reads timeout in seconds and concurrency as a count', async () => {
    const settings = await readSettings(env({ hosts: 'api.example.com', timeout: '2.5', concurrency: '8' }));
    expect(settings.timeoutMs).toBe(2500);
    expect(settings.concurrency).toBe(8);
  });

  it('reads the per-target and per-address connection limits', async () => {
    const settings = await readSettings(
      env({ hosts: 'api.example.com', 'per-target-concurrency': '3', 'per-address-concurrency': '5' })
    );
    expect(settings).toMatchObject({ perTargetConcurrency: 3, perAddressConcurrency: 5 });
  });

  it.each([
    ['500ms', 500],
    ['10s', 10_000],
    ['2m', 120_000]
  ])('reads a timeout with a unit: %s', async (timeout, ms) => {
    expect((await readSettings(env({ hosts: 'api.example.com', timeout }))).timeoutMs).toBe(ms);
  });

  it('reads deadline, warn-days and fail-days', async () => {
    const settings = await readSettings(
      env({ hosts: 'api.example.com', deadline: '2m', 'warn-days': '30', 'fail-days': '7' })
    );
    expect(settings.targetDeadlineMs).toBe(120_000);
    expect(settings.expiryDays).toEqual({ warnDays: 30, failDays: 7 });
  });

  it.each([
    ['warn-days', { 'warn-days': 'soon' }, 'whole number of days'],
    ['fail-days', { 'warn-days': '7', 'fail-days': '30' }, 'is more than input warn-days (7)']
  ])('refuses a bad %s, saying what is expected', async (name, inputs, expected) => {
    const error = await configurationError(readSettings(env({ hosts: 'api.example.com', ...inputs })));
    expect(error.message).toContain(`input ${name}`);
    expect(error.message).toContain(expected);
  });

  it('anchors each host at the workflow line that names it, after the hosts key', async () => {
    const settings = await readSettings(
      env({ hosts: 'api.example.com\nshop.example.com:8443, [2001:db8::1]:443' })
    );
    expect(settings.targets.map((t) => [t.host, t.port, t.source?.line])).toEqual([
      ['api.example.com', 443, 12],
      ['shop.example.com', 8443, 13],
      ['2001:db8::1', 443, 13]
    ]);
    expect(settings.targets[0].source?.file).toBe('.github/workflows/tls.yml');
  });

  it('leaves hosts unanchored when the workflow file is not in the workspace', async () => {
    const settings = await readSettings({
      ...env({ hosts: 'api.example.com' }),
      GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/gone.yml@x'
    });
    expect(settings.targets[0].source).toBeUndefined();
  });

  it('reports a malformed host as the hosts input, at its line', async () => {
    const error = await configurationError(readSettings(env({ hosts: 'shop.example.com:99999' })));
    expect(error.message).toContain('input hosts');
    expect(error.message).toContain('99999');
  });

  it('adds targets-file entries at their own lines, with the path as the user gave it', async () => {
    const settings = await readSettings(env({ 'targets-file': 'targets.yml', hosts: 'api.example.com' }));
    expect(settings.targets.map((t) => t.host)).toEqual([
      'api.example.com',
      'a.example.com',
      'b.example.com'
    ]);
    expect(settings.targets[2].source).toMatchObject({ file: 'targets.yml', line: 3 });
  });

  it('refuses a run with no targets', async () => {
    const error = await configurationError(readSettings(env({})));
    expect(error.message).toContain('no targets');
  });

  it('refuses a targets-file or ca-file that does not exist, naming it', async () => {
    const missingTargets = await configurationError(readSettings(env({ 'targets-file': 'nope.yml' })));
    expect(missingTargets.message).toContain('nope.yml');
    const missingCa = await configurationError(
      readSettings(env({ hosts: 'a.example', 'ca-file': 'ca.pem' }))
    );
    expect(missingCa.message).toContain('ca.pem');
  });

  it('resolves report and SARIF paths against the workspace', async () => {
    const settings = await readSettings(
      env({ hosts: 'a.example', 'report-file': 'out/r.json', 'sarif-file': 'x.sarif' })
    );
    expect(settings.reportFile).toBe(join(workspace, 'out/r.json'));
    expect(settings.sarifFile).toBe(join(workspace, 'x.sarif'));
  });

  it('reads addresses, and the documented name=host:port@address in hosts', async () => {
    const settings = await readSettings(
      env({ hosts: 'api=api.example.com:8443@192.0.2.7', addresses: 'IPv6' })
    );
    expect(settings.addresses).toBe('ipv6');
    expect(settings.targets).toMatchObject([
      { name: 'api', host: 'api.example.com', port: 8443, address: '192.0.2.7', sni: 'api.example.com' }
    ]);
  });
});
