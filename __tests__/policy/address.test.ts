// Findings of a pool, node by node, on real servers: a name with four addresses served by a private dnsmasq,
// where 127.0.0.4 serves a certificate that expires in 5 days and ::1 stops at TLS 1.2; a second name whose two
// nodes agree; a pinned pool with a node where nothing listens. What is expected comes from each node's
// configuration.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SCHEMA_VERSION, type Finding, type Target, type TargetReport } from '../../src/model/report.js';
import { evaluate, loadPolicy } from '../../src/policy/index.js';
import { scanTarget } from '../../src/scan/index.js';
import { createTestPki } from '../../src/testing/pki.js';
import { cleanupTempDirs, type RunningServer } from '../helpers/servers.js';
import { expectValidReport, reportSchemaErrors } from '../helpers/report-schema.js';
import { poolSkipReason, startDnsmasq, startPool, type RunningDns } from '../helpers/pool.js';
import { testScanOptions } from '../scan/scan-options.js';

const skip = poolSkipReason();
if (skip) console.warn(`skipping the pool policy tests: ${skip}`);
const describePool = skip ? describe.skip : describe;

let dns: RunningDns;
let pool: RunningServer;

beforeAll(async () => {
  if (skip) return;
  const pki = createTestPki({ defaultKey: { type: 'ec', curve: 'P-256' } });
  const root = await pki.root();
  const usual = await pki.leaf(root, { commonName: 'pool.test', dnsNames: ['pool.test', 'agree.test'] });
  const expiring = await pki.leaf(root, {
    commonName: 'pool.test',
    dnsNames: ['pool.test', 'agree.test'],
    notAfterDays: 5
  });
  dns = await startDnsmasq({
    'pool.test': ['127.0.0.2', '127.0.0.3', '127.0.0.4', '::1'],
    'agree.test': ['127.0.0.2', '127.0.0.3']
  });
  pool = await startPool([
    { address: '127.0.0.2', key: usual },
    { address: '127.0.0.3', key: usual },
    { address: '127.0.0.4', key: expiring },
    { address: '::1', key: usual, options: { maxVersion: 'TLSv1.2' } }
  ]);
});
afterAll(async () => {
  await pool?.stop();
  await dns?.stop();
  cleanupTempDirs();
});

async function judged(target: Partial<Target> & { host: string }): Promise<TargetReport> {
  const scanned = await scanTarget(
    { name: target.host, port: pool.port, sni: target.host, ...target },
    await testScanOptions({ resolver: dns.resolver })
  );
  const policy = await loadPolicy(undefined, { baseDir: '.' });
  return evaluate([scanned], policy, { now: new Date(), failOn: 'error' }).targets[0]!;
}

const byRule = (t: TargetReport, rule: string): Finding[] => t.findings.filter((f) => f.rule === rule);

describePool('a pool whose nodes differ', () => {
  let t: TargetReport;
  beforeAll(async () => {
    t = await judged({ host: 'pool.test' });
  }, 60_000);

  it('reports the expiring certificate on the one node that serves it, with its address', () => {
    const expiring = byRule(t, 'certificate.expiring');
    expect(expiring).toHaveLength(1);
    expect(expiring[0]!.address).toBe('127.0.0.4');
  });

  it('reports a finding true on every node once, without an address (the untrusted test root)', () => {
    const untrusted = byRule(t, 'certificate.untrusted');
    expect(untrusted).toHaveLength(1);
    expect(untrusted[0]!.address).toBeUndefined();
  });

  it('says the certificate differs on 127.0.0.4, naming the nodes and what each serves', () => {
    const certificate = byRule(t, 'address.inconsistent').find((f) => f.evidence.aspect === 'certificate');
    expect(certificate?.severity).toBe('warning');
    expect(certificate?.address).toBe('127.0.0.4');
    expect(certificate?.message).toMatch(/127\.0\.0\.2, 127\.0\.0\.3, ::1 serve CN=pool\.test/);
    expect(certificate?.message).toMatch(/127\.0\.0\.4 serve CN=pool\.test/);
    expect(certificate?.reproduce).toContain('127.0.0.4');
  });

  it('says the protocols differ on ::1', () => {
    const protocols = byRule(t, 'address.inconsistent').find((f) => f.evidence.aspect === 'protocols');
    expect(protocols?.address).toBe('::1');
    expect(protocols?.message).toContain('; ::1 accept TLSv1.2.');
    expect(protocols?.message).toContain('127.0.0.2, 127.0.0.3, 127.0.0.4 accept TLSv1.2, TLSv1.3');
  });

  it('fits schema/report.schema.json: addresses, and findings with an address', () => {
    const report = {
      schemaVersion: SCHEMA_VERSION,
      tool: { name: 'tls-gate', version: '0.0.0' },
      startedAt: new Date().toISOString(),
      finishedAt: new Date().toISOString(),
      policy: null,
      verdict: t.verdict,
      summary: { targets: 1, errors: 0, warnings: 0, notices: 0 },
      targets: [t]
    };
    expectValidReport(report);
    const broken = { ...t, addresses: [t.addresses![0]] };
    expect(reportSchemaErrors({ ...report, targets: [broken] })).toContainEqual(
      expect.stringMatching(/^\/targets\/0\/addresses: must NOT have fewer than 2 items/)
    );
  });

  it('finds no other difference (reachability, and the suites of the versions all nodes share, agree)', () => {
    const aspects = byRule(t, 'address.inconsistent').map((f) => f.evidence.aspect);
    expect(aspects.sort()).toEqual(['certificate', 'protocols']);
  });
});

describePool('a pool whose nodes agree', () => {
  it('has no address.inconsistent and no finding bound to an address', async () => {
    const t = await judged({ host: 'agree.test' });
    expect(t.addresses?.map((node) => node.address)).toEqual(['127.0.0.2', '127.0.0.3']);
    expect(byRule(t, 'address.inconsistent')).toEqual([]);
    expect(t.findings.filter((f) => f.address !== undefined)).toEqual([]);
    expect(byRule(t, 'certificate.untrusted')).toHaveLength(1);
  }, 30_000);
});

describePool('a pinned pool with a node where nothing listens', () => {
  it('reports that node unreachable with its address, and the reachability difference', async () => {
    const t = await judged({ host: 'pool.test', addresses: ['127.0.0.2', '127.0.0.5'] });
    expect(t.status).toBe('ok');
    const unreachable = byRule(t, 'target.unreachable');
    expect(unreachable.map((f) => f.address)).toEqual(['127.0.0.5']);
    const reachability = byRule(t, 'address.inconsistent').find((f) => f.evidence.aspect === 'reachability');
    expect(reachability?.address).toBe('127.0.0.5');
    expect(reachability?.message).toMatch(/127\.0\.0\.5 are unreachable \(ECONNREFUSED\)/);
  }, 30_000);
});
