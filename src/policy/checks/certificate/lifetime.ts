// certificate.lifetime: longer than max-lifetime-days, or than the lifetime schedule allows for the date the
// certificate was issued. Lifetime limits are enforced by browsers on the public web PKI only, so they are
// judged where the chain is anchored in the public root store; a private CA's certificates (ca-file, or a
// system root that is not public) only when the policy opts in with lifetime-for-private-ca.
import type { Finding } from '../../../model/report.js';
import { lifetimeWholeDays } from '../../../model/days.js';
import type { LifetimeStep, PolicyRules } from '../../model.js';
import { DAY_MS } from '../finding.js';
import { certFinding, type CertificateCheck } from './context.js';

/** CA/B Forum BR §6.3.2: notBefore through notAfter inclusive, any part of a day counting as a day. */
export function validityDaysInclusive(notBefore: number, notAfter: number): number {
  return Math.ceil((notAfter - notBefore + 1000) / DAY_MS);
}

/** The schedule's step in force when the certificate was issued (the last one starting on or before). */
function scheduleLimit(rules: PolicyRules, notBefore: number): LifetimeStep | null {
  const schedule = rules.certificates.lifetimeSchedule;
  if (!schedule) return null;
  let limit: LifetimeStep | null = null;
  for (const step of schedule) if (Date.parse(`${step.from}T00:00:00Z`) <= notBefore) limit = step;
  return limit;
}

/** Whether a lifetime limit applies: a public anchor always ('mozilla' holds the public roots; a system root
 * is recorded as 'system' only when it is not one of them), any other anchor when the policy opts in. */
export function lifetimeEnforced({ cert, rules }: CertificateCheck): boolean {
  return cert.trustStore === 'mozilla' || rules.certificates.lifetimeForPrivateCa;
}

export function checkLifetime(check: CertificateCheck): Finding[] {
  if (!lifetimeEnforced(check)) return [];
  const { t, leaf } = check;
  const max = check.rules.certificates.maxLifetimeDays;
  const notBefore = Date.parse(leaf.notBefore);
  const notAfter = Date.parse(leaf.notAfter);
  const out: Finding[] = [];
  const evidence = { subject: leaf.subject, trustStore: check.cert.trustStore };
  // Whole days, notAfter inclusive: 366 days and 12 hours is 366 days, within a 366-day limit.
  const lifetimeDays = lifetimeWholeDays(notBefore, notAfter);
  if (max !== null && lifetimeDays > max) {
    out.push(
      certFinding(
        check,
        'certificate.lifetime',
        'error',
        `${t.name} serves a certificate valid for ${lifetimeDays} days; the policy allows at most ${max}.`,
        { ...evidence, lifetimeDays, maxLifetimeDays: max }
      )
    );
  }
  const step = scheduleLimit(check.rules, notBefore);
  const inclusive = validityDaysInclusive(notBefore, notAfter);
  if (step && inclusive > step.maxDays) {
    out.push(
      certFinding(
        check,
        'certificate.lifetime',
        'error',
        `${t.name} serves a certificate issued ${leaf.notBefore.slice(0, 10)} with a ${inclusive}-day validity; certificates issued from ${step.from} may last at most ${step.maxDays} days.`,
        { ...evidence, validityDays: inclusive, maxDays: step.maxDays, scheduleFrom: step.from }
      )
    );
  }
  return out;
}
