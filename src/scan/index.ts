// scanTarget / scanTargets: everything the engine finds about a target, within its one deadline. The engine
// resolves the target's name once (./resolve.ts: every A and AAAA record, or the pinned addresses, then the
// `addresses` selection), then runs the scan checks (./checks: versions, suites and order, groups, certificates,
// resumption, client simulation, ...) in dependency order against each selected address, each on its own
// limiter; a pool of several addresses gets one combined report with each node's own (./pool.ts). Targets run
// in parallel under `concurrency`. A target that cannot be reached, is not TLS, or misbehaves ends as its
// status and error; it never throws and never holds up others.
import { setMaxListeners } from 'node:events';
import { emptyProtocols, type Target, type TargetReport } from '../model/report.js';
import { SCAN_CHECKS, runChecks, type ClientOutcome, type ScanCheck } from './checks/index.js';
import { AddressGates } from './address-gate.js';
import { SCAN_BUDGETS } from './budgets.js';
import { ScanContext } from './context.js';
import { abortAtDeadline } from './deadline.js';
import { recordIncomplete } from './incomplete.js';
import { mapLimited } from './limiter.js';
import type { ScanOptions } from './options.js';
import { combinePool } from './pool.js';
import { resolveTargetAddresses, systemResolver } from './resolve.js';
import type { ProbeLimits } from './probe-types.js';
import { orderVulnerabilities } from './vulnerabilities/result.js';
import { where } from './where.js';

export type { ScanOptions } from './options.js';
export { dnsServerResolver, selectAddresses, systemResolver, type AddressResolver } from './resolve.js';

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
    starttls: target.starttls ?? null,
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

export async function scanTarget(target: Target, options: ScanOptions): Promise<TargetReport> {
  return (await scanTargetFacts(target, options)).report;
}

/** Addresses of one pool scanned at once: each node has its own limiter, so this bounds the connections a
 *  target opens to perTargetConcurrency times it. */
const ADDRESSES_AT_ONCE = 4;

/** scanTarget with the client outcomes; `checks` defaults to every scan check. */
export async function scanTargetFacts(
  target: Target,
  options: ScanOptions,
  checks: readonly ScanCheck[] = SCAN_CHECKS
): Promise<ScannedTarget> {
  const started = Date.now();
  const deadline = started + options.targetDeadlineMs;
  const controller = new AbortController();
  // Every probe in flight listens for the deadline: a pool's nodes together hold more than Node's default 10.
  setMaxListeners(ADDRESSES_AT_ONCE * options.perTargetConcurrency + 10, controller.signal);
  // One deadline for the target, shared by its nodes; a wait the run imposes (an address's gate) moves it on.
  // Waits at a gate move the deadline on by at most the deadline's own length: twice it is the hard bound.
  const limits = {
    timeoutMs: options.timeoutMs,
    deadline,
    latestDeadline: deadline + options.targetDeadlineMs,
    signal: controller.signal
  };
  const stopDeadline = abortAtDeadline(limits, controller);
  try {
    const selection = target.addressSelection ?? options.addresses ?? 'all';
    const resolved = await resolveTargetAddresses(
      target,
      options.resolver ?? systemResolver,
      selection,
      deadline
    );
    if ('error' in resolved) {
      const report = emptyReport(target);
      report.status = resolved.error.code === 'DEADLINE' ? 'error' : 'unreachable';
      report.error = resolved.error;
      report.durationMs = Date.now() - started;
      return { report, clients: null };
    }
    const { addresses } = resolved;
    const pool: PoolScan = { addresses, limits };
    if (addresses.length === 1) {
      const scanned = await scanAddress(target, options, checks, addresses[0]!, pool);
      scanned.report.durationMs = Date.now() - started;
      return scanned;
    }
    // The pool-wide checks (resumption across the nodes, client simulation) run once, with the first node.
    const nodeChecks = checks.filter((check) => check.perPool !== true);
    const nodes = await mapLimited(
      addresses.map((address, index) => ({ address, index })),
      ADDRESSES_AT_ONCE,
      ({ address, index }) => scanAddress(target, options, index === 0 ? checks : nodeChecks, address, pool)
    );
    return {
      report: combinePool(
        nodes.map((node) => node.report),
        Date.now() - started
      ),
      clients: nodes[0]!.clients
    };
  } finally {
    // No catch: whatever the server does ends as a probe outcome, so an exception here is a bug of tls-gate. It
    // propagates to the CLI (exit 3) rather than becoming this target's status, which would pass for a fact.
    stopDeadline();
  }
}

interface PoolScan {
  /** Every address of the pool scanned, the first one first. */
  addresses: string[];
  /** The target's one deadline (moved on by waits at an address's gate) and its abort signal. */
  limits: ProbeLimits;
}

/** Every check against one address, on its own context (limiter, handshake count) within the target's deadline. */
async function scanAddress(
  target: Target,
  options: ScanOptions,
  checks: readonly ScanCheck[],
  address: string,
  pool: PoolScan
): Promise<ScannedTarget> {
  const started = Date.now();
  const report = emptyReport(target);
  report.address = address;
  const scanned: ScannedTarget = { report, clients: null };
  const ctx = new ScanContext(
    { host: target.host, address, port: target.port, sni: target.sni, starttls: target.starttls },
    pool.limits,
    options.perTargetConcurrency,
    undefined,
    undefined,
    gatesOf(options).for(address, target.port)
  );
  try {
    const facts = await runChecks(checks, { target, options, addresses: pool.addresses, report, ctx });
    scanned.clients = facts.clients ?? null;
    await ctx.verifyEarlyFailures();
    recordIncomplete(report, ctx.incomplete);
  } finally {
    orderVulnerabilities(report);
    report.handshakes = ctx.handshakes;
    report.durationMs = Date.now() - started;
  }
  if (ctx.expired && report.error === null) {
    report.status = 'error';
    report.error = {
      code: 'DEADLINE',
      message: `the scan of ${where(target, address)} did not finish within ${options.targetDeadlineMs} ms; results are partial`
    };
  }
  return scanned;
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
    options.onTargetDone?.(scanned.report, scanned);
    return scanned;
  });
}
