// A scan check: one step of the engine (sslyze's plugin for a ScanCommand). It says what it needs and produces,
// when it applies and how many connections it may make; the engine (run.ts) does the rest.
import type { Target, TargetReport } from '../../model/report.js';
import type { ScanContext } from '../context.js';
import type { ScanOptions } from '../options.js';
import type { FactName, ScanFacts } from './facts.js';

/** Reads facts other checks produce; a fact is undefined when its check did not apply. */
export interface FactReader {
  /** Waits for the fact; only facts the check declared in `needs` may be read. */
  get<K extends FactName>(name: K): Promise<ScanFacts[K] | undefined>;
}

/** What a check is started with. */
export interface CheckInput {
  readonly target: Target;
  readonly options: ScanOptions;
  /** Every address of the target's pool that is scanned, the first one first (resolved once, by the engine). */
  readonly addresses: readonly string[];
}

export interface CheckRun extends CheckInput {
  /** The target's report; each field is written by one check only. */
  readonly report: TargetReport;
  /** The target's endpoint, deadline and limiter, with this check's handshake budget. */
  readonly ctx: ScanContext;
  readonly facts: FactReader;
}

export interface ScanCheck {
  readonly name: string;
  /** Facts it reads (each produced by exactly one other check). */
  readonly needs: readonly FactName[];
  /** Facts it returns. */
  readonly produces: readonly FactName[];
  /** Whether it runs for this target (it may wait for facts it needs); absent: always. */
  applies?(run: CheckRun): boolean | Promise<boolean>;
  /** Most connections it may start (an upper bound the engine enforces, not an estimate). */
  handshakeBudget(input: CheckInput): number;
  /** Whether its handshakes count in the report's `handshakes` (the configuration probes); default true. */
  readonly countsHandshakes?: boolean;
  /** Runs once per target, against the first of a pool's addresses, rather than on every address (default false). */
  readonly perPool?: boolean;
  /**
   * Starts only once every other check of the target has ended (default false): for a probe that may change how
   * the server treats us afterwards, so that what it provokes cannot reach another check's facts. No check that
   * runs earlier may need its facts.
   */
  readonly runsLast?: boolean;
  run(run: CheckRun): Promise<Partial<ScanFacts>>;
}
