export const id = 294;
export const ids = [294];
export const modules = {

/***/ 3506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DD: () => (/* reexport */ DEFAULT_AIA_LIMITS),
  HK: () => (/* binding */ analyzeCertificates),
  AW: () => (/* reexport */ diagnoseChain),
  RV: () => (/* binding */ emptyCertificateReport),
  Kl: () => (/* reexport */ loadTrustStore)
});

// UNUSED EXPORTS: describeCertificate, fetchCaIssuers, fingerprintSha256, hostnameMatches, isTrustStore, parseOcspStaple, trustStoreFromPem

// EXTERNAL MODULE: ./node_modules/reflect-metadata/Reflect.js
var reflect_metadata_Reflect = __webpack_require__(477);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@peculiar/x509/build/x509.cjs.js
var x509_cjs = __webpack_require__(8927);
;// CONCATENATED MODULE: ./src/certs/chain.ts
// Path building from what the server sent to a trust anchor. Servers send chains in the wrong order, with extra
// or duplicate certificates, with the root, or with an intermediate missing; cross-signed intermediates give
// several valid paths (one of which may end at an expired root). So we search all paths (depth-first, bounded)
// over the sent certificates plus the trust store, and keep the best: trusted with every issuer in its validity
// period, then trusted with an expired issuer, then complete up to a root nobody trusts, then incomplete.
// Issuance is proven by Node (OpenSSL): X509Certificate#checkIssued (names, key identifiers, key usage) and
// X509Certificate#verify (the signature).

const MAX_DEPTH = 12;
const MAX_SIGNATURE_CHECKS = 2000;
const MAX_PATHS = 64;
function parseAll(chain) {
    return chain.map((der, index) => {
        let cert;
        try {
            cert = new external_node_crypto_.X509Certificate(der);
        }
        catch {
            cert = null;
        }
        return { index, der, cert, fingerprint: cert?.fingerprint256 ?? `unparsed-${index}` };
    });
}
function validAt(cert, now) {
    const from = new Date(cert.validFrom).getTime();
    const to = new Date(cert.validTo).getTime();
    return !Number.isNaN(from) && !Number.isNaN(to) && from <= now.getTime() && now.getTime() <= to;
}
function verifiesWithOwnKey(cert) {
    try {
        return cert.verify(cert.publicKey);
    }
    catch {
        return false;
    }
}
function rank(path) {
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
const pathsByTrust = new WeakMap();
/** buildPaths, once per distinct chain, store and time in a run (bounded); the result is shared, read it only. */
function buildPathsOnce(chain, trust, now) {
    let cache = pathsByTrust.get(trust);
    if (!cache) {
        cache = new Map();
        pathsByTrust.set(trust, cache);
    }
    const hashes = chain.map((der) => (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64'));
    const key = [now.getTime(), ...hashes].join(' ');
    let paths = cache.get(key);
    if (!paths) {
        paths = buildPaths(chain, trust, now);
        if (cache.size >= PATHS_LIMIT)
            cache.clear();
        cache.set(key, paths);
    }
    return paths;
}
function buildPaths(chain, trust, now) {
    const sent = parseAll(chain);
    const leaf = sent[0];
    const all = [];
    if (!leaf?.cert)
        return { best: null, all, used: new Set() };
    // Duplicates take part once, as their first copy; later copies are extra by construction.
    const seen = new Set();
    const candidates = sent.filter((s) => {
        if (!s.cert || seen.has(s.fingerprint))
            return false;
        seen.add(s.fingerprint);
        return true;
    });
    let checks = 0;
    const issued = (child, issuer) => {
        if (checks >= MAX_SIGNATURE_CHECKS)
            return false;
        checks++;
        try {
            return child.checkIssued(issuer) && child.verify(issuer.publicKey);
        }
        catch {
            return false; // unknown key or signature algorithm: not provably issued
        }
    };
    const issuersValid = (path, anchor) => path.slice(1).every((s) => validAt(s.cert, now)) && validAt(anchor.cert, now);
    const search = (path) => {
        if (all.length >= MAX_PATHS)
            return;
        const last = path[path.length - 1];
        const lastCert = last.cert;
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
                if (path.some((p) => p.fingerprint === next.fingerprint))
                    continue;
                if (next.cert.subject !== lastCert.issuer || !next.cert.ca)
                    continue;
                if (issued(lastCert, next.cert)) {
                    extended = true;
                    search([...path, next]);
                }
            }
        }
        if (extended)
            return;
        // Self-signed by signature, not by checkIssued: a self-signed leaf has no keyCertSign and would fail it.
        const selfIssued = lastCert.subject === lastCert.issuer && verifiesWithOwnKey(lastCert);
        all.push({ certificates: path, end: { kind: selfIssued ? 'untrusted-root' : 'missing-issuer' } });
    };
    search([leaf]);
    let best = null;
    for (const path of all) {
        if (!best ||
            rank(path) < rank(best) ||
            (rank(path) === rank(best) && path.certificates.length < best.certificates.length)) {
            best = path;
        }
    }
    const used = new Set(all.flatMap((path) => path.certificates.map((s) => s.index)));
    return { best, all, used };
}

// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var cjs = __webpack_require__(7261);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var build_cjs = __webpack_require__(3594);
;// CONCATENATED MODULE: ./src/certs/algorithms.ts
// Signature algorithm OIDs to OpenSSL long names, the spelling Mozilla's server-side TLS guidelines use in
// `certificate_signatures` (sha256WithRSAEncryption, ecdsa-with-SHA256, ...). Source: OpenSSL crypto/objects/objects.txt.
const SIGNATURE_ALGORITHMS = {
    '1.2.840.113549.1.1.2': 'md2WithRSAEncryption',
    '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
    '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
    '1.2.840.113549.1.1.10': 'rsassaPss',
    '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
    '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
    '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
    '1.2.840.113549.1.1.14': 'sha224WithRSAEncryption',
    '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
    '1.2.840.10045.4.3.1': 'ecdsa-with-SHA224',
    '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
    '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
    '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
    '1.3.101.112': 'ED25519',
    '1.3.101.113': 'ED448',
    '1.2.840.10040.4.3': 'dsaWithSHA1',
    '2.16.840.1.101.3.4.3.1': 'dsa_with_SHA224',
    '2.16.840.1.101.3.4.3.2': 'dsa_with_SHA256'
};
/** The OpenSSL long name, or the dotted OID itself for algorithms OpenSSL has no name for. */
function signatureAlgorithmName(oid) {
    return SIGNATURE_ALGORITHMS[oid] ?? oid;
}

;// CONCATENATED MODULE: ./src/certs/der-outline.ts
// The two reads of a certificate that Node's X509Certificate lacks, done directly on the DER so that they work at
// any certificate size: @peculiar's ASN.1 parser stops at 10,000 nodes (a guard we keep against hostile input),
// which a certificate with thousands of subjectAltNames exceeds. Certificate ::= SEQUENCE { tbsCertificate,
// signatureAlgorithm AlgorithmIdentifier, signatureValue } (RFC 5280 section 4.1); only definite DER lengths.
function readTlv(der, offset, limit) {
    if (offset + 2 > limit)
        throw new Error('DER element truncated');
    const tag = der[offset];
    let length = der[offset + 1];
    let start = offset + 2;
    if (length & 0x80) {
        const octets = length & 0x7f;
        if (octets === 0 || octets > 4 || start + octets > limit)
            throw new Error('DER length not definite');
        length = 0;
        for (let i = 0; i < octets; i++)
            length = length * 256 + der[start + i];
        start += octets;
    }
    const end = start + length;
    if (end > limit)
        throw new Error('DER element longer than its container');
    return { tag, start, end };
}
const SEQUENCE = 0x30;
const OBJECT_IDENTIFIER = 0x06;
function decodeOid(bytes) {
    if (bytes.length === 0)
        throw new Error('empty OBJECT IDENTIFIER');
    const arcs = [];
    let value = 0;
    for (const byte of bytes) {
        value = value * 128 + (byte & 0x7f);
        if (value > Number.MAX_SAFE_INTEGER / 128)
            throw new Error('OBJECT IDENTIFIER arc too large');
        if (!(byte & 0x80)) {
            arcs.push(value);
            value = 0;
        }
    }
    if (bytes[bytes.length - 1] & 0x80)
        throw new Error('OBJECT IDENTIFIER truncated');
    const first = arcs.shift();
    const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
    return [...head, ...arcs].join('.');
}
/** The OID of the certificate's outer signatureAlgorithm. Throws on anything that is not that shape. */
function outerSignatureAlgorithmOid(der) {
    const certificate = readTlv(der, 0, der.length);
    if (certificate.tag !== SEQUENCE)
        throw new Error('not a SEQUENCE');
    const tbs = readTlv(der, certificate.start, certificate.end);
    const algorithm = readTlv(der, tbs.end, certificate.end);
    if (tbs.tag !== SEQUENCE || algorithm.tag !== SEQUENCE)
        throw new Error('not a certificate');
    const oid = readTlv(der, algorithm.start, algorithm.end);
    if (oid.tag !== OBJECT_IDENTIFIER)
        throw new Error('signatureAlgorithm without an OID');
    return decodeOid(der.subarray(oid.start, oid.end));
}
/**
 * "DNS:name" and "IP:address" entries from Node's X509Certificate.subjectAltName, which OpenSSL renders as
 * `DNS:a.example, IP Address:127.0.0.1, email:x@y`, with a JSON-quoted value where a name holds a comma or a
 * quote. Other kinds of name are skipped.
 */
function subjectAltNamesFromOpenSsl(text) {
    const names = [];
    const entry = /([A-Za-z][A-Za-z ]*):("(?:\\.|[^"\\])*"|[^,]*)(?:, |$)/y;
    for (let at = 0; text && at < text.length;) {
        entry.lastIndex = at;
        const match = entry.exec(text);
        if (!match)
            break;
        at = entry.lastIndex;
        const value = match[2].startsWith('"') ? JSON.parse(match[2]) : match[2];
        if (match[1] === 'DNS')
            names.push(`DNS:${value}`);
        else if (match[1] === 'IP Address')
            names.push(`IP:${value}`);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/certs/validity.ts
// The validity dates of a certificate, read from its DER strictly. A lenient parse turns garbage into a plausible
// date: a GeneralizedTime of zeros becomes 1899-11-30, a damaged UTCTime 1901-01-01, and a report would then
// call a certificate expired (or valid) on the strength of bytes that say nothing. Here a time is a date only when
// it is one X.509 can encode (RFC 5280 section 4.1.2.5): UTCTime YYMMDDHHMM[SS]Z for 1950-2049, GeneralizedTime
// YYYYMMDDHHMMSS[.f]Z for the rest, up to 9999, with a real month, day, hour, minute and second.

const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;
/**
 * The two times of tbsCertificate.validity, or null when the DER is not shaped like a certificate up to them
 * (then the caller falls back to what the libraries read, checked with plausibleDate).
 */
function validityFromDer(der) {
    try {
        const certificate = readTlv(der, 0, der.length);
        if (certificate.tag !== SEQUENCE)
            return null;
        const tbs = readTlv(der, certificate.start, certificate.end);
        if (tbs.tag !== SEQUENCE)
            return null;
        let element = readTlv(der, tbs.start, tbs.end);
        // [0] EXPLICIT version is optional; then serialNumber, signature, issuer, validity.
        if (element.tag === 0xa0)
            element = readTlv(der, element.end, tbs.end);
        for (let skip = 0; skip < 3; skip++)
            element = readTlv(der, element.end, tbs.end);
        if (element.tag !== SEQUENCE)
            return null;
        const notBefore = readTlv(der, element.start, element.end);
        const notAfter = readTlv(der, notBefore.end, element.end);
        return { notBefore: decodeTime(der, notBefore), notAfter: decodeTime(der, notAfter) };
    }
    catch {
        return null;
    }
}
function decodeTime(der, tlv) {
    const text = Buffer.from(der.subarray(tlv.start, tlv.end)).toString('latin1');
    if (tlv.tag === UTC_TIME) {
        const match = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text);
        if (!match)
            return { date: null, problem: 'not a UTCTime of the form YYMMDDHHMMSSZ' };
        const yy = Number(match[1]);
        return calendarDate(yy >= 50 ? 1900 + yy : 2000 + yy, match.slice(2));
    }
    if (tlv.tag === GENERALIZED_TIME) {
        const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d{1,9})?Z$/.exec(text);
        if (!match)
            return { date: null, problem: 'not a GeneralizedTime of the form YYYYMMDDHHMMSSZ' };
        const year = Number(match[1]);
        // Dates before 1950 are written as UTCTime, which cannot hold them: a GeneralizedTime before 1950 is damage.
        if (year < 1950)
            return { date: null, problem: `year ${year} is before 1950, which X.509 cannot encode` };
        return calendarDate(year, match.slice(2));
    }
    return { date: null, problem: 'neither a UTCTime nor a GeneralizedTime' };
}
function calendarDate(year, parts) {
    const [month, day, hour, minute, second] = parts.map((part) => Number(part ?? '0'));
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    date.setUTCHours(hour, minute, second, 0);
    const exact = date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day &&
        date.getUTCHours() === hour &&
        date.getUTCMinutes() === minute &&
        date.getUTCSeconds() === second;
    return exact ? { date } : { date: null, problem: 'not a calendar date and time' };
}
/** A date a library read, when the DER could not be walked: only 1950 to 9999 is a date X.509 can hold. */
function plausibleDate(date) {
    if (!date)
        return null;
    const year = date.getUTCFullYear();
    return year >= 1950 && year <= 9999 ? date : null;
}

;// CONCATENATED MODULE: ./src/certs/describe.ts
// One certificate, as the report shows it. Parsing is done by Node's crypto.X509Certificate (OpenSSL) and by
// @peculiar/x509 for the extensions Node does not expose; we write no ASN.1 parser. The bytes come from a server:
// every part is read on its own so that one bad extension still leaves the rest, and nothing here throws.








const DAY_MS = 86_400_000;
const MUST_STAPLE_OID = '1.3.6.1.5.5.7.1.24';
const SCT_LIST_OID = '1.3.6.1.4.1.11129.2.4.2';
const STATUS_REQUEST = 5;
/** The extensions read one by one below, by the name each one's problem is reported under. */
const EXTENSION_NAMES = [
    'subjectAltName',
    'basicConstraints',
    'authorityInfoAccess',
    'cRLDistributionPoints',
    'keyUsage',
    'extendedKeyUsage'
];
const EKU_NAMES = {
    '1.3.6.1.5.5.7.3.1': 'serverAuth',
    '1.3.6.1.5.5.7.3.2': 'clientAuth',
    '1.3.6.1.5.5.7.3.3': 'codeSigning',
    '1.3.6.1.5.5.7.3.4': 'emailProtection',
    '1.3.6.1.5.5.7.3.8': 'timeStamping',
    '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
    '2.5.29.37.0': 'anyExtendedKeyUsage'
};
const CURVE_NAMES = {
    prime256v1: 'P-256',
    secp256r1: 'P-256',
    secp384r1: 'P-384',
    secp521r1: 'P-521',
    'P-256': 'P-256',
    'P-384': 'P-384',
    'P-521': 'P-521'
};
const CURVE_BITS = { 'P-256': 256, 'P-384': 384, 'P-521': 521, secp256k1: 256 };
/** Colon-separated upper-case hex, the form browsers and openssl show fingerprints in. */
function fingerprintSha256(der) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(der)
        .digest('hex')
        .toUpperCase()
        .replace(/(..)(?!$)/g, '$1:');
}
/** ISO 8601, or '' when the date could not be read (consumers see Date.parse('') as NaN, never a real date). */
function isoOrEmpty(date) {
    return date && !Number.isNaN(date.getTime()) ? date.toISOString() : '';
}
function validDate(date) {
    return date instanceof Date && !Number.isNaN(date.getTime()) ? date : null;
}
function keyFacts(publicKey) {
    const details = publicKey.asymmetricKeyDetails ?? {};
    switch (publicKey.asymmetricKeyType) {
        case 'rsa':
        case 'rsa-pss':
            return { keyType: 'RSA', keyBits: details.modulusLength ?? null, curve: null };
        case 'dsa':
            return { keyType: 'DSA', keyBits: details.modulusLength ?? null, curve: null };
        case 'ec': {
            const curve = details.namedCurve ? (CURVE_NAMES[details.namedCurve] ?? details.namedCurve) : null;
            return { keyType: 'EC', keyBits: curve ? (CURVE_BITS[curve] ?? null) : null, curve };
        }
        case 'ed25519':
            return { keyType: 'Ed25519', keyBits: 256, curve: null };
        case 'ed448':
            return { keyType: 'Ed448', keyBits: 456, curve: null };
        default:
            return { keyType: 'unknown', keyBits: null, curve: null };
    }
}
function generalNameStrings(names, types) {
    return names.filter((name) => types.includes(name.type)).map((name) => name.value);
}
/** RFC 6962 SignedCertificateTimestampList inside an OCTET STRING: u16 length, then u16-prefixed SCTs. */
function countScts(extensionValue) {
    const list = Buffer.from(cjs.AsnConvert.parse(extensionValue, cjs.OctetString).buffer);
    if (list.length < 2)
        throw new Error('SCT list too short');
    const total = list.readUInt16BE(0);
    if (total + 2 !== list.length)
        throw new Error('SCT list length does not match its contents');
    let count = 0;
    for (let offset = 2; offset < list.length; count++) {
        if (offset + 2 > list.length)
            throw new Error('SCT list truncated');
        offset += 2 + list.readUInt16BE(offset);
        if (offset > list.length)
            throw new Error('SCT list truncated');
    }
    return count;
}
/** TLSFeature ::= SEQUENCE OF INTEGER; must-staple is the presence of status_request (5). */
function hasStatusRequestFeature(extensionValue) {
    const bytes = Buffer.from(extensionValue);
    // A SEQUENCE of small INTEGERs: 02 01 05 is status_request. Checked element by element, not by search.
    if (bytes[0] !== 0x30 || bytes.length < 2 || bytes[1] >= 0x80 || bytes[1] + 2 !== bytes.length)
        return false;
    for (let offset = 2; offset + 2 <= bytes.length;) {
        const tag = bytes[offset];
        const length = bytes[offset + 1];
        if (tag !== 0x02 || offset + 2 + length > bytes.length)
            return false;
        if (length === 1 && bytes[offset + 2] === STATUS_REQUEST)
            return true;
        offset += 2 + length;
    }
    return false;
}
/** A certificate reduced to what could be read, for input that is not a certificate at all. */
function unreadable(der, reason) {
    return {
        subject: '',
        issuer: '',
        serialNumber: '',
        notBefore: '',
        notAfter: '',
        daysRemaining: 0,
        lifetimeDays: 0,
        subjectAltNames: [],
        keyType: 'unknown',
        keyBits: null,
        curve: null,
        signatureAlgorithm: 'unknown',
        sha256Fingerprint: fingerprintSha256(der),
        spkiSha256: '',
        selfSigned: false,
        isCA: false,
        ocspUrls: [],
        caIssuerUrls: [],
        crlUrls: [],
        mustStaple: false,
        sctCount: 0,
        keyUsage: [],
        extendedKeyUsage: [],
        parseError: reason
    };
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}
function describeCertificate(der, now) {
    const problems = [];
    const attempt = (what, read, fallback) => {
        try {
            return read();
        }
        catch (error) {
            problems.push(`${what}: ${message(error)}`);
            return fallback;
        }
    };
    let node = null;
    let peculiar = null;
    let asn = null;
    try {
        node = new external_node_crypto_.X509Certificate(der);
    }
    catch (error) {
        problems.push(`OpenSSL cannot read it: ${message(error)}`);
    }
    try {
        peculiar = new x509_cjs/* X509Certificate */.yI(der);
        asn = cjs.AsnConvert.parse(peculiar.rawData, build_cjs.Certificate);
    }
    catch (error) {
        problems.push(node && /node count exceeded/i.test(message(error))
            ? 'extensions other than subjectAltName not read: the certificate has more ASN.1 elements than the ' +
                'parser accepts (a guard against hostile input)'
            : `not a DER X.509 certificate: ${message(error)}`);
    }
    if (!node && !peculiar)
        return unreadable(der, problems.join('; '));
    const subject = attempt('subject', () => peculiar?.subject ?? node.subject.replace(/\n/g, ', '), '');
    const issuer = attempt('issuer', () => peculiar?.issuer ?? node.issuer.replace(/\n/g, ', '), '');
    const serialNumber = attempt('serial', () => (node?.serialNumber ?? peculiar.serialNumber).toUpperCase(), '');
    // The DER's own times when it can be walked (strict: garbage is no date); else the libraries', if plausible.
    const validity = validityFromDer(der);
    const readDate = (what, fromLibraries) => {
        const time = validity?.[what];
        if (time?.problem)
            problems.push(`${what} cannot be read: ${time.problem}`);
        if (time)
            return time.date;
        const date = attempt(what, fromLibraries, null);
        if (date && !plausibleDate(date))
            problems.push(`${what} cannot be read: outside the years 1950 to 9999`);
        return plausibleDate(date);
    };
    const notBefore = readDate('notBefore', () => validDate(peculiar?.notBefore) ?? validDate(node ? new Date(node.validFrom) : null));
    const notAfter = readDate('notAfter', () => validDate(peculiar?.notAfter) ?? validDate(node ? new Date(node.validTo) : null));
    if (!notBefore || !notAfter)
        problems.push('validity dates could not be read');
    const keyInfo = attempt('public key', () => (node ? keyFacts(node.publicKey) : { keyType: 'unknown', keyBits: null, curve: null }), { keyType: 'unknown', keyBits: null, curve: null });
    if (keyInfo.keyType === 'unknown' && !problems.some((p) => p.startsWith('public key'))) {
        problems.push('public key: unknown key type');
    }
    const spkiSha256 = attempt('subjectPublicKeyInfo', () => {
        const spki = asn
            ? Buffer.from(cjs.AsnConvert.serialize(asn.tbsCertificate.subjectPublicKeyInfo))
            : node.publicKey.export({ type: 'spki', format: 'der' });
        return (0,external_node_crypto_.createHash)('sha256').update(spki).digest('base64');
    }, '');
    const signatureAlgorithm = attempt('signature algorithm', () => signatureAlgorithmName(asn ? asn.signatureAlgorithm.algorithm : outerSignatureAlgorithmOid(der)), 'unknown');
    const extension = (type, what) => attempt(what, () => peculiar?.getExtension(type) ?? null, null);
    const san = extension(x509_cjs/* SubjectAlternativeNameExtension */.Wx, 'subjectAltName');
    const subjectAltNames = attempt('subjectAltName', () => peculiar
        ? [
            ...generalNameStrings(san?.names.items ?? [], ['dns']).map((name) => `DNS:${name}`),
            ...generalNameStrings(san?.names.items ?? [], ['ip']).map((ip) => `IP:${ip}`)
        ]
        : // Too large for the ASN.1 parser (see der-outline.ts): OpenSSL's reading, which has no such limit.
            subjectAltNamesFromOpenSsl(node?.subjectAltName), []);
    const basicConstraints = extension(x509_cjs/* BasicConstraintsExtension */.WA, 'basicConstraints');
    const isCA = basicConstraints?.ca ?? node?.ca ?? false;
    const aia = extension(x509_cjs/* AuthorityInfoAccessExtension */.Z2, 'authorityInfoAccess');
    const ocspUrls = generalNameStrings(aia?.ocsp ?? [], ['url']);
    const caIssuerUrls = generalNameStrings(aia?.caIssuers ?? [], ['url']);
    const crl = extension(x509_cjs/* CRLDistributionPointsExtension */.u5, 'cRLDistributionPoints');
    const crlUrls = attempt('cRLDistributionPoints', () => (crl?.distributionPoints ?? []).flatMap((point) => (point.distributionPoint?.fullName ?? [])
        .map((name) => name.uniformResourceIdentifier)
        .filter((url) => typeof url === 'string')), []);
    const keyUsageExtension = extension(x509_cjs/* KeyUsagesExtension */.hy, 'keyUsage');
    const keyUsage = keyUsageExtension
        ? Object.entries(x509_cjs/* KeyUsageFlags */.Ob)
            .filter(([, flag]) => typeof flag === 'number' && (keyUsageExtension.usages & flag) !== 0)
            .map(([name]) => name)
        : [];
    const ekuExtension = extension(x509_cjs/* ExtendedKeyUsageExtension */.j6, 'extendedKeyUsage');
    const extendedKeyUsage = (ekuExtension?.usages ?? []).map((oid) => EKU_NAMES[String(oid)] ?? String(oid));
    const rawExtensions = attempt('extensions', () => peculiar?.extensions ?? [], []);
    const mustStapleExtension = rawExtensions.find((ext) => ext.type === MUST_STAPLE_OID);
    const mustStaple = mustStapleExtension
        ? attempt('TLS feature', () => hasStatusRequestFeature(mustStapleExtension.value), false)
        : false;
    const sctExtension = rawExtensions.find((ext) => ext.type === SCT_LIST_OID);
    const sctCount = sctExtension ? attempt('SCT list', () => countScts(sctExtension.value), 0) : 0;
    const selfSigned = attempt('self-signature', () => {
        if (subject !== issuer)
            return false;
        if (!node)
            return true;
        try {
            return node.verify(node.publicKey);
        }
        catch {
            return true; // same name, key we cannot use: still presented as its own issuer
        }
    }, false);
    const info = {
        subject,
        issuer,
        serialNumber,
        notBefore: isoOrEmpty(notBefore),
        notAfter: isoOrEmpty(notAfter),
        daysRemaining: notAfter ? (notAfter.getTime() - now.getTime()) / DAY_MS : 0,
        lifetimeDays: notBefore && notAfter ? (notAfter.getTime() - notBefore.getTime()) / DAY_MS : 0,
        subjectAltNames,
        keyType: keyInfo.keyType,
        keyBits: keyInfo.keyBits,
        curve: keyInfo.curve,
        signatureAlgorithm,
        sha256Fingerprint: fingerprintSha256(der),
        spkiSha256,
        selfSigned,
        isCA,
        ocspUrls,
        caIssuerUrls,
        crlUrls,
        mustStaple,
        sctCount,
        keyUsage,
        extendedKeyUsage
    };
    if (notBefore && notAfter && notAfter.getTime() < notBefore.getTime()) {
        problems.push('notAfter is before notBefore');
    }
    if (problems.length > 0)
        info.parseError = problems.join('; ');
    const unreadableExtensions = EXTENSION_NAMES.filter((name) => problems.some((p) => p.startsWith(`${name}: `)));
    if (unreadableExtensions.length > 0)
        info.unreadableExtensions = [...unreadableExtensions];
    return info;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/certs/hostname.ts
// Does a certificate name the host we connected to? RFC 6125 section 6.4 with the CA/Browser Forum's limits:
// a wildcard is only the whole left-most label and stands for exactly one label (so "*.example.com" matches
// "a.example.com" but neither "example.com" nor "a.b.example.com"); IP targets match IP SANs only; names compare in
// A-label (punycode) form. The subject CN is never consulted: RFC 9525 section 6.3 takes identifiers from the
// subjectAltName only, the CA/B Baseline Requirements (7.1.4.3) require every name to be in it, and browsers, curl,
// Go and Python have all stopped falling back to the CN. A certificate without SANs names no host.


/** Lower-case A-label form without a trailing dot, or null when the name is not a valid host name. */
function asciiHostname(name) {
    const trimmed = name.trim().replace(/\.$/, '');
    if (trimmed === '' || trimmed.includes('..'))
        return null;
    const ascii = (0,external_node_url_.domainToASCII)(trimmed);
    return ascii === '' ? null : ascii.toLowerCase();
}
function matchesDnsName(pattern, host) {
    if (pattern.startsWith('*.')) {
        const base = asciiHostname(pattern.slice(2));
        // "*.com" or "*.localhost" would cover a whole public suffix: CA/B forbids at least the one-label case.
        if (!base || !base.includes('.'))
            return false;
        const dot = host.indexOf('.');
        return dot > 0 && host.slice(dot + 1) === base;
    }
    if (pattern.includes('*'))
        return false; // partial wildcards (f*o.example.com) are not allowed
    return asciiHostname(pattern) === host;
}
function sameIp(a, b) {
    const familyA = (0,external_node_net_.isIP)(a);
    const familyB = (0,external_node_net_.isIP)(b);
    if (familyA === 0 || familyB === 0)
        return false;
    // BlockList compares addresses as numbers, so "::1" and "0:0:0:0:0:0:0:1" are equal, as are IPv4-mapped forms.
    const list = new external_node_net_.BlockList();
    list.addAddress(a, familyA === 6 ? 'ipv6' : 'ipv4');
    return list.check(b, familyB === 6 ? 'ipv6' : 'ipv4');
}
/**
 * @param host the target host as the user wrote it (name or IP literal, IPv6 without brackets)
 * @param subjectAltNames "DNS:name" and "IP:address" entries, as in CertificateInfo
 */
function hostnameMatches(host, subjectAltNames) {
    const dnsNames = subjectAltNames.filter((san) => san.startsWith('DNS:')).map((san) => san.slice(4));
    const ipAddresses = subjectAltNames.filter((san) => san.startsWith('IP:')).map((san) => san.slice(3));
    const bare = host.replace(/^\[(.*)\]$/, '$1');
    if ((0,external_node_net_.isIP)(bare) !== 0) {
        return ipAddresses.some((ip) => sameIp(ip, bare));
    }
    const target = asciiHostname(bare);
    if (!target)
        return false;
    return dnsNames.some((name) => matchesDnsName(name, target));
}

;// CONCATENATED MODULE: ./src/certs/ocsp-asn1.ts
var __decorate = (undefined && undefined.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (undefined && undefined.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// ASN.1 schema of OCSP responses (RFC 6960 section 4.2.1), declared with @peculiar/asn1-schema so that the library
// does the DER work: no hand-written parser. Only what a stapled response needs: status and validity per
// certificate. Shared by the staple reader (ocsp.ts) and the test PKI's response builder.



const ID_PKIX_OCSP_BASIC = '1.3.6.1.5.5.7.48.1.1';
var OcspResponseStatus;
(function (OcspResponseStatus) {
    OcspResponseStatus[OcspResponseStatus["successful"] = 0] = "successful";
    OcspResponseStatus[OcspResponseStatus["malformedRequest"] = 1] = "malformedRequest";
    OcspResponseStatus[OcspResponseStatus["internalError"] = 2] = "internalError";
    OcspResponseStatus[OcspResponseStatus["tryLater"] = 3] = "tryLater";
    OcspResponseStatus[OcspResponseStatus["sigRequired"] = 5] = "sigRequired";
    OcspResponseStatus[OcspResponseStatus["unauthorized"] = 6] = "unauthorized";
})(OcspResponseStatus || (OcspResponseStatus = {}));
class CertId {
    hashAlgorithm = new build_cjs.AlgorithmIdentifier();
    issuerNameHash = new ArrayBuffer(0);
    issuerKeyHash = new ArrayBuffer(0);
    serialNumber = new ArrayBuffer(0);
    constructor(params = {}) {
        Object.assign(this, params);
    }
}
__decorate([
    (0,cjs.AsnProp)({ type: build_cjs.AlgorithmIdentifier }),
    __metadata("design:type", Object)
], CertId.prototype, "hashAlgorithm", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.OctetString }),
    __metadata("design:type", Object)
], CertId.prototype, "issuerNameHash", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.OctetString }),
    __metadata("design:type", Object)
], CertId.prototype, "issuerKeyHash", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.Integer, converter: cjs.AsnIntegerArrayBufferConverter }),
    __metadata("design:type", Object)
], CertId.prototype, "serialNumber", void 0);
class RevokedInfo {
    revocationTime = new Date();
    revocationReason;
    constructor(params = {}) {
        Object.assign(this, params);
    }
}
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.GeneralizedTime }),
    __metadata("design:type", Object)
], RevokedInfo.prototype, "revocationTime", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.Enumerated, context: 0, optional: true }),
    __metadata("design:type", Number)
], RevokedInfo.prototype, "revocationReason", void 0);
/** CertStatus ::= CHOICE { good [0] IMPLICIT NULL, revoked [1] IMPLICIT RevokedInfo, unknown [2] IMPLICIT NULL } */
let CertStatus = class CertStatus {
    good;
    revoked;
    unknown;
    constructor(params = {}) {
        Object.assign(this, params);
    }
};
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.Null, context: 0, implicit: true }),
    __metadata("design:type", void 0)
], CertStatus.prototype, "good", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: RevokedInfo, context: 1, implicit: true }),
    __metadata("design:type", RevokedInfo)
], CertStatus.prototype, "revoked", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.Null, context: 2, implicit: true }),
    __metadata("design:type", void 0)
], CertStatus.prototype, "unknown", void 0);
CertStatus = __decorate([
    (0,cjs.AsnType)({ type: cjs.AsnTypeTypes.Choice }),
    __metadata("design:paramtypes", [Object])
], CertStatus);

