// The diagnosis's fix, applied to a real nginx, lets the client in: start nginx with a configuration the client
// fails against, take the nginx lines the diagnosis proposes, start nginx again with those lines replacing the
// directives of the same name, and simulate the client again.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { profileById } from '../../src/clients/profiles/index.js';
import { simulateClient } from '../../src/clients/simulate.js';
import { DH_PARAM_FILE } from '../../src/remediation/index.js';
import { suiteByName } from '../../src/registry/index.js';
import type { ProtocolName } from '../../src/model/report.js';
import {
  cleanupTempDirs,
  nginxBinary,
  selfSigned,
  startNginx,
  tempDir,
  type KeyPair,
  type NginxOptions
} from '../helpers/servers.js';
import { rules as policy, server as scanData } from '../diagnose/fixtures.js';

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  cleanupTempDirs();
});

const nginx = nginxBinary();
if (!nginx) console.warn('nginx-fix tests skipped: nginx is not installed (apt-get install nginx)');
const maybe = nginx ? it : it.skip;

let rsa: KeyPair | null = null;
const key = (): KeyPair => (rsa ??= selfSigned({ key: 'rsa', cn: 'shop.test' }));
const limits = () => ({ timeoutMs: 3000, deadline: Date.now() + 30000 });

let dhFile: string | null = null;
function dhParams(): string {
  if (!dhFile) {
    dhFile = path.join(tempDir('tls-gate-dh-'), 'ffdhe2048.pem');
    execFileSync(
      'openssl',
      ['genpkey', '-genparam', '-algorithm', 'DH', '-pkeyopt', 'group:ffdhe2048', '-out', dhFile],
      { stdio: 'ignore' }
    );
  }
  return dhFile;
}

/** The nginx options after applying fix lines: each line replaces the directive of the same name. */
function apply(options: NginxOptions, lines: string[]): NginxOptions {
  const next: NginxOptions = { ...options, extra: [...(options.extra ?? [])] };
  for (const raw of lines) {
    const line = raw.replace(/#.*$/, '').trim().replace(/;$/, '');
    const [directive, ...rest] = line.split(/\s+/);
    const value = rest.join(' ');
    if (directive === 'ssl_protocols') next.protocols = value;
    else if (directive === 'ssl_ciphers') next.ciphers = value;
    else if (directive === 'ssl_ecdh_curve') next.ecdhCurve = value;
    else if (directive === 'ssl_dhparam')
      next.extra!.push(`ssl_dhparam ${value.replace(DH_PARAM_FILE, dhParams())};`);
    else next.extra!.push(`${line};`);
  }
  return next;
}

async function start(options: NginxOptions) {
  const server = await startNginx(options);
  stops.push(() => server.stop());
  return { host: 'shop.test', address: '127.0.0.1', port: server.port, sni: 'shop.test' };
}

const iana = (openssl: string[]): string[] => openssl.map((name) => suiteByName(name)?.iana ?? name);

describe('diagnosis fixes applied to nginx', () => {
  maybe('Java 8 against a TLS 1.3-only nginx: the fix enables TLS 1.2 and Java 8 then connects', async () => {
    const before: NginxOptions = { key: key(), protocols: 'TLSv1.3' };
    const endpoint = await start(before);
    const data = scanData({
      protocols: ['TLSv1.3'],
      suites: {
        'TLSv1.3': ['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256']
      }
    });
    const java8 = profileById('java-8')!;
    const failed = await simulateClient(endpoint, { ...data, port: endpoint.port }, java8, limits());
    expect(failed.connects).toBe(false);
    expect(failed.diagnosis).toMatch(/^No common protocol version/);

    const after = apply(before, failed.fix!.nginx!);
    const fixed = await start(after);
    const ciphers = after.ciphers!.split(':');
    const afterData = scanData({
      protocols: after.protocols.split(' ') as ProtocolName[],
      suites: { ...data.cipherSuites, 'TLSv1.2': iana(ciphers) }
    });
    const result = await simulateClient(fixed, { ...afterData, port: fixed.port }, java8, limits());
    expect(result).toMatchObject({ connects: true, version: 'TLSv1.2', diagnosis: null });
  });

  maybe(
    'Windows 7 against an ECDHE-RSA-GCM-only nginx, policy denying CBC: the fix adds DHE-RSA-GCM with DH parameters and Windows 7 connects',
    async () => {
      const before: NginxOptions = {
        key: key(),
        protocols: 'TLSv1.2',
        ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384'
      };
      const endpoint = await start(before);
      const suites = ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'];
      const data = scanData({ protocols: ['TLSv1.2'], suites: { 'TLSv1.2': suites } });
      const windows7 = profileById('windows-7')!;
      const noCbc = policy((r) => (r.cipherSuites.deniedClasses = ['cbc']));
      const failed = await simulateClient(endpoint, { ...data, port: endpoint.port }, windows7, limits(), {
        rules: noCbc
      });
      expect(failed.connects).toBe(false);
      expect(failed.diagnosis).toMatch(/^No common cipher suite at TLSv1\.2/);
      expect(failed.fix!.nginx!.some((line) => line.startsWith('ssl_dhparam'))).toBe(true);

      const after = apply(before, failed.fix!.nginx!);
      const fixed = await start(after);
      const afterData = scanData({
        protocols: ['TLSv1.2'],
        suites: { 'TLSv1.2': iana(after.ciphers!.split(':')) }
      });
      const result = await simulateClient(
        fixed,
        { ...afterData, port: fixed.port, keyExchange: { ...afterData.keyExchange, dhBits: 2048 } },
        windows7,
        limits()
      );
      expect(result).toMatchObject({
        connects: true,
        version: 'TLSv1.2',
        cipherSuite: 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
        diagnosis: null
      });
    }
  );

  maybe(
    'Windows 7 against the same nginx without a policy: the fix adds its first suite (ECDHE-RSA-AES256-SHA384) and it connects',
    async () => {
      const before: NginxOptions = {
        key: key(),
        protocols: 'TLSv1.2',
        ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384'
      };
      const endpoint = await start(before);
      const data = scanData({
        protocols: ['TLSv1.2'],
        suites: { 'TLSv1.2': iana(before.ciphers!.split(':')) }
      });
      const windows7 = profileById('windows-7')!;
      const failed = await simulateClient(endpoint, { ...data, port: endpoint.port }, windows7, limits());
      expect(failed.fix!.nginx).toEqual([
        'ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-SHA384;'
      ]);
      const after = apply(before, failed.fix!.nginx!);
      const fixed = await start(after);
      const afterData = scanData({
        protocols: ['TLSv1.2'],
        suites: { 'TLSv1.2': iana(after.ciphers!.split(':')) }
      });
      const result = await simulateClient(fixed, { ...afterData, port: fixed.port }, windows7, limits());
      expect(result).toMatchObject({
        connects: true,
        cipherSuite: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
        diagnosis: null
      });
    }
  );
});
