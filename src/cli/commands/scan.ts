// `tls-gate scan`: parse the flags and targets, run the pipeline, write the report, exit 0 (pass) or 1 (fail).
// Bad flags, targets, policies or CA files are usage errors (exit 2) that say what was expected.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { readInputStream } from '../../input-files.js';
import { FAIL_ON_VALUES, gateFails } from '../../model/fail-on.js';
import {
  ADDRESS_SELECTIONS,
  STARTTLS_PROTOCOLS,
  type Report,
  type StarttlsProtocol,
  type Target,
  type TargetReport
} from '../../model/report.js';
import type { RunSettings } from '../../settings/index.js';
import { runPipeline } from '../../pipeline.js';
import { visibleControls } from '../../report/escape.js';
import {
  formatDuration,
  parseCheckList,
  parseDuration,
  parseExpiryDays,
  RUN_DEFAULTS,
  runSettings,
  VULNERABILITY_CHECKS
} from '../../settings/index.js';
import {
  applyResolveOptions,
  applySni,
  loadTargetsFile,
  parseResolveOption,
  parseSniOption,
  parseHostsInput,
  parseShardSpec,
  parseTargetArgument,
  parseTargetsFile,
  targetsOfShard
} from '../../targets/index.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, wantsColor, writeLine, type CliIo } from '../io.js';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../report-formats.js';
import { createProgress } from '../progress.js';

export const SCAN_USAGE = `usage: tls-gate scan [TARGET...] [options]

TARGET is host, host:port, [ipv6]:port, ipv6 or https://host[:port]/path (port 443 by default), or a
STARTTLS URL: smtp:// (25), submission:// (587), imap:// (143), pop3:// (110), ftp:// (21), ldap:// (389),
xmpp:// (5222), xmpp-server:// (5269), postgres:// (5432), mysql:// (3306); smtps://, imaps://, pop3s://,
ftps://, ldaps://, xmpps:// are TLS from the first byte on 465, 993, 995, 990, 636, 5223; each optionally
named and pinned to an address: name=host:port@address (e.g. api=api.example.com:443@192.0.2.1);
"-" reads targets from stdin (one per line or comma separated).

options:
  --targets FILE             YAML targets file ("-" for stdin); may be repeated
  --format ${REPORT_FORMATS.join('|')}
                             report format (default text): markdown is the job summary, sarif the SARIF
                             the action writes, junit JUnit XML, gitlab GitLab Code Quality JSON
  --output FILE              write the report to FILE instead of stdout
  --policy PRESET|FILE       policy preset name or YAML file (default: the default policy)
  --fail-on ${FAIL_ON_VALUES.join('|')}
                             lowest severity that fails the run (default ${RUN_DEFAULTS.failOn})
  --warn-days N, --fail-days N
                             expiry thresholds in days left, for every target's policy (default: the policy's)
  --ca-file PEM              also trust the CA certificates in this PEM file
  --timeout DURATION         connect and read timeout per handshake: 500ms, 10s, 2m; a bare number is
                             milliseconds (default ${formatDuration(RUN_DEFAULTS.timeoutMs)})
  --deadline DURATION        whole-scan deadline per target (default ${formatDuration(RUN_DEFAULTS.targetDeadlineMs)})
  --concurrency N            targets scanned at once (default ${RUN_DEFAULTS.concurrency})
  --per-target-concurrency N handshakes to one target at once (default ${RUN_DEFAULTS.perTargetConcurrency})
  --per-address-concurrency N
                             connections to one address and port at once, from every target that resolves
                             to it; halves while the server refuses (default ${RUN_DEFAULTS.perAddressConcurrency})
  --addresses ${ADDRESS_SELECTIONS.join('|')}
                             which of a name's addresses to scan (default ${RUN_DEFAULTS.addresses}: every A and AAAA
                             record, each node reported; a targets file entry's \`addresses\` wins)
  --resolve HOST:PORT:ADDR[,ADDR...]
                             scan these addresses for the targets of HOST and PORT instead of resolving HOST
                             (curl's syntax; IPv6 as [::1]); may be repeated
  --sni NAME                 send NAME as SNI to every target (the host name is checked against it)
  --no-sni                   send no SNI
  --starttls PROTO           upgrade the host[:port] TARGETs with STARTTLS first (${STARTTLS_PROTOCOLS.join('|')});
                             the port defaults to the protocol's
  --resumption               also check session resumption (and across a target's addresses)
  --clients                  also simulate every client profile (done anyway for clients the policy names)
  --no-aia                   do not follow an untrusted leaf's AIA URL (offline runs; the chain's cause is then
                             "issuer unknown")
  --checks LIST              vulnerability checks to run, comma separated (default all; none turns them off):
                             ${VULNERABILITY_CHECKS.join(', ')}
  --shard K/N                scan only shard K of N, a stable share of the targets (merge the shards' JSON
                             reports with tls-gate merge)
  --now ISO-DATE             judge certificate dates and waivers as of this time
  --quiet                    no progress lines on stderr
  -h, --help                 show this help

exit status: 0 pass, 1 fail (findings at or above --fail-on), 2 usage or configuration error, 3 internal error`;

