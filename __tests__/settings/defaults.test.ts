// The one table of defaults of a run: its values, and the CLI, the action (code and action.yml) and the docs all
// reading the same ones. The only documented difference is a unit: the action's timeout input is in seconds.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { load } from 'js-yaml';
import { readSettings } from '../../src/action/settings.js';
import { readScanSettings, SCAN_USAGE } from '../../src/cli/commands/scan.js';
import type { CliIo } from '../../src/cli/io.js';
import { ACTIVE_VULNERABILITY_CHECKS, DERIVED_VULNERABILITY_CHECKS } from '../../src/model/report.js';
import {
  ACTION_INPUT_DEFAULTS,
  formatDuration,
  RUN_DEFAULTS,
  runSettings
} from '../../src/settings/index.js';
import { parseTargetArgument } from '../../src/targets/index.js';

const RUN_FIELDS = Object.keys(RUN_DEFAULTS) as (keyof typeof RUN_DEFAULTS)[];

let workspace: string;
beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'tls-gate-defaults-'));
});
afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

function actionYmlDefaults(): Record<string, string> {
  const action = load(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? '']));
}

/** The environment the runner gives the action: every action.yml default as an input, plus the hosts. */
function runnerEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = { GITHUB_WORKSPACE: workspace };
  for (const [name, value] of Object.entries({ ...actionYmlDefaults(), ...inputs })) {
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  return env;
}

function cliIo(): CliIo {
  return { stdout: new PassThrough(), stderr: new PassThrough(), cwd: workspace, env: {} };
}

function pick(settings: object): Record<string, unknown> {
  return Object.fromEntries(RUN_FIELDS.map((key) => [key, (settings as Record<string, unknown>)[key]]));
}

describe('the table of defaults', () => {
  it('holds one value for every setting a user may leave out', () => {
    expect(RUN_DEFAULTS).toEqual({
      policy: undefined,
      caFile: undefined,
      failOn: 'error',
      timeoutMs: 10_000,
      concurrency: 16,
      perTargetConcurrency: 6,
      perAddressConcurrency: 32,
      targetDeadlineMs: 60_000,
      now: undefined,
      clients: false,
      resumption: false,
      addresses: 'all',
      aia: true,
      checks: [...ACTIVE_VULNERABILITY_CHECKS, ...DERIVED_VULNERABILITY_CHECKS]
    });
  });

  it('gives action.yml its defaults, durations with their unit', () => {
    expect(ACTION_INPUT_DEFAULTS).toMatchObject({
      'fail-on': 'error',
      timeout: '10s',
      deadline: '1m',
      concurrency: '16',
      aia: 'true',
      addresses: 'all'
    });
  });

  it('gives the action its own defaults: comment on failure, no issue, the JSON report only', () => {
    expect(ACTION_INPUT_DEFAULTS).toMatchObject({
      comment: 'on-failure',
      issue: 'off',
      'report-file': 'tls-gate-report.json',
      'sarif-file': ''
    });
  });
});

describe('runSettings', () => {
  const targets = [parseTargetArgument('127.0.0.1:8443')];

  it('fills every field left out from the table', () => {
    expect(runSettings({ targets, policyBaseDir: workspace })).toEqual({
      ...RUN_DEFAULTS,
      targets,
      policyBaseDir: workspace
    });
  });

  it('keeps what is given, and treats a value given as undefined as left out', () => {
    const settings = runSettings({
      targets,
      policyBaseDir: workspace,
      timeoutMs: 250,
      concurrency: undefined
    });
    expect(settings.timeoutMs).toBe(250);
    expect(settings.concurrency).toBe(RUN_DEFAULTS.concurrency);
  });
});

