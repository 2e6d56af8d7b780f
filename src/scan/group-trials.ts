// TLS 1.0-1.2 groups seen in passing. Every hello of the suite scan offers every curve, so the suites the server
// accepts do not change; only the curve listed first does. After each ECDHE pick the next hello lists another
// likely curve first. A server that keeps its own order of curves picks the same one every time; one that
// follows the client's picks the curve listed first whenever it supports it. Two different picks therefore prove
// the second kind, and each pick is a curve found without a hello of its own (groups.ts asks only for the rest).
import { NamedGroup } from '../codepoints/index.js';
import { suiteByCode } from '../registry/index.js';
import { tls12Groups } from './hellos.js';

/** The curves listed first, one per ECDHE pick so far (the first hello keeps the usual order). */
const TRIAL_ORDER: readonly number[] = [
  NamedGroup.secp256r1,
  NamedGroup.secp384r1,
  NamedGroup.x448,
  NamedGroup.secp521r1
];

/** The supported_groups lists, computed once per run: index 0 the usual order, index i TRIAL_ORDER[i-1] first. */
const LISTS: readonly (readonly number[])[] = (() => {
  const usual = tls12Groups();
  return [
    Object.freeze(usual),
    ...TRIAL_ORDER.map((first) => Object.freeze([first, ...usual.filter((group) => group !== first)]))
  ];
})();

/** The supported_groups of the next suite-scan hello after `ecdhePicks` ECDHE picks. */
export function trialGroups(ecdhePicks: number): readonly number[] {
  return LISTS[ecdhePicks] ?? LISTS[0]!;
}

export function isEcdhe(suite: number): boolean {
  return (suiteByCode(suite)?.kx ?? '').startsWith('ECDHE');
}

/**
 * The curves the suite scan's ECDHE picks found (in the order picked), in the usual order, when they prove the
 * server follows the client's order of curves (two different picks); null when they do not (a server with its
 * own order, or one pick).
 */
export function curvesFollowingClient(curvePicks: readonly number[]): number[] | null {
  const picked = new Set(curvePicks);
  if (picked.size < 2) return null;
  return LISTS[0]!.filter((group) => picked.has(group));
}
