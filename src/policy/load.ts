// Resolving a policy reference (preset name, YAML file, or inline mapping) into the rules in force:
// base checks, then each `extends` in order, then the document's own rules; later layers win.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { dump } from 'js-yaml';
import { ConfigurationError } from '../errors.js';
import { InputFileError, readInputFile } from '../input-files.js';
import { loadYamlWithPositions } from '../yaml/located.js';
import type { LocatedYaml, YamlPath } from '../yaml/located.js';
import type { PolicyLayer, PolicyRules, ResolvedPolicy } from './model.js';
import { baseRules, DEFAULT_PRESET, PRESET_NAMES, PRESETS } from './presets/index.js';
import { RULE_SECTIONS } from './schema.js';
import type { Field, Spec } from './schema.js';
import { didYouMean } from './suggest.js';
import { locatorFor, plainLocator, validatePolicyDocument } from './validate.js';
import type { Locator, PolicyDocument } from './validate.js';

/** Layers resolved so far, with what they contribute to the report. */
interface Resolution {
  /** The `name:` of the document resolved last, if it has one. */
  documentName?: string;
  chain: string[];
  layers: PolicyLayer[];
  /** Who wrote each layer, in the order of `layers`. */
  origins: LayerOrigin[];
  notChecked: string[];
}

/** Deep copy of plain data (policies are JSON-shaped). */
function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)])) as T;
  }
  return value;
}

/** Who wrote a layer: a built-in preset, or the user (a policy file, an inline policy, code that merges one). */
export type LayerOrigin = 'preset' | 'user';

/** The `section.prop` keys a layer sets (`protocols.required`), for provenance. */
function layerKeys(layer: PolicyLayer): string[] {
  return Object.entries(layer as Record<string, unknown>).flatMap(([key, value]) => {
    if (value === undefined || key === 'userWritten') return [];
    if (typeof value !== 'object' || value === null || Array.isArray(value) || key === 'severity')
      return [key];
    return Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .map(([prop]) => `${key}.${prop}`);
  });
}

/** The user-written keys after a layer: the user's layer adds its keys, a preset's layer takes them back. */
function provenanceAfter(rules: PolicyRules, layer: PolicyLayer, origin: LayerOrigin): string[] {
  const keys = layerKeys(layer);
  const kept = rules.userWritten.filter((key) => !keys.includes(key));
  return origin === 'user' ? [...kept, ...keys] : kept;
}

/** Applies one layer on top of rules (a fresh object; the input is not changed). */
export function mergeLayer(
  rules: PolicyRules,
  layer: PolicyLayer,
  origin: LayerOrigin = 'user'
): PolicyRules {
  const out = clone(rules) as unknown as Record<string, unknown>;
  out.userWritten = provenanceAfter(rules, layer, origin);
  for (const [key, value] of Object.entries(layer as Record<string, unknown>)) {
    if (value === undefined || key === 'userWritten') continue;
    if (key === 'waivers') {
      out.waivers = [...(out.waivers as unknown[]), ...(value as unknown[])];
    } else if (key === 'severity') {
      out.severity = { ...(out.severity as object), ...(value as object) };
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const section = out[key] as Record<string, unknown>;
      for (const [prop, item] of Object.entries(value as Record<string, unknown>)) {
        if (item === undefined) continue;
        if (prop === 'expiry') section.expiry = { ...(section.expiry as object), ...(item as object) };
        else section[prop] = clone(item);
      }
    } else {
      out[key] = clone(value);
    }
  }
  return out as unknown as PolicyRules;
}

function finish(name: string, source: string, resolution: Resolution): ResolvedPolicy {
  let rules = baseRules();
  resolution.layers.forEach((layer, i) => {
    rules = mergeLayer(rules, layer, resolution.origins[i]!);
  });
  return { name, source, chain: resolution.chain, rules, notChecked: [...new Set(resolution.notChecked)] };
}

