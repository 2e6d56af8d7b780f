// What "a STARTTLS scan reports the same facts as a direct TLS scan of the same configuration" means in these
// tests: the scan of the daemon and the scan of an openssl s_server given the same certificate, the same TLS 1.2
// cipher list and the same lowest version agree on protocols, suites (as sets: the daemons' own order settings
// differ from s_server's) and the certificate; and both agree with the configuration itself.
import { expect } from '@jest/globals';
import type { StarttlsProtocol, Target, TargetReport } from '../../../src/model/report.js';
import { suiteByName } from '../../../src/registry/index.js';
import { scanTarget, type ScanOptions } from '../../../src/scan/index.js';
import type { StarttlsServerConfig } from '../../helpers/starttls-servers.js';
import { startOpensslServer } from '../../helpers/servers.js';
import { expectValidTargetReport } from '../valid-report.js';

/** OpenSSL's default TLS 1.3 suites (the daemons are not given any): TLS_DEFAULT_CIPHERSUITES of OpenSSL 3. */
export const OPENSSL_DEFAULT_TLS13 = [
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_GCM_SHA256'
];

/** A cipher list every daemon here accepts: two ECDHE-RSA AEAD suites. */
export const TEST_CIPHERS = 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384';

export function starttlsTarget(port: number, starttls: StarttlsProtocol, sni: string | null = null): Target {
  return { name: `127.0.0.1:${port}`, host: '127.0.0.1', port, sni, starttls };
}

function ianaNames(opensslList: string): string[] {
  return opensslList.split(':').map((name) => suiteByName(name)!.name);
}

const sorted = (names: string[] | undefined): string[] => [...(names ?? [])].sort();

/** The facts compared between the two scans. */
function facts(report: TargetReport) {
  return {
    status: report.status,
    error: report.error,
    protocols: report.protocols,
    tls12: sorted(report.cipherSuites['TLSv1.2']),
    tls13: sorted(report.cipherSuites['TLSv1.3']),
    leaf: report.certificate?.chain[0]?.sha256Fingerprint ?? null,
    // Nothing left unsettled: a server that refuses hellos by closing (Dovecot) is answering, not throttling.
    incomplete: report.incomplete ?? []
  };
}

/** The direct TLS scan of the same configuration: an openssl s_server with the same certificate and ciphers. */
export async function directTlsFacts(
  config: StarttlsServerConfig,
  options: ScanOptions,
  versions = ['-no_tls1', '-no_tls1_1', '-no_ssl3']
) {
  const server = await startOpensslServer({ key: config.key, cipher: config.cipher, versions });
  try {
    const report = await scanTarget(
      { name: 'direct', host: '127.0.0.1', port: server.port, sni: null },
      options
    );
    return facts(report);
  } finally {
    await server.stop();
  }
}

/** Checks a STARTTLS scan against the configuration and the direct scan's facts. */
export function expectSameFactsAsDirectTls(
  report: TargetReport,
  config: StarttlsServerConfig,
  direct: ReturnType<typeof facts>
): void {
  expectValidTargetReport(report);
  const found = facts(report);
  expect(found.status).toBe('ok');
  expect(found.protocols).toMatchObject({
    SSLv2: false,
    SSLv3: false,
    'TLSv1.0': false,
    'TLSv1.1': false,
    'TLSv1.2': true
  });
  expect(found.tls12).toEqual(sorted(ianaNames(config.cipher)));
  expect(found).toEqual(direct);
}
