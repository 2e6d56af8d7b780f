// The protocol summary: which versions the server speaks, with their suites and order, written to the report
// in one place (so the report's key order never depends on which probe finished first), and the verdict
// "did any handshake work at all", which the checks after the configuration scan wait for.
import type { ErrorInfo, UnusableSelection } from '../../model/report.js';
import type { CapturedCertificates } from '../certificates.js';
import { describeOutcome, describeTimeout } from '../outcome-text.js';
import { suiteName } from '../../registry/index.js';
import type { ProbeAccepted, ProbeOutcome, ProbeUnusable } from '../probe-types.js';
import type { TlsVersion, VersionResult } from '../suites.js';
import type { ScanCheck } from './check.js';
import { versionFact, type FactName } from './facts.js';

/** The order versions are written in (the report's key order). */
const REPORTED_VERSIONS: readonly TlsVersion[] = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** When no version was accepted: the most telling reason among the refusals. */
function noHandshakeError(
  results: VersionResult[],
  sslv2: ProbeOutcome | null,
  unusable: UnusableSelection[]
): ErrorInfo {
  const selected = unusable[0];
  if (selected) {
    return {
      code: 'UNUSABLE_HANDSHAKE',
      message: `no handshake could go on: ${selected.reason} (the server selected ${selected.protocol} ${selected.cipherSuites.join(', ')})`
    };
  }
  const failures = [...results.flatMap((r) => r.failures), ...(sslv2 ? [sslv2] : [])];
  // close_notify is the server ending the connection, not a handshake failure: any other alert says more.
  const refusals = failures.filter((f) => f.kind === 'alert');
  const alert = refusals.find((f) => f.alert.description !== 0) ?? refusals[0];
  if (alert && alert.alert.description === 0) {
    return {
      code: 'NO_HANDSHAKE',
      message: `the server closed every connection with close_notify instead of answering the ClientHello`
    };
  }
  const resets = failures.filter((f) => f.kind === 'reset' || f.kind === 'closed').length;
  if (alert && alert.kind === 'alert') {
    return {
      code: 'ALERT',
      message: `the server refused every ClientHello (alert ${alert.alert.name}): no protocol version and cipher suite in common`
    };
  }
  if (resets > 0)
    return { code: 'ECONNRESET', message: 'the server closed or reset the connection on every ClientHello' };
  const timeout = failures.find((f) => f.kind === 'timeout');
  if (timeout && timeout.kind === 'timeout') {
    return {
      code: 'ETIMEDOUT',
      message: `the server answered no ClientHello in time: ${describeTimeout(timeout)}`
    };
  }
  if (failures[0])
    return {
      code: 'NO_HANDSHAKE',
      message: `the server accepted no ClientHello: ${describeOutcome(failures[0])}`
    };
  return { code: 'NO_HANDSHAKE', message: 'the server accepted no ClientHello' };
}

/** Suites selected in unusable flights, one entry per version and reason, in the order first seen. */
function groupUnusable(outcomes: ProbeUnusable[]): UnusableSelection[] {
  const groups: UnusableSelection[] = [];
  for (const outcome of outcomes) {
    const name = suiteName(outcome.cipherSuite);
    const known = groups.find((g) => g.protocol === outcome.version && g.reason === outcome.reason);
    if (!known) groups.push({ protocol: outcome.version, cipherSuites: [name], reason: outcome.reason });
    else if (!known.cipherSuites.includes(name)) known.cipherSuites.push(name);
  }
  return groups;
}

/**
 * TLS 1.3 enumeration reads only the ServerHello; the certificate read decrypts the rest of the flight. When that
 * read proves the flight leads nowhere, the version's suites were selected, not accepted.
 */
function withTls13Confirmed(
  result: VersionResult,
  captured: CapturedCertificates | undefined
): VersionResult {
  const proof = captured?.tls13Unusable ?? null;
  if (result.version !== 'TLSv1.3' || !result.supported || !proof) return result;
  const unusable = result.suites.map((cipherSuite) => ({ ...proof, cipherSuite }));
  return {
    ...result,
    supported: false,
    suites: [],
    outcomes: [],
    unusable: [...result.unusable, ...unusable]
  };
}

export const protocolsCheck: ScanCheck = {
  name: 'protocols',
  needs: ['contact', 'sslv2', 'certificates:captured', ...REPORTED_VERSIONS.map(versionFact)] as FactName[],
  produces: ['handshake'],
  handshakeBudget: () => 0,
  applies: async ({ facts }) => (await facts.get('contact'))?.goOn === true,
  async run({ report, facts }) {
    const sslv2 = await facts.get('sslv2');
    const captured = await facts.get('certificates:captured');
    const versions = (await Promise.all(REPORTED_VERSIONS.map((v) => facts.get(versionFact(v)))))
      .filter((result): result is VersionResult => result !== undefined)
      .map((result) => withTls13Confirmed(result, captured));
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

    const unusable = groupUnusable(versions.flatMap((r) => r.unusable));
    if (unusable.length > 0) report.unusableSelections = unusable;
    const ok = Object.values(report.protocols).some(Boolean);
    if (!ok) {
      report.status = 'error';
      report.error = noHandshakeError(versions, sslv2?.outcome ?? null, unusable);
    }
    return { handshake: { ok, tls13: report.protocols['TLSv1.3'] } };
  }
};
