// The data model: the bottom layer, imported by every other and importing nothing of the project. The report,
// fail-on with the gate decision, and the settings of a run.
export * from './report.js';
export * from './fail-on.js';
export * from './run-settings.js';
export * from './days.js';
