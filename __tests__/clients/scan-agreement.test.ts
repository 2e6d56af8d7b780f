// The scan data and the real handshakes agree: scan a real server with the engine, simulate every profile
// against it, and expect no "Disagreement with the scan data" in any result. A disagreement would mean the
// engine, a profile or the prediction is wrong; the test names the profile and both outcomes.
import { afterAll, describe, expect, it } from '@jest/globals';
import { loadTrustStore } from '../../src/certs/index.js';
import { simulateClients } from '../../src/clients/simulate.js';
import { scanTarget } from '../../src/scan/index.js';
import { RUN_DEFAULTS } from '../../src/settings/index.js';
import {
  cleanupTempDirs,
  selfSigned,
  startOpensslServer,
  type OpensslServerOptions
} from '../helpers/servers.js';

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  cleanupTempDirs();
});

const CONFIGS: Record<string, OpensslServerOptions> = {
  'OpenSSL defaults (TLS 1.2 and 1.3)': {},
  'TLS 1.3 only': { versions: ['-tls1_3'] },
  'DHE only, TLS 1.2': {
    versions: ['-tls1_2'],
    cipher: 'DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384'
  },
  'ECDHE-RSA-GCM only, server order': {
    versions: ['-tls1_2'],
    cipher: 'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256',
    serverPref: true
  },
  'TLS 1.0 to 1.3 at SECLEVEL 0': { cipher: 'ALL:@SECLEVEL=0' }
};

/** The versions each configuration lets a client negotiate, from the s_server flags above. */
const CONFIGURED_VERSIONS: Record<string, string[]> = {
  'OpenSSL defaults (TLS 1.2 and 1.3)': ['TLSv1.2', 'TLSv1.3'],
  'TLS 1.3 only': ['TLSv1.3'],
  'DHE only, TLS 1.2': ['TLSv1.2'],
  'ECDHE-RSA-GCM only, server order': ['TLSv1.2'],
  'TLS 1.0 to 1.3 at SECLEVEL 0': ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']
};

describe('simulation agrees with the scan data', () => {
  for (const [label, config] of Object.entries(CONFIGS)) {
    it(`${label}: every profile's handshake matches the prediction from the scan`, async () => {
      const server = await startOpensslServer({
        key: selfSigned({ key: 'rsa', cn: 'localhost' }),
        ...config
      });
      stops.push(() => server.stop());
      const trust = await loadTrustStore({});
      const target = { name: `127.0.0.1:${server.port}`, host: '127.0.0.1', port: server.port, sni: null };
      const report = await scanTarget(target, { ...RUN_DEFAULTS, trust, now: new Date() });
      expect(report.status).toBe('ok');
      const results = await simulateClients(
        { host: '127.0.0.1', address: '127.0.0.1', port: server.port, sni: null },
        report,
        { timeoutMs: 3000, deadline: Date.now() + 60000 }
      );
      const disagreements = results
        .filter((r) => r.diagnosis?.includes('Disagreement'))
        .map((r) => `${r.profile}: ${r.diagnosis}`);
      expect(disagreements).toEqual([]);
      // Not vacuous: handshakes happened (a version was negotiated) for some profiles.
      expect(results.filter((r) => r.version !== null).length).toBeGreaterThan(0);
      // And every negotiated version is one the server was configured to allow.
      const negotiated = results.flatMap((r) => (r.version === null ? [] : [r.version]));
      expect(negotiated.filter((v) => !CONFIGURED_VERSIONS[label]!.includes(v))).toEqual([]);
    });
  }
});
