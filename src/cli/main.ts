// The tls-gate command line: `scan`, `policy`, `diagnose`, `merge`, `demo`, `--help`, `--version`. Every user error (flags,
// targets, policies, CA files) ends as one line on stderr and exit 2; a bug ends as one line saying so and exit 3,
// never as a pass, with the stack only when TLS_GATE_DEBUG is set.
import { bugDetail, bugSummary, isConfigurationError } from '../errors.js';
import { didYouMean } from '../policy/suggest.js';
import { visibleControls } from '../report/escape.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { EXIT, processIo, writeLine, type CliIo } from './io.js';

export type { CliIo } from './io.js';

export const USAGE = `usage: ${TOOL_NAME} <command> [options]

commands:
  scan TARGET... [--targets FILE]   scan TLS endpoints and gate on a policy (tls-gate scan --help)
  policy show|check|list|rules      print, validate or list policies (tls-gate policy --help)
  diagnose TARGET                   explain why a client cannot connect (tls-gate diagnose --help)
  merge REPORT...                   combine the JSON reports of a run's shards (tls-gate merge --help)
  demo [--out DIR]                  scan local servers with typical defects, as the action does

  -h, --help      show this help
  -V, --version   print the version

exit status: 0 pass, 1 fail, 2 usage or configuration error, 3 internal error`;

const COMMANDS = ['scan', 'policy', 'diagnose', 'merge', 'demo'];

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      // Each command is imported when it runs: Node compiles only the code a command needs, which is most of a
      // short scan's start-up time (the bundle has one chunk per command; see src/cli/index.ts).
      case 'scan':
        return await (await import('./commands/scan.js')).runScanCommand(rest, io);
      case 'policy':
        return await (await import('./commands/policy.js')).runPolicyCommand(rest, io);
      case 'diagnose':
        return await (await import('./commands/diagnose.js')).runDiagnoseCommand(rest, io);
      case 'merge':
        return await (await import('./commands/merge.js')).runMergeCommand(rest, io);
      case 'demo':
        return await (await import('./commands/demo.js')).runDemoCommand(rest, io);
      case '-h':
      case '--help':
      case 'help':
        writeLine(io.stdout, USAGE);
        return EXIT.pass;
      case '-V':
      case '--version':
      case 'version':
        writeLine(io.stdout, `${TOOL_NAME} ${TOOL_VERSION}`);
        return EXIT.pass;
      case undefined:
        writeLine(io.stderr, USAGE);
        return EXIT.usage;
      default:
        writeLine(
          io.stderr,
          `${TOOL_NAME}: unknown command ${visibleControls(JSON.stringify(command))}; expected scan, policy, ` +
            `diagnose, merge or demo${didYouMean(command, COMMANDS)} (see ${TOOL_NAME} --help)`
        );
        return EXIT.usage;
    }
  } catch (error) {
    // Error messages quote targets files, policies and sometimes server bytes: one line, controls shown.
    if (isConfigurationError(error)) {
      writeLine(io.stderr, `${TOOL_NAME}: ${visibleControls(error.describe())}`);
      return EXIT.usage;
    }
    // Anything else is a bug of ours, not the user's: one line that says so; the stack only when asked for.
    writeLine(
      io.stderr,
      `${TOOL_NAME}: internal error: ${visibleControls(bugSummary(error))} (a bug; set TLS_GATE_DEBUG=1 for the stack)`
    );
    if (io.env.TLS_GATE_DEBUG) writeLine(io.stderr, bugDetail(error));
    return EXIT.internal;
  }
}
