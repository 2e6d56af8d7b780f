// The one way tls-gate counts days, so a finding, the summary table, the chart, the text report and the
// action's min-days-remaining never disagree about the same certificate.
//
// Days remaining are whole days rounded down, as CAs and browsers count them: 2.9 days left is 2, and a
// certificate 2.1 days past its notAfter has -3 days remaining, so it "expired 3 days ago" everywhere.
// A lifetime is whole days from notBefore through notAfter inclusive (RFC 5280: notAfter is the last second
// of validity), so a few hours past a day boundary never decide a lifetime limit.

export const DAY_MS = 86_400_000;

/** Whole days, rounded down: 0.4 days left is 0, 0.4 days past is -1 (it has expired). */
export function wholeDays(days: number): number {
  return Math.floor(days);
}

/** Whole days from `now` until `notAfter` (both ms since the epoch); negative once expired. */
export function wholeDaysRemaining(notAfter: number, now: number): number {
  return wholeDays((notAfter - now) / DAY_MS);
}

/** How many whole days ago an expired certificate expired: the negation of its whole days remaining. */
export function wholeDaysSinceExpiry(notAfter: number, now: number): number {
  return -wholeDaysRemaining(notAfter, now);
}

/** A validity period in whole days, notBefore through notAfter inclusive (the last second counts). */
export function lifetimeWholeDays(notBefore: number, notAfter: number): number {
  return wholeDays((notAfter - notBefore + 1000) / DAY_MS);
}
