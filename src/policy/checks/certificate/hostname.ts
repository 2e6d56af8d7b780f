// certificate.hostname-mismatch: the leaf does not name the host (or the SNI sent for it).
import type { Finding } from '../../../model/report.js';
import { reproduceVerify } from '../../../remediation/index.js';
import { list } from '../finding.js';
import { certFinding, type CertificateCheck } from './context.js';

export function checkHostname(check: CertificateCheck): Finding[] {
  const { t, cert, leaf } = check;
  if (!check.rules.certificates.hostnameMustMatch || cert.hostnameMatch) return [];
  return [
    certFinding(
      check,
      'certificate.hostname-mismatch',
      'error',
      `${t.name} serves a certificate that does not name ${t.sni ?? t.host} (it names ${list(leaf.subjectAltNames) || leaf.subject}).`,
      { host: t.host, sni: t.sni, subjectAltNames: leaf.subjectAltNames, subject: leaf.subject },
      reproduceVerify(t)
    )
  ];
}
