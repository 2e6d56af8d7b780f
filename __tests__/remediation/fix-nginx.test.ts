// The nginx fix lines each preset derives must be a configuration nginx accepts: `nginx -t` on a minimal
// config built in a temp dir, with a certificate generated now. (The re-scan that shows the finding gone is
// in __tests__/remediation/policy-fix-nginx.test.ts.)
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadPolicy, PRESET_NAMES } from '../../src/policy/index.js';
import {
  chainFix,
  cipherFix,
  dhFix,
  groupFix,
  orderFix,
  protocolFix,
  staplingFix
} from '../../src/remediation/index.js';
import type { PolicyRules } from '../../src/policy/model.js';
import { createTestPki, pemBundle } from '../../src/testing/pki.js';

const run = promisify(execFile);

function nginxBinary(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'])
    if (existsSync(candidate)) return candidate;
  return null;
}
const NGINX = nginxBinary();
if (!NGINX) console.warn('SKIPPED: nginx fix-line tests need nginx, which is not installed here');
const describeNginx = NGINX ? describe : describe.skip;

let dir: string;
let opensslAtLeast35 = false;

/** Every nginx line the policy derives, with example paths pointed at files in `dir`. */
function nginxLines(rules: PolicyRules): string[] {
  const fixes = [
    protocolFix(rules),
    cipherFix(rules),
    orderFix(rules),
    groupFix(rules),
    dhFix(rules),
    staplingFix(),
    chainFix('order')
  ];
  const lines = fixes.flatMap((f) => f.nginx ?? []);
  const chosen: string[] = [];
  for (const line of lines) {
    const fallback = /^# with OpenSSL < 3\.5: (.*)$/.exec(line);
    if (fallback) {
      if (!opensslAtLeast35) chosen[chosen.length - 1] = fallback[1]!; // replace the line above it
      continue;
    }
    chosen.push(line);
  }
  // A directive may appear in several fixes (dhFix repeats the cipher lines): nginx rejects duplicates.
  const seen = new Set<string>();
  return chosen
    .filter((line) => (seen.has(line) ? false : (seen.add(line), true)))
    .map((line) =>
      line
        .replace(/\/etc\/nginx\/(ffdhe\d+)\.pem/, (_m, group: string) => path.join(dir, `${group}.pem`))
        .replace('/etc/ssl/fullchain.pem', path.join(dir, 'fullchain.pem'))
    );
}

async function nginxTest(serverLines: string[]): Promise<{ ok: boolean; output: string }> {
  const conf = [
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'error.log')} warn;`,
    'events { worker_connections 16; }',
    'http {',
    `  client_body_temp_path ${path.join(dir, 'body')};`,
    '  server {',
    '    listen 127.0.0.1:8443 ssl;',
    `    ssl_certificate_key ${path.join(dir, 'leaf.key')};`,
    ...serverLines.map((l) => `    ${l}`),
    '  }',
    '}',
    ''
  ].join('\n');
  const file = path.join(dir, 'nginx.conf');
  await writeFile(file, conf);
  try {
    const { stdout, stderr } = await run(NGINX!, [
      '-t',
      '-p',
      dir,
      '-c',
      file,
      '-e',
      path.join(dir, 'error.log')
    ]);
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}\n${conf}` };
  }
}

describeNginx('nginx fix lines pass nginx -t', () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tls-gate-fix-'));
    const pki = createTestPki();
    const root = await pki.root({ key: { type: 'ec', curve: 'P-256' } });
    const ca = await pki.intermediate(root, { key: { type: 'ec', curve: 'P-256' } });
    const leaf = await pki.leaf(ca, { key: { type: 'ec', curve: 'P-256' } });
    await writeFile(path.join(dir, 'fullchain.pem'), pemBundle(leaf, ca));
    await writeFile(path.join(dir, 'leaf.key'), leaf.keyPem, { mode: 0o600 });
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
    const { stdout } = await run('openssl', ['version']);
    const [major, minor] = (/OpenSSL (\d+)\.(\d+)/.exec(stdout) ?? []).slice(1).map(Number);
    opensslAtLeast35 = (major ?? 0) > 3 || ((major ?? 0) === 3 && (minor ?? 0) >= 5);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('a directive nginx does not know fails the check (the check can fail)', async () => {
    const result = await nginxTest([
      `ssl_certificate ${path.join(dir, 'fullchain.pem')};`,
      'ssl_protocolz TLSv1.2;'
    ]);
    expect(result.ok).toBe(false);
  });

  for (const preset of PRESET_NAMES) {
    it(`${preset}: the derived nginx lines are accepted`, async () => {
      const policy = await loadPolicy(preset, { baseDir: '.' });
      const lines = nginxLines(policy.rules);
      expect(lines.some((l) => l.startsWith('ssl_protocols '))).toBe(true);
      const result = await nginxTest(lines);
      if (!result.ok) throw new Error(`nginx -t rejected the fix lines of ${preset}:\n${result.output}`);
    });
  }

  it('the ssl_ciphers line lists exactly the suites the policy allows, in OpenSSL names', async () => {
    const policy = await loadPolicy('mozilla-intermediate', { baseDir: '.' });
    expect(cipherFix(policy.rules).nginx).toEqual([
      'ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;',
      'ssl_conf_command Ciphersuites TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256;'
    ]);
    expect(protocolFix(policy.rules).nginx).toEqual(['ssl_protocols TLSv1.2 TLSv1.3;']);
    expect(groupFix(policy.rules).nginx).toEqual([
      'ssl_ecdh_curve X25519MLKEM768:X25519:prime256v1:secp384r1;',
      '# with OpenSSL < 3.5: ssl_ecdh_curve X25519:prime256v1:secp384r1;'
    ]);
  });
});
