// Resolving policies: default, presets, files with extends (later wins), inline target policies, and the
// YAML that `policy show` prints resolving to the same rules.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { load } from 'js-yaml';
import { ConfigurationError } from '../../src/errors.js';
import { loadPolicy, policyToYaml, resolveInlinePolicy } from '../../src/policy/index.js';
import { loadYamlWithPositions } from '../../src/yaml/located.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const good = path.join(here, 'fixtures', 'good');
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'tls-gate-policy-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('loadPolicy', () => {
  it('without a reference gives Mozilla intermediate with expiry, trust, hostname and chain checks', async () => {
    const policy = await loadPolicy(undefined, { baseDir: '.' });
    expect(policy).toMatchObject({
      name: 'mozilla-intermediate',
      source: 'default',
      chain: ['mozilla-intermediate']
    });
    expect(policy.rules.protocols.allowed).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(policy.rules.certificates).toMatchObject({
      expiry: { warnDays: 30, failDays: 7, warnFraction: 1 / 3, failFraction: 1 / 10, combine: 'either' },
      mustBeTrusted: true,
      hostnameMustMatch: true,
      chainMustBeComplete: true,
      chainMustBeOrdered: true
    });
  });

  it('a file layers its extends in order and its own rules last', async () => {
    const policy = await loadPolicy('team.yml', { baseDir: good });
    expect(policy.name).toBe('team'); // the file's name: key
    expect(policy.source).toBe('team.yml');
    expect(policy.chain).toEqual([
      'mozilla-intermediate',
      'cabf-validity',
      expect.stringContaining('team.yml')
    ]);
    const r = policy.rules;
    expect(r.protocols.allowed).toEqual(['TLSv1.2', 'TLSv1.3']); // from mozilla-intermediate
    expect(r.certificates.lifetimeSchedule).toHaveLength(4); // from cabf-validity
    expect(r.keyExchange.allowedGroups).toEqual(['x25519', 'secp256r1', 'secp384r1']); // own, canonical IANA names
    expect(r.certificates.expiry).toMatchObject({ warnDays: 21, failDays: 5, warnFraction: 1 / 3 }); // merged key by key
    expect(r.certificates.ocspStapling).toBe('off');
    expect(r.cipherSuites.deniedClasses).toEqual(['cbc', 'sha1-mac']);
    expect(r.severity).toEqual({ 'chain.order': 'error' });
    expect(r.waivers).toEqual([
      expect.objectContaining({
        rule: 'kex.group-not-allowed',
        targets: ['legacy.example.test'],
        until: '2027-03-31'
      })
    ]);
    expect(policy.notChecked.some((n) => n.startsWith('cabf-validity: '))).toBe(true);
  });

  it('a file extending a file: the child wins where it says something', async () => {
    const policy = await loadPolicy('./child.yml', { baseDir: good });
    expect(policy.rules.protocols).toEqual({ allowed: ['TLSv1.3'], required: ['TLSv1.3'] });
    expect(policy.rules.certificates.expiry.warnDays).toBe(21);
  });

  it('policy show output is accepted by the validator and resolves to the same rules', async () => {
    for (const ref of ['team.yml', 'mozilla-modern', 'bsi-tr-02102-2', 'cabf-validity']) {
      const policy = await loadPolicy(ref, { baseDir: good });
      const yaml = policyToYaml(policy);
      const file = path.join(tmp, `${ref.replace(/\W/g, '_')}.yml`);
      await writeFile(file, yaml);
      const again = await loadPolicy(file, { baseDir: tmp });
      // Provenance is not a rule: the saved file is the user's, so it writes every key the preset set.
      const { waivers: w1, userWritten: u1, ...rest1 } = again.rules;
      const { waivers: w2, userWritten: u2, ...rest2 } = policy.rules;
      expect(u1).toEqual(expect.arrayContaining([...u2, 'protocols.required']));
      expect(JSON.parse(JSON.stringify(rest1), roundFractions)).toEqual(
        JSON.parse(JSON.stringify(rest2), roundFractions)
      );
      expect(w1.map(({ source: _s, ...w }) => w)).toEqual(w2.map(({ source: _s, ...w }) => w));
    }
  });

  it('policy show output uses kebab-case keys and names the layers', async () => {
    const yaml = policyToYaml(await loadPolicy('mozilla-modern', { baseDir: '.' }));
    expect(yaml).toContain('# Layers, first to last: base checks, mozilla-modern');
    const doc = load(yaml) as Record<string, Record<string, unknown>>;
    expect(doc['key-exchange']!['min-ecdh-bits']).toBe(256);
    expect(doc.protocols!.allowed).toEqual(['TLSv1.3']);
  });
});

describe('resolveInlinePolicy', () => {
  const targetsYaml = [
    'targets:',
    '  - host: a.example.test',
    '    policy: mozilla-modern',
    '  - host: b.example.test',
    '    policy:',
    '      protocols:',
    '        allowed: [TLSv1.3]',
    '  - host: c.example.test',
    '    policy:',
    '      key-exchange:',
    '        min-dh-bitz: 2048',
    ''
  ].join('\n');
  const located = loadYamlWithPositions(targetsYaml, 'targets.yml');
  const value = located.value as { targets: { policy: unknown }[] };

  it('a preset name resolves like --policy', async () => {
    const policy = await resolveInlinePolicy(value.targets[0]!.policy, {
      file: 'targets.yml',
      baseDir: tmp,
      located,
      path: ['targets', 0, 'policy']
    });
    expect(policy.name).toBe('mozilla-modern');
  });

  it('inline rules start from the default policy and override it', async () => {
    const policy = await resolveInlinePolicy(value.targets[1]!.policy, {
      file: 'targets.yml',
      baseDir: tmp,
      located,
      path: ['targets', 1, 'policy']
    });
    expect(policy.source).toBe('inline (targets.yml:6)');
    expect(policy.rules.protocols.allowed).toEqual(['TLSv1.3']);
    expect(policy.rules.cipherSuites.allowed).toHaveLength(9); // still mozilla-intermediate underneath
  });

  it('a typo in inline rules is reported at its line in the targets file', async () => {
    const error = await resolveInlinePolicy(value.targets[2]!.policy, {
      file: 'targets.yml',
      baseDir: tmp,
      located,
      path: ['targets', 2, 'policy']
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).describe()).toBe(
      'targets.yml:11:9: unknown key "min-dh-bitz" in key-exchange; did you mean "min-dh-bits"?'
    );
  });
});

function roundFractions(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1e5) / 1e5 : value;
}
