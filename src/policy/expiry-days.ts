// `warn-days` / `fail-days` (action inputs, CLI flags): the expiry thresholds most certificate-expiry gates offer,
// laid over a resolved policy, the run's and each target's alike, so a team can say "warn at 30, fail at 7"
// without writing a policy file. A given level means exactly that many days: its fraction-of-lifetime threshold
// is dropped (else `warn-days: 10` could still warn at 25 days left, by fraction), the other level stays.
import type { ResolvedPolicy } from '../model/policy.js';

export interface ExpiryDaysOverride {
  warnDays?: number;
  failDays?: number;
}

export function withExpiryDays(policy: ResolvedPolicy, days: ExpiryDaysOverride | undefined): ResolvedPolicy {
  if (!days || (days.warnDays === undefined && days.failDays === undefined)) return policy;
  const expiry = { ...policy.rules.certificates.expiry };
  if (days.warnDays !== undefined) Object.assign(expiry, { warnDays: days.warnDays, warnFraction: null });
  if (days.failDays !== undefined) Object.assign(expiry, { failDays: days.failDays, failFraction: null });
  const given = [
    days.warnDays !== undefined ? `warn-days ${days.warnDays}` : null,
    days.failDays !== undefined ? `fail-days ${days.failDays}` : null
  ].filter((part) => part !== null);
  return {
    ...policy,
    chain: [...policy.chain, given.join(', ')],
    rules: { ...policy.rules, certificates: { ...policy.rules.certificates, expiry } }
  };
}