const OPTIONS = {
  targets: { type: 'string', multiple: true },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  policy: { type: 'string' },
  'fail-on': { type: 'string' },
  'ca-file': { type: 'string' },
  'warn-days': { type: 'string' },
  'fail-days': { type: 'string' },
  timeout: { type: 'string' },
  deadline: { type: 'string' },
  concurrency: { type: 'string' },
  'per-target-concurrency': { type: 'string' },
  'per-address-concurrency': { type: 'string' },
  starttls: { type: 'string' },
  resumption: { type: 'boolean' },
  addresses: { type: 'string' },
  resolve: { type: 'string', multiple: true },
  sni: { type: 'string' },
  'no-sni': { type: 'boolean' },
  clients: { type: 'boolean' },
  'no-aia': { type: 'boolean' },
  now: { type: 'string' },
  shard: { type: 'string' },
  checks: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' }
} as const;

/** The run's settings as the flags give them (policy base dir: the working directory), plus the output's. */
export interface ScanCommandSettings extends RunSettings {
  format: ReportFormat;
  /** File for the report; undefined or "-" writes it to stdout. */
  output: string | undefined;
  quiet: boolean;
}

/** The flags and targets of `tls-gate scan`, read into settings (null for --help); bad ones are user errors. */
export async function readScanSettings(argv: string[], io: CliIo): Promise<ScanCommandSettings | null> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'scan');
  if (values.help) return null;

  const format = oneOf('--format', values.format ?? 'text', REPORT_FORMATS);
  const failOn = oneOf('--fail-on', values['fail-on'] ?? RUN_DEFAULTS.failOn, FAIL_ON_VALUES);
  const timeoutMs = duration('--timeout', values.timeout, RUN_DEFAULTS.timeoutMs, 600_000);
  const targetDeadlineMs = duration('--deadline', values.deadline, RUN_DEFAULTS.targetDeadlineMs, 3_600_000);
  const concurrency = integer('--concurrency', values.concurrency, RUN_DEFAULTS.concurrency, 1, 1024);
  const perTargetConcurrency = integer(
    '--per-target-concurrency',
    values['per-target-concurrency'],
    RUN_DEFAULTS.perTargetConcurrency,
    1,
    64
  );
  const perAddressConcurrency = integer(
    '--per-address-concurrency',
    values['per-address-concurrency'],
    RUN_DEFAULTS.perAddressConcurrency,
    1,
    1024
  );
  const now = values.now !== undefined ? parseNow(values.now) : undefined;
  const expiryDays = parseExpiryDays(
    { warn: values['warn-days'], fail: values['fail-days'] },
    { warn: '--warn-days', fail: '--fail-days' }
  );
  const shard = values.shard !== undefined ? parseShardSpec(values.shard, '--shard') : undefined;
  const checks = values.checks !== undefined ? parseCheckList(values.checks, '--checks') : undefined;
  for (const [flag, value] of [
    ['--output', values.output],
    ['--policy', values.policy],
    ['--ca-file', values['ca-file']]
  ] as const) {
    if (value !== undefined && value.trim() === '') throw new ConfigurationError(`${flag} needs a value`);
  }

  const addresses =
    values.addresses !== undefined ? oneOf('--addresses', values.addresses, ADDRESS_SELECTIONS) : undefined;
  const starttls =
    values.starttls === undefined ? undefined : oneOf('--starttls', values.starttls, STARTTLS_PROTOCOLS);
  const targets = pinTargets(await collectTargets(positionals, values.targets ?? [], io, starttls), values);
  if (targets.length === 0) {
    throw new ConfigurationError(
      'no targets: name at least one TARGET or --targets FILE (see tls-gate scan --help)'
    );
  }

  return {
    ...runSettings({
      targets,
      policy: values.policy,
      policyBaseDir: io.cwd,
      caFile: values['ca-file'] !== undefined ? resolve(io.cwd, values['ca-file']) : undefined,
      failOn,
      timeoutMs,
      targetDeadlineMs,
      expiryDays,
      concurrency,
      perTargetConcurrency,
      perAddressConcurrency,
      now,
      resumption: values.resumption,
      clients: values.clients,
      aia: values['no-aia'] === true ? false : undefined,
      addresses,
      checks,
      shard
    }),
    format,
    output: values.output,
    quiet: values.quiet ?? false
  };
}

