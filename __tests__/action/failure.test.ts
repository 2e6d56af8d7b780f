// A bug is not the user's mistake. The action, run in-process with the runner's files (outputs, job summary),
// reports an error that is not a ConfigurationError as "tls-gate failed unexpectedly: ... This is a bug in
// tls-gate; please report it", with the stack only in the debug log (or in the log with TLS_GATE_DEBUG), and
// still writes the summary, outputs and report. The failure is injected through the action's test seams
// (ActionSeams): no input or server can make the code throw a TypeError on demand.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type ActionSeams } from '../../src/action/main.js';
import { ConfigurationError } from '../../src/errors.js';

const BUG = "Cannot read properties of undefined (reading 'length')";
const BUG_LINE = `tls-gate failed unexpectedly: ${BUG}. This is a bug in tls-gate; please report it`;
/** A line of a V8 stack trace. */
const STACK_LINE = /^\s+at .+/m;

let dir: string;
let savedEnv: NodeJS.ProcessEnv;
let savedExitCode: typeof process.exitCode;

// One folder for the file: @actions/core keeps the summary file's path from its first write.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tls-gate-action-failure-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await rm(join(dir, 'tls-gate-report.json'), { force: true });
  await writeFile(join(dir, 'summary.md'), '');
  await writeFile(join(dir, 'output'), '');
  savedEnv = { ...process.env };
  savedExitCode = process.exitCode;
  for (const name of Object.keys(process.env)) {
    if (/^(INPUT_|GITHUB_|RUNNER_|TLS_GATE_)/.test(name)) delete process.env[name];
  }
  Object.assign(process.env, {
    GITHUB_WORKSPACE: dir,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_OUTPUT: join(dir, 'output'),
    // Never connected to: the pipeline is replaced in every case below.
    INPUT_HOSTS: '127.0.0.1:9',
    INPUT_COMMENT: 'off'
  });
});

afterEach(async () => {
  process.env = savedEnv;
  process.exitCode = savedExitCode;
  jest.restoreAllMocks();
});

interface ActionRun {
  exitCode: typeof process.exitCode;
  /** The log: every line the runner reads on stdout, workflow commands included. */
  log: string[];
  summary: string;
  outputs: string;
}

async function runAction(seams: ActionSeams): Promise<ActionRun> {
  let stdout = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  await run(seams);
  const exitCode = process.exitCode;
  jest.restoreAllMocks();
  return {
    exitCode,
    log: stdout.split('\n'),
    summary: await readFile(join(dir, 'summary.md'), 'utf8'),
    outputs: await readFile(join(dir, 'output'), 'utf8')
  };
}

/** The log as the runner shows it without step debug logging: debug commands hidden. */
const visible = (log: string[]): string => log.filter((line) => !line.startsWith('::debug::')).join('\n');

const typeError = async (): Promise<never> => {
  throw new TypeError(BUG);
};

describe('a bug during the scan', () => {
  it('fails the step with one line calling it a bug, and no stack in the visible log', async () => {
    const result = await runAction({ runPipeline: typeError });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(`::error title=tls-gate::${BUG_LINE}`);
    expect(visible(result.log)).not.toMatch(STACK_LINE);
    expect(visible(result.log)).not.toContain('TypeError');
  });

  it('puts the stack in the debug log', async () => {
    const result = await runAction({ runPipeline: typeError });
    const debug = result.log.filter((line) => line.startsWith('::debug::'));
    // One debug command: core encodes the stack's line breaks.
    expect(debug.some((line) => line.startsWith(`::debug::TypeError: ${BUG}%0A    at `))).toBe(true);
  });

  it('still writes the summary, the outputs and the report', async () => {
    const result = await runAction({ runPipeline: typeError });
    expect(result.summary).toContain('## tls-gate could not complete the scan');
    expect(result.summary).toContain(BUG_LINE);
    expect(result.summary).not.toMatch(STACK_LINE);
    expect(result.outputs).toMatch(/^verdict<<(.+)\nfail\n\1$/m);
    const report = JSON.parse(await readFile(join(dir, 'tls-gate-report.json'), 'utf8'));
    expect(report.verdict).toBe('fail');
  });

  it('shows the stack in the log when TLS_GATE_DEBUG is set', async () => {
    process.env.TLS_GATE_DEBUG = '1';
    const result = await runAction({ runPipeline: typeError });
    expect(result.log).toContain(`::error title=tls-gate::${BUG_LINE}`);
    expect(visible(result.log)).toContain(`TypeError: ${BUG}`);
    expect(visible(result.log)).toMatch(STACK_LINE);
  });
});

describe('a bug before the scan', () => {
  it('fails the step with the same line, and no stack in the visible log', async () => {
    const result = await runAction({ readSettings: typeError });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(`::error::${BUG_LINE}`);
    expect(visible(result.log)).not.toMatch(STACK_LINE);
  });
});

describe('a user error', () => {
  it('is reported where it is, as the user’s to fix, with no stack even in the debug log', async () => {
    process.env.TLS_GATE_DEBUG = '1';
    const result = await runAction({
      runPipeline: async () => {
        throw new ConfigurationError('unknown policy preset "mozila"; use one of: mozilla-intermediate', {
          file: 'policy.yml',
          line: 2
        });
      }
    });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain(
      '::error title=tls-gate::policy.yml:2: unknown policy preset "mozila"; use one of: mozilla-intermediate'
    );
    expect(result.log.join('\n')).not.toContain('This is a bug');
    expect(result.log.join('\n')).not.toMatch(STACK_LINE);
    expect(result.log.join('\n')).not.toContain('%0A    at ');
  });
});
