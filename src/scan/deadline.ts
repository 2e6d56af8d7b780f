// A target's deadline bounds what its server can cost, not the time the run makes it wait for its turn: a wait for
// the address's gate behind other targets' connections to the same server (our own politeness) moves the deadline
// on by as long; a wait behind the target's own connections does not (context.ts). Without that, 2000 targets sharing five servers all queue together and all end as DEADLINE.
import type { ProbeLimits } from './probe-types.js';

/**
 * Moves the target's deadline on by a wait the run imposed, never past `latestDeadline`: a hostile server whose
 * failures shrink its own gate to one connection at a time must not stretch its target's scan without end.
 */
export function extendDeadline(limits: ProbeLimits, waitedMs: number): void {
  if (waitedMs > 0) limits.deadline = Math.min(limits.deadline + waitedMs, limits.latestDeadline ?? Infinity);
}

/** Aborts `controller` when the (possibly extended) deadline passes; returns the function that stops watching. */
export function abortAtDeadline(limits: ProbeLimits, controller: AbortController): () => void {
  let timer: NodeJS.Timeout;
  const check = (): void => {
    const left = limits.deadline - Date.now();
    if (left <= 0) controller.abort();
    else timer = setTimeout(check, left);
  };
  timer = setTimeout(check, Math.max(0, limits.deadline - Date.now()));
  return () => clearTimeout(timer);
}
