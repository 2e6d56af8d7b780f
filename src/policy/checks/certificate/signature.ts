// certificate.weak-signature: a sent certificate (not a self-signed anchor) signed with a weak hash, or a leaf
// signed with an algorithm outside allowed-signature-algorithms.
import type { Finding } from '../../../model/report.js';
import { isWeakSignatureHash } from '../../names.js';
import { list } from '../finding.js';
import { certFinding, type CertificateCheck } from './context.js';

export function checkSignatures(check: CertificateCheck): Finding[] {
  const { leaf } = check;
  const allowed = check.rules.certificates.allowedSignatureAlgorithms;
  const weakSignatures = check.cert.chain.filter(
    (cc, i) => !(i > 0 && cc.selfSigned) && isWeakSignatureHash(cc.signatureAlgorithm)
  );
  const leafNotAllowed =
    allowed !== null && !allowed.includes(leaf.signatureAlgorithm) && !weakSignatures.includes(leaf);
  if (weakSignatures.length === 0 && !leafNotAllowed) return [];
  const offending = [...(leafNotAllowed ? [leaf] : []), ...weakSignatures];
  return [
    certFinding(
      check,
      'certificate.weak-signature',
      'error',
      `${check.t.name} sends ${offending.length === 1 ? 'a certificate' : 'certificates'} signed with a signature algorithm the policy does not allow: ${list(offending.map((o) => `${o.subject} (${o.signatureAlgorithm})`))}.`,
      {
        certificates: offending.map((o) => ({
          subject: o.subject,
          signatureAlgorithm: o.signatureAlgorithm
        })),
        allowed
      }
    )
  ];
}
