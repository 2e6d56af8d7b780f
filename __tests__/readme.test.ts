// The README is part of the interface: its rule table and its example policy must match the code.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULE_IDS, loadPolicy } from '../src/policy/index.js';
import { parseTargetsFile } from '../src/targets/index.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('documents every rule id the policy can produce', () => {
    const documented = new Set([...readme.matchAll(/^\| `([A-Za-z0-9.-]+)`/gm)].map((match) => match[1]));
    const missing = [...RULE_IDS].filter((id) => !documented.has(id));
    expect(missing).toEqual([]);
  });

  it('shows an example policy that validates', async () => {
    const start = readme.indexOf('extends: [mozilla-intermediate]');
    expect(start).toBeGreaterThan(0);
    const example = readme.slice(start, readme.indexOf('```', start));
    const dir = mkdtempSync(join(tmpdir(), 'tls-gate-readme-'));
    try {
      writeFileSync(join(dir, 'policy.yml'), example);
      const policy = await loadPolicy('policy.yml', { baseDir: dir });
      expect(policy.rules.protocols.allowed).toEqual(['TLSv1.2', 'TLSv1.3']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows a STARTTLS targets file that reads as it says', () => {
    const section = readme.slice(readme.indexOf('### STARTTLS targets'));
    const start = section.indexOf('```yaml\n') + '```yaml\n'.length;
    const targets = parseTargetsFile(section.slice(start, section.indexOf('```', start)), 'README.md');
    expect(targets.map(({ port, starttls }) => ({ port, starttls }))).toEqual([
      { port: 25, starttls: 'smtp' },
      { port: 587, starttls: 'smtp' },
      { port: 5222, starttls: 'xmpp' },
      { port: 465, starttls: undefined }
    ]);
  });

  it('gives exactly the two quick-start command lines', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## The GitHub Action'));
    expect(quickStart).toContain('npm ci && npm run demo\nnpm ci && npm test\n');
  });
});
