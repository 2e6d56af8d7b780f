// Pinning on the command line, curl's way: `--resolve HOST:PORT:ADDR[,ADDR...]` makes the targets of that host
// and port scan those addresses instead of resolving the name; `--sni NAME` / `--no-sni` set the SNI every
// target sends. Applied to the parsed targets, whichever way they were named (arguments, stdin, files).
import { isIP } from 'node:net';
import { ConfigurationError, quoteFound } from '../errors.js';
import type { Target } from '../model/report.js';
import { checkHost, parsePort } from './parse.js';
import { ipLiteral } from './pinned-target.js';

/** One `--resolve HOST:PORT:ADDR[,ADDR...]` (curl's syntax; IPv6 addresses bracketed or bare). */
export interface ResolveOption {
  host: string;
  port: number;
  addresses: string[];
}

export const RESOLVE_SYNTAX =
  'expected HOST:PORT:ADDR[,ADDR...] (curl syntax), e.g. example.com:443:192.0.2.1,[2001:db8::1]';

export function parseResolveOption(text: string): ResolveOption {
  const fail = (why: string): never => {
    throw new ConfigurationError(`--resolve ${quoteFound(text)}: ${why}; ${RESOLVE_SYNTAX}`);
  };
  const first = text.indexOf(':');
  const second = first < 0 ? -1 : text.indexOf(':', first + 1);
  if (second < 0) fail('it has fewer than three parts');
  const host = text.slice(0, first).trim().toLowerCase().replace(/\.$/, '');
  const hostProblem = checkHost(host);
  if (hostProblem) fail(hostProblem);
  const port = parsePort(text.slice(first + 1, second).trim());
  if (port === null)
    fail(`port ${quoteFound(text.slice(first + 1, second))} is not a number from 1 to 65535`);
  const addresses = text
    .slice(second + 1)
    .split(',')
    .map((item) => item.trim());
  addresses.forEach((item) => {
    if (ipLiteral(item) === null) fail(`${quoteFound(item)} is not an IPv4 or IPv6 address`);
  });
  return { host, port: port!, addresses: addresses.map((item) => ipLiteral(item)!) };
}

/**
 * The targets with each `--resolve` applied: a target of that host and port scans those addresses instead of
 * resolving its name. A `--resolve` that names no target is a mistake (a typo would pin nothing).
 */
export function applyResolveOptions(targets: Target[], options: readonly ResolveOption[]): Target[] {
  for (const option of options) {
    if (!targets.some((target) => target.host === option.host && target.port === option.port)) {
      throw new ConfigurationError(
        `--resolve ${option.host}:${option.port}:...: no target is ${option.host} port ${option.port}; name the host and port of a target`
      );
    }
  }
  return targets.map((target) => {
    const option = options.find((o) => o.host === target.host && o.port === target.port);
    if (!option) return target;
    const pinned: Target = { ...target, addresses: option.addresses };
    delete pinned.address;
    return pinned;
  });
}

/** `--sni NAME` / `--no-sni`: the SNI every target sends (null: none). */
export function applySni(targets: Target[], sni: string | null): Target[] {
  return targets.map((target) => ({ ...target, sni }));
}

/** `--sni NAME` checked as a host name (an IP literal is never sent as SNI, RFC 6066 §3). */
export function parseSniOption(text: string): string {
  const name = text.trim().toLowerCase().replace(/\.$/, '');
  const problem = isIP(name) ? 'an IP address is never sent as SNI (RFC 6066 §3)' : checkHost(name);
  if (problem) throw new ConfigurationError(`--sni ${quoteFound(text)}: expected a host name; ${problem}`);
  return name;
}
