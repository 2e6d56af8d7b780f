// scanTarget / scanTargets: everything the engine finds about a target, within its deadline. Targets run in
// parallel under `concurrency`, one target's probes under `perTargetConcurrency`. A target that cannot be
// reached, is not TLS, or misbehaves ends as its status and error; it never throws and never holds up others.
import dns from 'node:dns/promises';
import net from 'node:net';
import { groupName, suiteName, sslv2CipherKinds, suitesForProtocol } from '../registry/index.js';
import {
  emptyProtocols,
  type ErrorInfo,
  type ProtocolName,
  type Target,
  type TargetReport
} from '../model/report.js';
import { analyzeCaptured, type TrustStore } from './certificate-report.js';
import { captureCertificates } from './certificates.js';
import { ScanContext } from './context.js';
import { ecdheSuites, scanLegacyGroups, scanTls13Groups } from './groups.js';
import { CHUNK_SIZE, legacyHello, tls13Hello } from './hellos.js';
import { mapLimited } from './limiter.js';
import type { ProbeAccepted, ProbeOutcome } from './probe-types.js';
import { scanVersion, type TlsVersion, type VersionResult } from './suites.js';

export interface ScanOptions {
  /** Connect, and each wait for bytes, within this (ms). */
  timeoutMs: number;
  /** A target's whole scan within this (ms); on expiry it ends with error DEADLINE and what was found. */
  targetDeadlineMs: number;
  /** Targets scanned at once. */
  concurrency: number;
  /** Handshakes to one target at once (servers rate-limit). */
  perTargetConcurrency: number;
  trust: TrustStore;
  now: Date;
  onTargetDone?: (t: TargetReport) => void;
}

export const DEFAULT_SCAN_OPTIONS = {
  timeoutMs: 5000,
  targetDeadlineMs: 60000,
  concurrency: 16,
  perTargetConcurrency: 6
} as const satisfies Partial<ScanOptions>;

const LEGACY_VERSIONS: TlsVersion[] = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2'];

function emptyReport(target: Target): TargetReport {
  return {
    name: target.name,
    host: target.host,
    port: target.port,
    address: target.address ?? null,
    sni: target.sni,
    status: 'ok',
    error: null,
    protocols: emptyProtocols(),
    cipherSuites: {},
    serverPreference: {},
    groups: [],
    keyExchange: { dhBits: null, preferredGroup: null, tls13Groups: [], tls12Groups: [] },
    certificate: null,
    handshakes: 0,
    durationMs: 0,
    findings: [],
    verdict: 'pass',
    ...(target.source ? { source: target.source } : {})
  };
}

/** Resolves the host once (unless an address is given), bounded by the deadline. */
async function resolveAddress(
  target: Target,
  deadline: number
): Promise<{ address: string } | { error: ErrorInfo }> {
  if (target.address) return { address: target.address };
  if (net.isIP(target.host)) return { address: target.host };
  const lookup = dns.lookup(target.host).then(
    (result) => ({ address: result.address }),
    (error: NodeJS.ErrnoException) => ({
      error: {
        code: error.code ?? 'ENOTFOUND',
        message: `the name ${target.host} could not be resolved (${error.code ?? 'lookup failed'})`
      }
    })
  );
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<{ error: ErrorInfo }>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          error: {
            code: 'DEADLINE',
            message: `resolving ${target.host} did not finish before the target's deadline`
          }
        }),
      Math.max(0, deadline - Date.now())
    );
  });
  try {
    return await Promise.race([lookup, expiry]);
  } finally {
    clearTimeout(timer);
  }
}

function where(target: Target, address: string): string {
  return address === target.host
    ? `${target.host} port ${target.port}`
    : `${target.host} (${address}) port ${target.port}`;
}

/** The status a first-contact outcome forces on the whole target, or null when the scan should go on. */
function fatalStatus(
  outcome: ProbeOutcome,
  target: Target,
  address: string,
  timeoutMs: number
): Pick<TargetReport, 'status' | 'error'> | null {
  switch (outcome.kind) {
    case 'unreachable':
      return { status: 'unreachable', error: { code: outcome.code, message: outcome.message } };
    case 'not-tls':
      return {
        status: 'not-tls',
        error: {
          code: 'NOT_TLS',
          message: `${outcome.description} answered on ${where(target, address)}, not a TLS server`
        }
      };
    case 'protocol-error':
      return {
        status: 'error',
        error: { code: 'PROTOCOL', message: `${where(target, address)}: ${outcome.message}` }
      };
    case 'timeout':
      return {
        status: 'error',
        error: {
          code: 'ETIMEDOUT',
          message: `${where(target, address)} accepted the connection but did not answer the ClientHello within ${timeoutMs} ms`
        }
      };
    default:
      return null;
  }
}

