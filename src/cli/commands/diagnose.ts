// `tls-gate diagnose TARGET [--client PROFILE | --tls VERSION... --ciphers LIST]`: the question of the person in
// the seed, "why does this client fail against this server", answered in a few lines: what happened (alert),
// why (each side's lists), the server lines that let the client in within the policy, and the command that
// reproduces it. Without a client, every profile is tried and the failing ones are explained.
import { CipherSuite } from '../../codepoints/index.js';
import { loadTrustStore } from '../../certs/index.js';
import { CLIENT_PROFILES, profileById } from '../../clients/profiles/index.js';
import type { ClientProfile } from '../../clients/profiles/types.js';
import { simulateClientDetailed, type DetailedClientResult } from '../../clients/simulate.js';
import { ConfigurationError } from '../../errors.js';
import { loadPolicy } from '../../policy/index.js';
import { didYouMean } from '../../policy/suggest.js';
import { groupByName, suiteByName } from '../../registry/index.js';
import { escapeForLog, inertJson } from '../../report/escape.js';
import {
  ADDRESS_SELECTIONS,
  type AddressSelection,
  type FixLines,
  type ProtocolName,
  type Target,
  type TargetReport
} from '../../model/report.js';
import { fixBlocks } from '../../remediation/index.js';
import { scanTarget } from '../../scan/index.js';
import { formatDuration, parseDuration, RUN_DEFAULTS } from '../../settings/index.js';
import { parseTargetArgument } from '../../targets/index.js';
import { parseCommandArgs } from '../args.js';
import { REPORT_FORMATS } from '../report-formats.js';
import { pinTargets } from './scan.js';
import { EXIT, writeLine, type CliIo } from '../io.js';

export const DIAGNOSE_USAGE = `usage: tls-gate diagnose TARGET [--client PROFILE | --tls VERSION... --ciphers LIST] [options]

Scans TARGET, makes the client's handshake, and says why it fails and what to change on the server.
Without --client or --tls/--ciphers, every client profile is tried and the failing ones are explained.

client:
  --client PROFILE        a client profile (tls-gate diagnose --list-clients)
  --tls VERSION           a version the client speaks: 1.0, 1.1, 1.2, 1.3 (repeat for several)
  --ciphers LIST          the client's suites, OpenSSL or IANA names, ':' or ',' separated, in its order
  --groups LIST           the client's groups (default x25519:secp256r1:secp384r1)
  --no-sni                the client sends no SNI
  --sni NAME              the client sends NAME as SNI (instead of TARGET's host name)

where:
  TARGET                  as for scan, also name=host:port@address
  --resolve HOST:PORT:ADDR[,ADDR...]
                          connect to these addresses instead of resolving HOST (curl's syntax)
  --addresses ${ADDRESS_SELECTIONS.join('|')}
                          which of the name's addresses to scan (default first: a diagnosis explains one
                          server; with several, the first that answers is the one diagnosed)

options:
  --policy PRESET|FILE    keep the proposed fix within this policy (default: the default policy)
  --ca-file PEM           also trust the CA certificates in this PEM file
  --timeout DURATION      connect and read timeout per handshake: 500ms, 10s, 2m; a bare number is
                          milliseconds (default ${formatDuration(RUN_DEFAULTS.timeoutMs)})
  --format text|json      how to print the result (default text); --json is --format json
  --list-clients          list the client profiles and exit
  -h, --help              show this help

exit status: 0 the client(s) connect, 1 a client cannot connect (or the target cannot be scanned), 2 usage error`;

