// scanTarget / scanTargets: everything the engine finds about a target, within its one deadline. The engine
// resolves the target's name once, then runs the scan checks (./checks: versions, suites and order, groups,
// certificates, resumption, client simulation, ...) in dependency order on one per-target limiter. Targets run
// in parallel under `concurrency`. A target that cannot be reached, is not TLS, or misbehaves ends as its
// status and error; it never throws and never holds up others.
import dns from 'node:dns/promises';
import net from 'node:net';
import { emptyProtocols, type ErrorInfo, type Target, type TargetReport } from '../model/report.js';
import { SCAN_CHECKS, runChecks, type ClientOutcome, type ScanCheck } from './checks/index.js';
import { AddressGates } from './address-gate.js';
import { SCAN_BUDGETS } from './budgets.js';
import { ScanContext } from './context.js';
import { abortAtDeadline } from './deadline.js';
import { recordIncomplete } from './incomplete.js';
import { mapLimited } from './limiter.js';
import type { ScanOptions } from './options.js';
import { where } from './where.js';

export type { ScanOptions } from './options.js';

/** Everything the scan found about one target: the report (facts only, no findings) and the raw outcomes of
 *  the simulated clients, which src/clients judges. */
export interface ScannedTarget {
  report: TargetReport;
  /** One per simulated client, in the order asked; null when no client was simulated. */
  clients: ClientOutcome[] | null;
}

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

/** Resolves the host once (unless an address is given), bounded by the deadline: every address, the one to scan first. */
async function resolveAddresses(
  target: Target,
  deadline: number
): Promise<{ addresses: string[] } | { error: ErrorInfo }> {
  if (target.address) return { addresses: [target.address] };
  if (net.isIP(target.host)) return { addresses: [target.host] };
  const lookup = dns.lookup(target.host, { all: true }).then(
    (results) =>
      results.length > 0
        ? { addresses: [...new Set(results.map((result) => result.address))] }
        : {
            error: { code: 'ENOTFOUND', message: `the name ${target.host} could not be resolved (ENOTFOUND)` }
          },
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

export async function scanTarget(target: Target, options: ScanOptions): Promise<TargetReport> {
  return (await scanTargetFacts(target, options)).report;
}

/** scanTarget with the client outcomes; `checks` defaults to every scan check. */
export async function scanTargetFacts(
  target: Target,
  options: ScanOptions,
  checks: readonly ScanCheck[] = SCAN_CHECKS
): Promise<ScannedTarget> {
  const started = Date.now();
  const deadline = started + options.targetDeadlineMs;
  const scanned: ScannedTarget = { report: emptyReport(target), clients: null };
  const report = scanned.report;
  const controller = new AbortController();
  const limits = { timeoutMs: options.timeoutMs, deadline, signal: controller.signal };
  const stopDeadline = abortAtDeadline(limits, controller);
  try {
    const resolved = await resolveAddresses(target, deadline);
    if ('error' in resolved) {
      report.status = resolved.error.code === 'DEADLINE' ? 'error' : 'unreachable';
      report.error = resolved.error;
      return scanned;
    }
    const address = resolved.addresses[0]!;
    report.address = address;
    const ctx = new ScanContext(
      { host: target.host, address, port: target.port, sni: target.sni },
      limits,
      options.perTargetConcurrency,
      undefined,
      undefined,
      gatesOf(options).for(address, target.port)
    );
    try {
      const facts = await runChecks(checks, { target, options, addresses: resolved.addresses, report, ctx });
      scanned.clients = facts.clients ?? null;
      await ctx.verifyEarlyFailures();
      recordIncomplete(report, ctx.incomplete);
    } finally {
      report.handshakes = ctx.handshakes;
    }
    if (ctx.expired && report.error === null) {
      report.status = 'error';
      report.error = {
        code: 'DEADLINE',
        message: `the scan of ${where(target, address)} did not finish within ${options.targetDeadlineMs} ms; results are partial`
      };
    }
    return scanned;
  } finally {
    // No catch: whatever the server does ends as a probe outcome, so an exception here is a bug of tls-gate. It
    // propagates to the CLI (exit 3) rather than becoming this target's status, which would pass for a fact.
    stopDeadline();
    report.durationMs = Date.now() - started;
  }
}

/** Scans every target, `concurrency` at a time; results keep the input order. */
export async function scanTargets(targets: Target[], options: ScanOptions): Promise<TargetReport[]> {
  return (await scanTargetsFacts(targets, options)).map((scanned) => scanned.report);
}

/** The run's per-address gates: those given, else new ones. */
function gatesOf(options: ScanOptions): AddressGates {
  return (
    options.addressGates ??
    new AddressGates(options.perAddressConcurrency ?? SCAN_BUDGETS.perAddressConcurrency)
  );
}

/** scanTargets with each target's client outcomes. */
export async function scanTargetsFacts(targets: Target[], options: ScanOptions): Promise<ScannedTarget[]> {
  // One gate per address for the whole run: every target that resolves to an address shares its limit.
  const run: ScanOptions = { ...options, addressGates: gatesOf(options) };
  return mapLimited(targets, options.concurrency, async (target) => {
    const scanned = await scanTargetFacts(target, run);
    options.onTargetDone?.(scanned.report);
    return scanned;
  });
}
