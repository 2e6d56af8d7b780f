// The bridge from captured bytes to the CertificateReport src/certs computes, kept in one place so the
// engine does not depend on how certificates are judged. A failure there ends as the report's `error`,
// never as the target's crash.
import { analyzeCertificates, emptyCertificateReport, type TrustStore } from '../certs/index.js';
import type { CertificateReport, Target } from '../model/report.js';
import type { CapturedCertificates } from './certificates.js';

export type { TrustStore };

export async function analyzeCaptured(
  captured: CapturedCertificates,
  target: Target,
  options: { trust: TrustStore; now: Date }
): Promise<CertificateReport> {
  try {
    const report = analyzeCertificates({
      chain: captured.chain,
      host: target.host,
      sni: target.sni,
      ocspResponse: captured.ocspResponse,
      noSniChain: captured.noSniChain,
      alternateChains: captured.alternateChains,
      readOver: captured.readOver,
      trust: options.trust,
      now: options.now
    });
    if (captured.chain.length === 0 && captured.error && !report.error) report.error = captured.error;
    return report;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return emptyCertificateReport(
      captured,
      'CERTIFICATE',
      `the certificate chain could not be analysed (${reason})`
    );
  }
}
