// The report data model: the bottom layer, imported by every other and importing nothing of the project.
export * from './report.js';
export * from './policy.js';
