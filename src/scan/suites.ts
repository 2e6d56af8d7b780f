// Protocol support, accepted cipher suites and server order for one version, the way nmap and sslscan do
// it (reference/scanners.md §2): offer the suites, note the one the server picks, remove it, offer the rest
// again, until the server refuses. A server that enforces its own order picks its favourite among what is left
// each time, so the removal loop already yields its order; picks that did not follow our order prove it, else
// one hello with the accepted suites reversed tells whether the server keeps to its own.
import { suitesForProtocol, type CipherSuiteInfo } from '../registry/index.js';
import type { ProtocolName } from '../model/report.js';
import type { ScanContext } from './context.js';
import { CHUNK_SIZE, chunk, legacyHello, tls13Hello } from './hellos.js';
import type { ProbeAccepted, ProbeOutcome, ProbeUnusable } from './probe-types.js';
import { isEcdhe, trialGroups } from './group-trials.js';
import { scanTls13Jointly, tls13JointBudget, type Tls13Scan } from './tls13-scan.js';

export type TlsVersion = Exclude<ProtocolName, 'SSLv2'>;

export interface VersionResult {
  version: ProtocolName;
  supported: boolean;
  /** Accepted suites, in server order when `serverPreference`, else in registry order. */
  suites: number[];
  serverPreference: boolean;
  /** One accepted outcome per suite (for DH sizes, groups of ECDHE suites). */
  outcomes: ProbeAccepted[];
  /** Outcomes that were not a ServerHello, for status decisions (first one of each probe). */
  failures: ProbeOutcome[];
  /** Suites the server selected at this version in a flight no client could continue (not in `suites`). */
  unusable: ProbeUnusable[];
  /**
   * TLS 1.3: the group the server named in the HelloRetryRequest of the order test (every group offered, no key
   * share), which is the first step of the group scan; null when there was none.
   */
  retryGroup: number | null;
  /** TLS 1.3: every group, in the order the server named them, when the suite scan settled them; else null. */
  groups: number[] | null;
  /** TLS 1.0-1.2: the curve of each ECDHE pick, in the order picked (group-trials.ts). */
  curvePicks: number[];
}

/**
 * Candidates in the order they are offered: mainstream suites (ECDHE/DHE/RSA key exchange, RSA/ECDSA/DSS
 * certificates, known to OpenSSL) first, AEAD before CBC, so that the first chunk holds everything a typical
 * server accepts and its order comes out of one removal loop; then the rest of what OpenSSL knows; then the
 * suites only the registry knows (GOST, KRB5, ...).
 */
function candidateOrder(version: TlsVersion): CipherSuiteInfo[] {
  const tier = (suite: CipherSuiteInfo): number => {
    if (!suite.openssl) return 3;
    const mainstream =
      ['ECDHE', 'DHE', 'RSA'].includes(suite.kx ?? '') && ['RSA', 'ECDSA', 'DSS'].includes(suite.au ?? '');
    if (!mainstream) return 2;
    return suite.aead ? 0 : 1;
  };
  // Array.prototype.sort is stable: registry order is kept inside a tier.
  return suitesForProtocol(version)
    .filter((suite) => !suite.sslv2)
    .slice()
    .sort((a, b) => tier(a) - tier(b));
}

const candidateCache = new Map<TlsVersion, number[]>();

/** The candidates' code points, computed once per version and run. */
function candidates(version: TlsVersion): number[] {
  let codes = candidateCache.get(version);
  if (!codes) {
    codes = candidateOrder(version).map((suite) => suite.code);
    candidateCache.set(version, codes);
  }
  return codes;
}

/**
 * Whether the version is enumerated with every candidate in one hello. SSLv3 servers are the oldest and the most
 * likely to choke on a long hello, so they keep the chunks; a version whose candidates fit one chunk needs none.
 */
function offersAllAtOnce(version: TlsVersion): boolean {
  return version !== 'SSLv3' && candidates(version).length > CHUNK_SIZE;
}

/**
 * Most handshakes scanVersion makes: the removal loop over every candidate (one per suite plus the refusal), the
 * same again in chunks when the server chokes on that hello (plus one refusal per chunk), two for the order test
 * and at most one comparison per suite for each merge of the chunks' lists.
 */
