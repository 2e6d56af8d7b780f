// What one run of tls-gate needs, whoever starts it (the action, the CLI, the demo). Every field is filled in:
// the entry points apply the one table of defaults (defaults.ts) when they read their inputs, so the pipeline
// never guesses a default of its own.
import type { FailOn } from '../model/fail-on.js';
import type { AddressSelection, Target, VulnerabilityName } from '../model/report.js';
import type { ShardSpec } from '../targets/index.js';

/** `warn-days` / `fail-days`: the expiry thresholds, in whole days, laid over every target's policy. */
export interface ExpiryDays {
  warnDays?: number;
  failDays?: number;
}

export interface RunSettings {
  targets: Target[];
  /** Preset name or policy file; undefined selects the default policy. */
  policy: string | undefined;
  /** Directory that policy files (and targets-file `policy:` paths given relative to it) are relative to. */
  policyBaseDir: string;
  /** PEM file of extra trust anchors; undefined trusts the built-in roots only. */
  caFile: string | undefined;
  failOn: FailOn;
  /** Connect and each read (ms). */
  timeoutMs: number;
  /** Targets at once. */
  concurrency: number;
  /** Handshakes to one target at once. */
  perTargetConcurrency: number;
  /** Connections to one address and port at once, shared by every target that resolves to it (the start of its
   *  adaptive gate: it halves on a burst of failures and grows back to this). */
  perAddressConcurrency: number;
  /** A target's whole scan (ms). */
  targetDeadlineMs: number;
  /** The clock for certificate and waiver dates; undefined = the real time when the run starts. */
  now: Date | undefined;
  /** Simulate every client profile (also done, per target, when its policy names clients). */
  clients: boolean;
  /** Check session resumption (and across `addresses`). */
  resumption: boolean;
  /** Which of a name's addresses to scan when a target does not say: all, first, ipv4 or ipv6. */
  addresses: AddressSelection;
  /** Follow a leaf's AIA caIssuers URL to tell a missing intermediate from an untrusted root (off: offline). */
  aia: boolean;
  /** Expiry thresholds laid over every policy of the run (the run's and each target's); undefined: as written. */
  expiryDays: ExpiryDays | undefined;
  /** The vulnerability checks to run (issue 13); every one by default. */
  checks: readonly VulnerabilityName[];
  /** Scan only this shard's share of the targets (the report says which); undefined scans them all. */
  shard: ShardSpec | undefined;
}
