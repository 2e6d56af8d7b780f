// Protocol features recorded beside the vulnerability checks, all read from ServerHellos the enumeration already
// has (no handshake of their own): extended master secret (RFC 7627), encrypt-then-MAC for CBC suites
// (RFC 7366), and the TLS 1.3 downgrade sentinel (RFC 8446 §4.1.3) in the answer to a TLS 1.2-only hello.
// 0-RTT early data comes from the early data probe (early-data.ts), with its evidence; null when it did not run.
import { ExtensionType } from '../../codepoints/index.js';
import type { TlsFeatures } from '../../model/report.js';
import { suiteByCode } from '../../registry/index.js';
import { downgradeSentinel } from '../../wire/server-hello.js';
import type { ProbeAccepted } from '../probe-types.js';
import type { EarlyDataAnswer } from './early-data.js';

const carries = (outcome: ProbeAccepted, type: number): boolean => outcome.serverExtensions.includes(type);

/** null when no outcome could show it; true when any did (the server supports it). */
function anyOf(outcomes: readonly ProbeAccepted[], type: number): boolean | null {
  return outcomes.length === 0 ? null : outcomes.some((outcome) => carries(outcome, type));
}

export function tlsFeatures(
  tlsOutcomes: readonly ProbeAccepted[],
  speaksTls13: boolean,
  earlyData: EarlyDataAnswer | null = null
): TlsFeatures {
  const cbc = tlsOutcomes.filter((outcome) => suiteByCode(outcome.cipherSuite)?.mode === 'CBC');
  const tls12 = tlsOutcomes.filter((outcome) => outcome.version === 'TLSv1.2' && outcome.serverRandom);
  return {
    extendedMasterSecret: anyOf(tlsOutcomes, ExtensionType.extended_master_secret),
    encryptThenMac: anyOf(cbc, ExtensionType.encrypt_then_mac),
    downgradeSentinel:
      speaksTls13 && tls12.length > 0
        ? tls12.every((outcome) => downgradeSentinel({ random: outcome.serverRandom! }) !== null)
        : null,
    earlyData: earlyData?.earlyData ?? null,
    ...(earlyData ? { earlyDataEvidence: earlyData.evidence } : {})
  };
}
