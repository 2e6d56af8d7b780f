// certificate.self-signed or certificate.untrusted: no trusted root vouches for the chain. An incomplete chain
// is reported as chain.incomplete instead (chain.ts): sending the intermediate is the fix, not another CA. A
// root or issuer nobody here trusts is named, with what to do when it is a private CA's.
import type { ChainDiagnosis, Finding, FixLines } from '../../../model/report.js';
import { knownRoot } from '../../../diagnose/known-roots.js';
import { reproduceVerify } from '../../../remediation/index.js';
import { finding } from '../finding.js';
import { untrustedCause } from '../../../diagnose/chain-cause.js';
import { certFinding, chainIncomplete, type CertificateCheck } from './context.js';

const CA_FILE_HINT = 'Private CA? Add its root with the `ca-file` input / `--ca-file`';

/** What the root's product is, when it is an inspection product's or a developer tool's. */
function knownRootNote(subject: string): string {
  const known = knownRoot(subject);
  if (!known) return '';
  return known.kind === 'interception'
    ? ` "${subject}" is the root of ${known.product}, a TLS-inspection product: the scan reached it, not the server's own certificate.`
    : ` "${subject}" is the root of ${known.product}, a developer tool: the server serves a certificate made for local development.`;
}

function untrustedMessage(name: string, cause: ChainDiagnosis): string {
  if (cause.cause === 'untrusted-root') {
    return `${name} serves a certificate chain that ends at "${cause.subject}", a root no trust store here holds.${knownRootNote(cause.subject)} ${CA_FILE_HINT}.`;
  }
  return `${name} serves a certificate issued by "${cause.subject}", which the server does not send and no trust store here holds. ${CA_FILE_HINT}; or, if it is an intermediate, send it.`;
}

function untrustedFix(cause: ChainDiagnosis): FixLines {
  const intermediate =
    cause.cause === 'unknown-issuer'
      ? ' If the issuer is an intermediate of a public CA, serve it after the leaf (the full-chain file).'
      : '';
  return {
    text: `If "${cause.subject}" is your private CA, give tls-gate its root certificate (the \`ca-file\` input / \`--ca-file\`); otherwise serve a certificate issued by a publicly trusted CA.${intermediate}`
  };
}

function diagnosedUntrusted(check: CertificateCheck, cause: ChainDiagnosis): Finding {
  const { t, cert, leaf } = check;
  return finding({
    rule: 'certificate.untrusted',
    severity: 'error',
    message: untrustedMessage(t.name, cause),
    evidence: {
      subject: leaf.subject,
      issuer: leaf.issuer,
      cause: cause.cause,
      root: cause.cause === 'untrusted-root' ? cause.subject : null,
      knownRoot: knownRoot(cause.subject),
      chainDiagnosis: cause,
      validatedPath: cert.validatedPath,
      error: cert.error?.message ?? null
    },
    fix: untrustedFix(cause),
    reproduce: reproduceVerify(t)
  });
}

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
  const cause = untrustedCause(cert);
  if (cause && cause.cause !== 'missing-intermediate') return [diagnosedUntrusted(check, cause)];
  return [
    certFinding(
      check,
      'certificate.untrusted',
      'error',
      `${t.name} serves a certificate chain that does not lead to a trusted root (issuer: ${leaf.issuer}). ${CA_FILE_HINT}.`,
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
