// ocsp.not-stapled: no OCSP response stapled where the policy wants one (always, or when the leaf names a
// responder).
import type { Finding } from '../../../model/report.js';
import { reproduceStapling, staplingFix } from '../../../remediation/index.js';
import { finding } from '../finding.js';
import type { CertificateCheck } from './context.js';

export function checkStapling({ t, rules, cert, leaf }: CertificateCheck): Finding[] {
  const stapling = rules.certificates.ocspStapling;
  const wanted = stapling === 'required' || (stapling === 'if-responder' && leaf.ocspUrls.length > 0);
  if (cert.ocspStapled || !wanted) return [];
  return [
    finding({
      rule: 'ocsp.not-stapled',
      severity: 'warning',
      message: `${t.name} does not staple an OCSP response${leaf.ocspUrls.length ? ` although its certificate names the responder ${leaf.ocspUrls[0]}` : ''}.`,
      evidence: { ocspUrls: leaf.ocspUrls, mustStaple: leaf.mustStaple, ocspStapling: stapling },
      fix: staplingFix(),
      reproduce: reproduceStapling(t)
    })
  ];
}
