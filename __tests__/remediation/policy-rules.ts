// Policy rules for the remediation tests: a preset, with the parts a test is about replaced.
import { loadPolicy } from '../../src/policy/index.js';
import type { PolicyRules } from '../../src/remediation/index.js';

export async function presetRules(preset = 'mozilla-intermediate'): Promise<PolicyRules> {
  return (await loadPolicy(preset, { baseDir: '.' })).rules;
}

export function withProtocols(rules: PolicyRules, allowed: PolicyRules['protocols']['allowed']): PolicyRules {
  return { ...rules, protocols: { ...rules.protocols, allowed } };
}

export function withGroups(rules: PolicyRules, allowedGroups: string[]): PolicyRules {
  return { ...rules, keyExchange: { ...rules.keyExchange, allowedGroups } };
}
