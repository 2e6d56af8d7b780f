// The official SARIF 2.1.0 schema (see __tests__/fixtures/sarif-schema-2.1.0.source.md) compiled with Ajv.
// It is draft-04; Ajv reads it as draft-07 once its top-level id is spelled $id.

import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

const schema = JSON.parse(
  readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')
);
schema.$id = schema.id;
delete schema.id;
delete schema.$schema;
const ajv = new Ajv({ strict: false, allErrors: true });
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
(addFormats as unknown as (a: Ajv) => void)(ajv);
export const validateSarif = ajv.compile(schema);

export function expectValidSarif(document: unknown): void {
  const valid = validateSarif(document);
  expect(valid ? [] : validateSarif.errors).toEqual([]);
}
