// Key-exchange groups. TLS 1.3: offer every group in supported_groups with an empty key_share, so the server
// must answer with a HelloRetryRequest naming the group it wants; remove that group and ask again until it
// refuses (servers that refuse an empty key_share get one hello per group instead). TLS 1.2: offer only ECDHE
// suites and read the curve from ServerKeyExchange, with the same removal loop. One handshake per accepted
// group, plus one; the steps the suite scan already asked are skipped (the TLS 1.3 order test's
// HelloRetryRequest; the curves of its ECDHE picks, group-trials.ts).
import { placeholderKeyShare } from '../wire/tls13/key-share.js';
import type { ScanContext } from './context.js';
import { curvesFollowingClient, isEcdhe } from './group-trials.js';
import { legacyHello, tls12Groups, tls13Groups, tls13Hello } from './hellos.js';
import type { TlsVersion } from './suites.js';

export interface GroupResult {
  /** Accepted groups in the order the server chose them (its preference for our typical client order). */
  groups: number[];
}

/** Most handshakes scanTls13Groups makes: the removal loop (one per group and the refusal), then one per group. */
export function tls13GroupsHandshakeBudget(): number {
  return 2 * tls13Groups().length + 1;
}

/** Most handshakes scanLegacyGroups makes: one per group and the refusal. */
export function legacyGroupsHandshakeBudget(): number {
  return tls12Groups().length + 1;
}

/** `first`: the group the server already named when offered every group without a key share, or null. */
export async function scanTls13Groups(
  ctx: ScanContext,
  suites: number[],
  first: number | null = null
): Promise<GroupResult> {
  const remaining = tls13Groups();
  const groups: number[] = [];
  if (first !== null && remaining.includes(first)) {
    groups.push(first);
    remaining.splice(remaining.indexOf(first), 1);
  }
  while (remaining.length > 0 && !ctx.expired) {
    const spec = tls13Hello(suites, { serverName: ctx.endpoint.sni, groups: remaining, keyShares: [] });
    const outcome = await ctx.probe({ kind: 'tls', spec });
    // A server may also pick a group without HRR only if we had sent its share; we send none.
    const group =
      outcome.kind === 'hello-retry' ? outcome.group : outcome.kind === 'accepted' ? outcome.group : null;
    if (group === null || !remaining.includes(group)) break;
    groups.push(group);
    remaining.splice(remaining.indexOf(group), 1);
  }
  if (groups.length === 0 && !ctx.expired) {
    // A server that speaks TLS 1.3 but refused an empty key_share instead of asking for a group: offer each
    // group alone, with a share of it (one handshake per known group, only for such servers).
    const found = await Promise.all(
      tls13Groups().map(async (group) => {
        const spec = tls13Hello(suites, {
          serverName: ctx.endpoint.sni,
          groups: [group],
          keyShares: [placeholderKeyShare(group)]
        });
        const outcome = await ctx.probe({ kind: 'tls', spec });
        const chosen = outcome.kind === 'hello-retry' || outcome.kind === 'accepted' ? outcome.group : null;
        return chosen === group ? group : null;
      })
    );
    groups.push(...found.filter((group): group is number => group !== null));
  }
  return { groups };
}

/** ECDHE suites among those the server accepted at `version` (the group scan offers only these). */
export function ecdheSuites(suites: number[]): number[] {
  return suites.filter(isEcdhe);
}

/**
 * The suite scan's ECDHE picks (`curvePicks`, group-trials.ts) say what is known already: every curve they found
 * when they prove the server follows the client's order of curves, else the curve of the first pick (every curve
 * offered in the usual order), if any.
 */
export async function scanLegacyGroups(
  ctx: ScanContext,
  version: Exclude<TlsVersion, 'TLSv1.3' | 'SSLv3'>,
  suites: number[],
  curvePicks: readonly number[] = []
): Promise<GroupResult> {
  const usual = tls12Groups();
  if (suites.length === 0) return { groups: [] };
  const followed = curvesFollowingClient(curvePicks);
  const known = followed ?? curvePicks.slice(0, 1);
  const groups = known.filter((group) => usual.includes(group));
  let remaining = usual.filter((group) => !groups.includes(group));
  while (remaining.length > 0 && !ctx.expired) {
    const spec = {
      ...legacyHello(version, suites, { serverName: ctx.endpoint.sni }),
      supportedGroups: remaining
    };
    const outcome = await ctx.probe({ kind: 'tls', spec });
    const group = outcome.kind === 'accepted' && outcome.version === version ? outcome.group : null;
    if (group === null || !remaining.includes(group)) break;
    groups.push(group);
    remaining = remaining.filter((other) => other !== group);
  }
  // A server that follows the client's order picks in the usual order: the order the removal loop alone gives.
  return { groups: followed ? usual.filter((group) => groups.includes(group)) : groups };
}
