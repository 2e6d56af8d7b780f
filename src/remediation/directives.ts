// The directives of nginx, Apache httpd and HAProxy that set TLS versions, cipher suites and groups: the one
// place that knows how each server spells them. Policy fixes and client fixes both write their lines here.
import type { ProtocolName } from '../model/report.js';

export interface ServerLines {
  nginx: string[];
  apache: string[];
  haproxy: string[];
}

// nginx and Apache name TLS 1.0 "TLSv1"; HAProxy's ssl-min-ver/ssl-max-ver take the version names as they are.
const NGINX_PROTOCOL: Record<ProtocolName, string> = {
  SSLv2: 'SSLv2',
  SSLv3: 'SSLv3',
  'TLSv1.0': 'TLSv1',
  'TLSv1.1': 'TLSv1.1',
  'TLSv1.2': 'TLSv1.2',
  'TLSv1.3': 'TLSv1.3'
};

/** Lines enabling exactly these versions (oldest first); no server of today can enable SSLv2. */
export function protocolLines(protocols: readonly ProtocolName[]): ServerLines {
  const versions = protocols.filter((p) => p !== 'SSLv2');
  const nginx = versions.map((p) => NGINX_PROTOCOL[p]);
  return {
    nginx: [`ssl_protocols ${nginx.join(' ')};`],
    apache: [`SSLProtocol -all ${nginx.map((name) => `+${name}`).join(' ')}`],
    haproxy: versions.length
      ? [`ssl-default-bind-options ssl-min-ver ${versions[0]} ssl-max-ver ${versions[versions.length - 1]}`]
      : []
  };
}

/** Lines setting the TLS <= 1.2 cipher string (OpenSSL names, with @SECLEVEL when needed). */
export function tls12CipherLines(cipherString: string): ServerLines {
  return {
    nginx: [`ssl_ciphers ${cipherString};`],
    apache: [`SSLCipherSuite ${cipherString}`],
    haproxy: [`ssl-default-bind-ciphers ${cipherString}`]
  };
}

/** Lines setting the TLS 1.3 suites (colon-separated). */
export function tls13CipherLines(suites: string): ServerLines {
  return {
    nginx: [`ssl_conf_command Ciphersuites ${suites};`],
    apache: [`SSLCipherSuite TLSv1.3 ${suites}`],
    haproxy: [`ssl-default-bind-ciphersuites ${suites}`]
  };
}

/** Lines setting the key-exchange groups (OpenSSL names, colon-separated), prefixed e.g. with a comment mark. */
export function groupLines(groups: string, prefix = ''): ServerLines {
  return {
    nginx: [`${prefix}ssl_ecdh_curve ${groups};`],
    apache: [`${prefix}SSLOpenSSLConfCmd Curves ${groups}`],
    haproxy: [`${prefix}ssl-default-bind-curves ${groups}`]
  };
}

/** Where nginx lines put an RFC 7919 group's DH parameters (nginx offers DHE only with such a file). */
export const nginxDhParamFile = (group: string): string => `/etc/nginx/${group}.pem`;

/** The lines of several settings, per server, in order. */
export function joinLines(...parts: ServerLines[]): ServerLines {
  return {
    nginx: parts.flatMap((p) => p.nginx),
    apache: parts.flatMap((p) => p.apache),
    haproxy: parts.flatMap((p) => p.haproxy)
  };
}
