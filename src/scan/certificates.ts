// Certificate capture for src/certs: the chain exactly as the server sent it (the Certificate message itself,
// decrypted for TLS 1.3), the stapled OCSP response, the chain served without SNI, and further chains the
// server holds for other key types (found by offering only the signature schemes/suites of the key type the
// first chain does not have).
import { X509Certificate } from 'node:crypto';
import { NamedGroup } from '../codepoints/index.js';
import { suiteByCode } from '../registry/index.js';
import type { ProtocolName } from '../model/report.js';
import { createKeyShare } from '../wire/tls13/key-share.js';
import type { ScanContext } from './context.js';
import { legacyHello, signatureSchemes, tls13Hello, X25519 } from './hellos.js';
import { describeOutcome } from './outcome-text.js';
import type { ProbeAccepted, ProbeOutcome, ProbeUnusable } from './probe-types.js';

export interface CapturedCertificates {
  chain: Buffer[];
  ocspResponse: Buffer | null;
  noSniChain: Buffer[] | null;
  alternateChains: Buffer[][];
  readOver: ProtocolName | null;
  /** The TLS 1.3 read ended in a flight no client could continue: the proof that TLS 1.3 is unusable. */
  tls13Unusable: ProbeUnusable | null;
  /** Why no chain could be read, when `chain` is empty. */
  error: { code: string; message: string } | null;
}

/** Groups src/wire/tls13/key-share.ts can make real shares for (x25519, x448, P-256/384/521). */
const SHAREABLE_GROUPS: number[] = [
  NamedGroup.x25519,
  NamedGroup.x448,
  NamedGroup.secp256r1,
  NamedGroup.secp384r1,
  NamedGroup.secp521r1
];

type CertVersion = Exclude<ProtocolName, 'SSLv2'>;

function chainOf(outcome: ProbeOutcome): { chain: Buffer[]; ocsp: Buffer | null } | null {
  if (outcome.kind !== 'accepted' || !outcome.certificates || outcome.certificates.length === 0) return null;
  return { chain: outcome.certificates, ocsp: outcome.ocspResponse };
}

function sameChain(a: Buffer[], b: Buffer[]): boolean {
  return a.length > 0 && b.length > 0 && a[0]!.equals(b[0]!);
}

/** The signature family of a leaf's key ('ecdsa', 'rsa'), or null for any other key or a certificate Node cannot read. */
function keyFamily(leaf: Buffer): 'ecdsa' | 'rsa' | null {
  try {
    const type = new X509Certificate(leaf).publicKey.asymmetricKeyType;
    return type === 'ec' ? 'ecdsa' : type === 'rsa' || type === 'rsa-pss' ? 'rsa' : null;
  } catch {
    return null;
  }
}

/** Suites of `suites` whose authentication is ECDSA (or RSA). */
function suitesAuthenticatedBy(suites: number[], au: 'ECDSA' | 'RSA'): number[] {
  return suites.filter((code) => (suiteByCode(code)?.au ?? '') === au);
}

/** What a TLS 1.2 server's accepted suites say of its key types: those they call for, each with a chain if one came. */
export type Tls12Chains = Map<'ecdsa' | 'rsa', Buffer[] | null>;

/**
 * The key types the accepted TLS 1.2 suites are authenticated by, each with the chain the suite scan received
 * with one of them (every TLS 1.2 hello's answer carries the chain of the key type its suite is signed with).
 */
export function tls12Chains(outcomes: readonly ProbeAccepted[], suites: number[]): Tls12Chains {
  const chains: Tls12Chains = new Map();
  for (const [family, au] of [
    ['ecdsa', 'ECDSA'],
    ['rsa', 'RSA']
  ] as const) {
    if (suitesAuthenticatedBy(suites, au).length === 0) continue;
    const answered = outcomes.find(
      (o) => (suiteByCode(o.cipherSuite)?.au ?? '') === au && (o.certificates?.length ?? 0) > 0
    );
    chains.set(family, answered?.certificates ?? null);
  }
  return chains;
}

/**
 * `answered`: the answer to the main read's hello when another probe already read it (first contact).
 * `chainsFromTls12`, for a TLS 1.3 read: the key types the server's TLS 1.2 suites call for, with the chains the
 * TLS 1.2 suite scan already received, or null when unknown (then both are read over TLS 1.3); awaited only after
 * the first chain is read, so it never delays that read. A server holds one chain per key type, whatever the
 * version: a chain TLS 1.2 brought is not asked for again.
 */
