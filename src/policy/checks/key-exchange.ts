// kex.weak-dh (DH parameters or FFDHE groups below min-dh-bits), kex.group-not-allowed as an error (curves
// below min-ecdh-bits) and as a warning (groups outside allowed-groups that are not already reported).
import type { Finding, TargetReport } from '../../model/report.js';
import {
  dhFix,
  groupBits,
  groupFix,
  isFfdheGroup,
  reproduceDh,
  reproduceGroup
} from '../../remediation/index.js';
import type { PolicyRules } from '../model.js';
import { finding, list } from './finding.js';

const reproduceGroupOf = (t: TargetReport, group: string): string =>
  reproduceGroup(t, group, t.keyExchange.tls13Groups.includes(group));

function weakFfdheGroups(t: TargetReport, rules: PolicyRules): string[] {
  const min = rules.keyExchange.minDhBits;
  return t.groups.filter((g) => isFfdheGroup(g) && min !== null && (groupBits(g) ?? 0) < min);
}

function smallCurves(t: TargetReport, rules: PolicyRules): string[] {
  const min = rules.keyExchange.minEcdhBits;
  return t.groups.filter((g) => {
    const bits = groupBits(g);
    return !isFfdheGroup(g) && min !== null && bits !== null && bits < min;
  });
}

function weakDh(t: TargetReport, rules: PolicyRules, weakFfdhe: string[]): Finding | null {
  const min = rules.keyExchange.minDhBits;
  const dhBits = t.keyExchange.dhBits;
  if (min === null) return null;
  const smallParams = dhBits !== null && dhBits < min;
  if (!smallParams && weakFfdhe.length === 0) return null;
  return finding({
    rule: 'kex.weak-dh',
    severity: 'error',
    message: smallParams
      ? `${t.name} uses ${dhBits}-bit DH parameters; the policy requires at least ${min} bits.`
      : `${t.name} accepts ${list(weakFfdhe)}, smaller than the ${min} bits the policy requires.`,
    evidence: { dhBits, groups: weakFfdhe, minDhBits: min },
    fix: dhFix(rules),
    reproduce: smallParams ? reproduceDh(t) : reproduceGroupOf(t, weakFfdhe[0]!)
  });
}

function curvesTooSmall(t: TargetReport, rules: PolicyRules, tooSmall: string[]): Finding | null {
  if (tooSmall.length === 0) return null;
  return finding({
    rule: 'kex.group-not-allowed',
    severity: 'error',
    message: `${t.name} accepts ${list(tooSmall)}, smaller than the ${rules.keyExchange.minEcdhBits}-bit curves the policy requires.`,
    evidence: { groups: tooSmall, minEcdhBits: rules.keyExchange.minEcdhBits },
    fix: groupFix(rules),
    reproduce: reproduceGroupOf(t, tooSmall[0]!)
  });
}

function groupsNotAllowed(t: TargetReport, rules: PolicyRules, reported: string[]): Finding | null {
  const allowed = rules.keyExchange.allowedGroups;
  if (!allowed) return null;
  const notAllowed = t.groups.filter((g) => !allowed.includes(g) && !reported.includes(g));
  if (notAllowed.length === 0) return null;
  return finding({
    rule: 'kex.group-not-allowed',
    severity: 'warning',
    message: `${t.name} accepts key-exchange groups the policy does not allow: ${list(notAllowed)}.`,
    evidence: { groups: notAllowed, allowed },
    fix: groupFix(rules),
    reproduce: reproduceGroupOf(t, notAllowed[0]!)
  });
}

export function checkKeyExchange(t: TargetReport, rules: PolicyRules): Finding[] {
  const weakFfdhe = weakFfdheGroups(t, rules);
  const tooSmall = smallCurves(t, rules);
  return [
    weakDh(t, rules, weakFfdhe),
    curvesTooSmall(t, rules, tooSmall),
    groupsNotAllowed(t, rules, [...tooSmall, ...weakFfdhe])
  ].filter((f): f is Finding => f !== null);
}
