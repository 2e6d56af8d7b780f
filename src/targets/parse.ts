// The TARGET syntax of the command line and the action's `hosts` input:
//   host, host:port, [ipv6]:port, [ipv6], bare ipv6, https://host[:port]/path (port 443 unless given), and the
//   STARTTLS and implicit-TLS URLs of ./starttls.ts (smtp://host[:port], imaps://host, ...; each scheme's
//   default port unless given); each optionally named and pinned: name=host:port@address (pinned-target.ts).
import { isIP } from 'node:net';
import { ConfigurationError, quoteFound } from '../errors.js';
import type { SourceLocation, StarttlsProtocol, Target } from '../model/report.js';
import { splitPinned } from './pinned-target.js';
import { STARTTLS_DEFAULT_PORTS, URL_SCHEMES } from './starttls.js';

export const DEFAULT_PORT = 443;

const SYNTAX = `expected host, host:port, [ipv6]:port or a URL (${Object.keys(URL_SCHEMES)
  .map((scheme) => `${scheme}://`)
  .join(', ')}), optionally name=...@address`;

/**
 * Parses one TARGET. `where` locates errors (a hosts input line); CLI arguments have none. `starttls` (the
 * CLI's --starttls) upgrades a host[:port] target, on the protocol's default port unless one is given; a URL says
 * its own protocol, which must then agree.
 */
export function parseTargetArgument(
  text: string,
  where?: SourceLocation,
  starttls?: StarttlsProtocol
): Target {
  const fail = (why: string): never => {
    throw new ConfigurationError(`invalid target ${quoteFound(text)}: ${why}`, where ?? {});
  };
  if (text.trim() === '') fail(`empty target; ${SYNTAX}`);
  const pinned = splitPinned(text.trim(), fail);
  const trimmed = pinned.endpoint;
  if (trimmed === '') fail(`empty target; ${SYNTAX}`);

  let host: string;
  let portText: string | undefined;
  let defaultPort = starttls ? STARTTLS_DEFAULT_PORTS[starttls] : DEFAULT_PORT;
  let upgrade = starttls;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  if (scheme) {
    const meaning = URL_SCHEMES[scheme[1].toLowerCase()];
    if (!meaning) fail(`${scheme[1]}:// does not name a TLS or STARTTLS endpoint; ${SYNTAX}`);
    const named = meaning!.starttls ?? undefined;
    if (starttls && named !== starttls) {
      fail(
        `--starttls ${starttls} disagrees with the URL's ${scheme[1]}:// (${named ? `STARTTLS ${named}` : 'TLS from the first byte'})`
      );
    }
    upgrade = named;
    defaultPort = meaning!.port;
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return fail(`not a valid URL; ${SYNTAX}`);
    }
    if (url.username || url.password) fail('URLs with credentials are not accepted');
    host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    // URL drops the port when it is the scheme's default (443 for https, 21 for ftp), which is ours too.
    portText = url.port === '' ? undefined : url.port;
  } else if (trimmed.startsWith('[')) {
    const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(trimmed);
    if (!bracketed) return fail(`unbalanced brackets; ${SYNTAX}`);
    host = bracketed[1];
    portText = bracketed[2];
    if (isIP(host) !== 6) fail('brackets are for IPv6 addresses');
  } else if (isIP(trimmed) === 6) {
    host = trimmed;
  } else {
    const colon = trimmed.lastIndexOf(':');
    if (colon >= 0) {
      host = trimmed.slice(0, colon);
      portText = trimmed.slice(colon + 1);
      if (host.includes(':')) fail('an IPv6 address with a port needs brackets: [ipv6]:port');
    } else {
      host = trimmed;
    }
  }

  const hostProblem = checkHost(host);
  if (hostProblem) fail(hostProblem);
  let port = defaultPort;
  if (portText !== undefined) {
    const parsed = parsePort(portText);
    if (parsed === null) fail(`port ${quoteFound(portText)} is not a number from 1 to 65535`);
    port = parsed as number;
  }
  return makeTarget({
    host,
    port,
    source: where,
    name: pinned.name,
    address: pinned.address,
    ...(upgrade ? { starttls: upgrade } : {})
  });
}

