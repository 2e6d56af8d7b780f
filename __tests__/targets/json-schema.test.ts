// schema/targets.schema.json, for editors: held to the loader (src/targets/file.ts). It names exactly the keys
// the loader knows, accepts what the loader accepts, and refuses what the loader refuses for its structure.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { load } from 'js-yaml';
import { ENTRY_KEYS } from '../../src/targets/file.js';
import { resolveInlinePolicy } from '../../src/policy/index.js';
import { parseTargetsFile } from '../../src/targets/index.js';

const schema = JSON.parse(readFileSync('schema/targets.schema.json', 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addSchema(JSON.parse(readFileSync('schema/policy.schema.json', 'utf8')), 'policy.schema.json');
const validate = ajv.compile(schema);
const PIN = 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=';

it('names exactly the keys of a targets entry that the loader knows', () => {
  expect(Object.keys(schema.$defs.entry.properties).sort()).toEqual([...ENTRY_KEYS].sort());
});

describe('accepts what the loader accepts', () => {
  it.each([
    ['a list of strings', '- api.example.com\n- shop.example.com:8443\n'],
    ['a targets mapping', 'targets:\n  - host: api.example.com\n    port: 8443\n'],
    [
      'every key',
      `- host: api.example.com\n  port: 443\n  name: api\n  address: 10.0.0.12\n  addresses: [10.0.0.12, 10.0.0.13]\n  sni: false\n  policy: mozilla-modern\n  expect:\n    issuer: Example CA\n    spkiSha256: ${PIN}\n`
    ],
    ['a STARTTLS target', '- host: mail.example.com\n  starttls: smtp\n'],
    ['a STARTTLS URL', '- smtp://mail.example.com\n'],
    ['an address selection', '- host: a.example\n  addresses: ipv6\n'],
    ['an inline policy', '- host: a.example\n  policy:\n    protocols:\n      allowed: [TLSv1.3]\n']
  ])('%s', (_name, text) => {
    expect(() => parseTargetsFile(text, 'targets.yml')).not.toThrow();
    validate(load(text));
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe('refuses what the loader refuses for its structure', () => {
  it.each([
    ['an unknown key', '- host: a.example\n  prot: 443\n'],
    ['a port out of range', '- host: a.example\n  port: 70000\n'],
    ['a port as text', '- host: a.example\n  port: "443"\n'],
    ['no host', '- port: 443\n'],
    ['an empty list', '[]\n'],
    ['an unknown top-level key', 'targets: [a.example]\nhosts: [b.example]\n'],
    ['a bad pin', '- host: a.example\n  expect:\n    spkiSha256: abc\n'],
    ['an unknown STARTTLS protocol', '- host: mail.example.com\n  starttls: smtps\n'],
    ['an unknown address selection', '- host: a.example\n  addresses: some\n'],
    ['sni: true', '- host: a.example\n  sni: true\n']
  ])('%s', (_name, text) => {
    expect(() => parseTargetsFile(text, 'targets.yml')).toThrow();
    expect(validate(load(text))).toBe(false);
  });
});

it('refuses an unknown key of an inline policy, which the run refuses when it resolves the policy', async () => {
  const text = '- host: a.example\n  policy:\n    protocol:\n      allowed: [TLSv1.3]\n';
  const [target] = parseTargetsFile(text, 'targets.yml');
  await expect(resolveInlinePolicy(target!.policy, { file: 'targets.yml', baseDir: '.' })).rejects.toThrow(
    /unknown policy key "protocol"/
  );
  expect(validate(load(text))).toBe(false);
});
