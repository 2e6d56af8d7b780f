// The one data model of tls-gate: what a scan found (TargetReport), what the policy made of it (Finding),
// and the document every output is rendered from (Report). Field names are public (schema/report.schema.json):
// a field never changes meaning without a schemaVersion change.

export const SCHEMA_VERSION = 1 as const;

export type ProtocolName = 'SSLv2' | 'SSLv3' | 'TLSv1.0' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';
export const PROTOCOL_NAMES: readonly ProtocolName[] = [
  'SSLv2',
  'SSLv3',
  'TLSv1.0',
  'TLSv1.1',
  'TLSv1.2',
  'TLSv1.3'
];

export type TargetStatus = 'ok' | 'unreachable' | 'not-tls' | 'error';
export type Severity = 'error' | 'warning' | 'notice';
export type Verdict = 'pass' | 'fail';

/** Where a target was named by the user, so annotations and SARIF can point at it. */
export interface SourceLocation {
  /** Repository-relative (or as given) path of the targets file, workflow file or policy file. */
  file: string;
  line: number;
  column?: number;
}

/** What the user expects a target's certificate to be (pinning; issue: interception). */
export interface TargetExpectation {
  issuer?: string;
  spkiSha256?: string[];
}

/** Protocols whose plain-text dialogue upgrades the connection to TLS (issue 12). */
export type StarttlsProtocol =
  'smtp' | 'imap' | 'pop3' | 'ftp' | 'ldap' | 'xmpp' | 'xmpp-server' | 'postgres' | 'mysql';
export const STARTTLS_PROTOCOLS: readonly StarttlsProtocol[] = [
  'smtp',
  'imap',
  'pop3',
  'ftp',
  'ldap',
  'xmpp',
  'xmpp-server',
  'postgres',
  'mysql'
];

/** Which of a name's resolved addresses to scan: every A and AAAA record, the first one, or one family only. */
export type AddressSelection = 'all' | 'first' | 'ipv4' | 'ipv6';
export const ADDRESS_SELECTIONS: readonly AddressSelection[] = ['all', 'first', 'ipv4', 'ipv6'];

/** One endpoint to scan, as parsed from the CLI, the action's `hosts` input or a targets file. */
export interface Target {
  /** Label shown in reports; defaults to host:port. */
  name: string;
  /** Host name or IP literal as the user wrote it (IPv6 without brackets). */
  host: string;
  port: number;
  /** Connect here instead of resolving host (SNI and hostname checks still use host). */
  address?: string;
  /** Pinned addresses of the pool (scanned instead of resolving host), when given. */
  addresses?: string[];
  /** Which resolved addresses to scan (absent: the run's setting, default 'all'). */
  addressSelection?: AddressSelection;
  /** The plain-text protocol to upgrade with before TLS (absent: TLS from the first byte). */
  starttls?: StarttlsProtocol;
  /** SNI to send: a name, or null for none. Defaults to host when host is a name, null for IP literals. */
  sni: string | null;
  /** Per-target policy: preset name, file path, or inline rules (validated by src/policy). */
  policy?: unknown;
  /** Where `policy` is written (targets file line/column), so policy errors point at it. */
  policySource?: SourceLocation;
  expect?: TargetExpectation;
  /** Where the target was named (targets file line, or the workflow's `hosts` input). */
  source?: SourceLocation;
}

export interface ErrorInfo {
  /** Stable machine code, e.g. ECONNREFUSED, ETIMEDOUT, ENOTFOUND, NOT_TLS, DEADLINE, ALERT, PROTOCOL. */
  code: string;
  /** One sentence a person understands. May quote server-sent text: treat as untrusted. */
  message: string;
}

export type ProtocolMap<T> = Partial<Record<ProtocolName, T>>;

/** A TLS alert as received: the number, and its RFC name when known. */
export interface AlertInfo {
  level: 'warning' | 'fatal' | number;
  description: number;
  name: string;
}

