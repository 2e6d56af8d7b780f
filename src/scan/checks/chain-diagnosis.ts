// Chain diagnosis: when the chain reaches no trust anchor, why (src/certs/chain-diagnosis.ts): an intermediate the
// server does not send, found through the leaf's AIA caIssuers URL as browsers find it, or a root nobody trusts.
// No TLS handshake; its http fetches are bounded by certs/aia.ts and by the target's one deadline.
import { DEFAULT_AIA_LIMITS, diagnoseChain } from '../../certs/index.js';
import type { ChainDiagnosis } from '../../model/report.js';
import type { ScanCheck } from './check.js';

declare module './facts.js' {
  interface ScanFacts {
    /** Why the chain is untrusted; null when it is trusted or has no one cause. */
    'certificate:chain-diagnosis': ChainDiagnosis | null;
  }
}

export const chainDiagnosisCheck: ScanCheck = {
  name: 'chain diagnosis',
  needs: ['certificate', 'certificates:captured'],
  produces: ['certificate:chain-diagnosis'],
  handshakeBudget: () => 0,
  applies: async ({ facts }) => {
    const certificate = await facts.get('certificate');
    return certificate !== undefined && !certificate.trusted && certificate.chain.length > 0;
  },
  async run({ report, facts, options, ctx }) {
    const certificate = (await facts.get('certificate'))!;
    const sent = (await facts.get('certificates:captured'))!.chain;
    const left = Math.max(0, ctx.limits.deadline - Date.now());
    const diagnosis = await diagnoseChain(certificate, sent, options.trust, options.now, {
      fetchAia: options.aia === true,
      limits: {
        ...DEFAULT_AIA_LIMITS,
        timeoutMs: Math.min(DEFAULT_AIA_LIMITS.timeoutMs, options.timeoutMs, left)
      }
    });
    // A sub-field of the certificate report, which the analysis check wrote and this check completes.
    if (report.certificate) report.certificate.chainDiagnosis = diagnosis;
    return { 'certificate:chain-diagnosis': diagnosis };
  }
};
