#!/usr/bin/env node
// Generates src/registry/data/*.json from the compiled reference tables (default: ../shared/reference/data,
// override with the first argument). Keeps each table's `meta` (its sources) and records this generator and
// the decisions it adds on top of the tables:
//  - legacy, non-IANA code points carry no version range in the source table; the range they were used with is
//    assigned here (LEGACY_VERSIONS) so the engine enumerates them too;
//  - SCSVs stay in the data flagged scsv=true and are never returned as suites;
//  - nameless legacy code points get the name LEGACY_0xXXXX;
//  - PSK suites with CBC/NULL and HMAC-SHA256/384 start at TLS 1.0, not 1.2 (PSK_SHA2_BEFORE_TLS12).
// Usage: node scripts/gen-registry.mjs [sourceDir] [outDir]   (outDir defaults to src/registry/data)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'reference', 'data'));
const outDir = resolve(process.argv[3] ?? join(root, 'src', 'registry', 'data'));
mkdirSync(outDir, { recursive: true });

const read = (name) => JSON.parse(readFileSync(join(sourceDir, name), 'utf8'));
const generator = {
  script: 'scripts/gen-registry.mjs',
  from: 'shared/reference/data (tls-gate reference tables compiled 2026-11-27; see their meta.sources)'
};

// Version ranges of legacy code points, by what the implementations that used them supported:
// pre-RFC ChaCha20 (Chrome/BoringSSL 2013-2016) and the CECPQ1 experiment (2016) ran over TLS 1.2 only;
// the GOST 28147 suites of the early Russian drafts and OpenSSL's gost engine over TLS 1.0-1.2;
// Netscape's SSL_RSA_FIPS suites over SSLv3 and TLS 1.0.
const LEGACY_VERSIONS = [
  { from: 0x0080, to: 0x0083, min: 'TLSv1.0', max: 'TLSv1.2' },
  { from: 0x16b7, to: 0x16ba, min: 'TLSv1.2', max: 'TLSv1.2' },
  { from: 0xcc13, to: 0xcc15, min: 'TLSv1.2', max: 'TLSv1.2' },
  { from: 0xfefe, to: 0xfeff, min: 'SSLv3', max: 'TLSv1.0' },
  { from: 0xffe0, to: 0xffe1, min: 'SSLv3', max: 'TLSv1.0' },
  { from: 0xff00, to: 0xff87, min: 'TLSv1.0', max: 'TLSv1.2' }
];

// The source table gives every suite with a SHA-256/384 MAC a minimum of TLS 1.2. The PSK suites with CBC or
// NULL encryption and HMAC-SHA256/384 are the exception: RFC 5487 §3.2 and RFC 5489 §3 (and OpenSSL, which
// lists them as TLSv1) allow them from TLS 1.0, with that version's PRF.
const PSK_SHA2_BEFORE_TLS12 = /_PSK_WITH_(AES_\d+_CBC|CAMELLIA_\d+_CBC|NULL)_SHA(256|384)$/;

function legacyRange(code) {
  return LEGACY_VERSIONS.find((r) => code >= r.from && code <= r.to) ?? null;
}

const suitesSource = read('cipher-suites.json');
const suites = suitesSource.cipherSuites.map((s) => {
  const code = Number.parseInt(s.code, 16);
  const sslv2 = s.sslv2 === true;
  const scsv = s.scsv === true;
  let minVersion = s.minVersion ?? null;
  let maxVersion = s.maxVersion ?? null;
  let versionSource = 'table';
  if (sslv2) {
    minVersion = 'SSLv2';
    maxVersion = 'SSLv2';
    versionSource = 'sslv2';
  } else if (minVersion === 'TLSv1.2' && PSK_SHA2_BEFORE_TLS12.test(s.name ?? '')) {
    minVersion = 'TLSv1.0';
    versionSource = 'generator';
  } else if (!minVersion && !scsv) {
    const range = legacyRange(code);
    if (!range) throw new Error(`no version range for legacy code point ${s.code}`);
    minVersion = range.min;
    maxVersion = range.max;
    versionSource = 'generator';
  }
  return {
    code,
    hex: s.code,
    name: s.name ?? `LEGACY_${s.code}`,
    iana: s.iana ?? null,
    openssl: s.openssl ?? null,
    nodeName: s.nodeName ?? null,
    ianaRegistered: s.ianaRegistered === true,
    inLocalOpenSSL: s.inLocalOpenSSL === true,
    sslv2,
    scsv,
    minVersion: scsv ? null : minVersion,
    maxVersion: scsv ? null : maxVersion,
    versionSource,
    kx: s.kx ?? null,
    au: s.au ?? null,
    cipher: s.cipher ?? null,
    mode: s.mode ?? null,
    keyBits: s.keyBits ?? null,
    mac: s.mac ?? null,
    prf: s.prf ?? null,
    aead: s.aead ?? false,
    pfs: s.pfs ?? false,
    export: s.export ?? /EXPORT/.test(s.name ?? ''),
    anonymous: s.anonymous ?? false,
    rating: s.rating ?? null,
    ratingReasons: s.ratingReasons ?? [],
    refs: s.refs ?? []
  };
});

function write(name, meta, key, rows) {
  const file = join(outDir, name);
  writeFileSync(file, JSON.stringify({ meta: { ...meta, generator }, [key]: rows }, null, 1) + '\n');
  console.log(`${relative(root, file)}: ${rows.length} ${key}`);
}

write(
  'cipher-suites.json',
  {
    ...suitesSource.meta,
    generatorNotes: 'versionSource=generator: range assigned in scripts/gen-registry.mjs LEGACY_VERSIONS'
  },
  'cipherSuites',
  suites
);

const groupsSource = read('supported-groups.json');
write(
  'supported-groups.json',
  groupsSource.meta,
  'groups',
  groupsSource.groups.map((g) => ({
    code: g.code,
    hex: g.hex,
    name: g.name,
    opensslNames: g.opensslName ? g.opensslName.split('/').map((n) => n.trim()) : [],
    type: g.type,
    tls12: g.tls12 === true,
    tls13: g.tls13 === true,
    classicalSecurityBits: g.classicalSecurityBits ?? null,
    status: g.status ?? null,
    keyShare: g.keyShare ?? null,
    refs: g.refs ?? []
  }))
);

const schemesSource = read('signature-schemes.json');
write(
  'signature-schemes.json',
  schemesSource.meta,
  'signatureSchemes',
  schemesSource.signatureSchemes.map((s) => ({
    code: s.code,
    hex: s.hex,
    name: s.name,
    family: s.family ?? null,
    hash: s.hash ?? null,
    tls12: s.tls12 === true,
    tls13CertificateVerify: s.tls13CertificateVerify === true,
    note: s.note ?? null,
    refs: s.refs ?? []
  }))
);
