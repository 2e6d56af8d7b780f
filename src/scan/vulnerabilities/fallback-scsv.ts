// TLS_FALLBACK_SCSV (RFC 7507): a client that retries with a lower version than its highest marks the retry, and
// a server that speaks a higher version must refuse it with inappropriate_fallback, so that an attacker cannot
// force the downgrade (POODLE's lever). The probe is a hello one version below the server's highest, with the
// SCSV; the suites offered are those the server accepted at that version. A close without an alert is read with
// one more hello, the same without the SCSV.
import { AlertDescription, CipherSuite } from '../../codepoints/index.js';
import type { ProtocolName, VulnerabilityResult } from '../../model/report.js';
import type { ScanContext } from '../context.js';
import { legacyHello } from '../hellos.js';
import { describeOutcome } from '../outcome-text.js';
import type { LegacyTarget } from './legacy-target.js';
import { ok, unknown, vulnerable } from './result.js';

export async function checkFallbackScsv(
  ctx: ScanContext,
  highest: ProtocolName,
  lower: LegacyTarget
): Promise<VulnerabilityResult> {
  const spec = {
    ...legacyHello(lower.version, lower.suites, { serverName: ctx.endpoint.sni }),
    cipherSuites: [...lower.suites, CipherSuite.TLS_FALLBACK_SCSV]
  };
  const outcome = await ctx.probe({ kind: 'tls', spec });
  const sent = `a ${lower.version} hello with TLS_FALLBACK_SCSV to a server whose highest version is ${highest}`;
  if (outcome.kind === 'alert' && outcome.alert.description === AlertDescription.inappropriate_fallback)
    return ok(`${sent} was refused with inappropriate_fallback`);
  if (outcome.kind === 'accepted' && outcome.version === lower.version)
    return vulnerable(`${sent} was accepted at ${outcome.version}: the downgrade goes unnoticed`);
  if (outcome.kind === 'closed' || outcome.kind === 'reset') {
    // Some servers close on a refused hello without an alert (Dovecot does); the same hello without the SCSV tells
    // a refusal of the fallback from a hello the server refuses anyway.
    const control = await ctx.probe({ kind: 'tls', spec: { ...spec, cipherSuites: lower.suites } });
    if (control.kind === 'accepted' && control.version === lower.version)
      return ok(
        `${sent}: ${describeOutcome(outcome)}, while the same hello without the SCSV was accepted at ${control.version}: the fallback was refused`
      );
  }
  return unknown(
    `${sent}: ${describeOutcome(outcome)}`,
    'the server neither accepted the downgraded hello nor refused it with inappropriate_fallback'
  );
}
