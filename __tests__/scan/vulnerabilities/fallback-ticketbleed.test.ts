// TLS_FALLBACK_SCSV (RFC 7507) and Ticketbleed (CVE-2016-9244) on real servers: OpenSSL refuses a downgraded
// hello carrying the SCSV with inappropriate_fallback, the legacy fixture (which predates RFC 7507) accepts it,
// a one-version server has nothing to fall back to; OpenSSL resumes a ticket with the 1-byte session ID echoed,
// the F5-like fixture echoes 32 bytes, a server issuing no tickets gives Ticketbleed nothing to act on.
import { afterAll, describe, expect, it } from '@jest/globals';
import { startLegacyServer } from '../../helpers/legacy-server.js';
import { startTicketbleedServer } from '../../helpers/ticketbleed-server.js';
import { cleanupTempDirs, startOpensslServer } from '../../helpers/servers.js';
import { checkResult, scanChecks } from './vulnerability-scan.js';

afterAll(() => cleanupTempDirs());

describe('fallbackScsv', () => {
  it('is ok on OpenSSL (TLS 1.2 and 1.3): inappropriate_fallback; and Ticketbleed ok', async () => {
    const server = await startOpensslServer({});
    try {
      const report = await scanChecks(server.port, ['fallbackScsv', 'ticketbleed']);
      expect(report.vulnerabilities?.fallbackScsv).toMatchObject({
        status: 'ok',
        evidence: expect.stringMatching(/inappropriate_fallback/)
      });
      expect(report.vulnerabilities?.ticketbleed).toMatchObject({
        status: 'ok',
        evidence: expect.stringMatching(/echoed 1 byte/)
      });
    } finally {
      await server.stop();
    }
  }, 30_000);

  it('is vulnerable on the legacy fixture with TLS 1.1 and 1.2, which accepts the downgraded hello', async () => {
    const server = await startLegacyServer({
      versions: ['TLSv1.1', 'TLSv1.2'],
      suites: [0xc013],
      order: 'server'
    });
    try {
      expect(await checkResult(server.port, 'fallbackScsv')).toMatchObject({
        status: 'vulnerable',
        evidence: expect.stringMatching(/TLSv1\.1 hello/)
      });
    } finally {
      await server.close();
    }
  }, 30_000);

  it('is not-applicable when the server speaks one version', async () => {
    const server = await startOpensslServer({ versions: ['-tls1_2'] });
    try {
      expect(await checkResult(server.port, 'fallbackScsv')).toMatchObject({
        status: 'not-applicable',
        reason: expect.stringMatching(/one version only \(TLSv1\.2\)/)
      });
    } finally {
      await server.stop();
    }
  }, 30_000);
});

describe('ticketbleed', () => {
  it('is vulnerable when a resumption with a 1-byte session ID gets 32 bytes back (the F5 fixture)', async () => {
    const server = await startTicketbleedServer();
    try {
      expect(await checkResult(server.port, 'ticketbleed')).toMatchObject({
        status: 'vulnerable',
        details: { echoedBytes: 32 }
      });
    } finally {
      await server.stop();
    }
  }, 30_000);

  it('is not-applicable when the server issues no session tickets', async () => {
    const server = await startOpensslServer({ versions: ['-tls1_2'], extraArgs: ['-no_ticket'] });
    try {
      expect(await checkResult(server.port, 'ticketbleed')).toMatchObject({
        status: 'not-applicable',
        reason: expect.stringMatching(/no TLS 1\.2 session tickets/)
      });
    } finally {
      await server.stop();
    }
  }, 30_000);
});
