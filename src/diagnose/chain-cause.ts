// Why an untrusted chain is untrusted, as one cause, so each defect gives exactly one finding and one client
// diagnosis: a missing intermediate is chain.incomplete (send it), a root nobody here trusts is
// certificate.untrusted (give tls-gate the root, or get a public certificate), never both. The scan's chain
// diagnosis (certs/chain-diagnosis.ts) decides; without one, a missing issuer that names a known interception
// or developer-tool root is that root.
import type { CertificateReport, ChainDiagnosis } from '../model/report.js';
import { knownRoot } from './known-roots.js';

export function untrustedCause(cert: CertificateReport): ChainDiagnosis | null {
  const diagnosis = cert.chainDiagnosis ?? null;
  if (diagnosis) {
    // An issuer nobody could fetch is still a root when it is the root of an inspection product or dev tool.
    return diagnosis.cause === 'unknown-issuer' && knownRoot(diagnosis.subject)
      ? { ...diagnosis, cause: 'untrusted-root' }
      : diagnosis;
  }
  const missing = cert.missingIssuer;
  if (!cert.trusted && !cert.chainComplete && missing && knownRoot(missing.subject))
    return { cause: 'untrusted-root', subject: missing.subject, aia: null };
  return null;
}

/** The root or issuer is not in any trust store: the chain is untrusted, not incomplete. */
export function anchorUnknown(cert: CertificateReport): boolean {
  const cause = untrustedCause(cert)?.cause;
  return cause === 'untrusted-root' || cause === 'unknown-issuer';
}
