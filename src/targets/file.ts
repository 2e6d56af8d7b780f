// Targets files: a YAML list of entries, or a mapping `{ targets: [...] }`. Validation is strict (unknown keys,
// wrong types, bad ports, empty hosts are usage errors naming the file, line and entry), because a typo in a gate's
// input must never quietly drop a target. Each Target remembers its file and line for annotations and SARIF.
import { isIP } from 'node:net';
import { ConfigurationError, describeFound, quoteFound } from '../errors.js';
import { InputFileError, readInputFile } from '../input-files.js';
import {
  ADDRESS_SELECTIONS,
  type AddressSelection,
  type StarttlsProtocol,
  type Target,
  type TargetExpectation
} from '../model/report.js';
import { loadYamlWithPositions, type LocatedYaml, type YamlPath } from '../yaml/located.js';
import { DEFAULT_PORT, checkHost, makeTarget, parseTargetArgument } from './parse.js';
import { isStarttlsProtocol, STARTTLS_DEFAULT_PORTS, STARTTLS_SYNTAX } from './starttls.js';

export const ENTRY_KEYS = [
  'host',
  'port',
  'address',
  'addresses',
  'sni',
  'starttls',
  'name',
  'policy',
  'expect'
] as const;
const EXPECT_KEYS = ['issuer', 'spkiSha256'] as const;

/** Reads and validates a targets file. `displayPath` is how the file is named in errors and reports. */
export async function loadTargetsFile(path: string, displayPath: string = path): Promise<Target[]> {
  let text: string;
  try {
    text = await readInputFile(path, 'targets file', displayPath);
  } catch (error) {
    if (!(error instanceof InputFileError) || error.problem !== 'missing') throw error;
    throw new ConfigurationError('cannot read targets file: no such file', { file: displayPath });
  }
  return parseTargetsFile(text, displayPath);
}

/** Validates the text of a targets file named `file`. */
export function parseTargetsFile(text: string, file: string): Target[] {
  const yaml = loadYamlWithPositions(text, file);
  let list: unknown = yaml.value;
  let listPath: YamlPath = [];
  if (isMapping(list)) {
    rejectUnknownKeys(yaml, [], list, ['targets'], 'the top level');
    if (!('targets' in list))
      throw yaml.errorAt([], 'expected a list of targets, or a mapping with a `targets` list');
    list = list.targets;
    listPath = ['targets'];
  }
  if (!Array.isArray(list)) {
    throw yaml.errorAt(listPath, `expected a list of targets, got ${describeType(list)}`);
  }
  if (list.length === 0) throw yaml.errorAt(listPath, 'the list of targets is empty');

  const targets = list.map((entry, index) => parseEntry(yaml, [...listPath, index], entry));
  const seen = new Map<string, number>();
  targets.forEach((target, index) => {
    const first = seen.get(target.name);
    if (first !== undefined) {
      throw yaml.errorAt(
        [...listPath, index],
        `${entryLabel(index, target.host)}: the name ${quoteFound(target.name)} is already used by entry ${first + 1}; give one of them a distinct \`name\``
      );
    }
    seen.set(target.name, index);
  });
  return targets;
}

