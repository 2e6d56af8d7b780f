// What the vulnerability checks cost on a modern server: nginx configured per Mozilla's intermediate guideline
// (TLS 1.2 and 1.3, ECDHE/DHE AEAD suites, HSTS, session tickets on so that Ticketbleed runs in full). Issue 13 allows
// at most 15 more handshakes for all the checks together; the derived ones must cost none.
import { afterAll, describe, expect, it } from '@jest/globals';
import type { VulnerabilityName } from '../../../src/model/report.js';
import { cleanupTempDirs, nginxBinary, selfSigned, startNginx } from '../../helpers/servers.js';
import { VULNERABILITY_CHECKS } from '../../../src/settings/checks.js';
import { scanChecks } from './vulnerability-scan.js';

afterAll(() => cleanupTempDirs());

const MOZILLA_INTERMEDIATE_TLS12 =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:' +
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:' +
  'DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305';

const nginx = nginxBinary();
if (!nginx) console.warn('nginx is not installed: the cost of the vulnerability checks is not measured');

(nginx ? describe : describe.skip)('the vulnerability checks on nginx, Mozilla intermediate', () => {
  it('add at most 15 handshakes, none of them for the derived checks', async () => {
    const server = await startNginx({
      key: selfSigned({ key: 'rsa', cn: 'localhost' }),
      protocols: 'TLSv1.2 TLSv1.3',
      ciphers: MOZILLA_INTERMEDIATE_TLS12,
      preferServerCiphers: false,
      ecdhCurve: 'X25519:prime256v1:secp384r1',
      // Mozilla's intermediate configuration sends HSTS for two years.
      extra: ['ssl_session_tickets on;', 'add_header Strict-Transport-Security "max-age=63072000" always;']
    });
    try {
      const none = await scanChecks(server.port, []);
      const derived = await scanChecks(server.port, [
        'sweet32',
        'logjam',
        'freak',
        'drown',
        'poodle',
        'beast',
        'rc4'
      ]);
      const all = await scanChecks(server.port, [...VULNERABILITY_CHECKS] as VulnerabilityName[]);
      expect(derived.handshakes).toBe(none.handshakes);
      expect(all.handshakes - none.handshakes).toBeLessThanOrEqual(15);
      // A correctly configured server: no check finds anything, none is left inconclusive.
      const statuses = Object.values(all.vulnerabilities ?? {}).map((result) => result.status);
      expect(statuses).not.toContain('vulnerable');
      expect(statuses).not.toContain('unknown');
      console.info(
        `nginx Mozilla intermediate: ${none.handshakes} handshakes without the vulnerability checks, ` +
          `${all.handshakes} with them; ${none.durationMs} ms and ${all.durationMs} ms`
      );
    } finally {
      await server.stop();
    }
  }, 90_000);
});
