// The policy YAML language: every key a policy file may use (kebab-case), the property it sets in the
// resolved rules (camelCase) and what its value must be. validate.ts walks a document against this table;
// policyToYaml walks it the other way; docs/policy.md describes it.
import { CIPHER_CLASSES } from './model.js';

export type NameKind =
  'protocol' | 'cipher' | 'cipher-class' | 'group' | 'key-type' | 'curve' | 'signature' | 'client';

export type Spec =
  | { type: 'enum'; values: readonly string[] }
  | { type: 'boolean' }
  | { type: 'integer'; min: number; max?: number; nullable?: boolean }
  | { type: 'fraction'; nullable?: boolean }
  | { type: 'names'; kind: NameKind; nullable?: boolean }
  | { type: 'object'; fields: Readonly<Record<string, Field>> }
  | { type: 'severity-map' }
  | { type: 'schedule' }
  | { type: 'waivers' };

export interface Field {
  /** camelCase property in PolicyRules. */
  prop: string;
  spec: Spec;
}

const f = (prop: string, spec: Spec): Field => ({ prop, spec });
const TARGET_SEVERITY = { type: 'enum', values: ['error', 'warning', 'ignore'] } as const;
const RESUMPTION = { type: 'enum', values: ['required', 'forbidden', 'any'] } as const;

/** Rule sections of a policy document. */
export const RULE_SECTIONS: Readonly<Record<string, Field>> = {
  protocols: f('protocols', {
    type: 'object',
    fields: {
      allowed: f('allowed', { type: 'names', kind: 'protocol', nullable: true }),
      required: f('required', { type: 'names', kind: 'protocol' })
    }
  }),
  'cipher-suites': f('cipherSuites', {
    type: 'object',
    fields: {
      allowed: f('allowed', { type: 'names', kind: 'cipher', nullable: true }),
      denied: f('denied', { type: 'names', kind: 'cipher' }),
      'denied-classes': f('deniedClasses', { type: 'names', kind: 'cipher-class' }),
      required: f('required', { type: 'names', kind: 'cipher' })
    }
  }),
  'server-preference': f('serverPreference', { type: 'enum', values: ['required', 'forbidden', 'any'] }),
  'key-exchange': f('keyExchange', {
    type: 'object',
    fields: {
      'allowed-groups': f('allowedGroups', { type: 'names', kind: 'group', nullable: true }),
      'min-dh-bits': f('minDhBits', { type: 'integer', min: 0, max: 16384, nullable: true }),
      'min-ecdh-bits': f('minEcdhBits', { type: 'integer', min: 0, max: 1024, nullable: true })
    }
  }),
  certificates: f('certificates', {
    type: 'object',
    fields: {
      expiry: f('expiry', {
        type: 'object',
        fields: {
          'warn-days': f('warnDays', { type: 'integer', min: 0, max: 3650, nullable: true }),
          'fail-days': f('failDays', { type: 'integer', min: 0, max: 3650, nullable: true }),
          'warn-fraction': f('warnFraction', { type: 'fraction', nullable: true }),
          'fail-fraction': f('failFraction', { type: 'fraction', nullable: true }),
          combine: f('combine', { type: 'enum', values: ['either', 'both'] })
        }
      }),
      'max-lifetime-days': f('maxLifetimeDays', { type: 'integer', min: 1, max: 36500, nullable: true }),
      'lifetime-schedule': f('lifetimeSchedule', { type: 'schedule' }),
      'lifetime-for-private-ca': f('lifetimeForPrivateCa', { type: 'boolean' }),
      'allowed-key-types': f('allowedKeyTypes', { type: 'names', kind: 'key-type', nullable: true }),
      'min-rsa-bits': f('minRsaBits', { type: 'integer', min: 0, max: 16384, nullable: true }),
      'min-ec-bits': f('minEcBits', { type: 'integer', min: 0, max: 1024, nullable: true }),
      'allowed-curves': f('allowedCurves', { type: 'names', kind: 'curve', nullable: true }),
      'allowed-signature-algorithms': f('allowedSignatureAlgorithms', {
        type: 'names',
        kind: 'signature',
        nullable: true
      }),
      'must-be-trusted': f('mustBeTrusted', { type: 'boolean' }),
      'hostname-must-match': f('hostnameMustMatch', { type: 'boolean' }),
      'chain-must-be-complete': f('chainMustBeComplete', { type: 'boolean' }),
      'chain-must-be-ordered': f('chainMustBeOrdered', { type: 'boolean' }),
      'ocsp-stapling': f('ocspStapling', { type: 'enum', values: ['required', 'if-responder', 'off'] })
    }
  }),
  targets: f('targets', {
    type: 'object',
    fields: {
      unreachable: f('unreachable', TARGET_SEVERITY),
      'not-tls': f('notTls', TARGET_SEVERITY),
      error: f('error', TARGET_SEVERITY)
    }
  }),
  clients: f('clients', {
    type: 'object',
    fields: {
      'must-connect': f('mustConnect', { type: 'names', kind: 'client' }),
      'must-not-connect': f('mustNotConnect', { type: 'names', kind: 'client' })
    }
  }),
  resumption: f('resumption', {
    type: 'object',
    fields: {
      'session-id': f('sessionId', RESUMPTION),
      tickets: f('tickets', RESUMPTION),
      'across-addresses': f('acrossAddresses', RESUMPTION)
    }
  }),
  http: f('http', {
    type: 'object',
    fields: {
      'hsts-min-max-age': f('hstsMinMaxAge', { type: 'integer', min: 0, max: 1_000_000_000, nullable: true })
    }
  }),
  severity: f('severity', { type: 'severity-map' }),
  waivers: f('waivers', { type: 'waivers' })
};

/** Keys of a policy document that are not rules. */
export const DOCUMENT_KEYS = ['extends', 'name', 'description'] as const;

export const ALL_TOP_LEVEL_KEYS: readonly string[] = [...DOCUMENT_KEYS, ...Object.keys(RULE_SECTIONS)];

export { CIPHER_CLASSES };
