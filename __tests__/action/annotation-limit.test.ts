// GitHub shows 10 annotations per level and step; the failure message of a failing step is one of the errors.
// The action, run in-process against a real server on loopback that yields more than 10 error findings, emits
// at most 10 error annotations in all, failure message included, and says in a notice how many were left out.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/action/main.js';
import { selfSigned, startNodeTlsServer, type RunningServer } from '../helpers/servers.js';

let dir: string;
let server: RunningServer;
let savedEnv: NodeJS.ProcessEnv;
let savedExitCode: typeof process.exitCode;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tls-gate-annotations-'));
  // Self-signed: every target named for it fails with an untrusted chain (an error by default).
  server = await startNodeTlsServer({ key: selfSigned(), minVersion: 'TLSv1.3' });
});
afterAll(async () => {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await writeFile(join(dir, 'summary.md'), '');
  await writeFile(join(dir, 'output'), '');
  savedEnv = { ...process.env };
  savedExitCode = process.exitCode;
  for (const name of Object.keys(process.env)) {
    if (/^(INPUT_|GITHUB_|RUNNER_|TLS_GATE_)/.test(name)) delete process.env[name];
  }
});
afterEach(() => {
  process.env = savedEnv;
  process.exitCode = savedExitCode;
  jest.restoreAllMocks();
});

it('emits at most 10 error annotations, the failure message included', async () => {
  const targets = Array.from(
    { length: 12 },
    (_, i) => `  - { name: node-${i}, host: 127.0.0.1, port: ${server.port} }`
  );
  await writeFile(join(dir, 'targets.yml'), `targets:\n${targets.join('\n')}\n`);
  Object.assign(process.env, {
    GITHUB_WORKSPACE: dir,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_OUTPUT: join(dir, 'output'),
    'INPUT_TARGETS-FILE': 'targets.yml',
    INPUT_COMMENT: 'off',
    INPUT_AIA: 'false'
  });
  let stdout = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  await run();
  jest.restoreAllMocks();

  const lines = stdout.split('\n');
  const errors = lines.filter((line) => line.startsWith('::error'));
  expect(process.exitCode).toBe(1);
  expect(errors).toHaveLength(10);
  expect(errors.at(-1)).toMatch(/the gate fails/);
  expect(lines.filter((line) => line.startsWith('::notice')).join('\n')).toMatch(
    /more findings? \(.*error.*\) (is|are) not shown as annotations/
  );
}, 120_000);
