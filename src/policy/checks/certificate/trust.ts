// certificate.self-signed or certificate.untrusted: no trusted root vouches for the chain. An incomplete chain
// is reported as chain.incomplete instead (chain.ts): sending the intermediate is the fix, not another CA.
import type { Finding } from '../../../model/report.js';
import { reproduceVerify } from '../../../remediation/index.js';
import { certFinding, chainIncomplete, type CertificateCheck } from './context.js';

export function checkTrust(check: CertificateCheck): Finding[] {
  const { t, cert, leaf } = check;
  if (!check.rules.certificates.mustBeTrusted || cert.trusted || chainIncomplete(check)) return [];
  if (cert.chain.length === 1 && leaf.selfSigned) {
    return [
      certFinding(
        check,
        'certificate.self-signed',
        'error',
        `${t.name} serves a self-signed certificate (${leaf.subject}) that no trusted root vouches for.`,
        { subject: leaf.subject },
        reproduceVerify(t)
      )
    ];
  }
  return [
    certFinding(
      check,
      'certificate.untrusted',
      'error',
      `${t.name} serves a certificate chain that does not lead to a trusted root (issuer: ${leaf.issuer}).`,
      {
        subject: leaf.subject,
        issuer: leaf.issuer,
        validatedPath: cert.validatedPath,
        error: cert.error?.message ?? null
      },
      reproduceVerify(t)
    )
  ];
}
