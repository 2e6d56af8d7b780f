import type { PolicyLayer } from '../model.js';

/** A built-in policy: data with its provenance. */
export interface PresetDefinition {
  name: string;
  title: string;
  /** Document and version the rules come from. */
  source: string;
  version: string;
  /** Other presets applied first. */
  extends?: string[];
  /** Security lines (allowed lists, minimum sizes, certificate checks: missing one is an error) and
   * compatibility lines (`protocols.required`, `cipher-suites.required`: missing one from a preset is a warning
   * naming the clients left out; see checks/compatibility.ts). */
  rules: PolicyLayer;
  /** What the standard requires that a TLS scan of the server cannot check. */
  notChecked: string[];
}
