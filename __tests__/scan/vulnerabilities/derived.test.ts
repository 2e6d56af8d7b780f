// The derived vulnerability checks (no handshakes of their own) on the legacy fixture server: each verdict and
// each suite it names follows from the server's configuration below, and a modern configuration gives ok for all.
import { afterAll, describe, expect, it } from '@jest/globals';
import type { Target, TargetReport, VulnerabilityName } from '../../../src/model/report.js';
import { suiteByCode } from '../../../src/registry/index.js';
import { scanTarget } from '../../../src/scan/index.js';
import { startLegacyServer, type LegacyServerOptions } from '../../helpers/legacy-server.js';
import { cleanupTempDirs } from '../../helpers/servers.js';
import { testScanOptions } from '../scan-options.js';

afterAll(() => cleanupTempDirs());

const DERIVED: VulnerabilityName[] = ['sweet32', 'logjam', 'freak', 'drown', 'poodle', 'beast', 'rc4'];

const TRIPLE_DES = 0x000a; // TLS_RSA_WITH_3DES_EDE_CBC_SHA
const RC4 = 0x0005; // TLS_RSA_WITH_RC4_128_SHA
const RSA_EXPORT_RC4 = 0x0003; // TLS_RSA_EXPORT_WITH_RC4_40_MD5
const DHE_AES_CBC = 0x0033; // TLS_DHE_RSA_WITH_AES_128_CBC_SHA
const AES_CBC = 0x002f; // TLS_RSA_WITH_AES_128_CBC_SHA
const ECDHE_GCM = 0xc02f; // TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
const SSL2_RC4 = 0x010080; // SSL_CK_RC4_128_WITH_MD5

const name = (code: number): string => suiteByCode(code)!.name;

async function scan(config: LegacyServerOptions, checks: VulnerabilityName[]): Promise<TargetReport> {
  const server = await startLegacyServer(config);
  try {
    const target: Target = { name: 'legacy', host: '127.0.0.1', port: server.port, sni: null };
    return await scanTarget(target, await testScanOptions({ vulnerabilityChecks: new Set(checks) }));
  } finally {
    await server.close();
  }
}

describe('derived vulnerability checks on a legacy server', () => {
  const legacy: LegacyServerOptions = {
    versions: ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.2'],
    suites: [SSL2_RC4, TRIPLE_DES, RC4, RSA_EXPORT_RC4, DHE_AES_CBC, AES_CBC, ECDHE_GCM],
    order: 'server',
    dhBits: 1024
  };
  let report: TargetReport;

  it('scans it with only the derived checks selected', async () => {
    report = await scan(legacy, DERIVED);
    expect(Object.keys(report.vulnerabilities ?? {})).toEqual(DERIVED);
  }, 60_000);

  it('sweet32: the 3DES suite', () => {
    expect(report.vulnerabilities?.sweet32).toMatchObject({
      status: 'vulnerable',
      details: { suites: [name(TRIPLE_DES)] }
    });
  });

  it('rc4: both RC4 suites, the export one included', () => {
    expect(report.vulnerabilities?.rc4?.status).toBe('vulnerable');
    expect(report.vulnerabilities?.rc4?.details?.['suites']).toEqual(
      expect.arrayContaining([name(RC4), name(RSA_EXPORT_RC4)])
    );
  });

  it('freak: the RSA_EXPORT suite only', () => {
    expect(report.vulnerabilities?.freak).toMatchObject({
      status: 'vulnerable',
      details: { suites: [name(RSA_EXPORT_RC4)] }
    });
  });

  it('logjam: the 1024-bit DHE prime', () => {
    expect(report.vulnerabilities?.logjam).toMatchObject({ status: 'vulnerable', details: { dhBits: 1024 } });
  });

  it('drown: SSLv2 is spoken', () => {
    expect(report.vulnerabilities?.drown?.status).toBe('vulnerable');
  });

  it('poodle: the CBC suites over SSLv3, no stream cipher', () => {
    const suites = report.vulnerabilities?.poodle?.details?.['suites'] as string[];
    expect(report.vulnerabilities?.poodle?.status).toBe('vulnerable');
    expect(suites).toEqual(expect.arrayContaining([name(TRIPLE_DES), name(DHE_AES_CBC), name(AES_CBC)]));
    expect(suites).not.toContain(name(RC4));
  });

  it('beast: CBC suites over SSLv3 and TLS 1.0', () => {
    expect(report.vulnerabilities?.beast?.status).toBe('vulnerable');
  });
});

describe('derived vulnerability checks on a modern configuration', () => {
  it('are all ok for TLS 1.2 with one ECDHE AES-GCM suite', async () => {
    const report = await scan({ versions: ['TLSv1.2'], suites: [ECDHE_GCM], order: 'server' }, DERIVED);
    for (const check of DERIVED)
      expect([check, report.vulnerabilities?.[check]?.status]).toEqual([check, 'ok']);
  }, 60_000);

  it('are absent when not selected, and cost no handshake', async () => {
    const config: LegacyServerOptions = { versions: ['TLSv1.2'], suites: [ECDHE_GCM], order: 'server' };
    const without = await scan(config, []);
    const withDerived = await scan(config, DERIVED);
    expect(without.vulnerabilities).toBeUndefined();
    expect(withDerived.handshakes).toBe(without.handshakes);
  }, 60_000);
});