class SingleResponse {
    certId = new CertId();
    certStatus = new CertStatus();
    thisUpdate = new Date();
    nextUpdate;
    singleExtensions;
    constructor(params = {}) {
        Object.assign(this, params);
    }
}
__decorate([
    (0,cjs.AsnProp)({ type: CertId }),
    __metadata("design:type", Object)
], SingleResponse.prototype, "certId", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: CertStatus }),
    __metadata("design:type", Object)
], SingleResponse.prototype, "certStatus", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.GeneralizedTime }),
    __metadata("design:type", Object)
], SingleResponse.prototype, "thisUpdate", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.GeneralizedTime, context: 0, optional: true }),
    __metadata("design:type", Date)
], SingleResponse.prototype, "nextUpdate", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: build_cjs.Extension, context: 1, repeated: 'sequence', optional: true }),
    __metadata("design:type", Array)
], SingleResponse.prototype, "singleExtensions", void 0);
/** ResponderID ::= CHOICE { byName [1] Name, byKey [2] KeyHash } (both EXPLICIT). */
let ResponderId = class ResponderId {
    byName;
    byKey;
    constructor(params = {}) {
        Object.assign(this, params);
    }
};
__decorate([
    (0,cjs.AsnProp)({ type: build_cjs.Name, context: 1 }),
    __metadata("design:type", build_cjs.Name)
], ResponderId.prototype, "byName", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.OctetString, context: 2 }),
    __metadata("design:type", ArrayBuffer)
], ResponderId.prototype, "byKey", void 0);
ResponderId = __decorate([
    (0,cjs.AsnType)({ type: cjs.AsnTypeTypes.Choice }),
    __metadata("design:paramtypes", [Object])
], ResponderId);

let SingleResponses = class SingleResponses extends cjs.AsnArray {
};
SingleResponses = __decorate([
    (0,cjs.AsnType)({ type: cjs.AsnTypeTypes.Sequence, itemType: SingleResponse })
], SingleResponses);

class ResponseData {
    version = 0;
    responderId = new ResponderId();
    producedAt = new Date();
    responses = new SingleResponses();
    responseExtensions;
    constructor(params = {}) {
        Object.assign(this, params);
    }
}
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.Integer, context: 0, defaultValue: 0 }),
    __metadata("design:type", Object)
], ResponseData.prototype, "version", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: ResponderId }),
    __metadata("design:type", Object)
], ResponseData.prototype, "responderId", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.GeneralizedTime }),
    __metadata("design:type", Object)
], ResponseData.prototype, "producedAt", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: SingleResponses }),
    __metadata("design:type", Object)
], ResponseData.prototype, "responses", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: build_cjs.Extension, context: 1, repeated: 'sequence', optional: true }),
    __metadata("design:type", Array)
], ResponseData.prototype, "responseExtensions", void 0);
class BasicOcspResponse {
    tbsResponseData = new ResponseData();
    signatureAlgorithm = new build_cjs.AlgorithmIdentifier();
    signature = new ArrayBuffer(0);
    certs;
    constructor(params = {}) {
        Object.assign(this, params);
    }
}
__decorate([
    (0,cjs.AsnProp)({ type: ResponseData }),
    __metadata("design:type", Object)
], BasicOcspResponse.prototype, "tbsResponseData", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: build_cjs.AlgorithmIdentifier }),
    __metadata("design:type", Object)
], BasicOcspResponse.prototype, "signatureAlgorithm", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.BitString }),
    __metadata("design:type", Object)
], BasicOcspResponse.prototype, "signature", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: build_cjs.Certificate, context: 0, repeated: 'sequence', optional: true }),
    __metadata("design:type", Array)
], BasicOcspResponse.prototype, "certs", void 0);
class ResponseBytes {
    responseType = ID_PKIX_OCSP_BASIC;
    response = new ArrayBuffer(0);
    constructor(params = {}) {
        Object.assign(this, params);
    }
}
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.ObjectIdentifier }),
    __metadata("design:type", Object)
], ResponseBytes.prototype, "responseType", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.OctetString }),
    __metadata("design:type", Object)
], ResponseBytes.prototype, "response", void 0);
class OcspResponse {
    responseStatus = OcspResponseStatus.successful;
    responseBytes;
    constructor(params = {}) {
        Object.assign(this, params);
    }
}
__decorate([
    (0,cjs.AsnProp)({ type: cjs.AsnPropTypes.Enumerated }),
    __metadata("design:type", Number)
], OcspResponse.prototype, "responseStatus", void 0);
__decorate([
    (0,cjs.AsnProp)({ type: ResponseBytes, context: 0, optional: true }),
    __metadata("design:type", ResponseBytes)
], OcspResponse.prototype, "responseBytes", void 0);

;// CONCATENATED MODULE: ./src/certs/ocsp.ts
// Reads a stapled OCSP response (the CertificateStatus message body) into status and validity. The response is
// server-sent: anything that does not decode as RFC 6960 becomes 'unparsed', never an exception.


const UNPARSED = { status: 'unparsed', thisUpdate: null, nextUpdate: null };
function isoOrNull(date) {
    return date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}
function normaliseSerial(hex) {
    return hex
        .toLowerCase()
        .replace(/[^0-9a-f]/g, '')
        .replace(/^0+/, '');
}
/**
 * @param der the OCSPResponse as stapled.
 * @param leafSerialHex serial of the certificate the staple is for; picks the matching single response when the
 *   responder put several in one, else the first.
 */
function parseOcspStaple(der, leafSerialHex) {
    try {
        const response = cjs.AsnConvert.parse(der, OcspResponse);
        if (response.responseStatus !== OcspResponseStatus.successful || !response.responseBytes)
            return UNPARSED;
        if (response.responseBytes.responseType !== ID_PKIX_OCSP_BASIC)
            return UNPARSED;
        const basic = cjs.AsnConvert.parse(response.responseBytes.response, BasicOcspResponse);
        const responses = Array.from(basic.tbsResponseData.responses);
        if (responses.length === 0)
            return UNPARSED;
        const wanted = leafSerialHex ? normaliseSerial(leafSerialHex) : null;
        const single = (wanted &&
            responses.find((r) => normaliseSerial(Buffer.from(r.certId.serialNumber).toString('hex')) === wanted)) ||
            responses[0];
        const status = single.certStatus.revoked
            ? 'revoked'
            : single.certStatus.good !== undefined
                ? 'good'
                : single.certStatus.unknown !== undefined
                    ? 'unknown'
                    : 'unparsed';
        return { status, thisUpdate: isoOrNull(single.thisUpdate), nextUpdate: isoOrNull(single.nextUpdate) };
    }
    catch {
        return UNPARSED;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/input-files.ts
var input_files = __webpack_require__(1869);
;// CONCATENATED MODULE: ./src/certs/trust-store.ts
// Trust anchors: Node's bundled Mozilla roots, the system store where Node can read it, and a user CA file
// (private PKI is common in corporate CI). Each anchor remembers which store it came from, so the report can say
// which one anchored a chain.





const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
/** Where Debian/Ubuntu (GitHub's runners), Fedora/RHEL and Alpine keep the system bundle. */
const SYSTEM_BUNDLES = [
    '/etc/ssl/certs/ca-certificates.crt',
    '/etc/pki/tls/certs/ca-bundle.crt',
    '/etc/ssl/cert.pem'
];
function pemCertificates(text) {
    return text.match(PEM_CERTIFICATE) ?? [];
}
function bundleCertificates() {
    for (const bundle of SYSTEM_BUNDLES) {
        try {
            return pemCertificates((0,external_node_fs_.readFileSync)(bundle, 'utf8'));
        }
        catch {
            // not on this system
        }
    }
    return null;
}
function systemCertificates() {
    // On Linux the distribution's bundle file is read first: it holds the same roots as the hashed directory
    // OpenSSL also looks in, and reading it takes ~2 ms where tls.getCACertificates('system') takes ~45 ms (it
    // walks the directory and returns each root once per link). Elsewhere (macOS keychain, Windows store) only
    // Node can list the store.
    if (process.platform === 'linux') {
        const fromBundle = bundleCertificates();
        if (fromBundle)
            return fromBundle;
    }
    // tls.getCACertificates('system') exists from Node 22.15 / 23.5; feature-detected so Node 20 keeps working.
    const getCACertificates = external_node_tls_.getCACertificates;
    if (typeof getCACertificates === 'function') {
        try {
            return getCACertificates('system');
        }
        catch {
            // fall back to the bundle file
        }
    }
    return bundleCertificates() ?? [];
}
/** PEMs parsed per turn of the event loop while the store warms up in the background. */
const WARM_UP_SLICE = 16;
class AnchorSet {
    list = [];
    subjects = new Map();
    fingerprints = new Map();
    /** Base64 bodies already added: Node's roots and the system store mostly hold the same certificates, and
     * parsing one costs ~0.2 ms on Node 20, so a PEM seen before is skipped before it is parsed. */
    seenBodies = new Set();
    /** Public roots not parsed yet: a scan spends its first moments on the network, so they are parsed then. */
    pending = [];
    get anchors() {
        this.settle();
        return this.list;
    }
    get bySubject() {
        this.settle();
        return this.subjects;
    }
    get byFingerprint() {
        this.settle();
        return this.fingerprints;
    }
    /** Queues PEMs to parse later: in the background (warmUp) or at the first look at the anchors. */
    defer(pems, source) {
        if (pems.length > 0)
            this.pending.push({ pems: [...pems], source });
    }
    /** Parses what is queued a slice per turn of the event loop, so that it overlaps the scan's first handshakes. */
    warmUp() {
        const step = () => {
            const next = this.pending[0];
            if (!next)
                return;
            this.addNow(next.pems.splice(0, WARM_UP_SLICE), next.source);
            if (next.pems.length === 0)
                this.pending.shift();
            setImmediate(step).unref();
        };
        // Unreferenced: a run that ends before the roots are needed does not wait for them.
        setImmediate(step).unref();
    }
    /** Adds what parses (after anything queued); returns how many were new. */
    add(pems, source) {
        this.settle();
        return this.addNow(pems, source);
    }
    settle() {
        while (this.pending.length > 0) {
            const next = this.pending.shift();
            this.addNow(next.pems, next.source);
        }
    }
    addNow(pems, source) {
        let added = 0;
        let unreadable = 0;
        for (const pem of pems) {
            const body = pem.replace(/-----[A-Z ]+-----|\s+/g, '');
            if (this.seenBodies.has(body))
                continue;
            let cert;
            try {
                cert = new external_node_crypto_.X509Certificate(pem);
            }
            catch {
                unreadable++;
                continue;
            }
            this.seenBodies.add(body);
            if (this.fingerprints.has(cert.fingerprint256))
                continue;
            const anchor = { cert, source, fingerprint: cert.fingerprint256 };
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
async function loadTrustStore(options = {}) {
    const store = new AnchorSet();
    if (options.mozilla ?? true)
        store.defer([...external_node_tls_.rootCertificates], 'mozilla');
    if (options.system ?? true)
        store.defer(systemCertificates(), 'system');
    if (options.caFile !== undefined) {
        const file = options.caFile;
        let text;
        try {
            text = await (0,input_files/* readInputFile */.jH)(file, 'CA file');
        }
        catch (error) {
            if (!(error instanceof input_files/* InputFileError */.TH))
                throw error;
            throw new errors/* ConfigurationError */.j1(`CA file ${file} ${error.reason}`, { file });
        }
        if (text.trim() === '')
            throw new errors/* ConfigurationError */.j1(`CA file ${file} is empty`, { file });
        const pems = pemCertificates(text);
        if (pems.length === 0) {
            throw new errors/* ConfigurationError */.j1(`CA file ${file} contains no PEM certificate (-----BEGIN CERTIFICATE-----)`, {
                file
            });
        }
        const { unreadable } = store.add(pems, 'ca-file');
        if (unreadable > 0) {
            throw new errors/* ConfigurationError */.j1(`CA file ${file}: ${unreadable} of ${pems.length} PEM certificates cannot be parsed`, {
                file
            });
        }
    }
    if (options.caPem !== undefined)
        store.add(pemCertificates(options.caPem), 'ca-file');
    store.warmUp();
    return store;
}
/** A store with exactly the given anchors (tests and the demo): no public roots. */
function trustStoreFromPem(pem, source = 'ca-file') {
    const store = new AnchorSet();
    store.add(pemCertificates(pem), source);
    return store;
}
function isTrustStore(value) {
    return value instanceof AnchorSet;
}

// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(610);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./src/certs/aia.ts
// Fetching the issuer a leaf names in its Authority Information Access caIssuers URL (RFC 5280 4.2.2.1), the way
// browsers complete a chain whose intermediate the server forgot to send. Bounded in every way a hostile URL could
// push: http only (RFC 5280 says caIssuers is http or ldap; an https fetch would need the very chain we are
// judging), a byte limit, a time limit, and redirects only on the URL's own host. The answer may be a DER or PEM
// certificate or a PKCS#7 "certs-only" bundle (.p7c), as CAs serve them.






const DEFAULT_AIA_LIMITS = { timeoutMs: 5000, maxBytes: 64 * 1024, maxRedirects: 2 };
// A certificate's URL is the server's to choose: it must not make the runner read its cloud metadata service
// (169.254.169.254 and friends live in the link-local ranges), whether named directly or through DNS.
const LINK_LOCAL = new external_node_net_.BlockList();
LINK_LOCAL.addSubnet('169.254.0.0', 16, 'ipv4');
LINK_LOCAL.addSubnet('fe80::', 10, 'ipv6');
const isLinkLocal = (address) => (0,external_node_net_.isIP)(address) !== 0 && LINK_LOCAL.check(address, (0,external_node_net_.isIP)(address) === 6 ? 'ipv6' : 'ipv4');
/** dns.lookup that refuses link-local answers, checked before any connection is made. */
const guardedLookup = (hostname, options, callback) => {
    (0,external_node_dns_.lookup)(hostname, { ...options, all: true }, (error, addresses) => {
        if (error)
            return callback(error, '', 0);
        const allowed = addresses.filter((entry) => !isLinkLocal(entry.address));
        if (allowed.length === 0) {
            return callback(Object.assign(new Error('link-local address refused'), { code: 'ELINKLOCAL' }), '', 0);
        }
        if (options.all)
            return callback(null, allowed);
        callback(null, allowed[0].address, allowed[0].family);
    });
};
/** Why a caIssuers URL is not fetched at all (decided before any connection), or null when it may be. */
function refusedCaIssuersUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return 'the caIssuers URL is not a URL';
    }
    if (parsed.protocol !== 'http:')
        return `only http caIssuers URLs are fetched, not ${parsed.protocol}`;
    if (isLinkLocal(parsed.hostname.replace(/^\[(.*)\]$/, '$1'))) {
        return `${parsed.hostname} is a link-local address (where cloud metadata services answer), not fetched`;
    }
    return null;
}
/** Fetches a caIssuers URL: the certificates it serves as DER, or why there are none. Never throws. */
async function fetchCaIssuers(url, limits = DEFAULT_AIA_LIMITS) {
    const refused = refusedCaIssuersUrl(url);
    if (refused)
        return { error: refused };
    const parsed = new URL(url);
    const deadline = Date.now() + limits.timeoutMs;
    let current = parsed;
    for (let redirects = 0;; redirects++) {
        const answer = await get(current, limits.maxBytes, deadline);
        if ('error' in answer)
            return answer;
        if (answer.location === null)
            return certificatesIn(answer.body);
        if (redirects >= limits.maxRedirects)
            return { error: `more than ${limits.maxRedirects} redirects` };
        const next = new URL(answer.location, current);
        if (next.protocol !== 'http:' || next.host !== parsed.host) {
            return { error: `redirected off ${parsed.host} (to ${next.protocol}//${next.host}), not followed` };
        }
        current = next;
    }
}
function get(url, maxBytes, deadline) {
    return new Promise((resolve) => {
        const left = deadline - Date.now();
        if (left <= 0)
            return resolve({ error: 'timed out' });
        const options = { timeout: left, headers: { accept: '*/*' }, lookup: guardedLookup };
        const request = external_node_http_default().get(url, options, (response) => {
            const status = response.statusCode ?? 0;
            if (status >= 300 && status < 400 && response.headers.location) {
                response.resume();
                return resolve({ body: null, location: response.headers.location });
            }
            if (status !== 200) {
                response.resume();
                return resolve({ error: `HTTP ${status}` });
            }
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size > maxBytes) {
                    request.destroy();
                    resolve({ error: `the answer is larger than ${maxBytes} bytes` });
                }
                else
                    chunks.push(chunk);
            });
            response.on('end', () => resolve({ body: Buffer.concat(chunks), location: null }));
            response.on('error', (error) => resolve({ error: error.message }));
        });
        const timer = setTimeout(() => {
            request.destroy();
            resolve({ error: 'timed out' });
        }, left);
        request.on('close', () => clearTimeout(timer));
        request.on('timeout', () => {
            request.destroy();
            resolve({ error: 'timed out' });
        });
        request.on('error', (error) => resolve({ error: error.code ?? error.message }));
    });
}
/** One certificate (DER or PEM) or a PKCS#7 bundle, as DER certificates. */
function certificatesIn(body) {
    try {
        return { certificates: [Buffer.from(new external_node_crypto_.X509Certificate(body).raw)] };
    }
    catch {
        // not a single certificate: try a bundle
    }
    try {
        const bundle = new x509_cjs/* X509Certificates */.Fe(body);
        if (bundle.length > 0)
            return { certificates: bundle.map((cert) => Buffer.from(cert.rawData)) };
    }
    catch {
        // fall through
    }
    return { error: 'the answer is neither a certificate nor a PKCS#7 bundle of certificates' };
}

;// CONCATENATED MODULE: ./src/certs/chain-diagnosis.ts



const DEFAULT_MAX_FETCHES = 3;
/** null when the chain is trusted, unread, or fails for another reason (an expired issuer, say). */
async function diagnoseChain(report, sent, trust, now, options) {
    if (report.trusted || report.chain.length === 0 || report.error?.code === 'CERT_PARSE')
        return null;
    if (report.chainComplete) {
        const { best } = buildPathsOnce(sent, trust, now);
        if (best?.end.kind !== 'untrusted-root')
            return null;
        const root = best.certificates[best.certificates.length - 1];
        return { cause: 'untrusted-root', subject: report.chain[root.index].subject, aia: null };
    }
    const missing = report.missingIssuer;
    if (!missing)
        return null;
    if (!missing.caIssuerUrl)
        return { cause: 'unknown-issuer', subject: missing.subject, aia: null };
    const aia = { url: missing.caIssuerUrl };
    if (!options.fetchAia) {
        return {
            cause: 'unknown-issuer',
            subject: missing.subject,
            aia: { ...aia, result: 'off', detail: null }
        };
    }
    return followCaIssuers(missing.subject, aia.url, sent, trust, now, options);
}
/** Fetches issuer after issuer until a path is trusted, ends at an untrusted root, or the trail goes cold. */
async function followCaIssuers(issuerSubject, firstUrl, sent, trust, now, options) {
    const fetched = [];
    let url = firstUrl;
    for (let hop = 0; url && hop < (options.maxFetches ?? DEFAULT_MAX_FETCHES); hop++) {
        const answer = await fetchCaIssuers(url, options.limits ?? DEFAULT_AIA_LIMITS);
        if ('error' in answer) {
            const result = { url: firstUrl, result: 'failed', detail: `${url}: ${answer.error}` };
            return { cause: 'unknown-issuer', subject: issuerSubject, aia: result };
        }
        fetched.push(...answer.certificates);
        const { best } = buildPaths([...sent, ...fetched], trust, now);
        const firstFetched = describeCertificate(fetched[0], now).subject;
        if (best?.end.kind === 'anchor') {
            return {
                cause: 'missing-intermediate',
                subject: firstFetched,
                aia: { url: firstUrl, result: 'completes-path', detail: null }
            };
        }
        if (best?.end.kind === 'untrusted-root') {
            const root = best.certificates[best.certificates.length - 1];
            const rootSubject = describeCertificate(root.der, now).subject;
            return {
                cause: 'untrusted-root',
                subject: rootSubject,
                aia: { url: firstUrl, result: 'untrusted', detail: null }
            };
        }
        const last = best?.certificates[best.certificates.length - 1];
        if (!last || last.index < sent.length) {
            const detail = `what ${url} serves (${firstFetched}) did not issue ${issuerSubject}`;
            return {
                cause: 'unknown-issuer',
                subject: issuerSubject,
                aia: { url: firstUrl, result: 'failed', detail }
            };
        }
        url = describeCertificate(last.der, now).caIssuerUrls[0] ?? null;
    }
    const detail = url
        ? 'the trail of caIssuers URLs is longer than tls-gate follows'
        : 'no further caIssuers URL';
    return {
        cause: 'unknown-issuer',
        subject: issuerSubject,
        aia: { url: firstUrl, result: 'failed', detail }
    };
}

;// CONCATENATED MODULE: ./src/certs/index.ts
// Judges the certificates a server sent: each one described, the leaf against the host name, the chain against
// the trust stores, the stapled OCSP response read. Input is what the engine captured from the Certificate (and
// CertificateStatus) messages, exactly as sent; output is the report's `certificate` object. Never throws for
// anything a server can send.














/** Subjects in the report's RFC 4514 form (as describeCertificate gives them), for anchors not sent. */
const anchorSubjects = new WeakMap();
function anchorSubject(anchor) {
    let subject = anchorSubjects.get(anchor);
    if (subject === undefined) {
        try {
            subject = new x509_cjs/* X509Certificate */.yI(anchor.cert.raw).subject;
        }
        catch {
            subject = anchor.cert.subject.replace(/\n/g, ', ');
        }
        anchorSubjects.set(anchor, subject);
    }
    return subject;
}
/** The report when no chain could be judged: empty chain, every judgement false, the reason in `error`. */
function emptyCertificateReport(input, code, message) {
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
function validatedPath(path, chain) {
    const subjects = path.certificates.map((s) => chain[s.index]?.subject ?? '');
    if (path.end.kind === 'anchor') {
        const last = path.certificates[path.certificates.length - 1];
        // The anchor is listed unless it is the last sent certificate itself.
        if (path.end.anchor.fingerprint !== last.fingerprint)
            subjects.push(anchorSubject(path.end.anchor));
    }
    return subjects;
}
/** Descriptions already made, by `now` and DER hash; bounded so that a run over many distinct servers stays small. */
const DESCRIBED_LIMIT = 4096;
const described = new Map();
function describedOnce(der, now) {
    const key = `${now.getTime()} ${(0,external_node_crypto_.createHash)('sha256').update(der).digest('base64')}`;
    let info = described.get(key);
    if (!info) {
        info = describeCertificate(der, now);
        if (described.size >= DESCRIBED_LIMIT)
            described.clear();
        described.set(key, info);
    }
    return info;
}
function analyzeCertificates(input) {
    if (input.chain.length === 0) {
        return emptyCertificateReport(input, 'NO_CERTIFICATE', 'the server sent no certificate');
    }
    // Parsing with @peculiar/x509 costs milliseconds per certificate; the same intermediate recurs in the no-SNI
    // and alternate chains (and a hostile server may repeat one a hundred times), and a fleet serves the same
    // certificates on many endpoints, so each distinct DER is read once per run (per `now`).
    const describe = (der) => ({ ...describedOnce(der, input.now) });
    const chain = input.chain.map(describe);
    const leaf = chain[0];
    const leafUnreadable = leaf.parseError !== undefined && leaf.subject === '' && leaf.keyType === 'unknown';
    // A caller that forgot the store gets every chain judged untrusted, said plainly, rather than a crash.
    const trustGiven = isTrustStore(input.trust);
    const { best, used } = buildPathsOnce(input.chain, trustGiven ? input.trust : trustStoreFromPem(''), input.now);
    const trusted = best?.end.kind === 'anchor' && best.end.issuersValid;
    const chainComplete = best !== null && best.end.kind !== 'missing-issuer';
    const lastInPath = best?.certificates[best.certificates.length - 1];
    const missingIssuer = best?.end.kind === 'missing-issuer' && lastInPath
        ? {
            subject: chain[lastInPath.index].issuer,
            caIssuerUrl: chain[lastInPath.index].caIssuerUrls[0] ?? null
        }
        : null;
    const ocspStapled = input.ocspResponse !== null && input.ocspResponse.length > 0;
    const noSniLeaf = input.noSniChain?.[0];
    const noSniCertificate = noSniLeaf && !noSniLeaf.equals(input.chain[0]) ? describe(noSniLeaf) : null;
    const alternateChains = [];
    const seenLeaves = [input.chain[0]];
    for (const alternate of input.alternateChains) {
        const alternateLeaf = alternate[0];
        if (!alternateLeaf || seenLeaves.some((der) => der.equals(alternateLeaf)))
            continue;
        seenLeaves.push(alternateLeaf);
        const alternateInfos = alternate.map(describe);
        alternateChains.push({ keyType: alternateInfos[0].keyType, chain: alternateInfos });
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
        ocsp: ocspStapled ? parseOcspStaple(input.ocspResponse, leaf.serialNumber) : null,
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


/***/ }),

/***/ 5165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runPipeline)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _certs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3506);
/* harmony import */ var _clients_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8150);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8137);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5235);
/* harmony import */ var _scan_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3965);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6377);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(311);
// One run of tls-gate, the same for the CLI and the action: load the trust store and the policies (so a bad CA
// file or policy is a usage error before any traffic), scan the targets (facts: the report, resumption and the
// simulated clients' outcomes, all within each target's one deadline), evaluate them (the only producer of
// findings), and assemble the Report. Data flows one way: nothing here writes into a scanned report.









async function runPipeline(settings, hooks = {}) {
    const startedAt = new Date();
    const now = settings.now ?? startedAt;
    if (settings.targets.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('no targets to scan');
    rejectDuplicateNames(settings.targets);
    // A shard may hold no target at all (3 targets over 4 shards): its report is then empty, and passes.
    const targets = settings.shard ? (0,_targets_index_js__WEBPACK_IMPORTED_MODULE_6__/* .targetsOfShard */ .U5)(settings.targets, settings.shard) : settings.targets;
    // Independent, and the trust store takes a moment (hundreds of roots): load them side by side.
    const [trust, loadedPolicy, loadedTargetPolicies] = await Promise.all([
        (0,_certs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadTrustStore */ .Kl)(settings.caFile ? { caFile: settings.caFile } : {}),
        (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPolicy */ .tb)(settings.policy, { baseDir: settings.policyBaseDir }),
        loadTargetPolicies(targets, settings.policyBaseDir)
    ]);
    // warn-days / fail-days hold for every target, whichever policy it has.
    const policy = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .withExpiryDays */ .NI)(loadedPolicy, settings.expiryDays);
    const targetPolicies = new Map([...loadedTargetPolicies].map(([name, rules]) => [name, (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .withExpiryDays */ .NI)(rules, settings.expiryDays)]));
    // Client simulation when asked for, or for a target whose policy names clients that must (not) connect.
    const simulatesClients = (target) => {
        const rules = (targetPolicies.get(target.name) ?? policy).rules;
        return settings.clients || rules.clients.mustConnect.length + rules.clients.mustNotConnect.length > 0;
    };
    const scanned = await (0,_scan_index_js__WEBPACK_IMPORTED_MODULE_5__/* .scanTargetsFacts */ .h)(targets, {
        timeoutMs: settings.timeoutMs,
        targetDeadlineMs: settings.targetDeadlineMs,
        concurrency: settings.concurrency,
        perTargetConcurrency: settings.perTargetConcurrency,
        perAddressConcurrency: settings.perAddressConcurrency,
        trust,
        now,
        resumption: settings.resumption,
        aia: settings.aia,
        addresses: settings.addresses,
        resolver: hooks.resolver,
        vulnerabilityChecks: new Set(settings.checks),
        clientsFor: (target) => (simulatesClients(target) ? _clients_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SIMULATED_CLIENTS */ .Iu : []),
        hstsMinMaxAgeFor: (target) => (targetPolicies.get(target.name) ?? policy).rules.http.hstsMinMaxAge,
        onProgress: hooks.onProgress,
        // Progress names the target's verdict as it finishes: the same pure judgement the report gets below.
        onTargetDone: hooks.onTargetDone
            ? (report, { clients }) => {
                const expect = targets.find((target) => target.name === report.name)?.expect;
                const judged = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluateTarget */ .hx)({ report: structuredClone(report), clients, expect }, targetPolicies.get(report.name) ?? policy, { now, failOn: settings.failOn });
                hooks.onTargetDone?.(judged);
            }
            : undefined
    });
    // Complete once the scan has ended, and frozen: evaluate() reads the facts and writes nothing into them.
    const facts = scanned.map((target, index) => Object.freeze({
        report: Object.freeze(target.report),
        clients: target.clients,
        expect: targets[index].expect
    }));
    const evaluation = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluate */ ._3)(facts, policy, { now, failOn: settings.failOn, targetPolicies });
    return {
        schemaVersion: _model_report_js__WEBPACK_IMPORTED_MODULE_7__/* .SCHEMA_VERSION */ .f$,
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_8__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_8__/* .TOOL_VERSION */ .w },
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        policy: { name: policy.name, source: policy.source },
        ...(settings.shard ? { shard: shardInfo(settings.shard, settings.targets) } : {}),
        verdict: evaluation.verdict,
        summary: evaluation.summary,
        targets: evaluation.targets
    };
}
/** What a shard's report says of the whole run: which shard it is, and every target the run has. */
function shardInfo(shard, allTargets) {
    return { index: shard.index, count: shard.count, targets: allTargets.map((target) => target.name) };
}
/** Per-target `policy:` entries, resolved relative to the targets file that holds them. */
async function loadTargetPolicies(targets, baseDir) {
    const policies = new Map();
    for (const target of targets) {
        if (target.policy === undefined)
            continue;
        const where = target.policySource ?? target.source;
        const file = where?.file ?? 'targets';
        const fileDir = where && where.file !== '<stdin>' ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, where.file)) : baseDir;
        const located = (0,_targets_index_js__WEBPACK_IMPORTED_MODULE_6__/* .policyLocationOf */ .nf)(target);
        policies.set(target.name, await (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInlinePolicy */ .yQ)(target.policy, { file, baseDir: fileDir, line: where?.line, ...located }));
    }
    return policies;
}
/** Names key per-target policies and every output: two targets with one name would be confused. */
function rejectDuplicateNames(targets) {
    const seen = new Map();
    for (const target of targets) {
        const first = seen.get(target.name);
        if (first) {
            const where = (t) => (t.source ? `${t.source.file}:${t.source.line}` : 'the command line');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`the target ${JSON.stringify(target.name)} is named twice (${where(first)} and ${where(target)}); ` +
                'give one a distinct name', target.source ? { file: target.source.file, line: target.source.line } : {});
        }
        seen.set(target.name, target);
    }
}


/***/ }),

/***/ 1602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ finishedTargetLine)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7252);
// The one line a run prints as each target finishes (CLI on stderr, the action's log, the demo): its verdict as
// the report will give it, what the findings come to, and what the scan cost. Plain text: each caller escapes it
// for where it goes (a terminal, the Actions log).

/** "[2/10] legacy.example:443: FAIL, 2 errors, 1 warning (12 handshakes in 340 ms)" */
function finishedTargetLine(target, done, total) {
    const verdict = target.verdict === 'pass' ? 'pass' : 'FAIL';
    const state = target.status === 'ok' ? '' : `, ${target.status}${target.error ? ` (${target.error.code})` : ''}`;
    const cost = `${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(target.handshakes, 'handshake')} in ${Math.round(target.durationMs)} ms`;
    return `[${done}/${total}] ${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .targetLabel */ .Op)(target)}: ${verdict}${state}, ${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCounts */ .wv)((0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(target.findings))} (${cost})`;
}


/***/ }),

/***/ 3965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rt: () => (/* binding */ scanTarget),
  h: () => (/* binding */ scanTargetsFacts)
});

// UNUSED EXPORTS: dnsServerResolver, scanTargetFacts, scanTargets, selectAddresses, systemResolver

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/registry/index.ts + 3 modules
var registry = __webpack_require__(1751);
// EXTERNAL MODULE: ./src/certs/index.ts + 11 modules
var certs = __webpack_require__(3506);
;// CONCATENATED MODULE: ./src/scan/certificate-report.ts
// The bridge from captured bytes to the CertificateReport src/certs computes, kept in one place so the
// engine does not depend on how certificates are judged. A failure there ends as the report's `error`,
// never as the target's crash.

