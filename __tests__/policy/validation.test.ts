// Strict validation: each broken policy is rejected with the expected message at the expected line.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../src/errors.js';
import { loadPolicy } from '../../src/policy/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const broken = path.join(here, 'fixtures', 'broken');

async function rejection(file: string): Promise<ConfigurationError> {
  try {
    await loadPolicy(file, { baseDir: broken });
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

// file, expected line, column (null: not checked), text the message must contain, and the file the error
// points into when it is not the one loaded.
const CASES: [string, number | null, number | null, string, string?][] = [
  ['unknown-top-key.yml', 2, 1, 'unknown policy key "protocol"; did you mean "protocols"?'],
  ['unknown-nested-key.yml', 4, 3, 'unknown key "min-dh-bit" in key-exchange; did you mean "min-dh-bits"?'],
  [
    'unknown-preset.yml',
    2,
    5,
    'unknown policy preset "mozilla-intermediat"; did you mean "mozilla-intermediate"?'
  ],
  [
    'unknown-cipher.yml',
    4,
    7,
    'unknown cipher suite (IANA or OpenSSL name) "ECDHE-RSA-AES128-GCM-SHA265"; did you mean "ECDHE-RSA-AES128-GCM-SHA256"?'
  ],
  ['unknown-group.yml', 2, 28, 'unknown key-exchange group "secp256r2"; did you mean "secp256r1"?'],
  ['unknown-protocol.yml', 4, 7, 'unknown protocol version "TSLv1.2"; did you mean "TLSv1.2"?'],
  [
    'wrong-type-bool.yml',
    2,
    20,
    'certificates.must-be-trusted must be true or false, not string "yes please"'
  ],
  [
    'wrong-type-number.yml',
    3,
    16,
    'certificates.expiry.warn-days must be a whole number from 0 to 3650 (or null), not string "thirty"'
  ],
  [
    'waiver-without-until.yml',
    3,
    5,
    'waivers[0] needs an until date (YYYY-MM-DD): waivers without an end date are not accepted'
  ],
  [
    'waiver-unknown-rule.yml',
    2,
    11,
    'unknown rule id "protocol.not-alowed" in waivers[0]; did you mean "protocol.not-allowed"?'
  ],
  ['unknown-class.yml', 2, 25, 'unknown cipher-suite class "no-fps"; did you mean "no-pfs"?'],
  [
    'bad-enum.yml',
    1,
    20,
    'server-preference must be one of required, forbidden, any, not string "requried"; did you mean "required"?'
  ],
  ['fraction-out-of-range.yml', 3, 20, 'certificates.expiry.warn-fraction must be a fraction from 0 to 1'],
  ['unknown-client.yml', 2, 26, 'unknown client profile "andriod-4.4"; did you mean "android-4.4"?'],
  ['not-a-mapping.yml', 1, 1, 'a policy must be a mapping of rules, not a list'],
  ['cycle-a.yml', 1, 10, 'policy files extend each other in a cycle', 'cycle-b.yml'],
  ['missing-file.yml', 1, 10, 'policy file']
];

describe('policy validation', () => {
  for (const [file, line, column, text, errorFile] of CASES) {
    it(`${file}: rejected at line ${line ?? '-'} with "${text}"`, async () => {
      const error = await rejection(file);
      expect(error.message).toContain(text);
      expect(error.file).toContain(errorFile ?? file);
      if (line !== null) expect(error.line).toBe(line);
      if (column !== null) expect(error.column).toBe(column);
    });
  }

  it('a YAML syntax error is reported with its line', async () => {
    // Written at test time: a file that is not YAML would break the repository's formatter check.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tls-gate-policy-syntax-'));
    try {
      await writeFile(path.join(dir, 'syntax.yml'), 'protocols:\n  allowed: [TLSv1.2\n  required: []\n');
      const error = await loadPolicy('syntax.yml', { baseDir: dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).message).toContain('invalid YAML: ');
      expect((error as ConfigurationError).line).toBe(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('an unknown preset given directly is rejected with a suggestion', async () => {
    await expect(loadPolicy('mozila-modern', { baseDir: broken })).rejects.toThrow(
      'unknown policy preset "mozila-modern"; did you mean "mozilla-modern"?'
    );
  });

  it('a missing policy file names the file', async () => {
    await expect(loadPolicy('./nope/policy.yml', { baseDir: broken })).rejects.toThrow(
      /policy file ".*nope\/policy\.yml" not found/
    );
  });
});
