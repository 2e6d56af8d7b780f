// Bad file inputs of the action: targets-file, policy and ca-file must name regular files inside the workspace
// (judged on real paths, so "../" and symbolic links cannot leave it) unless allow-outside-workspace is true,
// and no error quotes what a file holds. Each is a ConfigurationError naming the input and what was expected;
// run in-process, the step fails with that one annotation and the file's content is nowhere in the log.
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/action/main.js';
import { readSettings } from '../../src/action/settings.js';
import { ConfigurationError } from '../../src/errors.js';

const SECRET = 'root:x:0:0:SECRET-VALUE-1234:/root:/bin/bash';
const WORKFLOW = `on: push
jobs:
  tls:
    runs-on: ubuntu-latest
    steps:
      - uses: ./
        with:
          targets-file: x
          policy: x
          ca-file: x
          allow-outside-workspace: x
`;

// Made now: the cases below name these folders.
const base = mkdtempSync(join(tmpdir(), 'tls-gate-action-bad-input-'));
const workspace = join(base, 'workspace');
const outside = join(base, 'outside');

beforeAll(async () => {
  await mkdir(join(workspace, '.github/workflows'), { recursive: true });
  await mkdir(outside);
  await writeFile(join(workspace, '.github/workflows/tls.yml'), WORKFLOW);
  await writeFile(join(workspace, 'targets.yml'), '- host: a.example\n');
  await writeFile(join(workspace, 'passwd'), `${SECRET}\n${SECRET}\n`);
  await writeFile(join(outside, 'targets.yml'), '- host: b.example\n');
  await writeFile(join(outside, 'policy.yml'), 'name: outside\n');
  await writeFile(join(outside, 'ca.pem'), 'not a certificate\n');
  await symlink(join(outside, 'targets.yml'), join(workspace, 'link-out.yml'));
  await symlink(outside, join(workspace, 'dir-out'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function env(inputs: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_WORKFLOW_REF: 'octo/site/.github/workflows/tls.yml@refs/heads/main'
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

const LINE_OF = { 'targets-file': 8, policy: 9, 'ca-file': 10 } as const;

describe('file inputs outside the workspace are refused', () => {
  const cases: [string, keyof typeof LINE_OF, string][] = [
    ['an absolute path', 'targets-file', '/etc/passwd'],
    ['a path climbing out', 'targets-file', '../../../../../../etc/passwd'],
    ['a link in the workspace to a file outside', 'targets-file', 'link-out.yml'],
    ['a path through a linked folder', 'targets-file', 'dir-out/targets.yml'],
    ['an absolute policy file', 'policy', join(outside, 'policy.yml')],
    ['a policy through a linked folder', 'policy', 'dir-out/policy.yml'],
    ['an absolute CA file', 'ca-file', join(outside, 'ca.pem')],
    ['a CA file climbing out', 'ca-file', `../outside/ca.pem`]
  ];

  it.each(cases)('%s (%s: %s)', async (_case, input, value) => {
    const error = await configurationError(readSettings(env({ hosts: 'a.example', [input]: value })));
    expect(error.message).toBe(
      `input ${input}: ${JSON.stringify(value)} is outside the workspace (GITHUB_WORKSPACE); expected a path inside the checkout, or set allow-outside-workspace: true to read it`
    );
    expect(error).toMatchObject({ file: '.github/workflows/tls.yml', line: LINE_OF[input] });
  });

  it('refuses a targets-file entry whose policy file is outside, at the line of its `policy`', async () => {
    await writeFile(
      join(workspace, 'entry-policy.yml'),
      '- host: a.example\n  policy: mozilla-modern\n- host: b.example\n  policy: ../outside/policy.yml\n'
    );
    const error = await configurationError(readSettings(env({ 'targets-file': 'entry-policy.yml' })));
    expect(error.describe()).toBe(
      'entry-policy.yml:4:11: target b.example:443: policy "../outside/policy.yml" is outside the workspace (GITHUB_WORKSPACE); expected a preset or a file inside the checkout, or set allow-outside-workspace: true to read it'
    );
  });

  it('refuses a policy file in the workspace that extends one outside, at the line of its extends', async () => {
    await writeFile(
      join(workspace, 'extends-out.yml'),
      'name: inside\nextends:\n  - mozilla-modern\n  - ../outside/policy.yml\n'
    );
    const error = await configurationError(
      readSettings(env({ hosts: 'a.example', policy: 'extends-out.yml' }))
    );
    expect(error.describe()).toMatch(
      /^\S*extends-out\.yml:4:5: policy file "\.\.\/outside\/policy\.yml" is outside the workspace \(GITHUB_WORKSPACE\); expected a preset or a file inside the checkout, or set allow-outside-workspace: true to read it$/
    );
  });

  it('leaves other problems of the policy to the run, as before', async () => {
    await writeFile(join(workspace, 'typo.yml'), 'name: typo\nprotocols:\n  alowed: [TLSv1.3]\n');
    const settings = await readSettings(env({ hosts: 'a.example', policy: 'typo.yml' }));
    expect(settings.policy).toBe('typo.yml');
  });

  it('accepts paths inside the workspace, and a preset name as policy', async () => {
    const settings = await readSettings(
      env({ 'targets-file': './targets.yml', policy: 'mozilla-modern', 'ca-file': 'passwd' })
    );
    expect(settings.targets.map((t) => t.host)).toEqual(['a.example']);
    expect(settings.caFile).toBe(join(workspace, 'passwd'));
  });

  it('reads outside the workspace when allow-outside-workspace is true', async () => {
    const settings = await readSettings(
      env({ 'targets-file': 'link-out.yml', 'allow-outside-workspace': 'true' })
    );
    expect(settings.targets.map((t) => t.host)).toEqual(['b.example']);
  });

  it('refuses an allow-outside-workspace that is not true or false', async () => {
    const error = await configurationError(
      readSettings(env({ hosts: 'a.example', 'allow-outside-workspace': 'yes' }))
    );
    expect(error.message).toBe('input allow-outside-workspace: "yes" is not allowed; use true or false');
    expect(error).toMatchObject({ file: '.github/workflows/tls.yml', line: 11 });
  });

  it('still refuses /dev/zero by name when reading outside is allowed', async () => {
    const error = await configurationError(
      readSettings(env({ 'targets-file': '/dev/zero', 'allow-outside-workspace': 'true' }))
    );
    expect(error.describe()).toBe(
      '/dev/zero: cannot read targets file: is a character device, not a regular file'
    );
  });
});

describe('no error quotes what a file holds', () => {
  it('describes a targets file that is one long text by its size', async () => {
    const error = await configurationError(readSettings(env({ 'targets-file': 'passwd' })));
    expect(error.describe()).toBe(
      `passwd:1:1: expected a list of targets, got a text of ${SECRET.length * 2 + 1} characters`
    );
  });

  describe('run in-process', () => {
    let stdout = '';
    afterEach(() => {
      jest.restoreAllMocks();
    });

    it('fails the step with one annotation naming the input, and the content nowhere in the log', async () => {
      const saved = { ...process.env };
      const savedExitCode = process.exitCode;
      for (const name of Object.keys(process.env)) {
        if (/^(INPUT_|GITHUB_|RUNNER_|TLS_GATE_)/.test(name)) delete process.env[name];
      }
      await writeFile(join(base, 'summary.md'), '');
      await writeFile(join(base, 'output'), '');
      Object.assign(process.env, env({ 'targets-file': '/etc/passwd', comment: 'off' }), {
        GITHUB_STEP_SUMMARY: join(base, 'summary.md'),
        GITHUB_OUTPUT: join(base, 'output')
      });
      jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        stdout += chunk.toString();
        return true;
      });
      try {
        await run();
        expect(process.exitCode).toBe(1);
      } finally {
        process.env = saved;
        process.exitCode = savedExitCode;
      }
      const errors = stdout.split('\n').filter((line) => line.startsWith('::error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('input targets-file: "/etc/passwd" is outside the workspace');
      expect(errors[0]).toContain('file=.github/workflows/tls.yml,line=8');
      expect(stdout).not.toContain('root:');
    });
  });
});
