// What the scan data says a client's handshake will do: the version, suite and group the server will pick, or
// why there is none, computed the way servers negotiate (version first, then suite, with ECDHE suites needing a
// common curve and every suite needing a certificate the client's signature algorithms accept). Simulation
// compares this with the real handshake; diagnosis explains failures with it.
import { SignatureScheme as Sig } from '../codepoints/index.js';
import { groupByCode, suiteByCode, suiteByName, type CipherSuiteInfo } from '../registry/index.js';
import { PROTOCOL_NAMES, type KeyType, type ProtocolName, type TargetReport } from '../model/report.js';
import type { ClientOffer } from './offer.js';

export type PredictedCause =
  | { kind: 'ok' }
  | { kind: 'no-common-version'; client: ProtocolName[]; server: ProtocolName[] }
  | {
      kind: 'no-common-cipher';
      version: ProtocolName;
      client: string[];
      server: string[];
      nearest: { client: string; server: string; differences: string[] } | null;
    }
  | { kind: 'no-common-group'; version: ProtocolName; client: string[]; server: string[] }
  | {
      kind: 'no-common-signature-algorithm';
      version: ProtocolName;
      client: number[];
      serverKeyTypes: KeyType[];
    };

export interface Prediction {
  connects: boolean;
  version: ProtocolName | null;
  /** IANA name of the suite the server should pick. */
  cipherSuite: string | null;
  /** Whether the suite is certain (server order known) or the client's first acceptable one. */
  group: string | null;
  cause: PredictedCause;
}

const rank = (p: ProtocolName): number => PROTOCOL_NAMES.indexOf(p);

export function suiteLabel(code: number): string {
  const info = suiteByCode(code);
  return info?.iana ?? info?.name ?? `0x${code.toString(16).padStart(4, '0')}`;
}

export function groupLabel(code: number): string {
  return groupByCode(code)?.name ?? `0x${code.toString(16).padStart(4, '0')}`;
}

/** Whether a suite can be negotiated at a version (TLS 1.3 suites only there; TLS 1.2 suites from 1.2 on). */
export function suiteFitsVersion(suite: CipherSuiteInfo, version: ProtocolName): boolean {
  if (suite.scsv || suite.sslv2) return false;
  const tls13Suite = suite.minVersion === 'TLSv1.3';
  if (version === 'TLSv1.3') return tls13Suite;
  if (tls13Suite) return false;
  if (suite.minVersion && rank(suite.minVersion) > rank(version)) return false;
  if (suite.maxVersion && rank(suite.maxVersion) < rank(version)) return false;
  return true;
}

const RSA_PKCS1 = [
  Sig.rsa_pkcs1_sha1,
  Sig.rsa_sha224,
  Sig.rsa_pkcs1_sha256,
  Sig.rsa_pkcs1_sha384,
  Sig.rsa_pkcs1_sha512
];
const RSA_PSS_RSAE = [Sig.rsa_pss_rsae_sha256, Sig.rsa_pss_rsae_sha384, Sig.rsa_pss_rsae_sha512];
const ECDSA_BY_CURVE: Record<string, number> = {
  'P-256': Sig.ecdsa_secp256r1_sha256,
  'P-384': Sig.ecdsa_secp384r1_sha384,
  'P-521': Sig.ecdsa_secp521r1_sha512
};
const ECDSA_ANY = [
  Sig.ecdsa_sha1,
  Sig.ecdsa_sha224,
  Sig.ecdsa_secp256r1_sha256,
  Sig.ecdsa_secp384r1_sha384,
  Sig.ecdsa_secp521r1_sha512
];
const DSA = [Sig.dsa_sha1, Sig.dsa_sha224, Sig.dsa_sha256, Sig.dsa_sha384, Sig.dsa_sha512];

/** The server's certificates as (key type, curve) pairs, or null when the scan read no certificate. */
export function serverKeys(target: TargetReport): { keyType: KeyType; curve: string | null }[] | null {
  const certificate = target.certificate;
  const leaf = certificate?.chain[0];
  if (!certificate || !leaf) return null;
  const keys = [{ keyType: leaf.keyType, curve: leaf.curve }];
  for (const alternate of certificate.alternateChains) {
    const alt = alternate.chain[0];
    if (alt) keys.push({ keyType: alt.keyType, curve: alt.curve });
  }
  return keys;
}

/** Whether a client offering these signature schemes accepts a certificate key at a version. */
export function keyAcceptable(
  key: { keyType: KeyType; curve: string | null },
  schemes: number[],
  version: ProtocolName
): boolean {
  // Before TLS 1.2 there is no signature_algorithms: any key the suite allows.
  if (rank(version) < rank('TLSv1.2') || schemes.length === 0) return true;
  const has = (codes: number[]): boolean => codes.some((code) => schemes.includes(code));
  const tls13 = version === 'TLSv1.3';
  switch (key.keyType) {
    case 'RSA':
      return has(tls13 ? RSA_PSS_RSAE : [...RSA_PSS_RSAE, ...RSA_PKCS1]);
    case 'EC': {
      const exact = key.curve ? ECDSA_BY_CURVE[key.curve] : undefined;
      return tls13 ? exact !== undefined && has([exact]) : has(ECDSA_ANY);
    }
    case 'Ed25519':
      return has([Sig.ed25519]);
    case 'Ed448':
      return has([Sig.ed448]);
    case 'DSA':
      return !tls13 && has(DSA);
    default:
      return true;
  }
}

