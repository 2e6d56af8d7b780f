// What fixes each vulnerability check's finding, once per check: the server lines where a setting fixes it,
// else the upgrade that does. src/policy/checks/vulnerabilities.ts decides when a finding is due.
import type { FixLines, VulnerabilityName } from '../model/report.js';
import { SESSION_TICKET_SWITCH } from './resumption.js';

/** Cipher-string exclusions (OpenSSL syntax) appended to the server's own cipher list. */
function excluding(exclusions: string, why: string): FixLines {
  return {
    nginx: [`ssl_ciphers <your current list>${exclusions};`],
    apache: [`SSLCipherSuite <your current list>${exclusions}`],
    haproxy: [`ssl-default-bind-ciphers <your current list>${exclusions}`],
    text: why
  };
}

const FIXES: Record<Exclude<VulnerabilityName, 'robot' | 'hsts'>, FixLines> = {
  heartbleed: {
    text: 'Upgrade OpenSSL to 1.0.1g or later (or build it with -DOPENSSL_NO_HEARTBEATS) and restart the server; then replace the private key, reissue the certificate and revoke the old one, since the key may have leaked.'
  },
  ccsInjection: {
    text: 'Upgrade OpenSSL to 0.9.8za, 1.0.0m, 1.0.1h or later (any supported release) and restart the server.'
  },
  compression: {
    apache: ['SSLCompression off'],
    text: 'Turn TLS compression off; OpenSSL 1.1.0 and later build without it, nginx 1.1.6 and later never enable it.'
  },
  insecureRenegotiation: {
    text: 'Upgrade the TLS library to one with RFC 5746 secure renegotiation (OpenSSL 0.9.8m or later); until then, turn renegotiation off entirely.'
  },
  clientRenegotiation: {
    apache: [
      '# Apache httpd 2.4 with OpenSSL 1.1.1 or later refuses client-initiated renegotiation: upgrade'
    ],
    text: 'Refuse client-initiated renegotiation: OpenSSL 3 refuses it unless SSL_OP_ALLOW_CLIENT_RENEGOTIATION (or ClientRenegotiation in openssl.cnf) turns it on, nginx always refuses it; remove that option or upgrade.'
  },
  fallbackScsv: {
    text: 'Upgrade the TLS library to one that honours TLS_FALLBACK_SCSV (OpenSSL 1.0.1j or later), or offer one protocol version only.'
  },
  ticketbleed: {
    ...SESSION_TICKET_SWITCH.off,
    text: "Apply the vendor's fix for CVE-2016-9244 (F5 K05121675); until then turn session tickets off."
  },
  sweet32: excluding(
    ':!3DES:!DES:!IDEA:!RC2',
    'Remove the suites with 64-bit block ciphers (3DES, DES, IDEA, RC2).'
  ),
  logjam: {
    nginx: ['ssl_dhparam /etc/nginx/ffdhe2048.pem;  # RFC 7919 group, 2048 bits or more'],
    apache: ['SSLOpenSSLConfCmd DHParameters "/etc/apache2/ffdhe2048.pem"'],
    haproxy: ['ssl-dh-param-file /etc/haproxy/ffdhe2048.pem'],
    text: 'Use DH groups of 2048 bits or more (RFC 7919 ffdhe2048 or larger) and remove export-grade suites (!EXPORT), or drop DHE for ECDHE.'
  },
  freak: excluding(':!EXPORT', 'Remove the RSA_EXPORT suites.'),
  drown: {
    text: 'Turn SSLv2 off on every server that uses this key or certificate (OpenSSL 1.0.2g and 1.0.1s removed it), not only on this one.'
  },
  poodle: {
    nginx: ['ssl_protocols TLSv1.2 TLSv1.3;'],
    apache: ['SSLProtocol -all +TLSv1.2 +TLSv1.3'],
    haproxy: ['ssl-default-bind-options ssl-min-ver TLSv1.2'],
    text: 'Turn SSLv3 off.'
  },
  beast: {
    nginx: ['ssl_protocols TLSv1.2 TLSv1.3;'],
    apache: ['SSLProtocol -all +TLSv1.2 +TLSv1.3'],
    haproxy: ['ssl-default-bind-options ssl-min-ver TLSv1.2'],
    text: 'Turn SSLv3 and TLS 1.0 off (or offer no CBC suites over them).'
  },
  rc4: excluding(':!RC4', 'Remove the RC4 suites (RFC 7465 prohibits them).')
};

/** The fix lines of one check's finding (robot and hsts: their own modules). */
export function vulnerabilityFix(name: VulnerabilityName): FixLines {
  return name === 'robot' || name === 'hsts' ? {} : FIXES[name];
}
