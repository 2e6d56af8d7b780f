// docs/policy.md is the user documentation of the policy language: it must name every rule id and preset.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { PRESET_NAMES, RULE_IDS } from '../../src/policy/index.js';
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
