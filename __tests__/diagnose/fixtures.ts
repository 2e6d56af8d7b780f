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
} from '../../src/report/types.js';

export function leaf(keyType: KeyType, overrides: Partial<CertificateInfo> = {}): CertificateInfo {
  return {
    subject: 'CN=shop.test',
    issuer: 'CN=Test CA',
    serialNumber: '01',
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
    selfSigned: false,
    isCA: false,
    ocspUrls: [],
    caIssuerUrls: [],
    crlUrls: [],
    mustStaple: false,
    sctCount: 0,
    keyUsage: [],
    extendedKeyUsage: [],
    ...overrides
  };
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
  return {
    name: 'shop.test:443',
    host: 'shop.test',
    port: 443,
    address: '127.0.0.1',
    sni: 'shop.test',
    status: 'ok',
    error: null,
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
    certificate: {
      chain: [leaf(shape.keyType ?? 'RSA', shape.leaf)],
      hostnameMatch: true,
      trusted: true,
      trustStore: 'mozilla',
      chainComplete: true,
      chainOrdered: true,
      extraCertificates: [],
      containsRoot: false,
      missingIssuer: null,
      validatedPath: [],
      ocspStapled: false,
      ocsp: null,
      noSniCertificate: null,
      alternateChains: [],
      readOver: 'TLSv1.2',
      error: null,
      ...shape.certificate
    },
    handshakes: 0,
    durationMs: 0,
    findings: [],
    verdict: 'pass'
  };
}

export function rules(change: (rules: PolicyRules) => void = () => undefined): PolicyRules {
  const r = baseRules();
  change(r);
  return r;
}
