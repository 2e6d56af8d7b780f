// What every scan check of one target shares: where to connect, the limits (one deadline for the whole target),
// the per-target limiter, the run's gate for the target's address, the handshake count, the target's read
// budget, its certificates (kept once by DER hash) and the facts it could not settle. Each check works through
// its own view (forCheck), which holds it to the handshake budget it declared and names its facts when a
// transport failure leaves one of them unsettled.
import type { IncompleteFact } from '../model/report.js';
import { AddressGate } from './address-gate.js';
import { ByteBudget, SCAN_BUDGETS } from './budgets.js';
import { CertificateStore } from './certificate-store.js';
import { extendDeadline } from './deadline.js';
import type { ProbeOutcome, Endpoint, ProbeLimits } from './probe-types.js';
import { runProbe, type ProbeHello, type ProbeOptions } from './probe.js';
import { Limiter } from './limiter.js';
import { settleProbe, type Settling, type UnverifiedFailure } from './settle.js';
import { incompleteFor, reportedFact, transientKind } from './transient.js';

interface Shared {
  readonly limiter: Limiter;
  readonly gate: AddressGate;
  readonly bytes: ByteBudget;
  readonly certificates: CertificateStore;
  /** Handshakes counted in the report (`handshakes`). */
  counted: number;
  /** Retries and controls made (held to SCAN_BUDGETS.retriesPerTarget). */
  retries: number;
  /** The last hello the server accepted: the control that tells a server's refusal from a passing failure. */
  accepted: ProbeHello | null;
  /** Facts left unsettled, one entry per fact and code, in the order found. */
  readonly incomplete: Map<string, IncompleteFact>;
  /** Failures that outlasted their retries before any hello was accepted, checked once the checks end. */
  readonly unverified: { facts: readonly string[]; failure: UnverifiedFailure }[];
}

/** Early failures asked again after the checks (each costs one connection). */
const EARLY_FAILURES_ASKED_AGAIN = 8;

export interface CheckAllowance {
  /** Most connections the check may start; beyond it a probe answers 'timeout' without connecting. */
  budget: number;
  /** Whether its handshakes count in the report's `handshakes` (the configuration probes do). */
  counted: boolean;
  /** The facts the check produces, named in the report's `incomplete` when a failure leaves one unsettled. */
  facts?: readonly string[];
}

export class ScanContext {
  private readonly shared: Shared;
  private started = 0;

  constructor(
    readonly endpoint: Endpoint,
    readonly limits: ProbeLimits,
    perTargetConcurrency: number,
    private readonly allowance: CheckAllowance = { budget: Infinity, counted: true },
    shared?: Shared,
    gate?: AddressGate
  ) {
    this.shared = shared ?? {
      limiter: new Limiter(Math.max(1, perTargetConcurrency)),
      gate: gate ?? new AddressGate(SCAN_BUDGETS.perAddressConcurrency),
      bytes: new ByteBudget(),
      certificates: new CertificateStore(),
      counted: 0,
      retries: 0,
      accepted: null,
      incomplete: new Map(),
      unverified: []
    };
  }

  /** The handshakes of every view of this target that count in the report. */
  get handshakes(): number {
    return this.shared.counted;
  }

  /** Connections this view started (a check's share, held to its budget). */
  get connections(): number {
    return this.started;
  }

  get expired(): boolean {
    return Date.now() >= this.limits.deadline || this.limits.signal?.aborted === true;
  }

  /** The run's gate for this target's address and port. */
  get gate(): AddressGate {
    return this.shared.gate;
  }

  /** Facts the scan could not settle, in the order found (empty: complete). */
  get incomplete(): IncompleteFact[] {
    return [...this.shared.incomplete.values()];
  }

  /** A view for one check: same endpoint, deadline and limiter, its own budget. */
  forCheck(allowance: CheckAllowance): ScanContext {
    return new ScanContext(this.endpoint, this.limits, 0, allowance, this.shared);
  }

  /**
   * One probe under the per-target limit and the address's gate, a transient transport failure retried (see
   * settle.ts); after the deadline or the budget it answers 'timeout' without connecting.
   */
  async probe(hello: ProbeHello, options?: ProbeOptions): Promise<ProbeOutcome> {
    const outcome = await settleProbe(this.settling(), hello, options);
    this.keepCertificates(outcome);
    if (outcome.kind === 'accepted' && outcome.certificateRead)
      this.keepCertificates(outcome.certificateRead);
    return outcome;
  }

  private keepCertificates(outcome: ProbeOutcome): void {
    if (outcome.kind === 'accepted' && outcome.certificates)
      outcome.certificates = this.shared.certificates.keep(outcome.certificates);
  }

