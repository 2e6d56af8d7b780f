export const id = 940;
export const ids = [940];
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
class AnchorSet {
    anchors = [];
    bySubject = new Map();
    byFingerprint = new Map();
    /** Base64 bodies already added: Node's roots and the system store mostly hold the same certificates, and
     * parsing one costs ~0.2 ms on Node 20, so a PEM seen before is skipped before it is parsed. */
    seenBodies = new Set();
    /** Adds what parses; returns how many were new. The first store to bring a root is the one reported. */
    add(pems, source) {
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
            if (this.byFingerprint.has(cert.fingerprint256))
                continue;
            const anchor = { cert, source, fingerprint: cert.fingerprint256 };
            this.anchors.push(anchor);
            this.byFingerprint.set(anchor.fingerprint, anchor);
            const sameSubject = this.bySubject.get(cert.subject) ?? [];
            sameSubject.push(anchor);
            this.bySubject.set(cert.subject, sameSubject);
            added++;
        }
        return { added, unreadable };
    }
}
async function loadTrustStore(options = {}) {
    const store = new AnchorSet();
    if (options.mozilla ?? true)
        store.add([...external_node_tls_.rootCertificates], 'mozilla');
    if (options.system ?? true)
        store.add(systemCertificates(), 'system');
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
        const { best } = buildPaths(sent, trust, now);
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
function analyzeCertificates(input) {
    if (input.chain.length === 0) {
        return emptyCertificateReport(input, 'NO_CERTIFICATE', 'the server sent no certificate');
    }
    // Parsing with @peculiar/x509 costs milliseconds per certificate; the same intermediate recurs in the no-SNI
    // and alternate chains (and a hostile server may repeat one a hundred times), so each distinct DER is read once.
    const described = new Map();
    const describe = (der) => {
        const key = (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64');
        let info = described.get(key);
        if (!info) {
            info = describeCertificate(der, input.now);
            described.set(key, info);
        }
        return { ...info };
    };
    const chain = input.chain.map(describe);
    const leaf = chain[0];
    const leafUnreadable = leaf.parseError !== undefined && leaf.subject === '' && leaf.keyType === 'unknown';
    // A caller that forgot the store gets every chain judged untrusted, said plainly, rather than a crash.
    const trustGiven = isTrustStore(input.trust);
    const { best, used } = buildPaths(input.chain, trustGiven ? input.trust : trustStoreFromPem(''), input.now);
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

/***/ 7940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rt: () => (/* binding */ scanTarget),
  h: () => (/* binding */ scanTargetsFacts)
});

// UNUSED EXPORTS: scanTargetFacts, scanTargets

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
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

// EXTERNAL MODULE: ./src/codepoints/index.ts
var codepoints = __webpack_require__(1926);
// EXTERNAL MODULE: ./src/wire/tls13/key-share.ts
var key_share = __webpack_require__(4246);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
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
/** TLS 1.0-1.2 supported_groups: every elliptic curve (finite-field groups do not steer ECDHE). */
function tls12Groups() {
    return byCommonOrder(registry/* GROUPS */.fd.filter((g) => g.tls12 && !g.type.includes('explicit'))).map((g) => g.code);
}
/** TLS 1.3 groups: every named group a TLS 1.3 key_share can use. */
function tls13Groups() {
    return byCommonOrder(registry/* GROUPS */.fd.filter((g) => g.tls13)).map((g) => g.code);
}
const X25519 = codepoints/* NamedGroup */.vr.x25519;
function signatureSchemes(family) {
    return registry/* SIGNATURE_SCHEMES */.sA.filter((s) => {
        if (!family)
            return true;
        const f = (s.family ?? '').toUpperCase();
        return family === 'ecdsa' ? f.startsWith('ECDSA') : f.startsWith('RSA');
    }).map((s) => s.code);
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
        supportedGroups: tls12Groups(),
        ecPointFormats: [0, 1, 2],
        signatureAlgorithms: version === 'TLSv1.2' ? (options.signatureAlgorithms ?? signatureSchemes()) : undefined,
        renegotiationInfo: true,
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
        sessionId: Buffer.alloc(32, 0x5a),
        serverName: options.serverName,
        supportedVersions: [codepoints/* ProtocolVersion */.rg.TLSv1_3],
        supportedGroups: options.groups ?? tls13Groups(),
        keyShares: options.keyShares ?? [{ group: X25519, keyExchange: x25519Placeholder() }],
        signatureAlgorithms: options.signatureAlgorithms ?? signatureSchemes(),
        pskKeyExchangeModes: [1],
        ecPointFormats: [0],
        statusRequest: options.statusRequest ?? false,
        padTo: PAD_TO
    };
}
/** Any 32 bytes are a valid X25519 public key (RFC 7748 §5), so a random share is enough to be accepted. */
function x25519Placeholder() {
    return (0,external_node_crypto_.randomBytes)(32);
}
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
// server holds for other key types (found by offering only ECDSA, then only RSA, signature schemes/suites).





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
/** Suites of `suites` whose authentication is ECDSA (or RSA). */
function suitesAuthenticatedBy(suites, au) {
    return suites.filter((code) => ((0,registry/* suiteByCode */.Te)(code)?.au ?? '') === au);
}
async function captureCertificates(ctx, version, acceptedSuites, tls13Groups = []) {
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
    const variants = [
        read(hello(sni)),
        sni !== null ? read(hello(null)) : Promise.resolve(null),
        ...['ecdsa', 'rsa'].map((family) => {
            if (version === 'TLSv1.3')
                return read(hello(sni, family));
            const suites = suitesAuthenticatedBy(acceptedSuites, family === 'ecdsa' ? 'ECDSA' : 'RSA');
            return suites.length > 0 ? read(hello(sni, family, suites)) : Promise.resolve(null);
        })
    ];
    const [main, noSni, ecdsa, rsa] = await Promise.all(variants);
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
    captured.chain = mainChain.chain;
    captured.ocspResponse = mainChain.ocsp;
    const noSniChain = noSni ? chainOf(noSni) : null;
    if (noSniChain && !sameChain(noSniChain.chain, mainChain.chain))
        captured.noSniChain = noSniChain.chain;
    for (const outcome of [ecdsa, rsa]) {
        const alternate = outcome ? chainOf(outcome) : null;
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
            const tls13 = await captureCertificates(ctx, 'TLSv1.3', tls13Suites, [tls13Group]);
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
        const tls13Suites = (0,registry/* suitesForProtocol */.Le)('TLSv1.3').map((suite) => suite.code);
        const outcome = await ctx.probe({
            kind: 'tls',
            spec: tls13Hello(tls13Suites, { serverName: ctx.endpoint.sni })
        });
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
// refuses (servers that refuse an empty key_share get one hello per group instead). TLS 1.2: offer only ECDHE suites and read the curve from ServerKeyExchange, with the same removal
// loop. One handshake per accepted group, plus one.



/** Most handshakes scanTls13Groups makes: the removal loop (one per group and the refusal), then one per group. */
function tls13GroupsHandshakeBudget() {
    return 2 * tls13Groups().length + 1;
}
/** Most handshakes scanLegacyGroups makes: one per group and the refusal. */
function legacyGroupsHandshakeBudget() {
    return tls12Groups().length + 1;
}
async function scanTls13Groups(ctx, suites) {
    const remaining = tls13Groups();
    const groups = [];
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
    return suites.filter((code) => ((0,registry/* suiteByCode */.Te)(code)?.kx ?? '').startsWith('ECDHE'));
}
async function scanLegacyGroups(ctx, version, suites) {
    const remaining = tls12Groups();
    const groups = [];
    if (suites.length === 0)
        return { groups };
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
        remaining.splice(remaining.indexOf(group), 1);
    }
    return { groups };
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
        return { 'groups:TLSv1.3': tls13?.supported ? await scanTls13Groups(ctx, tls13.suites) : { groups: [] } };
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
        return { 'groups:legacy': await scanLegacyGroups(ctx, version, ecdheSuites(chosen.suites)) };
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

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
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
function connectOnce(endpoint, options, limits) {
    const remaining = limits.deadline - Date.now();
    if (remaining <= 0)
        return Promise.resolve(FAILED);
    const timeoutMs = Math.min(limits.timeoutMs, remaining);
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
                host: options.address,
                port: endpoint.port,
                servername: endpoint.sni ?? undefined,
                minVersion: options.version,
                maxVersion: options.version,
                session: options.session,
                secureOptions: options.noTicket ? (external_node_crypto_default()).constants.SSL_OP_NO_TICKET : undefined,
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
// pool is the targets file's `addresses`, else the pinned `address`, else what the name resolved to.


/** The addresses a session should resume across, the scanned one first. */
function resumptionPool({ target, addresses }) {
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
    applies: async ({ options, facts }) => options.resumption === true && (await facts.get('handshake'))?.ok === true,
    async run(run) {
        const { ctx, target, report } = run;
        report.resumption = await checkResumption({ host: target.host, port: target.port, sni: target.sni }, resumptionPool(run), {
            timeoutMs: ctx.limits.timeoutMs,
            deadline: ctx.limits.deadline,
            connection: (connect, refused) => ctx.connection(connect, refused)
        });
        return { resumption: report.resumption };
    }
};

;// CONCATENATED MODULE: ./src/scan/suites.ts
// Protocol support, accepted cipher suites and server order for one version, the way nmap and sslscan do
// it (reference/scanners.md §2): offer a chunk of suites, note the one the server picks, remove it, offer
// the rest again, until the server refuses. A server that enforces its own order picks its favourite among
// what is left each time, so the removal loop already yields its order; two extra handshakes (A,B then B,A)
// tell whether it enforces one.


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
/**
 * Most handshakes scanVersion makes: per chunk one per suite plus the refusal, two for the order test, and at
 * most one comparison per suite for each merge of the chunks' lists.
 */
function versionHandshakeBudget(version) {
    const suites = candidateOrder(version).length;
    const chunks = Math.ceil(suites / CHUNK_SIZE);
    return suites + chunks + 2 + suites * chunks;
}
function helloFor(ctx, version, suites) {
    const serverName = ctx.endpoint.sni;
    return version === 'TLSv1.3'
        ? { kind: 'tls', spec: tls13Hello(suites, { serverName }) }
        : { kind: 'tls', spec: legacyHello(version, suites, { serverName }) };
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
async function enumerateChunk(ctx, version, suites, initial) {
    const remaining = [...suites];
    const result = { found: [], outcomes: [], unusable: [], firstFailure: null, refused: false };
    let reuse = initial;
    while (remaining.length > 0 && !ctx.expired) {
        const outcome = reuse ?? (await ctx.probe(helloFor(ctx, version, remaining)));
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
        if (outcome.kind === 'accepted')
            result.outcomes.push(outcome);
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
 * Support, accepted suites and order for one version. `initial` is the answer to the exact hello the first
 * step would send (the engine's first-contact TLS 1.3 probe), reused instead of sending it again.
 */
async function scanVersion(ctx, version, initial) {
    const candidates = candidateOrder(version).map((suite) => suite.code);
    const chunks = chunk(candidates, CHUNK_SIZE);
    const result = {
        version,
        supported: false,
        suites: [],
        serverPreference: false,
        outcomes: [],
        failures: [],
        unusable: []
    };
    // The first chunk alone first: a protocol_version alert or a lower-version answer ends the version cheaply.
    const first = await enumerateChunk(ctx, version, chunks[0] ?? [], initial);
    const results = [first];
    if (!first.refused)
        results.push(...(await Promise.all(chunks.slice(1).map((c) => enumerateChunk(ctx, version, c)))));
    for (const r of results) {
        result.outcomes.push(...r.outcomes);
        result.unusable.push(...r.unusable);
        if (r.firstFailure && r.found.length === 0)
            result.failures.push(r.firstFailure);
    }
    const found = results.map((r) => r.found).filter((list) => list.length > 0);
    const all = found.flat();
    result.supported = all.length > 0;
    if (all.length >= 2 && !ctx.expired) {
        const [a, b] = [all[0], all[1]];
        const [forward, backward] = await Promise.all([pick(ctx, version, a, b), pick(ctx, version, b, a)]);
        result.serverPreference = forward !== null && forward === backward;
    }
    if (result.serverPreference) {
        result.suites = found.length === 1 ? found[0] : await mergeByServer(ctx, version, found);
    }
    else {
        const registryIndex = new Map(candidates.map((code, index) => [code, index]));
        const inRegistry = (0,registry/* suitesForProtocol */.Le)(version).map((s) => s.code);
        const position = (code) => inRegistry.indexOf(code) ?? registryIndex.get(code) ?? 0;
        result.suites = [...all].sort((x, y) => position(x) - position(y));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/scan/checks/versions.ts
// Protocol versions, their accepted cipher suites and the server's order (scan/suites.ts does the work): one
// check per version, all started together after first contact; SSLv2 has its own hello and its own check.



/** In the order their probes queue: TLS 1.3 first (it continues first contact), then oldest to newest. */
const SCANNED_VERSIONS = ['TLSv1.3', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2'];
function versionCheck(version) {
    return {
        name: `version ${version}`,
        needs: ['contact'],
        produces: [versionFact(version)],
        handshakeBudget: () => versionHandshakeBudget(version),
        applies: async ({ facts }) => (await facts.get('contact'))?.goOn === true,
        async run({ ctx, facts }) {
            // The first-contact hello is exactly the first TLS 1.3 enumeration step: its answer is reused.
            const initial = version === 'TLSv1.3' ? (await facts.get('contact'))?.outcome : undefined;
            return { [versionFact(version)]: await scanVersion(ctx, version, initial) };
        }
    };
}
const sslv2Check = {
    name: 'version SSLv2',
    needs: ['contact'],
    produces: ['sslv2'],
    handshakeBudget: () => 1,
    applies: async ({ facts }) => (await facts.get('contact'))?.goOn === true,
    async run({ ctx }) {
        const cipherSpecs = (0,registry/* sslv2CipherKinds */.F_)().map((kind) => kind.code);
        const outcome = await ctx.probe({ kind: 'sslv2', spec: { version: 0x0002, cipherSpecs } });
        const kinds = outcome.kind === 'accepted' && outcome.version === 'SSLv2'
            ? (outcome.sslv2CipherKinds ?? [outcome.cipherSuite])
            : [];
        return { sslv2: { outcome, kinds } };
    }
};

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
/** Checks in dependency order (stable); throws CheckGraphError on a missing producer, two producers or a cycle. */
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
        counted: check.countsHandshakes ?? true
    });
    const run = { ...setup, ctx, facts };
    if (check.applies && !(await check.applies(run)))
        return {};
    const out = await check.run(run);
    const undeclared = Object.keys(out).filter((fact) => !check.produces.includes(fact));
    if (undeclared.length > 0)
        throw new CheckGraphError(`the check ${check.name} produced ${undeclared.join(', ')} without declaring it`);
    return out;
}
/** Runs the checks for one target; resolves with every fact produced once all checks have ended. */
async function runChecks(checks, setup) {
    const produced = new Map();
    const running = orderChecks(checks).map((check) => {
        const done = runOne(check, setup, readerFor(check, produced));
        for (const fact of check.produces) {
            const value = done.then((out) => out[fact]);
            // A failed check rejects here too; whoever reads the fact sees it, and Promise.all below reports it.
            value.catch(() => undefined);
            produced.set(fact, value);
        }
        return done;
    });
    return Object.assign({}, ...(await Promise.all(running)));
}

;// CONCATENATED MODULE: ./src/scan/checks/index.ts
// The scan checks, in the order their probes queue on the per-target limiter (dependencies permitting). A new
// check is a file in this folder and one entry here; see docs/engine.md, "How to add a scan check".








const SCAN_CHECKS = [
    contactCheck,
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
    clientsCheck
];



// EXTERNAL MODULE: ./src/scan/probe.ts + 25 modules
var probe = __webpack_require__(437);
;// CONCATENATED MODULE: ./src/scan/limiter.ts
// Bounded parallelism: a target's probes run under a per-target limit (servers rate-limit) and targets run
// under a global one. A limiter is a counting semaphore with a FIFO queue; `run` always releases its slot.
class Limiter {
    limit;
    active = 0;
    queue = [];
    constructor(limit) {
        this.limit = limit;
        if (!Number.isInteger(limit) || limit < 1)
            throw new RangeError(`limit must be a positive integer, got ${limit}`);
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
        if (this.active < this.limit) {
            this.active++;
            return Promise.resolve();
        }
        return new Promise((resolve) => this.queue.push(resolve));
    }
    release() {
        const next = this.queue.shift();
        // The slot passes straight to the next waiter, so `active` stays the same.
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

;// CONCATENATED MODULE: ./src/scan/context.ts


class ScanContext {
    endpoint;
    limits;
    allowance;
    shared;
    started = 0;
    constructor(endpoint, limits, perTargetConcurrency, allowance = { budget: Infinity, counted: true }, shared) {
        this.endpoint = endpoint;
        this.limits = limits;
        this.allowance = allowance;
        this.shared = shared ?? { limiter: new Limiter(Math.max(1, perTargetConcurrency)), counted: 0 };
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
    /** A view for one check: same endpoint, deadline and limiter, its own budget. */
    forCheck(allowance) {
        return new ScanContext(this.endpoint, this.limits, 0, allowance, this.shared);
    }
    /** One probe under the per-target limit; after the deadline or the budget it answers 'timeout' without connecting. */
    probe(hello, options) {
        return this.connection(() => (0,probe/* runProbe */.m)(this.endpoint, hello, this.limits, options), {
            kind: 'timeout',
            durationMs: 0
        });
    }
    /**
     * Any other connection to the target (resumption's full handshakes) under the same limit, deadline and
     * budget; `refused` is the answer when it may not start.
     */
    connection(connect, refused) {
        return this.shared.limiter.run(async () => {
            if (this.expired || this.started >= this.allowance.budget)
                return refused;
            this.started++;
            if (this.allowance.counted)
                this.shared.counted++;
            return connect();
        });
    }
}

;// CONCATENATED MODULE: ./src/scan/index.ts
// scanTarget / scanTargets: everything the engine finds about a target, within its one deadline. The engine
// resolves the target's name once, then runs the scan checks (./checks: versions, suites and order, groups,
// certificates, resumption, client simulation, ...) in dependency order on one per-target limiter. Targets run
// in parallel under `concurrency`. A target that cannot be reached, is not TLS, or misbehaves ends as its
// status and error; it never throws and never holds up others.







function emptyReport(target) {
    return {
        name: target.name,
        host: target.host,
        port: target.port,
        address: target.address ?? null,
        sni: target.sni,
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
/** Resolves the host once (unless an address is given), bounded by the deadline: every address, the one to scan first. */
async function resolveAddresses(target, deadline) {
    if (target.address)
        return { addresses: [target.address] };
    if (external_node_net_default().isIP(target.host))
        return { addresses: [target.host] };
    const lookup = promises_default().lookup(target.host, { all: true }).then((results) => results.length > 0
        ? { addresses: [...new Set(results.map((result) => result.address))] }
        : {
            error: { code: 'ENOTFOUND', message: `the name ${target.host} could not be resolved (ENOTFOUND)` }
        }, (error) => ({
        error: {
            code: error.code ?? 'ENOTFOUND',
            message: `the name ${target.host} could not be resolved (${error.code ?? 'lookup failed'})`
        }
    }));
    let timer;
    const expiry = new Promise((resolve) => {
        timer = setTimeout(() => resolve({
            error: {
                code: 'DEADLINE',
                message: `resolving ${target.host} did not finish before the target's deadline`
            }
        }), Math.max(0, deadline - Date.now()));
    });
    try {
        return await Promise.race([lookup, expiry]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function scanTarget(target, options) {
    return (await scanTargetFacts(target, options)).report;
}
/** scanTarget with the client outcomes; `checks` defaults to every scan check. */
async function scanTargetFacts(target, options, checks = SCAN_CHECKS) {
    const started = Date.now();
    const deadline = started + options.targetDeadlineMs;
    const scanned = { report: emptyReport(target), clients: null };
    const report = scanned.report;
    const controller = new AbortController();
    const deadlineTimer = setTimeout(() => controller.abort(), options.targetDeadlineMs);
    try {
        const resolved = await resolveAddresses(target, deadline);
        if ('error' in resolved) {
            report.status = resolved.error.code === 'DEADLINE' ? 'error' : 'unreachable';
            report.error = resolved.error;
            return scanned;
        }
        const address = resolved.addresses[0];
        report.address = address;
        const ctx = new ScanContext({ host: target.host, address, port: target.port, sni: target.sni }, { timeoutMs: options.timeoutMs, deadline, signal: controller.signal }, options.perTargetConcurrency);
        try {
            const facts = await runChecks(checks, { target, options, addresses: resolved.addresses, report, ctx });
            scanned.clients = facts.clients ?? null;
        }
        finally {
            report.handshakes = ctx.handshakes;
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
    finally {
        // No catch: whatever the server does ends as a probe outcome, so an exception here is a bug of tls-gate. It
        // propagates to the CLI (exit 3) rather than becoming this target's status, which would pass for a fact.
        clearTimeout(deadlineTimer);
        report.durationMs = Date.now() - started;
    }
}
/** Scans every target, `concurrency` at a time; results keep the input order. */
async function scanTargets(targets, options) {
    return (await scanTargetsFacts(targets, options)).map((scanned) => scanned.report);
}
/** scanTargets with each target's client outcomes. */
async function scanTargetsFacts(targets, options) {
    return mapLimited(targets, options.concurrency, async (target) => {
        const scanned = await scanTargetFacts(target, options);
        options.onTargetDone?.(scanned.report);
        return scanned;
    });
}


/***/ })

};
