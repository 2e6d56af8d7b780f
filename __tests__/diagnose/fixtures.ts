// Scan data (TargetReport) written by hand for pure diagnosis tests: the input is the fixture, the expected
// cause follows from it.
import { baseRules } from '../../src/policy/presets/base.js';
import type { PolicyRules } from '../../src/policy/index.js';
import {
  emptyProtocols,
  type CertificateInfo,
  type KeyType,
  type ProtocolName,
  type TargetReport
} from '../../src/model/report.js';
import { certificateInfo, certificateReport, targetReport } from '../helpers/report-builders.js';

export function leaf(keyType: KeyType, overrides: Partial<CertificateInfo> = {}): CertificateInfo {
  return certificateInfo({
    subject: 'CN=shop.test',
    issuer: 'CN=Test CA',
    notBefore: '2026-01-01T00:00:00Z',
    notAfter: '2027-01-01T00:00:00Z',
    daysRemaining: 30,
    lifetimeDays: 90,
    subjectAltNames: ['DNS:shop.test'],
    keyType,
    keyBits: keyType === 'RSA' ? 2048 : 256,
    curve: keyType === 'EC' ? 'P-256' : null,
    signatureAlgorithm: 'sha256WithRSAEncryption',
    sha256Fingerprint: 'AA',
    spkiSha256: 'spki-leaf',
    keyUsage: [],
    extendedKeyUsage: [],
    ...overrides
  });
}

export interface ServerShape {
  protocols: ProtocolName[];
  suites: Partial<Record<ProtocolName, string[]>>;
  groups?: string[];
  keyType?: KeyType;
  serverPreference?: boolean;
  certificate?: Partial<NonNullable<TargetReport['certificate']>>;
  leaf?: Partial<CertificateInfo>;
}

export function server(shape: ServerShape): TargetReport {
  const protocols = emptyProtocols();
  for (const p of shape.protocols) protocols[p] = true;
  const groups = shape.groups ?? ['x25519', 'secp256r1'];
  return targetReport({
    name: 'shop.test:443',
    host: 'shop.test',
    sni: 'shop.test',
    protocols,
    cipherSuites: shape.suites,
    serverPreference: Object.fromEntries(shape.protocols.map((p) => [p, shape.serverPreference ?? false])),
    groups,
    keyExchange: {
      dhBits: null,
      preferredGroup: groups[0] ?? null,
      tls13Groups: groups,
      tls12Groups: groups
    },
    certificate: certificateReport({
      chain: [leaf(shape.keyType ?? 'RSA', shape.leaf)],
      trustStore: 'mozilla',
      validatedPath: [],
      readOver: 'TLSv1.2',
      ...shape.certificate
    }),
    handshakes: 0,
    durationMs: 0
  });
}

export function rules(change: (rules: PolicyRules) => void = () => undefined): PolicyRules {
  const r = baseRules();
  change(r);
  return r;
}
