// Strict validation of a policy document: an unknown key, a wrong type or an unknown name is a usage error
// with file, line, column and, when one is close, a "did you mean". A typo must never weaken the gate.
import { ConfigurationError, describeFound } from '../errors.js';
import type { Severity } from '../model/report.js';
import type { LocatedYaml, YamlPath } from '../yaml/located.js';
import { CIPHER_CLASSES } from './model.js';
import type { LifetimeStep, PolicyLayer, Waiver } from './model.js';
import {
  canonicalClient,
  canonicalCurve,
  canonicalGroup,
  canonicalKeyType,
  canonicalProtocol,
  canonicalSignature,
  canonicalSuite,
  candidateClients,
  candidateCurves,
  candidateGroups,
  candidateKeyTypes,
  candidateProtocols,
  candidateSignatures,
  candidateSuites
} from './names.js';
import { isRuleId, RULE_IDS } from './rules.js';
import { ALL_TOP_LEVEL_KEYS, RULE_SECTIONS } from './schema.js';
import type { Field, NameKind, Spec } from './schema.js';
import { didYouMean } from './suggest.js';

/** Turns a path into a located ConfigurationError; works with or without YAML positions. */
export interface Locator {
  file: string;
  /** Error at the value of path. */
  valueError(path: YamlPath, message: string): ConfigurationError;
  /** Error at the key naming the last element of path. */
  keyError(path: YamlPath, message: string): ConfigurationError;
}

export function locatorFor(located: LocatedYaml, prefix: YamlPath = []): Locator {
  return {
    file: located.file,
    valueError: (path, message) => located.errorAt([...prefix, ...path], message),
    keyError: (path, message) => {
      const position = located.keyPositionOf([...prefix, ...path]);
      if (!position) return located.errorAt([...prefix, ...path], message);
      return new ConfigurationError(message, {
        file: located.file,
        line: position.line,
        column: position.column
      });
    }
  };
}

export function plainLocator(file: string, line?: number): Locator {
  const make = (_path: YamlPath, message: string): ConfigurationError =>
    new ConfigurationError(message, { file, line });
  return { file, valueError: make, keyError: make };
}

/** A validated policy document: what it extends, and its own rules. */
export interface PolicyDocument {
  name: string | null;
  description: string | null;
  /** Preset names or file paths, as written. */
  extends: { ref: string; path: YamlPath }[];
  rules: PolicyLayer;
}

