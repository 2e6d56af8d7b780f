// `tls-gate demo [--out DIR]`: the CLI entry of the demo (wired into the dispatcher in src/cli/main.ts).
import { ConfigurationError } from '../errors.js';
import { runDemo } from './index.js';

export const DEMO_USAGE = `Usage: tls-gate demo [--out DIR]

Starts local TLS servers with typical defects (expired leaf, TLS 1.0, missing intermediate, weak suites,
wrong host) and one clean server, scans them as the action would with the default policy, prints the report
and writes the job summary, JSON report and SARIF into DIR (default: a new temporary folder).
`;

export async function demoCommand(
  argv: string[],
  write: (text: string) => void = (t) => process.stdout.write(t)
): Promise<number> {
  let outDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      write(DEMO_USAGE);
      return 0;
    }
    if (arg === '--out' || arg === '-o') {
      outDir = argv[++i];
      if (!outDir) throw new ConfigurationError('--out needs a folder');
    } else if (arg.startsWith('--out=')) {
      outDir = arg.slice('--out='.length);
    } else {
      throw new ConfigurationError(`unknown argument for demo: ${JSON.stringify(arg)}\n\n${DEMO_USAGE}`);
    }
  }
  return runDemo({ outDir, write, color: process.stdout.isTTY === true && !process.env.NO_COLOR });
}
