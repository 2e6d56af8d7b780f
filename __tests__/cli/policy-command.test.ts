// `tls-gate policy show|check|list|rules` through runPolicyCommand, with captured output streams.
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { load } from 'js-yaml';
import { runPolicyCommand } from '../../src/cli/commands/policy.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'policy', 'fixtures');

async function run(
  argv: string[],
  cwd = fixtures
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  const code = await runPolicyCommand(argv, { stdout, stderr, cwd, env: {} });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('tls-gate policy', () => {
  it('show PRESET prints the resolved policy as YAML', async () => {
    const { code, stdout } = await run(['show', 'mozilla-modern']);
    expect(code).toBe(0);
    expect((load(stdout) as { protocols: unknown }).protocols).toEqual({
      allowed: ['TLSv1.3'],
      required: ['TLSv1.3']
    });
  });

  it('show without a name prints the default policy', async () => {
    const { code, stdout } = await run(['show']);
    expect(code).toBe(0);
    expect(stdout).toContain('(source: default)');
  });

  it('check FILE exits 0 for a valid file', async () => {
    const { code, stdout } = await run(['check', 'good/team.yml']);
    expect(code).toBe(0);
    expect(stdout).toContain('good/team.yml: ok');
  });

  it('check FILE exits 2 with file:line:column and the reason for a broken file', async () => {
    const { code, stderr } = await run(['check', 'broken/unknown-nested-key.yml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /broken\/unknown-nested-key\.yml:4:3: unknown key "min-dh-bit" in key-exchange; did you mean "min-dh-bits"\?/
    );
  });

  it('an unknown subcommand is a usage error', async () => {
    const { code, stderr } = await run(['shwo']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown policy command "shwo"; did you mean "show"?');
  });

  it('list names every preset with its source; rules lists every rule id', async () => {
    expect((await run(['list'])).stdout).toContain('bsi-tr-02102-2');
    const rules = await run(['rules']);
    expect(rules.stdout).toContain('waiver.expired');
    expect(rules.stdout).toContain('certificate.hostname-mismatch');
  });
});