function presetResolution(name: string, seen: string[]): Resolution {
  const preset = PRESETS[name]!;
  if (seen.includes(`preset:${name}`))
    throw new ConfigurationError(
      `policy presets extend each other in a cycle: ${[...seen, name].join(' -> ')}`
    );
  const resolution: Resolution = { chain: [], layers: [], origins: [], notChecked: [] };
  for (const parent of preset.extends ?? [])
    append(resolution, presetResolution(parent, [...seen, `preset:${name}`]));
  resolution.chain.push(name);
  resolution.layers.push(preset.rules);
  resolution.origins.push('preset');
  resolution.notChecked.push(...preset.notChecked.map((note) => `${name}: ${note}`));
  return resolution;
}

function append(into: Resolution, from: Resolution): void {
  into.chain.push(...from.chain);
  into.layers.push(...from.layers);
  into.origins.push(...from.origins);
  into.notChecked.push(...from.notChecked);
}

const looksLikeFile = (ref: string): boolean => /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);

async function readPolicyFile(
  file: string,
  shown: string,
  at?: { locator: Locator; path: YamlPath }
): Promise<LocatedYaml> {
  let text: string;
  try {
    text = await readInputFile(file, 'policy file', shown);
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    const why = error.problem === 'missing' ? 'not found' : error.reason;
    const message = `policy file "${shown}" ${why} (presets: ${PRESET_NAMES.join(', ')})`;
    throw at ? at.locator.valueError(at.path, message) : new ConfigurationError(message);
  }
  return loadYamlWithPositions(text, shown);
}

/**
 * Says why a policy file may not be read (the action: it is outside the workspace), or null when it may. Asked
 * for the file named by the reference and for every file it `extends`, before any is read.
 */
export type PolicyFileGuard = (file: string) => string | null;

/** A reference in `extends`, --policy or a targets entry: preset or file (relative to baseDir). */
async function resolveRef(
  ref: string,
  baseDir: string,
  seen: string[],
  at?: { locator: Locator; path: YamlPath },
  guard?: PolicyFileGuard
): Promise<Resolution> {
  if (PRESETS[ref]) return presetResolution(ref, seen);
  const file = path.resolve(baseDir, ref);
  const refusal = guard?.(file);
  if (refusal) {
    const message = `policy file ${JSON.stringify(ref)} ${refusal}`;
    throw at ? at.locator.valueError(at.path, message) : new ConfigurationError(message);
  }
  if (!looksLikeFile(ref)) {
    // Not a preset; a file by that name is still accepted, but a typo of a preset is what it usually is.
    // Only whether something is there: readPolicyFile reads it, bounded, and says what is wrong with it.
    try {
      await stat(file);
    } catch {
      const message = `unknown policy preset "${ref}"${didYouMean(ref, PRESET_NAMES)} (presets: ${PRESET_NAMES.join(', ')}; or give a .yml file)`;
      throw at ? at.locator.valueError(at.path, message) : new ConfigurationError(message);
    }
  }
  if (seen.includes(file)) {
    const message = `policy files extend each other in a cycle: ${[...seen, file].map((f) => path.relative(baseDir, f) || f).join(' -> ')}`;
    throw at ? at.locator.valueError(at.path, message) : new ConfigurationError(message);
  }
  const shown = path.isAbsolute(ref) ? ref : path.relative(process.cwd(), file) || ref;
  const located = await readPolicyFile(file, shown, at);
  const document = validatePolicyDocument(located.value, locatorFor(located));
  return documentResolution(document, path.dirname(file), [...seen, file], locatorFor(located), shown, guard);
}

async function documentResolution(
  document: PolicyDocument,
  baseDir: string,
  seen: string[],
  locator: Locator,
  label: string,
  guard?: PolicyFileGuard
): Promise<Resolution> {
  const resolution: Resolution = { chain: [], layers: [], origins: [], notChecked: [] };
  for (const parent of document.extends) {
    append(resolution, await resolveRef(parent.ref, baseDir, seen, { locator, path: parent.path }, guard));
  }
  resolution.chain.push(label);
  resolution.layers.push(document.rules);
  resolution.origins.push('user');
  if (document.name) resolution.documentName = document.name;
  return resolution;
}

