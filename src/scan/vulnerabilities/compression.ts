// CRIME (CVE-2012-4929): TLS compression leaks secrets through the size of compressed records. The probe offers
// DEFLATE (RFC 3749) beside null compression; the server is vulnerable when its ServerHello selects DEFLATE.
import { CompressionMethod } from '../../codepoints/index.js';
import type { VulnerabilityResult } from '../../model/report.js';
import type { ScanContext } from '../context.js';
import { legacyHello } from '../hellos.js';
import { describeOutcome } from '../outcome-text.js';
import type { LegacyTarget } from './legacy-target.js';
import { ok, unknown, vulnerable } from './result.js';

export async function checkCompression(ctx: ScanContext, target: LegacyTarget): Promise<VulnerabilityResult> {
  const spec = {
    ...legacyHello(target.version, target.suites, { serverName: ctx.endpoint.sni }),
    compressionMethods: [CompressionMethod.deflate, CompressionMethod.null]
  };
  const outcome = await ctx.probe({ kind: 'tls', spec });
  const sent = `a ${target.version} hello offering DEFLATE and null compression`;
  if (outcome.kind === 'accepted' && outcome.compressionMethod !== undefined) {
    return outcome.compressionMethod === CompressionMethod.deflate
      ? vulnerable(`${sent}: the ServerHello selected DEFLATE`, { compressionMethod: 'DEFLATE' })
      : ok(`${sent}: the ServerHello selected null compression`);
  }
  if (outcome.kind === 'alert' || outcome.kind === 'closed' || outcome.kind === 'reset')
    return ok(`${sent} was refused (${describeOutcome(outcome)}): no compression was selected`);
  return unknown(
    `${sent}: ${describeOutcome(outcome)}`,
    'the server did not say which compression it selects'
  );
}
