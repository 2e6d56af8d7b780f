// The rule ids are part of the public interface (reports, SARIF, waivers, docs): an id never changes meaning.
// This table is the one place that lists them, so docs, SARIF rule metadata and validation agree.
import type { Severity } from '../model/report.js';
import { VULNERABILITY_RULES } from './vulnerability-rules.js';

export interface RuleInfo {
  id: string;
  title: string;
  /** What makes the rule fire, in the words of the docs. */
  trigger: string;
  /** Severity when the policy does not override it ("computed" rules pick warning or error themselves). */
  severity: Severity;
  /** The policy key that governs the rule (for docs). */
  policyKey: string;
}

const rule = (
  id: string,
  title: string,
  trigger: string,
  severity: Severity,
  policyKey: string
): RuleInfo => ({
  id,
  title,
  trigger,
  severity,
  policyKey
});

/** The rules src/policy/evaluate.ts produces. */
const POLICY_RULES: readonly RuleInfo[] = [
  rule(
    'protocol.not-allowed',
    'Protocol version not allowed',
    'The server accepts a protocol version that is not in `protocols.allowed`.',
    'error',
    'protocols.allowed'
  ),
  rule(
    'protocol.missing',
    'Required protocol version missing',
    'The server does not accept a version listed in `protocols.required`: a warning naming the clients left out when a preset requires it, an error when your policy does.',
    'warning',
    'protocols.required'
  ),
  rule(
    'cipher.not-allowed',
    'Cipher suite not allowed',
    'The server accepts a suite outside `cipher-suites.allowed`, listed in `cipher-suites.denied`, or of a class in `cipher-suites.denied-classes`.',
    'error',
    'cipher-suites'
  ),
  rule(
    'cipher.missing',
    'Required cipher suite missing',
    'The server does not accept a suite listed in `cipher-suites.required`: a warning when a preset requires it, an error when your policy does.',
    'warning',
    'cipher-suites.required'
  ),
  rule(
    'cipher.order',
    'Server cipher preference',
    'The server does (`server-preference: forbidden`) or does not (`required`) impose its own suite order for a version with more than one suite.',
    'warning',
    'server-preference'
  ),
  rule(
    'kex.weak-dh',
    'Weak key exchange parameters',
    'A DHE suite uses a prime smaller than `key-exchange.min-dh-bits`.',
    'error',
    'key-exchange.min-dh-bits'
  ),
  rule(
    'kex.group-not-allowed',
    'Key-exchange group not allowed',
    'The server accepts a group outside `key-exchange.allowed-groups` (warning), or an elliptic curve smaller than `key-exchange.min-ecdh-bits` (error).',
    'warning',
    'key-exchange'
  ),
  rule(
    'certificate.expired',
    'Certificate expired',
    'The leaf certificate is past its notAfter.',
    'error',
    'certificates.expiry'
  ),
  rule(
    'certificate.not-yet-valid',
    'Certificate not yet valid',
    'The leaf certificate is before its notBefore.',
    'error',
    'certificates.expiry'
  ),
  rule(
    'certificate.expiring',
    'Certificate expiring soon',
    'Time left is under the warn (warning) or fail (error) threshold of `certificates.expiry`, in days or as a fraction of the lifetime.',
    'warning',
    'certificates.expiry'
  ),
  rule(
    'certificate.lifetime',
    'Certificate lifetime too long',
    'A publicly anchored leaf (or any, with `certificates.lifetime-for-private-ca`) lasts longer than `certificates.max-lifetime-days` or the `certificates.lifetime-schedule` limit for its issue date.',
    'error',
    'certificates.max-lifetime-days'
  ),
  rule(
    'certificate.hostname-mismatch',
    'Certificate does not match the host name',
    'No SAN of the leaf matches the name scanned (`certificates.hostname-must-match`).',
    'error',
    'certificates.hostname-must-match'
  ),
  rule(
    'certificate.untrusted',
    'Certificate chain not trusted',
    'The chain does not lead to a trusted root; names the root or issuer nobody here trusts (`certificates.must-be-trusted`).',
    'error',
    'certificates.must-be-trusted'
  ),
  rule(
    'certificate.malformed',
    'Certificate cannot be parsed',
    'The leaf certificate is not a readable DER certificate; it is the one finding about it (`certificates.must-be-trusted`).',
    'error',
    'certificates.must-be-trusted'
  ),
  rule(
    'certificate.self-signed',
    'Self-signed certificate',
    'The server sends a single self-signed certificate that is not trusted (`certificates.must-be-trusted`).',
    'error',
    'certificates.must-be-trusted'
  ),
  rule(
    'certificate.weak-key',
    'Weak certificate key',
    'A sent certificate has an RSA key under `certificates.min-rsa-bits` or an EC key under `certificates.min-ec-bits`.',
    'error',
    'certificates.min-rsa-bits'
  ),
  rule(
    'certificate.key-type-not-allowed',
    'Certificate key type not allowed',
    'The leaf key type is not in `certificates.allowed-key-types`, or its curve not in `certificates.allowed-curves`.',
    'error',
    'certificates.allowed-key-types'
  ),
  rule(
    'certificate.weak-signature',
    'Weak certificate signature',
    'The leaf signature is not in `certificates.allowed-signature-algorithms`, or any sent non-root certificate is signed with MD5 or SHA-1.',
    'error',
    'certificates.allowed-signature-algorithms'
  ),
  rule(
    'chain.incomplete',
    'Chain incomplete',
    'The server does not send an intermediate needed to reach a trusted root; names it (`certificates.chain-must-be-complete`).',
    'error',
    'certificates.chain-must-be-complete'
  ),
  rule(
    'chain.order',
    'Chain out of order',
    'The certificates are not sent leaf first, each followed by its issuer (`certificates.chain-must-be-ordered`).',
    'warning',
    'certificates.chain-must-be-ordered'
  ),
  rule(
    'chain.extra-certificates',
    'Extra certificates in chain',
    'The server sends certificates that belong to no path (`certificates.chain-must-be-complete`).',
    'warning',
    'certificates.chain-must-be-complete'
  ),
  rule(
    'chain.intermediate-expiring',
    'Intermediate certificate expiring',
    'A sent intermediate expires within the warn threshold of `certificates.expiry` (error once expired).',
    'warning',
    'certificates.expiry'
  ),
  rule(
    'ocsp.not-stapled',
    'OCSP response not stapled',
    '`certificates.ocsp-stapling` is `required` and no response is stapled, or `if-responder` and the leaf names an OCSP responder.',
    'warning',
    'certificates.ocsp-stapling'
  ),
  rule(
    'target.unreachable',
    'Target unreachable',
    'The target could not be connected to (DNS, refused, timeout); severity from `targets.unreachable`.',
    'error',
    'targets.unreachable'
  ),
  rule(
    'target.not-tls',
    'Target does not speak TLS',
    'The target answered with something other than TLS; severity from `targets.not-tls`.',
    'error',
    'targets.not-tls'
  ),
  rule(
    'target.error',
    'Target scan failed',
    'The scan ended in an error or no certificate could be read; severity from `targets.error`.',
    'error',
    'targets.error'
  ),
  // From a pool's per-address facts (policy/checks/address.ts).
  rule(
    'address.inconsistent',
    'Addresses of a name differ',
    'Addresses of one name (resolved or pinned) differ in reachability, certificate, protocols or suites; names the nodes and what each serves (`severity:` to raise it).',
    'warning',
    'severity'
  ),
  rule(
    'scan.incomplete',
    'Scan incomplete',
    'Some facts could not be settled: transport failures persisted after retries, a budget was reached, or the server throttled the scan (`incomplete` in the report); severity from `targets.error`.',
    'error',
    'targets.error'
  ),
  // From the target's resumption facts (policy/resumption.ts).
  rule(
    'resumption.inconsistent',
    'Resumption differs across addresses',
    'A session from one address of the pool does not resume on the others (error when `resumption.across-addresses: required`).',
    'warning',
    'resumption.across-addresses'
  ),
  rule(
    'resumption.missing',
    'Required resumption missing',
    '`resumption.session-id` or `resumption.tickets` is `required` and the server does not resume that way.',
    'warning',
    'resumption'
  ),
  rule(
    'resumption.present',
    'Forbidden resumption offered',
    '`resumption.session-id` or `resumption.tickets` is `forbidden` and the server resumes that way.',
    'warning',
    'resumption'
  ),
  // From the target's vulnerability checks (policy/checks/vuln-robot.ts, http-hsts.ts).
  rule(
    'vuln.robot',
    'ROBOT: Bleichenbacher oracle',
    "Over a TLS_RSA suite, the server reacts to the ROBOT paper's five queries differently by padding validity, alike in two rounds; a notice when its reactions allow no conclusion.",
    'error',
    'severity'
  ),
  rule(
    'http.hsts',
    'HSTS missing or too short',
    'The HTTPS response to / has no Strict-Transport-Security header browsers honour, or its max-age is below `http.hsts-min-max-age` (default six months; Mozilla: two years).',
    'warning',
    'http.hsts-min-max-age'
  ),
  // From the target's TLS features (policy/checks/early-data.ts).
  rule(
    'tls.early-data',
    'TLS 1.3 0-RTT early data accepted',
    'A resumption with early data gets early_data in EncryptedExtensions: what a client sends as early data can be replayed (RFC 8446 §8).',
    'notice',
    'severity'
  ),
  ...VULNERABILITY_RULES,
  rule(
    'waiver.expired',
    'Waiver expired',
    'A waiver matched a finding but its `until` date has passed; the finding counts again.',
    'warning',
    'waivers'
  )
];

