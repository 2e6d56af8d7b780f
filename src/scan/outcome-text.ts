// One sentence per probe outcome that names its cause, for every message built from a probe: what was being
// read when time ran out and how much had arrived, which alert, why a selected flight leads nowhere.
import type { ProbeOutcome, ProbeTimeout } from './probe-types.js';

/** "12 bytes of the ServerHello arrived in 60000 ms (the target's deadline)". */
export function describeTimeout(outcome: ProbeTimeout): string {
  // A probe the engine did not start (the deadline or the check's budget came first) read nothing.
  if (outcome.reading === undefined) {
    return "no connection was made (the target's deadline or the check's handshake budget came first)";
  }
  const reading = outcome.reading;
  const bytes = outcome.receivedBytes ?? 0;
  const ended = outcome.byDeadline ? " (the target's deadline)" : '';
  return `${bytes} byte${bytes === 1 ? '' : 's'} of ${reading} arrived in ${outcome.durationMs} ms${ended}`;
}

export function describeOutcome(outcome: ProbeOutcome): string {
  switch (outcome.kind) {
    case 'accepted':
      return `the handshake went on with ${outcome.version}`;
    case 'unusable':
      return outcome.reason;
    case 'hello-retry':
      return 'the server answered with a HelloRetryRequest';
    case 'alert':
      return outcome.alert.description === 0
        ? 'the server closed the connection with close_notify instead of answering'
        : `the server answered with the alert ${outcome.alert.name}`;
    case 'closed':
      return 'the server closed the connection without a reply';
    case 'reset':
      return 'the server reset the connection';
    case 'timeout':
      return `the server did not answer in time: ${describeTimeout(outcome)}`;
    case 'not-tls':
      return `${outcome.description} answered, not a TLS server`;
    case 'protocol-error':
    case 'unreachable':
    case 'starttls-failed':
      return outcome.message;
  }
}
