// How one probe's answer is settled. Enumeration reads any failed hello as the server refusing it, so a
// transport failure (reset, refusal, timeout) that is only the moment (an overloaded server, a CPU-bound
// neighbour in our own run) would silently remove a suite or a version. A transient failure is therefore retried
// with backoff, within the deadline; one that persists is checked against the last hello the server accepted.
// When that control is answered, the failure was the server's answer to this hello (some servers reset instead
// of sending an alert) and stands. When the control fails too, the server is not answering at all just now: the
// failure still stands, but the check's facts are marked incomplete, THROTTLED when it came in a burst.
import type { IncompleteFact } from '../model/report.js';
import type { AddressGate } from './address-gate.js';
import { describeBudget, type BudgetName } from './budgets.js';
import type { ProbeHello, ProbeOptions } from './probe.js';
import type { ProbeOutcome } from './probe-types.js';
import {
  backoffMs,
  incompleteFor,
  reportedFact,
  RETRIES,
  transientKind,
  type TransientKind
} from './transient.js';

export interface UnverifiedFailure {
  hello: ProbeHello;
  options?: ProbeOptions;
  kind: TransientKind;
  attempts: number;
}

/** What settling needs of a check's view of the target (context.ts). */
export interface Settling {
  readonly deadline: number;
  readonly timeoutMs: number;
  expired(): boolean;
  /** The target's read budget is spent. */
  budgetSpent(): boolean;
  readonly gate: AddressGate;
  /** The check's facts, named when one is left incomplete. */
  readonly facts: readonly string[];
  /** The first attempt: counted, held to the check's budget. */
  first(hello: ProbeHello, options?: ProbeOptions): Promise<ProbeOutcome>;
  /** A retry or control: not counted in the report's handshakes. */
  again(hello: ProbeHello, options?: ProbeOptions): Promise<ProbeOutcome>;
  control(): ProbeHello | null;
  accepted(hello: ProbeHello): void;
  incomplete(fact: IncompleteFact): void;
  /** A failure that persisted before any hello was accepted: checked once the checks end. */
  unverified(failure: UnverifiedFailure): void;
}

const ANSWERS: readonly ProbeOutcome['kind'][] = ['accepted', 'unusable', 'hello-retry', 'alert'];

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function settleProbe(
  s: Settling,
  hello: ProbeHello,
  options?: ProbeOptions
): Promise<ProbeOutcome> {
  if (s.budgetSpent()) return budgetSpent(s);
  let outcome = await s.first(hello, options);
  let kind = transientKind(outcome, s.gate.answered);
  let attempts = 1;
  while (kind !== null && attempts <= RETRIES[kind]) {
    s.gate.note('transient');
    const wait = backoffMs(attempts);
    if (Date.now() + wait + s.timeoutMs > s.deadline || s.expired()) break;
    await sleep(wait);
    outcome = await s.again(hello, options);
    kind = transientKind(outcome, s.gate.answered);
    attempts++;
  }
  if (kind === null) {
    // A wait or refusal not retried because the address had not answered yet: asked again after the checks,
    // when the server may have shown that it does answer.
    const unanswered = transientKind(outcome, true);
    if (unanswered !== null && !s.gate.answered) s.unverified({ hello, options, kind: unanswered, attempts });
    return answered(s, hello, outcome);
  }
  s.gate.note('transient');
  if (s.expired()) return outcome; // the target's deadline: its report says DEADLINE
  const control = s.control();
  if (!control) {
    s.unverified({ hello, options, kind, attempts });
    return outcome;
  }
  const check = await s.again(control);
  if (transientKind(check, s.gate.answered) !== null) {
    for (const fact of s.facts) s.incomplete(incompleteFor(reportedFact(fact), kind, attempts));
  }
  return outcome;
}

/** An answer: noted on the gate; an accepted hello becomes the control. Budget answers mark the facts. */
function answered(s: Settling, hello: ProbeHello, outcome: ProbeOutcome): ProbeOutcome {
  if (outcome.kind === 'protocol-error' && outcome.budget) {
    markBudget(s, outcome.budget);
    return outcome;
  }
  // Only a TLS answer shows the server is there and speaking; a silent wait or a refusal shows nothing.
  if (ANSWERS.includes(outcome.kind)) s.gate.note('answered');
  if (outcome.kind === 'accepted' && hello.kind === 'tls') s.accepted(hello);
  return outcome;
}

function markBudget(s: Settling, budget: BudgetName): void {
  for (const fact of s.facts) {
    s.incomplete({
      fact: reportedFact(fact),
      code: 'BUDGET',
      reason: `a probe ended at ${describeBudget(budget)}, so this fact is not known`
    });
  }
}

/** The target's read budget is spent: no further connection, and the check's facts are incomplete. */
function budgetSpent(s: Settling): ProbeOutcome {
  markBudget(s, 'target-bytes');
  return {
    kind: 'protocol-error',
    message: `the scan stopped reading: ${describeBudget('target-bytes')} is spent`,
    budget: 'target-bytes',
    durationMs: 0
  };
}
