// One probe = one handshake attempt: send a ClientHello, read until the server has said enough.
// The engine composes protocol, cipher, order, group and certificate scans from probes; client
// simulation (src/clients) sends profile hellos through the same probe.
import type { AlertInfo, ProtocolName, StarttlsProtocol } from '../model/report.js';
import type { BudgetName } from './budgets.js';

/** Where to connect and what to call the server. */
export interface Endpoint {
  host: string;
  /** Address to connect to (IP literal or name); defaults to host. */
  address: string;
  port: number;
  /** SNI to send, or null. */
  sni: string | null;
  /** The plain-text protocol every connection upgrades with before TLS (absent: TLS from the first byte). */
  starttls?: StarttlsProtocol;
}

export interface ProbeLimits {
  /** Connect, and each wait for bytes, must finish within this (ms). */
  timeoutMs: number;
  /** Absolute time (Date.now() scale) after which the probe gives up at once. */
  deadline: number;
  /** The latest the deadline may be moved on to by waits at an address's gate (deadline.ts); absent: no limit. */
  latestDeadline?: number;
  signal?: AbortSignal;
  /** The target's read budget, shared by its probes (src/scan/budgets.ts). */
  readBudget?: { take(bytes: number): boolean };
}

/** What the server answered. Every way a handshake can end is a value, never an exception. */
export type ProbeOutcome =
  | ProbeAccepted
  | ProbeUnusable
  | { kind: 'hello-retry'; version: ProtocolName; cipherSuite: number; group: number; durationMs: number }
  | { kind: 'alert'; alert: AlertInfo; durationMs: number }
  | { kind: 'closed'; durationMs: number } // peer closed (FIN) without a reply
  | { kind: 'reset'; durationMs: number } // ECONNRESET / EPIPE
  | ProbeTimeout
  | { kind: 'not-tls'; description: string; durationMs: number } // e.g. "an HTTP server", "an SSH server"
  // Malformed or oversized records; `budget` when one of our budgets (not a malformed reply) ended the probe.
  | { kind: 'protocol-error'; message: string; budget?: BudgetName; durationMs: number }
  | { kind: 'unreachable'; code: string; message: string; durationMs: number }
  /** The STARTTLS dialogue did not end in a go-ahead: STARTTLS_UNSUPPORTED, _REFUSED, _PROTOCOL, _TIMEOUT. */
  | { kind: 'starttls-failed'; code: string; message: string; cut?: 'reset' | 'closed'; durationMs: number };

export interface ProbeAccepted {
  kind: 'accepted';
  version: ProtocolName;
  /** IANA code point (for SSLv2, the 24-bit cipher kind). */
  cipherSuite: number;
  /** SSLv2 only: every cipher kind the server listed that we offered (SSLv2 servers send the whole list). */
  sslv2CipherKinds?: number[];
  /** TLS 1.3 key_share group, or the TLS 1.2 ECDHE curve from ServerKeyExchange. */
  group: number | null;
  /** Finite-field DH prime size from ServerKeyExchange of DHE suites. */
  dhBits: number | null;
  /** DER certificates exactly as sent, leaf first (decrypted for TLS 1.3 when asked for). */
  certificates: Buffer[] | null;
  /** Stapled OCSP response (CertificateStatus, or TLS 1.3 status_request in the leaf's entry). */
  ocspResponse: Buffer | null;
  /** Extension types the ServerHello carried. */
  serverExtensions: number[];
  sessionId: Buffer;
  /** ServerHello.random (TLS only): carries the RFC 8446 §4.1.3 downgrade sentinel. */
  serverRandom?: Buffer;
  /** ServerHello.compression_method (TLS <= 1.2 only). */
  compressionMethod?: number;
  /**
   * A TLS 1.3 hello probed with `certificatesAlongside` (first contact): what reading on to the Certificate gave,
   * as a certificate-reading probe would have answered (accepted with the chain, unusable, a timeout...).
   */
  certificateRead?: ProbeOutcome;
  durationMs: number;
}

/**
 * The server selected a version and suite but its flight leads nowhere: no client could continue the handshake
 * (a ServerHello and then a reset, a ServerKeyExchange missing, a certificate that is not DER, a second
 * HelloRetryRequest). What it selected is kept, but it is not "accepted".
 */
export interface ProbeUnusable {
  kind: 'unusable';
  version: ProtocolName;
  cipherSuite: number;
  /** Why a client could not go on, e.g. "ServerKeyExchange missing for an ECDHE suite". */
  reason: string;
  durationMs: number;
}

/** No answer in time: what was being read and how much of it had arrived, so the message names the cause. */
export interface ProbeTimeout {
  kind: 'timeout';
  /** What the probe was waiting for ("the ServerHello"); absent when it never connected (budget, deadline). */
  reading?: string;
  /** Bytes of the reply that had arrived when the wait ended. */
  receivedBytes?: number;
  /** true when the target's deadline, not the per-read timeout, ended the wait. */
  byDeadline?: boolean;
  durationMs: number;
}
