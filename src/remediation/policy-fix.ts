// Fix lines for nginx, Apache httpd and HAProxy, DERIVED from the policy in force: the cipher line lists exactly
// the suites the policy allows (OpenSSL names), the protocol line exactly the allowed versions, so applying the
// lines makes the finding go away instead of trading it for another one.
import type { FixLines } from '../model/report.js';
import {
  groupLines,
  joinLines,
  nginxDhParamFile,
  protocolLines,
  tls12CipherLines,
  tls13CipherLines
} from './directives.js';
import { isPostQuantumHybrid, opensslGroupName } from './groups.js';
import { permittedGroups, permittedProtocols, permittedSuites } from './permitted.js';
import type { PolicyRules } from './policy-rules.js';
import { cipherString, needsSeclevel0 } from './seclevel.js';

export function protocolFix(rules: PolicyRules): FixLines {
  const protocols = permittedProtocols(rules);
  const lines: FixLines = protocolLines(protocols);
  if (needsSeclevel0(protocols)) {
    lines.text = 'OpenSSL 3 needs @SECLEVEL=0 in the cipher string to offer versions below TLS 1.2.';
  }
  return lines;
}

export function cipherFix(rules: PolicyRules): FixLines {
  const { tls12, tls13 } = permittedSuites(rules);
  const protocols = permittedProtocols(rules);
  const onlyTls13 = protocols.every((p) => p === 'TLSv1.3');
  const parts = [];
  if (tls12.length && !onlyTls13) {
    parts.push(
      tls12CipherLines(
        cipherString(
          tls12.map((s) => s.openssl!),
          protocols
        )
      )
    );
  }
  if (tls13.length) parts.push(tls13CipherLines(tls13.map((s) => s.iana ?? s.name).join(':')));
  const fix: FixLines = joinLines(...parts);
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
  if (classic.length !== names.length && classic.length > 0) {
    return joinLines(groupLines(names.join(':')), groupLines(classic.join(':'), '# with OpenSSL < 3.5: '));
  }
  return groupLines(names.join(':'));
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
    nginx: [`ssl_dhparam ${nginxDhParamFile(group)};`],
    apache: [`SSLOpenSSLConfCmd DHParameters /etc/ssl/${group}.pem`],
    haproxy: [`ssl-dh-param-file /etc/haproxy/${group}.pem`],
    text: `Use the ${group} group of RFC 7919 (e.g. https://ssl-config.mozilla.org/${group}.txt) as the DH parameters file.`
  };
}
