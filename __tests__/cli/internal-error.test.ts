// A bug is not the user's mistake. Any error that is not a ConfigurationError ends the CLI with exit 3 and one
// line on stderr that calls it a bug; the stack appears only when TLS_GATE_DEBUG is set. A user error still
// exits 2 with its message and never a stack. The failures are injected through CliIo, the streams a command
// is given: nothing a user or a server does can make the code throw a TypeError on demand.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Readable, Writable } from 'node:stream';
import { main, type CliIo } from '../../src/cli/main.js';
import { startNodeTlsServer, type RunningServer } from '../helpers/servers.js';

const BUG = "Cannot read properties of undefined (reading 'length')";
const BUG_LINE = `tls-gate: internal error: ${BUG} (a bug; set TLS_GATE_DEBUG=1 for the stack)`;
/** A line of a V8 stack trace. */
const STACK_LINE = /^\s+at .+/m;

interface Captured {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
}

/** Streams that record what is written, except that `fails` may throw instead (the injected bug). */
function capture(options: {
  env?: NodeJS.ProcessEnv;
  stdin?: Readable;
  fails?: (text: string) => boolean;
}): Captured {
  const text = { stdout: '', stderr: '' };
  const stream = (name: 'stdout' | 'stderr') =>
    Object.assign(
      new Writable({
        write(chunk: Buffer | string, _encoding, callback) {
          text[name] += chunk.toString();
          callback();
        }
      }),
      { isTTY: true }
    );
  const stdout = stream('stdout');
  const stderr = stream('stderr');
  for (const target of [stdout, stderr]) {
    const write = target.write.bind(target) as (chunk: string) => boolean;
    target.write = ((chunk: string) => {
      if (options.fails?.(String(chunk))) throw new TypeError(BUG);
      return write(chunk);
    }) as typeof target.write;
  }
  return {
    io: { stdout, stderr, stdin: options.stdin, cwd: process.cwd(), env: options.env ?? {} },
    stdout: () => text.stdout,
    stderr: () => text.stderr
  };
}

/** A stdin whose read fails as a bug would, not as the user's input could. */
function brokenStdin(): Readable {
  return new Readable({
    read() {
      this.destroy(new TypeError(BUG));
    }
  });
}

let server: RunningServer;
beforeAll(async () => {
  server = await startNodeTlsServer({ minVersion: 'TLSv1.2' });
});
afterAll(async () => server?.stop());

describe('a bug in the CLI', () => {
  it('exits 3 with one line calling it a bug, and no stack, when a stream fails', async () => {
    const run = capture({ fails: (text) => text.startsWith('tls-gate ') });
    expect(await main(['--version'], run.io)).toBe(3);
    expect(run.stderr()).toBe(`${BUG_LINE}\n`);
  });

  it('exits 3 the same way when reading the targets fails', async () => {
    const run = capture({ stdin: brokenStdin() });
    expect(await main(['scan', '-'], run.io)).toBe(3);
    expect(run.stderr()).toBe(`${BUG_LINE}\n`);
    expect(run.stdout()).toBe('');
  });

  it('exits 3, not 1 or 0, when the failure comes in the middle of a scan of a real server', async () => {
    // The progress line is written from the scan's per-target hook: the error rises out of the pipeline. (A dumb
    // terminal gets plain progress lines only, so the finished line is the first thing written.)
    const run = capture({ fails: (text) => text.startsWith('[1/1]'), env: { TERM: 'dumb' } });
    const code = await main(['scan', `127.0.0.1:${server.port}`, '--timeout', '3000'], run.io);
    expect(code).toBe(3);
    expect(run.stderr()).toBe(`${BUG_LINE}\n`);
    expect(run.stdout()).toBe('');
  });

  it('prints the stack after the line when TLS_GATE_DEBUG is set', async () => {
    const run = capture({ stdin: brokenStdin(), env: { TLS_GATE_DEBUG: '1' } });
    expect(await main(['scan', '-'], run.io)).toBe(3);
    const [first, ...rest] = run.stderr().split('\n');
    expect(first).toBe(BUG_LINE);
    expect(rest.join('\n')).toContain(`TypeError: ${BUG}`);
    expect(rest.join('\n')).toMatch(STACK_LINE);
  });
});

describe('a user error in the CLI', () => {
  it('exits 2 with its message and no stack, even with TLS_GATE_DEBUG set', async () => {
    const run = capture({ env: { TLS_GATE_DEBUG: '1' } });
    expect(await main(['scan', '127.0.0.1:443', '--fail-on', 'eror'], run.io)).toBe(2);
    expect(run.stderr()).toBe('tls-gate: --fail-on must be one of error, warning, never; got "eror"\n');
  });
});
