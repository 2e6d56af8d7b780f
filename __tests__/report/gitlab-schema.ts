// The GitLab Code Quality report format as a JSON schema (see __tests__/fixtures/gitlab-codequality.source.md),
// compiled with Ajv.
import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const schema = JSON.parse(
  readFileSync(new URL('../fixtures/gitlab-codequality.schema.json', import.meta.url), 'utf8')
);
export const validateCodeQuality = new Ajv({ strict: true, strictRequired: false, allErrors: true }).compile(
  schema
);

export function expectValidCodeQuality(document: unknown): void {
  const valid = validateCodeQuality(document);
  expect(valid ? [] : validateCodeQuality.errors).toEqual([]);
}