/** When no version was accepted: the most telling reason among the refusals. */
function noHandshakeError(results: VersionResult[], sslv2: ProbeOutcome | null): ErrorInfo {
  const failures = [...results.flatMap((r) => r.failures), ...(sslv2 ? [sslv2] : [])];
  const alert = failures.find((f) => f.kind === 'alert');
  const resets = failures.filter((f) => f.kind === 'reset' || f.kind === 'closed').length;
  if (alert && alert.kind === 'alert') {
    return {
      code: 'ALERT',
      message: `the server refused every ClientHello (alert ${alert.alert.name}): no protocol version and cipher suite in common`
    };
  }
  if (resets > 0)
    return { code: 'ECONNRESET', message: 'the server closed or reset the connection on every ClientHello' };
  return { code: 'NO_HANDSHAKE', message: 'the server accepted no ClientHello' };
}

async function scanSslv2(ctx: ScanContext): Promise<{ outcome: ProbeOutcome; kinds: number[] }> {
  const cipherSpecs = sslv2CipherKinds().map((kind) => kind.code);
  const outcome = await ctx.probe({ kind: 'sslv2', spec: { version: 0x0002, cipherSpecs } });
  const kinds =
    outcome.kind === 'accepted' && outcome.version === 'SSLv2'
      ? (outcome.sslv2CipherKinds ?? [outcome.cipherSuite])
      : [];
  return { outcome, kinds };
}

export async function scanTarget(target: Target, options: ScanOptions): Promise<TargetReport> {
  const started = Date.now();
  const deadline = started + options.targetDeadlineMs;
  const report = emptyReport(target);
  const controller = new AbortController();
  const deadlineTimer = setTimeout(() => controller.abort(), options.targetDeadlineMs);
  try {
    const resolved = await resolveAddress(target, deadline);
    if ('error' in resolved) {
      report.status = resolved.error.code === 'DEADLINE' ? 'error' : 'unreachable';
      report.error = resolved.error;
      return report;
    }
    report.address = resolved.address;
    const ctx = new ScanContext(
      { host: target.host, address: resolved.address, port: target.port, sni: target.sni },
      { timeoutMs: options.timeoutMs, deadline, signal: controller.signal },
      options.perTargetConcurrency
    );
    try {
      await scanInto(report, ctx, target, resolved.address, options);
    } finally {
      report.handshakes = ctx.handshakes;
    }
    if (ctx.expired && report.error === null) {
      report.status = 'error';
      report.error = {
        code: 'DEADLINE',
        message: `the scan of ${where(target, resolved.address)} did not finish within ${options.targetDeadlineMs} ms; results are partial`
      };
    }
    return report;
  } finally {
    // No catch: whatever the server does ends as a probe outcome, so an exception here is a bug of tls-gate. It
    // propagates to the CLI (exit 3) rather than becoming this target's status, which would pass for a fact.
    clearTimeout(deadlineTimer);
    report.durationMs = Date.now() - started;
  }
}

