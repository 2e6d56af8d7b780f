// The certificate's checks, one concern each, in the order their findings are listed. A target that sent no
// certificate gets one target.error instead; one whose certificate cannot be parsed, one certificate.malformed.
import type { Finding, TargetReport } from '../../../model/report.js';
import { reproduceCertificate, targetFix } from '../../../remediation/index.js';
import type { PolicyRules } from '../../model.js';
import { finding, targetSeverity } from '../finding.js';
import { checkChain } from './chain.js';
import type { CertificateChecker } from './context.js';
import { checkHostname } from './hostname.js';
import { checkIntermediates } from './intermediates.js';
import { checkKeyStrength, checkKeyType } from './key.js';
import { checkLifetime } from './lifetime.js';
import { isMalformed, malformedFinding } from './malformed.js';
import { checkSignatures } from './signature.js';
import { checkStapling } from './stapling.js';
import { checkTrust } from './trust.js';
import { checkValidity } from './validity.js';

const CHECKERS: readonly CertificateChecker[] = [
  checkValidity,
  checkLifetime,
  checkHostname,
  checkTrust,
  checkKeyStrength,
  checkKeyType,
  checkSignatures,
  checkChain,
  checkIntermediates,
  checkStapling
];

export function checkCertificate(t: TargetReport, rules: PolicyRules, now: number): Finding[] {
  const cert = t.certificate;
  const leaf = cert?.chain[0];
  if (!cert || !leaf) {
    const why = cert?.error?.message ?? 'the server sent no certificate';
    return [
      finding({
        rule: 'target.error',
        severity: targetSeverity(rules.targets.error),
        message: `${t.name}: no certificate could be read (${why}).`,
        evidence: { status: t.status, error: cert?.error ?? null },
        fix: targetFix('target.error'),
        reproduce: reproduceCertificate(t)
      })
    ];
  }
  if (isMalformed(cert)) return [malformedFinding(t, cert)];
  const check = { t, rules, cert, leaf, now };
  return CHECKERS.flatMap((checker) => checker(check));
}
