// RFC 5746 secure renegotiation (the fix for CVE-2009-3555, the renegotiation prefix attack). A server that
// supports it echoes renegotiation_info when the client sends the extension or the
// TLS_EMPTY_RENEGOTIATION_INFO_SCSV (§3.6). The enumeration hellos already carry the extension, so their
// ServerHellos usually settle it; only a server that never echoed it is asked once more, with the SCSV alone.
import { CipherSuite, ExtensionType } from '../../codepoints/index.js';
import type { VulnerabilityResult } from '../../model/report.js';
import type { ScanContext } from '../context.js';
import { legacyHello } from '../hellos.js';
import { describeOutcome } from '../outcome-text.js';
import type { ProbeAccepted } from '../probe-types.js';
import type { LegacyTarget } from './legacy-target.js';
import { ok, unknown, vulnerable } from './result.js';

const echoes = (outcome: ProbeAccepted): boolean =>
  outcome.serverExtensions.includes(ExtensionType.renegotiation_info);

export async function checkSecureRenegotiation(
  ctx: ScanContext,
  target: LegacyTarget,
  enumerated: readonly ProbeAccepted[]
): Promise<VulnerabilityResult> {
  const echoed = enumerated.find(echoes);
  if (echoed)
    return ok(
      `the ${echoed.version} ServerHello echoes renegotiation_info (RFC 5746) to the enumeration hello`
    );
  const spec = {
    ...legacyHello(target.version, target.suites, { serverName: ctx.endpoint.sni }),
    renegotiationInfo: false,
    cipherSuites: [...target.suites, CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV]
  };
  const outcome = await ctx.probe({ kind: 'tls', spec });
  const sent = `a ${target.version} hello with TLS_EMPTY_RENEGOTIATION_INFO_SCSV and no renegotiation_info`;
  if (outcome.kind !== 'accepted')
    return unknown(`${sent}: ${describeOutcome(outcome)}`, 'the server refused the hello that would show it');
  if (echoes(outcome)) return ok(`${sent}: the ServerHello echoes renegotiation_info (the SCSV is honoured)`);
  const without = enumerated.length > 0 ? `${enumerated.length} enumeration ServerHellos and ` : '';
  return vulnerable(`neither ${without}the answer to ${sent} carry renegotiation_info: no RFC 5746 support`);
}