async function scanInto(
  report: TargetReport,
  ctx: ScanContext,
  target: Target,
  address: string,
  options: ScanOptions
): Promise<void> {
  // First contact: the TLS 1.3 hello. Its answer is reused as the first step of the TLS 1.3 enumeration, and
  // a target that is unreachable, silent or not TLS ends here after one connection.
  const tls13Suites = suitesForProtocol('TLSv1.3').map((suite) => suite.code);
  const contact = await ctx.probe({
    kind: 'tls',
    spec: tls13Hello(tls13Suites, { serverName: ctx.endpoint.sni })
  });
  let fatal = fatalStatus(contact, target, address, options.timeoutMs);
  if (fatal?.error?.code === 'ETIMEDOUT' && !ctx.expired) {
    // Some old servers hang on a TLS 1.3 hello instead of refusing it: ask once more in plain TLS 1.2.
    const mainstream = suitesForProtocol('TLSv1.2')
      .filter((suite) => suite.openssl && !suite.sslv2)
      .slice(0, CHUNK_SIZE);
    const second = await ctx.probe({
      kind: 'tls',
      spec: legacyHello(
        'TLSv1.2',
        mainstream.map((suite) => suite.code),
        { serverName: ctx.endpoint.sni }
      )
    });
    if (second.kind !== 'timeout') fatal = fatalStatus(second, target, address, options.timeoutMs);
  }
  if (fatal) {
    Object.assign(report, fatal);
    if (fatal.error?.code === 'ETIMEDOUT' && ctx.expired) {
      report.error = {
        code: 'DEADLINE',
        message: `${where(target, address)} did not answer before the target's deadline (${options.targetDeadlineMs} ms)`
      };
    }
    return;
  }

  // Everything starts at once and each step starts as soon as what it needs is known; the per-target limiter
  // (FIFO) keeps the number of simultaneous handshakes at perTargetConcurrency.
  const tls13Version = scanVersion(ctx, 'TLSv1.3', contact);
  const legacyVersions = LEGACY_VERSIONS.map((version) => scanVersion(ctx, version));
  const sslv2Scan = scanSslv2(ctx);
  const tls12Version = legacyVersions[LEGACY_VERSIONS.indexOf('TLSv1.2')]!;
  const allLegacy = Promise.all(legacyVersions);
  // Awaited only on some paths below; its failure still surfaces through the Promise.all of legacyVersions.
  allLegacy.catch(() => undefined);

  const tls13GroupScan = tls13Version.then((r) =>
    r.supported ? scanTls13Groups(ctx, r.suites) : { groups: [] }
  );
  const legacyGroupScan = (async () => {
    const tls12 = await tls12Version;
    const candidates = tls12.supported && ecdheSuites(tls12.suites).length > 0 ? [tls12] : await allLegacy;
    const chosen = [...candidates]
      .reverse()
      .find((r) => r.version !== 'SSLv3' && r.supported && ecdheSuites(r.suites).length > 0);
    if (!chosen) return { groups: [] };
    return scanLegacyGroups(
      ctx,
      chosen.version as 'TLSv1.0' | 'TLSv1.1' | 'TLSv1.2',
      ecdheSuites(chosen.suites)
    );
  })();
  const certificateCapture = (async () => {
    // The first contact already says whether TLS 1.3 is spoken and which group to send a share for.
    const tls13Group =
      contact.kind === 'hello-retry'
        ? contact.group
        : contact.kind === 'accepted' && contact.version === 'TLSv1.3'
          ? contact.group
          : null;
    if (tls13Group !== null) return captureCertificates(ctx, 'TLSv1.3', tls13Suites, [tls13Group]);
    const tls12 = await tls12Version;
    if (tls12.supported) return captureCertificates(ctx, 'TLSv1.2', tls12.suites);
    const legacy = (await allLegacy).filter((r) => r.supported);
    const best = legacy.at(-1);
    return captureCertificates(
      ctx,
      (best?.version ?? null) as Exclude<ProtocolName, 'SSLv2'> | null,
      best?.suites ?? []
    );
  })();

  const [sslv2, versions, tls13Groups, tls12Groups, captured] = await Promise.all([
    sslv2Scan,
    Promise.all([...legacyVersions, tls13Version]),
    tls13GroupScan,
    legacyGroupScan,
    certificateCapture
  ]);
  report.protocols.SSLv2 = sslv2.kinds.length > 0;
  if (report.protocols.SSLv2) {
    report.cipherSuites.SSLv2 = sslv2.kinds.map((kind) => suiteName(kind, { sslv2: true }));
    report.serverPreference.SSLv2 = false;
  }
  for (const result of versions) {
    report.protocols[result.version] = result.supported;
    if (!result.supported) continue;
    report.cipherSuites[result.version] = result.suites.map((code) => suiteName(code));
    report.serverPreference[result.version] = result.serverPreference;
  }
  const dhSizes = versions
    .flatMap((r) => r.outcomes)
    .flatMap((o: ProbeAccepted) => (o.dhBits ? [o.dhBits] : []));
  report.keyExchange.dhBits = dhSizes.length > 0 ? Math.min(...dhSizes) : null;
  report.keyExchange.tls13Groups = tls13Groups.groups.map(groupName);
  report.keyExchange.tls12Groups = tls12Groups.groups.map(groupName);
  report.groups = [...new Set([...report.keyExchange.tls13Groups, ...report.keyExchange.tls12Groups])];
  report.keyExchange.preferredGroup =
    report.keyExchange.tls13Groups[0] ?? report.keyExchange.tls12Groups[0] ?? null;

  if (!Object.values(report.protocols).some(Boolean)) {
    report.status = 'error';
    report.error = noHandshakeError(versions, sslv2.outcome);
    return;
  }
  report.certificate = await analyzeCaptured(captured, target, options);
}

/** Scans every target, `concurrency` at a time; results keep the input order. */
export async function scanTargets(targets: Target[], options: ScanOptions): Promise<TargetReport[]> {
  return mapLimited(targets, options.concurrency, async (target) => {
    const report = await scanTarget(target, options);
    options.onTargetDone?.(report);
    return report;
  });
}
