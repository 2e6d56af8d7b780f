// The data model: the bottom layer, imported by every other and importing nothing of the project. The report,
// the policy rules, fail-on with the gate decision, and the one day count.
export * from './report.js';
export * from './fail-on.js';
export * from './policy.js';
export * from './days.js';