async function analyzeCaptured(captured, target, options) {
    try {
        const report = (0,certs/* analyzeCertificates */.HK)({
            chain: captured.chain,
            host: target.host,
            sni: target.sni,
            ocspResponse: captured.ocspResponse,
            noSniChain: captured.noSniChain,
            alternateChains: captured.alternateChains,
            readOver: captured.readOver,
            trust: options.trust,
            now: options.now
        });
        if (captured.chain.length === 0 && captured.error && !report.error)
            report.error = captured.error;
        return report;
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return (0,certs/* emptyCertificateReport */.RV)(captured, 'CERTIFICATE', `the certificate chain could not be analysed (${reason})`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: ./src/codepoints/index.ts
var codepoints = __webpack_require__(1926);
// EXTERNAL MODULE: ./src/wire/tls13/key-share.ts
var key_share = __webpack_require__(4246);
;// CONCATENATED MODULE: ./src/scan/hellos.ts
// The ClientHellos the engine sends for enumeration. Each offers everything that could make the server pick
// a suite (all groups, point formats, every signature scheme), so a refusal means "not supported" rather than
// "our hello was too thin"; and each stays small (≤ CHUNK_SIZE suites, padded past the 256..511-byte range
// some load balancers hang on).



/**
 * Suites per ClientHello: testssl.sh stays below 128 because some servers choke at 128 and more (nmap uses
 * 64); 120 holds every mainstream TLS 1.2 suite (ECDHE/DHE/RSA with RSA/ECDSA/DSS, 103 today) in one hello.
 */
const CHUNK_SIZE = 120;
/** RFC 7685 padding target: past the 256..511-byte range that hangs some F5 load balancers. */
const PAD_TO = 512;
/** Groups in the order a typical modern client lists them, then the rest in registry order. */
const COMMON_GROUP_ORDER = [
    'X25519MLKEM768',
    'x25519',
    'secp256r1',
    'x448',
    'secp384r1',
    'secp521r1',
    'ffdhe2048',
    'ffdhe3072'
];
function byCommonOrder(groups) {
    const rank = (g) => {
        const index = COMMON_GROUP_ORDER.indexOf(g.name);
        return index === -1 ? COMMON_GROUP_ORDER.length : index;
    };
    return [...groups].sort((a, b) => rank(a) - rank(b));
}
// The lists every enumeration hello carries, computed once per run and frozen: the hellos share them, and the
// wire layer may keep their encoding.
const TLS12_GROUPS = Object.freeze(byCommonOrder(registry/* GROUPS */.fd.filter((g) => g.tls12 && !g.type.includes('explicit'))).map((g) => g.code));
const TLS13_GROUPS = Object.freeze(byCommonOrder(registry/* GROUPS */.fd.filter((g) => g.tls13)).map((g) => g.code));
const SCHEMES = {
    all: Object.freeze(registry/* SIGNATURE_SCHEMES */.sA.map((s) => s.code)),
    ecdsa: Object.freeze(registry/* SIGNATURE_SCHEMES */.sA.filter((s) => (s.family ?? '').toUpperCase().startsWith('ECDSA')).map((s) => s.code)),
    rsa: Object.freeze(registry/* SIGNATURE_SCHEMES */.sA.filter((s) => (s.family ?? '').toUpperCase().startsWith('RSA')).map((s) => s.code))
};
const POINT_FORMATS = Object.freeze([0, 1, 2]);
/** The legacy session id of TLS 1.3 middlebox compatibility mode (RFC 8446 §D.4): any 32 bytes. */
const MIDDLEBOX_SESSION_ID = Buffer.alloc(32, 0x5a);
/** TLS 1.0-1.2 supported_groups: every elliptic curve (finite-field groups do not steer ECDHE). */
function tls12Groups() {
    return [...TLS12_GROUPS];
}
/** TLS 1.3 groups: every named group a TLS 1.3 key_share can use. */
function tls13Groups() {
    return [...TLS13_GROUPS];
}
const X25519 = codepoints/* NamedGroup */.vr.x25519;
function signatureSchemes(family) {
    return [...SCHEMES[family ?? 'all']];
}
/** A ClientHello for exactly one TLS <= 1.2 version (no supported_versions, so a 1.3 server answers at `version`). */
function legacyHello(version, suites, options) {
    const clientVersion = (0,registry/* protocolVersionCode */.mX)(version);
    if (version === 'SSLv3') {
        // SSL 3.0 servers predate extensions; many reject a hello that carries them.
        return { clientVersion, recordVersion: codepoints/* ProtocolVersion */.rg.SSLv3, cipherSuites: suites };
    }
    return {
        clientVersion,
        recordVersion: codepoints/* ProtocolVersion */.rg.TLSv1_0,
        cipherSuites: suites,
        serverName: options.serverName,
        supportedGroups: TLS12_GROUPS,
        ecPointFormats: POINT_FORMATS,
        signatureAlgorithms: version === 'TLSv1.2' ? (options.signatureAlgorithms ?? SCHEMES.all) : undefined,
        renegotiationInfo: true,
        // Answered only for CBC suites; the echo records RFC 7366 support at no extra handshake.
        encryptThenMac: true,
        extendedMasterSecret: true,
        statusRequest: options.statusRequest ?? false,
        sessionTicket: true,
        padTo: PAD_TO
    };
}
/** A TLS 1.3-only ClientHello (supported_versions lists 1.3 alone). */
function tls13Hello(suites, options) {
    return {
        clientVersion: codepoints/* ProtocolVersion */.rg.TLSv1_2,
        recordVersion: codepoints/* ProtocolVersion */.rg.TLSv1_0,
        cipherSuites: suites,
        sessionId: MIDDLEBOX_SESSION_ID,
        serverName: options.serverName,
        supportedVersions: [codepoints/* ProtocolVersion */.rg.TLSv1_3],
        supportedGroups: options.groups ?? TLS13_GROUPS,
        keyShares: options.keyShares ?? [{ group: X25519, keyExchange: X25519_PLACEHOLDER }],
        signatureAlgorithms: options.signatureAlgorithms ?? SCHEMES.all,
        pskKeyExchangeModes: [1],
        ecPointFormats: [0],
        statusRequest: options.statusRequest ?? false,
        padTo: PAD_TO
    };
}
/**
 * Any 32 bytes are a valid X25519 public key (RFC 7748 §5), so a random share is enough to be accepted; one per
 * run serves every hello (the handshake never goes on, so nothing depends on it being fresh).
 */
const X25519_PLACEHOLDER = (0,external_node_crypto_.randomBytes)(32);
function chunk(items, size) {
    const chunks = [];
    for (let i = 0; i < items.length; i += size)
        chunks.push(items.slice(i, i + size));
    return chunks;
}

// EXTERNAL MODULE: ./src/scan/outcome-text.ts
var outcome_text = __webpack_require__(229);
;// CONCATENATED MODULE: ./src/scan/certificates.ts
// Certificate capture for src/certs: the chain exactly as the server sent it (the Certificate message itself,
// decrypted for TLS 1.3), the stapled OCSP response, the chain served without SNI, and further chains the
// server holds for other key types (found by offering only the signature schemes/suites of the key type the
// first chain does not have).






/** Groups src/wire/tls13/key-share.ts can make real shares for (x25519, x448, P-256/384/521). */
const SHAREABLE_GROUPS = [
    codepoints/* NamedGroup */.vr.x25519,
    codepoints/* NamedGroup */.vr.x448,
    codepoints/* NamedGroup */.vr.secp256r1,
    codepoints/* NamedGroup */.vr.secp384r1,
    codepoints/* NamedGroup */.vr.secp521r1
];
function chainOf(outcome) {
    if (outcome.kind !== 'accepted' || !outcome.certificates || outcome.certificates.length === 0)
        return null;
    return { chain: outcome.certificates, ocsp: outcome.ocspResponse };
}
function sameChain(a, b) {
    return a.length > 0 && b.length > 0 && a[0].equals(b[0]);
}
/** The signature family of a leaf's key ('ecdsa', 'rsa'), or null for any other key or a certificate Node cannot read. */
function keyFamily(leaf) {
    try {
        const type = new external_node_crypto_.X509Certificate(leaf).publicKey.asymmetricKeyType;
        return type === 'ec' ? 'ecdsa' : type === 'rsa' || type === 'rsa-pss' ? 'rsa' : null;
    }
    catch {
        return null;
    }
}
/** Suites of `suites` whose authentication is ECDSA (or RSA). */
function suitesAuthenticatedBy(suites, au) {
    return suites.filter((code) => ((0,registry/* suiteByCode */.Te)(code)?.au ?? '') === au);
}
/**
 * The key types the accepted TLS 1.2 suites are authenticated by, each with the chain the suite scan received
 * with one of them (every TLS 1.2 hello's answer carries the chain of the key type its suite is signed with).
 */
function tls12Chains(outcomes, suites) {
    const chains = new Map();
    for (const [family, au] of [
        ['ecdsa', 'ECDSA'],
        ['rsa', 'RSA']
    ]) {
        if (suitesAuthenticatedBy(suites, au).length === 0)
            continue;
        const answered = outcomes.find((o) => ((0,registry/* suiteByCode */.Te)(o.cipherSuite)?.au ?? '') === au && (o.certificates?.length ?? 0) > 0);
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
async function captureCertificates(ctx, version, acceptedSuites, tls13Groups = [], chainsFromTls12 = async () => null, answered = null) {
    const captured = {
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
    const shareGroup = tls13Groups.find((group) => SHAREABLE_GROUPS.includes(group)) ??
        tls13Groups.find((group) => (0,key_share/* createKeyShare */.BR)(group) !== null) ??
        X25519;
    const hello = (serverName, family, suites = acceptedSuites) => {
        const signatureAlgorithms = family ? signatureSchemes(family) : undefined;
        const spec = version === 'TLSv1.3'
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
        return { kind: 'tls', spec };
    };
    const read = (h) => ctx.probe(h, { readCertificates: true });
    const sni = ctx.endpoint.sni;
    const [main, noSni] = await Promise.all([
        answered ?? read(hello(sni)),
        sni !== null ? read(hello(null)) : Promise.resolve(null)
    ]);
    const mainChain = main ? chainOf(main) : null;
    if (main?.kind === 'unusable' && version === 'TLSv1.3')
        captured.tls13Unusable = main;
    if (!mainChain) {
        captured.error = {
            code: 'NO_CERTIFICATE',
            message: main?.kind === 'accepted'
                ? `the server sent no certificate over ${version}`
                : `the handshake to read the certificate over ${version} failed: ${main ? (0,outcome_text/* describeOutcome */.S)(main) : 'not attempted'}`
        };
        return captured;
    }
    // A further chain can only be of a key type other than the one the server sent first, and of a type some
    // accepted TLS 1.2 suite is authenticated by, when the server speaks TLS 1.2.
    const served = keyFamily(mainChain.chain[0]);
    const called = version === 'TLSv1.3' ? await chainsFromTls12() : null;
    const families = ['ecdsa', 'rsa'].filter((family) => family !== served && (called === null || called.has(family)));
    const [ecdsa, rsa] = await Promise.all(['ecdsa', 'rsa'].map((family) => {
        if (!families.includes(family))
            return Promise.resolve(null);
        const received = called?.get(family);
        if (received)
            return Promise.resolve(received);
        if (version === 'TLSv1.3')
            return read(hello(sni, family));
        const suites = suitesAuthenticatedBy(acceptedSuites, family === 'ecdsa' ? 'ECDSA' : 'RSA');
        return suites.length > 0 ? read(hello(sni, family, suites)) : Promise.resolve(null);
    }));
    captured.chain = mainChain.chain;
    captured.ocspResponse = mainChain.ocsp;
    const noSniChain = noSni ? chainOf(noSni) : null;
    if (noSniChain && !sameChain(noSniChain.chain, mainChain.chain))
        captured.noSniChain = noSniChain.chain;
    for (const outcome of [ecdsa, rsa]) {
        const alternate = Array.isArray(outcome) ? { chain: outcome } : outcome ? chainOf(outcome) : null;
        if (!alternate)
            continue;
        const known = [captured.chain, ...captured.alternateChains].some((chain) => sameChain(chain, alternate.chain));
        if (!known)
            captured.alternateChains.push(alternate.chain);
    }
    return captured;
}

;// CONCATENATED MODULE: ./src/scan/checks/certificates.ts



/** The captures: the chain with SNI, without SNI, and one per key type (ECDSA, RSA). */
const CAPTURE_HANDSHAKES = 4;
/** A TLS 1.3 read that proves TLS 1.3 unusable is followed by the captures over the best older version. */
const CAPTURE_BUDGET = 2 * CAPTURE_HANDSHAKES;
const certificateCaptureCheck = {
    name: 'certificates',
    needs: ['contact', 'version:TLSv1.2', 'version:TLSv1.1', 'version:TLSv1.0', 'version:SSLv3'],
    produces: ['certificates:captured'],
    handshakeBudget: () => CAPTURE_BUDGET,
    applies: async ({ facts }) => (await facts.get('contact'))?.goOn === true,
    async run({ ctx, facts }) {
        // The first contact already says whether TLS 1.3 is spoken and which group to send a share for.
        const contact = (await facts.get('contact')).outcome;
        const tls13Group = contact.kind === 'hello-retry'
            ? contact.group
            : contact.kind === 'accepted' && contact.version === 'TLSv1.3'
                ? contact.group
                : null;
        if (tls13Group !== null) {
            const tls13Suites = (0,registry/* suitesForProtocol */.Le)('TLSv1.3').map((suite) => suite.code);
            const tls12 = async () => {
                const result = await facts.get('version:TLSv1.2');
                return result?.supported ? tls12Chains(result.outcomes, result.suites) : null;
            };
            const answered = contact.kind === 'accepted' ? (contact.certificateRead ?? null) : null;
            const tls13 = await captureCertificates(ctx, 'TLSv1.3', tls13Suites, [tls13Group], tls12, answered);
            if (!tls13.tls13Unusable)
                return { 'certificates:captured': tls13 };
            // TLS 1.3 leads nowhere: the chain a client gets is the one over the best older version.
            const older = await captureOverOlder(ctx, facts);
            return { 'certificates:captured': { ...older, tls13Unusable: tls13.tls13Unusable } };
        }
        return { 'certificates:captured': await captureOverOlder(ctx, facts) };
    }
};
/** The captures over TLS 1.2 when spoken, else over the newest older version that is. */
async function captureOverOlder(ctx, facts) {
    const tls12 = await facts.get('version:TLSv1.2');
    if (tls12?.supported)
        return captureCertificates(ctx, 'TLSv1.2', tls12.suites);
    const legacy = (await Promise.all([
        facts.get('version:SSLv3'),
        facts.get('version:TLSv1.0'),
        facts.get('version:TLSv1.1'),
        Promise.resolve(tls12)
    ])).filter((r) => r?.supported === true);
    const best = legacy.at(-1);
    const version = (best?.version ?? null);
    return captureCertificates(ctx, version, best?.suites ?? []);
}
const certificateAnalysisCheck = {
    name: 'certificate analysis',
    needs: ['handshake', 'certificates:captured'],
    produces: ['certificate'],
    handshakeBudget: () => 0,
    applies: async ({ facts }) => (await facts.get('handshake'))?.ok === true,
    async run({ report, facts, target, options }) {
        const captured = (await facts.get('certificates:captured'));
        report.certificate = await analyzeCaptured(captured, target, options);
        return { certificate: report.certificate };
    }
};

;// CONCATENATED MODULE: ./src/scan/checks/chain-diagnosis.ts
// Chain diagnosis: when the chain reaches no trust anchor, why (src/certs/chain-diagnosis.ts): an intermediate the
// server does not send, found through the leaf's AIA caIssuers URL as browsers find it, or a root nobody trusts.
// No TLS handshake; its http fetches are bounded by certs/aia.ts and by the target's one deadline.

const chainDiagnosisCheck = {
    name: 'chain diagnosis',
    needs: ['certificate', 'certificates:captured'],
    produces: ['certificate:chain-diagnosis'],
    handshakeBudget: () => 0,
    applies: async ({ facts }) => {
        const certificate = await facts.get('certificate');
        return certificate !== undefined && !certificate.trusted && certificate.chain.length > 0;
    },
    async run({ report, facts, options, ctx }) {
        const certificate = (await facts.get('certificate'));
        const sent = (await facts.get('certificates:captured')).chain;
        const left = Math.max(0, ctx.limits.deadline - Date.now());
        const diagnosis = await (0,certs/* diagnoseChain */.AW)(certificate, sent, options.trust, options.now, {
            fetchAia: options.aia === true,
            limits: {
                ...certs/* DEFAULT_AIA_LIMITS */.DD,
                timeoutMs: Math.min(certs/* DEFAULT_AIA_LIMITS */.DD.timeoutMs, options.timeoutMs, left)
            }
        });
        // A sub-field of the certificate report, which the analysis check wrote and this check completes.
        if (report.certificate)
            report.certificate.chainDiagnosis = diagnosis;
        return { 'certificate:chain-diagnosis': diagnosis };
    }
};

// EXTERNAL MODULE: ./src/scan/client-handshake.ts
var client_handshake = __webpack_require__(3654);
;// CONCATENATED MODULE: ./src/scan/checks/clients.ts
// Client simulation, when asked for, on a target that completed a TLS handshake: each client's ClientHello
// through the target's limiter and within its deadline. Only the outcomes are recorded here; whether a client
// "connects", why not and how to fix it is judged later from these facts (src/clients, from evaluate()).

/** A HelloRetryRequest costs a second hello. */
const HANDSHAKES_PER_CLIENT = 2;
const clientsCheck = {
    name: 'client simulation',
    needs: ['handshake'],
    produces: ['clients'],
    handshakeBudget: ({ options, target }) => HANDSHAKES_PER_CLIENT * (options.clientsFor?.(target).length ?? 0),
    // The report's `handshakes` counts the configuration scan's probes only (as it always has).
    countsHandshakes: false,
    // The clients' outcomes are judged once per target: simulated against the pool's first address only.
    perPool: true,
    applies: async ({ options, target, facts }) => (options.clientsFor?.(target).length ?? 0) > 0 && (await facts.get('handshake'))?.ok === true,
    async run({ ctx, options, target }) {
        const clients = options.clientsFor?.(target) ?? [];
        const outcomes = await Promise.all(clients.map(async (client) => ({
            id: client.id,
            outcome: await (0,client_handshake/* clientHandshake */.J)((spec) => ctx.probe({ kind: 'tls', spec }), client, ctx.endpoint.sni)
        })));
        return { clients: outcomes };
    }
};

;// CONCATENATED MODULE: ./src/scan/group-trials.ts
// TLS 1.0-1.2 groups seen in passing. Every hello of the suite scan offers every curve, so the suites the server
// accepts do not change; only the curve listed first does. After each ECDHE pick the next hello lists another
// likely curve first. A server that keeps its own order of curves picks the same one every time; one that
// follows the client's picks the curve listed first whenever it supports it. Two different picks therefore prove
// the second kind, and each pick is a curve found without a hello of its own (groups.ts asks only for the rest).



/** The curves listed first, one per ECDHE pick so far (the first hello keeps the usual order). */
const TRIAL_ORDER = [
    codepoints/* NamedGroup */.vr.secp256r1,
    codepoints/* NamedGroup */.vr.secp384r1,
    codepoints/* NamedGroup */.vr.x448,
    codepoints/* NamedGroup */.vr.secp521r1
];
/** The supported_groups lists, computed once per run: index 0 the usual order, index i TRIAL_ORDER[i-1] first. */
const LISTS = (() => {
    const usual = tls12Groups();
    return [
        Object.freeze(usual),
        ...TRIAL_ORDER.map((first) => Object.freeze([first, ...usual.filter((group) => group !== first)]))
    ];
})();
/** The supported_groups of the next suite-scan hello after `ecdhePicks` ECDHE picks. */
function trialGroups(ecdhePicks) {
    return LISTS[ecdhePicks] ?? LISTS[0];
}
function isEcdhe(suite) {
    return ((0,registry/* suiteByCode */.Te)(suite)?.kx ?? '').startsWith('ECDHE');
}
/**
 * The curves the suite scan's ECDHE picks found (in the order picked), in the usual order, when they prove the
 * server follows the client's order of curves (two different picks); null when they do not (a server with its
 * own order, or one pick).
 */
function curvesFollowingClient(curvePicks) {
    const picked = new Set(curvePicks);
    if (picked.size < 2)
        return null;
    return LISTS[0].filter((group) => picked.has(group));
}

;// CONCATENATED MODULE: ./src/scan/tls13-scan.ts

/** The HelloRetryRequest's picks when both come from what was offered, else null (a refusal or anything else). */
function retryPicks(outcome, suites, groups) {
    if (outcome.kind !== 'hello-retry')
        return null;
    if (!suites.includes(outcome.cipherSuite) || !groups.includes(outcome.group))
        return null;
    return { suite: outcome.cipherSuite, group: outcome.group };
}
const without = (list, item) => list.filter((x) => x !== item);
/**
 * The joint scan, after first contact found `found` (its accepted suite, if any) among `candidates`. Returns
 * null when no hello without a key share was answered with a HelloRetryRequest (the caller scans the old way).
 */
async function scanTls13Jointly(ctx, candidates, found) {
    const serverName = ctx.endpoint.sni;
    const ask = (suites, groups) => ctx.probe({ kind: 'tls', spec: tls13Hello(suites, { serverName, groups, keyShares: [] }) });
    const suites = [...found];
    const groups = [];
    let suitesLeft = candidates.filter((code) => !found.includes(code));
    let groupsLeft = tls13Groups();
    // Both at once, while both last.
    while (suitesLeft.length > 0 && groupsLeft.length > 0 && !ctx.expired) {
        const picks = retryPicks(await ask(suitesLeft, groupsLeft), suitesLeft, groupsLeft);
        if (!picks)
            break;
        suites.push(picks.suite);
        groups.push(picks.group);
        suitesLeft = without(suitesLeft, picks.suite);
        groupsLeft = without(groupsLeft, picks.group);
    }
    if (suites.length === 0)
        return null;
    // The groups alone, the accepted suites offered reversed: the first answer also settles the order.
    let serverPreference = null;
    let groupsFound = 0;
    while (groupsLeft.length > 0 && !ctx.expired) {
        const offered = serverPreference === null && suites.length >= 2 ? [...suites].reverse() : suites;
        const picks = retryPicks(await ask(offered, groupsLeft), offered, groupsLeft);
        if (!picks)
            break;
        if (offered !== suites)
            serverPreference = picks.suite === suites[0];
        groups.push(picks.group);
        groupsLeft = without(groupsLeft, picks.group);
        groupsFound++;
    }
    if (groups.length === 0)
        return null;
    // No further group: the joint loop may have stopped for want of a group, so the suites alone, every group offered.
    if (groupsFound === 0) {
        while (suitesLeft.length > 0 && !ctx.expired) {
            const picks = retryPicks(await ask(suitesLeft, groups), suitesLeft, groups);
            if (!picks)
                break;
            suites.push(picks.suite);
            suitesLeft = without(suitesLeft, picks.suite);
        }
    }
    return { found: suites, groups, serverPreference };
}
/** Most handshakes scanTls13Jointly makes: one per suite and per group, and three refusals. */
function tls13JointBudget(candidates) {
    return candidates + tls13Groups().length + 3;
}

;// CONCATENATED MODULE: ./src/scan/suites.ts
// Protocol support, accepted cipher suites and server order for one version, the way nmap and sslscan do
// it (reference/scanners.md §2): offer the suites, note the one the server picks, remove it, offer the rest
// again, until the server refuses. A server that enforces its own order picks its favourite among what is left
// each time, so the removal loop already yields its order; picks that did not follow our order prove it, else
// one hello with the accepted suites reversed tells whether the server keeps to its own.




/**
 * Candidates in the order they are offered: mainstream suites (ECDHE/DHE/RSA key exchange, RSA/ECDSA/DSS
 * certificates, known to OpenSSL) first, AEAD before CBC, so that the first chunk holds everything a typical
 * server accepts and its order comes out of one removal loop; then the rest of what OpenSSL knows; then the
 * suites only the registry knows (GOST, KRB5, ...).
 */
function candidateOrder(version) {
    const tier = (suite) => {
        if (!suite.openssl)
            return 3;
        const mainstream = ['ECDHE', 'DHE', 'RSA'].includes(suite.kx ?? '') && ['RSA', 'ECDSA', 'DSS'].includes(suite.au ?? '');
        if (!mainstream)
            return 2;
        return suite.aead ? 0 : 1;
    };
    // Array.prototype.sort is stable: registry order is kept inside a tier.
    return (0,registry/* suitesForProtocol */.Le)(version)
        .filter((suite) => !suite.sslv2)
        .slice()
        .sort((a, b) => tier(a) - tier(b));
}
const candidateCache = new Map();
/** The candidates' code points, computed once per version and run. */
function candidates(version) {
    let codes = candidateCache.get(version);
    if (!codes) {
        codes = candidateOrder(version).map((suite) => suite.code);
        candidateCache.set(version, codes);
    }
    return codes;
}
/**
 * Whether the version is enumerated with every candidate in one hello. SSLv3 servers are the oldest and the most
 * likely to choke on a long hello, so they keep the chunks; a version whose candidates fit one chunk needs none.
 */
function offersAllAtOnce(version) {
    return version !== 'SSLv3' && candidates(version).length > CHUNK_SIZE;
}
/**
 * Most handshakes scanVersion makes: the removal loop over every candidate (one per suite plus the refusal), the
 * same again in chunks when the server chokes on that hello (plus one refusal per chunk), two for the order test
 * and at most one comparison per suite for each merge of the chunks' lists.
 */
function versionHandshakeBudget(version) {
    const suites = candidates(version).length;
    const chunks = Math.ceil(suites / CHUNK_SIZE);
    const joint = version === 'TLSv1.3' ? tls13JointBudget(suites) : 0;
    return joint + suites + 1 + suites + chunks + 2 + suites * chunks;
}
function helloFor(ctx, version, suites, groups) {
    const serverName = ctx.endpoint.sni;
    if (version === 'TLSv1.3')
        return { kind: 'tls', spec: tls13Hello(suites, { serverName }) };
    const spec = legacyHello(version, suites, { serverName });
    if (groups && spec.supportedGroups)
        spec.supportedGroups = groups;
    return { kind: 'tls', spec };
}
/**
 * The first hello scanVersion sends for `version` (another check may send it and pass its answer in). TLS 1.3's
 * asks for the stapled OCSP response too: first contact sends it, and reads the certificates with its answer.
 */
function firstHello(ctx, version) {
    const all = candidates(version);
    const hello = helloFor(ctx, version, offersAllAtOnce(version) ? all : all.slice(0, CHUNK_SIZE));
    if (version === 'TLSv1.3')
        hello.spec.statusRequest = true;
    return hello;
}
/** The suite a reply chose at exactly this version, or null (refusal, or a different version). */
function chosenSuite(outcome, version) {
    if (outcome.kind === 'accepted' && outcome.version === version)
        return outcome.cipherSuite;
    if (outcome.kind === 'hello-retry' && version === 'TLSv1.3')
        return outcome.cipherSuite;
    return null;
}
/** Whether a reply proves the version is not spoken at all (so other chunks need not be tried). */
function refusesVersion(outcome, version) {
    const selected = outcome.kind === 'accepted' || outcome.kind === 'unusable';
    if (selected && outcome.version !== version)
        return true; // answered a lower version
    if (outcome.kind === 'alert' && outcome.alert.description === 70)
        return true; // protocol_version
    return false;
}
/** Alerts a server sends when it has nothing in common with a hello it read: handshake_failure,
 *  protocol_version, insufficient_security. Anything else after a long hello may be the length's fault. */
const REFUSAL_ALERTS = new Set([40, 70, 71]);
/** Whether a reply to the one long hello is an answer to what it offered, not a server choking on its length. */
function answersLongHello(outcome) {
    if (outcome.kind === 'alert')
        return REFUSAL_ALERTS.has(outcome.alert.description);
    return outcome.kind === 'accepted' || outcome.kind === 'unusable' || outcome.kind === 'hello-retry';
}
async function enumerateChunk(ctx, version, suites, initial) {
    const remaining = [...suites];
    const result = {
        found: [],
        outcomes: [],
        curvePicks: [],
        unusable: [],
        firstFailure: null,
        refused: false
    };
    let reuse = initial;
    // An answer already in hand counts even when the deadline has passed since.
    while (remaining.length > 0 && (reuse !== undefined || !ctx.expired)) {
        // The answer in hand was asked with the usual curves, as the first trial is.
        const groups = trialGroups(result.curvePicks.length);
        const outcome = reuse ?? (await ctx.probe(helloFor(ctx, version, remaining, groups)));
        reuse = undefined;
        if (outcome.kind === 'unusable' &&
            outcome.version === version &&
            remaining.includes(outcome.cipherSuite)) {
            // Selected but unusable: kept apart, and the rest offered again (another suite may be complete).
            result.unusable.push(outcome);
            remaining.splice(remaining.indexOf(outcome.cipherSuite), 1);
            continue;
        }
        const suite = chosenSuite(outcome, version);
        if (suite === null || !remaining.includes(suite)) {
            if (result.found.length === 0 && result.unusable.length === 0) {
                result.firstFailure = outcome;
                result.refused = refusesVersion(outcome, version);
            }
            break;
        }
        result.found.push(suite);
        if (outcome.kind === 'accepted') {
            result.outcomes.push(outcome);
            if (version !== 'TLSv1.3' && version !== 'SSLv3' && outcome.group !== null && isEcdhe(suite))
                result.curvePicks.push(outcome.group);
        }
        remaining.splice(remaining.indexOf(suite), 1);
    }
    return result;
}
/** The suite the server picks from exactly [first, second], or null. */
async function pick(ctx, version, first, second) {
    return chosenSuite(await ctx.probe(helloFor(ctx, version, [first, second])), version);
}
/** Merges lists that are each in server order into one, asking the server to compare heads (nmap's sort). */
async function mergeByServer(ctx, version, lists) {
    let merged = lists[0] ?? [];
    for (const list of lists.slice(1)) {
        const out = [];
        let i = 0;
        let j = 0;
        while (i < merged.length && j < list.length) {
            const winner = await pick(ctx, version, merged[i], list[j]);
            if (winner === list[j])
                out.push(list[j++]);
            else
                out.push(merged[i++]);
        }
        merged = [...out, ...merged.slice(i), ...list.slice(j)];
    }
    return merged;
}
/**
 * The removal loops: every candidate in one hello where offersAllAtOnce, else (and when the server chokes on that
 * hello) chunks of at most CHUNK_SIZE. A refusal of the first chunk ends SSLv3 at once; for the other versions
 * only a refusal of the version itself does.
 */
async function enumerate(ctx, version, initial) {
    const all = candidates(version);
    if (offersAllAtOnce(version)) {
        const whole = await enumerateChunk(ctx, version, all, initial);
        const chokedOn = whole.found.length === 0 && whole.unusable.length === 0 ? whole.firstFailure : null;
        if (!chokedOn || answersLongHello(chokedOn))
            return [whole];
        initial = undefined; // the chunks' first hello differs from the one answered
    }
    const chunks = chunk(all, CHUNK_SIZE);
    // The first chunk alone first: a protocol_version alert or a lower-version answer ends the version cheaply.
    const first = await enumerateChunk(ctx, version, chunks[0] ?? [], initial);
    const ends = first.refused || (version === 'SSLv3' && first.found.length === 0 && first.unusable.length === 0);
    if (ends)
        return [first];
    return [first, ...(await Promise.all(chunks.slice(1).map((c) => enumerateChunk(ctx, version, c))))];
}
/** Whether the server's picks, list by list, came in the order we offered the suites (as a client-order server's do). */
function followedOurOrder(version, lists) {
    const position = new Map(candidates(version).map((code, index) => [code, index]));
    return lists.every((list) => list.every((code, i) => i === 0 || position.get(list[i - 1]) < position.get(code)));
}
/**
 * Whether the server enforces its own order. Picks that did not follow our order already prove it; otherwise
 * one hello offers the accepted suites reversed: a server with its own order still picks its favourite (the first
 * found), one that follows the client picks the last found. Over TLS 1.3 that hello carries no key share, so its
 * HelloRetryRequest also names the group the server wants first (the group scan's first step).
 */
async function testOrder(ctx, version, lists) {
    const all = lists.flat();
    if (all.length < 2 || ctx.expired)
        return { serverPreference: false, retryGroup: null };
    if (!followedOurOrder(version, lists))
        return { serverPreference: true, retryGroup: null };
    const reversed = [...all].reverse();
    const favourite = lists.length === 1 ? all[0] : null;
    if (version === 'TLSv1.3') {
        const hello = tls13Hello(reversed, { serverName: ctx.endpoint.sni, keyShares: [] });
        const outcome = await ctx.probe({ kind: 'tls', spec: hello });
        if (outcome.kind === 'hello-retry') {
            const retryGroup = outcome.group;
            if (favourite !== null)
                return { serverPreference: outcome.cipherSuite === favourite, retryGroup };
            return { serverPreference: await keepsOwnOrder(ctx, version, all), retryGroup };
        }
        // A server that refuses a hello without a key share: the test again with one.
    }
    if (favourite !== null) {
        const picked = chosenSuite(await ctx.probe(helloFor(ctx, version, reversed)), version);
        return { serverPreference: picked === favourite, retryGroup: null };
    }
    return { serverPreference: await keepsOwnOrder(ctx, version, all), retryGroup: null };
}
/** Lists from several chunks: the first two suites offered A,B then B,A; the same winner twice is the server's order. */
async function keepsOwnOrder(ctx, version, all) {
    const [a, b] = [all[0], all[1]];
    const [forward, backward] = await Promise.all([pick(ctx, version, a, b), pick(ctx, version, b, a)]);
    return forward !== null && forward === backward;
}
/**
 * Support, accepted suites and order for one version. `initial` is the answer to the exact hello the first
 * step would send (firstHello: the engine's first-contact TLS 1.3 probe, the TLS 1.1 probe that also answers for
 * older versions), reused instead of sending it again.
 */
async function scanVersion(ctx, version, initial) {
    const result = {
        version,
        supported: false,
        suites: [],
        serverPreference: false,
        outcomes: [],
        failures: [],
        unusable: [],
        retryGroup: null,
        groups: null,
        curvePicks: []
    };
    const contactPick = version === 'TLSv1.3' && initial ? chosenSuite(initial, version) : null;
    const joint = contactPick !== null ? await scanTls13Jointly(ctx, candidates(version), [contactPick]) : null;
    if (joint)
        return withJointScan(ctx, result, joint, initial);
    const results = await enumerate(ctx, version, initial);
    for (const r of results) {
        result.outcomes.push(...r.outcomes);
        result.curvePicks.push(...r.curvePicks);
        result.unusable.push(...r.unusable);
        if (r.firstFailure && r.found.length === 0)
            result.failures.push(r.firstFailure);
    }
    const found = results.map((r) => r.found).filter((list) => list.length > 0);
    const all = found.flat();
    result.supported = all.length > 0;
    const order = await testOrder(ctx, version, found);
    result.serverPreference = order.serverPreference;
    result.retryGroup = order.retryGroup;
    if (result.serverPreference) {
        result.suites = found.length === 1 ? found[0] : await mergeByServer(ctx, version, found);
    }
    else {
        result.suites = inRegistryOrder(version, all);
    }
    return result;
}
function inRegistryOrder(version, suites) {
    const inRegistry = new Map((0,registry/* suitesForProtocol */.Le)(version).map((s, index) => [s.code, index]));
    const position = (code) => inRegistry.get(code) ?? 0;
    return [...suites].sort((x, y) => position(x) - position(y));
}
/** The TLS 1.3 result of the joint scan (tls13-scan.ts); the order test only when that scan could not ask it. */
async function withJointScan(ctx, result, joint, initial) {
    result.supported = true;
    result.groups = joint.groups;
    if (initial.kind === 'accepted')
        result.outcomes.push(initial);
    const order = joint.serverPreference ?? (await testOrder(ctx, 'TLSv1.3', [joint.found])).serverPreference;
    result.serverPreference = order;
    result.suites = order ? joint.found : inRegistryOrder('TLSv1.3', joint.found);
    return result;
}

;// CONCATENATED MODULE: ./src/scan/where.ts
function where(target, address) {
    return address === target.host
        ? `${target.host} port ${target.port}`
        : `${target.host} (${address}) port ${target.port}`;
}

;// CONCATENATED MODULE: ./src/scan/checks/contact.ts





/** The status a first-contact outcome forces on the whole target, or null when the scan should go on. */
function fatalStatus(outcome, target, address, timeoutMs) {
    switch (outcome.kind) {
        case 'unreachable':
            return { status: 'unreachable', error: { code: outcome.code, message: outcome.message } };
        case 'not-tls':
            return {
                status: 'not-tls',
                error: {
                    code: 'NOT_TLS',
                    message: `${outcome.description} answered on ${where(target, address)}, not a TLS server`
                }
            };
        case 'starttls-failed':
            // Never ok: a STARTTLS target that would not upgrade has no TLS to judge, and says why.
            return {
                status: 'error',
                error: { code: outcome.code, message: `${where(target, address)}: ${outcome.message}` }
            };
        case 'protocol-error':
            return {
                status: 'error',
                error: { code: 'PROTOCOL', message: `${where(target, address)}: ${outcome.message}` }
            };
        case 'timeout':
            return {
                status: 'error',
                error: {
                    code: 'ETIMEDOUT',
                    message: (outcome.receivedBytes ?? 0) > 0
                        ? `${where(target, address)} did not finish answering the ClientHello: ${(0,outcome_text/* describeTimeout */.b)(outcome)}`
                        : `${where(target, address)} accepted the connection but did not answer the ClientHello within ${timeoutMs} ms`
                }
            };
        default:
            return null;
    }
}
const contactCheck = {
    name: 'contact',
    needs: [],
    produces: ['contact'],
    handshakeBudget: () => 2,
    async run({ ctx, target, options, report }) {
        const address = ctx.endpoint.address;
        // Exactly the TLS 1.3 enumeration's first hello, whose answer that check reuses.
        // It reads on to the server's Certificate: the certificate capture's TLS 1.3 read, at no extra handshake.
        const outcome = await ctx.probe(firstHello(ctx, 'TLSv1.3'), { certificatesAlongside: true });
        let fatal = fatalStatus(outcome, target, address, options.timeoutMs);
        if (fatal?.error?.code === 'ETIMEDOUT' && !ctx.expired) {
            // Some old servers hang on a TLS 1.3 hello instead of refusing it: ask once more in plain TLS 1.2.
            const mainstream = (0,registry/* suitesForProtocol */.Le)('TLSv1.2')
                .filter((suite) => suite.openssl && !suite.sslv2)
                .slice(0, CHUNK_SIZE);
            const second = await ctx.probe({
                kind: 'tls',
                spec: legacyHello('TLSv1.2', mainstream.map((suite) => suite.code), { serverName: ctx.endpoint.sni })
            });
            if (second.kind !== 'timeout')
                fatal = fatalStatus(second, target, address, options.timeoutMs);
        }
        if (fatal) {
            Object.assign(report, fatal);
            if (fatal.error?.code === 'ETIMEDOUT' && ctx.expired) {
                report.error = {
                    code: 'DEADLINE',
                    message: outcome.kind === 'timeout' && (outcome.receivedBytes ?? 0) > 0
                        ? `${where(target, address)} did not finish answering before the target's deadline (${options.targetDeadlineMs} ms): ${(0,outcome_text/* describeTimeout */.b)(outcome)}`
                        : `${where(target, address)} did not answer before the target's deadline (${options.targetDeadlineMs} ms)`
                };
            }
        }
        return { contact: { outcome, goOn: fatal === null } };
    }
};

;// CONCATENATED MODULE: ./src/scan/groups.ts
// Key-exchange groups. TLS 1.3: offer every group in supported_groups with an empty key_share, so the server
// must answer with a HelloRetryRequest naming the group it wants; remove that group and ask again until it
// refuses (servers that refuse an empty key_share get one hello per group instead). TLS 1.2: offer only ECDHE
// suites and read the curve from ServerKeyExchange, with the same removal loop. One handshake per accepted
// group, plus one; the steps the suite scan already asked are skipped (the TLS 1.3 order test's
// HelloRetryRequest; the curves of its ECDHE picks, group-trials.ts).



/** Most handshakes scanTls13Groups makes: the removal loop (one per group and the refusal), then one per group. */
function tls13GroupsHandshakeBudget() {
    return 2 * tls13Groups().length + 1;
}
/** Most handshakes scanLegacyGroups makes: one per group and the refusal. */
function legacyGroupsHandshakeBudget() {
    return tls12Groups().length + 1;
}
/** `first`: the group the server already named when offered every group without a key share, or null. */
async function scanTls13Groups(ctx, suites, first = null) {
    const remaining = tls13Groups();
    const groups = [];
    if (first !== null && remaining.includes(first)) {
        groups.push(first);
        remaining.splice(remaining.indexOf(first), 1);
    }
    while (remaining.length > 0 && !ctx.expired) {
        const spec = tls13Hello(suites, { serverName: ctx.endpoint.sni, groups: remaining, keyShares: [] });
        const outcome = await ctx.probe({ kind: 'tls', spec });
        // A server may also pick a group without HRR only if we had sent its share; we send none.
        const group = outcome.kind === 'hello-retry' ? outcome.group : outcome.kind === 'accepted' ? outcome.group : null;
        if (group === null || !remaining.includes(group))
            break;
        groups.push(group);
        remaining.splice(remaining.indexOf(group), 1);
    }
    if (groups.length === 0 && !ctx.expired) {
        // A server that speaks TLS 1.3 but refused an empty key_share instead of asking for a group: offer each
        // group alone, with a share of it (one handshake per known group, only for such servers).
        const found = await Promise.all(tls13Groups().map(async (group) => {
            const spec = tls13Hello(suites, {
                serverName: ctx.endpoint.sni,
                groups: [group],
                keyShares: [(0,key_share/* placeholderKeyShare */.CO)(group)]
            });
            const outcome = await ctx.probe({ kind: 'tls', spec });
            const chosen = outcome.kind === 'hello-retry' || outcome.kind === 'accepted' ? outcome.group : null;
            return chosen === group ? group : null;
        }));
        groups.push(...found.filter((group) => group !== null));
    }
    return { groups };
}
/** ECDHE suites among those the server accepted at `version` (the group scan offers only these). */
function ecdheSuites(suites) {
    return suites.filter(isEcdhe);
}
/**
 * The suite scan's ECDHE picks (`curvePicks`, group-trials.ts) say what is known already: every curve they found
 * when they prove the server follows the client's order of curves, else the curve of the first pick (every curve
 * offered in the usual order), if any.
 */
async function scanLegacyGroups(ctx, version, suites, curvePicks = []) {
    const usual = tls12Groups();
    if (suites.length === 0)
        return { groups: [] };
    const followed = curvesFollowingClient(curvePicks);
    const known = followed ?? curvePicks.slice(0, 1);
    const groups = known.filter((group) => usual.includes(group));
    let remaining = usual.filter((group) => !groups.includes(group));
    while (remaining.length > 0 && !ctx.expired) {
        const spec = {
            ...legacyHello(version, suites, { serverName: ctx.endpoint.sni }),
            supportedGroups: remaining
        };
        const outcome = await ctx.probe({ kind: 'tls', spec });
        const group = outcome.kind === 'accepted' && outcome.version === version ? outcome.group : null;
        if (group === null || !remaining.includes(group))
            break;
        groups.push(group);
        remaining = remaining.filter((other) => other !== group);
    }
    // A server that follows the client's order picks in the usual order: the order the removal loop alone gives.
    return { groups: followed ? usual.filter((group) => groups.includes(group)) : groups };
}

;// CONCATENATED MODULE: ./src/scan/checks/groups.ts
// Key-exchange groups (scan/groups.ts does the work): the TLS 1.3 groups once TLS 1.3 is known, the ECDHE
// curves over the newest older version with ECDHE suites, and the key-exchange summary in the report.


const goesOn = async ({ facts }) => (await facts.get('contact'))?.goOn === true;
const tls13GroupsCheck = {
    name: 'groups TLSv1.3',
    needs: ['contact', 'version:TLSv1.3'],
    produces: ['groups:TLSv1.3'],
    handshakeBudget: tls13GroupsHandshakeBudget,
    applies: goesOn,
    async run({ ctx, facts }) {
        const tls13 = await facts.get('version:TLSv1.3');
        if (!tls13?.supported)
            return { 'groups:TLSv1.3': { groups: [] } };
        // Usually the suite scan's HelloRetryRequests already named every group.
        if (tls13.groups)
            return { 'groups:TLSv1.3': { groups: tls13.groups } };
        return { 'groups:TLSv1.3': await scanTls13Groups(ctx, tls13.suites, tls13.retryGroup) };
    }
};
const legacyGroupsCheck = {
    name: 'groups TLSv1.2',
    needs: ['contact', 'version:TLSv1.2', 'version:TLSv1.1', 'version:TLSv1.0', 'version:SSLv3'],
    produces: ['groups:legacy'],
    handshakeBudget: legacyGroupsHandshakeBudget,
    applies: goesOn,
    async run({ ctx, facts }) {
        // TLS 1.2 with ECDHE suites is enough to start; only without it wait for the older versions.
        const tls12 = await facts.get('version:TLSv1.2');
        const older = async () => Promise.all([
            facts.get('version:SSLv3'),
            facts.get('version:TLSv1.0'),
            facts.get('version:TLSv1.1'),
            facts.get('version:TLSv1.2')
        ]);
        const candidates = tls12?.supported && ecdheSuites(tls12.suites).length > 0 ? [tls12] : await older();
        const chosen = [...candidates]
            .reverse()
            .find((r) => r && r.version !== 'SSLv3' && r.supported && ecdheSuites(r.suites).length > 0);
        if (!chosen)
            return { 'groups:legacy': { groups: [] } };
        const version = chosen.version;
        return {
            'groups:legacy': await scanLegacyGroups(ctx, version, ecdheSuites(chosen.suites), chosen.curvePicks)
        };
    }
};
const keyExchangeCheck = {
    name: 'key exchange',
    needs: ['contact', 'handshake', 'groups:TLSv1.3', 'groups:legacy'],
    produces: [],
    handshakeBudget: () => 0,
    applies: goesOn,
    async run({ report, facts }) {
        const [tls13, legacy] = await Promise.all([facts.get('groups:TLSv1.3'), facts.get('groups:legacy')]);
        // Groups chosen in HelloRetryRequests count only when TLS 1.3 turned out usable (protocols confirms it).
        const tls13Usable = (await facts.get('handshake'))?.tls13 === true;
        const kx = report.keyExchange;
        kx.tls13Groups = tls13Usable ? (tls13?.groups ?? []).map(registry/* groupName */.hv) : [];
        kx.tls12Groups = (legacy?.groups ?? []).map(registry/* groupName */.hv);
        report.groups = [...new Set([...kx.tls13Groups, ...kx.tls12Groups])];
        kx.preferredGroup = kx.tls13Groups[0] ?? kx.tls12Groups[0] ?? null;
        return {};
    }
};

;// CONCATENATED MODULE: ./src/scan/checks/facts.ts
const versionFact = (version) => `version:${version}`;

;// CONCATENATED MODULE: ./src/scan/checks/protocols.ts



/** The order versions are written in (the report's key order). */
const REPORTED_VERSIONS = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
/** When no version was accepted: the most telling reason among the refusals. */
function noHandshakeError(results, sslv2, unusable) {
    const selected = unusable[0];
    if (selected) {
        return {
            code: 'UNUSABLE_HANDSHAKE',
            message: `no handshake could go on: ${selected.reason} (the server selected ${selected.protocol} ${selected.cipherSuites.join(', ')})`
        };
    }
    const failures = [...results.flatMap((r) => r.failures), ...(sslv2 ? [sslv2] : [])];
    // close_notify is the server ending the connection, not a handshake failure: any other alert says more.
    const refusals = failures.filter((f) => f.kind === 'alert');
    const alert = refusals.find((f) => f.alert.description !== 0) ?? refusals[0];
    if (alert && alert.alert.description === 0) {
        return {
            code: 'NO_HANDSHAKE',
            message: `the server closed every connection with close_notify instead of answering the ClientHello`
        };
    }
    const resets = failures.filter((f) => f.kind === 'reset' || f.kind === 'closed').length;
    if (alert && alert.kind === 'alert') {
        return {
            code: 'ALERT',
            message: `the server refused every ClientHello (alert ${alert.alert.name}): no protocol version and cipher suite in common`
        };
    }
    if (resets > 0)
        return { code: 'ECONNRESET', message: 'the server closed or reset the connection on every ClientHello' };
    const timeout = failures.find((f) => f.kind === 'timeout');
    if (timeout && timeout.kind === 'timeout') {
        return {
            code: 'ETIMEDOUT',
            message: `the server answered no ClientHello in time: ${(0,outcome_text/* describeTimeout */.b)(timeout)}`
        };
    }
    if (failures[0])
        return {
            code: 'NO_HANDSHAKE',
            message: `the server accepted no ClientHello: ${(0,outcome_text/* describeOutcome */.S)(failures[0])}`
        };
    return { code: 'NO_HANDSHAKE', message: 'the server accepted no ClientHello' };
}
/** Suites selected in unusable flights, one entry per version and reason, in the order first seen. */
function groupUnusable(outcomes) {
    const groups = [];
    for (const outcome of outcomes) {
        const name = (0,registry/* suiteName */.Qx)(outcome.cipherSuite);
        const known = groups.find((g) => g.protocol === outcome.version && g.reason === outcome.reason);
        if (!known)
            groups.push({ protocol: outcome.version, cipherSuites: [name], reason: outcome.reason });
        else if (!known.cipherSuites.includes(name))
            known.cipherSuites.push(name);
    }
    return groups;
}
/**
 * TLS 1.3 enumeration reads only the ServerHello; the certificate read decrypts the rest of the flight. When that
 * read proves the flight leads nowhere, the version's suites were selected, not accepted.
 */
function withTls13Confirmed(result, captured) {
    const proof = captured?.tls13Unusable ?? null;
    if (result.version !== 'TLSv1.3' || !result.supported || !proof)
        return result;
    const unusable = result.suites.map((cipherSuite) => ({ ...proof, cipherSuite }));
    return {
        ...result,
        supported: false,
        suites: [],
        outcomes: [],
        unusable: [...result.unusable, ...unusable]
    };
}
const protocolsCheck = {
    name: 'protocols',
    needs: ['contact', 'sslv2', 'certificates:captured', ...REPORTED_VERSIONS.map(versionFact)],
    produces: ['handshake'],
    handshakeBudget: () => 0,
    applies: async ({ facts }) => (await facts.get('contact'))?.goOn === true,
    async run({ report, facts }) {
        const sslv2 = await facts.get('sslv2');
        const captured = await facts.get('certificates:captured');
        const versions = (await Promise.all(REPORTED_VERSIONS.map((v) => facts.get(versionFact(v)))))
            .filter((result) => result !== undefined)
            .map((result) => withTls13Confirmed(result, captured));
        report.protocols.SSLv2 = (sslv2?.kinds.length ?? 0) > 0;
        if (sslv2 && report.protocols.SSLv2) {
            report.cipherSuites.SSLv2 = sslv2.kinds.map((kind) => (0,registry/* suiteName */.Qx)(kind, { sslv2: true }));
            report.serverPreference.SSLv2 = false;
        }
        for (const result of versions) {
            report.protocols[result.version] = result.supported;
            if (!result.supported)
                continue;
            report.cipherSuites[result.version] = result.suites.map((code) => (0,registry/* suiteName */.Qx)(code));
            report.serverPreference[result.version] = result.serverPreference;
        }
        const dhSizes = versions
            .flatMap((r) => r.outcomes)
            .flatMap((o) => (o.dhBits ? [o.dhBits] : []));
        report.keyExchange.dhBits = dhSizes.length > 0 ? Math.min(...dhSizes) : null;
        const unusable = groupUnusable(versions.flatMap((r) => r.unusable));
        if (unusable.length > 0)
            report.unusableSelections = unusable;
        const ok = Object.values(report.protocols).some(Boolean);
        if (!ok) {
            report.status = 'error';
            report.error = noHandshakeError(versions, sslv2?.outcome ?? null, unusable);
        }
        return { handshake: { ok, tls13: report.protocols['TLSv1.3'] } };
    }
};

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/scan/client-secure-context.ts
// One TLS client context per set of options, made once per run and shared by every connection that uses it.
// tls.connect without a `secureContext` builds a new OpenSSL context for every connection (the cipher string
// parsed, the context allocated and freed), which a 1000-target fleet paid some 5000 times over.
// Sharing is safe: Node's client contexts keep no internal session cache (a session is resumed only when a
// connection is handed one), and certificates are not verified on these connections.

const contexts = new Map();
/** The shared context for `options`. */
function clientSecureContext(options) {
    const key = JSON.stringify([
        options.minVersion,
        options.maxVersion,
        options.ciphers,
        options.secureOptions
    ]);
    let context = contexts.get(key);
    if (!context) {
        context = external_node_tls_default().createSecureContext(options);
        contexts.set(key, context);
    }
    return context;
}

// EXTERNAL MODULE: ./src/scan/connection.ts
var connection = __webpack_require__(5729);
// EXTERNAL MODULE: ./src/scan/starttls.ts
var scan_starttls = __webpack_require__(2028);
;// CONCATENATED MODULE: ./src/scan/resumption.ts
// Session resumption, the seed's last cause of "it fails sometimes": does the server resume by session ID and
// by ticket (TLS 1.2) and by PSK ticket (TLS 1.3), and does a ticket issued by one address of a pool resume
// on the others (ticket keys shared across the load balancer's backends)?
//
// Unlike the probes, this needs complete handshakes (a ticket arrives only after Finished), so it uses Node's
// own TLS client: tls.connect with `session` to offer a saved session and isSessionReused() to read the result.
// Certificates are not judged here (src/certs does that), so verification is off for these connections.





const FAILED = { ok: false, reused: false, session: null, ticketIssued: false };
/** After a TLS 1.3 handshake the tickets follow Finished; wait this long for the first one. */
const TICKET_WAIT_MS = 500;
/** How long to wait for the server to close after our close_notify. */
const CLOSE_WAIT_MS = 300;
function handshake(endpoint, options, limits) {
    const connect = () => connectOnce(endpoint, options, limits);
    return limits.connection ? limits.connection(connect, FAILED) : connect();
}
async function connectOnce(endpoint, options, limits) {
    if (limits.deadline - Date.now() <= 0)
        return FAILED;
    const upgraded = endpoint.starttls ? await upgradedSocket(endpoint, options.address, limits) : undefined;
    if (upgraded === null)
        return FAILED;
    const remaining = limits.deadline - Date.now();
    if (remaining <= 0) {
        upgraded?.destroy();
        return FAILED;
    }
    return tlsHandshake(endpoint, options, Math.min(limits.timeoutMs, remaining), upgraded);
}
/** A connection whose STARTTLS dialogue is done, for Node's TLS client to go on with; null when it failed. */
async function upgradedSocket(endpoint, address, limits) {
    const opened = await connection/* Connection */.N.open({
        address,
        port: endpoint.port,
        timeoutMs: limits.timeoutMs,
        deadline: limits.deadline,
        beforeTls: (0,scan_starttls/* starttlsUpgrade */._Y)({ ...endpoint, address }, limits.timeoutMs)
    });
    return opened instanceof connection/* Connection */.N ? opened.release() : null;
}
function tlsHandshake(endpoint, options, timeoutMs, upgraded) {
    return new Promise((resolve) => {
        let done = false;
        let secured = false;
        let session = null;
        let socket = null;
        const outcome = () => ({
            ok: secured,
            reused: secured && (socket?.isSessionReused() ?? false),
            session: session ?? (secured && options.version === 'TLSv1.2' ? (socket?.getSession() ?? null) : null),
            ticketIssued: secured && (socket?.getTLSTicket()?.length ?? 0) > 0
        });
        const finish = () => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            const result = outcome();
            if (!socket || !secured || socket.destroyed) {
                socket?.destroy();
                resolve(result);
                return;
            }
            // Close with close_notify and let the server see it: OpenSSL drops a session from its cache when the
            // connection ends without one, which would make every session-ID test fail.
            const closing = socket;
            const closed = () => {
                closing.destroy();
                resolve(result);
            };
            closing.once('close', closed);
            setTimeout(closed, CLOSE_WAIT_MS).unref();
            closing.end();
        };
        // A finished handshake without a ticket is a valid answer ("no resumption offered"); anything else that
        // runs out of time is a failure (outcome() reports ok: false).
        const timer = setTimeout(finish, timeoutMs);
        try {
            socket = external_node_tls_default().connect({
                socket: upgraded,
                host: options.address,
                port: endpoint.port,
                servername: endpoint.sni ?? undefined,
                secureContext: clientSecureContext({
                    minVersion: options.version,
                    maxVersion: options.version,
                    secureOptions: options.noTicket ? (external_node_crypto_default()).constants.SSL_OP_NO_TICKET : undefined
                }),
                session: options.session,
                rejectUnauthorized: false,
                checkServerIdentity: () => undefined
            });
        }
        catch {
            finish();
            return;
        }
        socket.on('error', finish);
        socket.on('close', finish);
        socket.on('session', (data) => {
            session = data;
            if (secured && options.version === 'TLSv1.3')
                finish();
        });
        socket.once('secureConnect', () => {
            secured = true;
            if (options.version === 'TLSv1.2' || session) {
                finish();
                return;
            }
            // TLS 1.3: the NewSessionTicket arrives after the handshake; a server without tickets sends none.
            setTimeout(finish, Math.min(TICKET_WAIT_MS, timeoutMs)).unref();
        });
    });
}
/** Whether a session obtained from `from` resumes on `to` (both addresses of the same endpoint). */
async function resumes(endpoint, version, from, to, limits, noTicket = false) {
    const first = await handshake(endpoint, { address: from, version, noTicket }, limits);
    if (!first.ok)
        return null;
    if (!first.session)
        return { issued: false, ticketIssued: first.ticketIssued, reused: false };
    const second = await handshake(endpoint, { address: to, version, session: first.session, noTicket }, limits);
    return { issued: true, ticketIssued: first.ticketIssued, reused: second.ok && second.reused };
}
/** Most connections checkResumption makes: two per mechanism, and two per other address of the pool. */
function resumptionHandshakeBudget(addresses) {
    return 3 * 2 + 2 * Math.max(0, new Set(addresses).size - 1);
}
/**
 * Checks session-ID, ticket and TLS 1.3 PSK resumption on the first address, then whether a session from the
 * first address resumes on each other address. `null` means "could not be tested" (version not offered, or
 * only one address). Never throws for anything the server does.
 */
async function checkResumption(target, addresses, limits) {
    const pool = addresses.length > 0 ? [...new Set(addresses)] : [target.host];
    const first = pool[0];
    const byId = await resumes(target, 'TLSv1.2', first, first, limits, true);
    const byTicket = await resumes(target, 'TLSv1.2', first, first, limits);
    const byPsk = await resumes(target, 'TLSv1.3', first, first, limits);
    const sessionId = byId === null ? null : byId.reused;
    const ticket = byTicket === null ? null : byTicket.ticketIssued && byTicket.reused;
    const tls13Psk = byPsk === null ? null : byPsk.reused;
    let acrossAddresses = null;
    if (pool.length > 1) {
        // The mechanism a real client would use: TLS 1.3 tickets, else TLS 1.2 tickets, else session IDs.
        const mechanism = tls13Psk
            ? { version: 'TLSv1.3', noTicket: false }
            : ticket
                ? { version: 'TLSv1.2', noTicket: false }
                : sessionId
                    ? { version: 'TLSv1.2', noTicket: true }
                    : null;
        if (mechanism) {
            acrossAddresses = true;
            for (const other of pool.slice(1)) {
                const outcome = await resumes(target, mechanism.version, first, other, limits, mechanism.noTicket);
                if (!outcome || !outcome.reused)
                    acrossAddresses = false;
            }
        }
    }
    return { sessionId, ticket, tls13Psk, acrossAddresses, addresses: pool };
}

;// CONCATENATED MODULE: ./src/scan/checks/resumption.ts
// Session resumption (scan/resumption.ts does the work), when asked for, on a target that completed a TLS
// handshake: its connections take the target's limiter slots and end at the target's one deadline. The
// pool is the addresses the engine resolved and selected once for the whole scan (pinned `addresses` or
// `address` included); without them, what the target names.


/** The addresses a session should resume across, the scanned one first. */
function resumptionPool({ target, addresses }) {
    if (addresses.length > 0)
        return [...new Set(addresses)];
    if (target.address && !target.addresses)
        return [target.address];
    if (target.addresses && target.addresses.length > 0)
        return [...new Set(target.addresses)];
    if (external_node_net_default().isIP(target.host))
        return [target.host];
    return [...new Set(addresses)];
}
const resumptionCheck = {
    name: 'resumption',
    needs: ['handshake'],
    produces: ['resumption'],
    handshakeBudget: (input) => resumptionHandshakeBudget(resumptionPool(input)),
    // Full handshakes of Node's TLS client, not configuration probes: not counted in `handshakes`.
    countsHandshakes: false,
    // A session crosses the pool: it runs once per target, from the first address.
    perPool: true,
    applies: async ({ options, facts }) => options.resumption === true && (await facts.get('handshake'))?.ok === true,
    async run(run) {
        const { ctx, target, report } = run;
        report.resumption = await checkResumption({ host: target.host, port: target.port, sni: target.sni, starttls: target.starttls }, resumptionPool(run), {
            timeoutMs: ctx.limits.timeoutMs,
            deadline: ctx.limits.deadline,
            connection: (connect, refused) => ctx.connection(connect, refused)
        });
        return { resumption: report.resumption };
    }
};

;// CONCATENATED MODULE: ./src/scan/checks/versions.ts
// Protocol versions, their accepted cipher suites and the server's order (scan/suites.ts does the work): one
// check per version, all started together after first contact; SSLv2 has its own hello and its own check.
// The first TLS 1.1 hello answers for the older versions too: a server negotiates the highest version it has
// that is not above the client's, so a protocol_version alert to TLS 1.1 means it speaks neither TLS 1.0 nor
// SSLv3, and those two cost nothing more.



/** In the order their probes queue: TLS 1.3 first (it continues first contact), then oldest to newest. */
const SCANNED_VERSIONS = ['TLSv1.3', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2'];
/** Versions below TLS 1.1, tried only when the server did not refuse TLS 1.1's version outright. */
const BELOW_TLS11 = ['SSLv3', 'TLSv1.0'];
const versions_goesOn = async ({ facts }) => (await facts.get('contact'))?.goOn === true;
const tls11FirstCheck = {
    name: 'version TLSv1.1 first hello',
    needs: ['contact'],
    produces: ['tls11:first'],
    handshakeBudget: () => 1,
    applies: versions_goesOn,
    async run({ ctx }) {
        return { 'tls11:first': await ctx.probe(firstHello(ctx, 'TLSv1.1')) };
    }
};
const isProtocolVersionAlert = (outcome) => outcome?.kind === 'alert' && outcome.alert.description === 70;
/** A version the TLS 1.1 refusal already rules out: not supported, that refusal its one failure. */
function ruledOut(version, refusal) {
    return {
        version,
        supported: false,
        suites: [],
        serverPreference: false,
        outcomes: [],
        failures: [refusal],
        unusable: [],
        retryGroup: null,
        groups: null,
        curvePicks: []
    };
}
function versionCheck(version) {
    const usesTls11First = version === 'TLSv1.1' || BELOW_TLS11.includes(version);
    return {
        name: `version ${version}`,
        needs: (usesTls11First ? ['contact', 'tls11:first'] : ['contact']),
        produces: [versionFact(version)],
        handshakeBudget: () => versionHandshakeBudget(version),
        applies: versions_goesOn,
        async run({ ctx, facts }) {
            // The first-contact hello is exactly the first TLS 1.3 enumeration step, the TLS 1.1 first hello the
            // first TLS 1.1 step: their answers are reused.
            let initial;
            if (version === 'TLSv1.3')
                initial = (await facts.get('contact'))?.outcome;
            if (usesTls11First) {
                const tls11 = await facts.get('tls11:first');
                if (version === 'TLSv1.1')
                    initial = tls11;
                else if (tls11 && isProtocolVersionAlert(tls11))
                    return { [versionFact(version)]: ruledOut(version, tls11) };
            }
            return { [versionFact(version)]: await scanVersion(ctx, version, initial) };
        }
    };
}
const sslv2Check = {
    name: 'version SSLv2',
    needs: ['contact'],
    produces: ['sslv2'],
    handshakeBudget: () => 1,
    applies: versions_goesOn,
    async run({ ctx }) {
        const cipherSpecs = (0,registry/* sslv2CipherKinds */.F_)().map((kind) => kind.code);
        const outcome = await ctx.probe({ kind: 'sslv2', spec: { version: 0x0002, cipherSpecs } });
        const kinds = outcome.kind === 'accepted' && outcome.version === 'SSLv2'
            ? (outcome.sslv2CipherKinds ?? [outcome.cipherSuite])
            : [];
        return { sslv2: { outcome, kinds } };
    }
};

// EXTERNAL MODULE: ./src/wire/alert.ts
var wire_alert = __webpack_require__(8951);
// EXTERNAL MODULE: ./src/wire/certificate.ts
var certificate = __webpack_require__(4334);
// EXTERNAL MODULE: ./src/wire/client-hello.ts
var client_hello = __webpack_require__(255);
// EXTERNAL MODULE: ./src/wire/bytes.ts
var bytes = __webpack_require__(5026);
// EXTERNAL MODULE: ./src/wire/handshake.ts
var wire_handshake = __webpack_require__(4664);
;// CONCATENATED MODULE: ./src/wire/client-key-exchange.ts
// ClientKeyExchange for RSA key transport (RFC 5246 §7.4.7.1; SSL 3.0, RFC 6101 §5.6.7): the premaster secret
// encrypted with the server's RSA key. TLS prefixes the ciphertext with a 2-byte length; SSL 3.0 sends it bare.



/** The ClientKeyExchange handshake message, header included; `sslv3` selects the bare SSL 3.0 layout. */
function encodeRsaClientKeyExchange(encryptedPremaster, sslv3) {
    const body = sslv3
        ? encryptedPremaster
        : new bytes/* ByteWriter */.U7().vector16((w) => w.bytes(encryptedPremaster)).finish();
    return (0,wire_handshake/* encodeHandshake */.u_)(codepoints/* HandshakeType */.Yq.client_key_exchange, body);
}
/** The encrypted premaster secret of a ClientKeyExchange body (after the 4-byte handshake header). */
function decodeRsaClientKeyExchange(body, sslv3) {
    if (sslv3)
        return Buffer.from(body);
    const r = new ByteReader(body, 'ClientKeyExchange');
    const encrypted = r.vector16('EncryptedPreMasterSecret').rest();
    r.expectDone();
    return Buffer.from(encrypted);
}
/** A ChangeCipherSpec record's payload (RFC 5246 §7.1): the single byte 1. */
const CHANGE_CIPHER_SPEC_PAYLOAD = Buffer.from([1]);

// EXTERNAL MODULE: ./src/wire/framing.ts
var framing = __webpack_require__(1231);
// EXTERNAL MODULE: ./src/wire/record.ts
var record = __webpack_require__(5340);
// EXTERNAL MODULE: ./src/wire/server-fault.ts
var server_fault = __webpack_require__(4327);
;// CONCATENATED MODULE: ./src/scan/vulnerabilities/robot-premaster.ts
// The five PKCS#1 v1.5 blocks of the ROBOT paper (Böck, Somorovsky, Young, "Return Of Bleichenbacher's Oracle
// Threat", USENIX Security 2018, §3 and robotattack.org): one correctly formatted premaster secret and four
// malformed ones, each as the k-byte block that RSA then encrypts without further padding. The facts come from the
// paper; the code is ours.

const ROBOT_QUERIES = [
    'valid',
    'wrong-first-bytes',
    'wrong-zero-position',
    'no-zero-separator',
    'wrong-version'
];
/** What each query sends, for evidence. */
const ROBOT_QUERY_TEXT = {
    valid: '00 02 ... 00 + version + 46 bytes (correct PKCS#1 v1.5)',
    'wrong-first-bytes': '41 17 instead of 00 02',
    'wrong-zero-position': 'no 00 after the padding, a 00 two bytes before the end',
    'no-zero-separator': 'no 00 separator at all',
    'wrong-version': 'correct padding, premaster version 02 02'
};
const PREMASTER_LENGTH = 48;
/** Random bytes none of which is zero (PKCS#1 padding bytes must be non-zero; a stray 0x00 would move the separator). */
function nonZeroRandom(length) {
    const out = (0,external_node_crypto_.randomBytes)(length);
    for (let i = 0; i < length; i++)
        while (out[i] === 0)
            out[i] = (0,external_node_crypto_.randomBytes)(1)[0];
    return out;
}
/**
 * The k-byte block of one query for a modulus of `modulusBytes` bytes; `clientVersion` is the version of our
 * ClientHello, which a correct premaster secret starts with (RFC 5246 §7.4.7.1).
 */
function robotBlock(query, modulusBytes, clientVersion) {
    const padding = nonZeroRandom(modulusBytes - 3 - PREMASTER_LENGTH);
    const secret = nonZeroRandom(PREMASTER_LENGTH - 2);
    const version = Buffer.from([clientVersion >> 8, clientVersion & 0xff]);
    const parts = {
        valid: [Buffer.from([0x00, 0x02]), padding, Buffer.from([0x00]), version, secret],
        'wrong-first-bytes': [Buffer.from([0x41, 0x17]), padding, Buffer.from([0x00]), version, secret],
        // The separator replaced, a 0x00 placed so that the "message" after it is one byte long.
        'wrong-zero-position': [
            Buffer.from([0x00, 0x02]),
            padding,
            Buffer.from([0x11]),
            secret,
            Buffer.from([0x00, 0x11])
        ],
        'no-zero-separator': [Buffer.from([0x00, 0x02]), padding, Buffer.from([0x11, 0x11, 0x11]), secret],
        'wrong-version': [Buffer.from([0x00, 0x02]), padding, Buffer.from([0x00, 0x02, 0x02]), secret]
    };
    const block = Buffer.concat(parts[query]);
    if (block.length !== modulusBytes)
        throw new Error(`ROBOT block of ${block.length} bytes for a ${modulusBytes}-byte modulus`);
    return block;
}

// EXTERNAL MODULE: ./src/wire/starttls/index.ts + 12 modules
var starttls = __webpack_require__(654);
;// CONCATENATED MODULE: ./src/scan/vulnerabilities/target-connection.ts



/** A connection to the target whose next bytes may be our ClientHello (its STARTTLS dialogue done), or why not. */
function openTargetConnection(ctx, maxBytes) {
    const { endpoint, limits } = ctx;
    return connection/* Connection */.N.open({
        address: endpoint.address,
        port: endpoint.port,
        timeoutMs: limits.timeoutMs,
        deadline: limits.deadline,
        signal: limits.signal,
        maxBytes,
        // The target's read budget, as every probe's connection draws on it (src/scan/budgets.ts).
        sharedBytes: limits.readBudget,
        beforeTls: (0,scan_starttls/* starttlsUpgrade */._Y)(endpoint, limits.timeoutMs)
    });
}
/**
 * What Node's TLS client connects over: `undefined` on a target that speaks TLS from the first byte (tls.connect
 * opens its own socket), the upgraded socket on a STARTTLS target, or why the upgrade failed.
 */
async function socketForNodeTls(ctx) {
    if (!ctx.endpoint.starttls)
        return { socket: undefined };
    // Before the hand-over it reads the STARTTLS dialogue only, which has its own bound.
    const opened = await openTargetConnection(ctx, starttls/* MAX_DIALOGUE_BYTES */.s);
    if (!(opened instanceof connection/* Connection */.N))
        return { failure: connectFailureText(opened) };
    return { socket: opened.release() };
}
/** Why a connection could not be made, in a few words for a check's reason. */
function connectFailureText(failure) {
    switch (failure.kind) {
        case 'unreachable':
            return failure.message;
        case 'starttls':
            return `the STARTTLS upgrade failed (${failure.message})`;
        default:
            return `the connection could not be made (${failure.kind})`;
    }
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/robot-exchange.ts
// One ROBOT query over one connection (after the target's STARTTLS dialogue, if any): a ClientHello offering the
// server's TLS_RSA suites, its flight read up to ServerHelloDone (the leaf's RSA key), then our ClientKeyExchange
// carrying the crafted block, ChangeCipherSpec and a Finished of random bytes (no client could have the keys for a
// malformed premaster), and the server's first reaction: an alert, a close, a reset or silence, and after an alert
// whether the connection closed.














/** Bytes of a Finished record as a CBC suite would carry it (IV + two blocks): garbage either way. */
const FINISHED_RECORD_LENGTH = 48;
const MAX_BYTES = 256 * 1024;
function robotQuery(ctx, offer, query) {
    const refused = { kind: 'not-sent', why: 'the scan budget or deadline was reached' };
    return ctx.connection(() => exchange(ctx, offer, query), refused);
}
async function exchange(ctx, offer, query) {
    const opened = await openTargetConnection(ctx, MAX_BYTES);
    if (!(opened instanceof connection/* Connection */.N))
        return { kind: 'not-sent', why: connectFailureText(opened) };
    try {
        const hello = legacyHello(offer.version, offer.suites, { serverName: ctx.endpoint.sni });
        opened.write((0,client_hello/* encodeClientHelloRecords */.G5)(hello));
        const reply = new framing/* ReplyReader */.uo(false);
        const key = await readServerKey(opened, reply);
        if (typeof key === 'string')
            return { kind: 'not-sent', why: key };
        const encrypted = encryptedBlock(key, robotBlock(query, modulusBytes(key), hello.clientVersion));
        if (!encrypted)
            return { kind: 'not-sent', why: 'the crafted block is larger than the RSA modulus' };
        const wire = (0,registry/* protocolVersionCode */.mX)(offer.version);
        opened.write(Buffer.concat([
            (0,record/* encodeRecords */.jc)(codepoints/* ContentType */.cM.handshake, wire, encodeRsaClientKeyExchange(encrypted, offer.version === 'SSLv3')),
            (0,record/* encodeRecords */.jc)(codepoints/* ContentType */.cM.change_cipher_spec, wire, CHANGE_CIPHER_SPEC_PAYLOAD),
            (0,record/* encodeRecords */.jc)(codepoints/* ContentType */.cM.handshake, wire, (0,external_node_crypto_.randomBytes)(FINISHED_RECORD_LENGTH))
        ]));
        return { kind: 'answered', reaction: await readReaction(opened, reply) };
    }
    catch (error) {
        if (!(0,server_fault/* isServerFault */.W)(error))
            throw error;
        return { kind: 'answered', reaction: `malformed reply (${error.message})` };
    }
    finally {
        opened.close();
    }
}
/** Raw RSA (no padding: the block is padded already); null when the block is not below the modulus. */
function encryptedBlock(key, block) {
    try {
        return (0,external_node_crypto_.publicEncrypt)({ key, padding: external_node_crypto_.constants.RSA_NO_PADDING }, block);
    }
    catch {
        return null;
    }
}
const modulusBytes = (key) => Math.ceil((key.asymmetricKeyDetails?.modulusLength ?? 0) / 8);
/** The leaf's RSA key once ServerHelloDone has arrived, or why the query cannot be sent. */
async function readServerKey(connection, reply) {
    let key = 'the server sent no certificate';
    for (;;) {
        const frame = await nextFrame(connection, reply);
        if (frame.kind === 'ended')
            return `the handshake ended before ServerHelloDone (${frame.how})`;
        if (frame.kind === 'record') {
            return frame.record.type === codepoints/* ContentType */.cM.alert
                ? `the server refused the hello (alert ${(0,wire_alert/* decodeAlert */.vo)(frame.record.fragment).name})`
                : 'the server sent an unexpected record before ServerHelloDone';
        }
        if (frame.kind !== 'handshake')
            return 'the server did not answer in TLS';
        const message = frame.message;
        if (message.type === codepoints/* HandshakeType */.Yq.certificate)
            key = rsaKeyOf((0,certificate/* decodeCertificate */.Ai)(message.body, false).certificates[0]);
        if (message.type === codepoints/* HandshakeType */.Yq.server_hello_done)
            return key;
    }
}
function rsaKeyOf(der) {
    if (!der)
        return 'the server sent an empty certificate list';
    try {
        const key = new external_node_crypto_.X509Certificate(der).publicKey;
        return key.asymmetricKeyType === 'rsa' ? key : `the certificate key is ${key.asymmetricKeyType}, not RSA`;
    }
    catch {
        return 'the certificate could not be parsed';
    }
}
/** The first thing the server does after our flight; after an alert, also whether it then closes. */
async function readReaction(connection, reply) {
    const first = await nextFrame(connection, reply);
    if (first.kind === 'ended')
        return first.how;
    if (first.kind !== 'record')
        return 'handshake message';
    if (first.record.type === codepoints/* ContentType */.cM.change_cipher_spec)
        return 'ChangeCipherSpec (handshake continued)';
    if (first.record.type !== codepoints/* ContentType */.cM.alert)
        return `record of type ${first.record.type}`;
    const alert = (0,wire_alert/* decodeAlert */.vo)(first.record.fragment);
    const after = await nextFrame(connection, reply);
    const then = after.kind === 'ended' ? after.how : 'more records';
    return `alert ${alert.name} (${alert.description}), then ${then}`;
}
async function nextFrame(connection, reply) {
    for (;;) {
        const frame = reply.next();
        if (frame)
            return frame;
        const read = await connection.read();
        if (read.kind !== 'data')
            return { kind: 'ended', how: endedHow(read) };
        reply.push(read.chunk);
    }
}
function endedHow(read) {
    switch (read.kind) {
        case 'end':
            return 'closed';
        case 'reset':
            return 'reset';
        case 'overflow':
            return 'too many bytes';
        default:
            return 'timeout';
    }
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/robot.ts



const ROBOT_ROUNDS = 2;
const ROBOT_HANDSHAKES = ROBOT_QUERIES.length * ROBOT_ROUNDS;
/** The versions ROBOT may run over, best first. */
const ROBOT_VERSIONS = ['TLSv1.2', 'TLSv1.1', 'TLSv1.0', 'SSLv3'];
/** RSA key transport with the certificate's key (not RSA_EXPORT's temporary key, not RSA_PSK). */
function isRsaKeyTransport(code) {
    const suite = (0,registry/* suiteByCode */.Te)(code);
    return suite?.kx === 'RSA' && suite.au === 'RSA' && !suite.export;
}
/** The best version with an accepted TLS_RSA suite, and those suites; null when there is none. */
function robotOffer(versions) {
    for (const version of ROBOT_VERSIONS) {
        const suites = versions[version]?.suites.filter(isRsaKeyTransport) ?? [];
        if (suites.length > 0)
            return { version, suites };
    }
    return null;
}
/** One query after the other: a server that serves one connection at a time must not see them queue. */
async function round(ctx, offer) {
    const reactions = {};
    for (const query of ROBOT_QUERIES)
        reactions[query] = await robotQuery(ctx, offer, query);
    return reactions;
}
async function checkRobot(ctx, offer) {
    if (!offer) {
        return {
            status: 'not-applicable',
            evidence: 'no TLS_RSA (RSA key transport) suite accepted at any version',
            reason: 'the server accepts no RSA key exchange, so it decrypts no premaster secret a client chose'
        };
    }
    const rounds = [];
    for (let i = 0; i < ROBOT_ROUNDS; i++)
        rounds.push(await round(ctx, offer));
    return robotVerdict(offer, rounds);
}
const reactionText = (r) => r.kind === 'answered' ? r.reaction : `not sent: ${r.why}`;
/** Each query's reactions over the rounds, e.g. "valid: alert bad_record_mac (20), then closed". */
function evidenceOf(offer, rounds) {
    const lines = ROBOT_QUERIES.map((query) => {
        const seen = [...new Set(rounds.map((r) => reactionText(r[query])))];
        return `${query} (${ROBOT_QUERY_TEXT[query]}): ${seen.join(' | ')}`;
    });
    return `${offer.version}, ${rounds.length} rounds; ${lines.join('; ')}`;
}
function robotVerdict(offer, rounds) {
    const evidence = evidenceOf(offer, rounds);
    const details = { version: offer.version, rounds: rounds.length };
    const notSent = rounds.flatMap((r) => ROBOT_QUERIES.map((q) => r[q])).find((r) => r.kind === 'not-sent');
    if (notSent?.kind === 'not-sent') {
        return { status: 'unknown', evidence, reason: `a query could not be sent: ${notSent.why}`, details };
    }
    const changed = ROBOT_QUERIES.filter((q) => new Set(rounds.map((r) => reactionText(r[q]))).size > 1);
    if (changed.length > 0) {
        return {
            status: 'unknown',
            evidence,
            reason: `the server reacted differently to the same query in different rounds (${changed.join(', ')}), so its reactions prove nothing`,
            details
        };
    }
    const classes = new Set(ROBOT_QUERIES.map((q) => reactionText(rounds[0][q])));
    if (classes.size === 1)
        return { status: 'ok', evidence, reason: null, details };
    const valid = reactionText(rounds[0].valid);
    const differing = ROBOT_QUERIES.filter((q) => reactionText(rounds[0][q]) !== valid);
    return {
        status: 'vulnerable',
        evidence,
        reason: null,
        details: { ...details, differFromValid: differing }
    };
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/record.ts
// Writing one check's result into the target's `vulnerabilities`, keyed in the order the model lists the checks,
// so the report's key order never depends on which check finished first.

const ORDER = [...report/* ACTIVE_VULNERABILITY_CHECKS */.Wh, ...report/* DERIVED_VULNERABILITY_CHECKS */.H1];
function recordVulnerability(report, name, result) {
    const all = { ...report.vulnerabilities, [name]: result };
    report.vulnerabilities = Object.fromEntries(ORDER.filter((check) => all[check] !== undefined).map((check) => [check, all[check]]));
}
/** Whether the run selected this check (no selection: every check). */
function selected(checks, name) {
    return checks === undefined || checks.has(name);
}

;// CONCATENATED MODULE: ./src/scan/checks/vuln-robot.ts



const robotCheck = {
    name: 'vulnerability robot',
    needs: ['handshake', ...ROBOT_VERSIONS.map(versionFact)],
    produces: ['vulnerability:robot'],
    handshakeBudget: () => ROBOT_HANDSHAKES,
    applies: async ({ options, facts }) => selected(options.vulnerabilityChecks, 'robot') && (await facts.get('handshake'))?.ok === true,
    async run({ ctx, facts, report }) {
        const versions = Object.fromEntries(await Promise.all(ROBOT_VERSIONS.map(async (v) => [v, await facts.get(versionFact(v))])));
        const result = await checkRobot(ctx, robotOffer(versions));
        recordVulnerability(report, 'robot', result);
        return { 'vulnerability:robot': result };
    }
};

// EXTERNAL MODULE: ./src/model/policy.ts
var policy = __webpack_require__(979);
;// CONCATENATED MODULE: ./src/scan/vulnerabilities/https-get.ts
// One bounded HTTPS GET of "/" for the HSTS check: Node's TLS client (a complete handshake, certificate not
// judged here: src/certs does that) with the scanned SNI, a minimal HTTP/1.1 request with the Host header, and
// the response head read up to its blank line, at most MAX_HEAD_BYTES, within the timeout and the deadline.
// Redirects are not followed: RFC 6797 §8.1 has a browser honour the header on any HTTPS response, a redirect's
// included, so the answer to "/" is the one that counts.



/**
 * How long the server has to start answering the GET once the handshake is done (capped by the timeout). An HTTP
 * server answers a request for "/" at once; a service that speaks another protocol over TLS often stays silent,
 * and that silence would otherwise cost the whole timeout (10 s by default) on every scan of it. Giving up yields
 * no verdict (not-applicable, saying so), never a finding.
 */
const ANSWER_WAIT_MS = 3_000;
/** The response head is all the check reads; 64 KiB holds any real one. */
const MAX_HEAD_BYTES = 64 * 1024;
function hostHeader(host, port) {
    const name = external_node_net_default().isIPv6(host) ? `[${host}]` : host;
    return port === 443 ? name : `${name}:${port}`;
}
function requestFor(endpoint) {
    return [
        'GET / HTTP/1.1',
        `Host: ${hostHeader(endpoint.host, endpoint.port)}`,
        'User-Agent: tls-gate (HSTS check)',
        'Accept: */*',
        'Connection: close',
        '',
        ''
    ].join('\r\n');
}
function getHead(endpoint, timeoutMs, deadline) {
    const remaining = deadline - Date.now();
    if (remaining <= 0)
        return Promise.resolve({ kind: 'not-tried', why: 'the scan deadline was reached' });
    return new Promise((resolve) => {
        let received = Buffer.alloc(0);
        // Our own TCP socket under TLS, like every connection the engine opens (net.connect), so that it is counted alike.
        const tcp = external_node_net_default().connect({ host: endpoint.address, port: endpoint.port });
        tcp.on('error', () => undefined);
        const socket = external_node_tls_default().connect({
            socket: tcp,
            ...(endpoint.sni ? { servername: endpoint.sni } : {}),
            rejectUnauthorized: false,
            secureContext: clientSecureContext({ minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' }),
            ALPNProtocols: ['http/1.1']
        });
        const finish = (head) => {
            clearTimeout(timer);
            socket.removeAllListeners('data');
            socket.on('error', () => undefined);
            // Resolved once the TCP socket is closed, so its limiter and address-gate slot is free only then.
            if (tcp.closed)
                resolve(head);
            else
                tcp.once('close', () => resolve(head));
            socket.destroy();
            tcp.destroy();
        };
        const handshakeMs = Math.min(timeoutMs, remaining);
        let timer = setTimeout(() => ended(`no complete response within ${handshakeMs} ms`), handshakeMs);
        let secured = false;
        socket.once('secureConnect', () => {
            secured = true;
            socket.write(requestFor(endpoint));
            clearTimeout(timer);
            const answerMs = Math.max(0, Math.min(ANSWER_WAIT_MS, timeoutMs, deadline - Date.now()));
            timer = setTimeout(() => ended(`no complete response within ${answerMs} ms of the request`), answerMs);
        });
        socket.on('data', (chunk) => {
            received = Buffer.concat([received, chunk]).subarray(0, MAX_HEAD_BYTES);
            const head = headOf(received, received.length >= MAX_HEAD_BYTES);
            if (head)
                finish(head);
        });
        const ended = (why) => finish(secured
            ? (headOf(received, true) ?? { kind: 'failed', why: `${why} before any response` })
            : { kind: 'failed', why: `no TLS handshake (${why})` });
        socket.once('end', () => ended('the server closed the connection'));
        socket.once('error', (error) => ended(error.code ?? error.message));
    });
}
/** The head once its blank line has arrived (or, when `final`, whatever arrived), or null to wait for more. */
function headOf(bytes, final) {
    const text = bytes.toString('latin1');
    if (!/^HTTP\/\d(\.\d)? \d{3}/.test(text)) {
        if (!final && text.length < 12 && 'HTTP/'.startsWith(text.slice(0, 5)))
            return null;
        return bytes.length === 0 ? null : { kind: 'not-http', firstBytes: text.slice(0, 64) };
    }
    const end = text.indexOf('\r\n\r\n');
    if (end === -1 && !final)
        return null;
    const lines = text.slice(0, end === -1 ? undefined : end).split('\r\n');
    const statusLine = lines[0];
    const headers = lines.slice(1).flatMap((line) => {
        const colon = line.indexOf(':');
        return colon > 0 ? [[line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]] : [];
    });
    return { kind: 'response', statusLine, status: Number(statusLine.split(' ')[1]), headers };
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/hsts-header.ts
// The Strict-Transport-Security header (RFC 6797 §6.1): directives separated by ";", max-age required (delta
// seconds, optionally quoted), includeSubDomains optional; `preload` is the hstspreload.org convention. A header
// without a valid max-age, or with a directive twice, is one a browser ignores (§6.1, §8.1).
function parseHsts(value) {
    const seen = new Set();
    let maxAge = null;
    let valid = true;
    for (const part of value.split(';')) {
        const directive = part.trim();
        if (directive === '')
            continue;
        const [rawName, ...rest] = directive.split('=');
        const name = rawName.trim().toLowerCase();
        if (seen.has(name))
            valid = false;
        seen.add(name);
        if (name !== 'max-age')
            continue;
        const text = rest
            .join('=')
            .trim()
            .replace(/^"(.*)"$/, '$1');
        maxAge = /^\d{1,15}$/.test(text) ? Number(text) : null;
    }
    return {
        maxAge: valid ? maxAge : null,
        includeSubDomains: seen.has('includesubdomains'),
        preload: seen.has('preload'),
        valid: valid && maxAge !== null
    };
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/hsts.ts

/** RFC 6797 header name, lower-cased as https-get.ts keeps header names. */
const HEADER = 'strict-transport-security';
/** Quoted server text is cut to this many characters in evidence. */
const QUOTE_LIMIT = 120;
const quote = (text) => JSON.stringify(text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text);
/**
 * The verdict on one response head. `minMaxAge` is the policy's minimum in seconds; null when the policy does not
 * require HSTS (then only a missing or ignored header is vulnerable).
 */
function hstsVerdict(head, request, minMaxAge) {
    if (head.kind === 'not-tried') {
        return { status: 'unknown', evidence: `${request}: not sent`, reason: head.why };
    }
    if (head.kind === 'failed') {
        return {
            status: 'not-applicable',
            evidence: `${request}: ${head.why}`,
            reason: `no HTTPS response: ${head.why}`
        };
    }
    if (head.kind === 'not-http') {
        return {
            status: 'not-applicable',
            evidence: `${request}: answered ${quote(head.firstBytes)}`,
            reason: 'the server does not speak HTTP over TLS'
        };
    }
    const answer = `${request} → ${quote(head.statusLine)}`;
    const value = head.headers.find(([name]) => name === HEADER)?.[1];
    if (value === undefined) {
        return {
            status: 'vulnerable',
            evidence: `${answer}, no Strict-Transport-Security header`,
            reason: null,
            details: { present: false, httpStatus: head.status, minMaxAge }
        };
    }
    const hsts = parseHsts(value);
    const details = { present: true, httpStatus: head.status, ...hsts, minMaxAge };
    const evidence = `${answer}, Strict-Transport-Security: ${quote(value)}`;
    const short = minMaxAge !== null && hsts.maxAge !== null && hsts.maxAge < minMaxAge;
    const vulnerable = !hsts.valid || hsts.maxAge === 0 || short;
    return { status: vulnerable ? 'vulnerable' : 'ok', evidence, reason: null, details };
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/result.ts

const vulnerable = (evidence, details) => ({
    status: 'vulnerable',
    evidence,
    reason: null,
    ...(details ? { details } : {})
});
const ok = (evidence, details) => ({
    status: 'ok',
    evidence,
    reason: null,
    ...(details ? { details } : {})
});
const notApplicable = (reason) => ({
    status: 'not-applicable',
    evidence: '',
    reason
});
const unknown = (evidence, reason) => ({
    status: 'unknown',
    evidence,
    reason
});
/** Whether the run asked for this check (absent selection: every check). */
function result_selected(options, name) {
    return options.vulnerabilityChecks === undefined || options.vulnerabilityChecks.has(name);
}
/** Writes one check's result into the report. */
function result_record(report, name, result) {
    report.vulnerabilities = { ...(report.vulnerabilities ?? {}), [name]: result };
}
const CANONICAL_ORDER = [
    ...report/* ACTIVE_VULNERABILITY_CHECKS */.Wh,
    ...report/* DERIVED_VULNERABILITY_CHECKS */.H1
];
/**
 * Puts the report's vulnerabilities in the model's order, whichever check finished first, and both
 * vulnerabilities and tlsFeatures last among the target's keys (after resumption and clients), so the JSON's key
 * order never depends on timing.
 */
function orderVulnerabilities(report) {
    const { vulnerabilities: results, tlsFeatures } = report;
    delete report.vulnerabilities;
    delete report.tlsFeatures;
    if (results) {
        const ordered = {};
        for (const name of CANONICAL_ORDER)
            if (results[name])
                ordered[name] = results[name];
        report.vulnerabilities = ordered;
    }
    if (tlsFeatures)
        report.tlsFeatures = tlsFeatures;
}
/** A reply in a few words, for evidence. */
function describeReply(reply) {
    switch (reply.kind) {
        case 'alert':
            return `alert ${reply.alert.name} (${reply.alert.level})`;
        case 'record':
            return `a record of content type ${reply.type} (${reply.fragment.length} bytes)`;
        case 'handshake':
            return `handshake message type ${reply.type}`;
        case 'closed':
            return 'the connection closed';
        case 'reset':
            return 'the connection reset';
        case 'timeout':
            return 'no answer in time';
        case 'malformed':
            return `a malformed reply (${reply.message})`;
    }
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/tls-service-ports.ts
// Ports registered for a protocol other than HTTP spoken over TLS from the first byte (IANA Service Name and
// Transport Protocol Port Number Registry, https://www.iana.org/assignments/service-names-port-numbers; 5223 is
// XMPP's customary direct-TLS port, XEP-0368). The HSTS check does not send a GET there: such a service answers
// an HTTP request with its own banner or with silence, and silence would cost the whole wait for an answer.
const TLS_SERVICES = new Map([
    [465, 'SMTP submission over TLS (submissions)'],
    [563, 'NNTP over TLS (nntps)'],
    [636, 'LDAP over TLS (ldaps)'],
    [853, 'DNS over TLS (domain-s)'],
    [989, 'FTP data over TLS (ftps-data)'],
    [990, 'FTP over TLS (ftps)'],
    [992, 'Telnet over TLS (telnets)'],
    [993, 'IMAP over TLS (imaps)'],
    [994, 'IRC over TLS (ircs)'],
    [995, 'POP3 over TLS (pop3s)'],
    [3269, 'the LDAP global catalog over TLS (msft-gc-ssl)'],
    [5061, 'SIP over TLS (sips)'],
    [5223, 'XMPP over TLS'],
    [5671, 'AMQP over TLS (amqps)'],
    [6514, 'syslog over TLS (syslog-tls)'],
    [6697, 'IRC over TLS (ircs-u)'],
    [8883, 'MQTT over TLS (secure-mqtt)']
]);
/** The non-HTTP service registered on this port, or undefined. */
function nonHttpTlsService(port) {
    return TLS_SERVICES.get(port);
}

;// CONCATENATED MODULE: ./src/scan/checks/vuln-hsts.ts







const hstsCheck = {
    name: 'vulnerability hsts',
    // After ROBOT: a server that serves one connection at a time (openssl s_server) would hold ROBOT's queries behind
    // a GET it never answers.
    needs: ['handshake', 'vulnerability:robot'],
    produces: ['vulnerability:hsts'],
    handshakeBudget: () => 1,
    applies: async ({ options, facts }) => selected(options.vulnerabilityChecks, 'hsts') && (await facts.get('handshake'))?.ok === true,
    async run({ ctx, target, options, report, facts }) {
        const { endpoint, limits } = ctx;
        const notHttps = notHttpsReason(target.starttls, endpoint.port);
        if (notHttps) {
            const result = notApplicable(notHttps);
            recordVulnerability(report, 'hsts', result);
            return { 'vulnerability:hsts': result };
        }
        await facts.get('vulnerability:robot');
        const host = endpoint.sni ?? target.host;
        const request = `GET / (Host: ${hostHeader(host, endpoint.port)})`;
        const head = await ctx.connection(() => getHead({ address: endpoint.address, port: endpoint.port, sni: endpoint.sni, host }, limits.timeoutMs, limits.deadline), { kind: 'not-tried', why: 'the scan budget or deadline was reached' });
        const minMaxAge = options.hstsMinMaxAgeFor ? options.hstsMinMaxAgeFor(target) : policy/* HSTS_DEFAULT_MIN_MAX_AGE */.J;
        const result = hstsVerdict(head, request, minMaxAge);
        recordVulnerability(report, 'hsts', result);
        return { 'vulnerability:hsts': result };
    }
};
/** Why no GET is sent: a STARTTLS service, or a port registered for another protocol over TLS; else null. */
function notHttpsReason(starttls, port) {
    if (starttls)
        return `HSTS is an HTTPS header, and this target upgrades ${(0,scan_starttls/* protocolLabel */.Pn)(starttls)} with STARTTLS: no HTTP request is made`;
    const service = nonHttpTlsService(port);
    return service ? `port ${port} is registered for ${service}, not HTTPS` : null;
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/derived.ts


/** 64-bit block ciphers: a birthday collision after about 2^32 blocks (32 GiB) of one connection. */
const BLOCK_64 = new Set(['3DES', 'DES', 'IDEA', 'RC2']);
function accepted(report, protocols) {
    const out = [];
    for (const [protocol, names] of Object.entries(report.cipherSuites)) {
        if (protocol === 'SSLv2' || (protocols && !protocols.includes(protocol)))
            continue;
        for (const name of names) {
            const suite = (0,registry/* suiteByName */.ty)(name);
            if (suite)
                out.push({ protocol, suite });
        }
    }
    return out;
}
const names = (found) => [...new Set(found.map((a) => a.suite.name))];
const listed = (found) => {
    const all = names(found);
    return all.length > 4 ? `${all.slice(0, 4).join(', ')} and ${all.length - 4} more` : all.join(', ');
};
function bySuites(found, what, source) {
    return found.length > 0
        ? vulnerable(`accepts ${what}: ${listed(found)} (${source})`, { suites: names(found) })
        : ok(`accepts no ${what} (${source})`);
}
const DERIVED = {
    // Bhargavan and Leurent, "On the Practical (In-)Security of 64-bit Block Ciphers", ACM CCS 2016; CVE-2016-2183.
    sweet32: (r) => bySuites(accepted(r).filter((a) => BLOCK_64.has(a.suite.cipher ?? '')), 'suites with a 64-bit block cipher', 'SWEET32, CVE-2016-2183'),
    // Adrian et al., "Imperfect Forward Secrecy", ACM CCS 2015 (weakdh.org: use 2048-bit groups); CVE-2015-4000.
    logjam: (r) => {
        const exportDhe = accepted(r).filter((a) => ['DHE', 'DH'].includes(a.suite.kx ?? '') && a.suite.export);
        if (exportDhe.length > 0)
            return bySuites(exportDhe, 'export-grade DHE suites', 'Logjam, CVE-2015-4000');
        const bits = r.keyExchange.dhBits;
        if (bits !== null && bits < 2048)
            return vulnerable(`a DHE key exchange uses a ${bits}-bit prime, under 2048 bits (Logjam, CVE-2015-4000)`, {
                dhBits: bits
            });
        return ok(bits === null
            ? 'accepts no DHE suite (Logjam, CVE-2015-4000)'
            : `the smallest DHE prime has ${bits} bits (Logjam, CVE-2015-4000)`);
    },
    // Beurdouche et al., "A Messy State of the Union", IEEE S&P 2015; CVE-2015-0204.
    freak: (r) => bySuites(accepted(r).filter((a) => a.suite.kx === 'RSA' && a.suite.export), 'RSA_EXPORT suites', 'FREAK, CVE-2015-0204'),
    // Aviram et al., "DROWN: Breaking TLS using SSLv2", USENIX Security 2016; CVE-2016-0800. Only this endpoint is
    // seen: another server sharing the key over SSLv2 would expose it too.
    drown: (r) => r.protocols.SSLv2
        ? vulnerable(`speaks SSLv2 (${(r.cipherSuites.SSLv2 ?? []).length} cipher kinds) (DROWN, CVE-2016-0800)`, {
            cipherKinds: r.cipherSuites.SSLv2 ?? []
        })
        : ok('does not speak SSLv2 on this endpoint (DROWN, CVE-2016-0800)'),
    // Möller, Duong and Kotowicz, "This POODLE Bites", 2014; CVE-2014-3566.
    poodle: (r) => bySuites(accepted(r, ['SSLv3']).filter((a) => a.suite.mode === 'CBC'), 'SSLv3 with CBC suites', 'POODLE, CVE-2014-3566'),
    // Duong and Rizzo, BEAST, 2011; CVE-2011-3389 (predictable CBC IVs of SSLv3 and TLS 1.0; mitigated in clients).
    beast: (r) => bySuites(accepted(r, ['SSLv3', 'TLSv1.0']).filter((a) => a.suite.mode === 'CBC'), 'CBC suites over SSLv3 or TLS 1.0', 'BEAST, CVE-2011-3389'),
    // RFC 7465 prohibits RC4 in TLS; AlFardan et al. 2013 (CVE-2013-2566), Bar Mitzvah 2015 (CVE-2015-2808).
    rc4: (r) => bySuites(accepted(r).filter((a) => a.suite.cipher === 'RC4'), 'RC4 suites', 'RFC 7465')
};
const DERIVED_CHECKS = Object.keys(DERIVED);
function derivedResult(name, report) {
    return DERIVED[name](report);
}

;// CONCATENATED MODULE: ./src/scan/checks/vuln-derived.ts
// The vulnerability checks decided from facts the scan already has (src/scan/vulnerabilities/derived.ts): no
// handshakes. They wait for the protocol summary, which writes the protocols, suites and DH size they read.


const derivedVulnerabilitiesCheck = {
    name: 'vulnerabilities (derived)',
    needs: ['handshake'],
    produces: [],
    handshakeBudget: () => 0,
    applies: async ({ options, facts }) => DERIVED_CHECKS.some((name) => result_selected(options, name)) && (await facts.get('handshake')) !== undefined,
    async run({ options, report, facts }) {
        const handshake = await facts.get('handshake');
        for (const name of DERIVED_CHECKS.filter((check) => result_selected(options, check))) {
            result_record(report, name, handshake?.ok
                ? derivedResult(name, report)
                : notApplicable('no handshake with the server could be completed'));
        }
        return {};
    }
};

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/legacy-target.ts
const NEWEST_FIRST = ['TLSv1.2', 'TLSv1.1', 'TLSv1.0', 'SSLv3'];
/** The highest version below TLS 1.3 the server accepted (`withSslv3`: SSLv3 counts), or null. */
function legacyTarget(results, { withSslv3 }) {
    for (const version of NEWEST_FIRST) {
        if (version === 'SSLv3' && !withSslv3)
            continue;
        const result = results.get(version);
        if (result?.supported && result.suites.length > 0)
            return { version, suites: result.suites };
    }
    return null;
}
/** Every accepted TLS 1.0-1.2 outcome (the ServerHellos whose extensions answer our enumeration hello). */
function tlsOutcomes(results) {
    return ['TLSv1.0', 'TLSv1.1', 'TLSv1.2'].flatMap((version) => (results.get(version)?.outcomes ?? []).filter((outcome) => outcome.version === version));
}

// EXTERNAL MODULE: ./src/wire/server-hello.ts
var server_hello = __webpack_require__(5059);
;// CONCATENATED MODULE: ./src/scan/vulnerabilities/features.ts
// Protocol features recorded beside the vulnerability checks, all read from ServerHellos the enumeration already
// has (no handshake of their own): extended master secret (RFC 7627), encrypt-then-MAC for CBC suites
// (RFC 7366), and the TLS 1.3 downgrade sentinel (RFC 8446 §4.1.3) in the answer to a TLS 1.2-only hello.
// 0-RTT early data comes from the early data probe (early-data.ts), with its evidence; null when it did not run.



const carries = (outcome, type) => outcome.serverExtensions.includes(type);
/** null when no outcome could show it; true when any did (the server supports it). */
function anyOf(outcomes, type) {
    return outcomes.length === 0 ? null : outcomes.some((outcome) => carries(outcome, type));
}
function tlsFeatures(tlsOutcomes, speaksTls13, earlyData = null) {
    const cbc = tlsOutcomes.filter((outcome) => (0,registry/* suiteByCode */.Te)(outcome.cipherSuite)?.mode === 'CBC');
    const tls12 = tlsOutcomes.filter((outcome) => outcome.version === 'TLSv1.2' && outcome.serverRandom);
    return {
        extendedMasterSecret: anyOf(tlsOutcomes, codepoints/* ExtensionType */.Ag.extended_master_secret),
        encryptThenMac: anyOf(cbc, codepoints/* ExtensionType */.Ag.encrypt_then_mac),
        downgradeSentinel: speaksTls13 && tls12.length > 0
            ? tls12.every((outcome) => (0,server_hello/* downgradeSentinel */.eS)({ random: outcome.serverRandom }) !== null)
            : null,
        earlyData: earlyData?.earlyData ?? null,
        ...(earlyData ? { earlyDataEvidence: earlyData.evidence } : {})
    };
}

;// CONCATENATED MODULE: ./src/scan/checks/vuln-features.ts
// TLS features recorded beside the vulnerability checks (src/scan/vulnerabilities/features.ts), read from the
// enumeration's ServerHellos (no handshakes), and 0-RTT early data from the early data check's two.



const TLS = ['TLSv1.0', 'TLSv1.1', 'TLSv1.2'];
const tlsFeaturesCheck = {
    name: 'tls features',
    needs: ['handshake', 'earlyData', ...TLS.map(versionFact)],
    produces: [],
    handshakeBudget: () => 0,
    applies: async ({ facts }) => (await facts.get('handshake'))?.ok === true,
    async run({ report, facts }) {
        const versions = new Map();
        for (const version of TLS)
            versions.set(version, await facts.get(versionFact(version)));
        const earlyData = await facts.get('earlyData');
        report.tlsFeatures = tlsFeatures(tlsOutcomes(versions), report.protocols['TLSv1.3'], earlyData ?? null);
        return {};
    }
};

;// CONCATENATED MODULE: ./src/wire/change-cipher-spec.ts
// ChangeCipherSpec (RFC 5246 §7.1): a record of its own content type with the single byte 1. The CCS injection
// check (CVE-2014-0224) sends it too early, before any key exchange, to see whether the server accepts it.


const CHANGE_CIPHER_SPEC_BODY = Buffer.from([1]);
/** One ChangeCipherSpec record at `version`. */
function encodeChangeCipherSpec(version) {
    return (0,record/* encodeRecords */.jc)(codepoints/* ContentType */.cM.change_cipher_spec, version, CHANGE_CIPHER_SPEC_BODY);
}

// EXTERNAL MODULE: ./src/wire/encrypted-extensions.ts
var encrypted_extensions = __webpack_require__(6944);
// EXTERNAL MODULE: ./src/wire/extension-codecs.ts
var extension_codecs = __webpack_require__(9818);
// EXTERNAL MODULE: ./src/wire/extensions.ts
var wire_extensions = __webpack_require__(8819);
;// CONCATENATED MODULE: ./src/wire/new-session-ticket.ts
// NewSessionTicket (RFC 8446 §4.6.1): what a TLS 1.3 server sends after the handshake, under its application
// traffic keys, so that the client can resume: the ticket's lifetime, the value that obfuscates its age, the
// nonce its PSK is derived with, the ticket itself, and extensions (early_data: how many bytes of 0-RTT data the
// server will take with it).




/** early_data in a NewSessionTicket: max_early_data_size, the 0-RTT bytes the server takes with this ticket. */
const TicketEarlyData = {
    type: codepoints/* ExtensionType */.Ag.early_data,
    decode(data) {
        const r = new bytes/* ByteReader */.kP(data, 'early_data');
        const size = r.u32();
        r.expectDone();
        return size;
    },
    encode: (size) => new bytes/* ByteWriter */.U7().u32(size).finish()
};
/** Decodes a NewSessionTicket body (after the 4-byte handshake header). */
function decodeNewSessionTicket(body) {
    const r = new bytes/* ByteReader */.kP(body, 'NewSessionTicket');
    const lifetime = r.u32();
    const ageAdd = r.u32();
    const nonce = Buffer.from(r.vector8('ticket_nonce').rest());
    const ticket = Buffer.from(r.vector16('ticket').rest());
    const extensions = (0,wire_extensions/* readExtensions */.HW)(r, 'NewSessionTicket extensions');
    r.expectDone();
    if (ticket.length === 0)
        throw new bytes/* DecodeError */.Xc('NewSessionTicket: empty ticket', 'missing-data');
    return { lifetime, ageAdd, nonce, ticket, extensions };
}
/** The NewSessionTicket handshake message, header included. */
function encodeNewSessionTicket(message) {
    const w = new ByteWriter()
        .u32(message.lifetime)
        .u32(message.ageAdd)
        .vector8((n) => n.bytes(message.nonce))
        .vector16((t) => t.bytes(message.ticket));
    writeExtensions(w, message.extensions);
    return encodeHandshake(HandshakeType.new_session_ticket, w.finish());
}
/** The ticket's max_early_data_size, 0 when it carries no early_data extension (no 0-RTT with it). */
function maxEarlyDataSize(message) {
    const found = message.extensions.find((e) => e.type === TicketEarlyData.type);
    return found ? TicketEarlyData.decode(found.data) : 0;
}

;// CONCATENATED MODULE: ./src/wire/psk-binders.ts
// PSK binders (RFC 8446 §4.2.11.2): each binder is computed over the ClientHello truncated before the binders
// list, the lengths in it already counting the binders. So a hello is built with placeholder binders of the
// right length, encoded, cut, and the real binders written in place; the bytes before them do not change.


/** The encoded ClientHello message (header included) up to, not including, its binders list. */
function truncatedForBinders(hello) {
    const offer = (0,extension_codecs/* findExtension */.bW)(hello.extensions, extension_codecs/* ClientExtension */.ZJ.preSharedKey);
    if (!offer)
        throw new RangeError('the ClientHello offers no pre_shared_key');
    const encoded = (0,client_hello/* encodeClientHello */.Wi)(hello);
    return encoded.subarray(0, encoded.length - (0,extension_codecs/* bindersListLength */.AG)(offer.binders));
}
/**
 * The hello with its binders replaced by `binders(truncated)`, one per identity and each of the length of the
 * placeholder it replaces (so the truncated bytes they were computed over stay the same).
 */
function bindPskBinders(hello, binders) {
    const last = hello.extensions.at(-1);
    const offer = (0,extension_codecs/* findExtension */.bW)(hello.extensions, extension_codecs/* ClientExtension */.ZJ.preSharedKey);
    if (!offer || last?.type !== extension_codecs/* ClientExtension */.ZJ.preSharedKey.type)
        throw new RangeError('pre_shared_key must be the last extension of the ClientHello');
    const computed = binders(truncatedForBinders(hello));
    if (computed.length !== offer.binders.length ||
        computed.some((binder, i) => binder.length !== offer.binders[i].length))
        throw new RangeError('each binder must have the length of its placeholder');
    return {
        ...hello,
        extensions: [
            ...hello.extensions.slice(0, -1),
            (0,extension_codecs/* extension */.ck)(extension_codecs/* ClientExtension */.ZJ.preSharedKey, { ...offer, binders: computed })
        ]
    };
}

// EXTERNAL MODULE: ./src/wire/tls13/aead.ts
var aead = __webpack_require__(7472);
// EXTERNAL MODULE: ./src/wire/tls13/key-schedule.ts
var key_schedule = __webpack_require__(6160);
// EXTERNAL MODULE: ./src/wire/tls13/record-protection.ts
var record_protection = __webpack_require__(4396);
// EXTERNAL MODULE: ./src/scan/budgets.ts
var budgets = __webpack_require__(1735);
;// CONCATENATED MODULE: ./src/scan/vulnerabilities/conversation.ts
// A handshake the vulnerability checks continue past the server's first flight: send a ClientHello, read up to
// ServerHelloDone (TLS <= 1.2), then send what the check needs (a heartbeat, an early ChangeCipherSpec) and read
// what the server does about it. Enumeration probes (probe.ts) stop at the flight; these go one step further.
// Every way the peer can answer is a value; the connection is held under the target's limiter and budget.










class Conversation {
    connection;
    reader = new framing/* ReplyReader */.uo(false);
    constructor(connection) {
        this.connection = connection;
    }
    send(bytes) {
        this.connection.write(bytes);
    }
    /** The next frame after what was read so far, or how the wait ended (a timeout is the server's silence). */
    async next() {
        for (;;) {
            try {
                const frame = this.reader.next();
                if (frame?.kind === 'handshake')
                    return { kind: 'handshake', type: frame.message.type, body: frame.message.body };
                if (frame?.kind === 'record') {
                    if (frame.record.type === codepoints/* ContentType */.cM.alert)
                        return { kind: 'alert', alert: (0,wire_alert/* decodeAlert */.vo)(frame.record.fragment) };
                    return {
                        kind: 'record',
                        type: frame.record.type,
                        version: frame.record.version,
                        fragment: frame.record.fragment
                    };
                }
            }
            catch (error) {
                if (error instanceof bytes/* DecodeError */.Xc)
                    return { kind: 'malformed', message: error.message };
                throw error;
            }
            const read = await this.connection.read();
            if (read.kind === 'data')
                this.pushBytes(read.chunk);
            else if (read.kind === 'end' || read.kind === 'overflow')
                return { kind: 'closed' };
            else if (read.kind === 'reset')
                return { kind: 'reset' };
            else
                return { kind: 'timeout' };
        }
    }
    pushBytes(chunk) {
        try {
            this.reader.push(chunk);
        }
        catch {
            // A header that cannot be TLS: next() reports nothing more, the wait ends as the server's next move.
        }
    }
    /** Sends the hello and reads the flight up to ServerHelloDone. */
    async hello(spec) {
        this.send((0,client_hello/* encodeClientHelloRecords */.G5)(spec));
        let serverHello = null;
        for (;;) {
            const reply = await this.next();
            if (reply.kind !== 'handshake')
                return { kind: 'refused', reply };
            if (reply.type === codepoints/* HandshakeType */.Yq.server_hello_done && serverHello)
                return { kind: 'flight', serverHello };
            if (reply.type === codepoints/* HandshakeType */.Yq.server_hello && !serverHello)
                serverHello = (0,server_hello/* decodeServerHello */.EL)(reply.body);
            if (!serverHello)
                return { kind: 'refused', reply: { kind: 'malformed', message: 'no ServerHello' } };
        }
    }
}
/**
 * Opens one connection under the check's budget and the target's limiter (through its STARTTLS dialogue, if any)
 * and runs `talk` on it; `refused` is the answer when no connection may start or none could be made.
 */
async function converse(ctx, talk, refused) {
    return ctx.connection(async () => {
        const opened = await openTargetConnection(ctx, budgets/* SCAN_BUDGETS */.di.probeBytes);
        if (!(opened instanceof connection/* Connection */.N))
            return refused(connectFailureText(opened));
        try {
            return await talk(new Conversation(opened));
        }
        catch (error) {
            if (!(0,server_fault/* isServerFault */.W)(error))
                throw error;
            return refused(`the server sent a malformed reply (${error.message})`);
        }
        finally {
            opened.close();
        }
    }, refused('the check had no connection left in its budget, or the target deadline had passed'));
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/protected-reader.ts
// Reads TLS 1.3 handshake messages from protected records on a conversation, under whichever keys are current
// (the server's handshake keys, then its application keys). ChangeCipherSpec (middlebox compatibility) and
// application data are skipped; an alert, a close, silence or anything unexpected ends the read as a value.
// A record that fails authentication is a DecodeError, which the conversation turns into a malformed reply.





const ended = (alert) => ({
    kind: 'ended',
    what: `alert ${alert.name} (${alert.level})`,
    alert,
    transport: false
});
class ProtectedReader {
    talk;
    opener;
    assembler = new wire_handshake/* HandshakeAssembler */.c1();
    records = 0;
    constructor(talk, opener) {
        this.talk = talk;
        this.opener = opener;
    }
    /** New keys from the next record on (the server's application keys after its Finished). */
    rekey(opener) {
        this.opener = opener;
    }
    /**
     * The next handshake message. `wait` bounds the wait for more bytes (absent: the per-read timeout and the
     * deadline); when it passes, the read ends as silence.
     */
    async next(wait) {
        for (;;) {
            const message = this.assembler.next();
            if (message)
                return { kind: 'message', message };
            if (++this.records > budgets/* SCAN_BUDGETS */.di.flightRecords)
                return {
                    kind: 'ended',
                    what: `more than ${budgets/* SCAN_BUDGETS */.di.flightRecords} records`,
                    alert: null,
                    transport: false
                };
            const reply = wait ? await wait(this.talk.next()) : await this.talk.next();
            if (reply === null)
                return { kind: 'ended', what: 'nothing more', alert: null, transport: true };
            if (reply.kind === 'alert')
                return ended(reply.alert);
            if (reply.kind !== 'record' || reply.type === codepoints/* ContentType */.cM.handshake)
                return {
                    kind: 'ended',
                    what: describeReply(reply),
                    alert: null,
                    transport: reply.kind === 'closed' || reply.kind === 'reset' || reply.kind === 'timeout'
                };
            if (reply.type === codepoints/* ContentType */.cM.change_cipher_spec)
                continue;
            const { type, content } = this.opener.open({
                type: reply.type,
                version: reply.version,
                fragment: reply.fragment
            });
            if (type === codepoints/* ContentType */.cM.alert)
                return ended((0,wire_alert/* decodeAlert */.vo)(content));
            if (type === codepoints/* ContentType */.cM.handshake)
                this.assembler.push(content);
        }
    }
}

// EXTERNAL MODULE: ./src/wire/finished.ts
var finished = __webpack_require__(2951);
;// CONCATENATED MODULE: ./src/scan/vulnerabilities/tls13-ticket.ts
// One complete TLS 1.3 handshake of our own, to be given session tickets (RFC 8446 §4.6.1): our ClientHello with
// one suite and one key share the server accepted, its flight decrypted up to Finished (neither certificate nor
// signature is checked: nothing is sent under these keys but our Finished), our Finished, and then the
// NewSessionTickets under the server's application keys, each with the PSK it stands for. Bounded by the
// per-read timeout, the deadline and the flight budgets; the first ticket is waited for at most 2 s, and only the
// tickets that came with it are read after it.


















/** Tickets read at most: servers send one or two (OpenSSL two); more is a server that keeps us reading. */
const MAX_TICKETS = 8;
/**
 * How long more tickets are waited for once one has come (ms): none. Those that came with it are still read (the
 * reader takes what is already buffered first), and a server gives all its tickets one early-data setting, its
 * own; waiting for more held every TLS 1.3 scan for 500 ms, and a server that serves one connection at a time
 * (openssl s_server) held every other probe behind it.
 */
const TICKET_GRACE_MS = 0;
/**
 * The wait for the first ticket (the per-read timeout caps it). A server sends its tickets as soon as it has our
 * Finished; one that sends none (OpenSSL's num_tickets 0, nginx without a session cache) would otherwise hold
 * every scan of it for the whole timeout, 10 s by default.
 */
const FIRST_TICKET_WAIT_MS = 2_000;
function within(ms) {
    return (reply) => {
        let timer;
        const grace = new Promise((resolve) => (timer = setTimeout(() => resolve(null), ms)));
        return Promise.race([reply, grace]).finally(() => clearTimeout(timer));
    };
}
const failed = (evidence, transient = false) => ({
    kind: 'failed',
    evidence,
    transient
});
const TRANSPORT = new Set(['closed', 'reset', 'timeout']);
/** The (EC)DHE secret with the server's key share; a key node:crypto cannot use is the server's fault. */
function agreeWith(share, server) {
    try {
        return share.sharedSecret(server.keyExchange);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new bytes/* DecodeError */.Xc(`key_share: the server's key for group 0x${server.group.toString(16)} is not usable (${reason})`);
    }
}
/** The full handshake and its tickets, on a fresh conversation. */
async function fetchTickets(talk, offer) {
    const suite = (0,aead/* tls13Suite */.My)(offer.suite);
    const share = (0,key_share/* createKeyShare */.BR)(offer.group);
    if (!suite || !share)
        return failed('no TLS 1.3 suite and group the scanner can complete a handshake with');
    const hello = (0,client_hello/* encodeClientHello */.Wi)((0,client_hello/* clientHello */.Ye)(tls13Hello([offer.suite], {
        serverName: offer.serverName,
        groups: [offer.group],
        keyShares: [share.entry]
    })));
    talk.send((0,record/* encodeRecords */.jc)(codepoints/* ContentType */.cM.handshake, codepoints/* ProtocolVersion */.rg.TLSv1_0, hello));
    const first = await talk.next();
    if (first.kind !== 'handshake' || first.type !== codepoints/* HandshakeType */.Yq.server_hello)
        return failed(`our TLS 1.3 hello was answered with ${describeReply(first)}`, TRANSPORT.has(first.kind));
    const serverHello = (0,server_hello/* decodeServerHello */.EL)(first.body);
    const key = (0,server_hello/* serverKeyShare */.sB)(serverHello);
    if ((0,server_hello/* isHelloRetryRequest */.qw)(serverHello) || (0,server_hello/* selectedVersion */.S6)(serverHello) !== codepoints/* ProtocolVersion */.rg.TLSv1_3 || !key)
        return failed('our TLS 1.3 hello, with a suite and group the server had accepted, was not answered with a TLS 1.3 ServerHello');
    if (serverHello.cipherSuite !== offer.suite || key.group !== offer.group)
        return failed('the ServerHello selected a suite or group we did not offer');
    let transcript = Buffer.concat([hello, (0,wire_handshake/* encodeHandshake */.u_)(codepoints/* HandshakeType */.Yq.server_hello, first.body)]);
    const secrets = (0,key_schedule/* handshakeSecrets */.pr)(suite.hash, agreeWith(share, key), transcript);
    const reader = new ProtectedReader(talk, new record_protection/* RecordProtection */.H(suite, secrets.serverHandshakeTrafficSecret));
    let certificateRequested = false;
    for (let messages = 0;; messages++) {
        const read = await reader.next();
        if (read.kind === 'ended')
            return failed(`the server's encrypted flight ended with ${read.what}`, read.transport);
        if (messages >= budgets/* SCAN_BUDGETS */.di.flightMessages)
            return failed('the server flight exceeded the flight budget');
        transcript = Buffer.concat([transcript, read.message.raw]);
        if (read.message.type === codepoints/* HandshakeType */.Yq.certificate_request)
            certificateRequested = true;
        if (read.message.type === codepoints/* HandshakeType */.Yq.finished)
            break;
    }
    const application = (0,key_schedule/* applicationSecrets */.Sb)(suite.hash, secrets.handshakeSecret, transcript);
    // Asked for a client certificate, we send none (RFC 8446 §4.4.2): a server that only prefers one goes on.
    const clientCertificate = certificateRequested
        ? (0,certificate/* encodeCertificate */.ke)({ certificates: [], ocspResponse: null }, true)
        : Buffer.alloc(0);
    transcript = Buffer.concat([transcript, clientCertificate]);
    const clientFinished = (0,finished/* encodeFinished */.t)({
        verifyData: (0,key_schedule/* finishedVerifyData */.ah)(suite.hash, secrets.clientHandshakeTrafficSecret, transcript)
    });
    // Middlebox compatibility (RFC 8446 §D.4): our hello sent a session ID, so a ChangeCipherSpec precedes our flight.
    talk.send(encodeChangeCipherSpec(codepoints/* ProtocolVersion */.rg.TLSv1_2));
    talk.send(new record_protection/* RecordProtection */.H(suite, secrets.clientHandshakeTrafficSecret).seal(codepoints/* ContentType */.cM.handshake, Buffer.concat([clientCertificate, clientFinished])));
    const resumption = (0,key_schedule/* resumptionMasterSecret */.Fu)(suite.hash, application.masterSecret, Buffer.concat([transcript, clientFinished]));
    reader.rekey(new record_protection/* RecordProtection */.H(suite, application.serverApplicationTrafficSecret));
    const { tickets, alert } = await readTickets(reader, suite, resumption);
    // An alert instead of tickets is the server refusing the handshake (a client certificate it requires), not an
    // answer about tickets; close_notify is a server that has nothing more to send.
    if (tickets.length === 0 && alert && alert.description !== codepoints/* AlertDescription */.TN.close_notify)
        return failed(`our Finished was answered with alert ${alert.name} (${alert.level})`);
    return { kind: 'tickets', tickets };
}
/** NewSessionTickets until one allows early data, none more comes within the grace, or the connection ends. */
async function readTickets(reader, suite, resumption) {
    const tickets = [];
    while (tickets.length < MAX_TICKETS) {
        const read = await reader.next(within(tickets.length > 0 ? TICKET_GRACE_MS : FIRST_TICKET_WAIT_MS));
        if (read.kind === 'ended')
            return { tickets, alert: read.alert };
        if (read.message.type !== codepoints/* HandshakeType */.Yq.new_session_ticket)
            continue;
        const message = decodeNewSessionTicket(read.message.body);
        const psk = (0,key_schedule/* ticketPsk */.j9)(suite.hash, resumption, message.nonce);
        tickets.push({ message, psk, suite, receivedAt: Date.now() });
        if (maxEarlyDataSize(message) > 0)
            break;
    }
    return { tickets, alert: null };
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/early-data.ts
// Whether a TLS 1.3 server accepts 0-RTT early data (RFC 8446 §2.3, §4.2.10), which an attacker can replay
// (§8, §E.5). Two connections of our own: a full handshake that collects the server's NewSessionTickets
// (tls13-ticket.ts); when one offers early data (max_early_data_size > 0), a second hello that resumes it with
// pre_shared_key (psk_dhe_ke, the ticket's obfuscated age, its binder), early_data, and one early record. The
// server's EncryptedExtensions then says: early_data present, accepted; absent, rejected. The early record is
// an empty application-data record (RFC 8446 §5.1 allows zero-length application data): the server's
// application receives no byte, so nothing it does can change state, even when the record is accepted or replayed.



















/** Connections the probe makes at most: the full handshake and the resumption. */
const EARLY_DATA_HANDSHAKES = 2;
/**
 * The suite and group to handshake with: an accepted suite whose records we can open, and the first group in the
 * server's order we can compute a key share for; null when there is none.
 */
function tls13Offer(suites, groups, serverName) {
    const suite = suites.find((code) => (0,aead/* tls13Suite */.My)(code) !== undefined);
    const group = groups.find((code) => (0,key_share/* createKeyShare */.BR)(code) !== null);
    return suite === undefined || group === undefined ? null : { suite, group, serverName };
}
const undecided = (evidence) => ({ earlyData: null, evidence });
/** Largest ticket a resuming hello offers: real ones are a few hundred bytes; pre_shared_key holds at most 64 KiB. */
const MAX_OFFERED_TICKET = 16384;
async function probeEarlyData(ctx, offer) {
    const fetch = () => converse(ctx, (talk) => fetchTickets(talk, offer), (evidence) => ({ kind: 'failed', evidence, transient: true }));
    // A server that went silent or closed mid-handshake is asked once more, with the resumption's connection: two
    // honest scans of a loaded server then agree on "no ticket allows early data" (the usual answer); when a ticket
    // does allow it, no connection is left to resume with, and the answer stays undecided.
    let fetched = await fetch();
    const retried = fetched.kind === 'failed' && fetched.transient;
    if (retried)
        fetched = await fetch();
    if (fetched.kind === 'failed')
        return undecided(`no TLS 1.3 session to resume: ${fetched.evidence}`);
    const { tickets } = fetched;
    const ticket = tickets.find((t) => maxEarlyDataSize(t.message) > 0);
    if (ticket && ticket.message.ticket.length > MAX_OFFERED_TICKET)
        return undecided(`the session ticket that allows early data is ${ticket.message.ticket.length} bytes, more than a hello of ours offers (${MAX_OFFERED_TICKET})`);
    if (!ticket)
        // One wording whether no ticket came or none allowed early data: how many arrived before the wait ended is
        // timing, and two honest scans of one server must read the same.
        return {
            earlyData: false,
            evidence: 'no session ticket from a full TLS 1.3 handshake allows early data (none carried early_data), so no early data can be sent'
        };
    if (retried)
        return undecided('a session ticket allows early data, but the first full handshake failed and the resumption had no connection left');
    return converse(ctx, (talk) => resume(talk, offer, ticket), (evidence) => undecided(`the resumption could not be made: ${evidence}`));
}
/** The resuming hello with early data, and what the server's EncryptedExtensions say about it. */
async function resume(talk, offer, ticket) {
    const { suite, message } = ticket;
    const share = (0,key_share/* createKeyShare */.BR)(offer.group);
    const early = (0,key_schedule/* earlySecretOf */.TX)(suite.hash, ticket.psk);
    const spec = {
        ...tls13Hello([offer.suite], {
            serverName: offer.serverName,
            groups: [offer.group],
            keyShares: [share.entry]
        }),
        earlyData: true,
        preSharedKey: {
            identities: [
                {
                    identity: message.ticket,
                    obfuscatedTicketAge: (Date.now() - ticket.receivedAt + message.ageAdd) >>> 0
                }
            ],
            binders: [Buffer.alloc((0,key_schedule/* hashLength */.Hx)(suite.hash))]
        }
    };
    const hello = (0,client_hello/* encodeClientHello */.Wi)(bindPskBinders((0,client_hello/* clientHello */.Ye)(spec), (truncated) => [(0,key_schedule/* pskBinder */.Dz)(suite.hash, early, truncated)]));
    const earlyKeys = new record_protection/* RecordProtection */.H(suite, (0,key_schedule/* clientEarlyTrafficSecret */.uj)(suite.hash, early, hello));
    talk.send((0,record/* encodeRecords */.jc)(codepoints/* ContentType */.cM.handshake, codepoints/* ProtocolVersion */.rg.TLSv1_0, hello));
    // Middlebox compatibility (RFC 8446 §D.4): with early data, the ChangeCipherSpec follows the first hello.
    talk.send(encodeChangeCipherSpec(codepoints/* ProtocolVersion */.rg.TLSv1_2));
    talk.send(earlyKeys.seal(codepoints/* ContentType */.cM.application_data, Buffer.alloc(0)));
    const sent = `a resumption offering early data (max_early_data_size ${maxEarlyDataSize(message)} in the ticket)`;
    const first = await talk.next();
    if (first.kind !== 'handshake' || first.type !== codepoints/* HandshakeType */.Yq.server_hello)
        return undecided(`${sent} was answered with ${describeReply(first)}`);
    const serverHello = (0,server_hello/* decodeServerHello */.EL)(first.body);
    const key = (0,server_hello/* serverKeyShare */.sB)(serverHello);
    if (serverHello.cipherSuite !== offer.suite || (0,server_hello/* selectedVersion */.S6)(serverHello) !== codepoints/* ProtocolVersion */.rg.TLSv1_3)
        return undecided(`${sent} was answered with a ServerHello of another suite or version than offered`);
    if ((0,server_hello/* isHelloRetryRequest */.qw)(serverHello) || !key)
        return undecided(`${sent} was answered with a HelloRetryRequest, although it offered a group the server had accepted`);
    const resumed = (0,extension_codecs/* findExtension */.bW)(serverHello.extensions, extension_codecs/* ServerExtension */.n6.selectedIdentity) === 0;
    const transcript = Buffer.concat([hello, (0,wire_handshake/* encodeHandshake */.u_)(codepoints/* HandshakeType */.Yq.server_hello, first.body)]);
    const secrets = (0,key_schedule/* handshakeSecrets */.pr)(suite.hash, agreeWith(share, key), transcript, resumed ? early : undefined);
    const reader = new ProtectedReader(talk, new record_protection/* RecordProtection */.H(suite, secrets.serverHandshakeTrafficSecret));
    const read = await reader.next();
    if (read.kind === 'ended')
        return undecided(`${sent}: the ServerHello was followed by ${read.what}`);
    if (read.message.type !== codepoints/* HandshakeType */.Yq.encrypted_extensions)
        return undecided(`${sent}: the ServerHello was followed by handshake message ${read.message.type}, not EncryptedExtensions`);
    const accepted = (0,extension_codecs/* findExtension */.bW)((0,encrypted_extensions/* decodeEncryptedExtensions */.d)(read.message.body).extensions, extension_codecs/* EncryptedExtension */.W6.earlyData) ===
        true;
    const how = resumed ? 'the ticket was resumed' : 'the ticket was not resumed (a full handshake followed)';
    return {
        earlyData: accepted,
        evidence: accepted
            ? `${sent} was accepted: ${how} and EncryptedExtensions carried early_data`
            : `${sent} was refused: ${how} and EncryptedExtensions carried no early_data`
    };
}

;// CONCATENATED MODULE: ./src/scan/checks/vuln-early-data.ts
// 0-RTT early data (scan/vulnerabilities/early-data.ts does the work): on a target that completed a handshake and
// speaks TLS 1.3, once its suites and groups are known, when the run probes for vulnerabilities (any active check
// selected; a run that selects none, such as the configuration scan, or only the derived checks, which cost no
// handshake, makes no connection for it). Over STARTTLS its connections run
// the dialogue first, as every probe's does. Its answer is read by the TLS features check, which writes the report.


const probesVulnerabilities = ({ vulnerabilityChecks }) => vulnerabilityChecks === undefined ||
    report/* ACTIVE_VULNERABILITY_CHECKS */.Wh.some((name) => vulnerabilityChecks.has(name));
const earlyDataCheck = {
    name: 'tls feature earlyData',
    needs: ['handshake', 'version:TLSv1.3', 'groups:TLSv1.3'],
    produces: ['earlyData'],
    handshakeBudget: () => EARLY_DATA_HANDSHAKES,
    applies: async ({ options, facts }) => probesVulnerabilities(options) && (await facts.get('handshake'))?.tls13 === true,
    async run({ ctx, facts }) {
        const tls13 = await facts.get('version:TLSv1.3');
        const groups = (await facts.get('groups:TLSv1.3'))?.groups ?? tls13?.groups ?? [];
        const offer = tls13Offer(tls13?.suites ?? [], groups, ctx.endpoint.sni);
        if (!offer)
            return {
                earlyData: {
                    earlyData: null,
                    evidence: 'no accepted TLS 1.3 suite and group the scanner can complete a handshake with'
                }
            };
        return { earlyData: await probeEarlyData(ctx, offer) };
    }
};

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/ccs-injection.ts
// CCS injection (CVE-2014-0224): OpenSSL before 0.9.8za/1.0.0m/1.0.1h accepted a ChangeCipherSpec before the key
// exchange and switched to keys derived from an empty master secret. The probe sends a ChangeCipherSpec right
// after the server's flight and, without waiting, one record that would be encrypted under such keys. A fixed
// server rejects the early ChangeCipherSpec (unexpected_message); a vulnerable one accepts it silently and then
// fails to decrypt the next record (bad_record_mac or decryption_failed).






/** What a client's encrypted Finished would look like on the wire: a handshake record of opaque bytes. */
const FAKE_FINISHED = Buffer.alloc(48, 0x0f);
async function checkCcsInjection(ctx, target) {
    return converse(ctx, (talk) => probe(ctx, talk, target), (message) => unknown('', message));
}
async function probe(ctx, talk, target) {
    const flight = await talk.hello(legacyHello(target.version, target.suites, { serverName: ctx.endpoint.sni }));
    if (flight.kind !== 'flight') {
        const answer = flight.kind === 'refused' ? describeReply(flight.reply) : flight.message;
        return unknown(`a ${target.version} hello was answered with ${answer}`, 'the server sent no flight to answer');
    }
    const version = flight.serverHello.legacyVersion;
    talk.send(encodeChangeCipherSpec(version));
    talk.send((0,record/* encodeRecords */.jc)(codepoints/* ContentType */.cM.handshake, version, FAKE_FINISHED));
    const reply = await talk.next();
    const sent = `a ChangeCipherSpec before any key exchange (${target.version})`;
    if (reply.kind === 'alert') {
        const { description } = reply.alert;
        if (description === codepoints/* AlertDescription */.TN.bad_record_mac ||
            description === codepoints/* AlertDescription */.TN.decryption_failed_RESERVED)
            return vulnerable(`${sent} was accepted: the record after it was decrypted under the injected keys and failed with alert ${reply.alert.name}`);
        return ok(`${sent} was answered with alert ${reply.alert.name}`);
    }
    if (reply.kind === 'closed' || reply.kind === 'reset')
        return ok(`${sent} ended the connection (${describeReply(reply)})`);
    if (reply.kind === 'record' && reply.type === codepoints/* ContentType */.cM.change_cipher_spec)
        return vulnerable(`${sent} was accepted and answered with the server's own ChangeCipherSpec`);
    if (reply.kind === 'handshake' && reply.type === codepoints/* HandshakeType */.Yq.finished)
        return vulnerable(`${sent} was accepted and answered with a Finished`);
    return unknown(`${sent} was answered with ${describeReply(reply)}`, 'the server neither refused the early ChangeCipherSpec nor showed that it had switched keys');
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/tls12-session.ts



/** OpenSSL's widest cipher list, so that a server speaking only legacy suites still completes a handshake. */
const EVERY_CIPHER = 'ALL:COMPLEMENTOFALL:@SECLEVEL=0';
/** Waits this long after the handshake, so that a server closing right after it is seen doing so. */
const SETTLE_MS = 50;
/** Connects (the server picks the version), runs `during` on the established connection, then closes it. */
function withTls12Session(ctx, during) {
    const refused = {
        kind: 'no-handshake',
        message: "no connection was made (the target's deadline or the check's budget came first)"
    };
    return ctx.connection(() => connect(ctx, during), refused);
}
/** On a STARTTLS target the dialogue runs first, on a connection of our own, and Node's client goes on over it. */
async function connect(ctx, during) {
    const upgraded = await socketForNodeTls(ctx);
    if ('failure' in upgraded)
        return { kind: 'no-handshake', message: upgraded.failure };
    return tls12_session_handshake(ctx, upgraded.socket, during);
}
function tls12_session_handshake(ctx, upgraded, during) {
    const timeoutMs = Math.min(ctx.limits.timeoutMs, Math.max(0, ctx.limits.deadline - Date.now()));
    return new Promise((resolve) => {
        let settled = false;
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            socket.removeAllListeners('error');
            socket.on('error', () => undefined);
            // Resolved once the socket is closed: the connection's slot (the per-target and per-address limits) is
            // free only when the connection is.
            if (socket.destroyed && socket.closed)
                resolve(outcome);
            else
                socket.once('close', () => resolve(outcome));
            socket.destroy();
        };
        const timer = setTimeout(() => finish({ kind: 'no-handshake', message: `no handshake completed within ${timeoutMs} ms` }), timeoutMs);
        const socket = external_node_tls_default().connect({
            // Over the upgraded socket of a STARTTLS target; otherwise Node opens its own (no `socket` key at all: an
            // undefined one reads as "over a socket of ours" to whoever inspects the options).
            ...(upgraded ? { socket: upgraded } : {}),
            host: ctx.endpoint.address,
            port: ctx.endpoint.port,
            servername: ctx.endpoint.sni ?? undefined,
            secureContext: clientSecureContext({
                minVersion: 'TLSv1',
                maxVersion: 'TLSv1.2',
                ciphers: EVERY_CIPHER
            }),
            rejectUnauthorized: false,
            checkServerIdentity: () => undefined
        });
        let established = false;
        let closed = false;
        // Once established, what goes wrong is the answer `during` waits for (a refused renegotiation), not ours.
        socket.on('error', (error) => {
            if (!established)
                finish({ kind: 'no-handshake', message: `the handshake failed (${opensslReason(error)})` });
        });
        socket.once('end', () => (closed = true));
        socket.once('close', () => (closed = true));
        socket.once('secureConnect', () => {
            established = true;
            clearTimeout(timer);
            // Read now, while the connection is open: a server may close it right after the handshake.
            const ticket = socket.getTLSTicket() ?? null;
            // Reading (and discarding) lets a close by the server arrive.
            socket.resume();
            setTimeout(() => {
                const session = { socket, timeoutMs, ticket, peerClosed: () => closed };
                void during(session).then((value) => finish({ kind: 'done', value }));
            }, SETTLE_MS);
        });
    });
}
/** The reason OpenSSL gave ("no renegotiation"), without its source file and line. */
function opensslReason(error) {
    const reason = error.reason;
    return typeof reason === 'string' && reason.length > 0 ? reason : error.message.split('\n')[0];
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/client-renegotiation.ts


/**
 * A server that closes the connection (with no alert) has refused, whether it closed right after the handshake or
 * on our renegotiation hello: which of the two came first is a race the machine's load decides, so both read the
 * same, and a scan under load gives the same fact as one alone.
 */
const CLOSED = 'the server closed the connection';
/** Transport errors that are the server's close seen from our side of the socket. */
const CLOSE_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ECONNABORTED',
    'ERR_STREAM_DESTROYED',
    'ERR_STREAM_WRITE_AFTER_END'
]);
async function checkClientRenegotiation(ctx) {
    const session = await withTls12Session(ctx, renegotiate);
    if (session.kind === 'no-handshake')
        return notApplicable(`a renegotiation needs an established TLS 1.0-1.2 connection: ${session.message}`);
    const result = session.value;
    switch (result.kind) {
        case 'accepted':
            return vulnerable(`a client-initiated renegotiation on an established ${result.version} connection completed`);
        case 'refused':
            return ok(`a client-initiated renegotiation on an established connection was refused (${result.why})`);
        case 'silent':
            return unknown('a client-initiated renegotiation was requested and the server neither completed nor refused it in time', 'silence proves neither');
    }
}
function renegotiate({ socket, timeoutMs, peerClosed }) {
    const version = socket.getProtocol() ?? 'TLS';
    if (peerClosed())
        return Promise.resolve({ kind: 'refused', why: CLOSED });
    return new Promise((resolve) => {
        let done = false;
        const end = (result) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            resolve(result);
        };
        const timer = setTimeout(() => end({ kind: 'silent' }), timeoutMs);
        const refusedBy = (error) => ({ kind: 'refused', why: refusal(error) });
        socket.on('error', (error) => end(refusedBy(error)));
        socket.once('close', () => end({ kind: 'refused', why: CLOSED }));
        socket.once('end', () => end({ kind: 'refused', why: CLOSED }));
        const started = socket.renegotiate({ rejectUnauthorized: false }, (error) => end(error ? refusedBy(error) : { kind: 'accepted', version }));
        // Node refuses to start one on a socket that is already ending: the server's close got there first.
        if (started === false)
            end({ kind: 'refused', why: CLOSED });
    });
}
/** The server's alert when it sent one ("no renegotiation"); a transport error is its close. */
function refusal(error) {
    const code = error.code;
    return typeof code === 'string' && CLOSE_CODES.has(code) ? CLOSED : opensslReason(error);
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/compression.ts
// CRIME (CVE-2012-4929): TLS compression leaks secrets through the size of compressed records. The probe offers
// DEFLATE (RFC 3749) beside null compression; the server is vulnerable when its ServerHello selects DEFLATE.




async function checkCompression(ctx, target) {
    const spec = {
        ...legacyHello(target.version, target.suites, { serverName: ctx.endpoint.sni }),
        compressionMethods: [codepoints/* CompressionMethod */.sn.deflate, codepoints/* CompressionMethod */.sn.null]
    };
    const outcome = await ctx.probe({ kind: 'tls', spec });
    const sent = `a ${target.version} hello offering DEFLATE and null compression`;
    if (outcome.kind === 'accepted' && outcome.compressionMethod !== undefined) {
        return outcome.compressionMethod === codepoints/* CompressionMethod */.sn.deflate
            ? vulnerable(`${sent}: the ServerHello selected DEFLATE`, { compressionMethod: 'DEFLATE' })
            : ok(`${sent}: the ServerHello selected null compression`);
    }
    if (outcome.kind === 'alert' || outcome.kind === 'closed' || outcome.kind === 'reset')
        return ok(`${sent} was refused (${(0,outcome_text/* describeOutcome */.S)(outcome)}): no compression was selected`);
    return unknown(`${sent}: ${(0,outcome_text/* describeOutcome */.S)(outcome)}`, 'the server did not say which compression it selects');
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/fallback-scsv.ts
// TLS_FALLBACK_SCSV (RFC 7507): a client that retries with a lower version than its highest marks the retry, and
// a server that speaks a higher version must refuse it with inappropriate_fallback, so that an attacker cannot
// force the downgrade (POODLE's lever). The probe is a hello one version below the server's highest, with the
// SCSV; the suites offered are those the server accepted at that version. A close without an alert is read with
// one more hello, the same without the SCSV.




async function checkFallbackScsv(ctx, highest, lower) {
    const spec = {
        ...legacyHello(lower.version, lower.suites, { serverName: ctx.endpoint.sni }),
        cipherSuites: [...lower.suites, codepoints/* CipherSuite */.GR.TLS_FALLBACK_SCSV]
    };
    const outcome = await ctx.probe({ kind: 'tls', spec });
    const sent = `a ${lower.version} hello with TLS_FALLBACK_SCSV to a server whose highest version is ${highest}`;
    if (outcome.kind === 'alert' && outcome.alert.description === codepoints/* AlertDescription */.TN.inappropriate_fallback)
        return ok(`${sent} was refused with inappropriate_fallback`);
    if (outcome.kind === 'accepted' && outcome.version === lower.version)
        return vulnerable(`${sent} was accepted at ${outcome.version}: the downgrade goes unnoticed`);
    if (outcome.kind === 'closed' || outcome.kind === 'reset') {
        // Some servers close on a refused hello without an alert (Dovecot does); the same hello without the SCSV tells
        // a refusal of the fallback from a hello the server refuses anyway.
        const control = await ctx.probe({ kind: 'tls', spec: { ...spec, cipherSuites: lower.suites } });
        if (control.kind === 'accepted' && control.version === lower.version)
            return ok(`${sent}: ${(0,outcome_text/* describeOutcome */.S)(outcome)}, while the same hello without the SCSV was accepted at ${control.version}: the fallback was refused`);
    }
    return unknown(`${sent}: ${(0,outcome_text/* describeOutcome */.S)(outcome)}`, 'the server neither accepted the downgraded hello nor refused it with inappropriate_fallback');
}

;// CONCATENATED MODULE: ./src/wire/heartbeat.ts
// Heartbeat messages (RFC 6520 §4): type, payload_length, payload, at least 16 bytes of padding. Heartbleed
// (CVE-2014-0160) was OpenSSL answering a request whose payload_length exceeds the bytes actually sent with that
// many bytes of its own memory; RFC 6520 §4 says such a request is silently discarded.


/**
 * A heartbeat_request claiming `claimedLength` payload bytes while carrying `payload` (and no padding when it
 * claims more: the over-read probe real scanners send).
 */
function encodeHeartbeatRequest(payload, claimedLength = payload.length) {
    const w = new bytes/* ByteWriter */.U7().u8(codepoints/* HeartbeatMessageType */.k0.heartbeat_request).u16(claimedLength).bytes(payload);
    if (claimedLength === payload.length)
        w.bytes(Buffer.alloc(16));
    return w.finish();
}
/** Decodes a heartbeat message as received: the payload is as long as it claims, or as much as there is. */
function decodeHeartbeat(fragment) {
    const r = new bytes/* ByteReader */.kP(fragment, 'heartbeat');
    const type = r.u8();
    const payloadLength = r.u16();
    const body = r.rest();
    return {
        type,
        payloadLength,
        payload: Buffer.from(body.subarray(0, payloadLength)),
        rest: Buffer.from(body.subarray(payloadLength))
    };
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/heartbleed.ts
// Heartbleed (CVE-2014-0160): OpenSSL 1.0.1-1.0.1f answered a heartbeat request with as many bytes as its
// payload_length claimed, copying its own memory past what was sent. Like the scanners that found it, the probe
// asks before the handshake ends (the bug answered then too, and no key exchange is needed): after the server's
// flight, one over-long request (8 bytes sent, 4096 claimed) and one honest request. A fixed server drops the
// first (RFC 6520 §4) and echoes the second; a vulnerable one answers the first with more than was sent.






const SENT = Buffer.from('tls-gate');
const CLAIMED = 4096;
const HONEST = Buffer.from('tls-gate-honest');
async function checkHeartbleed(ctx, target) {
    return converse(ctx, (talk) => heartbleed_probe(ctx, talk, target), (message) => unknown('', message));
}
async function heartbleed_probe(ctx, talk, target) {
    const hello = {
        ...legacyHello(target.version, target.suites, { serverName: ctx.endpoint.sni }),
        extraExtensions: [
            { type: codepoints/* ExtensionType */.Ag.heartbeat, data: Buffer.from([codepoints/* HeartbeatMode */._s.peer_allowed_to_send]) }
        ]
    };
    const flight = await talk.hello(hello);
    if (flight.kind !== 'flight') {
        const answer = flight.kind === 'refused' ? describeReply(flight.reply) : flight.message;
        return unknown(`a ${target.version} hello offering heartbeat was answered with ${answer}`, 'the server refused a hello it accepts without the heartbeat extension, so no heartbeat could be sent');
    }
    if (!flight.serverHello.extensions.some((e) => e.type === codepoints/* ExtensionType */.Ag.heartbeat))
        return ok(`the ${target.version} ServerHello does not negotiate the heartbeat extension`);
    const version = flight.serverHello.legacyVersion;
    talk.send((0,record/* encodeRecords */.jc)(codepoints/* ContentType */.cM.heartbeat, version, encodeHeartbeatRequest(SENT, CLAIMED)));
    talk.send((0,record/* encodeRecords */.jc)(codepoints/* ContentType */.cM.heartbeat, version, encodeHeartbeatRequest(HONEST)));
    const reply = await talk.next();
    const sent = `a heartbeat request carrying ${SENT.length} bytes and claiming ${CLAIMED}`;
    if (reply.kind === 'record' && reply.type === codepoints/* ContentType */.cM.heartbeat) {
        const message = decodeHeartbeat(reply.fragment);
        const returned = message.payload.length;
        if (message.type === codepoints/* HeartbeatMessageType */.k0.heartbeat_response &&
            returned > SENT.length &&
            !message.payload.equals(HONEST))
            return vulnerable(`${sent} was answered with ${returned} payload bytes (${reply.fragment.length} in the record): memory beyond the request`, { sentBytes: SENT.length, claimedBytes: CLAIMED, returnedBytes: returned });
        return ok(`${sent} was dropped; the honest request after it was answered with its own ${returned} bytes`);
    }
    return ok(`${sent} was answered with ${describeReply(reply)}, not with memory`);
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/secure-renegotiation.ts
// RFC 5746 secure renegotiation (the fix for CVE-2009-3555, the renegotiation prefix attack). A server that
// supports it echoes renegotiation_info when the client sends the extension or the
// TLS_EMPTY_RENEGOTIATION_INFO_SCSV (§3.6). The enumeration hellos already carry the extension, so their
// ServerHellos usually settle it; only a server that never echoed it is asked once more, with the SCSV alone.




const echoes = (outcome) => outcome.serverExtensions.includes(codepoints/* ExtensionType */.Ag.renegotiation_info);
async function checkSecureRenegotiation(ctx, target, enumerated) {
    const echoed = enumerated.find(echoes);
    if (echoed)
        return ok(`the ${echoed.version} ServerHello echoes renegotiation_info (RFC 5746) to the enumeration hello`);
    const spec = {
        ...legacyHello(target.version, target.suites, { serverName: ctx.endpoint.sni }),
        renegotiationInfo: false,
        cipherSuites: [...target.suites, codepoints/* CipherSuite */.GR.TLS_EMPTY_RENEGOTIATION_INFO_SCSV]
    };
    const outcome = await ctx.probe({ kind: 'tls', spec });
    const sent = `a ${target.version} hello with TLS_EMPTY_RENEGOTIATION_INFO_SCSV and no renegotiation_info`;
    if (outcome.kind !== 'accepted')
        return unknown(`${sent}: ${(0,outcome_text/* describeOutcome */.S)(outcome)}`, 'the server refused the hello that would show it');
    if (echoes(outcome))
        return ok(`${sent}: the ServerHello echoes renegotiation_info (the SCSV is honoured)`);
    const without = enumerated.length > 0 ? `${enumerated.length} enumeration ServerHellos and ` : '';
    return vulnerable(`neither ${without}the answer to ${sent} carry renegotiation_info: no RFC 5746 support`);
}

;// CONCATENATED MODULE: ./src/scan/vulnerabilities/ticketbleed.ts
// Ticketbleed (CVE-2016-9244): F5 BIG-IP echoed a 32-byte session ID when a client resumed with a session ticket
// and a shorter session ID, the bytes after the client's being uninitialised memory. The probe gets a ticket from
// one complete TLS 1.2 handshake, then resumes with it and a 1-byte session ID: a correct server echoes that one
// byte (RFC 5077 §3.4), a vulnerable one 32.







const SESSION_ID = Buffer.from([0x42]);
async function checkTicketbleed(ctx, target) {
    const session = await withTls12Session(ctx, ({ ticket }) => Promise.resolve(ticket));
    if (session.kind === 'no-handshake')
        return notApplicable(`a session ticket needs a complete TLS 1.0-1.2 handshake: ${session.message}`);
    const ticket = session.value;
    if (!ticket || ticket.length === 0)
        return notApplicable('the server issues no TLS 1.2 session tickets');
    return converse(ctx, (talk) => ticketbleed_resume(ctx, target, ticket, talk), (message) => unknown('', message));
}
async function ticketbleed_resume(ctx, target, ticket, talk) {
    const hello = {
        ...legacyHello(target.version, target.suites, { serverName: ctx.endpoint.sni }),
        sessionId: SESSION_ID,
        sessionTicket: ticket
    };
    const sent = `a resumption with a ${ticket.length}-byte session ticket and a 1-byte session ID`;
    talk.send((0,client_hello/* encodeClientHelloRecords */.G5)(hello));
    const first = await talk.next();
    if (first.kind !== 'handshake' || first.type !== codepoints/* HandshakeType */.Yq.server_hello)
        return unknown(`${sent} was answered with ${describeReply(first)}`, 'the server sent no ServerHello');
    const echoed = (0,server_hello/* decodeServerHello */.EL)(first.body).sessionId;
    const after = await talk.next();
    const resumed = (after.kind === 'record' && after.type === codepoints/* ContentType */.cM.change_cipher_spec) ||
        (after.kind === 'handshake' && after.type === codepoints/* HandshakeType */.Yq.new_session_ticket);
    if (!resumed)
        return ok(`${sent} was not resumed (a full handshake followed), so no session ID was echoed`);
    if (echoed.length > SESSION_ID.length && echoed[0] === SESSION_ID[0])
        return vulnerable(`${sent} was resumed with a ${echoed.length}-byte session ID echoed: memory after our byte`, {
            echoedBytes: echoed.length
        });
    return ok(`${sent} was resumed and the ServerHello echoed ${echoed.length} byte(s)`);
}

;// CONCATENATED MODULE: ./src/scan/checks/vuln-check.ts



const LEGACY = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2'];
function vulnerabilityCheck(spec) {
    return {
        name: `vulnerability ${spec.name}`,
        needs: ['handshake', ...LEGACY.map(versionFact), ...(spec.needs ?? [])],
        produces: [],
        handshakeBudget: () => spec.budget,
        ...(spec.runsLast ? { runsLast: true } : {}),
        applies: async ({ options, facts }) => result_selected(options, spec.name) && (await facts.get('handshake')) !== undefined,
        async run(run) {
            const handshake = await run.facts.get('handshake');
            if (!handshake?.ok) {
                result_record(run.report, spec.name, notApplicable('no handshake with the server could be completed'));
                return {};
            }
            const versions = new Map();
            for (const version of LEGACY)
                versions.set(version, await run.facts.get(versionFact(version)));
            const legacy = legacyTarget(versions, { withSslv3: spec.withSslv3 });
            const result = !legacy && spec.withoutLegacy
                ? notApplicable(spec.withoutLegacy)
                : await spec.check({ ctx: run.ctx, run, versions, tls13: handshake.tls13, legacy });
            result_record(run.report, spec.name, result);
            return {};
        }
    };
}

;// CONCATENATED MODULE: ./src/scan/checks/vuln-probes.ts
// The vulnerability checks that send probes of their own (src/scan/vulnerabilities does the work), one entry
// each. HSTS and ROBOT have their own files.










const ONLY_TLS13 = 'the server speaks no version below TLS 1.3';
const heartbleedCheck = vulnerabilityCheck({
    name: 'heartbleed',
    budget: 1,
    withSslv3: false,
    withoutLegacy: `${ONLY_TLS13}; Heartbleed was a TLS 1.0-1.2 implementation flaw`,
    check: ({ ctx, legacy }) => checkHeartbleed(ctx, legacy)
});
const ccsInjectionCheck = vulnerabilityCheck({
    name: 'ccsInjection',
    budget: 1,
    withSslv3: true,
    withoutLegacy: `${ONLY_TLS13}, whose ChangeCipherSpec carries no meaning (RFC 8446 §5)`,
    check: ({ ctx, legacy }) => checkCcsInjection(ctx, legacy)
});
const compressionCheck = vulnerabilityCheck({
    name: 'compression',
    budget: 1,
    withSslv3: true,
    withoutLegacy: `${ONLY_TLS13}, which has no compression (RFC 8446 §4.1.2)`,
    check: ({ ctx, legacy }) => checkCompression(ctx, legacy)
});
const insecureRenegotiationCheck = vulnerabilityCheck({
    name: 'insecureRenegotiation',
    budget: 1,
    withSslv3: true,
    withoutLegacy: `${ONLY_TLS13}, which has no renegotiation`,
    check: ({ ctx, legacy, versions }) => checkSecureRenegotiation(ctx, legacy, tlsOutcomes(versions))
});
const clientRenegotiationCheck = vulnerabilityCheck({
    name: 'clientRenegotiation',
    budget: 1,
    // The one probe that asks the server for extra work on an established connection (the THC-SSL-DOS lever):
    // whatever a server does about it (a pause, a rate limit, a ban of our address) must not reach the other
    // checks' facts or time. openssl s_server -www, for one, sleeps a second after refusing it, serving nobody.
    runsLast: true,
    withSslv3: false,
    withoutLegacy: `${ONLY_TLS13} (except SSLv3), and TLS 1.3 has no renegotiation`,
    check: ({ ctx }) => checkClientRenegotiation(ctx)
});
const ticketbleedCheck = vulnerabilityCheck({
    name: 'ticketbleed',
    budget: 2,
    withSslv3: false,
    withoutLegacy: `${ONLY_TLS13} (except SSLv3): TLS 1.2 session tickets are what Ticketbleed abused`,
    check: ({ ctx, legacy }) => checkTicketbleed(ctx, legacy)
});
const fallbackScsvCheck = vulnerabilityCheck({
    name: 'fallbackScsv',
    // The second: the same hello without the SCSV, only when the first was closed without an alert.
    budget: 2,
    withSslv3: true,
    check: async ({ ctx, run, legacy, versions, tls13 }) => {
        const spoken = ['TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1.0', 'SSLv3'].filter((version) => run.report.protocols[version]);
        if (spoken.length < 2 || !legacy)
            return notApplicable(`the server speaks one version only (${spoken[0] ?? 'none'}): nothing to fall back to`);
        // The version just below the highest: under TLS 1.3 the highest legacy version, else the one below that.
        const lower = tls13
            ? legacy
            : legacyTarget(new Map([...versions].filter(([version]) => version !== legacy.version)), {
                withSslv3: true
            });
        if (!lower)
            return notApplicable('no lower version with accepted suites to fall back to');
        return checkFallbackScsv(ctx, spoken[0], lower);
    }
});
const VULNERABILITY_PROBE_CHECKS = [
    heartbleedCheck,
    ccsInjectionCheck,
    compressionCheck,
    insecureRenegotiationCheck,
    clientRenegotiationCheck,
    fallbackScsvCheck,
    ticketbleedCheck
];

;// CONCATENATED MODULE: ./src/scan/checks/order.ts
class CheckGraphError extends Error {
    name = 'CheckGraphError';
}
function producers(checks) {
    const byFact = new Map();
    for (const check of checks) {
        for (const fact of check.produces) {
            const other = byFact.get(fact);
            if (other)
                throw new CheckGraphError(`the fact ${fact} is produced by both ${other.name} and ${check.name}`);
            byFact.set(fact, check);
        }
    }
    return byFact;
}
/**
 * Checks in dependency order (stable); throws CheckGraphError on a missing producer, two producers, a cycle, or a
 * check that needs the fact of one that runs last.
 */
function orderChecks(checks) {
    const names = new Set();
    for (const check of checks) {
        if (names.has(check.name))
            throw new CheckGraphError(`two checks are named ${check.name}`);
        names.add(check.name);
    }
    const byFact = producers(checks);
    for (const check of checks) {
        for (const fact of check.needs) {
            if (!byFact.has(fact))
                throw new CheckGraphError(`the check ${check.name} needs ${fact}, which no check produces`);
        }
    }
    for (const check of checks) {
        if (check.runsLast)
            continue;
        const late = check.needs.map((fact) => byFact.get(fact)).find((producer) => producer.runsLast);
        if (late)
            throw new CheckGraphError(`the check ${check.name} needs a fact of ${late.name}, which runs only after every other check`);
    }
    const ordered = [];
    const placed = new Set();
    while (ordered.length < checks.length) {
        const ready = checks.find((check) => !placed.has(check) && check.needs.every((fact) => placed.has(byFact.get(fact))));
        if (!ready) {
            const stuck = checks.filter((check) => !placed.has(check)).map((check) => check.name);
            throw new CheckGraphError(`the checks ${stuck.join(', ')} need each other's facts (a cycle)`);
        }
        ordered.push(ready);
        placed.add(ready);
    }
    return ordered;
}

;// CONCATENATED MODULE: ./src/scan/checks/run.ts

function readerFor(check, produced) {
    return {
        get(name) {
            if (!check.needs.includes(name))
                throw new CheckGraphError(`the check ${check.name} reads ${name} without declaring it in needs`);
            return produced.get(name);
        }
    };
}
async function runOne(check, setup, facts) {
    const ctx = setup.ctx.forCheck({
        budget: check.handshakeBudget(setup),
        counted: check.countsHandshakes ?? true,
        facts: check.produces
    });
    const run = { ...setup, ctx, facts };
    if (check.applies && !(await check.applies(run)))
        return {};
    setup.options.onProgress?.(setup.target.name, check.name);
    const out = await check.run(run);
    const undeclared = Object.keys(out).filter((fact) => !check.produces.includes(fact));
    if (undeclared.length > 0)
        throw new CheckGraphError(`the check ${check.name} produced ${undeclared.join(', ')} without declaring it`);
    return out;
}
/** Starts `check` (once `after` has settled, when given) and publishes the facts it will produce. */
function start(check, setup, produced, after) {
    const facts = readerFor(check, produced);
    const done = after ? after.then(() => runOne(check, setup, facts)) : runOne(check, setup, facts);
    for (const fact of check.produces) {
        const value = done.then((out) => out[fact]);
        // A failed check rejects here too; whoever reads the fact sees it, and Promise.all below reports it.
        value.catch(() => undefined);
        produced.set(fact, value);
    }
    return done;
}
/**
 * Runs the checks for one target; resolves with every fact produced once all checks have ended. Checks that run
 * last start once every other check has ended, failed ones included.
 */
async function runChecks(checks, setup) {
    const produced = new Map();
    const ordered = orderChecks(checks);
    const first = ordered.filter((check) => !check.runsLast).map((check) => start(check, setup, produced));
    const othersEnded = Promise.allSettled(first);
    const last = ordered
        .filter((check) => check.runsLast)
        .map((check) => start(check, setup, produced, othersEnded));
    return Object.assign({}, ...(await Promise.all([...first, ...last])));
}

;// CONCATENATED MODULE: ./src/scan/checks/index.ts
// The scan checks, in the order their probes queue on the per-target limiter (dependencies permitting). A new
// check is a file in this folder and one entry here; see docs/engine.md, "How to add a scan check".














const SCAN_CHECKS = [
    contactCheck,
    tls11FirstCheck,
    ...SCANNED_VERSIONS.map(versionCheck),
    sslv2Check,
    tls13GroupsCheck,
    legacyGroupsCheck,
    certificateCaptureCheck,
    protocolsCheck,
    keyExchangeCheck,
    certificateAnalysisCheck,
    chainDiagnosisCheck,
    resumptionCheck,
    clientsCheck,
    ...VULNERABILITY_PROBE_CHECKS,
    robotCheck,
    hstsCheck,
    derivedVulnerabilitiesCheck,
    earlyDataCheck,
    tlsFeaturesCheck
];



;// CONCATENATED MODULE: ./src/scan/limiter.ts
// Bounded parallelism: a target's probes run under a per-target limit (servers rate-limit) and targets run
// under a global one. A limiter is a counting semaphore with a FIFO queue; `run` always releases its slot.
class Limiter {
    active = 0;
    queue = [];
    current;
    constructor(limit) {
        if (!Number.isInteger(limit) || limit < 1)
            throw new RangeError(`limit must be a positive integer, got ${limit}`);
        this.current = limit;
    }
    /** Tasks allowed at once. */
    get limit() {
        return this.current;
    }
    /**
     * Changes the limit (an address under overload gets fewer connections, then more as it answers again). Tasks
     * running keep their slot; a lower limit takes effect as they finish, a higher one starts waiters at once.
     */
    resize(limit) {
        this.current = Math.max(1, Math.floor(limit));
        while (this.active < this.current && this.queue.length > 0) {
            this.active++;
            this.queue.shift()();
        }
    }
    /** Tasks currently holding a slot. */
    get running() {
        return this.active;
    }
    /** Tasks waiting for a slot. */
    get waiting() {
        return this.queue.length;
    }
    async run(task) {
        await this.acquire();
        try {
            return await task();
        }
        finally {
            this.release();
        }
    }
    acquire() {
        if (this.active < this.current) {
            this.active++;
            return Promise.resolve();
        }
        return new Promise((resolve) => this.queue.push(resolve));
    }
    release() {
        // The slot passes straight to the next waiter, so `active` stays the same; not when the limit was lowered.
        const next = this.active <= this.current ? this.queue.shift() : undefined;
        if (next)
            next();
        else
            this.active--;
    }
}
/** Maps items through `task` with at most `limit` in flight, keeping input order in the result. */
async function mapLimited(items, limit, task) {
    const limiter = new Limiter(Math.max(1, Math.min(limit, items.length || 1)));
    return Promise.all(items.map((item, index) => limiter.run(() => task(item, index))));
}

;// CONCATENATED MODULE: ./src/scan/address-gate.ts
// Politeness across targets: every connection to one address and port, whichever target makes it, goes through
// that address's gate. A run holds one registry of gates (created once per scanTargets run), so 2000 targets
// that resolve to five servers open at most five times the per-address limit, not 2000 times the per-target one.
// A gate also watches how its address answers: resets, refusals and timeouts in a burst while the address
// otherwise answers are overload, and the gate halves its limit (then grows it back one connection per
// answered round), the way TCP backs off from a congested path.

/** Within this window, failures after an answer count as one burst of overload (ms). */
const BURST_WINDOW_MS = 2_000;
/** After a cut the limit is not cut again for this long, so one burst halves it once (ms). */
const CUT_COOLDOWN_MS = 250;
class AddressGate {
    maxConnections;
    limiter;
    answers = 0;
    answeredSinceGrowth = 0;
    lastCut = 0;
    recentFailures = [];
    /** Connections holding a slot now, by the target that made them. */
    holders = new Map();
    constructor(maxConnections) {
        this.maxConnections = maxConnections;
        this.limiter = new Limiter(Math.max(1, maxConnections));
    }
    /** Runs one connection of `owner` (a target) under the address's current limit. */
    run(connect, owner = this) {
        return this.limiter.run(async () => {
            this.holders.set(owner, (this.holders.get(owner) ?? 0) + 1);
            try {
                return await connect();
            }
            finally {
                const left = this.holders.get(owner) - 1;
                if (left > 0)
                    this.holders.set(owner, left);
                else
                    this.holders.delete(owner);
            }
        });
    }
    /** Whether a connection of another target than `owner` holds a slot now. */
    heldByOthers(owner) {
        for (const holder of this.holders.keys())
            if (holder !== owner)
                return true;
        return false;
    }
    /** Connections allowed at once now (lower than the maximum while the address is overloaded). */
    get limit() {
        return this.limiter.limit;
    }
    /** Whether the address has answered any TLS hello in this run (its server is there and speaks). */
    get answered() {
        return this.answers > 0;
    }
    /** Whether failures came in a burst lately while the address answers other connections. */
    get overloaded() {
        return this.answered && this.failuresWithin(BURST_WINDOW_MS) >= 2;
    }
    note(signal, now = Date.now()) {
        if (signal === 'answered') {
            this.answers++;
            // Additive increase: one more connection for each round of answers at the current limit.
            if (++this.answeredSinceGrowth >= this.limiter.limit && this.limiter.limit < this.maxConnections) {
                this.answeredSinceGrowth = 0;
                this.limiter.resize(this.limiter.limit + 1);
            }
            return;
        }
        this.recentFailures.push(now);
        this.recentFailures = this.recentFailures.filter((at) => now - at <= BURST_WINDOW_MS);
        if (now - this.lastCut >= CUT_COOLDOWN_MS) {
            // Multiplicative decrease: the address is refusing what we send at this rate.
            this.lastCut = now;
            this.answeredSinceGrowth = 0;
            this.limiter.resize(Math.floor(this.limiter.limit / 2));
        }
    }
    failuresWithin(windowMs) {
        const now = Date.now();
        return this.recentFailures.filter((at) => now - at <= windowMs).length;
    }
}
/** The run's gates, one per address and port, shared by every target of the run. */
class AddressGates {
    perAddress;
    gates = new Map();
    constructor(perAddress) {
        this.perAddress = perAddress;
    }
    for(address, port) {
        const key = `${address.includes(':') ? `[${address}]` : address}:${port}`;
        let gate = this.gates.get(key);
        if (!gate) {
            gate = new AddressGate(this.perAddress);
            this.gates.set(key, gate);
        }
        return gate;
    }
}

// EXTERNAL MODULE: ./src/scan/detach.ts
var detach = __webpack_require__(7222);
;// CONCATENATED MODULE: ./src/scan/certificate-store.ts
// A target's certificates, kept once each by the SHA-256 of their DER. Every probe that reads a Certificate
// message decodes its own list (TLS 1.2 enumeration sees one on every handshake); keeping those lists as they
// came would hold one copy per probe. Here each probe's list is replaced by the target's copies, so a chain read
// 200 times is held once, and the decoded message's buffers are left to the collector: every certificate handed
// back is a detached copy (detach.ts), never a view that would keep the reply's buffers alive.



class CertificateStore {
    limit;
    kept = new Map();
    constructor(limit = budgets/* SCAN_BUDGETS */.di.keptCertificates) {
        this.limit = limit;
    }
    /** The list with each certificate replaced by the copy already kept (a new one is kept while room is left). */
    keep(certificates) {
        return certificates.map((der) => {
            const hash = (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64');
            const known = this.kept.get(hash);
            if (known)
                return known;
            const copy = (0,detach/* detach */.Y)(der);
            if (this.kept.size < this.limit)
                this.kept.set(hash, copy);
            return copy;
        });
    }
    /** Distinct certificates kept. */
    get size() {
        return this.kept.size;
    }
}

;// CONCATENATED MODULE: ./src/scan/deadline.ts
/**
 * Moves the target's deadline on by a wait the run imposed, never past `latestDeadline`: a hostile server whose
 * failures shrink its own gate to one connection at a time must not stretch its target's scan without end.
 */
function extendDeadline(limits, waitedMs) {
    if (waitedMs > 0)
        limits.deadline = Math.min(limits.deadline + waitedMs, limits.latestDeadline ?? Infinity);
}
/** Aborts `controller` when the (possibly extended) deadline passes; returns the function that stops watching. */
function abortAtDeadline(limits, controller) {
    let timer;
    const check = () => {
        const left = limits.deadline - Date.now();
        if (left <= 0)
            controller.abort();
        else
            timer = setTimeout(check, left);
    };
    timer = setTimeout(check, Math.max(0, limits.deadline - Date.now()));
    return () => clearTimeout(timer);
}

// EXTERNAL MODULE: ./src/scan/probe.ts + 9 modules
var scan_probe = __webpack_require__(5560);
;// CONCATENATED MODULE: ./src/scan/transient.ts
/** Retries of a transient failure, by kind: a timeout costs a whole timeout again, so it is retried once. */
const RETRIES = { reset: 2, refused: 2, timeout: 1 };
/** First backoff (ms); each further retry waits three times longer, with up to half again of jitter. */
const BACKOFF_MS = 100;
/**
 * The transient kind of an outcome, or null for an answer (or for a wait ended by the deadline or a budget, which
 * a retry cannot cure). A refused connection or a timeout is transient only when `addressAnswers` (it answered a
 * hello in this run): otherwise nothing listens, or the server is simply silent.
 */
function transientKind(outcome, addressAnswers) {
    switch (outcome.kind) {
        case 'reset':
        case 'closed':
            return 'reset';
        case 'starttls-failed':
            // A dialogue cut by the transport is the moment (a mail server's process limit, a busy listener); one the
            // server answered with a refusal is its answer.
            return outcome.cut ? 'reset' : null;
        case 'timeout':
            // A silent server is silent: a wait is retried only for an address that answers (it is then the moment).
            return outcome.reading !== undefined && !outcome.byDeadline && addressAnswers ? 'timeout' : null;
        case 'unreachable':
            if (outcome.code === 'ECONNRESET' || outcome.code === 'EPIPE')
                return 'reset';
            if (outcome.code === 'ECONNREFUSED' && addressAnswers)
                return 'refused';
            if (outcome.code === 'ETIMEDOUT' && addressAnswers)
                return 'timeout';
            return null;
        default:
            return null;
    }
}
/** The wait before retry number `attempt` (1-based). */
function backoffMs(attempt, random = Math.random) {
    const base = BACKOFF_MS * 3 ** (attempt - 1);
    return Math.round(base * (1 + random() / 2));
}
/**
 * The incomplete-fact code and sentence for a transient failure that outlasted its retries while the same address
 * answered other hellos (or one it had accepted failed as well): resets and refusals are the server throttling
 * the scan, silence is a timeout.
 */
function incompleteFor(fact, kind, attempts) {
    if (kind === 'timeout') {
        return {
            fact,
            code: 'TIMEOUT',
            reason: `${attempts} attempts went unanswered while the server answered other connections, so this fact is not known`
        };
    }
    return {
        fact,
        code: 'THROTTLED',
        reason: `the server throttled the scan: ${attempts} attempts were ${kind === 'reset' ? 'reset or closed' : 'refused'} while it answered other connections, so this fact is not known`
    };
}
/** The report's name for a scan fact: where the missing part would have been written. */
function reportedFact(fact) {
    if (fact === 'contact' || fact === 'handshake')
        return 'protocols';
    if (fact.startsWith('version:'))
        return `cipherSuites:${fact.slice('version:'.length)}`;
    if (fact === 'sslv2')
        return 'cipherSuites:SSLv2';
    if (fact.startsWith('groups:'))
        return 'groups';
    if (fact.startsWith('certificate'))
        return 'certificate';
    return fact;
}

;// CONCATENATED MODULE: ./src/scan/settle.ts


const ANSWERS = ['accepted', 'unusable', 'hello-retry', 'alert'];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function settleProbe(s, hello, options) {
    if (s.budgetSpent())
        return budgetSpent(s);
    let outcome = await s.first(hello, options);
    let kind = transientKind(outcome, s.gate.answered);
    let attempts = 1;
    while (kind !== null && attempts <= RETRIES[kind]) {
        s.gate.note('transient');
        const wait = backoffMs(attempts);
        if (Date.now() + wait + s.timeoutMs > s.deadline || s.expired())
            break;
        await sleep(wait);
        outcome = await s.again(hello, options);
        kind = transientKind(outcome, s.gate.answered);
        attempts++;
    }
    if (kind === null) {
        // A wait or refusal not retried because the address had not answered yet: asked again after the checks,
        // when the server may have shown that it does answer.
        const unanswered = transientKind(outcome, true);
        if (unanswered !== null && !s.gate.answered)
            s.unverified({ hello, options, kind: unanswered, attempts });
        return answered(s, hello, outcome);
    }
    s.gate.note('transient');
    if (s.expired())
        return outcome; // the target's deadline: its report says DEADLINE
    const control = s.control();
    if (!control) {
        s.unverified({ hello, options, kind, attempts });
        return outcome;
    }
    const check = await s.again(control);
    if (transientKind(check, s.gate.answered) !== null) {
        for (const fact of s.facts)
            s.incomplete(incompleteFor(reportedFact(fact), kind, attempts));
    }
    return outcome;
}
/** An answer: noted on the gate; an accepted hello becomes the control. Budget answers mark the facts. */
function answered(s, hello, outcome) {
    if (outcome.kind === 'protocol-error' && outcome.budget) {
        markBudget(s, outcome.budget);
        return outcome;
    }
    // Only a TLS answer shows the server is there and speaking; a silent wait or a refusal shows nothing.
    if (ANSWERS.includes(outcome.kind))
        s.gate.note('answered');
    if (outcome.kind === 'accepted' && hello.kind === 'tls')
        s.accepted(hello);
    return outcome;
}
function markBudget(s, budget) {
    for (const fact of s.facts) {
        s.incomplete({
            fact: reportedFact(fact),
            code: 'BUDGET',
            reason: `a probe ended at ${(0,budgets/* describeBudget */.No)(budget)}, so this fact is not known`
        });
    }
}
/** The target's read budget is spent: no further connection, and the check's facts are incomplete. */
function budgetSpent(s) {
    markBudget(s, 'target-bytes');
    return {
        kind: 'protocol-error',
        message: `the scan stopped reading: ${(0,budgets/* describeBudget */.No)('target-bytes')} is spent`,
        budget: 'target-bytes',
        durationMs: 0
    };
}

;// CONCATENATED MODULE: ./src/scan/context.ts








/** Early failures asked again after the checks (each costs one connection). */
const EARLY_FAILURES_ASKED_AGAIN = 8;
class ScanContext {
    endpoint;
    limits;
    allowance;
    shared;
    started = 0;
    constructor(endpoint, limits, perTargetConcurrency, allowance = { budget: Infinity, counted: true }, shared, gate) {
        this.endpoint = endpoint;
        this.limits = limits;
        this.allowance = allowance;
        this.shared = shared ?? {
            limiter: new Limiter(Math.max(1, perTargetConcurrency)),
            gate: gate ?? new AddressGate(budgets/* SCAN_BUDGETS */.di.perAddressConcurrency),
            bytes: new budgets/* ByteBudget */.Gz(),
            certificates: new CertificateStore(),
            counted: 0,
            retries: 0,
            accepted: null,
            incomplete: new Map(),
            unverified: []
        };
    }
    /** The handshakes of every view of this target that count in the report. */
    get handshakes() {
        return this.shared.counted;
    }
    /** Connections this view started (a check's share, held to its budget). */
    get connections() {
        return this.started;
    }
    get expired() {
        return Date.now() >= this.limits.deadline || this.limits.signal?.aborted === true;
    }
    /** The run's gate for this target's address and port. */
    get gate() {
        return this.shared.gate;
    }
    /** Facts the scan could not settle, in the order found (empty: complete). */
    get incomplete() {
        return [...this.shared.incomplete.values()];
    }
    /** A view for one check: same endpoint, deadline and limiter, its own budget. */
    forCheck(allowance) {
        return new ScanContext(this.endpoint, this.limits, 0, allowance, this.shared);
    }
    /**
     * One probe under the per-target limit and the address's gate, a transient transport failure retried (see
     * settle.ts); after the deadline or the budget it answers 'timeout' without connecting.
     */
    async probe(hello, options) {
        const outcome = await settleProbe(this.settling(), hello, options);
        this.keepCertificates(outcome);
        if (outcome.kind === 'accepted' && outcome.certificateRead)
            this.keepCertificates(outcome.certificateRead);
        return outcome;
    }
    keepCertificates(outcome) {
        if (outcome.kind === 'accepted' && outcome.certificates)
            outcome.certificates = this.shared.certificates.keep(outcome.certificates);
    }
    /**
     * Failures that outlasted their retries before the server had accepted any hello, asked once more now that the
     * checks have ended: a hello answered now was failed by the moment, not refused, and its check's facts are
     * incomplete. A target that had no hello accepted is incomplete when its address answered other targets.
     */
    async verifyEarlyFailures() {
        const pending = this.shared.unverified.splice(0, EARLY_FAILURES_ASKED_AGAIN);
        this.shared.unverified.length = 0;
        for (const { facts, failure } of pending) {
            if (this.expired)
                return;
            const inconsistent = this.shared.accepted
                ? transientKind(await this.attempt(failure.hello, failure.options), this.gate.answered) === null
                : this.gate.answered;
            if (!inconsistent)
                continue;
            for (const fact of facts)
                this.markIncomplete(incompleteFor(reportedFact(fact), failure.kind, failure.attempts));
        }
    }
    /**
     * Any other connection to the target (resumption's full handshakes) under the same limits, deadline and
     * budget; `refused` is the answer when it may not start.
     */
    connection(connect, refused) {
        return this.shared.limiter.run(async () => {
            if (this.expired || this.started >= this.allowance.budget)
                return refused;
            this.started++;
            if (this.allowance.counted)
                this.shared.counted++;
            return this.throughGate(connect);
        });
    }
    markIncomplete(fact) {
        const key = `${fact.fact}\u0000${fact.code}`;
        if (!this.shared.incomplete.has(key))
            this.shared.incomplete.set(key, fact);
    }
    /**
     * A retry or a control: outside the check's handshake budget, held to the target's retry budget, and counted in
     * the report's `handshakes` (they are connections made like any other).
     */
    attempt(hello, options) {
        return this.shared.limiter.run(async () => {
            if (this.expired || this.shared.retries >= budgets/* SCAN_BUDGETS */.di.retriesPerTarget) {
                return { kind: 'timeout', durationMs: 0 };
            }
            this.shared.retries++;
            if (this.allowance.counted)
                this.shared.counted++;
            return this.throughGate(() => this.attemptUnqueued(hello, options));
        });
    }
    /**
     * A connection through the address's gate. A wait behind other targets' connections moves the target's deadline
     * on (deadline.ts); a wait behind its own does not: a server whose failures narrow its gate to one connection
     * would otherwise take twice its deadline (the fuzz campaign's HelloRetryRequest servers took 40 s of 20).
     */
    throughGate(connect) {
        const queued = Date.now();
        const gate = this.shared.gate;
        const behindOthers = gate.heldByOthers(this.shared);
        return gate.run(() => {
            if (behindOthers)
                extendDeadline(this.limits, Date.now() - queued);
            return connect();
        }, this.shared);
    }
    /** What settle.ts needs of this view. */
    settling() {
        const limits = this.limits;
        return {
            get deadline() {
                return limits.deadline;
            },
            timeoutMs: this.limits.timeoutMs,
            expired: () => this.expired,
            budgetSpent: () => this.shared.bytes.spent,
            gate: this.shared.gate,
            facts: this.allowance.facts ?? [],
            first: (hello, options) => this.connection(() => this.attemptUnqueued(hello, options), { kind: 'timeout', durationMs: 0 }),
            again: (hello, options) => this.attempt(hello, options),
            control: () => this.shared.accepted,
            accepted: (hello) => {
                this.shared.accepted = snapshotOf(hello);
            },
            incomplete: (fact) => this.markIncomplete(fact),
            unverified: (failure) => this.shared.unverified.push({ facts: this.allowance.facts ?? [], failure })
        };
    }
    /** A probe inside a slot `connection` already holds. */
    attemptUnqueued(hello, options) {
        return (0,scan_probe/* runProbe */.m)(this.endpoint, hello, { ...this.limits, readBudget: this.shared.bytes }, options);
    }
}
/**
 * The hello as it was sent. Enumeration builds its hellos over lists it then shrinks (suites.ts, groups.ts), so
 * keeping the hello itself would make the control a later, refused hello: on a server that refuses by closing
 * (Dovecot), every persisting failure was then "confirmed" by a control that failed too, and read as THROTTLED.
 */
function snapshotOf(hello) {
    const spec = Object.fromEntries(Object.entries(hello.spec).map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]));
    return { ...hello, spec };
}

;// CONCATENATED MODULE: ./src/scan/incomplete.ts

/** Errors that read as the server's configuration but are what an overloaded server does too. */
const OVERLOAD_LOOKALIKES = ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'NO_HANDSHAKE'];
function recordIncomplete(report, incomplete) {
    if (incomplete.length === 0)
        return;
    report.incomplete = [...incomplete];
    const budget = incomplete.find((fact) => fact.code === 'BUDGET');
    if (budget && report.status === 'error' && !Object.values(report.protocols).some(Boolean)) {
        // No handshake counted because a budget stopped the probes: that, not the refusals around it, is the cause.
        report.error = { code: 'BUDGET', message: `${endpoint(report)}: ${budget.reason}` };
        return;
    }
    const throttled = incomplete.find((fact) => fact.code === 'THROTTLED');
    if (!throttled || report.status === 'ok' || !OVERLOAD_LOOKALIKES.includes(report.error?.code ?? ''))
        return;
    report.status = 'error';
    report.error = {
        code: 'THROTTLED',
        message: `${endpoint(report)} throttled the scan: it reset or refused this target's connections while answering others, so nothing about its configuration is known (was: ${report.error?.message ?? 'no reason'})`
    };
}
function endpoint(report) {
    return where({ host: report.host, port: report.port }, report.address ?? report.host);
}

;// CONCATENATED MODULE: ./src/scan/pool.ts

/** Fields of a report that belong to the target, not to one of its addresses. */
const TARGET_ONLY = [
    'name',
    'host',
    'port',
    'sni',
    'findings',
    'verdict',
    'source',
    'clients',
    'resumption',
    'starttls',
    'addresses'
];
/** One node's facts as the pool's `addresses` entry: every single-address fact of its scan. */
function addressReportOf(report) {
    const facts = { ...report };
    for (const key of TARGET_ONLY)
        delete facts[key];
    return { ...facts, address: report.address ?? report.host };
}
const union = (lists) => [...new Set(lists.flat())];
function unionSuites(nodes) {
    const combined = {};
    for (const protocol of report/* PROTOCOL_NAMES */.g8) {
        const lists = nodes.map((node) => node.cipherSuites[protocol]).filter((list) => list !== undefined);
        if (lists.length > 0)
            combined[protocol] = union(lists);
    }
    return combined;
}
/**
 * The target's report for a pool: `nodes` are the per-address reports in the order scanned (the first one ran
 * the pool-wide checks), `durationMs` the whole scan's.
 */
function combinePool(nodes, durationMs) {
    const first = nodes[0];
    const primary = nodes.find((node) => node.status === 'ok') ?? first;
    const ok = nodes.filter((node) => node.status === 'ok');
    const counted = ok.length > 0 ? ok : [primary];
    const protocols = { ...primary.protocols };
    for (const protocol of report/* PROTOCOL_NAMES */.g8)
        protocols[protocol] = counted.some((node) => node.protocols[protocol]);
    const combined = {
        ...primary,
        protocols,
        cipherSuites: unionSuites(counted),
        groups: union(counted.map((node) => node.groups)),
        keyExchange: {
            ...primary.keyExchange,
            tls13Groups: union(counted.map((node) => node.keyExchange.tls13Groups)),
            tls12Groups: union(counted.map((node) => node.keyExchange.tls12Groups))
        },
        addresses: nodes.map(addressReportOf),
        handshakes: nodes.reduce((sum, node) => sum + node.handshakes, 0),
        durationMs
    };
    delete combined.resumption;
    delete combined.clients;
    if (first.resumption)
        combined.resumption = first.resumption;
    if (first.clients)
        combined.clients = first.clients;
    return combined;
}

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
;// CONCATENATED MODULE: ./src/scan/resolve.ts
// Name resolution, in one place: every A and AAAA record of a target's name (or of a pinned address that is a
// name), through one resolver the caller may inject. The default is the system's (getaddrinfo: /etc/hosts, then
// the configured DNS), as every other client on the machine resolves; tests and the CLI inject one that asks a
// given DNS server, so no test depends on the machine's resolver.


/** The system's resolver (getaddrinfo), as `dns.lookup` reaches it: both families, every record. */
const systemResolver = {
    async addressesOf(host) {
        const results = await promises_default().lookup(host, { all: true, order: 'verbatim' });
        return results.map((result) => result.address);
    }
};
/**
 * Asks the given DNS servers ("127.0.0.1:5353", "[::1]:53") for A and AAAA records directly, bypassing
 * /etc/hosts and the system's configuration. A name with records of one family only is not an error.
 */
function dnsServerResolver(servers, timeoutMs = 2000) {
    const resolver = new dns.Resolver({ timeout: timeoutMs, tries: 2 });
    resolver.setServers(servers);
    return {
        async addressesOf(host) {
            const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
            const found = [v4, v6].flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
            if (found.length > 0)
                return found;
            const failure = [v4, v6].find((result) => result.status === 'rejected');
            throw failure?.status === 'rejected'
                ? failure.reason
                : Object.assign(new Error('no records'), { code: 'ENOTFOUND' });
        }
    };
}
/** Sorts IPv4 before IPv6, each in numeric order (IPv6 by its full form). */
function addressOrder(address) {
    if (external_node_net_default().isIP(address) === 4)
        return `4:${address
            .split('.')
            .map((octet) => octet.padStart(3, '0'))
            .join('.')}`;
    if (external_node_net_default().isIP(address) !== 6)
        return `9:${address}`;
    const [head = '', tail = ''] = address.split('::');
    const headGroups = head === '' ? [] : head.split(':');
    const tailGroups = address.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
    const middle = Array.from({ length: 8 - headGroups.length - tailGroups.length }, () => '0');
    return `6:${[...headGroups, ...middle, ...tailGroups].map((group) => group.padStart(4, '0')).join(':')}`;
}
/**
 * The addresses `selection` keeps of those found. `first` is the first one found, as a client would connect to;
 * the others come sorted (IPv4, then IPv6), so a pool's report reads the same however DNS rotated its records.
 */
function selectAddresses(addresses, selection) {
    const unique = [...new Set(addresses.map((address) => address.toLowerCase()))];
    if (selection === 'first')
        return unique.slice(0, 1);
    const sorted = unique.sort((a, b) => addressOrder(a).localeCompare(addressOrder(b)));
    if (selection === 'ipv4')
        return sorted.filter((address) => external_node_net_default().isIP(address) === 4);
    if (selection === 'ipv6')
        return sorted.filter((address) => external_node_net_default().isIP(address) === 6);
    return sorted;
}
/**
 * The addresses to scan for a target: its pinned `addresses` or `address` (names among them resolved), else its
 * host (an IP literal is its own address), each through `resolver`; then the selection. Bounded by `deadline`.
 */
async function resolveTargetAddresses(target, resolver, selection, deadline) {
    const named = target.addresses?.length
        ? target.addresses
        : target.address
            ? [target.address]
            : [target.host];
    const found = await withinDeadline(resolveAll(named, resolver), deadline, target.host);
    if ('error' in found)
        return found;
    const addresses = selectAddresses(found.addresses, selection);
    if (addresses.length > 0)
        return { addresses };
    return {
        error: {
            code: 'NO_ADDRESS',
            message: `${target.host} has no address that \`addresses: ${selection}\` selects (it has ${found.addresses.join(', ')})`
        }
    };
}
async function resolveAll(names, resolver) {
    const addresses = [];
    for (const name of names) {
        if (external_node_net_default().isIP(name)) {
            addresses.push(name);
            continue;
        }
        try {
            const found = await resolver.addressesOf(name);
            if (found.length === 0)
                return { error: notResolved(name, 'ENOTFOUND') };
            addresses.push(...found);
        }
        catch (error) {
            return { error: notResolved(name, error.code ?? 'ENOTFOUND') };
        }
    }
    return { addresses };
}
function notResolved(name, code) {
    return { code, message: `the name ${name} could not be resolved (${code})` };
}
async function withinDeadline(work, deadline, host) {
    let timer;
    const expiry = new Promise((resolve) => {
        timer = setTimeout(() => resolve({
            error: {
                code: 'DEADLINE',
                message: `resolving ${host} did not finish before the target's deadline`
            }
        }), Math.max(0, deadline - Date.now()));
    });
    try {
        return await Promise.race([work, expiry]);
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./src/scan/index.ts
// scanTarget / scanTargets: everything the engine finds about a target, within its one deadline. The engine
// resolves the target's name once (./resolve.ts: every A and AAAA record, or the pinned addresses, then the
// `addresses` selection), then runs the scan checks (./checks: versions, suites and order, groups, certificates,
// resumption, client simulation, ...) in dependency order against each selected address, each on its own
// limiter; a pool of several addresses gets one combined report with each node's own (./pool.ts). Targets run
// in parallel under `concurrency`. A target that cannot be reached, is not TLS, or misbehaves ends as its
// status and error; it never throws and never holds up others.














function emptyReport(target) {
    return {
        name: target.name,
        host: target.host,
        port: target.port,
        address: target.address ?? null,
        sni: target.sni,
        starttls: target.starttls ?? null,
        status: 'ok',
        error: null,
        protocols: (0,report/* emptyProtocols */.Hs)(),
        cipherSuites: {},
        serverPreference: {},
        groups: [],
        keyExchange: { dhBits: null, preferredGroup: null, tls13Groups: [], tls12Groups: [] },
        certificate: null,
        handshakes: 0,
        durationMs: 0,
        findings: [],
        verdict: 'pass',
        ...(target.source ? { source: target.source } : {})
    };
}
async function scanTarget(target, options) {
    return (await scanTargetFacts(target, options)).report;
}
/** Addresses of one pool scanned at once: each node has its own limiter, so this bounds the connections a
 *  target opens to perTargetConcurrency times it. */
const ADDRESSES_AT_ONCE = 4;
/** scanTarget with the client outcomes; `checks` defaults to every scan check. */
async function scanTargetFacts(target, options, checks = SCAN_CHECKS) {
    const started = Date.now();
    const deadline = started + options.targetDeadlineMs;
    const controller = new AbortController();
    // Every probe in flight listens for the deadline: a pool's nodes together hold more than Node's default 10.
    (0,external_node_events_.setMaxListeners)(ADDRESSES_AT_ONCE * options.perTargetConcurrency + 10, controller.signal);
    // One deadline for the target, shared by its nodes; a wait the run imposes (an address's gate) moves it on.
    // Waits at a gate move the deadline on by at most the deadline's own length: twice it is the hard bound.
    const limits = {
        timeoutMs: options.timeoutMs,
        deadline,
        latestDeadline: deadline + options.targetDeadlineMs,
        signal: controller.signal
    };
    const stopDeadline = abortAtDeadline(limits, controller);
    try {
        const selection = target.addressSelection ?? options.addresses ?? 'all';
        const resolved = await resolveTargetAddresses(target, options.resolver ?? systemResolver, selection, deadline);
        if ('error' in resolved) {
            const report = emptyReport(target);
            report.status = resolved.error.code === 'DEADLINE' ? 'error' : 'unreachable';
            report.error = resolved.error;
            report.durationMs = Date.now() - started;
            return { report, clients: null };
        }
        const { addresses } = resolved;
        const pool = { addresses, limits };
        if (addresses.length === 1) {
            const scanned = await scanAddress(target, options, checks, addresses[0], pool);
            scanned.report.durationMs = Date.now() - started;
            return scanned;
        }
        // The pool-wide checks (resumption across the nodes, client simulation) run once, with the first node.
        const nodeChecks = checks.filter((check) => check.perPool !== true);
        const nodes = await mapLimited(addresses.map((address, index) => ({ address, index })), ADDRESSES_AT_ONCE, ({ address, index }) => scanAddress(target, options, index === 0 ? checks : nodeChecks, address, pool));
        return {
            report: combinePool(nodes.map((node) => node.report), Date.now() - started),
            clients: nodes[0].clients
        };
    }
    finally {
        // No catch: whatever the server does ends as a probe outcome, so an exception here is a bug of tls-gate. It
        // propagates to the CLI (exit 3) rather than becoming this target's status, which would pass for a fact.
        stopDeadline();
    }
}
/** Every check against one address, on its own context (limiter, handshake count) within the target's deadline. */
async function scanAddress(target, options, checks, address, pool) {
    const started = Date.now();
    const report = emptyReport(target);
    report.address = address;
    const scanned = { report, clients: null };
    const ctx = new ScanContext({ host: target.host, address, port: target.port, sni: target.sni, starttls: target.starttls }, pool.limits, options.perTargetConcurrency, undefined, undefined, gatesOf(options).for(address, target.port));
    try {
        const facts = await runChecks(checks, { target, options, addresses: pool.addresses, report, ctx });
        scanned.clients = facts.clients ?? null;
        await ctx.verifyEarlyFailures();
        recordIncomplete(report, ctx.incomplete);
    }
    finally {
        orderVulnerabilities(report);
        report.handshakes = ctx.handshakes;
        report.durationMs = Date.now() - started;
    }
    if (ctx.expired && report.error === null) {
        report.status = 'error';
        report.error = {
            code: 'DEADLINE',
            message: `the scan of ${where(target, address)} did not finish within ${options.targetDeadlineMs} ms; results are partial`
        };
    }
    return scanned;
}
/** Scans every target, `concurrency` at a time; results keep the input order. */
async function scanTargets(targets, options) {
    return (await scanTargetsFacts(targets, options)).map((scanned) => scanned.report);
}
/** The run's per-address gates: those given, else new ones. */
function gatesOf(options) {
    return (options.addressGates ??
        new AddressGates(options.perAddressConcurrency ?? budgets/* SCAN_BUDGETS */.di.perAddressConcurrency));
}
/** scanTargets with each target's client outcomes. */
async function scanTargetsFacts(targets, options) {
    // One gate per address for the whole run: every target that resolves to an address shares its limit.
    const run = { ...options, addressGates: gatesOf(options) };
    return mapLimited(targets, options.concurrency, async (target) => {
        const scanned = await scanTargetFacts(target, run);
        options.onTargetDone?.(scanned.report, scanned);
        return scanned;
    });
}


/***/ })

};