export function versionHandshakeBudget(version: TlsVersion): number {
  const suites = candidates(version).length;
  const chunks = Math.ceil(suites / CHUNK_SIZE);
  const joint = version === 'TLSv1.3' ? tls13JointBudget(suites) : 0;
  return joint + suites + 1 + suites + chunks + 2 + suites * chunks;
}

function helloFor(ctx: ScanContext, version: TlsVersion, suites: number[], groups?: readonly number[]) {
  const serverName = ctx.endpoint.sni;
  if (version === 'TLSv1.3') return { kind: 'tls' as const, spec: tls13Hello(suites, { serverName }) };
  const spec = legacyHello(version, suites, { serverName });
  if (groups && spec.supportedGroups) spec.supportedGroups = groups as number[];
  return { kind: 'tls' as const, spec };
}

/**
 * The first hello scanVersion sends for `version` (another check may send it and pass its answer in). TLS 1.3's
 * asks for the stapled OCSP response too: first contact sends it, and reads the certificates with its answer.
 */
export function firstHello(ctx: ScanContext, version: TlsVersion) {
  const all = candidates(version);
  const hello = helloFor(ctx, version, offersAllAtOnce(version) ? all : all.slice(0, CHUNK_SIZE));
  if (version === 'TLSv1.3') hello.spec.statusRequest = true;
  return hello;
}

/** The suite a reply chose at exactly this version, or null (refusal, or a different version). */
function chosenSuite(outcome: ProbeOutcome, version: TlsVersion): number | null {
  if (outcome.kind === 'accepted' && outcome.version === version) return outcome.cipherSuite;
  if (outcome.kind === 'hello-retry' && version === 'TLSv1.3') return outcome.cipherSuite;
  return null;
}

/** Whether a reply proves the version is not spoken at all (so other chunks need not be tried). */
function refusesVersion(outcome: ProbeOutcome, version: TlsVersion): boolean {
  const selected = outcome.kind === 'accepted' || outcome.kind === 'unusable';
  if (selected && outcome.version !== version) return true; // answered a lower version
  if (outcome.kind === 'alert' && outcome.alert.description === 70) return true; // protocol_version
  return false;
}

/** Alerts a server sends when it has nothing in common with a hello it read: handshake_failure,
 *  protocol_version, insufficient_security. Anything else after a long hello may be the length's fault. */
const REFUSAL_ALERTS = new Set([40, 70, 71]);

/** Whether a reply to the one long hello is an answer to what it offered, not a server choking on its length. */
function answersLongHello(outcome: ProbeOutcome): boolean {
  if (outcome.kind === 'alert') return REFUSAL_ALERTS.has(outcome.alert.description);
  return outcome.kind === 'accepted' || outcome.kind === 'unusable' || outcome.kind === 'hello-retry';
}

interface ChunkResult {
  found: number[];
  outcomes: ProbeAccepted[];
  curvePicks: number[];
  unusable: ProbeUnusable[];
  firstFailure: ProbeOutcome | null;
  refused: boolean;
}

async function enumerateChunk(
  ctx: ScanContext,
  version: TlsVersion,
  suites: number[],
  initial?: ProbeOutcome
): Promise<ChunkResult> {
  const remaining = [...suites];
  const result: ChunkResult = {
    found: [],
    outcomes: [],
    curvePicks: [],
    unusable: [],
    firstFailure: null,
    refused: false
  };
  let reuse = initial;
  // An answer already in hand counts even when the deadline has passed since.
  while (remaining.length > 0 && (reuse !== undefined || !ctx.expired)) {
    // The answer in hand was asked with the usual curves, as the first trial is.
    const groups = trialGroups(result.curvePicks.length);
    const outcome = reuse ?? (await ctx.probe(helloFor(ctx, version, remaining, groups)));
    reuse = undefined;
    if (
      outcome.kind === 'unusable' &&
      outcome.version === version &&
      remaining.includes(outcome.cipherSuite)
    ) {
      // Selected but unusable: kept apart, and the rest offered again (another suite may be complete).
      result.unusable.push(outcome);
      remaining.splice(remaining.indexOf(outcome.cipherSuite), 1);
      continue;
    }
    const suite = chosenSuite(outcome, version);
    if (suite === null || !remaining.includes(suite)) {
      if (result.found.length === 0 && result.unusable.length === 0) {
        result.firstFailure = outcome;
        result.refused = refusesVersion(outcome, version);
      }
      break;
    }
    result.found.push(suite);
    if (outcome.kind === 'accepted') {
      result.outcomes.push(outcome);
      if (version !== 'TLSv1.3' && version !== 'SSLv3' && outcome.group !== null && isEcdhe(suite))
        result.curvePicks.push(outcome.group);
    }
    remaining.splice(remaining.indexOf(suite), 1);
  }
  return result;
}

