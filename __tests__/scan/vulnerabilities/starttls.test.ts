// The active vulnerability checks over STARTTLS, on real mail servers: every connection a check makes runs the
// target's plain-text dialogue first (SMTP EHLO/STARTTLS on Postfix, IMAP CAPABILITY/STARTTLS on Dovecot), so each
// check gives the answer the same configuration gives over direct TLS. Both daemons run on the Debian OpenSSL 3
// library with TLS 1.2 as their lowest version (the helpers' configuration) and neither sets an option that
// re-enables what OpenSSL 3 removed or refuses by default, so the configuration decides:
// - heartbleed, ccsInjection, compression, insecureRenegotiation: ok (OpenSSL 3 has no heartbeat, rejects the
//   early ChangeCipherSpec, disables compression, implements RFC 5746);
// - clientRenegotiation: ok (OpenSSL 3 refuses client-initiated renegotiation without
//   SSL_OP_ALLOW_CLIENT_RENEGOTIATION, which neither daemon sets);
// - fallbackScsv: ok (TLS 1.2 and 1.3 spoken, OpenSSL honours TLS_FALLBACK_SCSV; Dovecot closes without an alert);
// - ticketbleed: ok; Postfix resumes the ticket (tlsmgr shares the ticket keys) and echoes our 1-byte session ID,
//   Dovecot resumes nothing (each login runs in a process of its own, service_count = 1, with its own ticket keys);
// - robot: not-applicable on Postfix (its cipher list has no TLS_RSA suite), ok on Dovecot (AES128-SHA added;
//   OpenSSL's RSA decryption is not an oracle);
// - hsts: not-applicable (not HTTPS), saying so.
// A second Postfix sets SSL_OP_ALLOW_CLIENT_RENEGOTIATION (bit 8 of OpenSSL 3's ssl.h, 0x100) through
// tls_ssl_options: there clientRenegotiation is vulnerable, the renegotiation completing on the upgraded connection.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { StarttlsProtocol, TargetReport, VulnerabilityName } from '../../../src/model/report.js';
import { scanTarget } from '../../../src/scan/index.js';
import { cleanupTempDirs, selfSigned } from '../../helpers/servers.js';
import {
  isUnavailable,
  startDovecot,
  startPostfix,
  type StarttlsServerConfig
} from '../../helpers/starttls-servers.js';
import { testScanOptions } from '../scan-options.js';
import { starttlsTarget, TEST_CIPHERS } from '../starttls/same-facts.js';

const ACTIVE: VulnerabilityName[] = [
  'heartbleed',
  'ccsInjection',
  'robot',
  'compression',
  'insecureRenegotiation',
  'clientRenegotiation',
  'fallbackScsv',
  'ticketbleed',
  'hsts'
];

async function scanOver(
  port: number,
  protocol: StarttlsProtocol,
  checks: VulnerabilityName[] = ACTIVE
): Promise<TargetReport> {
  const options = await testScanOptions({ vulnerabilityChecks: new Set(checks) });
  return scanTarget(starttlsTarget(port, protocol), options);
}

let stops: (() => Promise<void>)[] = [];
let smtp: TargetReport | null = null;
let imap: TargetReport | null = null;
let renegotiating: TargetReport | null = null;

/** SSL_OP_ALLOW_CLIENT_RENEGOTIATION in OpenSSL 3 (ssl.h: SSL_OP_BIT(8)), as postconf(5)'s hexadecimal mask. */
const ALLOW_CLIENT_RENEGOTIATION = '0x100';

