// TLS 1.3 suites, order and groups in one removal loop. A hello without a key share makes the server answer with
// a HelloRetryRequest that names both its pick among the suites offered and its pick among the groups offered, so
// one hello removes a suite and a group at once (sslscan and nmap spend one handshake on each). When the server
// refuses, either the suites or the groups ran out: the groups alone are asked next (the accepted suites offered
// reversed, which also tells whether the server keeps its own order); if they yield a group, the suites had run
// out, else the suites alone are asked. A server that never answers a hello without a key share gets no joint
// scan: its suites are enumerated with a share and its groups by the group scan, as before.
import type { ScanContext } from './context.js';
import { tls13Groups, tls13Hello } from './hellos.js';
import type { ProbeOutcome } from './probe-types.js';

export interface Tls13Scan {
  /** Suites in the order the server picked them (the first one from first contact when it was accepted). */
  found: number[];
  /** Groups in the order the server named them; null when they were not settled here (the group scan asks). */
  groups: number[] | null;
  /** Whether the reversed hello showed the server's own order; null when it was not asked. */
  serverPreference: boolean | null;
}

interface Retry {
  suite: number;
  group: number;
}

/** The HelloRetryRequest's picks when both come from what was offered, else null (a refusal or anything else). */
function retryPicks(outcome: ProbeOutcome, suites: number[], groups: number[]): Retry | null {
  if (outcome.kind !== 'hello-retry') return null;
  if (!suites.includes(outcome.cipherSuite) || !groups.includes(outcome.group)) return null;
  return { suite: outcome.cipherSuite, group: outcome.group };
}

const without = (list: number[], item: number): number[] => list.filter((x) => x !== item);

/**
 * The joint scan, after first contact found `found` (its accepted suite, if any) among `candidates`. Returns
 * null when no hello without a key share was answered with a HelloRetryRequest (the caller scans the old way).
 */
export async function scanTls13Jointly(
  ctx: ScanContext,
  candidates: number[],
  found: number[]
): Promise<Tls13Scan | null> {
  const serverName = ctx.endpoint.sni;
  const ask = (suites: number[], groups: number[]) =>
    ctx.probe({ kind: 'tls', spec: tls13Hello(suites, { serverName, groups, keyShares: [] }) });
  const suites = [...found];
  const groups: number[] = [];
  let suitesLeft = candidates.filter((code) => !found.includes(code));
  let groupsLeft = tls13Groups();
  // Both at once, while both last.
  while (suitesLeft.length > 0 && groupsLeft.length > 0 && !ctx.expired) {
    const picks = retryPicks(await ask(suitesLeft, groupsLeft), suitesLeft, groupsLeft);
    if (!picks) break;
    suites.push(picks.suite);
    groups.push(picks.group);
    suitesLeft = without(suitesLeft, picks.suite);
    groupsLeft = without(groupsLeft, picks.group);
  }
  if (suites.length === 0) return null;
  // The groups alone, the accepted suites offered reversed: the first answer also settles the order.
  let serverPreference: boolean | null = null;
  let groupsFound = 0;
  while (groupsLeft.length > 0 && !ctx.expired) {
    const offered: number[] =
      serverPreference === null && suites.length >= 2 ? [...suites].reverse() : suites;
    const picks = retryPicks(await ask(offered, groupsLeft), offered, groupsLeft);
    if (!picks) break;
    if (offered !== suites) serverPreference = picks.suite === suites[0];
    groups.push(picks.group);
    groupsLeft = without(groupsLeft, picks.group);
    groupsFound++;
  }
  if (groups.length === 0) return null;
  // No further group: the joint loop may have stopped for want of a group, so the suites alone, every group offered.
  if (groupsFound === 0) {
    while (suitesLeft.length > 0 && !ctx.expired) {
      const picks = retryPicks(await ask(suitesLeft, groups), suitesLeft, groups);
      if (!picks) break;
      suites.push(picks.suite);
      suitesLeft = without(suitesLeft, picks.suite);
    }
  }
  return { found: suites, groups, serverPreference };
}

/** Most handshakes scanTls13Jointly makes: one per suite and per group, and three refusals. */
export function tls13JointBudget(candidates: number): number {
  return candidates + tls13Groups().length + 3;
}
