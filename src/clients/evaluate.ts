// The policy's `clients: { must-connect: [...], must-not-connect: [...] }` against a target's simulated clients:
// `client.cannot-connect` for a required client that fails (with the diagnosis and its fix), `client.can-connect`
// for a forbidden client that gets in (with the server lines that shut it out).
import { suiteByName } from '../registry/index.js';
import {
  PROTOCOL_NAMES,
  type ClientResult,
  type Finding,
  type FixLines,
  type ProtocolName,
  type TargetReport
} from '../model/report.js';
import {
  renderServerChange,
  NO_CHANGE,
  currentTls12Ciphers,
  currentTls13Ciphers
} from '../remediation/index.js';
import { CLIENT_PROFILES, profileById } from './profiles/index.js';

export interface ClientRules {
  mustConnect: string[];
  mustNotConnect: string[];
}

export const CLIENT_PROFILE_IDS: readonly string[] = CLIENT_PROFILES.map((p) => p.id);

/**
 * The profiles matching the "oldest compatible clients" of Mozilla's server-side TLS configurations
 * (mozilla-guidelines server-side-tls-5.7 / 6.0 `oldest_clients`), for presets. Only clients we have a
 * profile for; a profile stands for the named client when it is the same version or an older one that
 * offers less (Java 8 without AES-256 for "Java 8u31/8u161"; OpenSSL 1.0.2 for "OpenSSL 1.0.1").
 */
export const MOZILLA_OLDEST_CLIENTS: Record<'modern' | 'intermediate', string[]> = {
  modern: ['android-10', 'java-11', 'openssl-1.1.1'],
  intermediate: ['android-4.4', 'java-8', 'openssl-1.0.2', 'windows-7', 'windows-10']
};

function reproduceFor(result: ClientResult | undefined): string | null {
  return result?.reproduce ?? null;
}

/** Server lines that stop a client that connects: drop the versions it speaks if others remain, else its suites. */
function shutOut(target: TargetReport, result: ClientResult): FixLines {
  const profile = profileById(result.profile);
  if (!profile) return {};
  const serverVersions = PROTOCOL_NAMES.filter((p) => target.protocols[p]);
  const remaining = serverVersions.filter((p) => !profile.versions.includes(p));
  if (remaining.length > 0 && remaining.length < serverVersions.length) {
    return renderServerChange({ ...NO_CHANGE, protocols: remaining as ProtocolName[] });
  }
  const offered = new Set(profile.cipherSuites);
  const keep = (names: string[]): string[] => names.filter((n) => !offered.has(suiteByName(n)?.code ?? -1));
  const tls12 = keep(currentTls12Ciphers(target));
  const tls13 = keep(currentTls13Ciphers(target));
  if (tls12.length + tls13.length > 0) {
    return renderServerChange({
      ...NO_CHANGE,
      tls12Ciphers: tls12.length < currentTls12Ciphers(target).length ? tls12 : null,
      tls13Ciphers: tls13.length < currentTls13Ciphers(target).length ? tls13 : null
    });
  }
  return {
    text: `Every version and suite the server offers is also offered by ${result.profile}: it cannot be shut out by TLS settings alone.`
  };
}

/** Findings for one target; profile names the policy uses that do not exist give a notice (validation should catch them). */
export function evaluateClients(target: TargetReport, rules: ClientRules): Finding[] {
  const findings: Finding[] = [];
  if (rules.mustConnect.length === 0 && rules.mustNotConnect.length === 0) return findings;
  const results = target.clients ?? [];
  const byId = new Map(results.map((r) => [r.profile, r]));
  const missing = (id: string): Finding => ({
    rule: 'client.not-simulated',
    severity: 'notice',
    message: profileById(id)
      ? `${target.name}: client ${id} was not simulated, so the policy's clients rule could not be checked.`
      : `${target.name}: the policy names client ${id}, which is not a known profile (known: ${CLIENT_PROFILE_IDS.join(', ')}).`,
    evidence: { profile: id },
    fix: {},
    reproduce: null,
    waiver: null
  });
  for (const id of rules.mustConnect) {
    const result = byId.get(id);
    if (!result) {
      findings.push(missing(id));
      continue;
    }
    if (result.connects) continue;
    findings.push({
      rule: 'client.cannot-connect',
      severity: 'error',
      message: `${target.name}: ${id} cannot connect. ${result.diagnosis ?? ''}`.trim(),
      evidence: { ...result },
      fix: result.fix ?? { text: 'No server change found that lets this client in within the policy.' },
      reproduce: reproduceFor(result),
      waiver: null
    });
  }
  for (const id of rules.mustNotConnect) {
    const result = byId.get(id);
    if (!result) {
      findings.push(missing(id));
      continue;
    }
    if (!result.connects) continue;
    findings.push({
      rule: 'client.can-connect',
      severity: 'error',
      message: `${target.name}: ${id} connects (${result.version}, ${result.cipherSuite}), and the policy says it must not.`,
      evidence: { ...result },
      fix: shutOut(target, result),
      reproduce: reproduceFor(result),
      waiver: null
    });
  }
  return findings;
}
