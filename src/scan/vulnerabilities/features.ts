// Protocol features recorded beside the vulnerability checks, all read from ServerHellos the enumeration already
// has (no handshake of their own): extended master secret (RFC 7627), encrypt-then-MAC for CBC suites
// (RFC 7366), and the TLS 1.3 downgrade sentinel (RFC 8446 §4.1.3) in the answer to a TLS 1.2-only hello.
// 0-RTT early data would need a resumed TLS 1.3 handshake the engine cannot make yet: it stays null.
import { ExtensionType } from '../../codepoints/index.js';
import type { TlsFeatures } from '../../model/report.js';
import { suiteByCode } from '../../registry/index.js';
import { downgradeSentinel } from '../../wire/server-hello.js';
import type { ProbeAccepted } from '../probe-types.js';

const carries = (outcome: ProbeAccepted, type: number): boolean => outcome.serverExtensions.includes(type);

/** null when no outcome could show it; true when any did (the server supports it). */
function anyOf(outcomes: readonly ProbeAccepted[], type: number): boolean | null {
  return outcomes.length === 0 ? null : outcomes.some((outcome) => carries(outcome, type));
}

export function tlsFeatures(tlsOutcomes: readonly ProbeAccepted[], speaksTls13: boolean): TlsFeatures {
  const cbc = tlsOutcomes.filter((outcome) => suiteByCode(outcome.cipherSuite)?.mode === 'CBC');
  const tls12 = tlsOutcomes.filter((outcome) => outcome.version === 'TLSv1.2' && outcome.serverRandom);
  return {
    extendedMasterSecret: anyOf(tlsOutcomes, ExtensionType.extended_master_secret),
    encryptThenMac: anyOf(cbc, ExtensionType.encrypt_then_mac),
    downgradeSentinel:
      speaksTls13 && tls12.length > 0
        ? tls12.every((outcome) => downgradeSentinel({ random: outcome.serverRandom! }) !== null)
        : null,
    earlyData: null
  };
}
