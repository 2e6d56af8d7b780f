// Runs the CLI in-process with captured streams, as a shell would see it: exit code, stdout, stderr.
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function capture(isTTY = false): Writable & { text(): string; isTTY?: boolean } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    }
  }) as Writable & { text(): string; isTTY?: boolean };
  stream.text = () => Buffer.concat(chunks).toString('utf8');
  if (isTTY) stream.isTTY = true;
  return stream;
}

export async function runCli(
  argv: string[],
  options: { cwd?: string; stdin?: string; env?: NodeJS.ProcessEnv; tty?: boolean } = {}
): Promise<CliRun> {
  const stdout = capture(options.tty);
  const stderr = capture(options.tty);
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const code = await main(argv, {
    stdout,
    stderr,
    stdin,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {}
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
