// Why a chain reaches no trust anchor, as one cause. "The issuer was not sent" has two very different meanings:
// the server forgot an intermediate that a public CA issued (fix: send it), or the leaf was issued by a root
// nobody here trusts (a private CA, an interception product, a developer tool; fix: give tls-gate that root, or
// get a publicly trusted certificate). Following the leaf's AIA caIssuers URL, as browsers do, tells them apart:
// what it serves either completes a trusted path (a missing intermediate) or ends at a root no store holds.
import type { CertificateReport, ChainDiagnosis } from '../model/report.js';
import { DEFAULT_AIA_LIMITS, fetchCaIssuers, type AiaLimits } from './aia.js';
import { buildPaths, buildPathsOnce } from './chain.js';
import { describeCertificate } from './describe.js';
import type { TrustStore } from './trust-store.js';

export interface ChainDiagnosisOptions {
  /** Follow caIssuers URLs (off for offline runners: the cause then stays `unknown-issuer`). */
  fetchAia: boolean;
  limits?: AiaLimits;
  /** Certificates fetched for one chain at most (each hop is one). */
  maxFetches?: number;
}

const DEFAULT_MAX_FETCHES = 3;

/** null when the chain is trusted, unread, or fails for another reason (an expired issuer, say). */
export async function diagnoseChain(
  report: CertificateReport,
  sent: Buffer[],
  trust: TrustStore,
  now: Date,
  options: ChainDiagnosisOptions
): Promise<ChainDiagnosis | null> {
  if (report.trusted || report.chain.length === 0 || report.error?.code === 'CERT_PARSE') return null;
  if (report.chainComplete) {
    const { best } = buildPathsOnce(sent, trust, now);
    if (best?.end.kind !== 'untrusted-root') return null;
    const root = best.certificates[best.certificates.length - 1]!;
    return { cause: 'untrusted-root', subject: report.chain[root.index]!.subject, aia: null };
  }
  const missing = report.missingIssuer;
  if (!missing) return null;
  if (!missing.caIssuerUrl) return { cause: 'unknown-issuer', subject: missing.subject, aia: null };
  const aia = { url: missing.caIssuerUrl };
  if (!options.fetchAia) {
    return {
      cause: 'unknown-issuer',
      subject: missing.subject,
      aia: { ...aia, result: 'off', detail: null }
    };
  }
  return followCaIssuers(missing.subject, aia.url, sent, trust, now, options);
}

/** Fetches issuer after issuer until a path is trusted, ends at an untrusted root, or the trail goes cold. */
async function followCaIssuers(
  issuerSubject: string,
  firstUrl: string,
  sent: Buffer[],
  trust: TrustStore,
  now: Date,
  options: ChainDiagnosisOptions
): Promise<ChainDiagnosis> {
  const fetched: Buffer[] = [];
  let url: string | null = firstUrl;
  for (let hop = 0; url && hop < (options.maxFetches ?? DEFAULT_MAX_FETCHES); hop++) {
    const answer = await fetchCaIssuers(url, options.limits ?? DEFAULT_AIA_LIMITS);
    if ('error' in answer) {
      const result = { url: firstUrl, result: 'failed' as const, detail: `${url}: ${answer.error}` };
      return { cause: 'unknown-issuer', subject: issuerSubject, aia: result };
    }
    fetched.push(...answer.certificates);
    const { best } = buildPaths([...sent, ...fetched], trust, now);
    const firstFetched = describeCertificate(fetched[0]!, now).subject;
    if (best?.end.kind === 'anchor') {
      return {
        cause: 'missing-intermediate',
        subject: firstFetched,
        aia: { url: firstUrl, result: 'completes-path', detail: null }
      };
    }
    if (best?.end.kind === 'untrusted-root') {
      const root = best.certificates[best.certificates.length - 1]!;
      const rootSubject = describeCertificate(root.der, now).subject;
      return {
        cause: 'untrusted-root',
        subject: rootSubject,
        aia: { url: firstUrl, result: 'untrusted', detail: null }
      };
    }
    const last = best?.certificates[best.certificates.length - 1];
    if (!last || last.index < sent.length) {
      const detail = `what ${url} serves (${firstFetched}) did not issue ${issuerSubject}`;
      return {
        cause: 'unknown-issuer',
        subject: issuerSubject,
        aia: { url: firstUrl, result: 'failed', detail }
      };
    }
    url = describeCertificate(last.der, now).caIssuerUrls[0] ?? null;
  }
  const detail = url
    ? 'the trail of caIssuers URLs is longer than tls-gate follows'
    : 'no further caIssuers URL';
  return {
    cause: 'unknown-issuer',
    subject: issuerSubject,
    aia: { url: firstUrl, result: 'failed', detail }
  };
}
