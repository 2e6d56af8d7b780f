// schema/policy.schema.json: generated from the table the loader validates against (src/policy/json-schema.ts),
// committed for editors, and held to the loader here: what the loader accepts the schema accepts, and what the
// loader refuses for its structure (a key, a type, a range, an enum) the schema refuses too. Names with several
// spellings are left to `tls-gate policy check` (see json-schema.ts). Regenerate with `npm run gen:schemas`.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { load } from 'js-yaml';
import { loadPolicy, policyJsonSchema, policyToYaml, PRESET_NAMES } from '../../src/policy/index.js';

const COMMITTED = 'schema/policy.schema.json';
const generated = policyJsonSchema();
if (process.env.UPDATE_SCHEMAS === '1') {
  const prettier = await import('prettier');
  const options = { ...(await prettier.resolveConfig(COMMITTED)), filepath: COMMITTED };
  writeFileSync(COMMITTED, await prettier.format(JSON.stringify(generated), options));
}

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(
  JSON.parse(readFileSync(COMMITTED, 'utf8'))
);
const FIXTURES = '__tests__/policy/fixtures';
/** YAML as an editor's schema validation sees it (dates as text). */
const yamlDocument = (text: string): unknown => JSON.parse(JSON.stringify(load(text)));

it('is the committed file, generated from the loader table (npm run gen:schemas)', () => {
  expect(JSON.parse(readFileSync(COMMITTED, 'utf8'))).toEqual(generated);
});

describe('accepts what the loader accepts', () => {
  it.each(readdirSync(join(FIXTURES, 'good')))('fixture %s', (file) => {
    validate(yamlDocument(readFileSync(join(FIXTURES, 'good', file), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
  });

  it.each(PRESET_NAMES)('preset %s, written out as YAML by `policy show`', async (name) => {
    validate(yamlDocument(policyToYaml(await loadPolicy(name, { baseDir: '.' }))));
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe('refuses what the loader refuses for its structure', () => {
  const structural = [
    'bad-enum.yml',
    'fraction-out-of-range.yml',
    'not-a-mapping.yml',
    'unknown-class.yml',
    'unknown-nested-key.yml',
    'unknown-top-key.yml',
    'unknown-client.yml',
    'waiver-without-until.yml',
    'wrong-type-bool.yml',
    'wrong-type-number.yml'
  ];
  it.each(structural)('fixture %s', async (file) => {
    const path = join(FIXTURES, 'broken', file);
    await expect(loadPolicy(path, { baseDir: '.' })).rejects.toThrow();
    expect(validate(yamlDocument(readFileSync(path, 'utf8')))).toBe(false);
  });
});
