// certificate.expiring: the days left, or the fraction of the lifetime left, reached the policy's thresholds.
import { wholeDays } from '../../../model/days.js';
import type { Finding } from '../../../model/report.js';
import type { ExpiryRule } from '../../model.js';
import { DAY_MS, days } from '../finding.js';
import { certFinding, type CertificateCheck } from './context.js';

function thresholdReached(
  remainingDays: number,
  fraction: number,
  limitDays: number | null,
  limitFraction: number | null,
  combine: ExpiryRule['combine']
): boolean {
  const tests: boolean[] = [];
  if (limitDays !== null) tests.push(remainingDays <= limitDays);
  if (limitFraction !== null) tests.push(fraction <= limitFraction);
  if (tests.length === 0) return false;
  return combine === 'both' ? tests.every(Boolean) : tests.some(Boolean);
}

/** For a certificate valid now (notBefore <= now <= notAfter). */
export function expiring(check: CertificateCheck, notBefore: number, notAfter: number): Finding[] {
  const { t, leaf, now } = check;
  const remaining = (notAfter - now) / DAY_MS;
  // A certificate valid for less than a second still has a lifetime to divide by.
  const lifetime = Math.max((notAfter - notBefore) / DAY_MS, 1 / 86400);
  const fraction = remaining / lifetime;
  const e = check.rules.certificates.expiry;
  const fail = thresholdReached(remaining, fraction, e.failDays, e.failFraction, e.combine);
  const warn = fail || thresholdReached(remaining, fraction, e.warnDays, e.warnFraction, e.combine);
  if (!warn) return [];
  return [
    certFinding(
      check,
      'certificate.expiring',
      fail ? 'error' : 'warning',
      `${t.name} serves a certificate that expires in ${wholeDays(remaining)} ${wholeDays(remaining) === 1 ? 'day' : 'days'} (${leaf.notAfter}), ${Math.round(fraction * 100)}% of its ${days(lifetime)}-day lifetime left.`,
      {
        subject: leaf.subject,
        notAfter: leaf.notAfter,
        daysRemaining: days(remaining),
        lifetimeDays: days(lifetime),
        fractionRemaining: Math.round(fraction * 1000) / 1000,
        thresholds: e
      }
    )
  ];
}