export async function captureCertificates(
  ctx: ScanContext,
  version: CertVersion | null,
  acceptedSuites: number[],
  tls13Groups: number[] = [],
  chainsFromTls12: () => Promise<Tls12Chains | null> = async () => null,
  answered: ProbeOutcome | null = null
): Promise<CapturedCertificates> {
  const captured: CapturedCertificates = {
    chain: [],
    ocspResponse: null,
    noSniChain: null,
    alternateChains: [],
    readOver: version,
    tls13Unusable: null,
    error: null
  };
  if (!version || acceptedSuites.length === 0) {
    captured.error = {
      code: 'NO_HANDSHAKE',
      message: 'no certificate was read: the server accepted no TLS handshake'
    };
    return captured;
  }
  // TLS 1.3: a real key share for a group the server takes without a HelloRetryRequest, so we can decrypt.
  // Classical groups first (cheap); a server with only post-quantum groups still works where this Node has ML-KEM.
  const shareGroup =
    tls13Groups.find((group) => SHAREABLE_GROUPS.includes(group)) ??
    tls13Groups.find((group) => createKeyShare(group) !== null) ??
    X25519;
  const hello = (serverName: string | null, family?: 'ecdsa' | 'rsa', suites = acceptedSuites) => {
    const signatureAlgorithms = family ? signatureSchemes(family) : undefined;
    const spec =
      version === 'TLSv1.3'
        ? tls13Hello(suites, {
            serverName,
            statusRequest: true,
            signatureAlgorithms,
            // Only the shareable group in supported_groups: a server that prefers another group it saw listed
            // (Node 24 prefers X25519MLKEM768) would answer with a HelloRetryRequest instead of its chain.
            groups: [shareGroup],
            keyShares: [{ group: shareGroup, keyExchange: Buffer.alloc(0) }]
          })
        : legacyHello(version, suites, { serverName, statusRequest: true, signatureAlgorithms });
    return { kind: 'tls' as const, spec };
  };
  const read = (h: ReturnType<typeof hello>) => ctx.probe(h, { readCertificates: true });
  const sni = ctx.endpoint.sni;
  const [main, noSni] = await Promise.all([
    answered ?? read(hello(sni)),
    sni !== null ? read(hello(null)) : Promise.resolve(null)
  ]);
  const mainChain = main ? chainOf(main) : null;
  if (main?.kind === 'unusable' && version === 'TLSv1.3') captured.tls13Unusable = main;
  if (!mainChain) {
    captured.error = {
      code: 'NO_CERTIFICATE',
      message:
        main?.kind === 'accepted'
          ? `the server sent no certificate over ${version}`
          : `the handshake to read the certificate over ${version} failed: ${main ? describeOutcome(main) : 'not attempted'}`
    };
    return captured;
  }
  // A further chain can only be of a key type other than the one the server sent first, and of a type some
  // accepted TLS 1.2 suite is authenticated by, when the server speaks TLS 1.2.
  const served = keyFamily(mainChain.chain[0]!);
  const called = version === 'TLSv1.3' ? await chainsFromTls12() : null;
  const families = (['ecdsa', 'rsa'] as const).filter(
    (family) => family !== served && (called === null || called.has(family))
  );
  const [ecdsa, rsa] = await Promise.all(
    (['ecdsa', 'rsa'] as const).map((family): Promise<ProbeOutcome | Buffer[] | null> => {
      if (!families.includes(family)) return Promise.resolve(null);
      const received = called?.get(family);
      if (received) return Promise.resolve(received);
      if (version === 'TLSv1.3') return read(hello(sni, family));
      const suites = suitesAuthenticatedBy(acceptedSuites, family === 'ecdsa' ? 'ECDSA' : 'RSA');
      return suites.length > 0 ? read(hello(sni, family, suites)) : Promise.resolve(null);
    })
  );
  captured.chain = mainChain.chain;
  captured.ocspResponse = mainChain.ocsp;
  const noSniChain = noSni ? chainOf(noSni) : null;
  if (noSniChain && !sameChain(noSniChain.chain, mainChain.chain)) captured.noSniChain = noSniChain.chain;
  for (const outcome of [ecdsa, rsa]) {
    const alternate = Array.isArray(outcome) ? { chain: outcome } : outcome ? chainOf(outcome) : null;
    if (!alternate) continue;
    const known = [captured.chain, ...captured.alternateChains].some((chain) =>
      sameChain(chain, alternate.chain)
    );
    if (!known) captured.alternateChains.push(alternate.chain);
  }
  return captured;
}
