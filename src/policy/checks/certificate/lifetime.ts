// certificate.lifetime: longer than max-lifetime-days, or than the lifetime schedule allows for the date the
// certificate was issued (counted the CA/B Forum way).
import type { Finding } from '../../../model/report.js';
import type { LifetimeStep, PolicyRules } from '../../model.js';
import { DAY_MS, days } from '../finding.js';
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

export function checkLifetime(check: CertificateCheck): Finding[] {
  const { t, leaf } = check;
  const max = check.rules.certificates.maxLifetimeDays;
  const notBefore = Date.parse(leaf.notBefore);
  const notAfter = Date.parse(leaf.notAfter);
  const out: Finding[] = [];
  const lifetimeDays = (notAfter - notBefore) / DAY_MS;
  if (max !== null && lifetimeDays > max + 1e-6) {
    out.push(
      certFinding(
        check,
        'certificate.lifetime',
        'error',
        `${t.name} serves a certificate valid for ${days(lifetimeDays)} days; the policy allows at most ${max}.`,
        { subject: leaf.subject, lifetimeDays: days(lifetimeDays), maxLifetimeDays: max }
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
        { subject: leaf.subject, validityDays: inclusive, maxDays: step.maxDays, scheduleFrom: step.from }
      )
    );
  }
  return out;
}
