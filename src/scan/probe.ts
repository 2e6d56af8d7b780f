// One probe: send one ClientHello over a fresh TCP connection and read until the server has said what we
// need: ServerHelloDone for TLS <= 1.2 (so Certificate, CertificateStatus and ServerKeyExchange are seen),
// ServerHello or HelloRetryRequest for TLS 1.3 (and, when certificates are wanted, the encrypted first flight
// up to Certificate). Enumeration never finishes a handshake. Whatever the peer does ends as a ProbeOutcome;
// runProbe never throws for anything the peer sends or fails to send, and only for a bug of ours. Framing (what
// the reply is, records, reassembly) is wire/framing.ts's; this file drives the conversation over its frames.
//
// TLS 1.3 certificates are read by our own key schedule (src/wire/tls13) rather than by capturing a
// `tls.connect` handshake with its keylog: one engine then covers every version, every suite order and every
// server, including ones OpenSSL would refuse to finish a handshake with (weak keys, odd sigalgs).
import {
  ContentType,
  ExtensionType,
  HandshakeType,
  ProtocolVersion,
  Sslv2MessageType
} from '../codepoints/index.js';
import { decodeAlert } from '../wire/alert.js';
import { TooManyCertificateEntries } from '../wire/certificate.js';
import { DecodeError } from '../wire/bytes.js';
import type { ClientHelloSpec, KeyShareEntry, SSLv2ClientHelloSpec } from '../wire/client-hello-spec.js';
import { clientHello, encodeClientHello, encodeSslv2ClientHello, helloRandom } from '../wire/client-hello.js';
import { decodeHandshake } from '../wire/decode-handshake.js';
import { classifyFirstByte, ReplyReader, TooManyRecords, type ReplyFrame } from '../wire/framing.js';
import type { HandshakeMessage } from '../wire/handshake.js';
import { describeNonTls } from '../wire/non-tls.js';
import { encodeRecords, isSslv2Record, type TlsRecord } from '../wire/record.js';
import { isServerFault } from '../wire/server-fault.js';
import {
  decodeServerHello,
  isHelloRetryRequest,
  retryGroup,
  selectedVersion,
  serverKeyShare,
  type ServerHello
} from '../wire/server-hello.js';
import { keyExchangeParams } from '../wire/server-key-exchange.js';
import { decodeSslv2Error, decodeSslv2ServerHello } from '../wire/sslv2.js';
import { DecryptionError } from '../wire/tls13/aead.js';
import { helloRetryTranscript } from '../wire/tls13/handshake-decryptor.js';
import { TLS13_SUPPORT, type Tls13Support } from './tls13-support.js';
import { protocolNameOf, suiteByCode } from '../registry/index.js';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { describeBudget, SCAN_BUDGETS, type BudgetName } from './budgets.js';
import { Connection, type ReadResult } from './connection.js';
import { detach } from './detach.js';
import { flightGap } from './flight-rules.js';
import { starttlsUpgrade } from './starttls.js';
import type { Endpoint, ProbeAccepted, ProbeLimits, ProbeOutcome, ProbeUnusable } from './probe-types.js';

export type ProbeHello =
  { kind: 'tls'; spec: ClientHelloSpec } | { kind: 'sslv2'; spec: SSLv2ClientHelloSpec };

export interface ProbeOptions {
  /** Read the Certificate (decrypting it for TLS 1.3) and the stapled OCSP response. */
  readCertificates?: boolean;
  /**
   * A TLS 1.3 hello answered by a ServerHello with one of our shares: answer as without options, and read on to
   * the Certificate for `certificateRead` (first contact: the certificate capture then needs no hello of its own).
   * A HelloRetryRequest is reported, not answered.
   */
  certificatesAlongside?: boolean;
}

const MAX_PROBE_BYTES = SCAN_BUDGETS.probeBytes;

