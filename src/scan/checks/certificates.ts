// Certificates: capture the chains over the best version the server speaks (scan/certificates.ts), then have
// src/certs analyse them once the scan knows a handshake works.
import type { ProtocolName } from '../../model/report.js';
import { suitesForProtocol } from '../../registry/index.js';
import { analyzeCaptured } from '../certificate-report.js';
import { captureCertificates, tls12Chains, type CapturedCertificates } from '../certificates.js';
import type { VersionResult } from '../suites.js';
import type { CheckRun, FactReader, ScanCheck } from './check.js';

/** The captures: the chain with SNI, without SNI, and one per key type (ECDSA, RSA). */
const CAPTURE_HANDSHAKES = 4;
/** A TLS 1.3 read that proves TLS 1.3 unusable is followed by the captures over the best older version. */
const CAPTURE_BUDGET = 2 * CAPTURE_HANDSHAKES;

export const certificateCaptureCheck: ScanCheck = {
  name: 'certificates',
  needs: ['contact', 'version:TLSv1.2', 'version:TLSv1.1', 'version:TLSv1.0', 'version:SSLv3'],
  produces: ['certificates:captured'],
  handshakeBudget: () => CAPTURE_BUDGET,
  applies: async ({ facts }) => (await facts.get('contact'))?.goOn === true,
  async run({ ctx, facts }) {
    // The first contact already says whether TLS 1.3 is spoken and which group to send a share for.
    const contact = (await facts.get('contact'))!.outcome;
    const tls13Group =
      contact.kind === 'hello-retry'
        ? contact.group
        : contact.kind === 'accepted' && contact.version === 'TLSv1.3'
          ? contact.group
          : null;
    if (tls13Group !== null) {
      const tls13Suites = suitesForProtocol('TLSv1.3').map((suite) => suite.code);
      const tls12 = async () => {
        const result = await facts.get('version:TLSv1.2');
        return result?.supported ? tls12Chains(result.outcomes, result.suites) : null;
      };
      const answered = contact.kind === 'accepted' ? (contact.certificateRead ?? null) : null;
      const tls13 = await captureCertificates(ctx, 'TLSv1.3', tls13Suites, [tls13Group], tls12, answered);
      if (!tls13.tls13Unusable) return { 'certificates:captured': tls13 };
      // TLS 1.3 leads nowhere: the chain a client gets is the one over the best older version.
      const older = await captureOverOlder(ctx, facts);
      return { 'certificates:captured': { ...older, tls13Unusable: tls13.tls13Unusable } };
    }
    return { 'certificates:captured': await captureOverOlder(ctx, facts) };
  }
};

/** The captures over TLS 1.2 when spoken, else over the newest older version that is. */
async function captureOverOlder(ctx: CheckRun['ctx'], facts: FactReader): Promise<CapturedCertificates> {
  const tls12 = await facts.get('version:TLSv1.2');
  if (tls12?.supported) return captureCertificates(ctx, 'TLSv1.2', tls12.suites);
  const legacy = (
    await Promise.all([
      facts.get('version:SSLv3'),
      facts.get('version:TLSv1.0'),
      facts.get('version:TLSv1.1'),
      Promise.resolve(tls12)
    ])
  ).filter((r): r is VersionResult => r?.supported === true);
  const best = legacy.at(-1);
  const version = (best?.version ?? null) as Exclude<ProtocolName, 'SSLv2'> | null;
  return captureCertificates(ctx, version, best?.suites ?? []);
}

export const certificateAnalysisCheck: ScanCheck = {
  name: 'certificate analysis',
  needs: ['handshake', 'certificates:captured'],
  produces: ['certificate'],
  handshakeBudget: () => 0,
  applies: async ({ facts }) => (await facts.get('handshake'))?.ok === true,
  async run({ report, facts, target, options }) {
    const captured = (await facts.get('certificates:captured'))!;
    report.certificate = await analyzeCaptured(captured, target, options);
    return { certificate: report.certificate };
  }
};
