// The certificate part of the text report's inventory: what the chain is (trusted, name, order, stapling) with the
// mark of the findings about it, then the chain as a tree with days left on each certificate.
import { expirySeverity, plural, wholeDays } from './digest.js';
import { mark } from './text-marks.js';
import { SEVERITY_COLOUR, safe, type Paint } from './text-paint.js';
import type { CertificateInfo, Finding, Severity, TargetReport } from '../model/report.js';

export function renderCertificate(
  target: TargetReport,
  findings: readonly Finding[],
  paint: Paint
): string[] {
  const certificate = target.certificate;
  if (!certificate) return ['   Certificate: not read'];
  const facts = [
    certificate.readOver ? `read over ${certificate.readOver}` : null,
    certificate.trusted ? `trusted (${safe(certificate.trustStore ?? 'unknown store')})` : 'not trusted',
    certificate.hostnameMatch ? 'name matches' : 'name does not match',
    certificate.chainComplete ? null : 'chain incomplete',
    certificate.chainOrdered ? null : 'chain out of order',
    certificate.ocspStapled ? `OCSP stapled${certificate.ocsp ? ` (${certificate.ocsp.status})` : ''}` : null
  ].filter((fact): fact is string => fact !== null);
  const lines = [`   Certificate: ${facts.join(', ')}  ${mark(findings, paint)}`];
  if (certificate.error)
    lines.push(`     [${safe(certificate.error.code)}] ${safe(certificate.error.message)}`);
  const leafJudged = expirySeverity(target);
  certificate.chain.forEach((cert, depth) => {
    const judged = depth === 0 ? leafJudged : null;
    lines.push(`     ${'   '.repeat(depth)}└─ ${describeCertificate(cert, paint, judged)}`);
  });
  if (certificate.missingIssuer) {
    const depth = certificate.chain.length;
    const url = certificate.missingIssuer.caIssuerUrl
      ? ` (AIA: ${safe(certificate.missingIssuer.caIssuerUrl)})`
      : '';
    lines.push(
      `     ${'   '.repeat(depth)}└─ ${paint('missing:', 'red')} ${safe(certificate.missingIssuer.subject)}${url}`
    );
  }
  for (const extra of certificate.extraCertificates) lines.push(`     extra certificate: ${safe(extra)}`);
  if (certificate.noSniCertificate) {
    lines.push(`     without SNI: ${describeCertificate(certificate.noSniCertificate, paint, null)}`);
  }
  for (const alternate of certificate.alternateChains) {
    if (alternate.chain[0])
      lines.push(`     also (${alternate.keyType}): ${describeCertificate(alternate.chain[0], paint, null)}`);
  }
  return lines;
}

function describeCertificate(cert: CertificateInfo, paint: Paint, expiryJudged: Severity | null): string {
  const key = cert.curve
    ? `${cert.keyType} ${cert.curve}`
    : cert.keyBits
      ? `${cert.keyType} ${cert.keyBits}`
      : cert.keyType;
  const left = daysLeft(cert.daysRemaining, paint, expiryJudged);
  const flags = [
    cert.selfSigned ? 'self-signed' : null,
    cert.parseError ? `unparsed: ${safe(cert.parseError)}` : null
  ]
    .filter(Boolean)
    .join(', ');
  return `${safe(cert.subject)} [${safe(key)}, ${safe(cert.signatureAlgorithm)}, ${left}${flags ? `, ${flags}` : ''}]`;
}

/**
 * Days left on a certificate; under ten days with one decimal, since "1 day" and "1.9 days" differ a lot. Coloured
 * as the policy judged the expiry (an expired certificate is red whatever it judged).
 */
function daysLeft(daysRemaining: number, paint: Paint, judged: Severity | null): string {
  if (!Number.isFinite(daysRemaining)) return 'validity unknown';
  if (daysRemaining < 0) {
    const ago = -wholeDays(daysRemaining); // as the findings, the summary and min-days-remaining count it
    return paint(`expired ${plural(ago, 'day')} ago`, 'red');
  }
  const shown = daysRemaining < 10 ? Math.floor(daysRemaining * 10) / 10 : wholeDays(daysRemaining);
  const text = `${shown} day${shown === 1 ? '' : 's'} left`;
  return judged ? paint(text, SEVERITY_COLOUR[judged]) : text;
}
