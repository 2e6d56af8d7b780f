// Client simulation: every profile's ClientHello goes through the engine's probe against the target; the
// outcome (version, suite, group, or the alert) is recorded, checked against what the scan data predicts, and
// explained by src/diagnose when the client cannot connect. A disagreement with the scan data is reported in
// the result's diagnosis, never hidden.
import type { PolicyRules } from '../model/policy.js';
import { suiteByCode } from '../registry/index.js';
import type { ClientResult, TargetReport } from '../model/report.js';
import { diagnoseFailure, predictHandshake, type Diagnosis } from '../diagnose/index.js';
import { offerFromProfile } from './offer.js';
import { groupLabel, suiteLabel } from '../diagnose/predict.js';
import { mapLimited } from '../scan/limiter.js';
import { runProbe } from '../scan/probe.js';
import type { Endpoint, ProbeLimits, ProbeOutcome } from '../scan/probe-types.js';
import { profileHello } from './hello.js';
import { CLIENT_PROFILES } from './profiles/index.js';
import type { ClientProfile } from './profiles/types.js';

export interface SimulationOptions {
  /** The policy in force, so fixes stay within it. */
  rules?: PolicyRules | null;
  /** Profiles simulated at once against one target (default 4). */
  concurrency?: number;
}

const CERTIFICATE_CAUSES = new Set([
  'certificate-expired',
  'certificate-untrusted',
  'chain-incomplete',
  'certificate-name-mismatch'
]);

/** Sends the profile's hello; answers a HelloRetryRequest the way the client would (a share for that group). */
async function handshake(
  endpoint: Endpoint,
  profile: ClientProfile,
  limits: ProbeLimits
): Promise<ProbeOutcome> {
  const spec = profileHello(profile, endpoint.sni);
  const outcome = await runProbe(endpoint, { kind: 'tls', spec }, limits);
  if (outcome.kind !== 'hello-retry' || !profile.groups.includes(outcome.group)) return outcome;
  // A real client continues on the same connection; the server decides the same way on a fresh one when the
  // first hello already carries the share it asked for.
  return runProbe(
    endpoint,
    { kind: 'tls', spec: profileHello(profile, endpoint.sni, [outcome.group]) },
    limits
  );
}

function disagreement(
  profile: ClientProfile,
  target: TargetReport,
  connected: boolean,
  outcome: ProbeOutcome
): string | null {
  if (target.status !== 'ok') return null;
  const prediction = predictHandshake(offerFromProfile(profile), target);
  const actual =
    outcome.kind === 'accepted'
      ? `${outcome.version} with ${suiteLabel(outcome.cipherSuite)}`
      : `no connection (${outcome.kind})`;
  const predicted = prediction.connects
    ? `${prediction.version} with ${prediction.cipherSuite}`
    : `no connection (${prediction.cause.kind})`;
  if (prediction.connects !== connected) {
    return `Disagreement with the scan data: the scan predicts ${predicted}, the handshake gave ${actual}.`;
  }
  if (outcome.kind === 'accepted' && prediction.connects) {
    const suiteDiffers =
      target.serverPreference[outcome.version] && prediction.cipherSuite !== suiteLabel(outcome.cipherSuite);
    if (prediction.version !== outcome.version || suiteDiffers) {
      return `Disagreement with the scan data: the scan predicts ${predicted}, the handshake gave ${actual}.`;
    }
  }
  return null;
}

export interface DetailedClientResult {
  result: ClientResult;
  /** The diagnosis behind result.diagnosis, when the client cannot connect. */
  diagnosis: Diagnosis | null;
  outcome: ProbeOutcome;
}

/** Simulates one profile against a target. Never throws for anything the server does. */
export async function simulateClient(
  endpoint: Endpoint,
  target: TargetReport,
  profile: ClientProfile,
  limits: ProbeLimits,
  options: SimulationOptions = {}
): Promise<ClientResult> {
  return (await simulateClientDetailed(endpoint, target, profile, limits, options)).result;
}

/** simulateClient with the full diagnosis and the probe outcome (for `tls-gate diagnose`). */
export async function simulateClientDetailed(
  endpoint: Endpoint,
  target: TargetReport,
  profile: ClientProfile,
  limits: ProbeLimits,
  options: SimulationOptions = {}
): Promise<DetailedClientResult> {
  const outcome = await handshake(endpoint, profile, limits);
  const offer = offerFromProfile(profile);
  let connects = outcome.kind === 'accepted';
  let diagnosis: Diagnosis | null = null;
  let offProfile: string | null = null;
  if (outcome.kind === 'accepted') {
    // A server that picks what the client never offered breaks the handshake on the client's side.
    if (!profile.versions.includes(outcome.version))
      offProfile = `the server chose ${outcome.version}, which ${profile.id} does not offer`;
    else if (!profile.cipherSuites.includes(outcome.cipherSuite))
      offProfile = `the server chose ${suiteLabel(outcome.cipherSuite)}, which ${profile.id} does not offer`;
    if (offProfile) connects = false;
  }
  const tlsConnected = connects;
  const judged = diagnoseFailure({ offer, target, outcome, rules: options.rules ?? null });
  if (!connects) diagnosis = judged;
  else if (CERTIFICATE_CAUSES.has(judged.cause)) {
    // The handshake works at the TLS level, but a verifying client rejects the certificate.
    connects = false;
    diagnosis = judged;
  }
  const notes = [
    offProfile ? `The server misbehaves: ${offProfile}.` : null,
    diagnosis?.summary ?? null,
    disagreement(profile, target, tlsConnected, outcome)
  ].filter((n): n is string => n !== null);
  const accepted = outcome.kind === 'accepted' ? outcome : null;
  const result: ClientResult = {
    profile: profile.id,
    connects,
    version: accepted?.version ?? null,
    cipherSuite: accepted
      ? (suiteByCode(accepted.cipherSuite)?.iana ?? suiteLabel(accepted.cipherSuite))
      : null,
    group: accepted?.group != null ? groupLabel(accepted.group) : null,
    alert: outcome.kind === 'alert' ? outcome.alert : null,
    diagnosis: notes.length ? notes.join(' ') : null,
    fix: diagnosis && Object.keys(diagnosis.fix).length ? diagnosis.fix : null,
    reproduce: judged.reproduce.openssl
  };
  return { result, diagnosis: diagnosis ?? (connects ? null : judged), outcome };
}

/** Simulates every profile (default: all of CLIENT_PROFILES) against one target, in profile order. */
export async function simulateClients(
  endpoint: Endpoint,
  target: TargetReport,
  limits: ProbeLimits,
  profiles: readonly ClientProfile[] = CLIENT_PROFILES,
  options: SimulationOptions = {}
): Promise<ClientResult[]> {
  return mapLimited(profiles, options.concurrency ?? 4, (profile) =>
    simulateClient(endpoint, target, profile, limits, options)
  );
}