/** Whether a TLS <= 1.2 suite's authentication can use one of the acceptable keys. */
function authenticates(suite: CipherSuiteInfo, keys: { keyType: KeyType }[]): boolean {
  switch (suite.au) {
    case 'RSA':
      return keys.some((k) => k.keyType === 'RSA');
    case 'ECDSA':
      return keys.some((k) => k.keyType === 'EC');
    case 'DSS':
      return keys.some((k) => k.keyType === 'DSA');
    default:
      return true;
  }
}

const usesEcdhe = (suite: CipherSuiteInfo): boolean => suite.kx === 'ECDHE';

/** The attributes two suites differ in, for "the nearest pair". */
export function suiteDifferences(a: CipherSuiteInfo, b: CipherSuiteInfo): string[] {
  const out: string[] = [];
  if (a.kx !== b.kx) out.push(`key exchange ${a.kx} vs ${b.kx}`);
  if (a.au !== b.au) out.push(`authentication ${a.au} vs ${b.au}`);
  if (a.cipher !== b.cipher || a.keyBits !== b.keyBits)
    out.push(`cipher ${a.cipher}-${a.keyBits} vs ${b.cipher}-${b.keyBits}`);
  if (a.mode !== b.mode) out.push(`mode ${a.mode} vs ${b.mode}`);
  if (a.mac !== b.mac) out.push(`MAC ${a.mac} vs ${b.mac}`);
  return out;
}

function nearestPair(
  client: CipherSuiteInfo[],
  server: CipherSuiteInfo[]
): { client: string; server: string; differences: string[] } | null {
  let best: { client: string; server: string; differences: string[] } | null = null;
  for (const c of client) {
    for (const s of server) {
      const differences = suiteDifferences(c, s);
      if (!best || differences.length < best.differences.length) {
        best = { client: c.iana ?? c.name, server: s.iana ?? s.name, differences };
      }
    }
  }
  return best;
}

function fail(cause: PredictedCause, version: ProtocolName | null = null): Prediction {
  return { connects: false, version, cipherSuite: null, group: null, cause };
}

export function serverVersions(target: TargetReport): ProtocolName[] {
  return PROTOCOL_NAMES.filter((p) => target.protocols[p]).reverse();
}

/** The server's groups usable at a version (TLS 1.3 key shares, or TLS 1.2 ECDHE curves). */
function serverGroups(target: TargetReport, version: ProtocolName): string[] {
  const specific = version === 'TLSv1.3' ? target.keyExchange.tls13Groups : target.keyExchange.tls12Groups;
  return specific.length > 0 ? specific : target.groups;
}

/** Predicts the outcome of a client's handshake from the scan data of a target. */
export function predictHandshake(offer: ClientOffer, target: TargetReport): Prediction {
  const versions = serverVersions(target);
  const version = offer.versions.find((v) => target.protocols[v]);
  if (!version) return fail({ kind: 'no-common-version', client: offer.versions, server: versions });

  const clientSuites = offer.cipherSuites
    .map((code) => suiteByCode(code))
    .filter((s): s is CipherSuiteInfo => s !== undefined && suiteFitsVersion(s, version));
  const serverSuites = (target.cipherSuites[version] ?? [])
    .map((name) => suiteByName(name))
    .filter((s): s is CipherSuiteInfo => s !== undefined);
  const serverCodes = new Set(serverSuites.map((s) => s.code));
  const clientCodes = new Set(clientSuites.map((s) => s.code));
  let common = (target.serverPreference[version] ? serverSuites : clientSuites).filter(
    (s) => serverCodes.has(s.code) && clientCodes.has(s.code)
  );
  if (common.length === 0) {
    return fail(
      {
        kind: 'no-common-cipher',
        version,
        client: clientSuites.map((s) => s.iana ?? s.name),
        server: serverSuites.map((s) => s.iana ?? s.name),
        nearest: nearestPair(clientSuites, serverSuites)
      },
      version
    );
  }

  const keys = serverKeys(target);
  const acceptable = keys?.filter((key) => keyAcceptable(key, offer.signatureAlgorithms, version)) ?? null;
  const sigalgFailure = (): Prediction =>
    fail(
      {
        kind: 'no-common-signature-algorithm',
        version,
        client: offer.signatureAlgorithms,
        serverKeyTypes: (keys ?? []).map((k) => k.keyType)
      },
      version
    );
  if (acceptable && acceptable.length === 0) return sigalgFailure();

  const clientGroups = offer.groups.map(groupLabel);
  const groupsOfServer = serverGroups(target, version);
  const commonGroups = clientGroups.filter((g) => groupsOfServer.includes(g));

  if (version === 'TLSv1.3') {
    if (commonGroups.length === 0 && groupsOfServer.length > 0) {
      return fail(
        { kind: 'no-common-group', version, client: clientGroups, server: groupsOfServer },
        version
      );
    }
  } else {
    if (acceptable) {
      const authenticated = common.filter((s) => authenticates(s, acceptable));
      if (authenticated.length === 0) return sigalgFailure();
      common = authenticated;
    }
    if (commonGroups.length === 0) {
      const withoutEcdhe = common.filter((s) => !usesEcdhe(s));
      if (withoutEcdhe.length === 0) {
        return fail(
          { kind: 'no-common-group', version, client: clientGroups, server: groupsOfServer },
          version
        );
      }
      common = withoutEcdhe;
    }
  }

  const suite = common[0]!;
  const needsGroup = version === 'TLSv1.3' || usesEcdhe(suite);
  const preferred = target.keyExchange.preferredGroup;
  const group = needsGroup
    ? preferred && commonGroups.includes(preferred)
      ? preferred
      : (commonGroups[0] ?? null)
    : null;
  return { connects: true, version, cipherSuite: suite.iana ?? suite.name, group, cause: { kind: 'ok' } };
}
