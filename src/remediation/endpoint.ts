// Where a reproduce command connects: the scanned address (or the host), the port and the SNI. IPv6 addresses
// take brackets wherever a port or a URL follows them.

export interface Endpoint {
  host: string;
  port: number;
  sni: string | null;
  /** The address that was scanned, when it differs from resolving the host. */
  address?: string | null;
}

const bracketed = (host: string): string => (host.includes(':') ? `[${host}]` : host);

/** `address:port` for s_client's -connect ([::1]:443 for IPv6). */
export function connectAddress(endpoint: Endpoint): string {
  return `${bracketed(endpoint.address ?? endpoint.host)}:${endpoint.port}`;
}

/** The URL curl fetches: the host name, so SNI and the Host header are the configured ones. */
export function httpsUrl(endpoint: Endpoint): string {
  return `https://${bracketed(endpoint.host)}:${endpoint.port}/`;
}

/** curl's --resolve value pinning the host to the scanned address, or null when the host is the address. */
export function curlResolve(endpoint: Endpoint): string | null {
  if (!endpoint.address || endpoint.address === endpoint.host) return null;
  return `${endpoint.host}:${endpoint.port}:${endpoint.address}`;
}
