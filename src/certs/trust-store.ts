// Trust anchors: Node's bundled Mozilla roots, the system store where Node can read it, and a user CA file
// (private PKI is common in corporate CI). Each anchor remembers which store it came from, so the report can say
// which one anchored a chain.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as tls from 'node:tls';
import { ConfigurationError } from '../errors.js';
import { InputFileError, readInputFile } from '../input-files.js';

export type TrustSource = 'mozilla' | 'system' | 'ca-file';

export interface TrustAnchor {
  cert: X509Certificate;
  source: TrustSource;
  /** SHA-256 fingerprint, as Node prints it. */
  fingerprint: string;
}

/** Opaque to other modules: made by loadTrustStore, passed through the engine to analyzeCertificates. */
export interface TrustStore {
  readonly anchors: readonly TrustAnchor[];
  /** Anchors by subject (Node's multi-line subject form, which is what X509Certificate#issuer uses too). */
  readonly bySubject: ReadonlyMap<string, readonly TrustAnchor[]>;
  readonly byFingerprint: ReadonlyMap<string, TrustAnchor>;
}

export interface TrustStoreOptions {
  /** A PEM file of CA certificates to trust in addition to (or instead of) the public roots. */
  caFile?: string;
  /** PEM text of further anchors (tests, the demo), reported as 'ca-file'. */
  caPem?: string;
  /** Include Node's bundled Mozilla roots. Default true. */
  mozilla?: boolean;
  /** Include the operating system store. Default true. */
  system?: boolean;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
/** Where Debian/Ubuntu (GitHub's runners), Fedora/RHEL and Alpine keep the system bundle. */
const SYSTEM_BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/cert.pem'
];

export function pemCertificates(text: string): string[] {
  return text.match(PEM_CERTIFICATE) ?? [];
}

function bundleCertificates(): string[] | null {
  for (const bundle of SYSTEM_BUNDLES) {
    try {
      return pemCertificates(readFileSync(bundle, 'utf8'));
    } catch {
      // not on this system
    }
  }
  return null;
}

function systemCertificates(): string[] {
  // On Linux the distribution's bundle file is read first: it holds the same roots as the hashed directory
  // OpenSSL also looks in, and reading it takes ~2 ms where tls.getCACertificates('system') takes ~45 ms (it
  // walks the directory and returns each root once per link). Elsewhere (macOS keychain, Windows store) only
  // Node can list the store.
  if (process.platform === 'linux') {
    const fromBundle = bundleCertificates();
    if (fromBundle) return fromBundle;
  }
  // tls.getCACertificates('system') exists from Node 22.15 / 23.5; feature-detected so Node 20 keeps working.
  const getCACertificates = (tls as { getCACertificates?: (type: string) => string[] }).getCACertificates;
  if (typeof getCACertificates === 'function') {
    try {
      return getCACertificates('system');
    } catch {
      // fall back to the bundle file
    }
  }
  return bundleCertificates() ?? [];
}

/** Anchors still to parse, in the order their stores were given (the first store to bring a root is reported). */
interface PendingPems {
  pems: string[];
  source: TrustSource;
}

/** PEMs parsed per turn of the event loop while the store warms up in the background. */
const WARM_UP_SLICE = 16;

class AnchorSet implements TrustStore {
  private readonly list: TrustAnchor[] = [];
  private readonly subjects = new Map<string, TrustAnchor[]>();
  private readonly fingerprints = new Map<string, TrustAnchor>();
  /** Base64 bodies already added: Node's roots and the system store mostly hold the same certificates, and
   * parsing one costs ~0.2 ms on Node 20, so a PEM seen before is skipped before it is parsed. */
  private readonly seenBodies = new Set<string>();
  /** Public roots not parsed yet: a scan spends its first moments on the network, so they are parsed then. */
  private readonly pending: PendingPems[] = [];

  get anchors(): readonly TrustAnchor[] {
    this.settle();
    return this.list;
  }

