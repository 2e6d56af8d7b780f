// What a simulated client makes of the server, judged from facts: the scan's report and the client's raw
// handshake outcome (recorded by the scan's client-simulation check, or by simulateClient). Whether it
// connects, the disagreement with what the scan data predicts, and, when it cannot connect, the diagnosis
// (src/diagnose) with the server change that lets it in within the policy.
import type { PolicyRules } from '../model/policy.js';
import type { ClientResult, TargetReport } from '../model/report.js';
import { suiteByCode } from '../registry/index.js';
import type { ClientOutcome } from '../scan/checks/index.js';
import type { ProbeOutcome } from '../scan/probe-types.js';
import { diagnoseFailure, predictHandshake, type Diagnosis } from '../diagnose/index.js';
import { groupLabel, suiteLabel } from '../diagnose/predict.js';
import { offerFromProfile } from './offer.js';
import { profileById } from './profiles/index.js';
import type { ClientProfile } from './profiles/types.js';

const CERTIFICATE_CAUSES = new Set([
  'certificate-expired',
  'certificate-untrusted',
  'chain-incomplete',
  'certificate-name-mismatch'
]);

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
      : outcome.kind === 'unusable'
        ? `no connection (${outcome.reason})`
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

/** One profile's outcome against the target, judged; `rules` keeps the fix within the policy. */
export function judgeClient(
  profile: ClientProfile,
  outcome: ProbeOutcome,
  target: TargetReport,
  rules: PolicyRules | null
): DetailedClientResult {
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
  const judged = diagnoseFailure({ offer, target, outcome, rules });
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

/** The report's `clients`: every recorded outcome judged, in the order simulated (unknown ids are skipped). */
export function judgeClients(
  target: TargetReport,
  outcomes: readonly ClientOutcome[],
  rules: PolicyRules | null
): ClientResult[] {
  return outcomes.flatMap(({ id, outcome }) => {
    const profile = profileById(id);
    return profile ? [judgeClient(profile, outcome, target, rules).result] : [];
  });
}
