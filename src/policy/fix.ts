// Fix lines for nginx, Apache httpd and HAProxy, DERIVED from the policy in force: the cipher line lists exactly
// the suites the policy allows (OpenSSL names), the protocol line exactly the allowed versions, so applying the
// lines makes the finding go away instead of trading it for another one.
import type { CipherSuiteInfo } from '../registry/index.js';
import { groupByName, suiteByName, suitesForProtocol } from '../registry/index.js';
import type { FixLines, ProtocolName } from '../model/report.js';
import { PROTOCOL_NAMES } from '../model/report.js';
import { classesOf } from './classes.js';
import type { PolicyRules } from './model.js';

// ---- what the policy permits ----

/** Why a suite is not permitted ("not in cipher-suites.allowed", "denied class cbc", ...), or null if it is. */
export function suiteRejection(name: string, rules: PolicyRules): string | null {
  const suite = suiteByName(name);
  const iana = suite?.iana ?? suite?.name ?? name;
  const cs = rules.cipherSuites;
  if (cs.denied.includes(iana)) return 'listed in cipher-suites.denied';
  if (suite) {
    const classes = classesOf(suite, cs.deniedClasses);
    if (classes.length) return `of denied class ${classes.join(', ')}`;
  }
  if (cs.allowed && !cs.allowed.includes(iana)) return 'not in cipher-suites.allowed';
  return null;
}

const isTls13Suite = (suite: CipherSuiteInfo): boolean => suite.minVersion === 'TLSv1.3';

/** The suites the policy permits, in the policy's order (or the registry's when any suite not denied is allowed). */
export function permittedSuites(rules: PolicyRules): { tls12: CipherSuiteInfo[]; tls13: CipherSuiteInfo[] } {
  const candidates: CipherSuiteInfo[] = [];
  if (rules.cipherSuites.allowed) {
    for (const name of rules.cipherSuites.allowed) {
      const suite = suiteByName(name);
      if (suite) candidates.push(suite);
    }
  } else {
    // Any suite not denied: enumerate what OpenSSL 3 can offer (the registry's nodeName), so the line stays
    // within nginx's parameter length and names only suites a current server can be configured with.
    const seen = new Set<number>();
    for (const p of ['TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1.0', 'SSLv3'] as const) {
      for (const suite of suitesForProtocol(p)) {
        if (!seen.has(suite.code) && (suite.nodeName || (p === 'TLSv1.3' && suite.iana))) {
          seen.add(suite.code);
          candidates.push(suite);
        }
      }
    }
  }
  const permitted = candidates.filter((suite) => suiteRejection(suite.iana ?? suite.name, rules) === null);
  return {
    tls12: permitted.filter((s) => !isTls13Suite(s) && s.openssl),
    tls13: permitted.filter(isTls13Suite)
  };
}

/** Versions to enable: the allowed ones (or TLS 1.2 and 1.3 plus any required when the policy allows any). */
export function permittedProtocols(rules: PolicyRules): ProtocolName[] {
  const allowed = rules.protocols.allowed ?? [
    ...new Set<ProtocolName>(['TLSv1.2', 'TLSv1.3', ...rules.protocols.required])
  ];
  return PROTOCOL_NAMES.filter((p) => allowed.includes(p) && p !== 'SSLv2');
}

// Groups offered when the policy allows any: the usual ECDHE curves, filtered by size.
const DEFAULT_GROUPS = ['x25519', 'secp256r1', 'secp384r1', 'secp521r1', 'x448'];

/** Key size in bits of an EC or FFDHE group name, or null (hybrids and unknown). */
export function groupBits(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower === 'x25519') return 256; // 255-bit curve, security equivalent to P-256; Mozilla counts it as 256
  if (lower === 'x448') return 448;
  const match = /^(?:secp|sect|brainpoolp|ffdhe)(\d+)/.exec(lower) ?? /^gc(256|512)/.exec(lower);
  return match ? Number(match[1]) : null;
}

export const isFfdheGroup = (name: string): boolean => /^ffdhe\d+$/i.test(name);
const isPostQuantumHybrid = (name: string): boolean => /mlkem|kyber/i.test(name);

export function permittedGroups(rules: PolicyRules): string[] {
  const kx = rules.keyExchange;
  const list = kx.allowedGroups ?? DEFAULT_GROUPS;
  return list.filter((g) => {
    const bits = groupBits(g);
    if (isFfdheGroup(g)) return kx.minDhBits === null || (bits ?? 0) >= kx.minDhBits;
    return kx.minEcdhBits === null || bits === null || bits >= kx.minEcdhBits;
  });
}

/** The spelling OpenSSL's group lists accept (X25519, prime256v1, ffdhe2048, X25519MLKEM768). */
function opensslGroupName(name: string): string | null {
  const group = groupByName(name);
  if (!group) return null;
  if (group.opensslNames.length === 0) return null;
  return group.opensslNames.find((alias) => !/^P-\d+$/.test(alias)) ?? group.opensslNames[0]!;
}

// ---- per-server spellings ----