function parseEntry(yaml: LocatedYaml, path: YamlPath, entry: unknown): Target {
  const index = path[path.length - 1] as number;
  const position = yaml.keyPositionOf(path) ?? yaml.nearestPositionOf(path);
  const source = { file: yaml.file, line: position?.line ?? 1 };

  // A bare string is the command-line syntax: "host:port".
  if (typeof entry === 'string') {
    try {
      return parseTargetArgument(entry, source);
    } catch (error) {
      if (error instanceof ConfigurationError) {
        const at = yaml.positionOf(path);
        throw new ConfigurationError(`entry ${index + 1}: ${error.message}`, { file: yaml.file, ...at });
      }
      throw error;
    }
  }
  if (!isMapping(entry)) {
    throw yaml.errorAt(
      path,
      `entry ${index + 1}: expected a mapping with \`host\` (or a "host:port" string), got ${describeType(entry)}`
    );
  }

  const label = entryLabel(index, typeof entry.host === 'string' ? entry.host : undefined);
  const fail = (key: string | YamlPath, message: string): never => {
    throw yaml.errorAt(typeof key === 'string' ? [...path, key] : [...path, ...key], `${label}: ${message}`);
  };
  rejectUnknownKeys(yaml, path, entry, ENTRY_KEYS, label);

  if (!('host' in entry)) fail([], 'missing `host`');
  const host = entry.host;
  if (typeof host !== 'string') return fail('host', `\`host\` must be a string, got ${describeType(host)}`);
  const hostProblem = checkHost(host.trim());
  if (hostProblem) {
    const hint = host.includes(':') && !isIP(host) ? ' (put the port in `port`)' : '';
    fail('host', `${hostProblem}${hint}`);
  }

  let starttls: StarttlsProtocol | undefined;
  if ('starttls' in entry) {
    const value = entry.starttls;
    if (!isStarttlsProtocol(value))
      fail('starttls', `\`starttls\` must be ${STARTTLS_SYNTAX}, got ${quoteFound(value)}`);
    starttls = value as StarttlsProtocol;
  }

  // A STARTTLS service listens on its protocol's own port unless told otherwise.
  let port = starttls ? STARTTLS_DEFAULT_PORTS[starttls] : DEFAULT_PORT;
  if ('port' in entry) {
    const value = entry.port;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) {
      fail(
        'port',
        `\`port\` must be a whole number from 1 to 65535, got ${value === undefined ? describeType(value) : quoteFound(value)}`
      );
    }
    port = value as number;
  }

  const fields: Parameters<typeof makeTarget>[0] = { host: host.trim(), port, source };
  if (starttls) fields.starttls = starttls;

  if ('address' in entry) {
    const value = entry.address;
    if (typeof value !== 'string' || checkHost(value) !== null) {
      fail('address', `\`address\` must be an IP address or host name, got ${quoteFound(value)}`);
    }
    fields.address = value as string;
  }
  if ('addresses' in entry && typeof entry.addresses === 'string') {
    // A word: which of the name's addresses to scan. A list: the addresses themselves (pinned).
    const value = entry.addresses;
    if (!(ADDRESS_SELECTIONS as readonly string[]).includes(value))
      fail(
        'addresses',
        `\`addresses\` must be one of ${ADDRESS_SELECTIONS.join(', ')}, or a list of addresses; got ${quoteFound(value)}`
      );
    fields.addressSelection = value as AddressSelection;
  } else if ('addresses' in entry) {
    const value = entry.addresses;
    if (!Array.isArray(value) || value.length === 0) {
      fail(
        'addresses',
        `\`addresses\` must be one of ${ADDRESS_SELECTIONS.join(', ')}, or a non-empty list of IP addresses or host names`
      );
    }
    (value as unknown[]).forEach((item, i) => {
      if (typeof item !== 'string' || checkHost(item) !== null) {
        fail(
          ['addresses', i],
          `\`addresses\` item ${i + 1} is not an IP address or host name: ${quoteFound(item)}`
        );
      }
    });
    fields.addresses = value as string[];
  }
  if ('sni' in entry) {
    const value = entry.sni;
    if (value === false) fields.sni = null;
    else if (typeof value === 'string' && value !== '' && !isIP(value) && checkHost(value) === null)
      fields.sni = value;
    else fail('sni', `\`sni\` must be a host name or false (send no SNI), got ${quoteFound(value)}`);
  }
  if ('name' in entry) {
    const value = entry.name;
    if (typeof value !== 'string' || value.trim() === '') fail('name', '`name` must be a non-empty string');
    fields.name = (value as string).trim();
  }
  if ('policy' in entry) {
    const value = entry.policy;
    // Preset name, file path, or inline rules; src/policy validates the content.
    if (!(typeof value === 'string' && value.trim() !== '') && !isMapping(value)) {
      fail('policy', '`policy` must be a preset name, a policy file path, or a mapping of rules');
    }
    fields.policy = value;
    const at = yaml.positionOf([...path, 'policy']);
    if (at) fields.policySource = { file: yaml.file, line: at.line, column: at.column };
  }
  if ('expect' in entry) fields.expect = parseExpect(yaml, [...path, 'expect'], entry.expect, label);

  const target = makeTarget(fields);
  if ('policy' in entry) POLICY_LOCATIONS.set(target, { located: yaml, path: [...path, 'policy'] });
  return target;
}

