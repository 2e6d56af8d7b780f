// Every test that produces a report checks it against the published JSON Schema, so the schema and the code
// cannot drift apart.
import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

const schemaPath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'report.schema.json');
export const REPORT_SCHEMA = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(REPORT_SCHEMA);

/** The schema's complaints about `report` (empty when valid), as "path: message" lines. */
export function reportSchemaErrors(report: unknown): string[] {
  // Validate what a consumer would read: the JSON form (undefined dropped, Dates as strings).
  const json: unknown = JSON.parse(JSON.stringify(report));
  if (validate(json)) return [];
  return (validate.errors ?? []).map(
    (error: ErrorObject) => `${error.instancePath || '/'}: ${error.message ?? ''}`
  );
}

/** Fails the test, listing every violation, when `report` does not match schema/report.schema.json. */
export function expectValidReport(report: unknown): void {
  expect(reportSchemaErrors(report)).toEqual([]);
}
