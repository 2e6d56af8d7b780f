// Every limit on what one server may cost a run, in one table: bytes read per probe and per target, handshake
// messages per flight, certificate entries per Certificate message, distinct certificates kept per target, how
// long a parse may hold the event loop, and how transport failures are retried. A probe that reaches a budget
// ends with an outcome naming it; nothing a server sends can make one target cost another anything.
import { MAX_CERTIFICATE_ENTRIES } from '../wire/certificate.js';
import { MAX_HANDSHAKE_MESSAGE } from '../wire/handshake.js';

export const SCAN_BUDGETS = {
  /**
   * Bytes one probe reads: twice the largest handshake message we decode (MAX_HANDSHAKE_MESSAGE), and five times
   * the certificate list OpenSSL's own clients accept by default (SSL_CTX_set_max_cert_list: 100 KiB), so a
   * first flight with a 100-certificate chain still fits. Every connection of a run may hold this much at
   * once (16 targets x 6 probes: 48 MiB); at 2 MiB that was 192 MiB.
   */
  probeBytes: 2 * MAX_HANDSHAKE_MESSAGE,
  /**
   * Bytes one target's probes read together. A full scan of a server with a 20 KB chain reads about 2 MB (TLS
   * 1.2 enumeration sees the Certificate on every probe); beyond this the scan stops with facts marked
   * incomplete, so a server that fills every probe cannot hold hundreds of megabytes of a run.
   */
  targetBytes: 32 * 1024 * 1024,
  /** Handshake messages in one flight: a real one has at most eight (ServerHello ... ServerHelloDone). */
  flightMessages: 32,
  /**
   * TLS records in one reply. Every record costs work however small: a 200 KB certificate in 1-byte records is
   * 200,000 of them per probe, enough to starve every other target of the CPU. Even 1 KB records carry a 2 MiB
   * flight in 2048.
   */
  flightRecords: 2048,
  /** Entries in one Certificate message (src/wire/certificate.ts decodes no further). */
  certificateEntries: MAX_CERTIFICATE_ENTRIES,
  /** Distinct certificates (by SHA-256 of the DER) kept per target; every probe's list shares these copies. */
  keptCertificates: 256,
  /**
   * Retries and controls of transient failures per target (src/scan/settle.ts): on top of the checks' handshake
   * budgets, so a server that resets everything costs at most this many more connections.
   */
  retriesPerTarget: 64,
  /** Longest a probe parses without letting other targets' sockets and timers run (ms). */
  yieldAfterMs: 8,
  /** Connections at once to one address and port, whatever targets resolve to it (the run's politeness). */
  perAddressConcurrency: 32
} as const;

/** Which budget ended a probe, as the outcome's message names it. */
export type BudgetName =
  'probe-bytes' | 'target-bytes' | 'flight-messages' | 'flight-records' | 'certificate-entries';

/** The words a message uses for a budget. */
export function describeBudget(budget: BudgetName): string {
  switch (budget) {
    case 'probe-bytes':
      return `the probe's read budget of ${SCAN_BUDGETS.probeBytes} bytes`;
    case 'target-bytes':
      return `the target's read budget of ${SCAN_BUDGETS.targetBytes} bytes over all its probes`;
    case 'flight-messages':
      return `the flight budget of ${SCAN_BUDGETS.flightMessages} handshake messages`;
    case 'flight-records':
      return `the flight budget of ${SCAN_BUDGETS.flightRecords} records`;
    case 'certificate-entries':
      return `the budget of ${SCAN_BUDGETS.certificateEntries} entries per Certificate message`;
  }
}

/** Bytes a target may still read, shared by all its probes. */
export class ByteBudget {
  private used = 0;

  constructor(readonly limit: number = SCAN_BUDGETS.targetBytes) {}

  /** Counts `bytes`; false once the budget is spent (the bytes are counted all the same). */
  take(bytes: number): boolean {
    this.used += bytes;
    return this.used <= this.limit;
  }

  get spent(): boolean {
    return this.used > this.limit;
  }
}