/**
 * Targets parsed from a file remember the YAML their `policy` came from, so src/policy can point its errors at
 * the exact line and column of an inline rule. Weak: nothing is kept once the targets are gone.
 */
const POLICY_LOCATIONS = new WeakMap<Target, { located: LocatedYaml; path: YamlPath }>();

export function policyLocationOf(target: Target): { located: LocatedYaml; path: YamlPath } | undefined {
  return POLICY_LOCATIONS.get(target);
}

function parseExpect(yaml: LocatedYaml, path: YamlPath, value: unknown, label: string): TargetExpectation {
  if (!isMapping(value))
    throw yaml.errorAt(path, `${label}: \`expect\` must be a mapping with issuer and/or spkiSha256`);
  rejectUnknownKeys(yaml, path, value, EXPECT_KEYS, `${label}: \`expect\``);
  const expect: TargetExpectation = {};
  if ('issuer' in value) {
    if (typeof value.issuer !== 'string' || value.issuer === '') {
      throw yaml.errorAt([...path, 'issuer'], `${label}: \`expect.issuer\` must be a non-empty string`);
    }
    expect.issuer = value.issuer;
  }
  if ('spkiSha256' in value) {
    const pins = typeof value.spkiSha256 === 'string' ? [value.spkiSha256] : value.spkiSha256;
    if (!Array.isArray(pins) || pins.length === 0) {
      throw yaml.errorAt(
        [...path, 'spkiSha256'],
        `${label}: \`expect.spkiSha256\` must be a pin or a list of pins`
      );
    }
    pins.forEach((pin, i) => {
      // base64 of a SHA-256: 44 characters ending in '='.
      if (typeof pin !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(pin)) {
        const at =
          typeof value.spkiSha256 === 'string' ? [...path, 'spkiSha256'] : [...path, 'spkiSha256', i];
        throw yaml.errorAt(at, `${label}: ${quoteFound(pin)} is not a base64 SHA-256 pin (44 characters)`);
      }
    });
    expect.spkiSha256 = pins as string[];
  }
  return expect;
}

function rejectUnknownKeys(
  yaml: LocatedYaml,
  path: YamlPath,
  mapping: Record<string, unknown>,
  allowed: readonly string[],
  label: string
): void {
  for (const key of Object.keys(mapping)) {
    if (allowed.includes(key)) continue;
    const position = yaml.keyPositionOf([...path, key]);
    const suggestion = closest(key, allowed);
    const hint = suggestion ? `; did you mean \`${suggestion}\`?` : `; expected one of ${allowed.join(', ')}`;
    // A key is quoted like any value found: a long one (a file that is not a targets file) only by its size.
    const shown = quoteFound(key).startsWith('"') ? `\`${key}\`` : `(${quoteFound(key)})`;
    throw new ConfigurationError(`${label}: unknown key ${shown}${hint}`, { file: yaml.file, ...position });
  }
}

function entryLabel(index: number, host: string | undefined): string {
  return host ? `entry ${index + 1} (${quoteFound(host)})` : `entry ${index + 1}`;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return describeFound(value);
}

/** The allowed key within edit distance 2 of a typo, if any. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    previous = current;
  }
  return previous[b.length];
}