export async function runScanCommand(argv: string[], io: CliIo): Promise<number> {
  const settings = await readScanSettings(argv, io);
  if (!settings) {
    writeLine(io.stdout, SCAN_USAGE);
    return EXIT.pass;
  }
  const { targets, format, quiet } = settings;

  // A shard scans its share of the targets only.
  const total = settings.shard ? targetsOfShard(targets, settings.shard).length : targets.length;
  const progress = quiet ? null : createProgress(io.stderr, total, { live: wantsLiveProgress(io) });
  let report: Report;
  try {
    report = await runPipeline(settings, {
      onTargetDone: (target: TargetReport) => progress?.onTargetDone(target),
      onProgress: (name, check) => progress?.onProgress(name, check)
    });
  } finally {
    progress?.stop();
  }

  const output = settings.output !== undefined && settings.output !== '-' ? settings.output : null;
  const rendered = renderReport(report, format, {
    color: output === null && wantsColor(io.stdout, io.env),
    env: io.env
  });
  if (output !== null) {
    const path = resolve(io.cwd, output);
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, rendered, 'utf8');
    } catch (error) {
      throw new ConfigurationError(`cannot write --output ${output}: ${(error as Error).message}`);
    }
    if (!quiet) {
      const { summary } = report;
      writeLine(
        io.stderr,
        `tls-gate: ${report.verdict.toUpperCase()} - ${count(summary.targets, 'target')}, ${count(summary.errors, 'error')}, ` +
          `${count(summary.warnings, 'warning')}; report written to ${visibleControls(output)}`
      );
    }
  } else {
    io.stdout.write(rendered);
  }
  return gateFails(report, settings.failOn) ? EXIT.fail : EXIT.pass;
}

/** Targets in the order named: positional TARGETs (and "-" = stdin), then each --targets file. */
async function collectTargets(
  positionals: string[],
  files: string[],
  io: CliIo,
  starttls: StarttlsProtocol | undefined
): Promise<Target[]> {
  const stdinUses = positionals.filter((p) => p === '-').length + files.filter((f) => f === '-').length;
  if (stdinUses > 1) throw new ConfigurationError('stdin ("-") can be read only once');
  const readStdin = async (): Promise<string> => {
    if (!io.stdin) throw new ConfigurationError('"-" reads stdin, but there is no stdin');
    return readInputStream(io.stdin, 'targets file', '<stdin>');
  };

  const targets: Target[] = [];
  for (const positional of positionals) {
    if (positional === '-') targets.push(...parseHostsInput(await readStdin(), '<stdin>'));
    else targets.push(parseTargetArgument(positional, undefined, starttls));
  }
  for (const file of files) {
    if (file.trim() === '') throw new ConfigurationError('--targets needs a file name');
    if (file === '-') targets.push(...parseTargetsFile(await readStdin(), '<stdin>'));
    else targets.push(...(await loadTargetsFile(resolve(io.cwd, file), file)));
  }
  return targets;
}

/** --resolve, --sni and --no-sni applied to the targets, however they were named. */
export function pinTargets(
  targets: Target[],
  values: { resolve?: string[]; sni?: string; 'no-sni'?: boolean }
): Target[] {
  if (values.sni !== undefined && values['no-sni'])
    throw new ConfigurationError('give either --sni NAME or --no-sni, not both');
  let pinned = applyResolveOptions(targets, (values.resolve ?? []).map(parseResolveOption));
  if (values.sni !== undefined) pinned = applySni(pinned, parseSniOption(values.sni));
  if (values['no-sni']) pinned = applySni(pinned, null);
  return pinned;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The live progress area only on a terminal that can move its cursor; a CI log or a pipe gets plain lines. */
function wantsLiveProgress(io: CliIo): boolean {
  return io.stderr.isTTY === true && io.env.TERM !== 'dumb';
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`${flag} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
}

/** A duration flag (`500ms`, `10s`, `2m`; a bare number is milliseconds, as it always was on the CLI). */
function duration(flag: string, value: string | undefined, fallback: number, maxMs: number): number {
  if (value === undefined) return fallback;
  return parseDuration(value, { name: flag, bareUnit: 'ms', minMs: 1, maxMs });
}

function integer(
  flag: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number
): number {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new ConfigurationError(
      `${flag} must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`
    );
  }
  return number;
}

function parseNow(value: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) {
    throw new ConfigurationError(
      `--now must be an ISO 8601 date such as 2026-01-31T12:00:00Z; got ${JSON.stringify(value)}`
    );
  }
  return date;
}
