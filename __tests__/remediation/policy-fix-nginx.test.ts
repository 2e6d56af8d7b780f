// The fix lines are derived from the policy so that applying them makes the finding go away. Here that is
// shown on a real nginx: configure a known defect, scan, see the finding; apply the fix lines the finding
// carries, scan again, see it gone. Skipped, visibly, where nginx is not installed.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadTrustStore } from '../../src/certs/index.js';
import { evaluate, loadPolicy } from '../../src/policy/index.js';
import type { ResolvedPolicy } from '../../src/policy/index.js';
import type { Finding, TargetReport } from '../../src/model/report.js';
import { scanTarget, type ScanOptions } from '../../src/scan/index.js';
import { createTestPki, pemBundle } from '../../src/testing/pki.js';
import {
  cleanupTempDirs,
  nginxBinary,
  startNginx,
  tempDir,
  type KeyPair,
  type NginxOptions
} from '../helpers/servers.js';

const nginx = nginxBinary();
if (!nginx)
  console.warn(
    'SKIPPED __tests__/remediation/policy-fix-nginx.test.ts: nginx is not installed (apt-get install nginx)'
  );
const describeWithNginx = nginx ? describe : describe.skip;

let options: ScanOptions;
let policy: ResolvedPolicy;
let fullChain: KeyPair;
let leafOnly: KeyPair;
let dir: string;
let opensslAtLeast35 = false;
// The CA's caIssuers server, as a public CA runs one: the leaf's AIA URL names the intermediate it serves, so the
// scan can tell an intermediate left out of ssl_certificate from an untrusted root.
let caIssuers: http.Server;