/** The suite the server picks from exactly [first, second], or null. */
async function pick(
  ctx: ScanContext,
  version: TlsVersion,
  first: number,
  second: number
): Promise<number | null> {
  return chosenSuite(await ctx.probe(helloFor(ctx, version, [first, second])), version);
}

/** Merges lists that are each in server order into one, asking the server to compare heads (nmap's sort). */
async function mergeByServer(ctx: ScanContext, version: TlsVersion, lists: number[][]): Promise<number[]> {
  let merged = lists[0] ?? [];
  for (const list of lists.slice(1)) {
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < merged.length && j < list.length) {
      const winner = await pick(ctx, version, merged[i]!, list[j]!);
      if (winner === list[j]) out.push(list[j++]!);
      else out.push(merged[i++]!);
    }
    merged = [...out, ...merged.slice(i), ...list.slice(j)];
  }
  return merged;
}

/**
 * The removal loops: every candidate in one hello where offersAllAtOnce, else (and when the server chokes on that
 * hello) chunks of at most CHUNK_SIZE. A refusal of the first chunk ends SSLv3 at once; for the other versions
 * only a refusal of the version itself does.
 */
async function enumerate(
  ctx: ScanContext,
  version: TlsVersion,
  initial?: ProbeOutcome
): Promise<ChunkResult[]> {
  const all = candidates(version);
  if (offersAllAtOnce(version)) {
    const whole = await enumerateChunk(ctx, version, all, initial);
    const chokedOn = whole.found.length === 0 && whole.unusable.length === 0 ? whole.firstFailure : null;
    if (!chokedOn || answersLongHello(chokedOn)) return [whole];
    initial = undefined; // the chunks' first hello differs from the one answered
  }
  const chunks = chunk(all, CHUNK_SIZE);
  // The first chunk alone first: a protocol_version alert or a lower-version answer ends the version cheaply.
  const first = await enumerateChunk(ctx, version, chunks[0] ?? [], initial);
  const ends =
    first.refused || (version === 'SSLv3' && first.found.length === 0 && first.unusable.length === 0);
  if (ends) return [first];
  return [first, ...(await Promise.all(chunks.slice(1).map((c) => enumerateChunk(ctx, version, c))))];
}

/** Whether the server's picks, list by list, came in the order we offered the suites (as a client-order server's do). */
function followedOurOrder(version: TlsVersion, lists: number[][]): boolean {
  const position = new Map(candidates(version).map((code, index) => [code, index] as const));
  return lists.every((list) =>
    list.every((code, i) => i === 0 || position.get(list[i - 1]!)! < position.get(code)!)
  );
}

interface OrderTest {
  serverPreference: boolean;
  retryGroup: number | null;
}

/**
 * Whether the server enforces its own order. Picks that did not follow our order already prove it; otherwise
 * one hello offers the accepted suites reversed: a server with its own order still picks its favourite (the first
 * found), one that follows the client picks the last found. Over TLS 1.3 that hello carries no key share, so its
 * HelloRetryRequest also names the group the server wants first (the group scan's first step).
 */
