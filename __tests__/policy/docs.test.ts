// docs/policy.md is the user documentation of the policy language: it must name every rule id and preset.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { PRESET_NAMES, PRESETS, RULE_IDS } from '../../src/policy/index.js';
import { RULE_SECTIONS } from '../../src/policy/schema.js';

const docs = readFileSync(new URL('../../docs/policy.md', import.meta.url), 'utf8');

describe('docs/policy.md', () => {
  it('documents every rule id in the rules table', () => {
    for (const id of RULE_IDS)
      expect([id, new RegExp(`\\|\\s*\`${id.replace('.', '\\.')}\`\\s*\\|`).test(docs)]).toEqual([id, true]);
  });
  it('documents every preset', () => {
    for (const name of PRESET_NAMES) expect([name, docs.includes(`### \`${name}\``)]).toEqual([name, true]);
  });
  it("names each preset's compatibility lines (missed: a warning) under its heading", () => {
    for (const name of PRESET_NAMES) {
      const section = docs.slice(docs.indexOf(`### \`${name}\``)).split('\n### ')[0]!;
      const required = PRESETS[name]!.rules.protocols?.required ?? [];
      const line = required.length
        ? `Compatibility lines: \`protocols.required: [${required.join(', ')}]\``
        : 'No compatibility lines';
      expect([name, PRESETS[name]!.rules.cipherSuites?.required ?? []]).toEqual([name, []]);
      expect([name, section.includes(line)]).toEqual([name, true]);
    }
  });
  it('shows every policy key in the example', () => {
    const keys = (fields: typeof RULE_SECTIONS): string[] =>
      Object.entries(fields).flatMap(([key, field]) => [
        key,
        ...(field.spec.type === 'object' ? keys(field.spec.fields) : [])
      ]);
    for (const key of keys(RULE_SECTIONS))
      expect([key, new RegExp(`^\\s*${key}:`, 'm').test(docs)]).toEqual([key, true]);
  });
});