describe('the CLI and the action read the same table', () => {
  it('action.yml declares exactly the table defaults (the runner passes them as inputs)', () => {
    expect(actionYmlDefaults()).toEqual(ACTION_INPUT_DEFAULTS);
  });

  it('the action, given only hosts, runs with the table defaults', async () => {
    const settings = await readSettings(runnerEnv({ hosts: '127.0.0.1:8443' }));
    expect(pick(settings)).toEqual(RUN_DEFAULTS);
  });

  it('the action without action.yml defaults (inputs empty) runs with the same', async () => {
    const settings = await readSettings({ GITHUB_WORKSPACE: workspace, INPUT_HOSTS: '127.0.0.1:8443' });
    expect(pick(settings)).toEqual(RUN_DEFAULTS);
  });

  it('the CLI, given only a target, runs with the table defaults', async () => {
    const settings = await readScanSettings(['127.0.0.1:8443'], cliIo());
    expect(pick(settings!)).toEqual(RUN_DEFAULTS);
  });

  it('the CLI and the action reach the same run settings from the same choices', async () => {
    const action = await readSettings(
      runnerEnv({ hosts: '127.0.0.1:8443', 'fail-on': 'warning', timeout: '2.5', concurrency: '3' })
    );
    const cli = await readScanSettings(
      ['127.0.0.1:8443', '--fail-on', 'warning', '--timeout', '2500', '--concurrency', '3'],
      cliIo()
    );
    expect(pick(cli!)).toEqual(pick(action));
    expect(cli!.targets).toEqual(action.targets);
  });

  it('the CLI (--no-aia) and the action (aia: false) both turn AIA fetching off', async () => {
    const action = await readSettings(runnerEnv({ hosts: '127.0.0.1:8443', aia: 'false' }));
    const cli = await readScanSettings(['127.0.0.1:8443', '--no-aia'], cliIo());
    expect(action.aia).toBe(false);
    expect(cli!.aia).toBe(false);
    expect(pick(cli!)).toEqual(pick(action));
  });

  it('the action refuses an aia value that is not true or false, naming the input', async () => {
    await expect(readSettings(runnerEnv({ hosts: '127.0.0.1:8443', aia: 'maybe' }))).rejects.toThrow(/aia/);
  });

  it('the CLI help shows the table defaults', () => {
    expect(SCAN_USAGE).toContain(`lowest severity that fails the run (default ${RUN_DEFAULTS.failOn})`);
    expect(SCAN_USAGE).toContain(`milliseconds (default ${formatDuration(RUN_DEFAULTS.timeoutMs)})`);
    expect(SCAN_USAGE).toContain(
      `deadline per target (default ${formatDuration(RUN_DEFAULTS.targetDeadlineMs)})`
    );
    expect(SCAN_USAGE).toContain(`targets scanned at once (default ${RUN_DEFAULTS.concurrency})`);
    expect(SCAN_USAGE).toContain(`one target at once (default ${RUN_DEFAULTS.perTargetConcurrency})`);
  });
});

describe('the docs state the table defaults', () => {
  const row = (text: string, name: string): string =>
    text.split('\n').find((line) => line.startsWith(`| \`${name}`))!;

  it('docs/cli.md, durations with their unit', () => {
    const cli = readFileSync('docs/cli.md', 'utf8');
    expect(row(cli, '--timeout DURATION')).toContain(`| \`${formatDuration(RUN_DEFAULTS.timeoutMs)}\` `);
    expect(row(cli, '--deadline DURATION')).toContain(
      `| \`${formatDuration(RUN_DEFAULTS.targetDeadlineMs)}\` `
    );
    expect(row(cli, '--concurrency N')).toContain(`| ${RUN_DEFAULTS.concurrency} `);
    expect(row(cli, '--per-target-concurrency N')).toContain(`| ${RUN_DEFAULTS.perTargetConcurrency} `);
    expect(row(cli, '--per-address-concurrency N')).toContain(`| ${RUN_DEFAULTS.perAddressConcurrency} `);
    expect(row(cli, '--fail-on')).toContain(`| \`${RUN_DEFAULTS.failOn}\` `);
  });

  it.each(['README.md', 'docs/action.md'])('%s, durations with their unit', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const input of [
      'fail-on',
      'timeout',
      'deadline',
      'concurrency',
      'per-target-concurrency',
      'per-address-concurrency',
      'comment',
      'issue',
      'report-file'
    ] as const) {
      expect(row(text, `${input}\``)).toContain(`| \`${ACTION_INPUT_DEFAULTS[input]}\``);
    }
  });
});
