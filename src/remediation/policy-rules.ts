// The policy's rules, as far as remediation needs them (the suites, versions and groups a fix may use).
// The one place remediation/ reaches for the policy's types: when they move to the model, only this line changes.
export type { CipherClass, PolicyRules } from '../policy/model.js';
