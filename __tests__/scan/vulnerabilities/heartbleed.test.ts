// Heartbleed (CVE-2014-0160): the fixture answers an over-long heartbeat request the way OpenSSL 1.0.1-1.0.1f did
// (payload_length bytes of "memory") or the way 1.0.1g does (drops it, answers honest requests); a real OpenSSL 3
// server negotiates no heartbeat at all. testssl.sh's verdicts on the same fixtures: testssl-anchor.test.ts.
import { afterAll, describe, expect, it } from '@jest/globals';
import { startLegacyServer, type LegacyServer } from '../../helpers/legacy-server.js';
import { cleanupTempDirs, startOpensslServer } from '../../helpers/servers.js';
import { checkResult } from './vulnerability-scan.js';

afterAll(() => cleanupTempDirs());

const TLS12_SUITES = [0xc02f, 0x002f];

function heartbeatServer(mode: 'leaks-memory' | 'drops-overlong'): Promise<LegacyServer> {
  return startLegacyServer({
    versions: ['TLSv1.2'],
    suites: TLS12_SUITES,
    order: 'server',
    postFlight: { heartbeat: mode }
  });
}

describe('heartbleed', () => {
  it('is vulnerable when the over-long request is answered with memory', async () => {
    const server = await heartbeatServer('leaks-memory');
    try {
      const result = await checkResult(server.port, 'heartbleed');
      expect(result.status).toBe('vulnerable');
      expect(result.details).toMatchObject({ sentBytes: 8, returnedBytes: 4096 });
    } finally {
      await server.close();
    }
  }, 30_000);

  it('is ok when the server advertises heartbeat but drops the over-long request', async () => {
    const server = await heartbeatServer('drops-overlong');
    try {
      const result = await checkResult(server.port, 'heartbleed');
      expect(result.status).toBe('ok');
      expect(result.evidence).toMatch(/dropped/);
    } finally {
      await server.close();
    }
  }, 30_000);

  it('is ok on OpenSSL 3, which negotiates no heartbeat', async () => {
    const server = await startOpensslServer({});
    try {
      const result = await checkResult(server.port, 'heartbleed');
      expect(result).toMatchObject({ status: 'ok', evidence: expect.stringMatching(/does not negotiate/) });
    } finally {
      await server.stop();
    }
  }, 30_000);

  it('is not-applicable on a TLS 1.3-only server', async () => {
    const server = await startOpensslServer({ versions: ['-tls1_3'] });
    try {
      expect((await checkResult(server.port, 'heartbleed')).status).toBe('not-applicable');
    } finally {
      await server.stop();
    }
  }, 30_000);
});
