// A complete RunSettings from what the user gave: every field left out (or given as undefined) takes its value
// from the table of defaults. The action, the CLI and the demo all build their settings through here.
import type { RunSettings } from './run-settings-type.js';
import { RUN_DEFAULTS, type RunDefaults } from './defaults.js';

export type GivenRunSettings = Pick<RunSettings, 'targets' | 'policyBaseDir'> & Partial<RunDefaults>;

export function runSettings(given: GivenRunSettings): RunSettings {
  const settings: RunSettings = {
    ...RUN_DEFAULTS,
    targets: given.targets,
    policyBaseDir: given.policyBaseDir
  };
  const assign = <K extends keyof RunDefaults>(key: K): void => {
    const value = given[key];
    if (value !== undefined) settings[key] = value as RunSettings[K];
  };
  for (const key of Object.keys(RUN_DEFAULTS) as (keyof RunDefaults)[]) assign(key);
  return settings;
}
