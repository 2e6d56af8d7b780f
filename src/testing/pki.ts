// A throw-away PKI for tests, the demo and the benchmark: roots, intermediates and leaves issued in-process with
// @peculiar/x509 over Node's WebCrypto, with dates relative to "now" so nothing committed ever expires.
// Keys are PKCS#8 PEM (Node tls, openssl s_server and nginx all read it); certificates are PEM and DER.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';

type CryptoKey = webcrypto.CryptoKey;
type Algorithm = webcrypto.Algorithm;
type EcdsaParams = webcrypto.EcdsaParams;
type X509Crypto = Parameters<typeof x509.cryptoProvider.set>[0];

x509.cryptoProvider.set(webcrypto as unknown as X509Crypto);

export type TestKeySpec =
  | { type: 'rsa'; bits: 1024 | 2048 | 3072 | 4096 }
  | { type: 'ec'; curve: 'P-256' | 'P-384' | 'P-521' }
  | { type: 'ed25519' };

export type TestHash = 'sha1' | 'sha256' | 'sha384' | 'sha512';

/** A key pair that can be reused across certificates (cross-signing, re-issuing). */
export interface TestKey {
  spec: TestKeySpec;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** PKCS#8 PEM. */
  keyPem: string;
}

export interface TestCertificateOptions {
  /** Common name; also the default single DNS SAN for leaves. */
  commonName: string;
  /** Extra subject attributes, e.g. 'O=tls-gate tests'. */
  organization?: string;
  /** Key to certify: a spec (fresh key) or an existing key (same key, new certificate). Default: the PKI's defaultKey. */
  key?: TestKeySpec | TestKey;
  /** Days relative to the PKI's `now` (negative = in the past). Defaults: -1 and +90 (leaf) / +3650 (CA). */
  notBeforeDays?: number;
  notAfterDays?: number;
  /** Absolute dates; win over the relative ones. */
  notBefore?: Date;
  notAfter?: Date;
  /** Signature hash used by the issuer (ignored for Ed25519 issuers). Default sha256. */
  hash?: TestHash;
  /** DNS names and IP literals. Leaves default to [commonName]; pass [] for a certificate without SANs. */
  dnsNames?: string[];
  ipAddresses?: string[];
  /** CA certificate (basicConstraints cA=TRUE, keyCertSign). Default: false for leaves. */
  isCA?: boolean;
  pathLength?: number;
  /** Key usage names, e.g. ['digitalSignature', 'keyEncipherment']. Defaults suited to CA or server leaf. */
  keyUsage?: (keyof typeof x509.KeyUsageFlags)[];
  /** EKU names or OIDs. Leaves default to ['serverAuth']; CAs to none. */
  extendedKeyUsage?: string[];
  ocspUrls?: string[];
  caIssuerUrls?: string[];
  crlUrls?: string[];
  /** TLS feature extension with status_request (RFC 7633, "OCSP must-staple"). */
  mustStaple?: boolean;
  /** Hex serial; random otherwise. */
  serialNumber?: string;
  /** Further extensions as raw DER extnValue contents (e.g. an SCT list, an unknown critical extension). */
  extraExtensions?: { oid: string; critical?: boolean; value: Buffer }[];
  /** Omit the basicConstraints extension entirely (old-style certificates). */
  omitBasicConstraints?: boolean;
}

export interface TestCertificate {
  certPem: string;
  keyPem: string;
  der: Buffer;
  key: TestKey;
  /** Distinguished name as written into the certificate, e.g. 'CN=Test Root'. */
  subject: string;
  cert: x509.X509Certificate;
}

export interface TestPki {
  readonly now: Date;
  newKey(spec?: TestKeySpec): Promise<TestKey>;
  /** Self-signed certificate (a root when isCA, the default for this call). */
  selfSigned(options: TestCertificateOptions): Promise<TestCertificate>;
  root(options?: Partial<TestCertificateOptions>): Promise<TestCertificate>;
  intermediate(issuer: TestCertificate, options?: Partial<TestCertificateOptions>): Promise<TestCertificate>;
  leaf(issuer: TestCertificate, options?: Partial<TestCertificateOptions>): Promise<TestCertificate>;
  /** Any certificate signed by `issuer`. */
  issue(issuer: TestCertificate, options: TestCertificateOptions): Promise<TestCertificate>;
}

export interface TestPkiOptions {
  /** The instant "days relative to now" count from. Default: the real current time. */
  now?: Date;
  /** Key for certificates that name none. Default RSA 2048; EC P-256 makes large test PKIs much faster. */
  defaultKey?: TestKeySpec;
}