export interface KeyExchangeReport {
  /** IANA names of the finite-field DH sizes seen in ServerKeyExchange of DHE suites, in bits (null if no DHE suite). */
  dhBits: number | null;
  /** Server-preferred group for TLS 1.3 (the one it asks for by HRR or picks from our key shares), else for TLS 1.2 ECDHE. */
  preferredGroup: string | null;
  /** Groups per protocol family that were found acceptable. */
  tls13Groups: string[];
  tls12Groups: string[];
}

// ---- certificates (issue 3) ----

export type KeyType = 'RSA' | 'EC' | 'Ed25519' | 'Ed448' | 'DSA' | 'unknown';

export interface CertificateInfo {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string; // ISO 8601
  notAfter: string; // ISO 8601
  daysRemaining: number; // fractional, negative when expired
  lifetimeDays: number;
  subjectAltNames: string[]; // "DNS:example.com", "IP:127.0.0.1"
  keyType: KeyType;
  keyBits: number | null;
  curve: string | null; // P-256, P-384, P-521, ... or null
  signatureAlgorithm: string; // OpenSSL long names: sha256WithRSAEncryption, ecdsa-with-SHA256, ...
  sha256Fingerprint: string; // upper-case hex, colon separated
  spkiSha256: string; // base64 of SHA-256 over the DER SubjectPublicKeyInfo (HPKP/pinning form)
  selfSigned: boolean;
  isCA: boolean;
  ocspUrls: string[];
  caIssuerUrls: string[];
  crlUrls: string[];
  mustStaple: boolean;
  sctCount: number;
  keyUsage: string[];
  extendedKeyUsage: string[];
  /** Set when the certificate could not be fully parsed. */
  parseError?: string;
  /** Extensions present but unreadable (e.g. `subjectAltName`); their part of parseError says why. */
  unreadableExtensions?: string[];
}

export interface OcspInfo {
  status: 'good' | 'revoked' | 'unknown' | 'unparsed';
  thisUpdate: string | null;
  nextUpdate: string | null;
}

/**
 * Why a chain reaches no trust anchor (src/certs/chain-diagnosis.ts): an intermediate the server does not send
 * (found through the leaf's AIA caIssuers URL), a root that no trust store holds, or an issuer that could not be
 * found at all (no AIA URL, fetching off, or the fetch failed) and so may be either.
 */
export interface ChainDiagnosis {
  cause: 'missing-intermediate' | 'untrusted-root' | 'unknown-issuer';
  /** The intermediate to send, the root nobody trusts, or the issuer name the last certificate gives. */
  subject: string;
  /** The caIssuers URL followed, and what came of it; null when there was none to follow. */
  aia: {
    url: string;
    result: 'completes-path' | 'untrusted' | 'failed' | 'off';
    detail: string | null;
  } | null;
}

export interface CertificateReport {
  /** As sent, leaf first. Empty only when no certificate could be read; the reason is in `error`. */
  chain: CertificateInfo[];
  hostnameMatch: boolean;
  trusted: boolean;
  /** Which store anchored the chain: 'mozilla' (Node's bundled roots), 'system', 'ca-file', or null. */
  trustStore: 'mozilla' | 'system' | 'ca-file' | null;
  chainComplete: boolean;
  chainOrdered: boolean;
  /** Subjects of sent certificates that belong to no path. */
  extraCertificates: string[];
  containsRoot: boolean;
  /** Subject of the issuer that is missing, and where AIA says it can be fetched. */
  missingIssuer: { subject: string; caIssuerUrl: string | null } | null;
  /** Why the chain is not trusted, when the issuer is missing or the root is unknown (absent: not diagnosed). */
  chainDiagnosis?: ChainDiagnosis | null;
  /** The path used for trust, leaf first, as subjects (sent certificates plus the anchor). */
  validatedPath: string[];
  ocspStapled: boolean;
  ocsp: OcspInfo | null;
  /** The certificate served without SNI, when it differs from the one served with it. */
  noSniCertificate: CertificateInfo | null;
  /** Further certificates the server holds (e.g. RSA and ECDSA), each with how it was found. */
  alternateChains: { keyType: KeyType; chain: CertificateInfo[] }[];
  /** The version over which the chain was read. */
  readOver: ProtocolName | null;
  error: ErrorInfo | null;
}

