// The chain as sent: chain.incomplete (an intermediate is missing), chain.order (not leaf first, each followed
// by its issuer), chain.extra-certificates (certificates that belong to no path).
import type { Finding } from '../../../model/report.js';
import { chainFix, reproduceCertificate, reproduceVerify } from '../../../remediation/index.js';
import { finding, list } from '../finding.js';
import { untrustedCause } from '../../../diagnose/chain-cause.js';
import { chainIncomplete, type CertificateCheck } from './context.js';

/** Who still connects without the intermediate: those that fetch it (AIA) or ship it; the rest do not. */
const CONNECT_WITHOUT_INTERMEDIATE = [
  'browsers that fetch it through AIA (Chrome, Edge, Safari)',
  'browsers that preload intermediates (Firefox)'
];
const FAIL_WITHOUT_INTERMEDIATE = ['curl', 'OpenSSL', 'Java', 'Python', 'Go'];

function incomplete(check: CertificateCheck, sent: string[]): Finding {
  const { t, cert } = check;
  const missing = cert.missingIssuer;
  const cause = untrustedCause(cert);
  // The diagnosis names the intermediate actually found through AIA; the missing issuer is only its name.
  const diagnosed = cause?.cause === 'missing-intermediate' ? cause : null;
  const name = diagnosed?.subject ?? missing?.subject;
  const who = diagnosed
    ? ` ${list(CONNECT_WITHOUT_INTERMEDIATE)} still connect; ${list(FAIL_WITHOUT_INTERMEDIATE)} do not.`
    : '';
  return finding({
    rule: 'chain.incomplete',
    severity: 'error',
    message: `${t.name} does not send the intermediate certificate${name ? ` "${name}"` : ''} needed to reach a trusted root.${who}`,
    evidence: {
      missingIssuer: missing,
      sent,
      ...(diagnosed
        ? {
            intermediate: diagnosed.subject,
            chainDiagnosis: diagnosed,
            clientsThatConnect: CONNECT_WITHOUT_INTERMEDIATE,
            clientsThatFail: FAIL_WITHOUT_INTERMEDIATE
          }
        : {})
    },
    fix: chainFix('incomplete'),
    reproduce: reproduceVerify(t)
  });
}

export function checkChain(check: CertificateCheck): Finding[] {
  const { t, cert } = check;
  const c = check.rules.certificates;
  const sent = cert.chain.map((cc) => cc.subject);
  const out: Finding[] = [];
  if (chainIncomplete(check)) out.push(incomplete(check, sent));
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
