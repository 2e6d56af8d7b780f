// `tls-gate merge REPORT...`: the JSON reports of a run's shards (`tls-gate scan --shard K/N --format json`)
// combined into the report of the whole run, written and gated as `tls-gate scan` writes and gates its own. The
// merge judges nothing again (src/report/merge.ts); reports that are not one run's shards are usage errors.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { readInputFile } from '../../input-files.js';
import { FAIL_ON_VALUES, gateFails, type FailOn } from '../../model/fail-on.js';
import { mergeShardReports } from '../../report/merge.js';
import { parseReportFile } from '../../report/report-file.js';
import { RUN_DEFAULTS } from '../../settings/index.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, wantsColor, writeLine, type CliIo } from '../io.js';
import { REPORT_FORMATS, renderReport } from '../report-formats.js';

export const MERGE_USAGE = `usage: tls-gate merge REPORT... [options]

Combines the JSON reports of one run's shards (tls-gate scan --shard K/N --format json) into the report of the
whole run, and gates it as tls-gate scan does. Every shard's report must be given once, all from one tls-gate
version and one policy.

options:
  --format ${REPORT_FORMATS.join('|')}
                             report format (default text), as for tls-gate scan
  --output FILE              write the report to FILE instead of stdout
  --fail-on ${FAIL_ON_VALUES.join('|')}
                             lowest severity that fails the run (default ${RUN_DEFAULTS.failOn})
  -h, --help                 show this help

exit status: 0 pass, 1 fail (findings at or above --fail-on), 2 usage or configuration error, 3 internal error`;

const OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const;

export async function runMergeCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'merge');
  if (values.help) {
    writeLine(io.stdout, MERGE_USAGE);
    return EXIT.pass;
  }
  const format = oneOf('--format', values.format ?? 'text', REPORT_FORMATS);
  const failOn: FailOn = oneOf('--fail-on', values['fail-on'] ?? RUN_DEFAULTS.failOn, FAIL_ON_VALUES);
  if (positionals.length === 0) {
    throw new ConfigurationError(
      'no reports: name the JSON report of every shard (see tls-gate merge --help)'
    );
  }
  const reports = [];
  for (const file of positionals) {
    const text = await readInputFile(resolve(io.cwd, file), 'report file', file);
    reports.push({ file, report: parseReportFile(text, file) });
  }
  const report = mergeShardReports(reports);

  const output = values.output !== undefined && values.output !== '-' ? values.output : null;
  const rendered = renderReport(report, format, {
    color: output === null && wantsColor(io.stdout, io.env),
    env: io.env
  });
  if (output === null) io.stdout.write(rendered);
  else await writeOutput(resolve(io.cwd, output), output, rendered);
  return gateFails(report, failOn) ? EXIT.fail : EXIT.pass;
}

async function writeOutput(path: string, shown: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`cannot write --output ${shown}: ${(error as Error).message}`);
  }
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`${flag} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
}