// ---- clients, resumption (issue 6) ----

export interface ClientResult {
  profile: string;
  connects: boolean;
  version: ProtocolName | null;
  cipherSuite: string | null;
  group: string | null;
  alert: AlertInfo | null;
  /** Plain-words cause when the client cannot connect (or a disagreement with the scan data). */
  diagnosis: string | null;
  /** Server lines that would let the client in within the policy (src/diagnose), when it cannot connect. */
  fix?: FixLines | null;
  /** openssl s_client command making this client's offer. */
  reproduce?: string | null;
}

export interface ResumptionReport {
  sessionId: boolean | null;
  ticket: boolean | null;
  tls13Psk: boolean | null;
  /** true: a ticket from one address resumed on every other; false: it did not; null: one address only. */
  acrossAddresses: boolean | null;
  addresses: string[];
}

// ---- findings (issue 4) ----

export interface FixLines {
  nginx?: string[];
  apache?: string[];
  haproxy?: string[];
  /** A plain statement when no server setting fixes it (e.g. renew the certificate). */
  text?: string;
}

export interface Finding {
  /** Stable rule id, e.g. protocol.not-allowed. Part of the public interface. */
  rule: string;
  severity: Severity;
  /** One sentence naming the target and the offending values. */
  message: string;
  evidence: Record<string, unknown>;
  fix: FixLines;
  /** openssl s_client or curl command line that shows the problem. */
  reproduce: string | null;
  /** The waiver that downgraded this finding to a notice, when one applied. */
  waiver: { rule: string; reason: string; until: string } | null;
  /** Set when the finding holds for some of a pool's addresses only: the address (or addresses, comma-joined). */
  address?: string;
}

// ---- vulnerabilities (issue 13) ----

/** The checks that make connections of their own (exact spellings are public). */
export const ACTIVE_VULNERABILITY_CHECKS = [
  'heartbleed',
  'ccsInjection',
  'robot',
  'compression',
  'insecureRenegotiation',
  'clientRenegotiation',
  'fallbackScsv',
  'ticketbleed',
  'hsts'
] as const;
/** The checks derived from facts the scan already has (no handshakes of their own). */
export const DERIVED_VULNERABILITY_CHECKS = [
  'sweet32',
  'logjam',
  'freak',
  'drown',
  'poodle',
  'beast',
  'rc4'
] as const;
export type VulnerabilityName =
  (typeof ACTIVE_VULNERABILITY_CHECKS)[number] | (typeof DERIVED_VULNERABILITY_CHECKS)[number];

export type VulnerabilityStatus = 'vulnerable' | 'ok' | 'not-applicable' | 'unknown';

export interface VulnerabilityResult {
  status: VulnerabilityStatus;
  /** What was sent and what came back (or which facts decided it), short; may quote the server: untrusted. */
  evidence: string;
  /** Why the check could not act (not-applicable) or conclude (unknown); null otherwise. */
  reason: string | null;
  /** Check-specific values (e.g. HSTS max-age, includeSubDomains, preload). */
  details?: Record<string, unknown>;
}

/** Protocol features recorded beside the vulnerability checks (null: not determined). */
export interface TlsFeatures {
  /** RFC 7627 extended_master_secret echoed in a TLS 1.2 ServerHello. */
  extendedMasterSecret: boolean | null;
  /** RFC 7366 encrypt_then_mac echoed for a CBC suite. */
  encryptThenMac: boolean | null;
  /** RFC 8446 §4.1.3: the downgrade sentinel in ServerHello.random when a TLS 1.3 server is offered ≤ TLS 1.2. */
  downgradeSentinel: boolean | null;
  /** TLS 1.3 0-RTT early data accepted (replayable). */
  earlyData: boolean | null;
  /** What the 0-RTT probe sent and what came back, or why it could not decide (absent: it did not run). Untrusted. */
  earlyDataEvidence?: string;
}

// ---- completeness (issue 11) ----