beforeAll(async () => {
  const key = selfSigned({ key: 'rsa', cn: 'mail.tls-gate.test' });
  const postfixConfig: StarttlsServerConfig = { key, cipher: TEST_CIPHERS };
  const dovecotConfig: StarttlsServerConfig = { key, cipher: `${TEST_CIPHERS}:AES128-SHA` };
  const [postfix, dovecot, lenient] = await Promise.all([
    startPostfix(postfixConfig),
    startDovecot(dovecotConfig),
    startPostfix(postfixConfig, { tlsSslOptions: ALLOW_CLIENT_RENEGOTIATION })
  ]);
  for (const server of [postfix, dovecot, lenient]) {
    if (isUnavailable(server)) console.warn(`SKIPPED STARTTLS vulnerability tests: ${server.skip}`);
    else stops.push(server.stop);
  }
  [smtp, imap, renegotiating] = await Promise.all([
    isUnavailable(postfix) ? null : scanOver(postfix.ports.smtp, 'smtp'),
    isUnavailable(dovecot) ? null : scanOver(dovecot.ports.imap, 'imap'),
    isUnavailable(lenient) ? null : scanOver(lenient.ports.smtp, 'smtp', ['clientRenegotiation'])
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  stops = [];
  cleanupTempDirs();
});

/** The check's result in a report of a server that ran; throws when the scan recorded none. */
function resultOf(report: TargetReport, check: VulnerabilityName) {
  const result = report.vulnerabilities?.[check];
  if (!result)
    throw new Error(`no ${check} result (status ${report.status}, ${report.error?.message ?? ''})`);
  return result;
}

describe('over SMTP STARTTLS (Postfix, ECDHE suites only)', () => {
  it('completes the STARTTLS scan', () => {
    if (!smtp) return;
    expect(smtp).toMatchObject({ status: 'ok', starttls: 'smtp' });
  });

  it.each(['heartbleed', 'ccsInjection', 'compression', 'insecureRenegotiation'] as const)(
    '%s is ok (OpenSSL 3)',
    (check) => {
      if (!smtp) return;
      expect(resultOf(smtp, check).status).toBe('ok');
    }
  );

  it('clientRenegotiation is ok: the renegotiation on the upgraded connection is refused', () => {
    if (!smtp) return;
    expect(resultOf(smtp, 'clientRenegotiation')).toMatchObject({
      status: 'ok',
      evidence: expect.stringMatching(/was refused/)
    });
  });

  it('fallbackScsv is ok: the TLS 1.2 hello with the SCSV is refused with inappropriate_fallback', () => {
    if (!smtp) return;
    expect(resultOf(smtp, 'fallbackScsv')).toMatchObject({
      status: 'ok',
      evidence: expect.stringMatching(/inappropriate_fallback/)
    });
  });

  it('ticketbleed is ok: Postfix (tlsmgr holds the ticket keys) resumes the ticket echoing our 1-byte session ID', () => {
    if (!smtp) return;
    expect(resultOf(smtp, 'ticketbleed')).toMatchObject({
      status: 'ok',
      evidence: expect.stringMatching(/was resumed and the ServerHello echoed 1 byte/)
    });
  });

  it('robot is not-applicable: no TLS_RSA suite is configured', () => {
    if (!smtp) return;
    expect(resultOf(smtp, 'robot')).toMatchObject({
      status: 'not-applicable',
      reason: expect.stringMatching(/no RSA key exchange/)
    });
  });

  it('hsts is not-applicable, saying the target is STARTTLS and not HTTPS', () => {
    if (!smtp) return;
    expect(resultOf(smtp, 'hsts')).toMatchObject({
      status: 'not-applicable',
      reason: expect.stringMatching(/SMTP with STARTTLS/)
    });
  });
});

describe('over IMAP STARTTLS (Dovecot, AES128-SHA added)', () => {
  it('completes the STARTTLS scan', () => {
    if (!imap) return;
    expect(imap).toMatchObject({ status: 'ok', starttls: 'imap' });
  });

  it.each([
    'heartbleed',
    'ccsInjection',
    'compression',
    'insecureRenegotiation',
    'clientRenegotiation'
  ] as const)('%s is ok (OpenSSL 3)', (check) => {
    if (!imap) return;
    expect(resultOf(imap, check).status).toBe('ok');
  });

  it('robot is ok: the five queries over TLS_RSA, each after the IMAP dialogue, all meet the same reaction', () => {
    if (!imap) return;
    expect(resultOf(imap, 'robot')).toMatchObject({
      status: 'ok',
      details: { version: 'TLSv1.2', rounds: 2 }
    });
  });

  it('fallbackScsv is ok: Dovecot closes on the SCSV hello without an alert, and accepts the same hello without the SCSV', () => {
    if (!imap) return;
    expect(resultOf(imap, 'fallbackScsv')).toMatchObject({
      status: 'ok',
      evidence: expect.stringMatching(/without the SCSV was accepted at TLSv1\.2/)
    });
  });

  it('ticketbleed is ok: each IMAP login runs in a fresh process (service_count 1) whose ticket keys are its own, so nothing is resumed', () => {
    if (!imap) return;
    expect(resultOf(imap, 'ticketbleed')).toMatchObject({
      status: 'ok',
      evidence: expect.stringMatching(/was not resumed/)
    });
  });

  it('hsts is not-applicable, saying the target is STARTTLS and not HTTPS', () => {
    if (!imap) return;
    expect(resultOf(imap, 'hsts')).toMatchObject({
      status: 'not-applicable',
      reason: expect.stringMatching(/IMAP with STARTTLS/)
    });
  });
});

describe('over SMTP STARTTLS (Postfix allowing client renegotiation)', () => {
  it('clientRenegotiation is vulnerable: the renegotiation on the upgraded connection completes', () => {
    if (!renegotiating) return;
    expect(resultOf(renegotiating, 'clientRenegotiation')).toMatchObject({
      status: 'vulnerable',
      evidence: expect.stringMatching(/renegotiation on an established TLSv1\.2 connection completed/)
    });
  });
});
