import { BCP195, BSI_TR_02102_2, CABF_VALIDITY, NIST_800_52R2, PCI_DSS_4 } from './standards.js';
import { MOZILLA_INTERMEDIATE, MOZILLA_MODERN, MOZILLA_OLD } from './mozilla.js';
import type { PresetDefinition } from './types.js';

export type { PresetDefinition } from './types.js';
export { baseRules } from './base.js';

/** The policy used when none is given: Mozilla intermediate on top of the base checks. */
export const DEFAULT_PRESET = 'mozilla-intermediate';

export const PRESETS: Readonly<Record<string, PresetDefinition>> = Object.freeze(
  Object.fromEntries(
    [
      MOZILLA_MODERN,
      MOZILLA_INTERMEDIATE,
      MOZILLA_OLD,
      NIST_800_52R2,
      PCI_DSS_4,
      BSI_TR_02102_2,
      BCP195,
      CABF_VALIDITY
    ].map((preset) => [preset.name, preset])
  )
);

export const PRESET_NAMES: readonly string[] = Object.keys(PRESETS);
