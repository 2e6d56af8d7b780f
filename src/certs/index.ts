// Judges the certificates a server sent: each one described, the leaf against the host name, the chain against
// the trust stores, the stapled OCSP response read. Input is what the engine captured from the Certificate (and
// CertificateStatus) messages, exactly as sent; output is the report's `certificate` object. Never throws for
// anything a server can send.
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import type { CertificateInfo, CertificateReport, KeyType, ProtocolName } from '../model/report.js';
import { buildPathsOnce, type CertificatePath } from './chain.js';
import { describeCertificate } from './describe.js';
import { hostnameMatches } from './hostname.js';
import { parseOcspStaple } from './ocsp.js';
import { isTrustStore, trustStoreFromPem, type TrustAnchor, type TrustStore } from './trust-store.js';

export { describeCertificate, fingerprintSha256 } from './describe.js';
export { DEFAULT_AIA_LIMITS, fetchCaIssuers, type AiaLimits } from './aia.js';
export { diagnoseChain, type ChainDiagnosisOptions } from './chain-diagnosis.js';
export { hostnameMatches } from './hostname.js';
export { parseOcspStaple } from './ocsp.js';
export {
  loadTrustStore,
  trustStoreFromPem,
  isTrustStore,
  type TrustStore,
  type TrustStoreOptions
} from './trust-store.js';

export interface AnalyzeCertificatesInput {
  /** DER certificates as sent, leaf first. */
  chain: Buffer[];
  /** The target host (name or IP literal) the leaf must name. */
  host: string;
  sni: string | null;
  /** The stapled OCSPResponse, when the server sent CertificateStatus (or the TLS 1.3 status_request extension). */
  ocspResponse: Buffer | null;
  /** The chain served to a ClientHello without SNI, when it was read. */
  noSniChain: Buffer[] | null;
  /** Further chains found by offering only other key types (e.g. the ECDSA one of a dual RSA+ECDSA server). */
  alternateChains: Buffer[][];
  readOver: ProtocolName | null;
  trust: TrustStore;
  now: Date;
}

/** Subjects in the report's RFC 4514 form (as describeCertificate gives them), for anchors not sent. */
const anchorSubjects = new WeakMap<TrustAnchor, string>();
function anchorSubject(anchor: TrustAnchor): string {
  let subject = anchorSubjects.get(anchor);
  if (subject === undefined) {
    try {
      subject = new x509.X509Certificate(anchor.cert.raw).subject;
    } catch {
      subject = anchor.cert.subject.replace(/\n/g, ', ');
    }
    anchorSubjects.set(anchor, subject);
  }
  return subject;
}

/** The report when no chain could be judged: empty chain, every judgement false, the reason in `error`. */
export function emptyCertificateReport(
  input: Pick<AnalyzeCertificatesInput, 'ocspResponse' | 'readOver'>,
  code: string,
  message: string
): CertificateReport {
  return {
    chain: [],
    hostnameMatch: false,
    trusted: false,
    trustStore: null,
    chainComplete: false,
    chainOrdered: false,
    extraCertificates: [],
    containsRoot: false,
    missingIssuer: null,
    validatedPath: [],
    ocspStapled: input.ocspResponse !== null && input.ocspResponse.length > 0,
    ocsp: null,
    noSniCertificate: null,
    alternateChains: [],
    readOver: input.readOver,
    error: { code, message }
  };
}

function validatedPath(path: CertificatePath, chain: CertificateInfo[]): string[] {
  const subjects = path.certificates.map((s) => chain[s.index]?.subject ?? '');
  if (path.end.kind === 'anchor') {
    const last = path.certificates[path.certificates.length - 1]!;
    // The anchor is listed unless it is the last sent certificate itself.
    if (path.end.anchor.fingerprint !== last.fingerprint) subjects.push(anchorSubject(path.end.anchor));
  }
  return subjects;
}

/** Descriptions already made, by `now` and DER hash; bounded so that a run over many distinct servers stays small. */
const DESCRIBED_LIMIT = 4096;
const described = new Map<string, CertificateInfo>();

