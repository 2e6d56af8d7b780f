// Fixes that are not a TLS setting: a certificate to reissue or renew, stapling to turn on, a target to check.
// Mostly a plain statement; the server lines where one exists (certificate files: certificate-files.ts).
import type { FixLines } from '../model/report.js';
import type { PolicyRules } from './policy-rules.js';

export function staplingFix(): FixLines {
  return {
    nginx: ['ssl_stapling on;', 'ssl_stapling_verify on;'],
    apache: ['SSLUseStapling On', 'SSLStaplingCache "shmcb:logs/ssl_stapling(32768)"'],
    haproxy: [],
    text: 'HAProxy 2.8+: add `ocsp-update on` to the certificate in the crt-list; older versions load the response with `set ssl ocsp-response`. nginx also needs a `resolver` to reach the responder.'
  };
}

export function certificateFix(rules: PolicyRules, rule: string): FixLines {
  const c = rules.certificates;
  const keyAdvice = [
    c.allowedKeyTypes ? `key type ${c.allowedKeyTypes.join(' or ')}` : null,
    c.allowedCurves ? `curve ${c.allowedCurves.join(' or ')}` : null,
    c.minRsaBits ? `RSA of at least ${c.minRsaBits} bits` : null,
    c.allowedSignatureAlgorithms ? `signature ${c.allowedSignatureAlgorithms.join(', ')}` : null
  ].filter(Boolean);
  const text: Record<string, string> = {
    'certificate.expired':
      'Renew the certificate and reload the server; check why automatic renewal did not run.',
    'certificate.not-yet-valid':
      'Check the clock of the issuing system, or wait until notBefore; serve a certificate that is valid now.',
    'certificate.expiring':
      'Renew the certificate now (or fix the automatic renewal), then reload the server.',
    'certificate.lifetime': 'Request a certificate with a shorter validity period.',
    'certificate.hostname-mismatch':
      'Serve a certificate whose subjectAltName lists this host name (or check the SNI routing).',
    'certificate.untrusted':
      'Serve a certificate issued by a publicly trusted CA (or pass --ca-file for a private CA).',
    'certificate.self-signed':
      'Replace the self-signed certificate with one issued by a trusted CA (or pass --ca-file for a private CA).',
    'certificate.weak-key': `Reissue the certificate with a stronger key${keyAdvice.length ? ` (${keyAdvice.join('; ')})` : ''}.`,
    'certificate.key-type-not-allowed': `Reissue the certificate with an allowed key${keyAdvice.length ? ` (${keyAdvice.join('; ')})` : ''}.`,
    'certificate.weak-signature': `Reissue the certificate${c.allowedSignatureAlgorithms ? ` signed with ${c.allowedSignatureAlgorithms.join(', ')}` : ' with a SHA-256 or stronger signature'}.`,
    'chain.intermediate-expiring':
      'Get the current intermediate from the CA and serve it in the chain instead of the expiring one.'
  };
  return { text: text[rule] ?? 'Replace the certificate.' };
}

export function targetFix(rule: string): FixLines {
  const text: Record<string, string> = {
    'target.unreachable':
      'Check the host name, port, DNS and firewall; or set targets.unreachable to warning or ignore for this target.',
    'target.not-tls':
      'Point the target at the TLS port (e.g. 443, not 80), or check that the service terminates TLS itself.',
    'target.error': 'Look at the error: the server broke off the scan. Check its TLS configuration and logs.',
    'address.inconsistent':
      'Roll the same certificate and TLS configuration out to every address of the name (each node or load balancer), or take the node that differs out of DNS.',
    'scan.incomplete':
      'Scan again; if it persists, the server rate-limits or drops connections: lower --concurrency, or allow the scanner in its rate limits.'
  };
  return { text: text[rule] ?? 'Check the target.' };
}