const DAY_MS = 86_400_000;

function keyGenParams(
  spec: TestKeySpec
): webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams | Algorithm {
  switch (spec.type) {
    case 'rsa':
      return {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: spec.bits,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256'
      };
    case 'ec':
      return { name: 'ECDSA', namedCurve: spec.curve };
    case 'ed25519':
      return { name: 'Ed25519' };
  }
}

function toPem(label: string, der: ArrayBuffer | Buffer): string {
  const base64 = Buffer.from(der as ArrayBuffer).toString('base64');
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

const WEBCRYPTO_HASH: Record<TestHash, string> = {
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512'
};

/** The algorithm the issuer's key signs with, for a given hash. */
function signingAlgorithm(issuerKey: TestKey, hash: TestHash): Algorithm | EcdsaParams {
  switch (issuerKey.spec.type) {
    case 'rsa':
      return { name: 'RSASSA-PKCS1-v1_5', hash: WEBCRYPTO_HASH[hash] } as Algorithm;
    case 'ec':
      return { name: 'ECDSA', hash: WEBCRYPTO_HASH[hash] } as EcdsaParams;
    case 'ed25519':
      return { name: 'Ed25519' };
  }
}

/**
 * WebCrypto binds an RSA key to one hash at import; to sign SHA-1 (or SHA-384) with a key generated for SHA-256
 * we re-import the same PKCS#8 bytes with the wanted hash.
 */
async function signingKeyFor(issuerKey: TestKey, hash: TestHash): Promise<CryptoKey> {
  if (issuerKey.spec.type !== 'rsa' || hash === 'sha256') return issuerKey.privateKey;
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', issuerKey.privateKey as webcrypto.CryptoKey);
  return (await webcrypto.subtle.importKey(
    'pkcs8',
    pkcs8,
    { name: 'RSASSA-PKCS1-v1_5', hash: WEBCRYPTO_HASH[hash] },
    true,
    ['sign']
  )) as unknown as CryptoKey;
}

/** DER of TLSFeature ::= SEQUENCE OF INTEGER { status_request(5) } (RFC 7633). */
const MUST_STAPLE_VALUE = Buffer.from([0x30, 0x03, 0x02, 0x01, 0x05]);
export const MUST_STAPLE_OID = '1.3.6.1.5.5.7.1.24';

function isTestKey(key: TestKeySpec | TestKey | undefined): key is TestKey {
  return key !== undefined && 'privateKey' in key;
}

function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(12));
  bytes[0] = (bytes[0]! & 0x7f) | 0x01; // positive, no leading zero byte
  return Buffer.from(bytes).toString('hex');
}

