// The leaf's validity period: dates that do not parse (target.error: they must not pass silently),
// certificate.not-yet-valid, certificate.expired, or else certificate.expiring.
import { wholeDaysSinceExpiry } from '../../../model/days.js';
import type { Finding } from '../../../model/report.js';
import { reproduceCertificate, targetFix } from '../../../remediation/index.js';
import { DAY_MS, days, finding, targetSeverity } from '../finding.js';
import { certFinding, type CertificateCheck } from './context.js';
import { expiring } from './expiry.js';

function unreadableDates({ t, rules, leaf }: CertificateCheck): Finding {
  return finding({
    rule: 'target.error',
    severity: targetSeverity(rules.targets.error),
    message: `${t.name}: the validity dates of the certificate could not be read (notBefore ${leaf.notBefore}, notAfter ${leaf.notAfter}).`,
    evidence: {
      subject: leaf.subject,
      notBefore: leaf.notBefore,
      notAfter: leaf.notAfter,
      parseError: leaf.parseError ?? null
    },
    fix: targetFix('target.error'),
    reproduce: reproduceCertificate(t)
  });
}

export function checkValidity(check: CertificateCheck): Finding[] {
  const { t, leaf, now } = check;
  const notBefore = Date.parse(leaf.notBefore);
  const notAfter = Date.parse(leaf.notAfter);
  if (Number.isNaN(notBefore) || Number.isNaN(notAfter)) return [unreadableDates(check)];
  if (now < notBefore) {
    return [
      certFinding(
        check,
        'certificate.not-yet-valid',
        'error',
        `${t.name} serves a certificate that is not valid before ${leaf.notBefore}.`,
        { subject: leaf.subject, notBefore: leaf.notBefore }
      )
    ];
  }
  if (now > notAfter) {
    const ago = wholeDaysSinceExpiry(notAfter, now);
    return [
      certFinding(
        check,
        'certificate.expired',
        'error',
        `${t.name} serves a certificate that expired ${ago} ${ago === 1 ? 'day' : 'days'} ago (${leaf.notAfter}).`,
        {
          subject: leaf.subject,
          notAfter: leaf.notAfter,
          daysAgo: ago,
          daysSinceExpiry: days((now - notAfter) / DAY_MS)
        }
      )
    ];
  }
  return expiring(check, notBefore, notAfter);
}
