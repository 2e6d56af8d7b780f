// What the policy permits a server to offer: the suites, versions and groups the fix lines may name, so that
// applying the lines makes a finding go away instead of trading it for another one.
import type { CipherSuiteInfo } from '../registry/index.js';
import { suiteByName, suitesForProtocol } from '../registry/index.js';
import type { ProtocolName } from '../model/report.js';
import { PROTOCOL_NAMES } from '../model/report.js';
import { classesOf } from './cipher-classes.js';
import { groupBits, isFfdheGroup } from './groups.js';
import type { PolicyRules } from './policy-rules.js';

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

/** Suites a policy that allows any suite not denied may name: what OpenSSL 3 can offer (the registry's
 * nodeName), so the line stays within nginx's parameter length and names only configurable suites. */
function configurableSuites(): CipherSuiteInfo[] {
  const candidates: CipherSuiteInfo[] = [];
  const seen = new Set<number>();
  for (const p of ['TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1.0', 'SSLv3'] as const) {
    for (const suite of suitesForProtocol(p)) {
      if (!seen.has(suite.code) && (suite.nodeName || (p === 'TLSv1.3' && suite.iana))) {
        seen.add(suite.code);
        candidates.push(suite);
      }
    }
  }
  return candidates;
}

/** The suites the policy permits, in the policy's order (or the registry's when any suite not denied is allowed). */
export function permittedSuites(rules: PolicyRules): { tls12: CipherSuiteInfo[]; tls13: CipherSuiteInfo[] } {
  const candidates = rules.cipherSuites.allowed
    ? rules.cipherSuites.allowed
        .map((name) => suiteByName(name))
        .filter((s): s is CipherSuiteInfo => s !== undefined)
    : configurableSuites();
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

/** Is the group large enough for the policy's minimum (FFDHE against min DH bits, the rest against ECDH)? */
export function groupLargeEnough(name: string, rules: PolicyRules): boolean {
  const { minDhBits, minEcdhBits } = rules.keyExchange;
  const bits = groupBits(name);
  if (isFfdheGroup(name)) return minDhBits === null || (bits ?? 0) >= minDhBits;
  return minEcdhBits === null || bits === null || bits >= minEcdhBits;
}

export function permittedGroups(rules: PolicyRules): string[] {
  return (rules.keyExchange.allowedGroups ?? DEFAULT_GROUPS).filter((g) => groupLargeEnough(g, rules));
}
