// Settings of a run: the one table of defaults shared by the CLI and the action, and the function that fills a
// run's settings from it. The type itself (RunSettings) and fail-on live in src/model, below the pipeline.
export { ACTION_INPUT_DEFAULTS, RUN_DEFAULTS, type RunDefaults } from './defaults.js';
export { runSettings, type GivenRunSettings } from './run-settings.js';
