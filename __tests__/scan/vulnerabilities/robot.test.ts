// ROBOT against real OpenSSL servers (not an oracle: RFC 5246 §7.4.7.1's implicit rejection) and against the
// oracle fixture in front of one (helpers/robot-oracle-proxy.ts), which really decrypts every ClientKeyExchange and
// answers invalid padding differently. The expected verdict comes from each server's configuration.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Target, TargetReport } from '../../../src/model/report.js';
import { scanTarget, type ScanOptions } from '../../../src/scan/index.js';
import { ROBOT_HANDSHAKES } from '../../../src/scan/vulnerabilities/robot.js';
import { startRobotProxy } from '../../helpers/robot-oracle-proxy.js';
import { cleanupTempDirs, selfSigned, startOpensslServer, type KeyPair } from '../../helpers/servers.js';
import { testScanOptions } from '../scan-options.js';
import { expectValidTargetReport } from '../valid-report.js';

let options: ScanOptions;
let rsa: KeyPair;
const TLS_RSA_ONLY = { versions: ['-tls1_2'], cipher: 'AES128-GCM-SHA256:AES128-SHA' };

beforeAll(async () => {
  options = await testScanOptions({ vulnerabilityChecks: new Set(['robot']) });
  rsa = selfSigned({ key: 'rsa' });
});
afterAll(() => cleanupTempDirs());

const target = (port: number): Target => ({ name: `127.0.0.1:${port}`, host: '127.0.0.1', port, sni: null });

async function scan(port: number, overrides: Partial<ScanOptions> = {}): Promise<TargetReport> {
  const report = await scanTarget(target(port), { ...options, ...overrides });
  expectValidTargetReport(report);
  return report;
}

describe('robot', () => {
  it('finds the oracle of a server that answers invalid PKCS#1 padding with another alert, in every round', async () => {
    const backend = await startOpensslServer({ ...TLS_RSA_ONLY, key: rsa });
    const proxy = await startRobotProxy({ backendPort: backend.port, key: rsa, behaviour: 'oracle' });
    try {
      const robot = (await scan(proxy.port)).vulnerabilities?.robot;
      expect(robot?.status).toBe('vulnerable');
      // valid and wrong-version carry valid padding (the fixture checks padding only): 2 of 5, in 2 rounds.
      expect(proxy.decrypted).toEqual({ valid: 4, invalid: 6 });
      expect(robot?.details?.differFromValid).toEqual([
        'wrong-first-bytes',
        'wrong-zero-position',
        'no-zero-separator'
      ]);
      expect(robot?.evidence).toMatch(/valid \(.*\): alert bad_record_mac \(20\)/);
      expect(robot?.evidence).toMatch(/no-zero-separator \(.*\): alert handshake_failure \(40\)/);
    } finally {
      await proxy.stop();
      await backend.stop();
    }
  });

  it('finds no oracle when the same fixture decrypts but answers every padding alike', async () => {
    const backend = await startOpensslServer({ ...TLS_RSA_ONLY, key: rsa });
    const proxy = await startRobotProxy({ backendPort: backend.port, key: rsa, behaviour: 'fixed' });
    try {
      const robot = (await scan(proxy.port)).vulnerabilities?.robot;
      expect(proxy.decrypted).toEqual({ valid: 4, invalid: 6 });
      expect(robot).toMatchObject({ status: 'ok', reason: null });
    } finally {
      await proxy.stop();
      await backend.stop();
    }
  });

  it('finds no oracle in OpenSSL with TLS_RSA suites enabled, and costs ten handshakes', async () => {
    const server = await startOpensslServer({ ...TLS_RSA_ONLY, key: rsa });
    try {
      const withRobot = await scan(server.port);
      const without = await scan(server.port, { vulnerabilityChecks: new Set() });
      expect(withRobot.vulnerabilities?.robot?.status).toBe('ok');
      expect(withRobot.vulnerabilities?.robot?.evidence).toMatch(/^TLSv1\.2, 2 rounds; valid/);
      expect(withRobot.handshakes - without.handshakes).toBe(ROBOT_HANDSHAKES);
    } finally {
      await server.stop();
    }
  });

  it('concludes beside the HSTS GET on a server that serves one connection at a time and never answers HTTP', async () => {
    const server = await startOpensslServer({ ...TLS_RSA_ONLY, key: rsa });
    try {
      const report = await scan(server.port, { vulnerabilityChecks: new Set(['robot', 'hsts']) });
      expect(report.vulnerabilities?.robot?.status).toBe('ok');
      expect(report.vulnerabilities?.hsts?.status).toBe('not-applicable');
    } finally {
      await server.stop();
    }
  });

  it('is not applicable, without a handshake of its own, where no TLS_RSA suite is accepted', async () => {
    const server = await startOpensslServer({
      versions: ['-tls1_2'],
      cipher: 'ECDHE-RSA-AES128-GCM-SHA256',
      key: rsa
    });
    try {
      const withRobot = await scan(server.port);
      const without = await scan(server.port, { vulnerabilityChecks: new Set() });
      expect(withRobot.vulnerabilities?.robot).toMatchObject({ status: 'not-applicable' });
      expect(withRobot.vulnerabilities?.robot?.reason).toMatch(/no RSA key exchange/);
      expect(withRobot.handshakes).toBe(without.handshakes);
      expect(without.vulnerabilities).toBeUndefined();
    } finally {
      await server.stop();
    }
  });
});