const OPTIONS = {
  client: { type: 'string' },
  tls: { type: 'string', multiple: true },
  ciphers: { type: 'string' },
  groups: { type: 'string' },
  'no-sni': { type: 'boolean' },
  sni: { type: 'string' },
  resolve: { type: 'string', multiple: true },
  addresses: { type: 'string' },
  policy: { type: 'string' },
  'ca-file': { type: 'string' },
  timeout: { type: 'string' },
  format: { type: 'string' },
  json: { type: 'boolean' },
  'list-clients': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const;

const VERSIONS: Record<string, ProtocolName> = {
  '1.0': 'TLSv1.0',
  '1': 'TLSv1.0',
  '1.1': 'TLSv1.1',
  '1.2': 'TLSv1.2',
  '1.3': 'TLSv1.3'
};

/** Signature schemes of a custom client: what current libraries offer (ECDSA, RSA-PSS, RSA PKCS#1, EdDSA). */
const CUSTOM_SIGALGS = [
  0x0403, 0x0503, 0x0603, 0x0807, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601, 0x0201, 0x0203
];

function versionOf(text: string): ProtocolName {
  const key = text.trim().replace(/^tlsv?/i, '');
  const version = VERSIONS[key];
  if (!version)
    throw new ConfigurationError(`--tls must be one of 1.0, 1.1, 1.2, 1.3; got ${JSON.stringify(text)}`);
  return version;
}

function customProfile(values: {
  tls?: string[];
  ciphers?: string;
  groups?: string;
  'no-sni'?: boolean;
}): ClientProfile {
  const versions = [...new Set((values.tls ?? ['1.2', '1.3']).map(versionOf))].sort().reverse();
  const names = (values.ciphers ?? '').split(/[:,\s]+/).filter(Boolean);
  const suites = names.map((name) => {
    const suite = suiteByName(name);
    if (!suite)
      throw new ConfigurationError(
        `--ciphers: unknown cipher suite ${JSON.stringify(name)} (OpenSSL or IANA name)`
      );
    return suite;
  });
  const tls13 = versions.includes('TLSv1.3');
  const hasTls13Suite = suites.some((s) => s.minVersion === 'TLSv1.3');
  const hasLegacySuite = suites.some((s) => s.minVersion !== 'TLSv1.3');
  const cipherSuites = suites.map((s) => s.code);
  // A list naming only legacy suites keeps a TLS 1.3 client's standard suites, as OpenSSL's -cipher does.
  if (tls13 && !hasTls13Suite)
    cipherSuites.unshift(
      CipherSuite.TLS_AES_256_GCM_SHA384,
      CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
      CipherSuite.TLS_AES_128_GCM_SHA256
    );
  if (versions.some((v) => v !== 'TLSv1.3') && !hasLegacySuite) {
    if (names.length > 0 && !tls13)
      throw new ConfigurationError('--ciphers names only TLS 1.3 suites, but --tls has no 1.3');
    if (names.length === 0)
      cipherSuites.push(
        0xc02b,
        0xc02f,
        0xc02c,
        0xc030,
        0xcca9,
        0xcca8,
        0xc009,
        0xc013,
        0xc00a,
        0xc014,
        0x009c,
        0x009d,
        0x002f,
        0x0035
      );
  }
  const groups = (values.groups ?? 'x25519:secp256r1:secp384r1')
    .split(/[:,\s]+/)
    .filter(Boolean)
    .map((name) => {
      const group = groupByName(name);
      if (!group) throw new ConfigurationError(`--groups: unknown group ${JSON.stringify(name)}`);
      return group.code;
    });
  return {
    id: 'custom client',
    name: 'the client described on the command line',
    versions,
    cipherSuites,
    groups,
    keyShareGroups: groups.slice(0, 1),
    signatureAlgorithms: CUSTOM_SIGALGS,
    sni: !values['no-sni'],
    ecPointFormats: true,
    extendedMasterSecret: true,
    renegotiationInfo: true,
    source: 'command line'
  };
}

const safe = (text: string): string => escapeForLog(text);

/** A diagnosis's fix as `tls-gate diagnose` prints it: labels in a 15-column gutter, the statement last. */
export function fixLines(fix: FixLines): string[] {
  const out: string[] = [];
  for (const block of fixBlocks(fix)) {
    const label = `fix (${block.name}):`;
    block.lines.forEach((line, index) =>
      out.push(`  ${index === 0 ? label.padEnd(15) : ' '.repeat(15)}${safe(line)}`)
    );
  }
  if (fix.text) out.push(`  ${'fix:'.padEnd(15)}${safe(fix.text)}`);
  return out;
}

function describe(target: TargetReport, detailed: DetailedClientResult): string[] {
  const { result, diagnosis } = detailed;
  const head = `${safe(target.name)} (${safe(target.address ?? target.host)}) - ${safe(result.profile)}`;
  if (result.connects) {
    const lines = [
      `${head}: connects with ${result.version} ${result.cipherSuite}${result.group ? ` over ${result.group}` : ''}`
    ];
    if (result.diagnosis) lines.push(`  note: ${safe(result.diagnosis)}`);
    return lines;
  }
  const lines = [`${head}: cannot connect`];
  if (diagnosis) {
    const observed = diagnosis.details.filter((d) => d.startsWith('observed: '));
    for (const detail of observed) lines.push(`  ${safe(detail)}`);
    lines.push(`  cause: ${safe(diagnosis.summary)}`);
    for (const detail of diagnosis.details.filter((d) => !observed.includes(d)))
      lines.push(`    ${safe(detail)}`);
    if (result.diagnosis && result.diagnosis.includes('Disagreement')) {
      lines.push(`  note: ${safe(result.diagnosis.slice(result.diagnosis.indexOf('Disagreement')))}`);
    }
    lines.push(...fixLines(diagnosis.fix));
    lines.push(`  reproduce: ${safe(diagnosis.reproduce.openssl)}`);
    lines.push(`             ${safe(diagnosis.reproduce.curl)}`);
  } else if (result.diagnosis) {
    lines.push(`  cause: ${safe(result.diagnosis)}`);
  }
  return lines;
}

/**
 * `--format` as on scan and merge. A diagnosis is an explanation, not a policy report: text or JSON. The report
 * formats (SARIF, JUnit, ...) are scan's, and asking diagnose for one says so.
 */
function diagnoseFormat(format: string | undefined, json: boolean | undefined): 'text' | 'json' {
  if (format === undefined) return json ? 'json' : 'text';
  if (json && format !== 'json')
    throw new ConfigurationError(`--json and --format ${format} disagree; give one`);
  if (format === 'text' || format === 'json') return format;
  const hint = (REPORT_FORMATS as readonly string[]).includes(format)
    ? `; ${format} is a report format of tls-gate scan`
    : didYouMean(format, ['text', 'json']);
  throw new ConfigurationError(
    `--format must be text or json for diagnose${hint}; got ${JSON.stringify(format)}`
  );
}

export async function runDiagnoseCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'diagnose');
  if (values.help) {
    writeLine(io.stdout, DIAGNOSE_USAGE);
    return EXIT.pass;
  }
  if (values['list-clients']) {
    for (const profile of CLIENT_PROFILES) writeLine(io.stdout, `${profile.id.padEnd(18)}${profile.name}`);
    return EXIT.pass;
  }
  if (positionals.length !== 1) {
    throw new ConfigurationError(
      `diagnose takes exactly one TARGET; got ${positionals.length} (see tls-gate diagnose --help)`
    );
  }
  const json = diagnoseFormat(values.format, values.json) === 'json';
  const custom = values.tls !== undefined || values.ciphers !== undefined || values.groups !== undefined;
  if (values.client && custom)
    throw new ConfigurationError('give either --client or --tls/--ciphers/--groups, not both');
  let profiles: ClientProfile[];
  if (values.client) {
    const profile = profileById(values.client);
    if (!profile) {
      throw new ConfigurationError(
        `--client: unknown profile ${JSON.stringify(values.client)}` +
          `${didYouMean(
            values.client,
            CLIENT_PROFILES.map((p) => p.id)
          )}; known: ${CLIENT_PROFILES.map((p) => p.id).join(', ')}`
      );
    }
    profiles = [values['no-sni'] ? { ...profile, sni: false } : profile];
  } else if (custom || values['no-sni']) {
    profiles = [customProfile(values)];
  } else {
    profiles = [...CLIENT_PROFILES];
  }

  const [target] = pinTargets([parseTargetArgument(positionals[0]!)], {
    resolve: values.resolve,
    sni: values.sni
  }) as [Target];
  if (values.sni !== undefined && values['no-sni'])
    throw new ConfigurationError('give either --sni NAME or --no-sni, not both');
  const addresses = values.addresses ?? 'first';
  if (!(ADDRESS_SELECTIONS as readonly string[]).includes(addresses))
    throw new ConfigurationError(
      `--addresses must be one of ${ADDRESS_SELECTIONS.join(', ')}; got ${JSON.stringify(addresses)}`
    );
  const timeoutMs =
    values.timeout === undefined
      ? RUN_DEFAULTS.timeoutMs
      : parseDuration(values.timeout, { name: '--timeout', bareUnit: 'ms', minMs: 1, maxMs: 600_000 });
  const trust = await loadTrustStore(values['ca-file'] ? { caFile: values['ca-file'] } : {});
  const policy = await loadPolicy(values.policy, { baseDir: io.cwd });
  const { targetDeadlineMs, concurrency, perTargetConcurrency } = RUN_DEFAULTS;
  const scanOptions = {
    timeoutMs,
    targetDeadlineMs,
    concurrency,
    perTargetConcurrency,
    trust,
    now: new Date(),
    addresses: addresses as AddressSelection
  };
  const report = await scanTarget(target, scanOptions);
  if (report.status !== 'ok') {
    const why = report.error ? `${report.error.code}: ${report.error.message}` : report.status;
    if (json)
      writeLine(io.stdout, inertJson({ target: report.name, status: report.status, error: report.error }, 2));
    else
      writeLine(
        io.stdout,
        `${safe(report.name)}: cannot be scanned (${safe(why)}); every client fails the same way.`
      );
    return EXIT.fail;
  }

  const endpoint = {
    host: target.host,
    address: report.address ?? target.address ?? target.host,
    port: target.port,
    sni: target.sni,
    starttls: target.starttls
  };
  const limits = { timeoutMs, deadline: Date.now() + targetDeadlineMs };
  const results: DetailedClientResult[] = [];
  for (const profile of profiles) {
    const ownEndpoint = profile.sni ? endpoint : { ...endpoint, sni: null };
    results.push(await simulateClientDetailed(ownEndpoint, report, profile, limits, { rules: policy.rules }));
  }

  if (json) {
    writeLine(
      io.stdout,
      inertJson(
        {
          target: report.name,
          policy: policy.name,
          clients: results.map((r) => ({ ...r.result, details: r.diagnosis }))
        },
        2
      )
    );
  } else if (profiles.length === 1) {
    for (const line of describe(report, results[0]!)) writeLine(io.stdout, line);
  } else {
    for (const { result } of results) {
      const outcome = result.connects
        ? `${result.version} ${result.cipherSuite}`
        : `FAILS${result.alert ? ` (alert ${result.alert.description} ${result.alert.name})` : ''}`;
      writeLine(io.stdout, `${safe(result.profile).padEnd(18)}${safe(outcome)}`);
    }
    const failing = results.filter((r) => !r.result.connects);
    for (const detailed of failing) {
      writeLine(io.stdout, '');
      for (const line of describe(report, detailed)) writeLine(io.stdout, line);
    }
  }
  return results.every((r) => r.result.connects) ? EXIT.pass : EXIT.fail;
}