async function testOrder(ctx: ScanContext, version: TlsVersion, lists: number[][]): Promise<OrderTest> {
  const all = lists.flat();
  if (all.length < 2 || ctx.expired) return { serverPreference: false, retryGroup: null };
  if (!followedOurOrder(version, lists)) return { serverPreference: true, retryGroup: null };
  const reversed = [...all].reverse();
  const favourite = lists.length === 1 ? all[0]! : null;
  if (version === 'TLSv1.3') {
    const hello = tls13Hello(reversed, { serverName: ctx.endpoint.sni, keyShares: [] });
    const outcome = await ctx.probe({ kind: 'tls', spec: hello });
    if (outcome.kind === 'hello-retry') {
      const retryGroup = outcome.group;
      if (favourite !== null) return { serverPreference: outcome.cipherSuite === favourite, retryGroup };
      return { serverPreference: await keepsOwnOrder(ctx, version, all), retryGroup };
    }
    // A server that refuses a hello without a key share: the test again with one.
  }
  if (favourite !== null) {
    const picked = chosenSuite(await ctx.probe(helloFor(ctx, version, reversed)), version);
    return { serverPreference: picked === favourite, retryGroup: null };
  }
  return { serverPreference: await keepsOwnOrder(ctx, version, all), retryGroup: null };
}

/** Lists from several chunks: the first two suites offered A,B then B,A; the same winner twice is the server's order. */
async function keepsOwnOrder(ctx: ScanContext, version: TlsVersion, all: number[]): Promise<boolean> {
  const [a, b] = [all[0]!, all[1]!];
  const [forward, backward] = await Promise.all([pick(ctx, version, a, b), pick(ctx, version, b, a)]);
  return forward !== null && forward === backward;
}

/**
 * Support, accepted suites and order for one version. `initial` is the answer to the exact hello the first
 * step would send (firstHello: the engine's first-contact TLS 1.3 probe, the TLS 1.1 probe that also answers for
 * older versions), reused instead of sending it again.
 */
export async function scanVersion(
  ctx: ScanContext,
  version: TlsVersion,
  initial?: ProbeOutcome
): Promise<VersionResult> {
  const result: VersionResult = {
    version,
    supported: false,
    suites: [],
    serverPreference: false,
    outcomes: [],
    failures: [],
    unusable: [],
    retryGroup: null,
    groups: null,
    curvePicks: []
  };
  const contactPick = version === 'TLSv1.3' && initial ? chosenSuite(initial, version) : null;
  const joint = contactPick !== null ? await scanTls13Jointly(ctx, candidates(version), [contactPick]) : null;
  if (joint) return withJointScan(ctx, result, joint, initial!);
  const results = await enumerate(ctx, version, initial);
  for (const r of results) {
    result.outcomes.push(...r.outcomes);
    result.curvePicks.push(...r.curvePicks);
    result.unusable.push(...r.unusable);
    if (r.firstFailure && r.found.length === 0) result.failures.push(r.firstFailure);
  }
  const found = results.map((r) => r.found).filter((list) => list.length > 0);
  const all = found.flat();
  result.supported = all.length > 0;
  const order = await testOrder(ctx, version, found);
  result.serverPreference = order.serverPreference;
  result.retryGroup = order.retryGroup;
  if (result.serverPreference) {
    result.suites = found.length === 1 ? found[0]! : await mergeByServer(ctx, version, found);
  } else {
    result.suites = inRegistryOrder(version, all);
  }
  return result;
}

function inRegistryOrder(version: TlsVersion, suites: number[]): number[] {
  const inRegistry = new Map(suitesForProtocol(version).map((s, index) => [s.code, index] as const));
  const position = (code: number): number => inRegistry.get(code) ?? 0;
  return [...suites].sort((x, y) => position(x) - position(y));
}

/** The TLS 1.3 result of the joint scan (tls13-scan.ts); the order test only when that scan could not ask it. */
async function withJointScan(
  ctx: ScanContext,
  result: VersionResult,
  joint: Tls13Scan,
  initial: ProbeOutcome
): Promise<VersionResult> {
  result.supported = true;
  result.groups = joint.groups;
  if (initial.kind === 'accepted') result.outcomes.push(initial);
  const order = joint.serverPreference ?? (await testOrder(ctx, 'TLSv1.3', [joint.found])).serverPreference;
  result.serverPreference = order;
  result.suites = order ? joint.found : inRegistryOrder('TLSv1.3', joint.found);
  return result;
}
