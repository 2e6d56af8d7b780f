// The chain as sent: chain.incomplete (an intermediate is missing), chain.order (not leaf first, each followed
// by its issuer), chain.extra-certificates (certificates that belong to no path).
import type { Finding } from '../../../model/report.js';
import { chainFix, reproduceCertificate, reproduceVerify } from '../../../remediation/index.js';
import { finding, list } from '../finding.js';
import { chainIncomplete, type CertificateCheck } from './context.js';

export function checkChain(check: CertificateCheck): Finding[] {
  const { t, cert } = check;
  const c = check.rules.certificates;
  const sent = cert.chain.map((cc) => cc.subject);
  const out: Finding[] = [];
  if (chainIncomplete(check)) {
    const missing = cert.missingIssuer;
    out.push(
      finding({
        rule: 'chain.incomplete',
        severity: 'error',
        message: `${t.name} does not send the intermediate certificate${missing ? ` "${missing.subject}"` : ''} needed to reach a trusted root.`,
        evidence: { missingIssuer: missing, sent },
        fix: chainFix('incomplete'),
        reproduce: reproduceVerify(t)
      })
    );
  }
  if (c.chainMustBeOrdered && !cert.chainOrdered) {
    out.push(
      finding({
        rule: 'chain.order',
        severity: 'warning',
        message: `${t.name} sends its certificates out of order: ${list(sent)}.`,
        evidence: { sent },
        fix: chainFix('order'),
        reproduce: reproduceCertificate(t)
      })
    );
  }
  if (c.chainMustBeComplete && cert.extraCertificates.length) {
    out.push(
      finding({
        rule: 'chain.extra-certificates',
        severity: 'warning',
        message: `${t.name} sends certificates that belong to no chain: ${list(cert.extraCertificates)}.`,
        evidence: { extra: cert.extraCertificates },
        fix: chainFix('extra'),
        reproduce: reproduceCertificate(t)
      })
    );
  }
  return out;
}
