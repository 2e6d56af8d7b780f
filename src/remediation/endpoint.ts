// Where a reproduce command connects: the scanned address (or the host), the port, the SNI and the STARTTLS
// protocol. IPv6 addresses take brackets wherever a port or a URL follows them.
import type { StarttlsProtocol } from '../model/report.js';

export interface Endpoint {
  host: string;
  port: number;
  sni: string | null;
  /** The address that was scanned, when it differs from resolving the host. */
  address?: string | null;
  /** The plain-text protocol upgraded with before TLS (absent or null: TLS from the first byte). */
  starttls?: StarttlsProtocol | null;
}

/**
 * s_client's own STARTTLS options: `-starttls PROTO` (OpenSSL names them as tls-gate does), and for XMPP the
 * domain the stream asks for (-xmpphost; s_client would send the -connect host otherwise).
 */
export function starttlsArgs(endpoint: Endpoint): string[] {
  if (!endpoint.starttls) return [];
  const args = ['-starttls', endpoint.starttls];
  if (endpoint.starttls.startsWith('xmpp')) args.push('-xmpphost', endpoint.sni ?? endpoint.host);
  return args;
}

/** The protocols curl itself upgrades with STARTTLS (its --ssl-reqd); the others it cannot. */
const CURL_STARTTLS: Partial<Record<StarttlsProtocol, string>> = {
  smtp: 'smtp',
  imap: 'imap',
  pop3: 'pop3',
  ftp: 'ftp'
};

/** The scheme and flags curl needs for this endpoint; null when curl cannot upgrade its protocol. */
export function curlScheme(endpoint: Endpoint): { scheme: string; flags: string[] } | null {
  if (!endpoint.starttls) return { scheme: 'https', flags: [] };
  const scheme = CURL_STARTTLS[endpoint.starttls];
  return scheme ? { scheme, flags: ['--ssl-reqd'] } : null;
}

const bracketed = (host: string): string => (host.includes(':') ? `[${host}]` : host);

/** `address:port` for s_client's -connect ([::1]:443 for IPv6). */
export function connectAddress(endpoint: Endpoint): string {
  return `${bracketed(endpoint.address ?? endpoint.host)}:${endpoint.port}`;
}

/** The URL curl fetches: the host name, so SNI and the Host header are the configured ones. */
export function httpsUrl(endpoint: Endpoint): string {
  const scheme = curlScheme(endpoint)?.scheme ?? 'https';
  return `${scheme}://${bracketed(endpoint.host)}:${endpoint.port}/`;
}

/** curl's --resolve value pinning the host to the scanned address, or null when the host is the address. */
export function curlResolve(endpoint: Endpoint): string | null {
  if (!endpoint.address || endpoint.address === endpoint.host) return null;
  return `${endpoint.host}:${endpoint.port}:${endpoint.address}`;
}
