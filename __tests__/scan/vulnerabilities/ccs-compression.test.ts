// CCS injection (CVE-2014-0224) and TLS compression (CRIME): the fixture accepts an early ChangeCipherSpec the way
// OpenSSL before 1.0.1h did, or refuses it as fixed servers do, and selects DEFLATE when built to; real OpenSSL 3
// refuses the early ChangeCipherSpec and has no compression. testssl.sh's verdicts: testssl-anchor.test.ts.
import { afterAll, describe, expect, it } from '@jest/globals';
import { startLegacyServer } from '../../helpers/legacy-server.js';
import { cleanupTempDirs, startOpensslServer } from '../../helpers/servers.js';
import { checkResult, scanChecks } from './vulnerability-scan.js';

afterAll(() => cleanupTempDirs());

describe('ccsInjection', () => {
  for (const [earlyCcs, status] of [
    ['accepted', 'vulnerable'],
    ['refused', 'ok']
  ] as const) {
    it(`is ${status} when the fixture's early ChangeCipherSpec is ${earlyCcs}`, async () => {
      const server = await startLegacyServer({
        versions: ['TLSv1.2'],
        suites: [0xc02f],
        order: 'server',
        postFlight: { earlyCcs }
      });
      try {
        const result = await checkResult(server.port, 'ccsInjection');
        expect(result.status).toBe(status);
        expect(result.evidence).toMatch(earlyCcs === 'accepted' ? /bad_record_mac/ : /unexpected_message/);
      } finally {
        await server.close();
      }
    }, 30_000);
  }

  it('is ok on OpenSSL 3 (unexpected_message), and compression too: no DEFLATE', async () => {
    const server = await startOpensslServer({});
    try {
      const report = await scanChecks(server.port, ['ccsInjection', 'compression']);
      expect(report.vulnerabilities?.ccsInjection).toMatchObject({
        status: 'ok',
        evidence: expect.stringMatching(/unexpected_message/)
      });
      expect(report.vulnerabilities?.compression?.status).toBe('ok');
    } finally {
      await server.stop();
    }
  }, 30_000);
});

describe('compression', () => {
  it('is vulnerable when the ServerHello selects DEFLATE', async () => {
    const server = await startLegacyServer({
      versions: ['TLSv1.2'],
      suites: [0xc02f],
      order: 'server',
      compression: 'deflate'
    });
    try {
      expect(await checkResult(server.port, 'compression')).toMatchObject({
        status: 'vulnerable',
        details: { compressionMethod: 'DEFLATE' }
      });
    } finally {
      await server.close();
    }
  }, 30_000);
});
