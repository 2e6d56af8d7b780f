// What one hostile server can cost a run (issue 11, findings 1 and 2): its memory stays bounded, its CPU does not
// change another target's facts, and where a budget stops the scan the report says which facts it left unknown.
// Healthy targets are a real Node TLS server; the hostile ones are the fake legacy server, serving what no real
// server does (10,000 certificate entries, a 200 KB certificate in 1-byte records).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadTrustStore } from '../../src/certs/index.js';
import type { Target, TargetReport } from '../../src/model/report.js';
import { scanTargets, type ScanOptions } from '../../src/scan/index.js';
import { scanInChild } from '../helpers/child/scan-child-run.js';
import { startLegacyServer, type LegacyServer } from '../helpers/legacy-server.js';
import { cleanupTempDirs, startNodeTlsServer, type RunningServer } from '../helpers/servers.js';

const MB = 1024 * 1024;
/** TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA: RSA key exchange, so the flight is short. */
const RSA_SUITES = [0x009c, 0x002f];

const target = (name: string, port: number): Target => ({ name, host: '127.0.0.1', port, sni: null });

afterAll(() => cleanupTempDirs());

describe('a Certificate message of 10,000 tiny entries (finding 1)', () => {
  let bomb: LegacyServer;
  beforeAll(async () => {
    // 10,000 entries of a 4-byte DER each: 70 KB on the wire, under the 256 KiB message cap.
    const tiny = Buffer.from('30020500', 'hex');
    bomb = await startLegacyServer({
      versions: ['TLSv1.2'],
      suites: RSA_SUITES,
      order: 'server',
      certificates: Array.from({ length: 10_000 }, () => tiny)
    });
  });
  afterAll(() => bomb.close());

  it('keeps the run under 256 MB and names the budget that stopped each probe', async () => {
    const run = await scanInChild({
      targets: [target('bomb', bomb.port)],
      timeoutMs: 2000,
      targetDeadlineMs: 20_000,
      concurrency: 4,
      perTargetConcurrency: 6
    });
    expect(run.peakRssBytes).toBeLessThan(256 * MB);
    const [facts] = run.facts;
    expect(facts!.protocols['TLSv1.2']).toBe(false);
    expect(facts!.incomplete).toContainEqual(
      expect.objectContaining({ fact: 'cipherSuites:TLSv1.2', code: 'BUDGET' })
    );
    expect(facts!.incomplete?.find((f) => f.code === 'BUDGET')?.reason).toContain('entries per Certificate');
  });
});

describe('a 200 KB Certificate in 1-byte records beside healthy targets (finding 2)', () => {
  let healthy: RunningServer;
  const burners: LegacyServer[] = [];
  let options: ScanOptions;
  beforeAll(async () => {
    healthy = await startNodeTlsServer({
      minVersion: 'TLSv1.2',
      ciphers: 'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384',
      ecdhCurve: 'X25519:P-256'
    });
    // One certificate of 200 KB (a DER SEQUENCE header and filler), each byte of the flight in its own record.
    const huge = Buffer.concat([Buffer.from([0x30, 0x83, 0x03, 0x0d, 0x40]), Buffer.alloc(200_000, 0x41)]);
    for (let i = 0; i < 4; i++) {
      burners.push(
        await startLegacyServer({
          versions: ['TLSv1.2'],
          suites: RSA_SUITES,
          order: 'server',
          certificates: [huge],
          recordSize: 1
        })
      );
    }
    options = {
      timeoutMs: 1000,
      targetDeadlineMs: 30_000,
      concurrency: 16,
      perTargetConcurrency: 6,
      trust: await loadTrustStore({}),
      now: new Date(),
      aia: false
    };
  });
  afterAll(async () => {
    await healthy.stop();
    await Promise.all(burners.map((burner) => burner.close()));
  });

  /** The facts the healthy server's configuration makes true (its ciphers, versions and curves). */
  function expectConfiguredFacts(report: TargetReport): void {
    expect(report.error).toBeNull();
    expect(report.status).toBe('ok');
    expect(report.incomplete).toBeUndefined();
    expect(
      Object.entries(report.protocols)
        .filter(([, on]) => on)
        .map(([name]) => name)
    ).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect([...(report.cipherSuites['TLSv1.2'] ?? [])].sort()).toEqual([
      'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
      'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'
    ]);
    expect(report.cipherSuites['TLSv1.3']).toEqual(['TLS_AES_128_GCM_SHA256']);
    expect([...report.groups].sort()).toEqual(['secp256r1', 'x25519']);
  }

  const facts = (r: TargetReport) => [
    r.protocols,
    r.cipherSuites,
    r.serverPreference,
    r.groups,
    r.keyExchange
  ];

  it("leaves every healthy target's facts as its configuration makes them, in every copy and alone", async () => {
    const copies = 12;
    const targets = [
      ...burners.map((burner, i) => target(`burner-${i}`, burner.port)),
      ...Array.from({ length: copies }, (_, i) => target(`healthy-${i}`, healthy.port))
    ];
    const reports = await scanTargets(targets, options);
    const healthyReports = reports.filter((r) => r.name.startsWith('healthy-'));
    expect(healthyReports).toHaveLength(copies);
    // Never silently wrong: a healthy target is what its configuration makes it, or says which facts it could
    // not settle (a shared CI machine can starve even a healthy server past the timeout); nearly all settle.
    const complete = healthyReports.filter((r) => (r.incomplete ?? []).length === 0);
    for (const report of complete) expectConfiguredFacts(report);
    expect(complete.length).toBeGreaterThanOrEqual(copies - 2);
    // Each burner ends on the flight-records budget, which names it: no handshake, never a clean scan.
    for (const report of reports.filter((r) => r.name.startsWith('burner-'))) {
      expect(report.error).toMatchObject({ code: 'BUDGET', message: expect.stringContaining('records') });
    }
    // The same server alone gives the same facts.
    const [alone] = await scanTargets([target('alone', healthy.port)], options);
    expectConfiguredFacts(alone!);
    for (const report of complete) expect(facts(report)).toEqual(facts(alone!));
  });
});
