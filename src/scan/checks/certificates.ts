// Certificates: capture the chains over the best version the server speaks (scan/certificates.ts), then have
// src/certs analyse them once the scan knows a handshake works.
import type { ProtocolName } from '../../model/report.js';
import { suitesForProtocol } from '../../registry/index.js';
import { analyzeCaptured } from '../certificate-report.js';
import { captureCertificates } from '../certificates.js';
import type { VersionResult } from '../suites.js';
import type { ScanCheck } from './check.js';

/** The captures: the chain with SNI, without SNI, and one per key type (ECDSA, RSA). */
const CAPTURE_HANDSHAKES = 4;

export const certificateCaptureCheck: ScanCheck = {
  name: 'certificates',
  needs: ['contact', 'version:TLSv1.2', 'version:TLSv1.1', 'version:TLSv1.0', 'version:SSLv3'],
  produces: ['certificates:captured'],
  handshakeBudget: () => CAPTURE_HANDSHAKES,
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
      return {
        'certificates:captured': await captureCertificates(ctx, 'TLSv1.3', tls13Suites, [tls13Group])
      };
    }
    const tls12 = await facts.get('version:TLSv1.2');
    if (tls12?.supported)
      return { 'certificates:captured': await captureCertificates(ctx, 'TLSv1.2', tls12.suites) };
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
    return { 'certificates:captured': await captureCertificates(ctx, version, best?.suites ?? []) };
  }
};

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