function hex(bytes: Buffer): string {
  return [...bytes.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

export async function runProbe(
  endpoint: Endpoint,
  hello: ProbeHello,
  limits: ProbeLimits,
  options: ProbeOptions = {}
): Promise<ProbeOutcome> {
  const started = Date.now();
  const elapsed = (): number => Date.now() - started;
  const opened = await Connection.open({
    address: endpoint.address,
    port: endpoint.port,
    timeoutMs: limits.timeoutMs,
    deadline: limits.deadline,
    signal: limits.signal,
    maxBytes: MAX_PROBE_BYTES,
    beforeTls: starttlsUpgrade(endpoint, limits.timeoutMs),
    sharedBytes: limits.readBudget
  });
  if (!(opened instanceof Connection)) {
    if (opened.kind === 'unreachable') return { ...opened, durationMs: elapsed() };
    if (opened.kind === 'starttls') return { ...opened, kind: 'starttls-failed', durationMs: elapsed() };
    if (opened.kind === 'timeout') {
      return {
        kind: 'unreachable',
        code: 'ETIMEDOUT',
        message: `connecting to ${endpoint.address} port ${endpoint.port} timed out after ${limits.timeoutMs} ms`,
        durationMs: elapsed()
      };
    }
    return { kind: 'timeout', durationMs: elapsed() };
  }
  try {
    const reading = options.readCertificates || options.certificatesAlongside;
    const tls13 = reading && hello.kind === 'tls' ? TLS13_SUPPORT : null;
    const session = new ProbeSession(opened, hello, options, started, tls13);
    return await session.run();
  } catch (error) {
    return serverFault(error, elapsed());
  } finally {
    opened.close();
  }
}

/**
 * A decoder rejecting what the peer sent is a protocol error of that server; anything else is our bug and
 * propagates, so that it ends the run as an internal error instead of passing for a server property.
 */
function serverFault(error: unknown, durationMs: number): ProbeOutcome {
  if (!isServerFault(error)) throw error;
  // A record failing authentication is named as such: the cause of a TLS 1.3 certificate read that failed.
  const what = error instanceof DecryptionError ? `its encrypted flight could not be decrypted: ` : '';
  return {
    kind: 'protocol-error',
    message: `the server sent a malformed reply (${what}${error.message})`,
    ...budgetOf(error),
    durationMs
  };
}

/** The state of one handshake attempt, from our ClientHello to the point where we stop reading. */
class ProbeSession {
  private readonly reply: ReplyReader;
  private serverHello: ServerHello | null = null;
  private serverHelloRaw: Buffer | null = null;
  private certificates: Buffer[] | null = null;
  private ocspResponse: Buffer | null = null;
  private group: number | null = null;
  private dhBits: number | null = null;
  private sawServerKeyExchange = false;
  private receivedBytes = 0;
  private flightMessages = 0;
  private decryptor: ReturnType<Tls13Support['createDecryptor']> | null = null;
  private readonly secrets = new Map<number, (serverKey: Buffer) => Buffer>();
  private clientHelloMessage: Buffer = Buffer.alloc(0);
  private sentSpec: ClientHelloSpec | null = null;
  private retry: { clientHello1: Buffer; helloRetryRequest: Buffer; clientHello2: Buffer } | null = null;
  /** With `certificatesAlongside`: the answer at the ServerHello, while the probe reads on to the Certificate. */
  private alongside: ProbeAccepted | null = null;

  constructor(
    private readonly connection: Connection,
    private readonly hello: ProbeHello,
    private readonly options: ProbeOptions,
    private readonly started: number,
    private readonly tls13: Tls13Support | null
  ) {
    this.reply = new ReplyReader(hello.kind === 'sslv2', SCAN_BUDGETS.flightRecords);
  }

  private elapsed(): number {
    return Date.now() - this.started;
  }

  async run(): Promise<ProbeOutcome> {
    let outcome: ProbeOutcome;
    try {
      outcome = await this.read();
    } catch (error) {
      // Past the ServerHello, a malformed flight is what the certificate read found, not the hello's answer.
      if (!this.alongside) throw error;
      outcome = serverFault(error, this.elapsed());
    }
    return this.alongside ? { ...this.alongside, certificateRead: outcome } : outcome;
  }

  private async read(): Promise<ProbeOutcome> {
    this.connection.write(this.encodeHello());
    let lastYield = Date.now();
    for (;;) {
      const result = await this.connection.read();
      if (result.kind !== 'data') return this.ended(result);
      const outcome = this.consume(result.chunk);
      if (outcome) return outcome;
      // Buffered chunks resolve without a macrotask: a peer that floods tiny records must not hold the event
      // loop, or other targets' timers fire late and their probes read as timeouts.
      if (Date.now() - lastYield >= SCAN_BUDGETS.yieldAfterMs) {
        await yieldToEventLoop();
        lastYield = Date.now();
      }
    }
  }

  private encodeHello(): Buffer {
    if (this.hello.kind === 'sslv2') return encodeSslv2ClientHello(this.hello.spec);
    // Fixed random and session id: a second ClientHello after a HelloRetryRequest must repeat them.
    let spec: ClientHelloSpec = {
      ...this.hello.spec,
      random: this.hello.spec.random ?? helloRandom(),
      sessionId: this.hello.spec.sessionId ?? helloRandom()
    };
    this.sentSpec = spec;
    const tls13 = this.tls13;
    if (tls13 && spec.supportedVersions?.includes(ProtocolVersion.TLSv1_3) && spec.keyShares) {
      // To decrypt the server's first flight we need the private half of every share we offer.
      const shares: KeyShareEntry[] = [];
      for (const entry of spec.keyShares) {
        const share = tls13.createKeyShare(entry.group);
        if (share) {
          this.secrets.set(entry.group, (key) => share.sharedSecret(key));
          shares.push(share.entry);
        } else {
          shares.push(entry);
        }
      }
      spec = { ...spec, keyShares: shares };
    }
    this.clientHelloMessage = encodeClientHello(clientHello(spec));
    return encodeRecords(
      ContentType.handshake,
      spec.recordVersion ?? ProtocolVersion.TLSv1_0,
      this.clientHelloMessage
    );
  }

  /** How a read that brought no bytes ends the probe. */
  private ended(result: Exclude<ReadResult, { kind: 'data' }>): ProbeOutcome {
    if (result.kind === 'overflow' && result.budget === 'shared') {
      // The target's budget, not this flight, ran out: nothing is learnt about what this hello selected.
      return {
        kind: 'protocol-error',
        message: `the scan stopped reading: ${describeBudget('target-bytes')} is spent`,
        budget: 'target-bytes',
        durationMs: this.elapsed()
      };
    }
    // A server that said ServerHello and then stopped selected something no client can go on with.
    if (this.serverHello && !isHelloRetryRequest(this.serverHello))
      return this.stoppedAfterServerHello(result);
    const durationMs = this.elapsed();
    switch (result.kind) {
      case 'end':
        if (this.firstBytes.length > 0 && this.firstBytes.length < 5) {
          return {
            kind: 'protocol-error',
            message: `the server closed the connection mid-handshake (after ${this.firstBytes.length} bytes)`,
            durationMs
          };
        }
        if (this.reply.hasPartial) {
          return {
            kind: 'protocol-error',
            message: 'the server closed the connection mid-handshake (a record or message was cut short)',
            durationMs
          };
        }
        if (this.firstBytes.length > 0) {
          const nonTls = this.nonTlsDescription();
          if (nonTls) return nonTls;
        }
        return { kind: 'closed', durationMs };
      case 'reset':
        return { kind: 'reset', durationMs };
      case 'overflow':
        return {
          kind: 'protocol-error',
          message: `the server sent more than ${MAX_PROBE_BYTES} bytes without finishing its first flight (${describeBudget('probe-bytes')})`,
          budget: 'probe-bytes',
          durationMs
        };
      default: {
        const nonTls = this.firstBytes.length > 0 ? this.nonTlsDescription() : null;
        if (nonTls) return nonTls;
        return {
          kind: 'timeout',
          reading: this.retry ? 'the ServerHello answering the second ClientHello' : 'the ServerHello',
          receivedBytes: this.receivedBytes,
          byDeadline: result.kind === 'deadline',
          durationMs
        };
      }
    }
  }

  /**
   * The flight after a ServerHello ended before a client could go on. A close, a reset or an overflow is the
   * server's doing: what it selected is unusable. Silence is not proof (a loaded server, the target's deadline):
   * it ends as a timeout that says what was being read and how much had arrived, and nothing is counted.
   */
  private stoppedAfterServerHello(result: Exclude<ReadResult, { kind: 'data' }>): ProbeOutcome {
    const tls13 = this.decryptor !== null || this.retry !== null;
    if (result.kind !== 'end' && result.kind !== 'reset' && result.kind !== 'overflow') {
      return {
        kind: 'timeout',
        reading: tls13
          ? 'the encrypted flight after the ServerHello'
          : 'the flight after the ServerHello (up to ServerHelloDone)',
        receivedBytes: this.receivedBytes,
        byDeadline: result.kind === 'deadline',
        durationMs: this.elapsed()
      };
    }
    const stopped =
      result.kind === 'end'
        ? 'closed the connection'
        : result.kind === 'reset'
          ? 'reset the connection'
          : `sent more than ${MAX_PROBE_BYTES} bytes (${describeBudget('probe-bytes')})`;
    const missing = tls13 ? 'its encrypted Certificate' : 'ServerHelloDone';
    return this.unusable(`the server ${stopped} after its ServerHello, before ${missing}`);
  }

  private get firstBytes(): Buffer {
    return this.reply.firstBytes;
  }

  /** For a reply whose first byte is no TLS content type: what it is, or a plain "not TLS" error. */
  private nonTlsDescription(): ProbeOutcome | null {
    const first = this.firstBytes[0]!;
    if (classifyFirstByte(first, false) === 'tls') return null;
    if (this.hello.kind === 'sslv2' && isSslv2Record(this.firstBytes)) return null;
    const description = describeNonTls(this.firstBytes);
    if (description) return { kind: 'not-tls', description, durationMs: this.elapsed() };
    return {
      kind: 'protocol-error',
      message: `the server answered with bytes that are not TLS (starting ${hex(this.firstBytes)})`,
      durationMs: this.elapsed()
    };
  }

  /** Feeds bytes; returns an outcome once the probe has its answer. */
  private consume(chunk: Buffer): ProbeOutcome | null {
    const firstChunk = this.reply.replyFormat === null;
    this.receivedBytes += chunk.length;
    try {
      this.reply.push(chunk);
    } catch (error) {
      return this.malformedRecord(error);
    }
    // First bytes of the reply: something that is not TLS at all is named at once.
    if (firstChunk && this.reply.replyFormat === 'not-tls') return this.nonTlsDescription();
    if (this.reply.replyFormat === 'sslv2') {
      const frame = this.reply.next();
      return frame?.kind === 'sslv2' ? this.onSslv2(frame.body) : null;
    }
    try {
      for (let frame = this.reply.next(); frame; frame = this.reply.next()) {
        const outcome = this.onTlsFrame(frame);
        if (outcome) return outcome;
      }
    } catch (error) {
      return this.malformedRecord(error);
    }
    return null;
  }

  private onTlsFrame(frame: ReplyFrame): ProbeOutcome | null {
    if (frame.kind === 'handshake') return this.onHandshake(frame.message);
    if (frame.kind === 'record') return this.onRecord(frame.record);
    return null; // SSLv2 frames come only in an SSLv2 reply
  }

  /** A DecodeError while reading TLS records: the server's malformed record. Anything else is our bug. */
  private malformedRecord(error: unknown): ProbeOutcome {
    if (!(error instanceof DecodeError)) throw error;
    return {
      kind: 'protocol-error',
      message: `the server sent a malformed TLS record (${error.message})`,
      ...budgetOf(error),
      durationMs: this.elapsed()
    };
  }

  private onSslv2(body: Buffer): ProbeOutcome {
    if (body[0] === Sslv2MessageType.error) {
      const error = decodeSslv2Error(body);
      return {
        kind: 'alert',
        alert: { level: 'fatal', description: error.code, name: error.name },
        durationMs: this.elapsed()
      };
    }
    const hello = decodeSslv2ServerHello(body);
    const offered = this.hello.kind === 'sslv2' ? this.hello.spec.cipherSpecs : [];
    // SSLv2 servers list every cipher kind they share with us; the client chooses later.
    const shared = hello.cipherSpecs.filter((kind) => offered.includes(kind));
    if (shared.length === 0) {
      return {
        kind: 'protocol-error',
        message: 'the server answered SSLv2 with no cipher kind we offered',
        durationMs: this.elapsed()
      };
    }
    return {
      kind: 'accepted',
      version: 'SSLv2',
      cipherSuite: shared[0]!,
      sslv2CipherKinds: shared,
      group: null,
      dhBits: null,
      certificates: hello.certificate.length > 0 ? [hello.certificate] : null,
      ocspResponse: null,
      serverExtensions: [],
      sessionId: Buffer.alloc(0),
      durationMs: this.elapsed()
    };
  }

  /** A TLS record other than a handshake record (those arrive as whole messages). */
  private onRecord(record: TlsRecord): ProbeOutcome | null {
    if (record.type === ContentType.alert) {
      // TLS 1.3 alerts after ServerHello are encrypted; a plaintext alert is the server giving up.
      const alert = decodeAlert(record.fragment);
      if (this.serverHello && !isHelloRetryRequest(this.serverHello)) {
        return this.unusable(`the server sent the alert ${alert.name} after its ServerHello`);
      }
      return { kind: 'alert', alert, durationMs: this.elapsed() };
    }
    if (record.type === ContentType.change_cipher_spec) return null; // TLS 1.3 middlebox compatibility
    if (record.type === ContentType.application_data) {
      if (!this.decryptor) {
        if (this.serverHello) return this.accepted();
        throw new DecodeError('application data before the handshake');
      }
      for (const message of this.decryptor.push(record)) {
        const outcome = this.onTls13Encrypted(message);
        if (outcome) return outcome;
      }
      const alert = this.decryptor.alert;
      if (alert)
        return this.unusable(`the server sent the alert ${alert.name} (encrypted) after its ServerHello`);
      return null;
    }
    throw new DecodeError(`unexpected record type ${record.type} during the handshake`);
  }

  /** Counts a handshake message of the flight; past the budget the probe ends, naming it. */
  private overFlightBudget(): ProbeOutcome | null {
    this.flightMessages++;
    if (this.flightMessages <= SCAN_BUDGETS.flightMessages) return null;
    return {
      kind: 'protocol-error',
      message: `the server sent more than ${SCAN_BUDGETS.flightMessages} handshake messages in one flight (${describeBudget('flight-messages')})`,
      budget: 'flight-messages',
      durationMs: this.elapsed()
    };
  }

  private onHandshake(message: HandshakeMessage): ProbeOutcome | null {
    const over = this.overFlightBudget();
    if (over) return over;
    const serverHello = this.serverHello;
    if (!serverHello) {
      if (message.type !== HandshakeType.server_hello) {
        throw new DecodeError(`expected ServerHello, got handshake message type ${message.type}`);
      }
      return this.onServerHello(message);
    }
    // The end of the flight is known from the type alone; its (empty) body is not checked, as before.
    if (message.type === HandshakeType.server_hello_done) return this.flightEnd(serverHello);
    const suite = suiteByCode(serverHello.cipherSuite);
    const keyExchange = suite ? { kx: suite.kx ?? '', au: suite.au } : undefined;
    const decoded = decodeHandshake(message.type, message.body, serverHello.legacyVersion, keyExchange);
    switch (decoded.kind) {
      case 'certificate':
        this.certificates = decoded.message.certificates;
        return null;
      case 'certificate_status':
        this.ocspResponse = decoded.message.ocspResponse;
        return null;
      case 'server_key_exchange': {
        const params = decoded.message && keyExchangeParams(decoded.message);
        if (params && 'namedGroup' in params) this.group = params.namedGroup;
        if (params && 'dhPrimeBits' in params) this.dhBits = params.dhPrimeBits;
        this.sawServerKeyExchange = true;
        return null;
      }
      default:
        return null; // CertificateRequest and friends: not needed
    }
  }

  private onServerHello(message: HandshakeMessage): ProbeOutcome | null {
    const hello = decodeServerHello(message.body);
    this.serverHello = hello;
    this.serverHelloRaw = message.raw;
    const chosen = negotiatedVersion(hello);
    const version = protocolNameOf(chosen);
    if (!version || version === 'SSLv2') {
      return {
        kind: 'protocol-error',
        message: `the server chose version 0x${chosen.toString(16)}, which is not a TLS version`,
        durationMs: this.elapsed()
      };
    }
    if (isHelloRetryRequest(hello)) {
      if (this.retry) {
        // RFC 8446 §4.1.4: a client aborts on a second HelloRetryRequest; it has nothing left to change.
        return this.unusable('every TLS 1.3 hello is answered with another HelloRetryRequest');
      }
      const retried = this.retryForCertificates(hello, message.raw);
      if (retried) return null;
      return {
        kind: 'hello-retry',
        version: 'TLSv1.3',
        cipherSuite: hello.cipherSuite,
        group: retryGroup(hello) ?? 0,
        durationMs: this.elapsed()
      };
    }
    if (version !== 'TLSv1.3') return null; // keep reading up to ServerHelloDone
    const keyShare = serverKeyShare(hello);
    this.group = keyShare?.group ?? null;
    const secret = keyShare ? this.secrets.get(keyShare.group) : undefined;
    const reading = this.options.readCertificates || this.options.certificatesAlongside;
    if (!reading || !this.tls13 || !secret || !keyShare) return this.accepted();
    if (this.options.certificatesAlongside && !this.options.readCertificates)
      this.alongside = this.accepted();
    const sharedSecret = agreeWithServerKey(secret, keyShare);
    const transcript = this.retry
      ? helloRetryTranscript(hello.cipherSuite, { ...this.retry, serverHello: this.serverHelloRaw })
      : Buffer.concat([this.clientHelloMessage, this.serverHelloRaw]);
    this.decryptor = this.tls13.createDecryptor(hello.cipherSuite, sharedSecret, transcript);
    return null;
  }

  /**
   * A certificate-reading probe answers a HelloRetryRequest the way a client would: a second ClientHello with a
   * real share for the group the server asked for (and its cookie), so servers that prefer a group we did not
   * share (Node 24 prefers X25519MLKEM768) still show their chain. Enumeration probes report the retry instead.
   */
  private retryForCertificates(hrr: ServerHello, hrrRaw: Buffer): boolean {
    const tls13 = this.tls13;
    const first = this.sentSpec;
    const group = retryGroup(hrr);
    if (!this.options.readCertificates || !tls13 || !first || this.retry || group === null) return false;
    const share = tls13.createKeyShare(group);
    if (!share) return false;
    const cookie = hrr.extensions.find((extension) => extension.type === ExtensionType.cookie);
    const second: ClientHelloSpec = {
      ...first,
      keyShares: [share.entry],
      extraExtensions: [
        ...(first.extraExtensions ?? []),
        ...(cookie ? [{ type: cookie.type, data: cookie.data }] : [])
      ]
    };
    this.secrets.clear();
    this.secrets.set(group, (key) => share.sharedSecret(key));
    const clientHello2 = encodeClientHello(clientHello(second));
    this.retry = { clientHello1: this.clientHelloMessage, helloRetryRequest: hrrRaw, clientHello2 };
    this.clientHelloMessage = clientHello2;
    this.serverHello = null;
    this.serverHelloRaw = null;
    this.connection.write(encodeRecords(ContentType.handshake, ProtocolVersion.TLSv1_2, clientHello2));
    return true;
  }

  private onTls13Encrypted(message: { type: number; body: Buffer }): ProbeOutcome | null {
    const over = this.overFlightBudget();
    if (over) return over;
    if (message.type === HandshakeType.certificate) {
      const decoded = decodeHandshake(message.type, message.body, ProtocolVersion.TLSv1_3);
      if (decoded.kind !== 'certificate') return null;
      this.certificates = decoded.message.certificates;
      this.ocspResponse = decoded.message.ocspResponse;
      const gap = flightGap({ version: 'TLSv1.3', certificates: this.certificates });
      return gap ? this.unusable(gap) : this.accepted();
    }
    if (message.type === HandshakeType.certificate_verify || message.type === HandshakeType.finished) {
      return this.accepted(); // a PSK or raw-key handshake without Certificate
    }
    return null;
  }

  /** ServerHelloDone (TLS <= 1.2): the flight is accepted only when it holds what the suite needs. */
  private flightEnd(hello: ServerHello): ProbeOutcome | null {
    const gap = flightGap({
      version: protocolNameOf(negotiatedVersion(hello)),
      cipherSuite: hello.cipherSuite,
      certificates: this.certificates,
      sawServerKeyExchange: this.sawServerKeyExchange
    });
    return gap ? this.unusable(gap) : this.accepted();
  }

  /** What the server selected, kept apart from what it accepted: `reason` says why no client could go on. */
  private unusable(reason: string): ProbeUnusable {
    const hello = this.serverHello!;
    return {
      kind: 'unusable',
      version: protocolNameOf(negotiatedVersion(hello)) ?? 'TLSv1.3',
      cipherSuite: hello.cipherSuite,
      reason,
      durationMs: this.elapsed()
    };
  }

  private accepted(): ProbeAccepted | null {
    const hello = this.serverHello;
    if (!hello || isHelloRetryRequest(hello)) return null;
    const version = protocolNameOf(negotiatedVersion(hello));
    if (!version) return null;
    return {
      kind: 'accepted',
      version,
      cipherSuite: hello.cipherSuite,
      group: this.group,
      dhBits: this.dhBits,
      // The certificates are detached as the target's store keeps them (certificate-store.ts).
      certificates: this.certificates,
      ocspResponse: this.ocspResponse && detach(this.ocspResponse),
      serverExtensions: hello.extensions.map((extension) => extension.type),
      sessionId: detach(hello.sessionId),
      serverRandom: detach(hello.random),
      compressionMethod: hello.compressionMethod,
      durationMs: this.elapsed()
    };
  }
}

/** The budget a decoder stopped at, for the outcome (a reply over it is not malformed, but too big to keep). */
function budgetOf(error: unknown): { budget?: BudgetName } {
  if (error instanceof TooManyCertificateEntries) return { budget: 'certificate-entries' };
  if (error instanceof TooManyRecords) return { budget: 'flight-records' };
  return {};
}

/** The version a ServerHello settles on: supported_versions in TLS 1.3, legacy_version before. */
function negotiatedVersion(hello: ServerHello): number {
  return selectedVersion(hello) ?? hello.legacyVersion;
}

/**
 * The shared secret from the server's key share. A key of the wrong size, off the curve or of low order makes
 * node:crypto throw; the key is the server's, so that is a malformed reply (a DecodeError), not a bug of ours.
 */
function agreeWithServerKey(secret: (serverKey: Buffer) => Buffer, share: KeyShareEntry): Buffer {
  try {
    return secret(share.keyExchange);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DecodeError(
      `key_share: the server's key for group 0x${share.group.toString(16)} is not usable (${reason})`
    );
  }
}

export { type Endpoint };
