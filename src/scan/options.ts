// What a scan is asked to do and within which limits.
import type { Target, TargetReport, VulnerabilityName } from '../model/report.js';
import type { TrustStore } from './certificate-report.js';
import type { SimulatedClient } from './checks/facts.js';

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
  trust: TrustStore;
  now: Date;
  /** Check session resumption (on the target's pool of addresses) of every target that speaks TLS. */
  resumption?: boolean;
  /** Follow an untrusted leaf's AIA caIssuers URL to find the chain's cause (absent: off, no fetch). */
  aia?: boolean;
  /** The clients to simulate against a target (none: no simulation). */
  clientsFor?: (target: Target) => readonly SimulatedClient[];
  /** The vulnerability checks to run (absent: all of them). */
  vulnerabilityChecks?: ReadonlySet<VulnerabilityName>;
  onTargetDone?: (t: TargetReport) => void;
}
