// chain.intermediate-expiring: an intermediate (not the anchor) that expired, or expires within warn-days.
import { wholeDays } from '../../../model/days.js';
import type { Finding } from '../../../model/report.js';
import { DAY_MS, days } from '../finding.js';
import { certFinding, isRootLike, type CertificateCheck } from './context.js';

export function checkIntermediates(check: CertificateCheck): Finding[] {
  const { t, now } = check;
  const warnDays = check.rules.certificates.expiry.warnDays;
  const out: Finding[] = [];
  for (const intermediate of check.cert.chain.slice(1)) {
    if (isRootLike(intermediate)) continue;
    const left = (Date.parse(intermediate.notAfter) - now) / DAY_MS;
    const due = left < 0 || (warnDays !== null && left <= warnDays);
    if (!due) continue;
    const whole = wholeDays(left);
    out.push(
      certFinding(
        check,
        'chain.intermediate-expiring',
        left < 0 ? 'error' : 'warning',
        left < 0
          ? `${t.name} sends an intermediate certificate that expired ${-whole} ${whole === -1 ? 'day' : 'days'} ago: ${intermediate.subject}.`
          : `${t.name} sends an intermediate certificate that expires in ${whole} ${whole === 1 ? 'day' : 'days'}: ${intermediate.subject}.`,
        { subject: intermediate.subject, notAfter: intermediate.notAfter, daysRemaining: days(left) }
      )
    );
  }
  return out;
}
