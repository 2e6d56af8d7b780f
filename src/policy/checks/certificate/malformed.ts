// certificate.malformed: the server's certificate is not a certificate tls-gate can read (not DER, truncated).
// One finding with the parse error, and nothing else about the certificate: every other check would judge the
// empty fields of an unreadable certificate ("it names ", "a unknown key") and report defects it does not have.
import type { CertificateReport, Finding, TargetReport } from '../../../model/report.js';
import { reproduceCertificate } from '../../../remediation/index.js';
import { finding } from '../finding.js';

/**
 * The leaf could not be parsed: the scan says so, not even its subject could be read, or its subjectAltName
 * extension is there but unreadable (RFC 9525: the names are in it, so without it no host can be judged).
 */
export function isMalformed(cert: CertificateReport): boolean {
  const leaf = cert.chain[0];
  return (
    cert.error?.code === 'CERT_PARSE' ||
    (leaf?.parseError !== undefined && leaf.subject === '') ||
    leaf?.unreadableExtensions?.includes('subjectAltName') === true
  );
}

export function malformedFinding(t: TargetReport, cert: CertificateReport): Finding {
  const leaf = cert.chain[0];
  const parseError = leaf?.parseError ?? cert.error?.message ?? 'unknown parse error';
  return finding({
    rule: 'certificate.malformed',
    severity: 'error',
    message: `${t.name} serves a certificate that cannot be parsed: ${parseError}.`,
    evidence: {
      parseError,
      sha256Fingerprint: leaf?.sha256Fingerprint ?? null,
      error: cert.error ?? null
    },
    fix: {
      text: 'Serve the certificate as issued: a PEM file whose blocks hold DER certificates (check that the file was not truncated, re-encoded or mixed up with the key).'
    },
    reproduce: reproduceCertificate(t)
  });
}
