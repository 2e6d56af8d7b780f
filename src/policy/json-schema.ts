// The JSON Schema of a policy file (schema/policy.schema.json), generated from the same table validate.ts walks
// (schema.ts), so an editor (yaml-language-server, VS Code) checks and completes what tls-gate accepts. Names
// (protocols, suites, groups, curves...) are accepted by tls-gate in several spellings (TLSv1.2, tls1.2; IANA or
// OpenSSL suite names), so the schema offers the canonical ones for completion (`examples`) and leaves the final
// word on a name to `tls-gate policy check`; every structure, type, range and key is checked exactly.
import type { NameKind, Spec } from './schema.js';
import { DOCUMENT_KEYS, RULE_SECTIONS, type Field } from './schema.js';
import {
  candidateClients,
  candidateCurves,
  candidateGroups,
  candidateKeyTypes,
  candidateProtocols,
  candidateSignatures
} from './names.js';
import { CIPHER_CLASSES } from './model.js';
import { RULE_IDS } from './rules.js';
import { PRESET_NAMES } from './presets/index.js';

type JsonSchema = Record<string, unknown>;

const NAME_SCHEMAS: Record<NameKind, () => JsonSchema> = {
  protocol: () => ({ type: 'string', examples: candidateProtocols() }),
  cipher: () => ({
    type: 'string',
    minLength: 1,
    description:
      'an IANA or OpenSSL cipher suite name, e.g. TLS_AES_128_GCM_SHA256 or ECDHE-RSA-AES128-GCM-SHA256'
  }),
  'cipher-class': () => ({ enum: [...CIPHER_CLASSES] }),
  group: () => ({ type: 'string', examples: unique(candidateGroups()) }),
  'key-type': () => ({ type: 'string', examples: candidateKeyTypes() }),
  curve: () => ({ type: 'string', examples: unique(candidateCurves()) }),
  signature: () => ({ type: 'string', examples: unique(candidateSignatures()) }),
  client: () => ({ enum: candidateClients() })
};

const unique = (items: readonly string[]): string[] => [...new Set(items)];

const nullable = (schema: JsonSchema, allowNull: boolean | undefined): JsonSchema =>
  allowNull ? { anyOf: [schema, { type: 'null' }] } : schema;

/** A date as YAML gives it (a timestamp) or as text: the schema sees text. */
const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}' };

function specSchema(spec: Spec): JsonSchema {
  switch (spec.type) {
    case 'enum':
      return { enum: [...spec.values] };
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
      return nullable(
        { type: 'integer', minimum: spec.min, ...(spec.max !== undefined ? { maximum: spec.max } : {}) },
        spec.nullable
      );
    case 'fraction':
      return nullable({ type: 'number', minimum: 0, maximum: 1 }, spec.nullable);
    case 'names':
      return nullable({ type: 'array', items: NAME_SCHEMAS[spec.kind]() }, spec.nullable);
    case 'object':
      return objectSchema(spec.fields);
    case 'severity-map':
      return {
        type: 'object',
        propertyNames: { enum: [...RULE_IDS] },
        additionalProperties: { enum: ['error', 'warning', 'notice'] }
      };
    case 'schedule':
      return nullable(
        {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['from', 'max-days'],
            additionalProperties: false,
            properties: { from: DATE, 'max-days': { type: 'integer', minimum: 1 } }
          }
        },
        true
      );
    case 'waivers':
      return {
        type: 'array',
        items: {
          type: 'object',
          required: ['rule', 'reason', 'until'],
          additionalProperties: false,
          properties: {
            rule: { type: 'string', minLength: 1, description: 'a rule id, or a prefix ending in .*' },
            targets: {
              anyOf: [
                { type: 'string', minLength: 1 },
                { type: 'array', items: { type: 'string', minLength: 1 } }
              ]
            },
            reason: { type: 'string', minLength: 1 },
            until: DATE
          }
        }
      };
  }
}

function objectSchema(fields: Readonly<Record<string, Field>>): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      Object.entries(fields).map(([key, field]) => [key, specSchema(field.spec)])
    )
  };
}

/** The rules a policy may hold: the whole document less its own keys (also a targets entry's inline `policy`). */
export function policyRulesJsonSchema(): JsonSchema {
  return objectSchema(RULE_SECTIONS);
}

export function policyJsonSchema(): JsonSchema {
  const rules = policyRulesJsonSchema();
  const reference = { type: 'string', minLength: 1, examples: [...PRESET_NAMES] };
  const documentKeys: Record<(typeof DOCUMENT_KEYS)[number], JsonSchema> = {
    extends: {
      description: 'a preset name or a policy file (relative to this one), or a list of them',
      anyOf: [reference, { type: 'array', items: reference }]
    },
    name: { type: 'string' },
    description: { type: 'string' }
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/tls-gate/tls-gate/schema/policy.schema.json',
    title: 'tls-gate policy',
    description:
      'A tls-gate policy file (docs/policy.md). Generated from src/policy/schema.ts; `tls-gate policy check FILE` is the final word on names.',
    type: 'object',
    additionalProperties: false,
    properties: { ...documentKeys, ...(rules.properties as JsonSchema) }
  };
}