// Findings evaluate() draws from the simulated clients' outcomes (src/clients) and from the targets file's
// `expect:` (policy/expectation.ts) rather than from the policy's rules on the scan report alone.
const CLIENT_AND_EXPECTATION_RULES: readonly RuleInfo[] = [
  rule(
    'client.cannot-connect',
    'Required client cannot connect',
    'A client profile in `clients.must-connect` fails to connect in the simulation; the finding carries the diagnosis.',
    'error',
    'clients.must-connect'
  ),
  rule(
    'client.can-connect',
    'Forbidden client connects',
    'A client profile in `clients.must-not-connect` connects in the simulation.',
    'error',
    'clients.must-not-connect'
  ),
  rule(
    'client.not-simulated',
    'Client not simulated',
    'A client named by the policy has no simulation result for the target.',
    'notice',
    'clients'
  ),
  rule(
    'certificate.unexpected',
    'Unexpected certificate',
    "The certificate does not match the target's `expect` (issuer or SPKI pins): interception or the wrong backend.",
    'error',
    'targets file: expect'
  ),
  rule(
    'certificate.system-anchor',
    'Trusted only by a system root',
    'The chain is anchored only by a system-store root that is not in the public store, the usual sign of TLS inspection.',
    'notice',
    'targets file: expect'
  )
];

/** Every rule evaluate() produces, for docs and SARIF. */
export const RULE_LIST: readonly RuleInfo[] = [...POLICY_RULES, ...CLIENT_AND_EXPECTATION_RULES];

export const RULES: Readonly<Record<string, RuleInfo>> = Object.freeze(
  Object.fromEntries(RULE_LIST.map((info) => [info.id, info]))
);

/** Every rule id. */
export const RULE_IDS: readonly string[] = RULE_LIST.map((info) => info.id);

/** The rule ids the policy's rules produce from a scan report alone (no client outcomes, no `expect:`). */
export const POLICY_RULE_IDS: readonly string[] = POLICY_RULES.map((info) => info.id);

export function isRuleId(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(RULES, id);
}
