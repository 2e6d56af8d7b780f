// The action's `shard` and `merge` inputs: a shard spec, or the glob patterns naming the shards' reports (files
// in the workspace, found as download-artifact leaves them). Each mistake is a ConfigurationError naming the input.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globRegExp } from '../../src/action/report-glob.js';
import { readSettings } from '../../src/action/settings.js';
import { ConfigurationError } from '../../src/errors.js';

let workspace: string;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'tls-gate-shard-settings-'));
  for (const shard of ['tls-gate-shard-1', 'tls-gate-shard-2', 'tls-gate-shard-10']) {
    await mkdir(join(workspace, 'shards', shard), { recursive: true });
    await writeFile(join(workspace, 'shards', shard, 'tls-gate-report.json'), '{}');
  }
  await writeFile(join(workspace, 'shards', 'notes.txt'), '');
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

function env(inputs: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = { GITHUB_WORKSPACE: workspace };
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

describe('the shard input', () => {
  it('reads K/N into the run settings, and is unset by default', async () => {
    expect((await readSettings(env({ hosts: 'a.example', shard: '2/3' }))).shard).toEqual({
      index: 2,
      count: 3
    });
    const plain = await readSettings(env({ hosts: 'a.example' }));
    expect(plain.shard).toBeUndefined();
    expect(plain.merge).toBeNull();
  });

  it.each(['0/3', '4/3', 'x/y'])('refuses shard: %s, naming the input and the form', async (value) => {
    const error = await configurationError(readSettings(env({ hosts: 'a.example', shard: value })));
    expect(error.message).toBe(
      `input shard must be K/N, shard K of N with 1 <= K <= N <= 256 (e.g. 2/3); got ${JSON.stringify(value)}`
    );
  });
});

describe('the merge input', () => {
  it('names every report its patterns match, once, sorted, shown relative to the workspace', async () => {
    const settings = await readSettings(
      env({ merge: 'shards/*/tls-gate-report.json\nshards/tls-gate-shard-1/tls-gate-report.json' })
    );
    expect(settings.targets).toEqual([]);
    expect(settings.merge?.map((file) => file.shown)).toEqual([
      'shards/tls-gate-shard-1/tls-gate-report.json',
      'shards/tls-gate-shard-10/tls-gate-report.json',
      'shards/tls-gate-shard-2/tls-gate-report.json'
    ]);
    expect(settings.merge?.[0]?.path).toBe(join(workspace, 'shards/tls-gate-shard-1/tls-gate-report.json'));
    const deep = await readSettings(env({ merge: '**/*.json' }));
    expect(deep.merge).toHaveLength(3);
  });

  it('refuses a pattern that matches nothing', async () => {
    const error = await configurationError(readSettings(env({ merge: 'reports/*.json' })));
    expect(error.message).toBe(
      `input merge: "reports/*.json" matches no file; expected the shards' JSON reports`
    );
  });

  it('refuses merge together with shard, or with targets to scan', async () => {
    const both = await configurationError(readSettings(env({ merge: 'shards/**/*.json', shard: '1/2' })));
    expect(both.message).toContain(
      "input merge: a run scans a shard (shard) or merges the shards' reports (merge)"
    );
    const hosts = await configurationError(
      readSettings(env({ merge: 'shards/**/*.json', hosts: 'a.example' }))
    );
    expect(hosts.message).toContain('input merge: a merge scans nothing');
  });

  it('refuses a pattern outside the workspace', async () => {
    const error = await configurationError(readSettings(env({ merge: '../*/tls-gate-report.json' })));
    expect(error.message).toContain('outside the workspace');
  });
});

describe('globRegExp', () => {
  it('matches * and ? within a segment and ** across segments', () => {
    expect(globRegExp('a/*.json').test('a/x.json')).toBe(true);
    expect(globRegExp('a/*.json').test('a/b/x.json')).toBe(false);
    expect(globRegExp('a/?.json').test('a/xy.json')).toBe(false);
    expect(globRegExp('**/r.json').test('r.json')).toBe(true);
    expect(globRegExp('**/r.json').test('a/b/r.json')).toBe(true);
    expect(globRegExp('a.b/(c)+').test('axb/(c)+')).toBe(false);
    expect(globRegExp('a.b/(c)+').test('a.b/(c)+')).toBe(true);
  });
});