/**
 * The policy in force for `ref`: undefined = the default (Mozilla intermediate plus expiry, trust, hostname and
 * chain checks), a preset name, or a YAML file (relative to baseDir). `guard` may refuse any file of the chain.
 */
export async function loadPolicy(
  ref: string | undefined,
  options: { baseDir: string; guard?: PolicyFileGuard }
): Promise<ResolvedPolicy> {
  if (ref === undefined || ref.trim() === '') {
    return finish(DEFAULT_PRESET, 'default', presetResolution(DEFAULT_PRESET, []));
  }
  const trimmed = ref.trim();
  const resolution = await resolveRef(trimmed, options.baseDir, [], undefined, options.guard);
  return finish(resolution.documentName ?? trimmed, PRESETS[trimmed] ? 'preset' : trimmed, resolution);
}

/** Where an inline `policy:` value was written (a targets-file entry). */
export interface InlinePolicyLocation {
  /** The targets file (for messages) and the directory file references are relative to. */
  file: string;
  baseDir: string;
  /** With positions: the targets file and the path of the `policy` value inside it. */
  located?: LocatedYaml;
  path?: YamlPath;
  line?: number;
}

/**
 * A targets-file entry's `policy`: a preset name, a file, or a mapping of rules (which may `extends`). An inline
 * mapping without `extends` starts from the default policy, so a target never loses the base checks by
 * overriding one rule.
 */
export async function resolveInlinePolicy(
  value: unknown,
  where: InlinePolicyLocation
): Promise<ResolvedPolicy> {
  const locator = where.located
    ? locatorFor(where.located, where.path ?? [])
    : plainLocator(where.file, where.line);
  const line = where.located?.positionOf(where.path ?? [])?.line ?? where.line;
  if (typeof value === 'string') {
    try {
      return await loadPolicy(value, { baseDir: where.baseDir });
    } catch (error) {
      if (error instanceof ConfigurationError && !error.file) throw locator.valueError([], error.message);
      throw error;
    }
  }
  const document = validatePolicyDocument(value, locator);
  const label = `inline (${where.file}${line !== undefined ? `:${line}` : ''})`;
  if (document.extends.length === 0) document.extends.push({ ref: DEFAULT_PRESET, path: [] });
  const resolution = await documentResolution(document, where.baseDir, [], locator, label);
  return finish(document.name ?? label, label, resolution);
}

// ---- policy show ----

const roundFraction = (n: number): number => Math.round(n * 1e6) / 1e6;

function toYamlValue(value: unknown, spec: Spec): unknown {
  if (value === null || value === undefined) return null;
  switch (spec.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(spec.fields) as [string, Field][]) {
        out[key] = toYamlValue((value as Record<string, unknown>)[field.prop], field.spec);
      }
      return out;
    }
    case 'fraction':
      return roundFraction(value as number);
    case 'schedule':
      return (value as { from: string; maxDays: number }[]).map((s) => ({
        from: s.from,
        'max-days': s.maxDays
      }));
    case 'waivers':
      return (value as { rule: string; targets: string[] | null; reason: string; until: string }[]).map(
        (w) => ({
          rule: w.rule,
          ...(w.targets ? { targets: w.targets } : {}),
          reason: w.reason,
          until: w.until
        })
      );
    default:
      return clone(value);
  }
}

/** The resolved policy as a YAML document that `policy check` accepts and that resolves to the same rules. */
export function policyToYaml(policy: ResolvedPolicy): string {
  const document: Record<string, unknown> = { name: policy.name };
  for (const [key, field] of Object.entries(RULE_SECTIONS)) {
    document[key] = toYamlValue((policy.rules as unknown as Record<string, unknown>)[field.prop], field.spec);
  }
  const header = [
    `# Resolved policy "${policy.name}" (source: ${policy.source})`,
    `# Layers, first to last: base checks, ${policy.chain.join(', ')}`,
    ...(policy.notChecked.length
      ? ['# Not checked by a TLS scan:', ...policy.notChecked.map((note) => `#  - ${note}`)]
      : [])
  ];
  return `${header.join('\n')}\n${dump(document, { lineWidth: 110, noRefs: true })}`;
}
