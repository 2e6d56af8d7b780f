// Protocol support, accepted cipher suites and server order for one version, the way nmap and sslscan do
// it (reference/scanners.md §2): offer a chunk of suites, note the one the server picks, remove it, offer
// the rest again, until the server refuses. A server that enforces its own order picks its favourite among
// what is left each time, so the removal loop already yields its order; two extra handshakes (A,B then B,A)
// tell whether it enforces one.
import { suitesForProtocol, type CipherSuiteInfo } from '../registry/index.js';
import type { ProtocolName } from '../model/report.js';
import type { ScanContext } from './context.js';
import { CHUNK_SIZE, chunk, legacyHello, tls13Hello } from './hellos.js';
import type { ProbeAccepted, ProbeOutcome, ProbeUnusable } from './probe-types.js';

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

/**
 * Most handshakes scanVersion makes: per chunk one per suite plus the refusal, two for the order test, and at
 * most one comparison per suite for each merge of the chunks' lists.
 */
export function versionHandshakeBudget(version: TlsVersion): number {
  const suites = candidateOrder(version).length;
  const chunks = Math.ceil(suites / CHUNK_SIZE);
  return suites + chunks + 2 + suites * chunks;
}

function helloFor(ctx: ScanContext, version: TlsVersion, suites: number[]) {
  const serverName = ctx.endpoint.sni;
  return version === 'TLSv1.3'
    ? { kind: 'tls' as const, spec: tls13Hello(suites, { serverName }) }
    : { kind: 'tls' as const, spec: legacyHello(version, suites, { serverName }) };
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

interface ChunkResult {
  found: number[];
  outcomes: ProbeAccepted[];
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
  const result: ChunkResult = { found: [], outcomes: [], unusable: [], firstFailure: null, refused: false };
  let reuse = initial;
  while (remaining.length > 0 && !ctx.expired) {
    const outcome = reuse ?? (await ctx.probe(helloFor(ctx, version, remaining)));
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
    if (outcome.kind === 'accepted') result.outcomes.push(outcome);
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
 * Support, accepted suites and order for one version. `initial` is the answer to the exact hello the first
 * step would send (the engine's first-contact TLS 1.3 probe), reused instead of sending it again.
 */
export async function scanVersion(
  ctx: ScanContext,
  version: TlsVersion,
  initial?: ProbeOutcome
): Promise<VersionResult> {
  const candidates = candidateOrder(version).map((suite) => suite.code);
  const chunks = chunk(candidates, CHUNK_SIZE);
  const result: VersionResult = {
    version,
    supported: false,
    suites: [],
    serverPreference: false,
    outcomes: [],
    failures: [],
    unusable: []
  };
  // The first chunk alone first: a protocol_version alert or a lower-version answer ends the version cheaply.
  const first = await enumerateChunk(ctx, version, chunks[0] ?? [], initial);
  const results = [first];
  if (!first.refused)
    results.push(...(await Promise.all(chunks.slice(1).map((c) => enumerateChunk(ctx, version, c)))));
  for (const r of results) {
    result.outcomes.push(...r.outcomes);
    result.unusable.push(...r.unusable);
    if (r.firstFailure && r.found.length === 0) result.failures.push(r.firstFailure);
  }
  const found = results.map((r) => r.found).filter((list) => list.length > 0);
  const all = found.flat();
  result.supported = all.length > 0;
  if (all.length >= 2 && !ctx.expired) {
    const [a, b] = [all[0]!, all[1]!];
    const [forward, backward] = await Promise.all([pick(ctx, version, a, b), pick(ctx, version, b, a)]);
    result.serverPreference = forward !== null && forward === backward;
  }
  if (result.serverPreference) {
    result.suites = found.length === 1 ? found[0]! : await mergeByServer(ctx, version, found);
  } else {
    const registryIndex = new Map(candidates.map((code, index) => [code, index] as const));
    const inRegistry = suitesForProtocol(version).map((s) => s.code);
    const position = (code: number): number => inRegistry.indexOf(code) ?? registryIndex.get(code) ?? 0;
    result.suites = [...all].sort((x, y) => position(x) - position(y));
  }
  return result;
}