const NGINX_PROTOCOL: Partial<Record<ProtocolName, string>> = {
  SSLv3: 'SSLv3',
  'TLSv1.0': 'TLSv1',
  'TLSv1.1': 'TLSv1.1',
  'TLSv1.2': 'TLSv1.2',
  'TLSv1.3': 'TLSv1.3'
};
const HAPROXY_PROTOCOL: Partial<Record<ProtocolName, string>> = {
  SSLv3: 'SSLv3',
  'TLSv1.0': 'TLSv1.0',
  'TLSv1.1': 'TLSv1.1',
  'TLSv1.2': 'TLSv1.2',
  'TLSv1.3': 'TLSv1.3'
};

/** OpenSSL 3 refuses TLS 1.0/1.1 and SHA-1 signatures at its default security level. */
function needsSeclevel0(protocols: ProtocolName[]): boolean {
  return protocols.some((p) => p === 'SSLv3' || p === 'TLSv1.0' || p === 'TLSv1.1');
}

export function protocolFix(rules: PolicyRules): FixLines {
  const protocols = permittedProtocols(rules);
  const nginx = protocols.map((p) => NGINX_PROTOCOL[p]).filter(Boolean);
  const haproxy = protocols.map((p) => HAPROXY_PROTOCOL[p]).filter(Boolean);
  const lines: FixLines = {
    nginx: [`ssl_protocols ${nginx.join(' ')};`],
    apache: [`SSLProtocol -all ${protocols.map((p) => `+${NGINX_PROTOCOL[p]}`).join(' ')}`],
    haproxy: haproxy.length
      ? [`ssl-default-bind-options ssl-min-ver ${haproxy[0]} ssl-max-ver ${haproxy[haproxy.length - 1]}`]
      : []
  };
  if (needsSeclevel0(protocols)) {
    lines.text = 'OpenSSL 3 needs @SECLEVEL=0 in the cipher string to offer versions below TLS 1.2.';
  }
  return lines;
}

export function cipherFix(rules: PolicyRules): FixLines {
  const { tls12, tls13 } = permittedSuites(rules);
  const protocols = permittedProtocols(rules);
  const onlyTls13 = protocols.every((p) => p === 'TLSv1.3');
  const seclevel = needsSeclevel0(protocols) ? ':@SECLEVEL=0' : '';
  const tls12List = tls12.map((s) => s.openssl!).join(':') + seclevel;
  const tls13List = tls13.map((s) => s.iana ?? s.name).join(':');
  const nginx: string[] = [];
  const apache: string[] = [];
  const haproxy: string[] = [];
  if (tls12.length && !onlyTls13) {
    nginx.push(`ssl_ciphers ${tls12List};`);
    apache.push(`SSLCipherSuite ${tls12List}`);
    haproxy.push(`ssl-default-bind-ciphers ${tls12List}`);
  }
  if (tls13.length) {
    nginx.push(`ssl_conf_command Ciphersuites ${tls13List};`);
    apache.push(`SSLCipherSuite TLSv1.3 ${tls13List}`);
    haproxy.push(`ssl-default-bind-ciphersuites ${tls13List}`);
  }
  const fix: FixLines = { nginx, apache, haproxy };
  if (!tls12.length && !tls13.length)
    fix.text = 'The policy permits no cipher suite a server can be configured with.';
  return fix;
}

export function orderFix(rules: PolicyRules): FixLines {
  const on = rules.serverPreference !== 'forbidden';
  return {
    nginx: [`ssl_prefer_server_ciphers ${on ? 'on' : 'off'};`],
    apache: [`SSLHonorCipherOrder ${on ? 'on' : 'off'}`],
    // One ssl-default-bind-options line holds every option: keep the version bounds on it.
    haproxy: on
      ? []
      : [`${protocolFix(rules).haproxy?.[0] ?? 'ssl-default-bind-options'} prefer-client-ciphers`],
    ...(on
      ? { text: 'HAProxy uses the server order unless prefer-client-ciphers is set: remove that option.' }
      : {})
  };
}

export function groupFix(rules: PolicyRules): FixLines {
  const names = permittedGroups(rules)
    .map(opensslGroupName)
    .filter((n): n is string => n !== null);
  if (names.length === 0) return { text: 'The policy permits no group a server can be configured with.' };
  // Post-quantum hybrids need OpenSSL 3.5, the brainpool TLS 1.3 groups 3.2; older versions reject the whole list.
  const classic = names.filter((n) => !isPostQuantumHybrid(n) && !/tls13$/i.test(n));
  const list = names.join(':');
  const nginx = [`ssl_ecdh_curve ${list};`];
  const apache = [`SSLOpenSSLConfCmd Curves ${list}`];
  const haproxy = [`ssl-default-bind-curves ${list}`];
  const fix: FixLines = { nginx, apache, haproxy };
  if (classic.length !== names.length && classic.length > 0) {
    nginx.push(`# with OpenSSL < 3.5: ssl_ecdh_curve ${classic.join(':')};`);
    apache.push(`# with OpenSSL < 3.5: SSLOpenSSLConfCmd Curves ${classic.join(':')}`);
    haproxy.push(`# with OpenSSL < 3.5: ssl-default-bind-curves ${classic.join(':')}`);
  }
  return fix;
}

