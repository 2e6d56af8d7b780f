// Politeness across targets: every connection to one address and port, whichever target makes it, goes through
// that address's gate. A run holds one registry of gates (created once per scanTargets run), so 2000 targets
// that resolve to five servers open at most five times the per-address limit, not 2000 times the per-target one.
// A gate also watches how its address answers: resets, refusals and timeouts in a burst while the address
// otherwise answers are overload, and the gate halves its limit (then grows it back one connection per
// answered round), the way TCP backs off from a congested path.
import { Limiter } from './limiter.js';

/** How a connection through the gate ended, as far as the address's load is concerned. */
export type GateSignal = 'answered' | 'transient';

/** Within this window, failures after an answer count as one burst of overload (ms). */
const BURST_WINDOW_MS = 2_000;
/** After a cut the limit is not cut again for this long, so one burst halves it once (ms). */
const CUT_COOLDOWN_MS = 250;

export class AddressGate {
  private readonly limiter: Limiter;
  private answers = 0;
  private answeredSinceGrowth = 0;
  private lastCut = 0;
  private recentFailures: number[] = [];
  /** Connections holding a slot now, by the target that made them. */
  private readonly holders = new Map<object, number>();

  constructor(readonly maxConnections: number) {
    this.limiter = new Limiter(Math.max(1, maxConnections));
  }

  /** Runs one connection of `owner` (a target) under the address's current limit. */
  run<T>(connect: () => Promise<T>, owner: object = this): Promise<T> {
    return this.limiter.run(async () => {
      this.holders.set(owner, (this.holders.get(owner) ?? 0) + 1);
      try {
        return await connect();
      } finally {
        const left = this.holders.get(owner)! - 1;
        if (left > 0) this.holders.set(owner, left);
        else this.holders.delete(owner);
      }
    });
  }

  /** Whether a connection of another target than `owner` holds a slot now. */
  heldByOthers(owner: object): boolean {
    for (const holder of this.holders.keys()) if (holder !== owner) return true;
    return false;
  }

  /** Connections allowed at once now (lower than the maximum while the address is overloaded). */
  get limit(): number {
    return this.limiter.limit;
  }

  /** Whether the address has answered any TLS hello in this run (its server is there and speaks). */
  get answered(): boolean {
    return this.answers > 0;
  }

  /** Whether failures came in a burst lately while the address answers other connections. */
  get overloaded(): boolean {
    return this.answered && this.failuresWithin(BURST_WINDOW_MS) >= 2;
  }

  note(signal: GateSignal, now: number = Date.now()): void {
    if (signal === 'answered') {
      this.answers++;
      // Additive increase: one more connection for each round of answers at the current limit.
      if (++this.answeredSinceGrowth >= this.limiter.limit && this.limiter.limit < this.maxConnections) {
        this.answeredSinceGrowth = 0;
        this.limiter.resize(this.limiter.limit + 1);
      }
      return;
    }
    this.recentFailures.push(now);
    this.recentFailures = this.recentFailures.filter((at) => now - at <= BURST_WINDOW_MS);
    if (now - this.lastCut >= CUT_COOLDOWN_MS) {
      // Multiplicative decrease: the address is refusing what we send at this rate.
      this.lastCut = now;
      this.answeredSinceGrowth = 0;
      this.limiter.resize(Math.floor(this.limiter.limit / 2));
    }
  }

  private failuresWithin(windowMs: number): number {
    const now = Date.now();
    return this.recentFailures.filter((at) => now - at <= windowMs).length;
  }
}

/** The run's gates, one per address and port, shared by every target of the run. */
export class AddressGates {
  private readonly gates = new Map<string, AddressGate>();

  constructor(readonly perAddress: number) {}

  for(address: string, port: number): AddressGate {
    const key = `${address.includes(':') ? `[${address}]` : address}:${port}`;
    let gate = this.gates.get(key);
    if (!gate) {
      gate = new AddressGate(this.perAddress);
      this.gates.set(key, gate);
    }
    return gate;
  }
}
