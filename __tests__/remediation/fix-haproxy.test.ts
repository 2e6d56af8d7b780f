// The HAProxy fix lines each preset derives must be a configuration HAProxy accepts (`haproxy -c`).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadPolicy, PRESET_NAMES } from '../../src/policy/index.js';
import { chainFix, cipherFix, dhFix, groupFix, orderFix, protocolFix } from '../../src/remediation/index.js';
import type { PolicyRules } from '../../src/policy/model.js';
import { mergeLayer } from '../../src/policy/load.js';
import { createTestPki, pemBundle } from '../../src/testing/pki.js';

const run = promisify(execFile);
const HAPROXY =
  ['/usr/sbin/haproxy', '/usr/local/sbin/haproxy', '/usr/bin/haproxy'].find((p) => existsSync(p)) ?? null;
if (!HAPROXY) console.warn('SKIPPED: HAProxy fix-line tests need haproxy, which is not installed here');
const describeHaproxy = HAPROXY ? describe : describe.skip;

let dir: string;

function haproxyConfig(rules: PolicyRules): string {
  const fixes = [protocolFix(rules), cipherFix(rules), groupFix(rules), dhFix(rules), orderFix(rules)];
  const global = new Map<string, string>(); // directive -> line: the last fix to set a directive wins
  let fallback = false;
  for (const line of fixes.flatMap((f) => f.haproxy ?? [])) {
    const older = /^# with OpenSSL < 3\.5: (.*)$/.exec(line);
    if (older) {
      fallback = true;
      global.set(older[1]!.split(' ')[0]!, older[1]!);
      continue;
    }
    const directive = line.split(' ')[0]!;
    if (!(fallback && directive === 'ssl-default-bind-curves')) global.set(directive, line);
  }
  const bind = chainFix('order')
    .haproxy![0]!.replace(':443', '127.0.0.1:9443')
    .replace('/etc/haproxy/fullchain-and-key.pem', path.join(dir, 'site.pem'));
  return [
    'global',
    ...[...global.values()].map(
      (l) =>
        `  ${l.replace(/\/etc\/haproxy\/(ffdhe\d+)\.pem/, (_m, g: string) => path.join(dir, `${g}.pem`))}`
    ),
    'defaults',
    '  mode http',
    '  timeout client 1s',
    '  timeout server 1s',
    '  timeout connect 1s',
    'frontend tls',
    `  ${bind}`,
    ''
  ].join('\n');
}

async function haproxyCheck(config: string): Promise<{ ok: boolean; output: string }> {
  const file = path.join(dir, 'haproxy.cfg');
  await writeFile(file, config);
  try {
    const { stdout, stderr } = await run(HAPROXY!, ['-c', '-f', file]);
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}\n${config}` };
  }
}

describeHaproxy('HAProxy fix lines pass haproxy -c', () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tls-gate-haproxy-'));
    const pki = createTestPki();
    const root = await pki.root({ key: { type: 'ec', curve: 'P-256' } });
    const leaf = await pki.leaf(root, { key: { type: 'ec', curve: 'P-256' } });
    await writeFile(path.join(dir, 'site.pem'), pemBundle(leaf) + leaf.keyPem, { mode: 0o600 });
    for (const group of ['ffdhe2048', 'ffdhe3072']) {
      await run('openssl', [
        'genpkey',
        '-genparam',
        '-algorithm',
        'DH',
        '-pkeyopt',
        `group:${group}`,
        '-out',
        path.join(dir, `${group}.pem`)
      ]);
    }
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('a broken option fails the check (the check can fail)', async () => {
    const result = await haproxyCheck(
      ['global', '  ssl-default-bind-options ssl-min-ver TLSv9', ''].join('\n')
    );
    expect(result.ok).toBe(false);
  });

  for (const preset of PRESET_NAMES) {
    it(`${preset}: the derived HAProxy lines are accepted`, async () => {
      const policy = await loadPolicy(preset, { baseDir: '.' });
      const result = await haproxyCheck(haproxyConfig(policy.rules));
      if (!result.ok) throw new Error(`haproxy -c rejected the fix lines of ${preset}:\n${result.output}`);
    });
  }

  it('server-preference: forbidden keeps the version bounds on the one options line', async () => {
    const policy = await loadPolicy('mozilla-intermediate', { baseDir: '.' });
    const rules = mergeLayer(policy.rules, { serverPreference: 'forbidden' });
    expect(orderFix(rules).haproxy).toEqual([
      'ssl-default-bind-options ssl-min-ver TLSv1.2 ssl-max-ver TLSv1.3 prefer-client-ciphers'
    ]);
    expect((await haproxyCheck(haproxyConfig(rules))).ok).toBe(true);
  });
});