/** The smallest RFC 7919 group at least as large as the policy's minimum. */
function ffdheFor(minBits: number | null): string {
  const sizes = [2048, 3072, 4096, 6144, 8192];
  return `ffdhe${sizes.find((s) => s >= (minBits ?? 2048)) ?? 8192}`;
}

export function dhFix(rules: PolicyRules): FixLines {
  const { tls12 } = permittedSuites(rules);
  if (!tls12.some((s) => s.kx === 'DHE')) {
    // The policy allows no DHE suite: the fix is the cipher list without them, not bigger parameters.
    return { ...cipherFix(rules), text: 'Remove the DHE suites: the policy allows none.' };
  }
  const group = ffdheFor(rules.keyExchange.minDhBits);
  return {
    nginx: [`ssl_dhparam /etc/nginx/${group}.pem;`],
    apache: [`SSLOpenSSLConfCmd DHParameters /etc/ssl/${group}.pem`],
    haproxy: [`ssl-dh-param-file /etc/haproxy/${group}.pem`],
    text: `Use the ${group} group of RFC 7919 (e.g. https://ssl-config.mozilla.org/${group}.txt) as the DH parameters file.`
  };
}

export function staplingFix(): FixLines {
  return {
    nginx: ['ssl_stapling on;', 'ssl_stapling_verify on;'],
    apache: ['SSLUseStapling On', 'SSLStaplingCache "shmcb:logs/ssl_stapling(32768)"'],
    haproxy: [],
    text: 'HAProxy 2.8+: add `ocsp-update on` to the certificate in the crt-list; older versions load the response with `set ssl ocsp-response`. nginx also needs a `resolver` to reach the responder.'
  };
}

export function chainFix(problem: 'incomplete' | 'order' | 'extra'): FixLines {
  const what = {
    incomplete: 'Serve the intermediate certificates after the leaf (the CA\'s "full chain" file).',
    order: 'Serve the leaf first, then each certificate followed by the one that issued it.',
    extra: 'Remove certificates that do not belong to the chain from the certificate file.'
  }[problem];
  return {
    nginx: ['ssl_certificate /etc/ssl/fullchain.pem;'],
    apache: ['SSLCertificateFile /etc/ssl/fullchain.pem'],
    haproxy: ['bind :443 ssl crt /etc/haproxy/fullchain-and-key.pem'],
    text: `${what} The file holds the leaf, then the intermediates in order; the root is not needed.`
  };
}

export function certificateFix(rules: PolicyRules, rule: string): FixLines {
  const c = rules.certificates;
  const keyAdvice = [
    c.allowedKeyTypes ? `key type ${c.allowedKeyTypes.join(' or ')}` : null,
    c.allowedCurves ? `curve ${c.allowedCurves.join(' or ')}` : null,
    c.minRsaBits ? `RSA of at least ${c.minRsaBits} bits` : null,
    c.allowedSignatureAlgorithms ? `signature ${c.allowedSignatureAlgorithms.join(', ')}` : null
  ].filter(Boolean);
  const text: Record<string, string> = {
    'certificate.expired':
      'Renew the certificate and reload the server; check why automatic renewal did not run.',
    'certificate.not-yet-valid':
      'Check the clock of the issuing system, or wait until notBefore; serve a certificate that is valid now.',
    'certificate.expiring':
      'Renew the certificate now (or fix the automatic renewal), then reload the server.',
    'certificate.lifetime': 'Request a certificate with a shorter validity period.',
    'certificate.hostname-mismatch':
      'Serve a certificate whose subjectAltName lists this host name (or check the SNI routing).',
    'certificate.untrusted':
      'Serve a certificate issued by a publicly trusted CA (or pass --ca-file for a private CA).',
    'certificate.self-signed':
      'Replace the self-signed certificate with one issued by a trusted CA (or pass --ca-file for a private CA).',
    'certificate.weak-key': `Reissue the certificate with a stronger key${keyAdvice.length ? ` (${keyAdvice.join('; ')})` : ''}.`,
    'certificate.key-type-not-allowed': `Reissue the certificate with an allowed key${keyAdvice.length ? ` (${keyAdvice.join('; ')})` : ''}.`,
    'certificate.weak-signature': `Reissue the certificate${c.allowedSignatureAlgorithms ? ` signed with ${c.allowedSignatureAlgorithms.join(', ')}` : ' with a SHA-256 or stronger signature'}.`,
    'chain.intermediate-expiring':
      'Get the current intermediate from the CA and serve it in the chain instead of the expiring one.'
  };
  return { text: text[rule] ?? 'Replace the certificate.' };
}

export function targetFix(rule: string): FixLines {
  const text: Record<string, string> = {
    'target.unreachable':
      'Check the host name, port, DNS and firewall; or set targets.unreachable to warning or ignore for this target.',
    'target.not-tls':
      'Point the target at the TLS port (e.g. 443, not 80), or check that the service terminates TLS itself.',
    'target.error': 'Look at the error: the server broke off the scan. Check its TLS configuration and logs.'
  };
  return { text: text[rule] ?? 'Check the target.' };
}
