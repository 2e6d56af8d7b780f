// ROBOT (Bleichenbacher's oracle, robotattack.org): over a TLS_RSA suite the server accepted, the five queries of
// the paper, twice. A server is an oracle when its reactions differ between the queries (so they depend on the
// padding's validity), the same way in every round; reactions that change between rounds prove nothing (unknown).
// Evidence lists each query's reaction.
import type { ProtocolName, VulnerabilityResult } from '../../model/report.js';
import { suiteByCode } from '../../registry/index.js';
import type { ScanContext } from '../context.js';
import type { VersionResult } from '../suites.js';
import { robotQuery, type RobotOffer, type RobotReaction } from './robot-exchange.js';
import { ROBOT_QUERIES, ROBOT_QUERY_TEXT, type RobotQuery } from './robot-premaster.js';

export const ROBOT_ROUNDS = 2;
export const ROBOT_HANDSHAKES = ROBOT_QUERIES.length * ROBOT_ROUNDS;

/** The versions ROBOT may run over, best first. */
export const ROBOT_VERSIONS = ['TLSv1.2', 'TLSv1.1', 'TLSv1.0', 'SSLv3'] as const;

/** RSA key transport with the certificate's key (not RSA_EXPORT's temporary key, not RSA_PSK). */
export function isRsaKeyTransport(code: number): boolean {
  const suite = suiteByCode(code);
  return suite?.kx === 'RSA' && suite.au === 'RSA' && !suite.export;
}

/** The best version with an accepted TLS_RSA suite, and those suites; null when there is none. */
export function robotOffer(versions: Partial<Record<ProtocolName, VersionResult>>): RobotOffer | null {
  for (const version of ROBOT_VERSIONS) {
    const suites = versions[version]?.suites.filter(isRsaKeyTransport) ?? [];
    if (suites.length > 0) return { version, suites };
  }
  return null;
}

type Round = Record<RobotQuery, RobotReaction>;

/** One query after the other: a server that serves one connection at a time must not see them queue. */
async function round(ctx: ScanContext, offer: RobotOffer): Promise<Round> {
  const reactions: Partial<Round> = {};
  for (const query of ROBOT_QUERIES) reactions[query] = await robotQuery(ctx, offer, query);
  return reactions as Round;
}

export async function checkRobot(ctx: ScanContext, offer: RobotOffer | null): Promise<VulnerabilityResult> {
  if (!offer) {
    return {
      status: 'not-applicable',
      evidence: 'no TLS_RSA (RSA key transport) suite accepted at any version',
      reason: 'the server accepts no RSA key exchange, so it decrypts no premaster secret a client chose'
    };
  }
  const rounds: Round[] = [];
  for (let i = 0; i < ROBOT_ROUNDS; i++) rounds.push(await round(ctx, offer));
  return robotVerdict(offer, rounds);
}

const reactionText = (r: RobotReaction): string =>
  r.kind === 'answered' ? r.reaction : `not sent: ${r.why}`;

/** Each query's reactions over the rounds, e.g. "valid: alert bad_record_mac (20), then closed". */
function evidenceOf(offer: RobotOffer, rounds: Round[]): string {
  const lines = ROBOT_QUERIES.map((query) => {
    const seen = [...new Set(rounds.map((r) => reactionText(r[query])))];
    return `${query} (${ROBOT_QUERY_TEXT[query]}): ${seen.join(' | ')}`;
  });
  return `${offer.version}, ${rounds.length} rounds; ${lines.join('; ')}`;
}

export function robotVerdict(offer: RobotOffer, rounds: Round[]): VulnerabilityResult {
  const evidence = evidenceOf(offer, rounds);
  const details = { version: offer.version, rounds: rounds.length };
  const notSent = rounds.flatMap((r) => ROBOT_QUERIES.map((q) => r[q])).find((r) => r.kind === 'not-sent');
  if (notSent?.kind === 'not-sent') {
    return { status: 'unknown', evidence, reason: `a query could not be sent: ${notSent.why}`, details };
  }
  const changed = ROBOT_QUERIES.filter((q) => new Set(rounds.map((r) => reactionText(r[q]))).size > 1);
  if (changed.length > 0) {
    return {
      status: 'unknown',
      evidence,
      reason: `the server reacted differently to the same query in different rounds (${changed.join(', ')}), so its reactions prove nothing`,
      details
    };
  }
  const classes = new Set(ROBOT_QUERIES.map((q) => reactionText(rounds[0]![q])));
  if (classes.size === 1) return { status: 'ok', evidence, reason: null, details };
  const valid = reactionText(rounds[0]!.valid);
  const differing = ROBOT_QUERIES.filter((q) => reactionText(rounds[0]![q]) !== valid);
  return {
    status: 'vulnerable',
    evidence,
    reason: null,
    details: { ...details, differFromValid: differing }
  };
}
