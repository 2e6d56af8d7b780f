// Settings of a run: the one table of defaults shared by the CLI and the action, and the function that fills a
// run's settings from it, and the type of those settings (RunSettings). Fail-on lives in src/model.
export { ACTION_INPUT_DEFAULTS, RUN_DEFAULTS, type RunDefaults } from './defaults.js';
export { runSettings, type GivenRunSettings } from './run-settings.js';
export type { ExpiryDays, RunSettings } from './run-settings-type.js';
export { formatDuration, parseDuration, type DurationSpec, type DurationUnit } from './duration.js';
export { parseExpiryDays, type ExpiryDaysText } from './expiry-days.js';
export { parseCheckList, VULNERABILITY_CHECKS } from './checks.js';
