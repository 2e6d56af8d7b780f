// Severity follows harm. A server stricter than the policy's compatibility target (TLS 1.3 only, no suite the
// preset lists as required) harms no one's security: it is a warning that names the clients left out, unless
// the user's own policy file asks for the requirement, which makes it an error. Security shortfalls (something
// weak accepted, an invalid certificate) are errors whoever wrote the rule.
import type { ProtocolName, Severity, TargetReport } from '../../model/report.js';
import { PROTOCOL_NAMES } from '../../model/report.js';
import { CLIENT_PROFILES, profileById } from '../../clients/profiles/index.js';
import type { PolicyRules } from '../model.js';

/** Policy keys whose miss is a compatibility shortfall; every other key guards security. */
export const COMPATIBILITY_KEYS = ['protocols.required', 'cipherSuites.required'] as const;
export type CompatibilityKey = (typeof COMPATIBILITY_KEYS)[number];

/** An error when the user's policy wrote the requirement, a warning when it came from a preset. */
export function compatibilitySeverity(rules: PolicyRules, key: CompatibilityKey): Severity {
  return rules.userWritten.includes(key) ? 'error' : 'warning';
}

/** Client profiles that cannot connect: the simulation's verdict when the scan ran it, else the profiles that
 * speak none of the versions the server accepts. */
export function clientsLeftOut(t: TargetReport): string[] {
  if (t.clients?.length) {
    return t.clients.filter((c) => !c.connects).map((c) => profileById(c.profile)?.name ?? c.profile);
  }
  const accepted = PROTOCOL_NAMES.filter((p) => t.protocols[p]);
  return CLIENT_PROFILES.filter((profile) => !profile.versions.some((v) => accepted.includes(v))).map(
    (profile) => profile.name
  );
}

/** " Clients that cannot connect: A, B." or the simulation's all-clear, for a compatibility finding's message. */
export function leftOutSentence(t: TargetReport, clients: string[]): string {
  if (clients.length) return ` Clients that cannot connect: ${clients.join('; ')}.`;
  return t.clients?.length ? ' Every simulated client connects.' : '';
}

/** The protocol versions a client profile must speak to reach this server, for evidence. */
export const acceptedVersions = (t: TargetReport): ProtocolName[] =>
  PROTOCOL_NAMES.filter((p) => t.protocols[p]);
