// Transport failures that may be the moment rather than the server: a reset or close without a reply, a
// refused connection to an address that otherwise answers, a wait that timed out. Enumeration reads a failed
// hello as "refused", so such a failure is retried with backoff before it counts; one that persists is checked
// against a hello the server has already accepted (see context.ts) before it stands as the server's answer.
import type { IncompleteFact } from '../model/report.js';
import type { ProbeOutcome } from './probe-types.js';

export type TransientKind = 'reset' | 'refused' | 'timeout';

/** Retries of a transient failure, by kind: a timeout costs a whole timeout again, so it is retried once. */
export const RETRIES: Record<TransientKind, number> = { reset: 2, refused: 2, timeout: 1 };

/** First backoff (ms); each further retry waits three times longer, with up to half again of jitter. */
const BACKOFF_MS = 100;

/**
 * The transient kind of an outcome, or null for an answer (or for a wait ended by the deadline or a budget, which
 * a retry cannot cure). A refused connection or a timeout is transient only when `addressAnswers` (it answered a
 * hello in this run): otherwise nothing listens, or the server is simply silent.
 */
export function transientKind(outcome: ProbeOutcome, addressAnswers: boolean): TransientKind | null {
  switch (outcome.kind) {
    case 'reset':
    case 'closed':
      return 'reset';
    case 'starttls-failed':
      // A dialogue cut by the transport is the moment (a mail server's process limit, a busy listener); one the
      // server answered with a refusal is its answer.
      return outcome.cut ? 'reset' : null;
    case 'timeout':
      // A silent server is silent: a wait is retried only for an address that answers (it is then the moment).
      return outcome.reading !== undefined && !outcome.byDeadline && addressAnswers ? 'timeout' : null;
    case 'unreachable':
      if (outcome.code === 'ECONNRESET' || outcome.code === 'EPIPE') return 'reset';
      if (outcome.code === 'ECONNREFUSED' && addressAnswers) return 'refused';
      if (outcome.code === 'ETIMEDOUT' && addressAnswers) return 'timeout';
      return null;
    default:
      return null;
  }
}

/** The wait before retry number `attempt` (1-based). */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = BACKOFF_MS * 3 ** (attempt - 1);
  return Math.round(base * (1 + random() / 2));
}

/**
 * The incomplete-fact code and sentence for a transient failure that outlasted its retries while the same address
 * answered other hellos (or one it had accepted failed as well): resets and refusals are the server throttling
 * the scan, silence is a timeout.
 */
export function incompleteFor(fact: string, kind: TransientKind, attempts: number): IncompleteFact {
  if (kind === 'timeout') {
    return {
      fact,
      code: 'TIMEOUT',
      reason: `${attempts} attempts went unanswered while the server answered other connections, so this fact is not known`
    };
  }
  return {
    fact,
    code: 'THROTTLED',
    reason: `the server throttled the scan: ${attempts} attempts were ${kind === 'reset' ? 'reset or closed' : 'refused'} while it answered other connections, so this fact is not known`
  };
}

/** The report's name for a scan fact: where the missing part would have been written. */
export function reportedFact(fact: string): string {
  if (fact === 'contact' || fact === 'handshake') return 'protocols';
  if (fact.startsWith('version:')) return `cipherSuites:${fact.slice('version:'.length)}`;
  if (fact === 'sslv2') return 'cipherSuites:SSLv2';
  if (fact.startsWith('groups:')) return 'groups';
  if (fact.startsWith('certificate')) return 'certificate';
  return fact;
}
