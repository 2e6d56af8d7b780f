// What a CLI command may touch: its streams, working directory and environment. Passed in (never taken from
// `process` inside commands) so tests run commands in-process and check exactly what they print.
import type { Readable } from 'node:stream';

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Read for `scan -` and `--targets -`. */
  stdin?: Readable;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Exit codes of every command. */
export const EXIT = { pass: 0, fail: 1, usage: 2, internal: 3 } as const;

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env
  };
}

export function writeLine(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== '') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}
