// The vulnerability checks a run selects: every check by default, a comma list of public names, or none; an
// unknown name is a configuration error that lists the valid ones. The CLI (--checks) and the action (checks)
// read it the same way.
import { describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSettings } from '../../src/action/settings.js';
import { ConfigurationError } from '../../src/errors.js';
import { ACTIVE_VULNERABILITY_CHECKS, DERIVED_VULNERABILITY_CHECKS } from '../../src/model/report.js';
import {
  ACTION_INPUT_DEFAULTS,
  parseCheckList,
  RUN_DEFAULTS,
  VULNERABILITY_CHECKS
} from '../../src/settings/index.js';
import { runCli } from '../cli/cli-io.js';

const EVERY = [...ACTIVE_VULNERABILITY_CHECKS, ...DERIVED_VULNERABILITY_CHECKS];

describe('the checks setting', () => {
  it('runs every check by default, in the CLI and the action alike', () => {
    expect(RUN_DEFAULTS.checks).toEqual(EVERY);
    expect(parseCheckList(ACTION_INPUT_DEFAULTS.checks, 'input checks')).toEqual(EVERY);
  });

  it('reads a comma list of names, in the model order, and none', () => {
    expect(parseCheckList(' rc4, heartbleed ,fallbackScsv', '--checks')).toEqual([
      'heartbleed',
      'fallbackScsv',
      'rc4'
    ]);
    expect(parseCheckList('none', '--checks')).toEqual([]);
    expect(VULNERABILITY_CHECKS).toEqual(EVERY);
  });

  it('refuses an unknown name, naming every valid one', () => {
    expect(() => parseCheckList('heartbleed,hartbleed', '--checks')).toThrow(ConfigurationError);
    expect(() => parseCheckList('heartbleed,hartbleed', '--checks')).toThrow(
      `--checks: unknown check "hartbleed"; the checks are ${EVERY.join(', ')} (or all, or none)`
    );
  });

  it('the CLI exits 2 with that one line, before any scan', async () => {
    const run = await runCli(['scan', '--checks', 'heartbleed,poodel', '127.0.0.1:1'], {
      cwd: process.cwd()
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--checks: unknown check "poodel"; the checks are heartbleed, ccsInjection');
  });

  it('the action reads its checks input, and points at the input on an unknown name', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'tls-gate-checks-'));
    try {
      const env = (checks: string) => ({
        GITHUB_WORKSPACE: workspace,
        INPUT_HOSTS: 'api.example.com',
        INPUT_CHECKS: checks
      });
      expect((await readSettings(env('ticketbleed, sweet32'))).checks).toEqual(['ticketbleed', 'sweet32']);
      expect((await readSettings(env(''))).checks).toEqual(EVERY);
      await expect(readSettings(env('robots'))).rejects.toThrow('input checks: unknown check "robots"');
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });
});