function describedOnce(der: Buffer, now: Date): CertificateInfo {
  const key = `${now.getTime()} ${createHash('sha256').update(der).digest('base64')}`;
  let info = described.get(key);
  if (!info) {
    info = describeCertificate(der, now);
    if (described.size >= DESCRIBED_LIMIT) described.clear();
    described.set(key, info);
  }
  return info;
}

export function analyzeCertificates(input: AnalyzeCertificatesInput): CertificateReport {
  if (input.chain.length === 0) {
    return emptyCertificateReport(input, 'NO_CERTIFICATE', 'the server sent no certificate');
  }
  // Parsing with @peculiar/x509 costs milliseconds per certificate; the same intermediate recurs in the no-SNI
  // and alternate chains (and a hostile server may repeat one a hundred times), and a fleet serves the same
  // certificates on many endpoints, so each distinct DER is read once per run (per `now`).
  const describe = (der: Buffer): CertificateInfo => ({ ...describedOnce(der, input.now) });
  const chain = input.chain.map(describe);
  const leaf = chain[0]!;
  const leafUnreadable = leaf.parseError !== undefined && leaf.subject === '' && leaf.keyType === 'unknown';

  // A caller that forgot the store gets every chain judged untrusted, said plainly, rather than a crash.
  const trustGiven = isTrustStore(input.trust);
  const { best, used } = buildPathsOnce(
    input.chain,
    trustGiven ? input.trust : trustStoreFromPem(''),
    input.now
  );
  const trusted = best?.end.kind === 'anchor' && best.end.issuersValid;
  const chainComplete = best !== null && best.end.kind !== 'missing-issuer';
  const lastInPath = best?.certificates[best.certificates.length - 1];
  const missingIssuer =
    best?.end.kind === 'missing-issuer' && lastInPath
      ? {
          subject: chain[lastInPath.index]!.issuer,
          caIssuerUrl: chain[lastInPath.index]!.caIssuerUrls[0] ?? null
        }
      : null;

  const ocspStapled = input.ocspResponse !== null && input.ocspResponse.length > 0;
  const noSniLeaf = input.noSniChain?.[0];
  const noSniCertificate = noSniLeaf && !noSniLeaf.equals(input.chain[0]!) ? describe(noSniLeaf) : null;

  const alternateChains: { keyType: KeyType; chain: CertificateInfo[] }[] = [];
  const seenLeaves = [input.chain[0]!];
  for (const alternate of input.alternateChains) {
    const alternateLeaf = alternate[0];
    if (!alternateLeaf || seenLeaves.some((der) => der.equals(alternateLeaf))) continue;
    seenLeaves.push(alternateLeaf);
    const alternateInfos = alternate.map(describe);
    alternateChains.push({ keyType: alternateInfos[0]!.keyType, chain: alternateInfos });
  }

  return {
    chain,
    hostnameMatch: leafUnreadable ? false : hostnameMatches(input.host, leaf.subjectAltNames),
    trusted,
    trustStore: trusted && best?.end.kind === 'anchor' ? best.end.anchor.source : null,
    chainComplete,
    chainOrdered: best !== null && best.certificates.every((s, position) => s.index === position),
    extraCertificates: chain
      .filter((_, index) => !used.has(index))
      .map((info) => info.subject || info.sha256Fingerprint),
    containsRoot: chain.some((info, index) => index > 0 && info.selfSigned),
    missingIssuer,
    validatedPath: best ? validatedPath(best, chain) : [],
    ocspStapled,
    ocsp: ocspStapled ? parseOcspStaple(input.ocspResponse!, leaf.serialNumber) : null,
    noSniCertificate,
    alternateChains,
    readOver: input.readOver,
    error: leafUnreadable
      ? { code: 'CERT_PARSE', message: `the server's certificate cannot be parsed: ${leaf.parseError}` }
      : trustGiven
        ? null
        : { code: 'NO_TRUST_STORE', message: 'no trust store was given, so trust could not be judged' }
  };
}