const dotted = (path: YamlPath): string =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping';
  return describeFound(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export function validatePolicyDocument(value: unknown, at: Locator): PolicyDocument {
  if (!isPlainObject(value)) {
    throw at.valueError([], `a policy must be a mapping of rules, not ${typeName(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (!ALL_TOP_LEVEL_KEYS.includes(key)) {
      throw at.keyError([key], `unknown policy key "${key}"${didYouMean(key, ALL_TOP_LEVEL_KEYS)}`);
    }
  }
  const document: PolicyDocument = { name: null, description: null, extends: [], rules: {} };
  for (const key of ['name', 'description'] as const) {
    const text = value[key];
    if (text === undefined) continue;
    if (typeof text !== 'string')
      throw at.valueError([key], `${key} must be a string, not ${typeName(text)}`);
    document[key] = text;
  }
  const ext = value.extends;
  if (ext !== undefined) {
    const list = typeof ext === 'string' ? [ext] : ext;
    if (!Array.isArray(list)) {
      throw at.valueError(
        ['extends'],
        `extends must be a preset name, a file, or a list of them, not ${typeName(ext)}`
      );
    }
    list.forEach((ref, i) => {
      const path = typeof ext === 'string' ? ['extends'] : ['extends', i];
      if (typeof ref !== 'string' || ref.trim() === '') {
        throw at.valueError(path, `extends entries must be preset names or file paths, not ${typeName(ref)}`);
      }
      document.extends.push({ ref: ref.trim(), path });
    });
  }
  const rules: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(RULE_SECTIONS)) {
    if (value[key] === undefined) continue;
    rules[field.prop] = validateValue(value[key], field.spec, [key], at);
  }
  document.rules = rules as PolicyLayer;
  return document;
}

/** Validates only rules (no extends/name), e.g. an inline `policy:` mapping of a targets entry. */
function validateValue(value: unknown, spec: Spec, path: YamlPath, at: Locator): unknown {
  const where = dotted(path);
  switch (spec.type) {
    case 'enum': {
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        const hint = typeof value === 'string' ? didYouMean(value, spec.values) : '';
        throw at.valueError(
          path,
          `${where} must be one of ${spec.values.join(', ')}, not ${typeName(value)}${hint}`
        );
      }
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean')
        throw at.valueError(path, `${where} must be true or false, not ${typeName(value)}`);
      return value;
    case 'integer':
      if (value === null && spec.nullable) return null;
      if (
        typeof value !== 'number' ||
        !Number.isInteger(value) ||
        value < spec.min ||
        (spec.max !== undefined && value > spec.max)
      ) {
        const range = spec.max !== undefined ? `from ${spec.min} to ${spec.max}` : `of at least ${spec.min}`;
        throw at.valueError(
          path,
          `${where} must be a whole number ${range}${spec.nullable ? ' (or null)' : ''}, not ${typeName(value)}`
        );
      }
      return value;
    case 'fraction':
      if (value === null && spec.nullable) return null;
      if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
        throw at.valueError(
          path,
          `${where} must be a fraction from 0 to 1 (e.g. 0.33), not ${typeName(value)}`
        );
      }
      return value;
    case 'names':
      if (value === null && spec.nullable) return null;
      if (!Array.isArray(value)) {
        throw at.valueError(
          path,
          `${where} must be a list${spec.nullable ? ' (or null for "any")' : ''}, not ${typeName(value)}`
        );
      }
      return dedupe(value.map((item, i) => canonicalName(item, spec.kind, [...path, i], at)));
    case 'object': {
      if (!isPlainObject(value))
        throw at.valueError(path, `${where} must be a mapping, not ${typeName(value)}`);
      const out: Record<string, unknown> = {};
      const keys = Object.keys(spec.fields);
      for (const [key, item] of Object.entries(value)) {
        const field: Field | undefined = spec.fields[key];
        if (!field)
          throw at.keyError([...path, key], `unknown key "${key}" in ${where}${didYouMean(key, keys)}`);
        out[field.prop] = validateValue(item, field.spec, [...path, key], at);
      }
      return out;
    }
    case 'severity-map': {
      if (!isPlainObject(value))
        throw at.valueError(path, `${where} must map rule ids to error, warning or notice`);
      const out: Record<string, Severity> = {};
      for (const [rule, severity] of Object.entries(value)) {
        if (!isRuleId(rule))
          throw at.keyError([...path, rule], `unknown rule id "${rule}"${didYouMean(rule, RULE_IDS)}`);
        if (severity !== 'error' && severity !== 'warning' && severity !== 'notice') {
          throw at.valueError(
            [...path, rule],
            `${where}.${rule} must be error, warning or notice, not ${typeName(severity)}`
          );
        }
        out[rule] = severity;
      }
      return out;
    }
    case 'schedule':
      return validateSchedule(value, path, at);
    case 'waivers':
      return validateWaivers(value, path, at);
  }
}

function dedupe<T>(items: T[]): T[] {
  return [...new Set(items)];
}

const NAME_KINDS: Record<
  NameKind,
  { what: string; canonical: (s: string) => string | null; candidates: () => readonly string[] }
> = {
  protocol: { what: 'protocol version', canonical: canonicalProtocol, candidates: candidateProtocols },
  cipher: {
    what: 'cipher suite (IANA or OpenSSL name)',
    canonical: canonicalSuite,
    candidates: candidateSuites
  },
  'cipher-class': {
    what: 'cipher-suite class',
    canonical: (s) => ((CIPHER_CLASSES as readonly string[]).includes(s) ? s : null),
    candidates: () => CIPHER_CLASSES
  },
  group: { what: 'key-exchange group', canonical: canonicalGroup, candidates: candidateGroups },
  'key-type': { what: 'key type', canonical: canonicalKeyType, candidates: candidateKeyTypes },
  curve: { what: 'certificate curve', canonical: canonicalCurve, candidates: candidateCurves },
  signature: { what: 'signature algorithm', canonical: canonicalSignature, candidates: candidateSignatures },
  client: { what: 'client profile', canonical: canonicalClient, candidates: candidateClients }
};

function canonicalName(item: unknown, kind: NameKind, path: YamlPath, at: Locator): string {
  const info = NAME_KINDS[kind];
  if (typeof item !== 'string')
    throw at.valueError(path, `${dotted(path)} must be a ${info.what}, not ${typeName(item)}`);
  const canonical = info.canonical(item);
  if (canonical === null) {
    throw at.valueError(path, `unknown ${info.what} "${item}"${didYouMean(item, info.candidates())}`);
  }
  return canonical;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** YAML dates arrive as Date (js-yaml timestamps) or strings; both become ISO text. */
function dateText(value: unknown): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (DATE_ONLY.test(text) ? Number.isNaN(Date.parse(`${text}T00:00:00Z`)) : Number.isNaN(Date.parse(text)))
      return null;
    if (!DATE_ONLY.test(text) && !/^\d{4}-\d{2}-\d{2}T/.test(text)) return null;
    return text;
  }
  return null;
}

function validateSchedule(value: unknown, path: YamlPath, at: Locator): LifetimeStep[] | null {
  if (value === null) return null;
  if (!Array.isArray(value) || value.length === 0) {
    throw at.valueError(
      path,
      `${dotted(path)} must be a list of { from: YYYY-MM-DD, max-days: N } (or null)`
    );
  }
  const steps = value.map((step, i) => {
    const here = [...path, i];
    if (!isPlainObject(step))
      throw at.valueError(here, `${dotted(here)} must be a mapping { from, max-days }`);
    for (const key of Object.keys(step)) {
      if (key !== 'from' && key !== 'max-days') {
        throw at.keyError(
          [...here, key],
          `unknown key "${key}" in ${dotted(here)}${didYouMean(key, ['from', 'max-days'])}`
        );
      }
    }
    const from = dateText(step.from);
    if (from === null || !DATE_ONLY.test(from))
      throw at.valueError([...here, 'from'], `${dotted(here)}.from must be a date YYYY-MM-DD`);
    const maxDays = step['max-days'];
    if (typeof maxDays !== 'number' || !Number.isInteger(maxDays) || maxDays < 1) {
      throw at.valueError(
        [...here, 'max-days'],
        `${dotted(here)}.max-days must be a whole number of days of at least 1`
      );
    }
    return { from, maxDays };
  });
  return steps.sort((a, b) => a.from.localeCompare(b.from));
}

/** Rules evaluated elsewhere (src/clients, resumption) may be waived by prefix. */
const EXTERNAL_RULE_PREFIXES = ['client.', 'clients.', 'resumption.'];

function validWaiverRule(rule: string): boolean {
  if (isRuleId(rule)) return true;
  if (rule.endsWith('.*')) {
    const prefix = rule.slice(0, -1);
    return RULE_IDS.some((id) => id.startsWith(prefix)) || EXTERNAL_RULE_PREFIXES.includes(prefix);
  }
  return EXTERNAL_RULE_PREFIXES.some((prefix) => rule.startsWith(prefix) && rule.length > prefix.length);
}

function validateWaivers(value: unknown, path: YamlPath, at: Locator): Waiver[] {
  if (!Array.isArray(value)) throw at.valueError(path, `waivers must be a list, not ${typeName(value)}`);
  const keys = ['rule', 'targets', 'reason', 'until'];
  return value.map((entry, i) => {
    const here = [...path, i];
    if (!isPlainObject(entry))
      throw at.valueError(here, `waivers[${i}] must be a mapping with rule, reason and until`);
    for (const key of Object.keys(entry)) {
      if (!keys.includes(key))
        throw at.keyError([...here, key], `unknown key "${key}" in waivers[${i}]${didYouMean(key, keys)}`);
    }
    const rule = entry.rule;
    if (typeof rule !== 'string' || rule.trim() === '')
      throw at.valueError(here, `waivers[${i}] needs a rule (a rule id such as cipher.not-allowed)`);
    if (!validWaiverRule(rule))
      throw at.valueError(
        [...here, 'rule'],
        `unknown rule id "${rule}" in waivers[${i}]${didYouMean(rule, RULE_IDS)}`
      );
    const reason = entry.reason;
    if (typeof reason !== 'string' || reason.trim() === '')
      throw at.valueError(here, `waivers[${i}] needs a reason: say why the exception is granted`);
    if (entry.until === undefined || entry.until === null) {
      throw at.valueError(
        here,
        `waivers[${i}] needs an until date (YYYY-MM-DD): waivers without an end date are not accepted`
      );
    }
    const until = dateText(entry.until);
    if (until === null)
      throw at.valueError(
        [...here, 'until'],
        `waivers[${i}].until must be a date YYYY-MM-DD or an ISO 8601 timestamp`
      );
    let targets: string[] | null = null;
    if (entry.targets !== undefined) {
      const list = typeof entry.targets === 'string' ? [entry.targets] : entry.targets;
      if (!Array.isArray(list) || list.some((t) => typeof t !== 'string' || t === '')) {
        throw at.valueError([...here, 'targets'], `waivers[${i}].targets must be a list of target names`);
      }
      targets = list as string[];
    }
    return { rule: rule.trim(), targets, reason: reason.trim(), until, source: at.file };
  });
}