  get bySubject(): ReadonlyMap<string, readonly TrustAnchor[]> {
    this.settle();
    return this.subjects;
  }

  get byFingerprint(): ReadonlyMap<string, TrustAnchor> {
    this.settle();
    return this.fingerprints;
  }

  /** Queues PEMs to parse later: in the background (warmUp) or at the first look at the anchors. */
  defer(pems: string[], source: TrustSource): void {
    if (pems.length > 0) this.pending.push({ pems: [...pems], source });
  }

  /** Parses what is queued a slice per turn of the event loop, so that it overlaps the scan's first handshakes. */
  warmUp(): void {
    const step = (): void => {
      const next = this.pending[0];
      if (!next) return;
      this.addNow(next.pems.splice(0, WARM_UP_SLICE), next.source);
      if (next.pems.length === 0) this.pending.shift();
      setImmediate(step).unref();
    };
    // Unreferenced: a run that ends before the roots are needed does not wait for them.
    setImmediate(step).unref();
  }

  /** Adds what parses (after anything queued); returns how many were new. */
  add(pems: string[], source: TrustSource): { added: number; unreadable: number } {
    this.settle();
    return this.addNow(pems, source);
  }

  private settle(): void {
    while (this.pending.length > 0) {
      const next = this.pending.shift()!;
      this.addNow(next.pems, next.source);
    }
  }

  private addNow(pems: string[], source: TrustSource): { added: number; unreadable: number } {
    let added = 0;
    let unreadable = 0;
    for (const pem of pems) {
      const body = pem.replace(/-----[A-Z ]+-----|\s+/g, '');
      if (this.seenBodies.has(body)) continue;
      let cert: X509Certificate;
      try {
        cert = new X509Certificate(pem);
      } catch {
        unreadable++;
        continue;
      }
      this.seenBodies.add(body);
      if (this.fingerprints.has(cert.fingerprint256)) continue;
      const anchor: TrustAnchor = { cert, source, fingerprint: cert.fingerprint256 };
      this.list.push(anchor);
      this.fingerprints.set(anchor.fingerprint, anchor);
      const sameSubject = this.subjects.get(cert.subject) ?? [];
      sameSubject.push(anchor);
      this.subjects.set(cert.subject, sameSubject);
      added++;
    }
    return { added, unreadable };
  }
}

export async function loadTrustStore(options: TrustStoreOptions = {}): Promise<TrustStore> {
  const store = new AnchorSet();
  if (options.mozilla ?? true) store.defer([...tls.rootCertificates], 'mozilla');
  if (options.system ?? true) store.defer(systemCertificates(), 'system');
  if (options.caFile !== undefined) {
    const file = options.caFile;
    let text: string;
    try {
      text = await readInputFile(file, 'CA file');
    } catch (error) {
      if (!(error instanceof InputFileError)) throw error;
      throw new ConfigurationError(`CA file ${file} ${error.reason}`, { file });
    }
    if (text.trim() === '') throw new ConfigurationError(`CA file ${file} is empty`, { file });
    const pems = pemCertificates(text);
    if (pems.length === 0) {
      throw new ConfigurationError(
        `CA file ${file} contains no PEM certificate (-----BEGIN CERTIFICATE-----)`,
        {
          file
        }
      );
    }
    const { unreadable } = store.add(pems, 'ca-file');
    if (unreadable > 0) {
      throw new ConfigurationError(
        `CA file ${file}: ${unreadable} of ${pems.length} PEM certificates cannot be parsed`,
        {
          file
        }
      );
    }
  }
  if (options.caPem !== undefined) store.add(pemCertificates(options.caPem), 'ca-file');
  store.warmUp();
  return store;
}

/** A store with exactly the given anchors (tests and the demo): no public roots. */
export function trustStoreFromPem(pem: string, source: TrustSource = 'ca-file'): TrustStore {
  const store = new AnchorSet();
  store.add(pemCertificates(pem), source);
  return store;
}

export function isTrustStore(value: unknown): value is TrustStore {
  return value instanceof AnchorSet;
}
