// What every scan step of one target shares: where to connect, the limits, the per-target limiter, the
// handshake count, and the first failure that says the target is not a TLS server we can talk to.
import type { ProbeOutcome, Endpoint, ProbeLimits } from './probe-types.js';
import { runProbe, type ProbeHello, type ProbeOptions } from './probe.js';
import { Limiter } from './limiter.js';

export class ScanContext {
  handshakes = 0;
  private readonly limiter: Limiter;

  constructor(
    readonly endpoint: Endpoint,
    readonly limits: ProbeLimits,
    perTargetConcurrency: number
  ) {
    this.limiter = new Limiter(Math.max(1, perTargetConcurrency));
  }

  get expired(): boolean {
    return Date.now() >= this.limits.deadline || this.limits.signal?.aborted === true;
  }

  /** One probe under the per-target limit; after the deadline it answers 'timeout' without connecting. */
  probe(hello: ProbeHello, options?: ProbeOptions): Promise<ProbeOutcome> {
    return this.limiter.run(async () => {
      if (this.expired) return { kind: 'timeout', durationMs: 0 };
      this.handshakes++;
      return runProbe(this.endpoint, hello, this.limits, options);
    });
  }
}
