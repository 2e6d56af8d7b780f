// What every scan check of one target shares: where to connect, the limits (one deadline for the whole target),
// the per-target limiter and the handshake count. Each check works through its own view (forCheck), which
// holds it to the handshake budget it declared.
import type { ProbeOutcome, Endpoint, ProbeLimits } from './probe-types.js';
import { runProbe, type ProbeHello, type ProbeOptions } from './probe.js';
import { Limiter } from './limiter.js';

interface Shared {
  readonly limiter: Limiter;
  /** Handshakes counted in the report (`handshakes`). */
  counted: number;
}

export interface CheckAllowance {
  /** Most connections the check may start; beyond it a probe answers 'timeout' without connecting. */
  budget: number;
  /** Whether its handshakes count in the report's `handshakes` (the configuration probes do). */
  counted: boolean;
}

export class ScanContext {
  private readonly shared: Shared;
  private started = 0;

  constructor(
    readonly endpoint: Endpoint,
    readonly limits: ProbeLimits,
    perTargetConcurrency: number,
    private readonly allowance: CheckAllowance = { budget: Infinity, counted: true },
    shared?: Shared
  ) {
    this.shared = shared ?? { limiter: new Limiter(Math.max(1, perTargetConcurrency)), counted: 0 };
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

  /** A view for one check: same endpoint, deadline and limiter, its own budget. */
  forCheck(allowance: CheckAllowance): ScanContext {
    return new ScanContext(this.endpoint, this.limits, 0, allowance, this.shared);
  }

  /** One probe under the per-target limit; after the deadline or the budget it answers 'timeout' without connecting. */
  probe(hello: ProbeHello, options?: ProbeOptions): Promise<ProbeOutcome> {
    return this.connection(() => runProbe(this.endpoint, hello, this.limits, options), {
      kind: 'timeout',
      durationMs: 0
    });
  }

  /**
   * Any other connection to the target (resumption's full handshakes) under the same limit, deadline and
   * budget; `refused` is the answer when it may not start.
   */
  connection<T>(connect: () => Promise<T>, refused: T): Promise<T> {
    return this.shared.limiter.run(async () => {
      if (this.expired || this.started >= this.allowance.budget) return refused;
      this.started++;
      if (this.allowance.counted) this.shared.counted++;
      return connect();
    });
  }
}