export function createTestPki(options: TestPkiOptions = {}): TestPki {
  const now = options.now ?? new Date();
  const day = (days: number) => new Date(now.getTime() + days * DAY_MS);

  const defaultKey: TestKeySpec = options.defaultKey ?? { type: 'rsa', bits: 2048 };

  async function newKey(spec: TestKeySpec = defaultKey): Promise<TestKey> {
    const pair = (await webcrypto.subtle.generateKey(keyGenParams(spec) as never, true, [
      'sign',
      'verify'
    ])) as unknown as webcrypto.CryptoKeyPair;
    const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', pair.privateKey as webcrypto.CryptoKey);
    return {
      spec,
      privateKey: pair.privateKey,
      publicKey: pair.publicKey,
      keyPem: toPem('PRIVATE KEY', pkcs8)
    };
  }

  async function resolveKey(key: TestKeySpec | TestKey | undefined): Promise<TestKey> {
    if (isTestKey(key)) return key;
    return newKey(key);
  }

  async function build(
    options: TestCertificateOptions,
    issuer: { subject: string; key: TestKey; cert: x509.X509Certificate | null } | null
  ): Promise<TestCertificate> {
    const key = await resolveKey(options.key);
    const isCA = options.isCA ?? false;
    // Built from attribute values, not parsed from a DN string: hostile test names (newlines, `<`, `::`, `,`)
    // must reach the certificate byte for byte.
    const subjectName = new x509.Name([
      { CN: [{ utf8String: options.commonName }] },
      ...(options.organization ? [{ O: [{ utf8String: options.organization }] }] : [])
    ]);
    const subject = subjectName.toString();
    const signer = issuer ?? { subject, key, cert: null };
    const hash = options.hash ?? 'sha256';

    const extensions: x509.Extension[] = [];
    if (!options.omitBasicConstraints) {
      extensions.push(new x509.BasicConstraintsExtension(isCA, isCA ? options.pathLength : undefined, true));
    }
    const usageNames =
      options.keyUsage ??
      (isCA
        ? (['keyCertSign', 'cRLSign', 'digitalSignature'] as const)
        : key.spec.type === 'rsa'
          ? (['digitalSignature', 'keyEncipherment'] as const)
          : (['digitalSignature'] as const));
    if (usageNames.length > 0) {
      const flags = usageNames.reduce((all, name) => all | x509.KeyUsageFlags[name], 0);
      extensions.push(new x509.KeyUsagesExtension(flags, true));
    }
    const eku = options.extendedKeyUsage ?? (isCA ? [] : ['serverAuth']);
    if (eku.length > 0) {
      extensions.push(
        new x509.ExtendedKeyUsageExtension(
          eku.map((name) => (x509.ExtendedKeyUsage as Record<string, string>)[name] ?? name),
          false
        )
      );
    }
    const dnsNames = options.dnsNames ?? (isCA ? [] : [options.commonName]);
    const ipAddresses = options.ipAddresses ?? [];
    if (dnsNames.length + ipAddresses.length > 0) {
      extensions.push(
        new x509.SubjectAlternativeNameExtension([
          ...dnsNames.map((value) => ({ type: 'dns' as const, value })),
          ...ipAddresses.map((value) => ({ type: 'ip' as const, value }))
        ])
      );
    }
    extensions.push(await x509.SubjectKeyIdentifierExtension.create(key.publicKey));
    if (signer.cert) {
      extensions.push(await x509.AuthorityKeyIdentifierExtension.create(signer.cert));
    }
    if (options.ocspUrls?.length || options.caIssuerUrls?.length) {
      extensions.push(
        new x509.AuthorityInfoAccessExtension({
          ocsp: options.ocspUrls ?? [],
          caIssuers: options.caIssuerUrls ?? []
        })
      );
    }
    if (options.crlUrls?.length) {
      extensions.push(new x509.CRLDistributionPointsExtension(options.crlUrls));
    }
    if (options.mustStaple) {
      extensions.push(new x509.Extension(MUST_STAPLE_OID, false, MUST_STAPLE_VALUE));
    }

    for (const extra of options.extraExtensions ?? []) {
      extensions.push(new x509.Extension(extra.oid, extra.critical ?? false, extra.value));
    }

    const notBefore = options.notBefore ?? day(options.notBeforeDays ?? -1);
    const notAfter = options.notAfter ?? day(options.notAfterDays ?? (isCA ? 3650 : 90));
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: options.serialNumber ?? randomSerial(),
      subject: subjectName,
      // The issuer's own encoded name, so path building matches it byte for byte.
      issuer: signer.cert ? signer.cert.subjectName : subjectName,
      notBefore,
      notAfter,
      publicKey: key.publicKey,
      signingKey: await signingKeyFor(signer.key, hash),
      signingAlgorithm: signingAlgorithm(signer.key, hash),
      extensions
    });
    const der = Buffer.from(cert.rawData);
    return { certPem: toPem('CERTIFICATE', der), keyPem: key.keyPem, der, key, subject, cert };
  }

  const asIssuer = (issuer: TestCertificate) => ({
    subject: issuer.subject,
    key: issuer.key,
    cert: issuer.cert
  });

  return {
    now,
    newKey,
    selfSigned: (options) => build({ isCA: true, ...options }, null),
    root: (options = {}) =>
      build({ commonName: 'tls-gate Test Root', ...options, isCA: options.isCA ?? true }, null),
    intermediate: (issuer, options = {}) =>
      build(
        {
          commonName: 'tls-gate Test Intermediate',
          ...options,
          isCA: options.isCA ?? true,
          pathLength: options.pathLength ?? 0
        },
        asIssuer(issuer)
      ),
    leaf: (issuer, options = {}) => build({ commonName: 'localhost', ...options }, asIssuer(issuer)),
    issue: (issuer, options) => build(options, asIssuer(issuer))
  };
}

/** PEM bundle of several certificates, in the order given (what a server's chain file looks like). */
export function pemBundle(...certificates: (TestCertificate | string)[]): string {
  return certificates.map((c) => (typeof c === 'string' ? c : c.certPem)).join('');
}

export interface TempFiles {
  dir: string;
  /** name → absolute path of the written file. */
  paths: Record<string, string>;
  cleanup(): Promise<void>;
}

/** Writes files into a fresh directory under os.tmpdir(), for tools that want paths (openssl, nginx). */
export async function writeTemp(files: Record<string, string | Buffer>): Promise<TempFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'tls-gate-pki-'));
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    await writeFile(path, content, { mode: 0o600 });
    paths[name] = path;
  }
  return { dir, paths, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
