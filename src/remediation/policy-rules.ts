// The policy's rules, as far as remediation needs them (the suites, versions and groups a fix may use).
// The one place remediation/ reaches for the policy's types: they live in the model, below every judgement layer.
export type { CipherClass, PolicyRules } from '../model/policy.js';
