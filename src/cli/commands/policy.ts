// `tls-gate policy show [NAME|FILE]`, `policy check FILE`, `policy list`, `policy rules`.
import { isConfigurationError } from '../../errors.js';
import { RULE_LIST, loadPolicy, policyToYaml, PRESETS } from '../../policy/index.js';
import { didYouMean } from '../../policy/suggest.js';
import { inertLineStart, visibleControls } from '../../report/escape.js';

export interface PolicyCommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const USAGE = [
  'usage: tls-gate policy show [PRESET|FILE]   print the resolved policy as YAML (default policy without argument)',
  '       tls-gate policy check FILE           validate a policy file (exit 0, or 2 with the error)',
  '       tls-gate policy list                 list the built-in presets with their sources',
  '       tls-gate policy rules                list the rule ids, their default severity and what triggers them'
].join('\n');

/** Exit codes: 0 ok, 2 usage or configuration error. */
export async function runPolicyCommand(argv: string[], io: PolicyCommandIo): Promise<number> {
  const [sub, ...rest] = argv;
  // A policy file (names, waiver reasons, error messages quoting it) may hold terminal escapes or direction
  // overrides, or a YAML block line that would start a workflow command in an Actions log: each line is written
  // with its controls shown as escapes (the line breaks stay) and no command start.
  const write = (stream: NodeJS.WritableStream, text: string): void => {
    const lines = text.replace(/\n$/, '').split('\n');
    void stream.write(`${lines.map((line) => inertLineStart(visibleControls(line))).join('\n')}\n`);
  };
  try {
    switch (sub) {
      case 'show': {
        if (rest.length > 1) return usage(io, `policy show takes one PRESET or FILE, not ${rest.length}`);
        write(io.stdout, policyToYaml(await loadPolicy(rest[0], { baseDir: io.cwd })));
        return 0;
      }
      case 'check': {
        if (rest.length !== 1) return usage(io, 'policy check takes exactly one FILE');
        const policy = await loadPolicy(rest[0], { baseDir: io.cwd });
        write(io.stdout, `${rest[0]}: ok (layers: base checks, ${policy.chain.join(', ')})`);
        return 0;
      }
      case 'list': {
        for (const preset of Object.values(PRESETS)) {
          write(
            io.stdout,
            `${preset.name.padEnd(22)} ${preset.title} (${preset.version})\n${' '.repeat(23)}${preset.source}`
          );
        }
        return 0;
      }
      case 'rules': {
        for (const rule of RULE_LIST)
          write(io.stdout, `${rule.id.padEnd(34)} ${rule.severity.padEnd(8)} ${rule.trigger}`);
        return 0;
      }
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        write(sub === undefined ? io.stderr : io.stdout, USAGE);
        return sub === undefined ? 2 : 0;
      default:
        return usage(
          io,
          `unknown policy command ${visibleControls(JSON.stringify(sub))}${didYouMean(sub, ['show', 'check', 'list', 'rules'])}`
        );
    }
  } catch (error) {
    if (isConfigurationError(error)) {
      write(io.stderr, `tls-gate: ${error.describe()}`);
      return 2;
    }
    // Not the user's mistake: src/cli/main.ts reports it as a bug (exit 3).
    throw error;
  }
}

function usage(io: PolicyCommandIo, message: string): number {
  io.stderr.write(`tls-gate: ${visibleControls(message)}\n${USAGE}\n`);
  return 2;
}
