// What every certificate checker looks at, and the finding they share: the rule's certificate advice as the
// fix, the served chain as the reproduce command unless the checker names a better one.
import type {
  CertificateInfo,
  CertificateReport,
  Finding,
  Severity,
  TargetReport
} from '../../../model/report.js';
import { certificateFix, reproduceCertificate } from '../../../remediation/index.js';
import type { PolicyRules } from '../../model.js';
import { finding } from '../finding.js';
import { anchorUnknown } from '../../../diagnose/chain-cause.js';

export interface CertificateCheck {
  t: TargetReport;
  rules: PolicyRules;
  /** The certificate report, with at least one certificate in the chain. */
  cert: CertificateReport;
  leaf: CertificateInfo;
  /** The evaluation's clock, in ms since the epoch. */
  now: number;
}

export type CertificateChecker = (check: CertificateCheck) => Finding[];

export function certFinding(
  check: CertificateCheck,
  rule: string,
  severity: Severity,
  message: string,
  evidence: Record<string, unknown>,
  reproduce = reproduceCertificate(check.t)
): Finding {
  return finding({ rule, severity, message, evidence, fix: certificateFix(check.rules, rule), reproduce });
}

/** A self-signed CA in the chain is the anchor: its own key and expiry are the root program's concern. */
export function isRootLike(cert: CertificateInfo): boolean {
  return cert.selfSigned && cert.isCA;
}

/** The policy wants the intermediates sent and the server did not send one that exists (not: the issuer is a
 * root nobody here trusts, which is certificate.untrusted). */
export function chainIncomplete({ rules, cert }: CertificateCheck): boolean {
  return rules.certificates.chainMustBeComplete && !cert.chainComplete && !anchorUnknown(cert);
}
