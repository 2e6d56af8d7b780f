// OpenSSL 3 refuses SSLv3, TLS 1.0 and TLS 1.1 (SHA-1 in the handshake) at its default security level 1:
// a server configuration or an s_client command that should speak them needs @SECLEVEL=0 in its cipher string.
import type { ProtocolName } from '../model/report.js';

const LEGACY: readonly ProtocolName[] = ['SSLv3', 'TLSv1.0', 'TLSv1.1'];

/** Does enabling (or offering) these versions need @SECLEVEL=0? SSLv2 does not count: OpenSSL 3 has none. */
export function needsSeclevel0(versions: readonly ProtocolName[]): boolean {
  return versions.some((version) => LEGACY.includes(version));
}

/** An OpenSSL cipher string for these suites that still works with these versions enabled. */
export function cipherString(suites: readonly string[], versions: readonly ProtocolName[]): string {
  return [...suites, ...(needsSeclevel0(versions) ? ['@SECLEVEL=0'] : [])].join(':');
}
