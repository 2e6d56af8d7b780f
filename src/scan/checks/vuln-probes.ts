// The vulnerability checks that send probes of their own (src/scan/vulnerabilities does the work), one entry
// each. HSTS and ROBOT have their own files.
import { checkCcsInjection } from '../vulnerabilities/ccs-injection.js';
import { checkClientRenegotiation } from '../vulnerabilities/client-renegotiation.js';
import { checkCompression } from '../vulnerabilities/compression.js';
import { checkFallbackScsv } from '../vulnerabilities/fallback-scsv.js';
import { checkHeartbleed } from '../vulnerabilities/heartbleed.js';
import { legacyTarget, tlsOutcomes } from '../vulnerabilities/legacy-target.js';
import { notApplicable } from '../vulnerabilities/result.js';
import { checkSecureRenegotiation } from '../vulnerabilities/secure-renegotiation.js';
import { checkTicketbleed } from '../vulnerabilities/ticketbleed.js';
import type { ScanCheck } from './check.js';
import { vulnerabilityCheck } from './vuln-check.js';

const ONLY_TLS13 = 'the server speaks no version below TLS 1.3';

export const heartbleedCheck: ScanCheck = vulnerabilityCheck({
  name: 'heartbleed',
  budget: 1,
  withSslv3: false,
  withoutLegacy: `${ONLY_TLS13}; Heartbleed was a TLS 1.0-1.2 implementation flaw`,
  check: ({ ctx, legacy }) => checkHeartbleed(ctx, legacy!)
});

export const ccsInjectionCheck: ScanCheck = vulnerabilityCheck({
  name: 'ccsInjection',
  budget: 1,
  withSslv3: true,
  withoutLegacy: `${ONLY_TLS13}, whose ChangeCipherSpec carries no meaning (RFC 8446 §5)`,
  check: ({ ctx, legacy }) => checkCcsInjection(ctx, legacy!)
});

export const compressionCheck: ScanCheck = vulnerabilityCheck({
  name: 'compression',
  budget: 1,
  withSslv3: true,
  withoutLegacy: `${ONLY_TLS13}, which has no compression (RFC 8446 §4.1.2)`,
  check: ({ ctx, legacy }) => checkCompression(ctx, legacy!)
});

export const insecureRenegotiationCheck: ScanCheck = vulnerabilityCheck({
  name: 'insecureRenegotiation',
  budget: 1,
  withSslv3: true,
  withoutLegacy: `${ONLY_TLS13}, which has no renegotiation`,
  check: ({ ctx, legacy, versions }) => checkSecureRenegotiation(ctx, legacy!, tlsOutcomes(versions))
});

export const clientRenegotiationCheck: ScanCheck = vulnerabilityCheck({
  name: 'clientRenegotiation',
  budget: 1,
  // The one probe that asks the server for extra work on an established connection (the THC-SSL-DOS lever):
  // whatever a server does about it (a pause, a rate limit, a ban of our address) must not reach the other
  // checks' facts or time. openssl s_server -www, for one, sleeps a second after refusing it, serving nobody.
  runsLast: true,
  withSslv3: false,
  withoutLegacy: `${ONLY_TLS13} (except SSLv3), and TLS 1.3 has no renegotiation`,
  check: ({ ctx }) => checkClientRenegotiation(ctx)
});

export const ticketbleedCheck: ScanCheck = vulnerabilityCheck({
  name: 'ticketbleed',
  budget: 2,
  withSslv3: false,
  withoutLegacy: `${ONLY_TLS13} (except SSLv3): TLS 1.2 session tickets are what Ticketbleed abused`,
  check: ({ ctx, legacy }) => checkTicketbleed(ctx, legacy!)
});

export const fallbackScsvCheck: ScanCheck = vulnerabilityCheck({
  name: 'fallbackScsv',
  // The second: the same hello without the SCSV, only when the first was closed without an alert.
  budget: 2,
  withSslv3: true,
  check: async ({ ctx, run, legacy, versions, tls13 }) => {
    const spoken = (['TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1.0', 'SSLv3'] as const).filter(
      (version) => run.report.protocols[version]
    );
    if (spoken.length < 2 || !legacy)
      return notApplicable(
        `the server speaks one version only (${spoken[0] ?? 'none'}): nothing to fall back to`
      );
    // The version just below the highest: under TLS 1.3 the highest legacy version, else the one below that.
    const lower = tls13
      ? legacy
      : legacyTarget(new Map([...versions].filter(([version]) => version !== legacy.version)), {
          withSslv3: true
        });
    if (!lower) return notApplicable('no lower version with accepted suites to fall back to');
    return checkFallbackScsv(ctx, spoken[0]!, lower);
  }
});

export const VULNERABILITY_PROBE_CHECKS: readonly ScanCheck[] = [
  heartbleedCheck,
  ccsInjectionCheck,
  compressionCheck,
  insecureRenegotiationCheck,
  clientRenegotiationCheck,
  fallbackScsvCheck,
  ticketbleedCheck
];
