// `tls-gate demo [--out DIR]`: the CLI entry of the demo, dispatched from src/cli/main.ts; the demo itself is src/demo/.
import { resolve } from 'node:path';
import type { CliIo } from '../io.js';
import { EXIT, wantsColor, writeLine } from '../io.js';
import { ConfigurationError } from '../../errors.js';
import { runDemo } from '../../demo/index.js';

export const DEMO_USAGE = `usage: tls-gate demo [--out DIR]

Starts local TLS servers on 127.0.0.1 with typical defects (expired leaf, TLS 1.0, missing intermediate,
weak suites, wrong host) and one clean server, scans them as the action does with the default policy,
prints the report and writes the job summary, JSON report and SARIF into DIR (default: a new temporary
folder). Exits 0: the failures are the point of the demo.`;

export async function runDemoCommand(argv: string[], io: CliIo): Promise<number> {
  let outDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      writeLine(io.stdout, DEMO_USAGE);
      return EXIT.pass;
    }
    if (arg === '--out' || arg === '-o' || arg.startsWith('--out=')) {
      const value = arg.startsWith('--out=') ? arg.slice('--out='.length) : argv[++i];
      // "--out --help" is a forgotten folder, not a folder named --help.
      if (!value || value.trim() === '' || (value.startsWith('-') && !arg.startsWith('--out=')))
        throw new ConfigurationError('demo: --out needs a folder');
      if (outDir !== undefined)
        throw new ConfigurationError('demo: --out is given more than once; give it once');
      outDir = value;
    } else {
      throw new ConfigurationError(
        `demo: unknown argument ${JSON.stringify(arg)} (see tls-gate demo --help)`
      );
    }
  }
  return runDemo({
    outDir: outDir === undefined ? undefined : resolve(io.cwd, outDir),
    write: (text) => io.stdout.write(text),
    color: wantsColor(io.stdout, io.env)
  });
}
