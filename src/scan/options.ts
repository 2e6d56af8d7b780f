// What a scan is asked to do and within which limits.
import type { AddressSelection, Target, TargetReport, VulnerabilityName } from '../model/report.js';
import type { AddressGates } from './address-gate.js';
import type { TrustStore } from './certificate-report.js';
import type { ClientOutcome, SimulatedClient } from './checks/facts.js';
import type { AddressResolver } from './resolve.js';

export interface ScanOptions {
  /** Connect, and each wait for bytes, within this (ms). */
  timeoutMs: number;
  /** A target's whole scan, every check included, within this (ms); on expiry it ends with error DEADLINE and
   *  what was found. */
  targetDeadlineMs: number;
  /** Targets scanned at once. */
  concurrency: number;
  /** Handshakes to one target at once (servers rate-limit). */
  perTargetConcurrency: number;
  /** Connections to one address and port at once, over every target of the run (absent: src/scan/budgets.ts). */
  perAddressConcurrency?: number;
  /** The run's per-address gates; scanTargets creates them once per run, a lone scanTarget its own. */
  addressGates?: AddressGates;
  trust: TrustStore;
  now: Date;
  /** Check session resumption (on the target's pool of addresses) of every target that speaks TLS. */
  resumption?: boolean;
  /** Follow an untrusted leaf's AIA caIssuers URL to find the chain's cause (absent: off, no fetch). */
  aia?: boolean;
  /** The clients to simulate against a target (none: no simulation). */
  clientsFor?: (target: Target) => readonly SimulatedClient[];
  /** Resolves names to addresses (absent: the system's resolver). */
  resolver?: AddressResolver;
  /** Which of a name's addresses to scan when the target does not say (absent: 'all'). */
  addresses?: AddressSelection;
  /** A target's scan ended; `scanned` holds its client outcomes too (the pipeline judges the target with them). */
  onTargetDone?: (t: TargetReport, scanned: { clients: ClientOutcome[] | null }) => void;
  /** A check starts on a target (live progress: what each target in flight is doing). */
  onProgress?: (targetName: string, checkName: string) => void;
  /** The vulnerability checks to run (absent: all). */
  vulnerabilityChecks?: ReadonlySet<VulnerabilityName>;
  /** The HSTS max-age (s) a target's policy requires; null: HSTS not required (absent: the default minimum). */
  hstsMinMaxAgeFor?: (target: Target) => number | null;
}
