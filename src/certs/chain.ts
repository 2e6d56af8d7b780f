// Path building from what the server sent to a trust anchor. Servers send chains in the wrong order, with extra
// or duplicate certificates, with the root, or with an intermediate missing; cross-signed intermediates give
// several valid paths (one of which may end at an expired root). So we search all paths (depth-first, bounded)
// over the sent certificates plus the trust store, and keep the best: trusted with every issuer in its validity
// period, then trusted with an expired issuer, then complete up to a root nobody trusts, then incomplete.
// Issuance is proven by Node (OpenSSL): X509Certificate#checkIssued (names, key identifiers, key usage) and
// X509Certificate#verify (the signature).
import { X509Certificate, createHash } from 'node:crypto';
import type { TrustAnchor, TrustStore } from './trust-store.js';

export interface SentCertificate {
  /** Position in the Certificate message, 0 = leaf. */
  index: number;
  der: Buffer;
  /** null when OpenSSL cannot parse it; such a certificate is in no path. */
  cert: X509Certificate | null;
  fingerprint: string;
}

export type PathEnd =
  /** The last sent certificate was issued by (or is) a trust anchor. */
  | { kind: 'anchor'; anchor: TrustAnchor; issuersValid: boolean }
  /** The path ends at a self-signed certificate that no store trusts. */
  | { kind: 'untrusted-root' }
  /** Nobody here issued the last certificate. */
  | { kind: 'missing-issuer' };

export interface CertificatePath {
  /** Sent certificates, leaf first, each issued by the next. */
  certificates: SentCertificate[];
  end: PathEnd;
}

export interface PathSearchResult {
  best: CertificatePath | null;
  /** Every path found (bounded), for "which sent certificates belong to some path". */
  all: CertificatePath[];
  /** Indexes of sent certificates that are in at least one path. */
  used: Set<number>;
}

const MAX_DEPTH = 12;
const MAX_SIGNATURE_CHECKS = 2000;
const MAX_PATHS = 64;

function parseAll(chain: Buffer[]): SentCertificate[] {
  return chain.map((der, index) => {
    let cert: X509Certificate | null;
    try {
      cert = new X509Certificate(der);
    } catch {
      cert = null;
    }
    return { index, der, cert, fingerprint: cert?.fingerprint256 ?? `unparsed-${index}` };
  });
}

function validAt(cert: X509Certificate, now: Date): boolean {
  const from = new Date(cert.validFrom).getTime();
  const to = new Date(cert.validTo).getTime();
  return !Number.isNaN(from) && !Number.isNaN(to) && from <= now.getTime() && now.getTime() <= to;
}

function verifiesWithOwnKey(cert: X509Certificate): boolean {
  try {
    return cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}

function rank(path: CertificatePath): number {
  switch (path.end.kind) {
    case 'anchor':
      return path.end.issuersValid ? 0 : 1;
    case 'untrusted-root':
      return 2;
    case 'missing-issuer':
      return 3;
  }
}

/** Path searches already made, per trust store, by `now` and the chain's DER hashes (a fleet sends one chain many times). */
const PATHS_LIMIT = 256;
const pathsByTrust = new WeakMap<TrustStore, Map<string, PathSearchResult>>();

/** buildPaths, once per distinct chain, store and time in a run (bounded); the result is shared, read it only. */
export function buildPathsOnce(chain: Buffer[], trust: TrustStore, now: Date): PathSearchResult {
  let cache = pathsByTrust.get(trust);
  if (!cache) {
    cache = new Map();
    pathsByTrust.set(trust, cache);
  }
  const hashes = chain.map((der) => createHash('sha256').update(der).digest('base64'));
  const key = [now.getTime(), ...hashes].join(' ');
  let paths = cache.get(key);
  if (!paths) {
    paths = buildPaths(chain, trust, now);
    if (cache.size >= PATHS_LIMIT) cache.clear();
    cache.set(key, paths);
  }
  return paths;
}

export function buildPaths(chain: Buffer[], trust: TrustStore, now: Date): PathSearchResult {
  const sent = parseAll(chain);
  const leaf = sent[0];
  const all: CertificatePath[] = [];
  if (!leaf?.cert) return { best: null, all, used: new Set() };

  // Duplicates take part once, as their first copy; later copies are extra by construction.
  const seen = new Set<string>();
  const candidates = sent.filter((s) => {
    if (!s.cert || seen.has(s.fingerprint)) return false;
    seen.add(s.fingerprint);
    return true;
  });

  let checks = 0;
  const issued = (child: X509Certificate, issuer: X509Certificate): boolean => {
    if (checks >= MAX_SIGNATURE_CHECKS) return false;
    checks++;
    try {
      return child.checkIssued(issuer) && child.verify(issuer.publicKey);
    } catch {
      return false; // unknown key or signature algorithm: not provably issued
    }
  };

  const issuersValid = (path: SentCertificate[], anchor: TrustAnchor): boolean =>
    path.slice(1).every((s) => validAt(s.cert!, now)) && validAt(anchor.cert, now);

  const search = (path: SentCertificate[]): void => {
    if (all.length >= MAX_PATHS) return;
    const last = path[path.length - 1]!;
    const lastCert = last.cert!;

    // A sent certificate that is itself in a store anchors the path (the server sent the root, or the store
    // holds an intermediate or the leaf itself, as private PKIs do).
    const sentAnchor = trust.byFingerprint.get(last.fingerprint);
    if (sentAnchor) {
      all.push({
        certificates: path,
        end: { kind: 'anchor', anchor: sentAnchor, issuersValid: issuersValid(path, sentAnchor) }
      });
      return;
    }

    let extended = false;
    for (const anchor of trust.bySubject.get(lastCert.issuer) ?? []) {
      if (issued(lastCert, anchor.cert)) {
        all.push({
          certificates: path,
          end: { kind: 'anchor', anchor, issuersValid: issuersValid(path, anchor) }
        });
        extended = true;
      }
    }
    if (path.length < MAX_DEPTH) {
      for (const next of candidates) {
        if (path.some((p) => p.fingerprint === next.fingerprint)) continue;
        if (next.cert!.subject !== lastCert.issuer || !next.cert!.ca) continue;
        if (issued(lastCert, next.cert!)) {
          extended = true;
          search([...path, next]);
        }
      }
    }
    if (extended) return;
    // Self-signed by signature, not by checkIssued: a self-signed leaf has no keyCertSign and would fail it.
    const selfIssued = lastCert.subject === lastCert.issuer && verifiesWithOwnKey(lastCert);
    all.push({ certificates: path, end: { kind: selfIssued ? 'untrusted-root' : 'missing-issuer' } });
  };

  search([leaf]);

  let best: CertificatePath | null = null;
  for (const path of all) {
    if (
      !best ||
      rank(path) < rank(best) ||
      (rank(path) === rank(best) && path.certificates.length < best.certificates.length)
    ) {
      best = path;
    }
  }
  const used = new Set(all.flatMap((path) => path.certificates.map((s) => s.index)));
  return { best, all, used };
}