/** A fact the scan could not settle (transport failures that retries did not cure, a budget reached, overload). */
export interface IncompleteFact {
  /** Which fact, e.g. "cipherSuites:TLSv1.2", "protocols", "groups", "certificate". */
  fact: string;
  /** Machine code: TIMEOUT, RESET, REFUSED, THROTTLED, BUDGET, DEADLINE. */
  code: string;
  /** One sentence a person understands. */
  reason: string;
}

// ---- the report ----

/** What the server selected at one version, and why no client could go on with it. */
export interface UnusableSelection {
  protocol: ProtocolName;
  /** IANA names of the suites selected with this reason. */
  cipherSuites: string[];
  reason: string;
}

/** What one address of a pool served: the single-address facts of a scan (issue 12). */
export type AddressReport = { address: string } & Pick<
  TargetReport,
  | 'status'
  | 'error'
  | 'protocols'
  | 'cipherSuites'
  | 'serverPreference'
  | 'groups'
  | 'keyExchange'
  | 'certificate'
  | 'unusableSelections'
  | 'vulnerabilities'
  | 'tlsFeatures'
  | 'incomplete'
  | 'handshakes'
  | 'durationMs'
>;

export interface TargetReport {
  name: string;
  host: string;
  port: number;
  /** The address actually scanned. */
  address: string | null;
  sni: string | null;
  status: TargetStatus;
  error: ErrorInfo | null;
  protocols: Record<ProtocolName, boolean>;
  /** Per version, IANA names in server order where the server enforces one, else in registry order. */
  cipherSuites: ProtocolMap<string[]>;
  serverPreference: ProtocolMap<boolean>;
  /** IANA names of all groups accepted (TLS 1.3 and TLS 1.2 ECDHE together). */
  groups: string[];
  keyExchange: KeyExchangeReport;
  certificate: CertificateReport | null;
  /**
   * Suites the server selected in flights no client could continue (a reset after ServerHello, a missing
   * ServerKeyExchange, a certificate that is not DER...): not in `protocols` or `cipherSuites`. Absent when none.
   */
  unusableSelections?: UnusableSelection[];
  clients?: ClientResult[];
  resumption?: ResumptionReport;
  /** The plain-text protocol upgraded with before TLS, or null for TLS from the first byte. */
  starttls?: StarttlsProtocol | null;
  /** Per check (issue 13); a check not run is absent. */
  vulnerabilities?: Partial<Record<VulnerabilityName, VulnerabilityResult>>;
  tlsFeatures?: TlsFeatures;
  /** Facts the scan could not settle, and why (absent or empty: complete). */
  incomplete?: IncompleteFact[];
  /** One entry per scanned address of the pool, when the name resolved to (or was pinned to) more than one;
   *  the target-level fields above are then the combined view. */
  addresses?: AddressReport[];
  handshakes: number;
  durationMs: number;
  /** Filled by evaluation. */
  findings: Finding[];
  verdict: Verdict;
  source?: SourceLocation;
}

export interface ReportSummary {
  targets: number;
  errors: number;
  warnings: number;
  notices: number;
}

/**
 * Which share of a run's targets a report holds (`shard: K/N`): shard `index` of `count`, and the names of every
 * target of the whole run, so a merge of the shards can say which shards or targets are missing.
 */
export interface ShardInfo {
  /** 1-based. */
  index: number;
  count: number;
  /** Every target name of the whole run, in the order named (this shard's and the others'). */
  targets: string[];
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'tls-gate'; version: string };
  startedAt: string;
  finishedAt: string;
  policy: { name: string; source: string } | null;
  /** Set on a shard run's report only; a merged report (and an unsharded one) has none. */
  shard?: ShardInfo;
  verdict: Verdict;
  summary: ReportSummary;
  targets: TargetReport[];
}

export function emptyProtocols(): Record<ProtocolName, boolean> {
  return {
    SSLv2: false,
    SSLv3: false,
    'TLSv1.0': false,
    'TLSv1.1': false,
    'TLSv1.2': false,
    'TLSv1.3': false
  };
}