/** Fills the defaults every Target gets: SNI from the host name (none for IP literals), name "host:port". */
export function makeTarget(
  fields: Omit<Target, 'name' | 'sni'> & { name?: string; sni?: string | null }
): Target {
  const host = normaliseHost(fields.host);
  const target: Target = {
    name: fields.name ?? defaultName(host, fields.port),
    host,
    port: fields.port,
    sni: fields.sni !== undefined ? fields.sni : isIP(host) ? null : host
  };
  if (fields.address !== undefined) target.address = fields.address;
  if (fields.addresses !== undefined) target.addresses = fields.addresses;
  if (fields.addressSelection !== undefined) target.addressSelection = fields.addressSelection;
  if (fields.starttls !== undefined) target.starttls = fields.starttls;
  if (fields.policy !== undefined) target.policy = fields.policy;
  if (fields.policySource !== undefined) target.policySource = fields.policySource;
  if (fields.expect !== undefined) target.expect = fields.expect;
  if (fields.source !== undefined) target.source = fields.source;
  return target;
}

export function defaultName(host: string, port: number): string {
  return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Host names compare case-insensitively; a trailing dot (absolute name) is dropped for SNI (RFC 6066 §3). */
function normaliseHost(host: string): string {
  if (isIP(host)) return host.toLowerCase();
  return host.toLowerCase().replace(/\.$/, '');
}

/** What a host may be, for error messages. */
export const HOST_SYNTAX =
  'a host is a DNS name (dot-separated labels of letters, digits, "-" and "_", each 1 to 63 characters, not starting or ending with "-") or an IPv4 or IPv6 address';

/**
 * null when `host` is a usable host name or IP literal, else why not. A host reaches every reproduce command
 * (`openssl s_client -connect HOST:PORT`), so one that starts with "-" would be read there as an option: RFC 1123
 * labels never start or end with a hyphen. Underscores are tolerated (common in internal names).
 */
export function checkHost(host: string): string | null {
  if (host === '') return 'the host is empty';
  if (isIP(host)) return null;
  if (host.length > 253) return `the host name is longer than 253 characters; ${HOST_SYNTAX}`;
  const labels = host.replace(/\.$/, '').split('.');
  if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?$/i.test(host)) {
    return `${quoteFound(host)} is not a host name or IP address; ${HOST_SYNTAX}`;
  }
  if (labels.some((label) => label.startsWith('-') || label.endsWith('-'))) {
    return `${quoteFound(host)} is not a host name or IP address: a label starts or ends with "-"; ${HOST_SYNTAX}`;
  }
  if (labels.some((label) => label.length > 63))
    return `a label of the host name is longer than 63 characters; ${HOST_SYNTAX}`;
  // All digits and dots is an IPv4 address, and not a valid one (a name's last label is never all digits).
  if (/^[0-9]+$/.test(labels[labels.length - 1])) {
    return `${quoteFound(host)} is not a host name or IP address: it ends in a number but is not an IPv4 address; ${HOST_SYNTAX}`;
  }
  return null;
}

/** Port from text: digits only, 1..65535. */
export function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : null;
}

/**
 * The action's `hosts` input: targets separated by newlines or commas; blank entries and `#` comments are
 * ignored. `sourceFile`/`firstLine` say where the input sits (the workflow file) so errors and findings point there.
 */
export function parseHostsInput(text: string, sourceFile?: string, firstLine = 1): Target[] {
  const targets: Target[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const content = line.replace(/(^|\s)#.*$/, '');
    for (const part of content.split(',')) {
      if (part.trim() === '') continue;
      const where = sourceFile !== undefined ? { file: sourceFile, line: firstLine + index } : undefined;
      targets.push(parseTargetArgument(part, where));
    }
  });
  return targets;
}
