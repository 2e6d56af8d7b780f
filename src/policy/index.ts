// The policy module: load a policy (preset, file or inline), evaluate scan results against it.
export type { ResolvedPolicy, PolicyRules, PolicyLayer, Waiver, CipherClass, LifetimeStep } from './model.js';
export { CIPHER_CLASSES } from './model.js';
export { loadPolicy, resolveInlinePolicy, policyToYaml, mergeLayer } from './load.js';
export type { InlinePolicyLocation } from './load.js';
export { evaluate, evaluateTarget, checkTarget, summarize, sortFindings } from './evaluate.js';
export type { EvaluateOptions, Evaluation } from './evaluate.js';
export type { EvaluationInput, TargetFacts } from './target-facts.js';
export { RULES, RULE_LIST, RULE_IDS, POLICY_RULE_IDS, isRuleId } from './rules.js';
export type { RuleInfo } from './rules.js';
export { PRESETS, PRESET_NAMES, DEFAULT_PRESET } from './presets/index.js';
export type { PresetDefinition } from './presets/index.js';
export { validatePolicyDocument } from './validate.js';
export { withExpiryDays, type ExpiryDaysOverride } from './expiry-days.js';
export { policyJsonSchema, policyRulesJsonSchema } from './json-schema.js';
