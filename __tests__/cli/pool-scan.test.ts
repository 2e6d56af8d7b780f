// `tls-gate scan` and `diagnose` with pinned addresses, curl's way: --resolve makes a name scan the given nodes
// (no DNS at all), --sni sets the name sent. Two Node TLS servers on one port of 127.0.0.2 and 127.0.0.4, the
// second with another certificate.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import type { Report } from '../../src/model/report.js';
import { createTestPki, type TestCertificate } from '../../src/testing/pki.js';
import { startPool } from '../helpers/pool.js';
import type { RunningServer } from '../helpers/servers.js';
import { runCli } from './cli-io.js';

let pool: RunningServer;
let usual: TestCertificate;
let other: TestCertificate;

beforeAll(async () => {
  const pki = createTestPki({ defaultKey: { type: 'ec', curve: 'P-256' } });
  const root = await pki.root();
  usual = await pki.leaf(root, { commonName: 'pool.test' });
  other = await pki.leaf(root, { commonName: 'pool.test', dnsNames: ['other.test'] });
  pool = await startPool([
    { address: '127.0.0.2', key: usual },
    { address: '127.0.0.4', key: other }
  ]);
});
afterAll(async () => pool?.stop());

const fingerprint = (certificate: TestCertificate): string =>
  new X509Certificate(certificate.certPem).fingerprint256;

describe('scan --resolve', () => {
  it('scans each pinned node of the name and reports it node by node', async () => {
    const run = await runCli([
      'scan',
      `pool.test:${pool.port}`,
      '--resolve',
      `pool.test:${pool.port}:127.0.0.4,127.0.0.2`,
      '--format',
      'json',
      '--quiet'
    ]);
    const report = JSON.parse(run.stdout) as Report;
    const [target] = report.targets;
    expect(target!.sni).toBe('pool.test');
    expect(target!.addresses?.map((node) => node.address)).toEqual(['127.0.0.2', '127.0.0.4']);
    expect(target!.addresses?.map((node) => node.certificate?.chain[0]?.sha256Fingerprint)).toEqual([
      fingerprint(usual),
      fingerprint(other)
    ]);
    const inconsistent = target!.findings.filter((f) => f.rule === 'address.inconsistent');
    expect(inconsistent.map((f) => f.evidence.aspect)).toEqual(['certificate']);
  }, 60_000);

  it('names the node that differs in the text report', async () => {
    const run = await runCli([
      'scan',
      `pool.test:${pool.port}`,
      '--resolve',
      `pool.test:${pool.port}:127.0.0.2,127.0.0.4`,
      '--quiet'
    ]);
    // Two addresses, one group each: the first node's group is taken as the usual one.
    expect(run.stdout).toContain('pool: 2 addresses; 127.0.0.4 differs (certificate)');
  }, 60_000);

  it('scans one node with name=host:port@address, with the --sni name', async () => {
    const run = await runCli([
      'scan',
      `api=pool.test:${pool.port}@127.0.0.4`,
      '--sni',
      'other.test',
      '--format',
      'json',
      '--quiet'
    ]);
    const [target] = (JSON.parse(run.stdout) as Report).targets;
    expect([target!.name, target!.address, target!.sni, target!.addresses]).toEqual([
      'api',
      '127.0.0.4',
      'other.test',
      undefined
    ]);
  }, 60_000);
});

describe('diagnose --resolve', () => {
  it('scans and diagnoses the pinned node (the name itself is resolved nowhere)', async () => {
    const run = await runCli([
      'diagnose',
      `pool.test:${pool.port}`,
      '--resolve',
      `pool.test:${pool.port}:127.0.0.4`,
      '--client',
      'openssl-3',
      '--json'
    ]);
    // The node answers (TLS 1.3); openssl-3 then refuses the test root, which is no public CA: exit 1.
    const result = JSON.parse(run.stdout) as { clients: { version: string; reproduce: string }[] };
    expect(run.code).toBe(1);
    expect(result.clients[0]!.version).toBe('TLSv1.3');
    expect(result.clients[0]!.reproduce).toContain(`-connect 127.0.0.4:${pool.port} -servername pool.test`);
  }, 60_000);
});