beforeAll(async () => {
  dir = tempDir('tls-gate-nginx-fix-');
  const pki = createTestPki();
  const root = await pki.root({ key: { type: 'ec', curve: 'P-256' } });
  const ca = await pki.intermediate(root, { key: { type: 'ec', curve: 'P-256' } });
  caIssuers = http.createServer((_request, response) => response.writeHead(200).end(ca.der));
  await new Promise<void>((resolve) => caIssuers.listen(0, '127.0.0.1', resolve));
  const aiaUrl = `http://127.0.0.1:${(caIssuers.address() as AddressInfo).port}/ca.der`;
  const leaf = await pki.leaf(ca, {
    commonName: 'localhost',
    key: { type: 'ec', curve: 'P-256' },
    caIssuerUrls: [aiaUrl]
  });
  const file = (name: string, content: string): string => {
    const p = path.join(dir, name);
    writeFileSync(p, content, { mode: 0o600 });
    return p;
  };
  const keyFile = file('leaf.key', leaf.keyPem);
  fullChain = {
    certFile: file('fullchain.pem', pemBundle(leaf, ca)),
    keyFile,
    certPem: pemBundle(leaf, ca),
    keyPem: leaf.keyPem
  };
  leafOnly = {
    certFile: file('leaf.pem', pemBundle(leaf)),
    keyFile,
    certPem: pemBundle(leaf),
    keyPem: leaf.keyPem
  };
  const trust = await loadTrustStore({ caFile: file('root.pem', root.certPem) });
  options = {
    timeoutMs: 3000,
    targetDeadlineMs: 60000,
    concurrency: 1,
    perTargetConcurrency: 6,
    trust,
    now: new Date(),
    aia: true
  };
  policy = await loadPolicy('mozilla-intermediate', { baseDir: '.' });
  const version = execFileSync('openssl', ['version'], { encoding: 'utf8' });
  const [major, minor] = (/OpenSSL (\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  opensslAtLeast35 = (major ?? 0) > 3 || ((major ?? 0) === 3 && (minor ?? 0) >= 5);
});
afterAll(async () => {
  caIssuers.closeAllConnections();
  await new Promise<void>((resolve) => caIssuers.close(() => resolve()));
  cleanupTempDirs();
});

async function scanAndEvaluate(config: NginxOptions): Promise<TargetReport> {
  const server = await startNginx(config);
  try {
    const scanned = await scanTarget(
      { name: 'nginx', host: 'localhost', address: '127.0.0.1', port: server.port, sni: 'localhost' },
      options
    );
    expect(scanned.status).toBe('ok');
    return evaluate([scanned], policy, { now: options.now, failOn: 'error' }).targets[0]!;
  } finally {
    await server.stop();
  }
}

/** nginx lines of a finding's fix, with the OpenSSL < 3.5 variant chosen when needed. */
function nginxLines(f: Finding): string[] {
  const out: string[] = [];
  for (const line of f.fix.nginx ?? []) {
    const older = /^# with OpenSSL < 3\.5: (.*)$/.exec(line);
    if (older) {
      if (!opensslAtLeast35) out[out.length - 1] = older[1]!;
    } else out.push(line);
  }
  return out;
}

/** Applies fix lines to the launcher options: the launcher's own directives are replaced, others appended. */
function apply(config: NginxOptions, lines: string[]): NginxOptions {
  const next: NginxOptions = { ...config, extra: [...(config.extra ?? [])] };
  for (const line of lines) {
    const [directive, ...rest] = line.replace(/;$/, '').split(/\s+/);
    const value = rest.join(' ');
    if (directive === 'ssl_protocols') next.protocols = value;
    else if (directive === 'ssl_ciphers') next.ciphers = value;
    else if (directive === 'ssl_ecdh_curve') next.ecdhCurve = value;
    else if (directive === 'ssl_prefer_server_ciphers') next.preferServerCiphers = value === 'on';
    else if (directive === 'ssl_certificate')
      next.key = fullChain; // the fix names the full-chain file
    else next.extra!.push(line);
  }
  return next;
}

const rulesOf = (t: TargetReport): string[] => t.findings.map((f) => f.rule);

describeWithNginx("nginx: applying a finding's fix lines makes it disappear (mozilla-intermediate)", () => {
  const cases: { name: string; rule: string; config: () => NginxOptions }[] = [
    {
      name: 'a CBC suite in ssl_ciphers',
      rule: 'cipher.not-allowed',
      config: () => ({
        key: fullChain,
        protocols: 'TLSv1.2 TLSv1.3',
        ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA',
        ecdhCurve: 'X25519:prime256v1'
      })
    },
    {
      name: 'TLS 1.1 in ssl_protocols',
      rule: 'protocol.not-allowed',
      config: () => ({
        key: fullChain,
        protocols: 'TLSv1.1 TLSv1.2 TLSv1.3',
        ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA:@SECLEVEL=0',
        ecdhCurve: 'X25519:prime256v1'
      })
    },
    {
      name: 'secp521r1 in ssl_ecdh_curve',
      rule: 'kex.group-not-allowed',
      config: () => ({
        key: fullChain,
        protocols: 'TLSv1.2 TLSv1.3',
        ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256',
        ecdhCurve: 'X25519:prime256v1:secp521r1'
      })
    },
    {
      name: 'TLS 1.3 missing from ssl_protocols',
      rule: 'protocol.missing',
      config: () => ({
        key: fullChain,
        protocols: 'TLSv1.2',
        ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256',
        ecdhCurve: 'X25519:prime256v1'
      })
    },
    {
      name: 'the intermediate missing from ssl_certificate',
      rule: 'chain.incomplete',
      config: () => ({
        key: leafOnly,
        protocols: 'TLSv1.2 TLSv1.3',
        ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256',
        ecdhCurve: 'X25519:prime256v1'
      })
    }
  ];

  for (const c of cases) {
    it(`${c.name}: ${c.rule} before, gone after the fix lines`, async () => {
      const before = await scanAndEvaluate(c.config());
      const findings = before.findings.filter(
        (f) => f.rule === c.rule || (c.rule === 'protocol.not-allowed' && f.rule === 'cipher.not-allowed')
      );
      expect(findings.map((f) => f.rule)).toContain(c.rule);
      // Every finding of the defect carries lines; apply them all (TLS 1.1 brings its suite with it).
      const lines = findings.flatMap(nginxLines);
      expect(lines.length).toBeGreaterThan(0);
      const after = await scanAndEvaluate(apply(c.config(), [...new Set(lines)]));
      expect(rulesOf(after)).not.toContain(c.rule);
      expect(after.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  }
});

describeWithNginx('nginx with TLS 1.1 enabled, under each preset', () => {
  // The defect comes from the nginx configuration (ssl_protocols); the expectation from each preset's text.
  const tls11NotAllowed = [
    'mozilla-modern',
    'mozilla-intermediate',
    'nist-800-52r2',
    'pci-dss-4',
    'bsi-tr-02102-2',
    'bcp195'
  ];
  const tls11Allowed = ['mozilla-old', 'cabf-validity'];
  let scanned: TargetReport;
  let server: Awaited<ReturnType<typeof startNginx>> | undefined;

  beforeAll(async () => {
    server = await startNginx({
      key: fullChain,
      protocols: 'TLSv1.1 TLSv1.2 TLSv1.3',
      ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA:@SECLEVEL=0',
      ecdhCurve: 'X25519:prime256v1'
    });
    scanned = await scanTarget(
      { name: 'nginx', host: 'localhost', address: '127.0.0.1', port: server.port, sni: 'localhost' },
      options
    );
    expect(scanned.protocols['TLSv1.1']).toBe(true);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('the reproduce command of the finding, run as given, negotiates TLSv1.1 with the server', async () => {
    const [t] = evaluate([scanned], policy, { now: options.now, failOn: 'error' }).targets;
    const command = t!.findings.find((f) => f.rule === 'protocol.not-allowed')!.reproduce!;
    const output = execFileSync('sh', ['-c', `timeout 10 ${command} 2>&1 || true`], { encoding: 'utf8' });
    expect(output).toMatch(/Protocol\s*:\s*TLSv1\.1/);
  });

  for (const preset of tls11NotAllowed) {
    it(`${preset}: protocol.not-allowed names TLSv1.1 as an error`, async () => {
      const presetPolicy = await loadPolicy(preset, { baseDir: '.' });
      const [t] = evaluate([scanned], presetPolicy, { now: options.now, failOn: 'error' }).targets;
      const finding = t!.findings.find(
        (f) => f.rule === 'protocol.not-allowed' && f.evidence.protocol === 'TLSv1.1'
      );
      expect(finding?.severity).toBe('error');
      expect(finding?.reproduce).toContain('-tls1_1');
      expect(t!.verdict).toBe('fail');
    });
  }

  for (const preset of tls11Allowed) {
    it(`${preset}: TLSv1.1 is not a finding`, async () => {
      const presetPolicy = await loadPolicy(preset, { baseDir: '.' });
      const [t] = evaluate([scanned], presetPolicy, { now: options.now, failOn: 'error' }).targets;
      expect(t!.findings.filter((f) => f.rule === 'protocol.not-allowed')).toEqual([]);
    });
  }
});
