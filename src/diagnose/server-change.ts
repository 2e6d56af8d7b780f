// A change to the server's TLS settings (full lists to set, derived from what the server has now plus the
// one thing the client needs) and its spelling for nginx, Apache httpd and HAProxy. Stating the full list,
// not "add X", keeps the lines copy-pasteable; starting from the scanned lists keeps every other client working.
import { groupByName, suiteByName } from '../registry/index.js';
import type { FixLines, ProtocolName, TargetReport } from '../model/report.js';
import { PROTOCOL_NAMES } from '../model/report.js';

export interface ServerChange {
  /** Versions to enable, oldest first; null = unchanged. */
  protocols: ProtocolName[] | null;
  /** TLS <= 1.2 suites (OpenSSL names), in the server's order; null = unchanged. */
  tls12Ciphers: string[] | null;
  /** TLS 1.3 suites (OpenSSL names); null = unchanged. */
  tls13Ciphers: string[] | null;
  /** Groups (OpenSSL names); null = unchanged. */
  groups: string[] | null;
  /** A DHE suite is added to a server that has no DH parameters yet (nginx then offers no DHE suite). */
  dhParams?: boolean;
}

export const NO_CHANGE: ServerChange = {
  protocols: null,
  tls12Ciphers: null,
  tls13Ciphers: null,
  groups: null
};

/** Versions the server speaks now, oldest first. */
export function currentProtocols(target: TargetReport): ProtocolName[] {
  return PROTOCOL_NAMES.filter((p) => target.protocols[p]);
}

export function opensslSuiteName(iana: string): string | null {
  return suiteByName(iana)?.openssl ?? null;
}

/** The spelling OpenSSL group lists accept (X25519, prime256v1, secp384r1, ffdhe2048). */
export function opensslGroupName(name: string): string | null {
  const group = groupByName(name);
  if (!group || group.opensslNames.length === 0) return null;
  return group.opensslNames.find((alias) => !/^P-\d+$/.test(alias)) ?? group.opensslNames[0]!;
}

/** The server's TLS <= 1.2 suites now (union over versions, first seen order), as OpenSSL names. */
export function currentTls12Ciphers(target: TargetReport): string[] {
  const names: string[] = [];
  for (const p of ['TLSv1.2', 'TLSv1.1', 'TLSv1.0', 'SSLv3'] as const) {
    for (const iana of target.cipherSuites[p] ?? []) {
      const name = opensslSuiteName(iana);
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

export function currentTls13Ciphers(target: TargetReport): string[] {
  return (target.cipherSuites['TLSv1.3'] ?? []).map((iana) => opensslSuiteName(iana) ?? iana);
}

export function currentGroups(target: TargetReport): string[] {
  return target.groups.map((g) => opensslGroupName(g)).filter((g): g is string => g !== null);
}

const NGINX_VERSION: Record<ProtocolName, string> = {
  SSLv2: 'SSLv2',
  SSLv3: 'SSLv3',
  'TLSv1.0': 'TLSv1',
  'TLSv1.1': 'TLSv1.1',
  'TLSv1.2': 'TLSv1.2',
  'TLSv1.3': 'TLSv1.3'
};

/** Where the fix lines put RFC 7919 DH parameters, and how to make them. */
export const DH_PARAM_FILE = '/etc/nginx/ffdhe2048.pem';
const DH_PARAM_COMMAND = `openssl genpkey -genparam -algorithm DH -pkeyopt group:ffdhe2048 -out ${DH_PARAM_FILE}`;

const belowTls12 = (p: ProtocolName): boolean =>
  PROTOCOL_NAMES.indexOf(p) < PROTOCOL_NAMES.indexOf('TLSv1.2');

/** nginx, Apache and HAProxy lines for a change (empty FixLines when nothing changes). */
export function renderServerChange(change: ServerChange): FixLines {
  const nginx: string[] = [];
  const apache: string[] = [];
  const haproxy: string[] = [];
  // OpenSSL 3 refuses TLS 1.0/1.1 (SHA-1 in the handshake) at its default security level.
  const legacy = change.protocols?.some(belowTls12) ?? false;
  if (change.protocols) {
    const versions = change.protocols.filter((p) => p !== 'SSLv2');
    nginx.push(`ssl_protocols ${versions.map((p) => NGINX_VERSION[p]).join(' ')};`);
    apache.push(`SSLProtocol -all ${versions.map((p) => `+${NGINX_VERSION[p]}`).join(' ')}`);
    haproxy.push(
      `ssl-default-bind-options ssl-min-ver ${versions[0]!.replace('TLSv1.0', 'TLSv1.0')} ssl-max-ver ${versions[versions.length - 1]!}`
    );
  }
  if (change.tls12Ciphers) {
    const list = [...change.tls12Ciphers, ...(legacy ? ['@SECLEVEL=0'] : [])].join(':');
    nginx.push(`ssl_ciphers ${list};`);
    apache.push(`SSLCipherSuite ${list}`);
    haproxy.push(`ssl-default-bind-ciphers ${list}`);
  }
  if (change.tls13Ciphers) {
    const list = change.tls13Ciphers.join(':');
    nginx.push(`ssl_conf_command Ciphersuites ${list};`);
    apache.push(`SSLCipherSuite TLSv1.3 ${list}`);
    haproxy.push(`ssl-default-bind-ciphersuites ${list}`);
  }
  if (change.dhParams) {
    // nginx enables DHE only with explicit parameters; Apache and HAProxy have built-in ones.
    nginx.push(`ssl_dhparam ${DH_PARAM_FILE};  # ${DH_PARAM_COMMAND}`);
  }
  if (change.groups) {
    const list = change.groups.join(':');
    nginx.push(`ssl_ecdh_curve ${list};`);
    apache.push(`SSLOpenSSLConfCmd Curves ${list}`);
    haproxy.push(`ssl-default-bind-curves ${list}`);
  }
  if (nginx.length === 0) return {};
  return { nginx, apache, haproxy };
}
