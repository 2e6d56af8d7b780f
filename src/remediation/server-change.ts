// A change to the server's TLS settings (full lists to set, derived from what the server has now plus the
// one thing the client needs) and its spelling for nginx, Apache httpd and HAProxy. Stating the full list,
// not "add X", keeps the lines copy-pasteable; starting from the scanned lists keeps every other client working.
import { suiteByName } from '../registry/index.js';
import type { FixLines, ProtocolName, TargetReport } from '../model/report.js';
import { PROTOCOL_NAMES } from '../model/report.js';
import {
  groupLines,
  joinLines,
  nginxDhParamFile,
  protocolLines,
  tls12CipherLines,
  tls13CipherLines,
  type ServerLines
} from './directives.js';
import { opensslGroupName } from './groups.js';
import { cipherString } from './seclevel.js';

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

/** Where the fix lines put RFC 7919 DH parameters, and how to make them. */
export const DH_PARAM_FILE = nginxDhParamFile('ffdhe2048');
const DH_PARAM_COMMAND = `openssl genpkey -genparam -algorithm DH -pkeyopt group:ffdhe2048 -out ${DH_PARAM_FILE}`;

/** nginx, Apache and HAProxy lines for a change (empty FixLines when nothing changes). */
export function renderServerChange(change: ServerChange): FixLines {
  const parts: ServerLines[] = [];
  if (change.protocols) parts.push(protocolLines(change.protocols));
  if (change.tls12Ciphers) {
    parts.push(tls12CipherLines(cipherString(change.tls12Ciphers, change.protocols ?? [])));
  }
  if (change.tls13Ciphers) parts.push(tls13CipherLines(change.tls13Ciphers.join(':')));
  if (change.dhParams) {
    // nginx enables DHE only with explicit parameters; Apache and HAProxy have built-in ones.
    parts.push({ nginx: [`ssl_dhparam ${DH_PARAM_FILE};  # ${DH_PARAM_COMMAND}`], apache: [], haproxy: [] });
  }
  if (change.groups) parts.push(groupLines(change.groups.join(':')));
  const lines = joinLines(...parts);
  return lines.nginx.length === 0 ? {} : lines;
}
