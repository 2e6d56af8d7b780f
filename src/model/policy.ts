// The policy in force after presets and files are layered: every rule has a value (null = not checked). Part of
// the data model (not of src/policy) so the judgement layers below the policy (remediation, diagnose, clients)
// can read the rules without importing it. YAML spells keys in kebab-case (policy/schema.ts); in code camelCase.
import type { KeyType, ProtocolName, Severity } from './report.js';

/** Classes a cipher suite can be denied by (cipher-suites.denied-classes). */
export const CIPHER_CLASSES = [
  'no-pfs',
  'cbc',
  '3des',
  'des',
  'rc4',
  'rc2',
  'idea',
  'null',
  'export',
  'anonymous',
  'sha1-mac',
  'md5-mac',
  'dhe',
  'static-rsa',
  'psk',
  'srp',
  'camellia',
  'aria',
  'chacha20',
  'ccm',
  'ccm8',
  'non-aead',
  'weak'
] as const;
export type CipherClass = (typeof CIPHER_CLASSES)[number];

export type TargetProblemSeverity = 'error' | 'warning' | 'ignore';
export type ServerPreferenceRule = 'required' | 'forbidden' | 'any';
export type OcspStaplingRule = 'required' | 'if-responder' | 'off';
export type ResumptionRule = 'required' | 'forbidden' | 'any';

/** One step of a maximum-validity schedule: certificates issued on or after `from` may last `maxDays`. */
export interface LifetimeStep {
  from: string; // YYYY-MM-DD, UTC
  maxDays: number;
}

export interface ExpiryRule {
  warnDays: number | null;
  failDays: number | null;
  warnFraction: number | null;
  failFraction: number | null;
  /** `either`: a threshold fires when the days OR the fraction limit is reached (whichever comes first);
   * `both`: only when both are (whichever comes last: quieter for long and for very short lifetimes). */
  combine: 'either' | 'both';
}

export interface Waiver {
  /** A rule id, or a prefix ending in `.*` (e.g. `certificate.*`). */
  rule: string;
  /** Target names (as in the report) the waiver covers; absent = every target. */
  targets: string[] | null;
  reason: string;
  /** YYYY-MM-DD (end of that day, UTC) or a full ISO 8601 timestamp. */
  until: string;
  /** Where the waiver was written, for messages. */
  source?: string;
}

/** RFC 6797 max-age (s) a policy requires unless it says otherwise: six months (Mozilla's presets: two years). */
export const HSTS_DEFAULT_MIN_MAX_AGE = 15768000;

export interface PolicyRules {
  protocols: { allowed: ProtocolName[] | null; required: ProtocolName[] };
  cipherSuites: {
    /** IANA names; null = any suite not denied. */
    allowed: string[] | null;
    denied: string[];
    deniedClasses: CipherClass[];
    required: string[];
  };
  serverPreference: ServerPreferenceRule;
  keyExchange: { allowedGroups: string[] | null; minDhBits: number | null; minEcdhBits: number | null };
  certificates: {
    expiry: ExpiryRule;
    maxLifetimeDays: number | null;
    lifetimeSchedule: LifetimeStep[] | null;
    /** Judge the lifetime of chains anchored in a private CA (ca-file, a non-public system root) too. */
    lifetimeForPrivateCa: boolean;
    allowedKeyTypes: KeyType[] | null;
    minRsaBits: number | null;
    minEcBits: number | null;
    /** Curve names as in CertificateInfo.curve (P-256, P-384, P-521, ...). */
    allowedCurves: string[] | null;
    /** OpenSSL long names as in CertificateInfo.signatureAlgorithm. */
    allowedSignatureAlgorithms: string[] | null;
    mustBeTrusted: boolean;
    hostnameMustMatch: boolean;
    chainMustBeComplete: boolean;
    chainMustBeOrdered: boolean;
    ocspStapling: OcspStaplingRule;
  };
  targets: {
    unreachable: TargetProblemSeverity;
    notTls: TargetProblemSeverity;
    error: TargetProblemSeverity;
  };
  /** Client profile names; evaluated by src/clients. */
  clients: { mustConnect: string[]; mustNotConnect: string[] };
  /** Evaluated by src/scan/resumption consumers. */
  resumption: { sessionId: ResumptionRule; tickets: ResumptionRule; acrossAddresses: ResumptionRule };
  /** HTTP over TLS: the Strict-Transport-Security max-age required (s); null = HSTS not required. */
  http: { hstsMinMaxAge: number | null };
  /** Per-rule severity overrides. */
  severity: Record<string, Severity>;
  waivers: Waiver[];
  /** Provenance, not a rule: the keys (`protocols.required`) the user's own policy set rather than a preset. A
   * compatibility requirement a preset makes is a warning when missed; one the user wrote is an error. */
  userWritten: string[];
}

/** A partial set of rules: what one preset or file says. Later layers win key by key; lists replace,
 * waivers accumulate, severity overrides merge. */
export type PolicyLayer = {
  [K in keyof PolicyRules]?: PolicyRules[K] extends unknown[]
    ? PolicyRules[K]
    : PolicyRules[K] extends Record<string, Severity>
      ? PolicyRules[K]
      : PolicyRules[K] extends object
        ? {
            [P in keyof PolicyRules[K]]?: PolicyRules[K][P] extends ExpiryRule
              ? Partial<ExpiryRule>
              : PolicyRules[K][P];
          }
        : PolicyRules[K];
};

export interface ResolvedPolicy {
  /** Preset name, or the file as given. */
  name: string;
  /** "preset", a file path, or "inline (file:line)". */
  source: string;
  /** The layers applied, in order (preset names and files). */
  chain: string[];
  rules: PolicyRules;
  /** What the standards behind the applied presets require that a scan cannot check. */
  notChecked: string[];
}