  /**
   * Failures that outlasted their retries before the server had accepted any hello, asked once more now that the
   * checks have ended: a hello answered now was failed by the moment, not refused, and its check's facts are
   * incomplete. A target that had no hello accepted is incomplete when its address answered other targets.
   */
  async verifyEarlyFailures(): Promise<void> {
    const pending = this.shared.unverified.splice(0, EARLY_FAILURES_ASKED_AGAIN);
    this.shared.unverified.length = 0;
    for (const { facts, failure } of pending) {
      if (this.expired) return;
      const inconsistent = this.shared.accepted
        ? transientKind(await this.attempt(failure.hello, failure.options), this.gate.answered) === null
        : this.gate.answered;
      if (!inconsistent) continue;
      for (const fact of facts)
        this.markIncomplete(incompleteFor(reportedFact(fact), failure.kind, failure.attempts));
    }
  }

  /**
   * Any other connection to the target (resumption's full handshakes) under the same limits, deadline and
   * budget; `refused` is the answer when it may not start.
   */
  connection<T>(connect: () => Promise<T>, refused: T): Promise<T> {
    return this.shared.limiter.run(async () => {
      if (this.expired || this.started >= this.allowance.budget) return refused;
      this.started++;
      if (this.allowance.counted) this.shared.counted++;
      return this.throughGate(connect);
    });
  }

  private markIncomplete(fact: IncompleteFact): void {
    const key = `${fact.fact}\u0000${fact.code}`;
    if (!this.shared.incomplete.has(key)) this.shared.incomplete.set(key, fact);
  }

  /**
   * A retry or a control: outside the check's handshake budget, held to the target's retry budget, and counted in
   * the report's `handshakes` (they are connections made like any other).
   */
  private attempt(hello: ProbeHello, options?: ProbeOptions): Promise<ProbeOutcome> {
    return this.shared.limiter.run(async () => {
      if (this.expired || this.shared.retries >= SCAN_BUDGETS.retriesPerTarget) {
        return { kind: 'timeout', durationMs: 0 };
      }
      this.shared.retries++;
      if (this.allowance.counted) this.shared.counted++;
      return this.throughGate(() => this.attemptUnqueued(hello, options));
    });
  }

  /**
   * A connection through the address's gate. A wait behind other targets' connections moves the target's deadline
   * on (deadline.ts); a wait behind its own does not: a server whose failures narrow its gate to one connection
   * would otherwise take twice its deadline (the fuzz campaign's HelloRetryRequest servers took 40 s of 20).
   */
  private throughGate<T>(connect: () => Promise<T>): Promise<T> {
    const queued = Date.now();
    const gate = this.shared.gate;
    const behindOthers = gate.heldByOthers(this.shared);
    return gate.run(() => {
      if (behindOthers) extendDeadline(this.limits, Date.now() - queued);
      return connect();
    }, this.shared);
  }

  /** What settle.ts needs of this view. */
  private settling(): Settling {
    const limits = this.limits;
    return {
      get deadline() {
        return limits.deadline;
      },
      timeoutMs: this.limits.timeoutMs,
      expired: () => this.expired,
      budgetSpent: () => this.shared.bytes.spent,
      gate: this.shared.gate,
      facts: this.allowance.facts ?? [],
      first: (hello, options) =>
        this.connection(() => this.attemptUnqueued(hello, options), { kind: 'timeout', durationMs: 0 }),
      again: (hello, options) => this.attempt(hello, options),
      control: () => this.shared.accepted,
      accepted: (hello) => {
        this.shared.accepted = snapshotOf(hello);
      },
      incomplete: (fact) => this.markIncomplete(fact),
      unverified: (failure) => this.shared.unverified.push({ facts: this.allowance.facts ?? [], failure })
    };
  }

  /** A probe inside a slot `connection` already holds. */
  private attemptUnqueued(hello: ProbeHello, options?: ProbeOptions): Promise<ProbeOutcome> {
    return runProbe(this.endpoint, hello, { ...this.limits, readBudget: this.shared.bytes }, options);
  }
}

/**
 * The hello as it was sent. Enumeration builds its hellos over lists it then shrinks (suites.ts, groups.ts), so
 * keeping the hello itself would make the control a later, refused hello: on a server that refuses by closing
 * (Dovecot), every persisting failure was then "confirmed" by a control that failed too, and read as THROTTLED.
 */
function snapshotOf(hello: ProbeHello): ProbeHello {
  const spec = Object.fromEntries(
    Object.entries(hello.spec).map(([key, value]) => [key, Array.isArray(value) ? [...value] : value])
  );
  return { ...hello, spec } as ProbeHello;
}
