// The protocol summary: which versions the server speaks, with their suites and order, written to the report
// in one place (so the report's key order never depends on which probe finished first), and the verdict
// "did any handshake work at all", which the checks after the configuration scan wait for.
import type { ErrorInfo } from '../../model/report.js';
import { suiteName } from '../../registry/index.js';
import type { ProbeAccepted, ProbeOutcome } from '../probe-types.js';
import type { TlsVersion, VersionResult } from '../suites.js';
import type { ScanCheck } from './check.js';
import { versionFact, type FactName } from './facts.js';

/** The order versions are written in (the report's key order). */
const REPORTED_VERSIONS: readonly TlsVersion[] = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** When no version was accepted: the most telling reason among the refusals. */
function noHandshakeError(results: VersionResult[], sslv2: ProbeOutcome | null): ErrorInfo {
  const failures = [...results.flatMap((r) => r.failures), ...(sslv2 ? [sslv2] : [])];
  const alert = failures.find((f) => f.kind === 'alert');
  const resets = failures.filter((f) => f.kind === 'reset' || f.kind === 'closed').length;
  if (alert && alert.kind === 'alert') {
    return {
      code: 'ALERT',
      message: `the server refused every ClientHello (alert ${alert.alert.name}): no protocol version and cipher suite in common`
    };
  }
  if (resets > 0)
    return { code: 'ECONNRESET', message: 'the server closed or reset the connection on every ClientHello' };
  return { code: 'NO_HANDSHAKE', message: 'the server accepted no ClientHello' };
}

export const protocolsCheck: ScanCheck = {
  name: 'protocols',
  needs: ['contact', 'sslv2', ...REPORTED_VERSIONS.map(versionFact)] as FactName[],
  produces: ['handshake'],
  handshakeBudget: () => 0,
  applies: async ({ facts }) => (await facts.get('contact'))?.goOn === true,
  async run({ report, facts }) {
    const sslv2 = await facts.get('sslv2');
    const versions = (await Promise.all(REPORTED_VERSIONS.map((v) => facts.get(versionFact(v))))).filter(
      (result): result is VersionResult => result !== undefined
    );
    report.protocols.SSLv2 = (sslv2?.kinds.length ?? 0) > 0;
    if (sslv2 && report.protocols.SSLv2) {
      report.cipherSuites.SSLv2 = sslv2.kinds.map((kind) => suiteName(kind, { sslv2: true }));
      report.serverPreference.SSLv2 = false;
    }
    for (const result of versions) {
      report.protocols[result.version] = result.supported;
      if (!result.supported) continue;
      report.cipherSuites[result.version] = result.suites.map((code) => suiteName(code));
      report.serverPreference[result.version] = result.serverPreference;
    }
    const dhSizes = versions
      .flatMap((r) => r.outcomes)
      .flatMap((o: ProbeAccepted) => (o.dhBits ? [o.dhBits] : []));
    report.keyExchange.dhBits = dhSizes.length > 0 ? Math.min(...dhSizes) : null;

    const ok = Object.values(report.protocols).some(Boolean);
    if (!ok) {
      report.status = 'error';
      report.error = noHandshakeError(versions, sslv2?.outcome ?? null);
    }
    return { handshake: { ok } };
  }
};
