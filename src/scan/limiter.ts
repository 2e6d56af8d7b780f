// Bounded parallelism: a target's probes run under a per-target limit (servers rate-limit) and targets run
// under a global one. A limiter is a counting semaphore with a FIFO queue; `run` always releases its slot.

export class Limiter {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  private current: number;

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`limit must be a positive integer, got ${limit}`);
    this.current = limit;
  }

  /** Tasks allowed at once. */
  get limit(): number {
    return this.current;
  }

  /**
   * Changes the limit (an address under overload gets fewer connections, then more as it answers again). Tasks
   * running keep their slot; a lower limit takes effect as they finish, a higher one starts waiters at once.
   */
  resize(limit: number): void {
    this.current = Math.max(1, Math.floor(limit));
    while (this.active < this.current && this.queue.length > 0) {
      this.active++;
      this.queue.shift()!();
    }
  }

  /** Tasks currently holding a slot. */
  get running(): number {
    return this.active;
  }

  /** Tasks waiting for a slot. */
  get waiting(): number {
    return this.queue.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.current) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private release(): void {
    // The slot passes straight to the next waiter, so `active` stays the same; not when the limit was lowered.
    const next = this.active <= this.current ? this.queue.shift() : undefined;
    if (next) next();
    else this.active--;
  }
}

/** Maps items through `task` with at most `limit` in flight, keeping input order in the result. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const limiter = new Limiter(Math.max(1, Math.min(limit, items.length || 1)));
  return Promise.all(items.map((item, index) => limiter.run(() => task(item, index))));
}
