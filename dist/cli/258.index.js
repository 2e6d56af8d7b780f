export const id = 258;
export const ids = [258];
export const modules = {

/***/ 2703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HK: () => (/* binding */ analyzeCertificates),
  RV: () => (/* binding */ emptyCertificateReport),
  Kl: () => (/* reexport */ loadTrustStore)
});

// UNUSED EXPORTS: describeCertificate, fingerprintSha256, hostnameMatches, isTrustStore, parseOcspStaple, trustStoreFromPem

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

;// CONCATENATED MODULE: ./src/certs/describe.ts
// One certificate, as the report shows it. Parsing is done by Node's crypto.X509Certificate (OpenSSL) and by
// @peculiar/x509 for the extensions Node does not expose; we write no ASN.1 parser. The bytes come from a server:
// every part is read on its own so that one bad extension still leaves the rest, and nothing here throws.






const DAY_MS = 86_400_000;
const MUST_STAPLE_OID = '1.3.6.1.5.5.7.1.24';
const SCT_LIST_OID = '1.3.6.1.4.1.11129.2.4.2';
const STATUS_REQUEST = 5;
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
        problems.push(`not a DER X.509 certificate: ${message(error)}`);
    }
    if (!node && !peculiar)
        return unreadable(der, problems.join('; '));
    const subject = attempt('subject', () => peculiar?.subject ?? node.subject.replace(/\n/g, ', '), '');
    const issuer = attempt('issuer', () => peculiar?.issuer ?? node.issuer.replace(/\n/g, ', '), '');
    const serialNumber = attempt('serial', () => (node?.serialNumber ?? peculiar.serialNumber).toUpperCase(), '');
    const notBefore = attempt('notBefore', () => validDate(peculiar?.notBefore) ?? validDate(node ? new Date(node.validFrom) : null), null);
    const notAfter = attempt('notAfter', () => validDate(peculiar?.notAfter) ?? validDate(node ? new Date(node.validTo) : null), null);
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
    const signatureAlgorithm = attempt('signature algorithm', () => (asn ? signatureAlgorithmName(asn.signatureAlgorithm.algorithm) : 'unknown'), 'unknown');
    const extension = (type, what) => attempt(what, () => peculiar?.getExtension(type) ?? null, null);
    const san = extension(x509_cjs/* SubjectAlternativeNameExtension */.Wx, 'subjectAltName');
    const subjectAltNames = attempt('subjectAltName', () => [
        ...generalNameStrings(san?.names.items ?? [], ['dns']).map((name) => `DNS:${name}`),
        ...generalNameStrings(san?.names.items ?? [], ['ip']).map((ip) => `IP:${ip}`)
    ], []);
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
    return info;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/certs/hostname.ts
// Does a certificate name the host we connected to? RFC 6125 section 6.4 with the CA/Browser Forum's limits:
// a wildcard is only the whole left-most label and stands for exactly one label (so "*.example.com" matches
// "a.example.com" but neither "example.com" nor "a.b.example.com"); IP targets match IP SANs only; the subject CN
// is consulted only when the certificate has no DNS or IP SAN at all; names compare in A-label (punycode) form.


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
 * @param subjectCommonName used only when there is no DNS and no IP SAN
 */
function hostnameMatches(host, subjectAltNames, subjectCommonName) {
    const dnsNames = subjectAltNames.filter((san) => san.startsWith('DNS:')).map((san) => san.slice(4));
    const ipAddresses = subjectAltNames.filter((san) => san.startsWith('IP:')).map((san) => san.slice(3));
    const bare = host.replace(/^\[(.*)\]$/, '$1');
    if ((0,external_node_net_.isIP)(bare) !== 0) {
        return ipAddresses.some((ip) => sameIp(ip, bare));
    }
    const target = asciiHostname(bare);
    if (!target)
        return false;
    const names = dnsNames.length + ipAddresses.length > 0 ? dnsNames : subjectCommonName ? [subjectCommonName] : [];
    return names.some((name) => matchesDnsName(name, target));
}
/** The CN attribute of an RFC 4514 style subject ("CN=a, O=b"), or null. */
function commonNameOf(subject) {
    const match = /(?:^|,\s*)CN=((?:\\.|[^,\\])*)/.exec(subject);
    return match ? match[1].replace(/\\(.)/g, '$1') : null;
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (error) {
            const code = error.code;
            const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
            throw new errors/* ConfigurationError */.j1(`CA file ${file} ${why}`, { file });
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
        hostnameMatch: leafUnreadable
            ? false
            : hostnameMatches(input.host, leaf.subjectAltNames, commonNameOf(leaf.subject)),
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

/***/ 5485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ah: () => (/* binding */ evaluateClients)
/* harmony export */ });
/* unused harmony exports CLIENT_PROFILE_IDS, MOZILLA_OLDEST_CLIENTS */
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1751);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5235);
/* harmony import */ var _diagnose_server_change_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4950);
/* harmony import */ var _profiles_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2607);
// The policy's `clients: { must-connect: [...], must-not-connect: [...] }` against a target's simulated clients:
// `client.cannot-connect` for a required client that fails (with the diagnosis and its fix), `client.can-connect`
// for a forbidden client that gets in (with the server lines that shut it out).




const CLIENT_PROFILE_IDS = _profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .CLIENT_PROFILES */ .p.map((p) => p.id);
/**
 * The profiles matching the "oldest compatible clients" of Mozilla's server-side TLS configurations
 * (mozilla-guidelines server-side-tls-5.7 / 6.0 `oldest_clients`), for presets. Only clients we have a
 * profile for; a profile stands for the named client when it is the same version or an older one that
 * offers less (Java 8 without AES-256 for "Java 8u31/8u161"; OpenSSL 1.0.2 for "OpenSSL 1.0.1").
 */
const MOZILLA_OLDEST_CLIENTS = {
    modern: ['android-10', 'java-11', 'openssl-1.1.1'],
    intermediate: ['android-4.4', 'java-8', 'openssl-1.0.2', 'windows-7', 'windows-10']
};
function reproduceFor(result) {
    return result?.reproduce ?? null;
}
/** Server lines that stop a client that connects: drop the versions it speaks if others remain, else its suites. */
function shutOut(target, result) {
    const profile = (0,_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .profileById */ .G)(result.profile);
    if (!profile)
        return {};
    const serverVersions = _model_report_js__WEBPACK_IMPORTED_MODULE_3__/* .PROTOCOL_NAMES */ .g8.filter((p) => target.protocols[p]);
    const remaining = serverVersions.filter((p) => !profile.versions.includes(p));
    if (remaining.length > 0 && remaining.length < serverVersions.length) {
        return (0,_diagnose_server_change_js__WEBPACK_IMPORTED_MODULE_1__/* .renderServerChange */ .Ie)({ ..._diagnose_server_change_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_CHANGE */ .XG, protocols: remaining });
    }
    const offered = new Set(profile.cipherSuites);
    const keep = (names) => names.filter((n) => !offered.has((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .suiteByName */ .ty)(n)?.code ?? -1));
    const tls12 = keep((0,_diagnose_server_change_js__WEBPACK_IMPORTED_MODULE_1__/* .currentTls12Ciphers */ .g3)(target));
    const tls13 = keep((0,_diagnose_server_change_js__WEBPACK_IMPORTED_MODULE_1__/* .currentTls13Ciphers */ .Bs)(target));
    if (tls12.length + tls13.length > 0) {
        return (0,_diagnose_server_change_js__WEBPACK_IMPORTED_MODULE_1__/* .renderServerChange */ .Ie)({
            ..._diagnose_server_change_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_CHANGE */ .XG,
            tls12Ciphers: tls12.length < (0,_diagnose_server_change_js__WEBPACK_IMPORTED_MODULE_1__/* .currentTls12Ciphers */ .g3)(target).length ? tls12 : null,
            tls13Ciphers: tls13.length < (0,_diagnose_server_change_js__WEBPACK_IMPORTED_MODULE_1__/* .currentTls13Ciphers */ .Bs)(target).length ? tls13 : null
        });
    }
    return {
        text: `Every version and suite the server offers is also offered by ${result.profile}: it cannot be shut out by TLS settings alone.`
    };
}
/** Findings for one target; profile names the policy uses that do not exist give a notice (validation should catch them). */
function evaluateClients(target, rules) {
    const findings = [];
    if (rules.mustConnect.length === 0 && rules.mustNotConnect.length === 0)
        return findings;
    const results = target.clients ?? [];
    const byId = new Map(results.map((r) => [r.profile, r]));
    const missing = (id) => ({
        rule: 'client.not-simulated',
        severity: 'notice',
        message: (0,_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .profileById */ .G)(id)
            ? `${target.name}: client ${id} was not simulated, so the policy's clients rule could not be checked.`
            : `${target.name}: the policy names client ${id}, which is not a known profile (known: ${CLIENT_PROFILE_IDS.join(', ')}).`,
        evidence: { profile: id },
        fix: {},
        reproduce: null,
        waiver: null
    });
    for (const id of rules.mustConnect) {
        const result = byId.get(id);
        if (!result) {
            findings.push(missing(id));
            continue;
        }
        if (result.connects)
            continue;
        findings.push({
            rule: 'client.cannot-connect',
            severity: 'error',
            message: `${target.name}: ${id} cannot connect. ${result.diagnosis ?? ''}`.trim(),
            evidence: { ...result },
            fix: result.fix ?? { text: 'No server change found that lets this client in within the policy.' },
            reproduce: reproduceFor(result),
            waiver: null
        });
    }
    for (const id of rules.mustNotConnect) {
        const result = byId.get(id);
        if (!result) {
            findings.push(missing(id));
            continue;
        }
        if (!result.connects)
            continue;
        findings.push({
            rule: 'client.can-connect',
            severity: 'error',
            message: `${target.name}: ${id} connects (${result.version}, ${result.cipherSuite}), and the policy says it must not.`,
            evidence: { ...result },
            fix: shutOut(target, result),
            reproduce: reproduceFor(result),
            waiver: null
        });
    }
    return findings;
}


/***/ }),

/***/ 8880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ profileHello)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1751);
/* harmony import */ var _wire_client_hello_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8347);
/* harmony import */ var _wire_tls13_key_share_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4246);
// A client profile as a ClientHelloSpec: the extensions a real client of that kind sends, with key shares the
// server can accept (real X25519/X448/NIST shares; well-formed placeholders for ML-KEM hybrids, enough for
// the server to answer with its ServerHello).




function profileHello(profile, serverName, keyShareGroups) {
    const tls13 = profile.versions.includes('TLSv1.3');
    const legacyVersions = profile.versions.filter((v) => v !== 'TLSv1.3');
    const highestLegacy = legacyVersions[0];
    const clientVersion = tls13
        ? _wire_client_hello_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x.TLSv1_2
        : highestLegacy
            ? (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .protocolVersionCode */ .mX)(highestLegacy)
            : _wire_client_hello_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x.TLSv1_2;
    // signature_algorithms exists from TLS 1.2 on; older clients do not send it.
    const speaksTls12 = tls13 || profile.versions.includes('TLSv1.2');
    const spec = {
        clientVersion,
        cipherSuites: [...profile.cipherSuites],
        compressionMethods: [0],
        serverName: profile.sni ? serverName : null,
        supportedGroups: profile.groups.length ? [...profile.groups] : undefined,
        signatureAlgorithms: speaksTls12 && profile.signatureAlgorithms.length ? [...profile.signatureAlgorithms] : undefined,
        ecPointFormats: profile.ecPointFormats ? [0] : undefined,
        alpn: profile.alpn,
        statusRequest: profile.statusRequest,
        sessionTicket: profile.sessionTicket ? true : undefined,
        extendedMasterSecret: profile.extendedMasterSecret,
        renegotiationInfo: profile.renegotiationInfo
    };
    if (tls13) {
        spec.supportedVersions = profile.versions.map((v) => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .protocolVersionCode */ .mX)(v));
        spec.keyShares = (keyShareGroups ?? profile.keyShareGroups).map((group) => (0,_wire_tls13_key_share_js__WEBPACK_IMPORTED_MODULE_3__/* .placeholderKeyShare */ .CO)(group));
        spec.pskKeyExchangeModes = [1];
        // TLS 1.3 clients send a 32-byte legacy session id (middlebox compatibility, RFC 8446 D.4).
        spec.sessionId = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32);
    }
    return spec;
}


/***/ }),

/***/ 4160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ry: () => (/* binding */ simulateClients),
/* harmony export */   yW: () => (/* binding */ simulateClientDetailed)
/* harmony export */ });
/* unused harmony exports simulateClient, simulateTargetClients */
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1751);
/* harmony import */ var _diagnose_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9533);
/* harmony import */ var _diagnose_predict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3561);
/* harmony import */ var _scan_limiter_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57);
/* harmony import */ var _scan_probe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2002);
/* harmony import */ var _hello_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8880);
/* harmony import */ var _profiles_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2607);







const CERTIFICATE_CAUSES = new Set([
    'certificate-expired',
    'certificate-untrusted',
    'chain-incomplete',
    'certificate-name-mismatch'
]);
/** Sends the profile's hello; answers a HelloRetryRequest the way the client would (a share for that group). */
async function handshake(endpoint, profile, limits) {
    const spec = (0,_hello_js__WEBPACK_IMPORTED_MODULE_4__/* .profileHello */ .W)(profile, endpoint.sni);
    const outcome = await (0,_scan_probe_js__WEBPACK_IMPORTED_MODULE_3__/* .runProbe */ .m)(endpoint, { kind: 'tls', spec }, limits);
    if (outcome.kind !== 'hello-retry' || !profile.groups.includes(outcome.group))
        return outcome;
    // A real client continues on the same connection; the server decides the same way on a fresh one when the
    // first hello already carries the share it asked for.
    return (0,_scan_probe_js__WEBPACK_IMPORTED_MODULE_3__/* .runProbe */ .m)(endpoint, { kind: 'tls', spec: (0,_hello_js__WEBPACK_IMPORTED_MODULE_4__/* .profileHello */ .W)(profile, endpoint.sni, [outcome.group]) }, limits);
}
function disagreement(profile, target, connected, outcome) {
    if (target.status !== 'ok')
        return null;
    const prediction = (0,_diagnose_index_js__WEBPACK_IMPORTED_MODULE_1__/* .predictHandshake */ .nU)((0,_diagnose_index_js__WEBPACK_IMPORTED_MODULE_1__/* .offerFromProfile */ .qt)(profile), target);
    const actual = outcome.kind === 'accepted'
        ? `${outcome.version} with ${(0,_diagnose_predict_js__WEBPACK_IMPORTED_MODULE_2__/* .suiteLabel */ .LO)(outcome.cipherSuite)}`
        : `no connection (${outcome.kind})`;
    const predicted = prediction.connects
        ? `${prediction.version} with ${prediction.cipherSuite}`
        : `no connection (${prediction.cause.kind})`;
    if (prediction.connects !== connected) {
        return `Disagreement with the scan data: the scan predicts ${predicted}, the handshake gave ${actual}.`;
    }
    if (outcome.kind === 'accepted' && prediction.connects) {
        const suiteDiffers = target.serverPreference[outcome.version] && prediction.cipherSuite !== (0,_diagnose_predict_js__WEBPACK_IMPORTED_MODULE_2__/* .suiteLabel */ .LO)(outcome.cipherSuite);
        if (prediction.version !== outcome.version || suiteDiffers) {
            return `Disagreement with the scan data: the scan predicts ${predicted}, the handshake gave ${actual}.`;
        }
    }
    return null;
}
/** Simulates one profile against a target. Never throws for anything the server does. */
async function simulateClient(endpoint, target, profile, limits, options = {}) {
    return (await simulateClientDetailed(endpoint, target, profile, limits, options)).result;
}
/** simulateClient with the full diagnosis and the probe outcome (for `tls-gate diagnose`). */
async function simulateClientDetailed(endpoint, target, profile, limits, options = {}) {
    const outcome = await handshake(endpoint, profile, limits);
    const offer = (0,_diagnose_index_js__WEBPACK_IMPORTED_MODULE_1__/* .offerFromProfile */ .qt)(profile);
    let connects = outcome.kind === 'accepted';
    let diagnosis = null;
    let offProfile = null;
    if (outcome.kind === 'accepted') {
        // A server that picks what the client never offered breaks the handshake on the client's side.
        if (!profile.versions.includes(outcome.version))
            offProfile = `the server chose ${outcome.version}, which ${profile.id} does not offer`;
        else if (!profile.cipherSuites.includes(outcome.cipherSuite))
            offProfile = `the server chose ${(0,_diagnose_predict_js__WEBPACK_IMPORTED_MODULE_2__/* .suiteLabel */ .LO)(outcome.cipherSuite)}, which ${profile.id} does not offer`;
        if (offProfile)
            connects = false;
    }
    const tlsConnected = connects;
    const judged = (0,_diagnose_index_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnoseFailure */ .xo)({ offer, target, outcome, rules: options.rules ?? null });
    if (!connects)
        diagnosis = judged;
    else if (CERTIFICATE_CAUSES.has(judged.cause)) {
        // The handshake works at the TLS level, but a verifying client rejects the certificate.
        connects = false;
        diagnosis = judged;
    }
    const notes = [
        offProfile ? `The server misbehaves: ${offProfile}.` : null,
        diagnosis?.summary ?? null,
        disagreement(profile, target, tlsConnected, outcome)
    ].filter((n) => n !== null);
    const accepted = outcome.kind === 'accepted' ? outcome : null;
    const result = {
        profile: profile.id,
        connects,
        version: accepted?.version ?? null,
        cipherSuite: accepted
            ? ((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .suiteByCode */ .Te)(accepted.cipherSuite)?.iana ?? (0,_diagnose_predict_js__WEBPACK_IMPORTED_MODULE_2__/* .suiteLabel */ .LO)(accepted.cipherSuite))
            : null,
        group: accepted?.group != null ? (0,_diagnose_predict_js__WEBPACK_IMPORTED_MODULE_2__/* .groupLabel */ .AM)(accepted.group) : null,
        alert: outcome.kind === 'alert' ? outcome.alert : null,
        diagnosis: notes.length ? notes.join(' ') : null,
        fix: diagnosis && Object.keys(diagnosis.fix).length ? diagnosis.fix : null,
        reproduce: judged.reproduce.openssl
    };
    return { result, diagnosis: diagnosis ?? (connects ? null : judged), outcome };
}
/** Simulates every profile (default: all of CLIENT_PROFILES) against one target, in profile order. */
async function simulateClients(endpoint, target, limits, profiles = _profiles_index_js__WEBPACK_IMPORTED_MODULE_5__/* .CLIENT_PROFILES */ .p, options = {}) {
    return (0,_scan_limiter_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimited */ .b)(profiles, options.concurrency ?? 4, (profile) => simulateClient(endpoint, target, profile, limits, options));
}
/** simulateClients for a scanned target, as the pipeline needs it: the endpoint from the report, one deadline. */
async function simulateTargetClients(report, options) {
    const endpoint = {
        host: report.host,
        address: report.address ?? report.host,
        port: report.port,
        sni: report.sni
    };
    const limits = { timeoutMs: options.timeoutMs, deadline: Date.now() + options.deadlineMs };
    return simulateClients(endpoint, report, limits, options.profiles ?? CLIENT_PROFILES, {
        rules: options.rules ?? null
    });
}


/***/ }),

/***/ 9533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xo: () => (/* binding */ diagnoseFailure),
  Q7: () => (/* reexport */ interception_evaluateExpectation),
  qt: () => (/* reexport */ offerFromProfile),
  nU: () => (/* reexport */ predict/* predictHandshake */.nU)
});

// UNUSED EXPORTS: describeAlert, diagnosticFindings

// EXTERNAL MODULE: ./src/policy/fix.ts + 1 modules
var fix = __webpack_require__(8965);
// EXTERNAL MODULE: ./src/registry/index.ts + 3 modules
var registry = __webpack_require__(1751);
// EXTERNAL MODULE: ./src/wire/alert.ts
var wire_alert = __webpack_require__(8951);
;// CONCATENATED MODULE: ./src/diagnose/alerts.ts
// What a TLS alert usually means when it ends a handshake, in the words of the person who has to fix it.
// The number and RFC name are what the error message shows ("SSL alert number 40"); the meaning is a hint,
// the cause is computed from the data (predict.ts).

const MEANINGS = {
    10: 'the peer received a message it did not expect at that point of the handshake',
    20: 'a record failed its integrity check (broken middlebox, or mismatched keys)',
    40: 'the two sides found no acceptable set of parameters (cipher suite, group, signature algorithm or certificate)',
    42: 'a certificate was corrupt or used a signature the peer refuses',
    43: 'a certificate was of an unsupported type',
    44: 'a certificate was revoked by its signer',
    45: 'a certificate has expired or is not yet valid',
    46: 'a certificate could not be accepted for an unspecified reason (often: untrusted issuer)',
    47: 'a field in the handshake was out of range or inconsistent',
    48: 'the certificate chain does not lead to a CA the peer trusts (or an intermediate is missing)',
    49: 'access was denied (e.g. a client certificate was not authorised)',
    50: 'a message could not be decoded',
    51: 'a handshake signature or Finished message did not verify',
    70: 'the server does not speak any protocol version the client offered',
    71: 'the server requires stronger parameters than the client offered (e.g. cipher suites or DH size)',
    80: 'the peer had an internal error (sometimes a rejected key share or a misconfigured server)',
    86: 'the client retried with a lower version (TLS_FALLBACK_SCSV) although the server supports a higher one',
    90: 'the handshake was cancelled',
    109: 'a required extension was missing (TLS 1.3 needs supported_versions, key_share, signature_algorithms)',
    110: 'an extension was sent that the peer did not allow',
    112: 'the server does not know the name sent in SNI (or requires SNI and none was sent)',
    116: 'the server requires a client certificate',
    120: 'no application protocol (ALPN) in common'
};
/** "alert 40 (handshake_failure): the two sides found no ..." */
function describeAlert(code) {
    const meaning = MEANINGS[code];
    return `alert ${code} (${(0,wire_alert/* alertName */.Q6)(code)})${meaning ? `: ${meaning}` : ''}`;
}

// EXTERNAL MODULE: ./src/diagnose/predict.ts
var predict = __webpack_require__(3561);
// EXTERNAL MODULE: ./src/policy/reproduce.ts
var policy_reproduce = __webpack_require__(4137);
;// CONCATENATED MODULE: ./src/diagnose/reproduce.ts
// The openssl s_client and curl commands that make the same offer as a client, so a person can see the
// failure (and, after the fix, the success) with tools they already have.


const OPENSSL_VERSION = {
    SSLv3: 'SSLv3',
    'TLSv1.0': 'TLSv1',
    'TLSv1.1': 'TLSv1.1',
    'TLSv1.2': 'TLSv1.2',
    'TLSv1.3': 'TLSv1.3'
};
const CURL_VERSION = {
    'TLSv1.0': '1.0',
    'TLSv1.1': '1.1',
    'TLSv1.2': '1.2',
    'TLSv1.3': '1.3'
};
function names(offer) {
    const tls12 = [];
    const tls13 = [];
    for (const code of offer.cipherSuites) {
        const suite = (0,registry/* suiteByCode */.Te)(code);
        if (!suite?.openssl || suite.scsv)
            continue;
        (suite.minVersion === 'TLSv1.3' ? tls13 : tls12).push(suite.openssl);
    }
    const groups = offer.groups
        .map((code) => (0,registry/* groupByCode */.cL)(code))
        .map((g) => g?.opensslNames.find((alias) => !/^P-\d+$/.test(alias)) ?? g?.opensslNames[0])
        .filter((g) => Boolean(g));
    return { tls12, tls13, groups };
}
function opensslCommand(offer, endpoint) {
    const { tls12, tls13, groups } = names(offer);
    const address = endpoint.address ?? endpoint.host;
    const connect = address.includes(':') ? `[${address}]:${endpoint.port}` : `${address}:${endpoint.port}`;
    const parts = ['openssl s_client', '-connect', (0,policy_reproduce/* shellQuote */.ZL)(connect)];
    if (offer.sni && endpoint.sni)
        parts.push('-servername', (0,policy_reproduce/* shellQuote */.ZL)(endpoint.sni));
    else
        parts.push('-noservername');
    const lowest = offer.versions[offer.versions.length - 1];
    const highest = offer.versions[0];
    if (lowest && OPENSSL_VERSION[lowest])
        parts.push('-min_protocol', OPENSSL_VERSION[lowest]);
    if (highest && OPENSSL_VERSION[highest])
        parts.push('-max_protocol', OPENSSL_VERSION[highest]);
    const legacy = offer.versions.some((v) => v === 'TLSv1.0' || v === 'TLSv1.1' || v === 'SSLv3');
    if (tls12.length)
        parts.push('-cipher', (0,policy_reproduce/* shellQuote */.ZL)([...tls12, ...(legacy ? ['@SECLEVEL=0'] : [])].join(':')));
    if (offer.versions.includes('TLSv1.3'))
        parts.push('-ciphersuites', (0,policy_reproduce/* shellQuote */.ZL)(tls13.join(':')));
    if (groups.length)
        parts.push('-groups', (0,policy_reproduce/* shellQuote */.ZL)(groups.join(':')));
    parts.push('</dev/null');
    return parts.join(' ');
}
function curlCommand(offer, endpoint) {
    const { tls12, tls13, groups } = names(offer);
    const parts = ['curl -sv -o /dev/null'];
    const lowest = offer.versions[offer.versions.length - 1];
    const highest = offer.versions[0];
    if (lowest && CURL_VERSION[lowest])
        parts.push(`--tlsv${CURL_VERSION[lowest]}`);
    if (highest && CURL_VERSION[highest])
        parts.push('--tls-max', CURL_VERSION[highest]);
    if (tls12.length)
        parts.push('--ciphers', (0,policy_reproduce/* shellQuote */.ZL)(tls12.join(':')));
    if (offer.versions.includes('TLSv1.3') && tls13.length)
        parts.push('--tls13-ciphers', (0,policy_reproduce/* shellQuote */.ZL)(tls13.join(':')));
    if (groups.length)
        parts.push('--curves', (0,policy_reproduce/* shellQuote */.ZL)(groups.join(':')));
    const host = endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host;
    if (endpoint.address && endpoint.address !== endpoint.host) {
        parts.push('--resolve', (0,policy_reproduce/* shellQuote */.ZL)(`${endpoint.host}:${endpoint.port}:${endpoint.address}`));
    }
    parts.push((0,policy_reproduce/* shellQuote */.ZL)(`https://${host}:${endpoint.port}/`));
    return parts.join(' ');
}

// EXTERNAL MODULE: ./src/diagnose/server-change.ts
var server_change = __webpack_require__(4950);
;// CONCATENATED MODULE: ./src/diagnose/offer.ts
function offerFromProfile(profile) {
    return {
        name: profile.id,
        versions: [...profile.versions],
        cipherSuites: [...profile.cipherSuites],
        groups: [...profile.groups],
        signatureAlgorithms: [...profile.signatureAlgorithms],
        sni: profile.sni
    };
}

;// CONCATENATED MODULE: ./src/diagnose/interception.ts
// The seed's proxy cause: the user says what the certificate should be (`expect: { issuer, spki-sha256 }`), and
// a chain that does not match is either an intercepting proxy (TLS inspection) or the wrong backend. A chain
// anchored only by a system-store root that is not in the public (Mozilla) store is the usual sign of
// inspection, so it is noted even without an expectation.

/** Accepts the HPKP spelling "sha256/<base64>" and surrounding space; compares base64 exactly. */
function normalizePin(pin) {
    return pin.trim().replace(/^sha256\//i, '');
}
const squash = (text) => text.toLowerCase().replace(/\s+/g, ' ').trim();
function seen(chain) {
    return chain.map((c) => ({ subject: c.subject, issuer: c.issuer, spkiSha256: c.spkiSha256 }));
}
/**
 * `certificate.unexpected` when the served chain does not match the target's expectation: no certificate in
 * the chain has one of the pinned SPKI hashes, or the leaf's issuer does not contain the expected issuer.
 * `certificate.system-anchor` (a notice) when the chain is trusted only through a system-store root.
 */
function interception_evaluateExpectation(target, expect) {
    const findings = [];
    const report = target.certificate;
    const chain = report?.chain ?? [];
    // Shell-quoted, with IPv6 in brackets: the same command the policy's certificate findings give.
    const reproduce = (0,policy_reproduce/* reproduceCertificate */.tr)(target);
    const systemAnchor = report?.trusted === true && report.trustStore === 'system';
    if (expect && (expect.issuer || expect.spkiSha256?.length)) {
        const problems = [];
        if (chain.length === 0) {
            problems.push('no certificate could be read');
        }
        else {
            if (expect.spkiSha256?.length) {
                const pins = new Set(expect.spkiSha256.map(normalizePin));
                if (!chain.some((c) => pins.has(c.spkiSha256))) {
                    problems.push(`no certificate in the chain has a pinned key (pins: ${[...pins].join(', ')})`);
                }
            }
            if (expect.issuer && !squash(chain[0].issuer).includes(squash(expect.issuer))) {
                problems.push(`the leaf is issued by "${chain[0].issuer}", not "${expect.issuer}"`);
            }
        }
        if (problems.length) {
            const likely = systemAnchor
                ? 'an intercepting proxy (TLS inspection): the chain is anchored by a system-store root that is not in the public (Mozilla) store'
                : 'an intercepting proxy (TLS inspection) or the wrong backend answering for this name';
            findings.push({
                rule: 'certificate.unexpected',
                severity: 'error',
                message: `${target.name}: the certificate is not the expected one: ${problems.join('; ')}. Likely cause: ${likely}.`,
                evidence: { expected: { ...expect }, chain: seen(chain), trustStore: report?.trustStore ?? null },
                fix: {
                    text: 'Check which device answers for this name from the scanning network (proxy, load balancer, CDN); exempt the host from TLS inspection, or update the expectation if the certificate was changed on purpose.'
                },
                reproduce,
                waiver: null
            });
        }
    }
    if (systemAnchor) {
        findings.push({
            rule: 'certificate.system-anchor',
            severity: 'notice',
            message: `${target.name}: the chain is trusted only through a root of this machine's system store that is not in the public (Mozilla) store ("${chain[chain.length - 1]?.issuer ?? 'unknown'}"); this is the usual sign of TLS inspection, and other clients will not trust it.`,
            evidence: { chain: seen(chain), validatedPath: report?.validatedPath ?? [] },
            fix: {
                text: 'Scan from a network without TLS inspection, or confirm that the private root is intended for this host.'
            },
            reproduce,
            waiver: null
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./src/clients/evaluate.ts
var evaluate = __webpack_require__(5485);
;// CONCATENATED MODULE: ./src/diagnose/findings.ts
// The findings of issue 6 that src/policy does not compute itself, in one call for the pipeline: the policy's
// clients rules (needs target.clients from simulateTargetClients) and the target's certificate expectation
// (pinning) with the system-anchor note. Put them on the target's findings before src/policy's evaluate(),
// which keeps them and applies severity overrides and waivers. Resumption findings are not here: evaluate()
// already calls evaluateResumption on target.resumption.


function diagnosticFindings(report, target, rules) {
    if (report.status !== 'ok')
        return [];
    return [...evaluateClients(report, rules.clients), ...evaluateExpectation(report, target.expect)];
}

;// CONCATENATED MODULE: ./src/diagnose/index.ts









const list = (items) => (items.length ? items.join(', ') : '(none)');
const rank = (p) => ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'].indexOf(p);
function versionAllowed(p, rules) {
    if (!rules)
        return p !== 'SSLv2';
    return rules.protocols.allowed === null ? p !== 'SSLv2' : rules.protocols.allowed.includes(p);
}
function suiteAllowed(suite, rules) {
    if (!rules)
        return null;
    return (0,fix/* suiteRejection */.gC)(suite.iana ?? suite.name, rules);
}
function groupAllowed(name, rules) {
    if (!rules)
        return true;
    const { allowedGroups, minDhBits, minEcdhBits } = rules.keyExchange;
    if (allowedGroups !== null && !allowedGroups.includes(name))
        return false;
    const bits = (0,fix/* groupBits */.S8)(name);
    const minimum = (0,fix/* isFfdheGroup */.RN)(name) ? minDhBits : minEcdhBits;
    return minimum === null || bits === null || bits >= minimum;
}
function keyTypeAllowed(keyType, rules) {
    const allowed = rules?.certificates.allowedKeyTypes;
    return !allowed || allowed.includes(keyType);
}
/** The client's first suite at a version that the policy allows and the server's certificates can serve. */
function suiteToAdd(offer, target, version, rules, commonGroup) {
    const keys = (0,predict/* serverKeys */.yl)(target)?.filter((k) => (0,predict/* keyAcceptable */.wf)(k, offer.signatureAlgorithms, version)) ?? null;
    const refused = [];
    for (const code of offer.cipherSuites) {
        const suite = (0,registry/* suiteByCode */.Te)(code);
        if (!suite || !(0,predict/* suiteFitsVersion */.HR)(suite, version) || !suite.openssl)
            continue;
        const name = suite.iana ?? suite.name;
        const rejection = suiteAllowed(suite, rules);
        if (rejection) {
            refused.push(`${name}: ${rejection}`);
            continue;
        }
        if (version !== 'TLSv1.3' && keys) {
            const needs = suite.au === 'RSA' ? 'RSA' : suite.au === 'ECDSA' ? 'EC' : suite.au === 'DSS' ? 'DSA' : null;
            if (needs && !keys.some((k) => k.keyType === needs)) {
                refused.push(`${name}: needs a${needs === 'RSA' ? 'n' : ''} ${needs} certificate`);
                continue;
            }
        }
        if (suite.kx === 'ECDHE' && !commonGroup) {
            refused.push(`${name}: no curve in common`);
            continue;
        }
        return { suite, refused };
    }
    return { suite: null, refused };
}
function noFix(text) {
    return { fix: { text }, change: server_change/* NO_CHANGE */.XG, compliantFix: false };
}
function withChange(change, text) {
    const fix = (0,server_change/* renderServerChange */.Ie)(change);
    return { fix: text ? { ...fix, text } : fix, change, compliantFix: true };
}
/** A change that makes `suite` usable at `version` (appended after the server's own suites, keeping its order). */
function addSuite(target, suite, base = server_change/* NO_CHANGE */.XG) {
    if (suite.minVersion === 'TLSv1.3') {
        const current = (0,server_change/* currentTls13Ciphers */.Bs)(target);
        return { ...base, tls13Ciphers: [...current.filter((s) => s !== suite.openssl), suite.openssl] };
    }
    const current = (0,server_change/* currentTls12Ciphers */.g3)(target);
    const dhParams = suite.kx === 'DHE' && target.keyExchange.dhBits === null;
    return {
        ...base,
        tls12Ciphers: [...current.filter((s) => s !== suite.openssl), suite.openssl],
        ...(dhParams ? { dhParams } : {})
    };
}
function commonGroupExists(offer, target) {
    return offer.groups.map(predict/* groupLabel */.AM).some((g) => target.groups.includes(g));
}
function fixForVersion(offer, target, rules) {
    const candidates = offer.versions.filter((v) => versionAllowed(v, rules) && v !== 'SSLv2');
    const version = candidates[0];
    if (!version) {
        return noFix(`No policy-compliant fix: ${offer.name} speaks only ${list(offer.versions)} and the policy allows ${list(rules?.protocols.allowed ?? [])}. Upgrade the client.`);
    }
    const protocols = [...new Set([...(0,server_change/* currentProtocols */.zC)(target), version])].sort((a, b) => rank(a) - rank(b));
    let change = { ...server_change/* NO_CHANGE */.XG, protocols };
    if (version !== 'TLSv1.3') {
        // The server has no suites at this version yet: make sure one of the client's is in the list.
        const current = (0,server_change/* currentTls12Ciphers */.g3)(target);
        const clientNames = offer.cipherSuites
            .map((c) => (0,registry/* suiteByCode */.Te)(c))
            .filter((s) => s && (0,predict/* suiteFitsVersion */.HR)(s, version));
        const shared = clientNames.some((s) => s.openssl && current.includes(s.openssl));
        if (!shared) {
            const { suite, refused } = suiteToAdd(offer, target, version, rules, commonGroupExists(offer, target));
            if (!suite) {
                return noFix(`No policy-compliant fix: enabling ${version} would not help, because no suite ${offer.name} offers there is allowed (${list(refused.slice(0, 4))}). Upgrade the client.`);
            }
            change = addSuite(target, suite, change);
        }
        else {
            change = { ...change, tls12Ciphers: current };
        }
    }
    return withChange(change, `Enable ${version} (the highest version ${offer.name} speaks that the policy allows).`);
}
function fixForCipher(offer, target, version, rules) {
    const { suite, refused } = suiteToAdd(offer, target, version, rules, commonGroupExists(offer, target));
    if (!suite) {
        return noFix(`No policy-compliant fix: every ${version} suite ${offer.name} offers is refused (${list(refused.slice(0, 4))}${refused.length > 4 ? `, and ${refused.length - 4} more` : ''}). Upgrade the client.`);
    }
    return withChange(addSuite(target, suite), `Add ${suite.openssl} (${suite.iana}) to the server's ${version} suites.`);
}
function fixForGroup(offer, target, rules) {
    for (const code of offer.groups) {
        const name = (0,registry/* groupByCode */.cL)(code)?.name;
        const openssl = name ? (0,server_change/* opensslGroupName */.Zf)(name) : null;
        if (!name || !openssl || !groupAllowed(name, rules))
            continue;
        return withChange({ ...server_change/* NO_CHANGE */.XG, groups: [...(0,server_change/* currentGroups */.Aw)(target), openssl] }, `Add the group ${name}.`);
    }
    return noFix(`No policy-compliant fix: the policy allows none of the groups ${offer.name} offers. Upgrade the client.`);
}
function fixForSignature(offer, version, rules) {
    const wanted = ['EC', 'RSA', 'Ed25519'].filter((keyType) => keyTypeAllowed(keyType, rules) &&
        (0,predict/* keyAcceptable */.wf)({ keyType, curve: keyType === 'EC' ? 'P-256' : null }, offer.signatureAlgorithms, version));
    if (wanted.length === 0) {
        return noFix(`No policy-compliant fix: ${offer.name} accepts no certificate key type the policy allows. Upgrade the client.`);
    }
    const keyType = wanted[0];
    const file = keyType === 'EC' ? 'ecdsa' : keyType.toLowerCase();
    return {
        fix: {
            nginx: [`ssl_certificate /etc/ssl/${file}-fullchain.pem;`, `ssl_certificate_key /etc/ssl/${file}.key;`],
            apache: [
                `SSLCertificateFile /etc/ssl/${file}-fullchain.pem`,
                `SSLCertificateKeyFile /etc/ssl/${file}.key`
            ],
            haproxy: [`bind :443 ssl crt /etc/haproxy/site.pem crt /etc/haproxy/site-${file}.pem`],
            text: `Serve a second certificate with an ${keyType === 'EC' ? 'ECDSA (P-256)' : keyType} key next to the current one (servers pick per client).`
        },
        change: server_change/* NO_CHANGE */.XG,
        compliantFix: true
    };
}
function predictionDiagnosis(input, prediction) {
    const { offer, target, rules } = input;
    const cause = prediction.cause;
    switch (cause.kind) {
        case 'no-common-version':
            return {
                cause: 'no-common-version',
                summary: `No common protocol version: ${offer.name} speaks ${list(cause.client)}; ${target.name} speaks ${list(cause.server)}.`,
                details: [`client versions: ${list(cause.client)}`, `server versions: ${list(cause.server)}`],
                ...fixForVersion(offer, target, rules)
            };
        case 'no-common-cipher': {
            const details = [
                `client ${cause.version} suites: ${list(cause.client)}`,
                `server ${cause.version} suites: ${list(cause.server)}`
            ];
            if (cause.nearest) {
                details.push(`nearest pair: ${cause.nearest.client} (client) and ${cause.nearest.server} (server), differing in ${list(cause.nearest.differences)}`);
            }
            return {
                cause: 'no-common-cipher',
                summary: `No common cipher suite at ${cause.version}: none of the ${cause.client.length} suites ${offer.name} offers is among the ${cause.server.length} ${target.name} accepts.`,
                details,
                ...fixForCipher(offer, target, cause.version, rules)
            };
        }
        case 'no-common-group':
            return {
                cause: 'no-common-group',
                summary: `No common key-exchange group at ${cause.version}: ${offer.name} offers ${list(cause.client)}; ${target.name} accepts ${list(cause.server)}.`,
                details: [`client groups: ${list(cause.client)}`, `server groups: ${list(cause.server)}`],
                ...fixForGroup(offer, target, rules)
            };
        case 'no-common-signature-algorithm':
            return {
                cause: 'no-common-signature-algorithm',
                summary: `No common signature algorithm at ${cause.version}: ${offer.name} cannot verify a signature by the server's ${list(cause.serverKeyTypes)} key.`,
                details: [`server certificate keys: ${list(cause.serverKeyTypes)}`],
                ...fixForSignature(offer, cause.version, rules)
            };
        default:
            return {
                cause: 'none',
                summary: `${offer.name} connects to ${target.name} with ${prediction.version} and ${prediction.cipherSuite}.`,
                details: [],
                fix: {},
                change: server_change/* NO_CHANGE */.XG,
                compliantFix: true
            };
    }
}
/** Certificate problems a verifying client rejects, from the certificate report (first problem wins). */
function certificateDiagnosis(input) {
    const { offer, target } = input;
    const report = target.certificate;
    const leaf = report?.chain[0];
    if (!report || !leaf)
        return null;
    const base = { change: server_change/* NO_CHANGE */.XG, details: [] };
    if (leaf.daysRemaining < 0) {
        return {
            ...base,
            cause: 'certificate-expired',
            summary: `The certificate of ${target.name} expired on ${leaf.notAfter}; ${offer.name} rejects it (alert 45 certificate_expired).`,
            fix: {
                nginx: [
                    'ssl_certificate /etc/ssl/renewed-fullchain.pem;  # the renewed certificate, then its intermediates'
                ],
                apache: ['SSLCertificateFile /etc/ssl/renewed-fullchain.pem'],
                haproxy: ['bind :443 ssl crt /etc/haproxy/renewed.pem'],
                text: 'Renew the certificate and reload the server; check that the renewal job deploys to this endpoint.'
            },
            compliantFix: true
        };
    }
    if (!report.chainComplete) {
        const missing = report.missingIssuer;
        return {
            ...base,
            cause: 'chain-incomplete',
            summary: `The chain of ${target.name} is incomplete${missing ? `: the intermediate "${missing.subject}" is not sent` : ''}; clients without that intermediate cached (${offer.name}, curl, Java, Android) reject it (alert 48 unknown_ca).`,
            details: missing?.caIssuerUrl ? [`the missing issuer can be fetched from ${missing.caIssuerUrl}`] : [],
            fix: {
                nginx: ['ssl_certificate /etc/ssl/fullchain.pem;  # leaf first, then each intermediate'],
                apache: ['SSLCertificateFile /etc/ssl/fullchain.pem  # leaf first, then each intermediate'],
                haproxy: ['bind :443 ssl crt /etc/haproxy/fullchain-and-key.pem'],
                text: 'Concatenate the leaf certificate and its intermediate(s), leaf first, and serve that file.'
            },
            compliantFix: true
        };
    }
    if (!report.trusted) {
        return {
            ...base,
            cause: 'certificate-untrusted',
            summary: `The chain of ${target.name} does not lead to a CA ${offer.name} trusts (alert 48 unknown_ca or 46 certificate_unknown); ${report.chain.length === 1 && leaf.selfSigned
                ? 'the certificate is self-signed'
                : `it ends at "${report.chain[report.chain.length - 1].issuer}"`}.`,
            fix: {
                text: "Serve a certificate from a publicly trusted CA, or install this CA in the client's trust store."
            },
            compliantFix: true
        };
    }
    if (!report.hostnameMatch) {
        return {
            ...base,
            cause: 'certificate-name-mismatch',
            summary: `The certificate of ${target.name} does not cover the name ${target.sni ?? target.host}: it names ${list(leaf.subjectAltNames)}.`,
            fix: {
                text: `Issue a certificate that includes DNS:${target.sni ?? target.host}, or serve the right one for this name (SNI).`
            },
            compliantFix: true
        };
    }
    return null;
}
function outcomeText(outcome) {
    switch (outcome.kind) {
        case 'accepted':
            return `the handshake completed with ${outcome.version}`;
        case 'hello-retry':
            return `the server asked for another key share (${(0,predict/* groupLabel */.AM)(outcome.group)})`;
        case 'alert':
            return `the server answered with ${describeAlert(outcome.alert.description)}`;
        case 'closed':
            return 'the server closed the connection without a reply';
        case 'reset':
            return 'the server reset the connection';
        case 'timeout':
            return 'the server did not answer in time';
        case 'not-tls':
            return `the port is not TLS (${outcome.description})`;
        case 'protocol-error':
            return outcome.message;
        case 'unreachable':
            return outcome.message;
    }
}
/**
 * Diagnoses a client's handshake against a target. With an outcome, the outcome's alert is named and any
 * disagreement with the scan data is said; without one, the diagnosis is the prediction from the scan data.
 */
function diagnoseFailure(input) {
    const { offer, target, outcome } = input;
    const reproduce = {
        openssl: opensslCommand(offer, {
            host: target.host,
            port: target.port,
            sni: target.sni,
            address: target.address
        }),
        curl: curlCommand(offer, {
            host: target.host,
            port: target.port,
            sni: target.sni,
            address: target.address
        })
    };
    const alert = outcome?.kind === 'alert' ? outcome.alert : null;
    const finish = (d) => {
        const details = [...d.details];
        if (outcome && outcome.kind !== 'accepted')
            details.unshift(`observed: ${outcomeText(outcome)}`);
        return { ...d, details, alert, reproduce };
    };
    if (outcome?.kind === 'unreachable') {
        return finish({
            cause: 'unreachable',
            summary: `${target.name} is unreachable: ${outcome.message}`,
            details: [],
            fix: {},
            change: server_change/* NO_CHANGE */.XG,
            compliantFix: true
        });
    }
    if (outcome?.kind === 'not-tls') {
        return finish({
            cause: 'not-tls',
            summary: `${target.name} does not speak TLS on port ${target.port}: it is ${outcome.description}.`,
            details: [],
            fix: {},
            change: server_change/* NO_CHANGE */.XG,
            compliantFix: true
        });
    }
    if (outcome?.kind === 'alert' && outcome.alert.description === 112) {
        return finish({
            cause: 'sni',
            summary: offer.sni
                ? `${target.name} does not know the name ${target.sni ?? target.host} sent in SNI (alert 112 unrecognized_name).`
                : `${target.name} requires SNI and ${offer.name} sends none (alert 112 unrecognized_name).`,
            details: [],
            fix: {
                nginx: [
                    'listen 443 ssl default_server;  # in the server block that should answer clients without (or with unknown) SNI'
                ],
                apache: [
                    '# make the right <VirtualHost *:443> the first one: it answers clients without SNI',
                    'SSLStrictSNIVHostCheck off'
                ],
                haproxy: [
                    'bind :443 ssl crt /etc/haproxy/default.pem crt /etc/haproxy/sites/  # the first crt is the default'
                ],
                text: 'Give the server a default certificate for clients without SNI (or with a name it does not know).'
            },
            change: server_change/* NO_CHANGE */.XG,
            compliantFix: true
        });
    }
    const prediction = (0,predict/* predictHandshake */.nU)(offer, target);
    if (outcome && (outcome.kind === 'timeout' || outcome.kind === 'protocol-error')) {
        // What happened on the wire comes first: a silent or broken peer is not a negotiation result.
        const predicted = prediction.connects
            ? `the scan data predicts ${prediction.version} with ${prediction.cipherSuite}`
            : predictionDiagnosis(input, prediction).summary;
        return finish({
            cause: outcome.kind === 'timeout' ? 'timeout' : 'unexplained',
            summary: `${target.name} did not complete the handshake with ${offer.name}: ${outcomeText(outcome)}.`,
            details: [`from the scan data: ${predicted}`],
            fix: {},
            change: server_change/* NO_CHANGE */.XG,
            compliantFix: true
        });
    }
    if (!prediction.connects) {
        const diagnosis = predictionDiagnosis(input, prediction);
        if (outcome && (outcome.kind === 'reset' || outcome.kind === 'closed')) {
            // Some servers and middleboxes drop the connection instead of sending handshake_failure.
            diagnosis.summary = `${target.name} ${outcome.kind === 'reset' ? 'reset the connection' : 'closed the connection'} without an alert; the scan data explains why. ${diagnosis.summary}`;
        }
        return finish(diagnosis);
    }
    const handshakeFailed = outcome !== undefined &&
        outcome !== null &&
        outcome.kind !== 'accepted' &&
        outcome.kind !== 'hello-retry';
    if (handshakeFailed) {
        const kind = outcome.kind === 'reset' || outcome.kind === 'closed' ? 'reset' : 'unexplained';
        return finish({
            cause: kind,
            summary: `${target.name} refused ${offer.name}: ${outcomeText(outcome)}, although the scan data predicts ${prediction.version} with ${prediction.cipherSuite}.`,
            details: [
                'The server checks something this scan does not model (a client certificate, ALPN, an extension, a middlebox), or it changed since the scan.'
            ],
            fix: {},
            change: server_change/* NO_CHANGE */.XG,
            compliantFix: true
        });
    }
    const certificate = certificateDiagnosis(input);
    if (certificate)
        return finish(certificate);
    return finish(predictionDiagnosis(input, prediction));
}




/***/ }),

/***/ 3561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ groupLabel),
/* harmony export */   HR: () => (/* binding */ suiteFitsVersion),
/* harmony export */   LO: () => (/* binding */ suiteLabel),
/* harmony export */   nU: () => (/* binding */ predictHandshake),
/* harmony export */   wf: () => (/* binding */ keyAcceptable),
/* harmony export */   yl: () => (/* binding */ serverKeys)
/* harmony export */ });
/* unused harmony exports suiteDifferences, serverVersions */
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1751);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5235);
// What the scan data says a client's handshake will do: the version, suite and group the server will pick, or
// why there is none, computed the way servers negotiate (version first, then suite, with ECDHE suites needing a
// common curve and every suite needing a certificate the client's signature algorithms accept). Simulation
// compares this with the real handshake; diagnosis explains failures with it.


const rank = (p) => _model_report_js__WEBPACK_IMPORTED_MODULE_1__/* .PROTOCOL_NAMES */ .g8.indexOf(p);
function suiteLabel(code) {
    const info = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .suiteByCode */ .Te)(code);
    return info?.iana ?? info?.name ?? `0x${code.toString(16).padStart(4, '0')}`;
}
function groupLabel(code) {
    return (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .groupByCode */ .cL)(code)?.name ?? `0x${code.toString(16).padStart(4, '0')}`;
}
/** Whether a suite can be negotiated at a version (TLS 1.3 suites only there; TLS 1.2 suites from 1.2 on). */
function suiteFitsVersion(suite, version) {
    if (suite.scsv || suite.sslv2)
        return false;
    const tls13Suite = suite.minVersion === 'TLSv1.3';
    if (version === 'TLSv1.3')
        return tls13Suite;
    if (tls13Suite)
        return false;
    if (suite.minVersion && rank(suite.minVersion) > rank(version))
        return false;
    if (suite.maxVersion && rank(suite.maxVersion) < rank(version))
        return false;
    return true;
}
const RSA_PKCS1 = [0x0201, 0x0301, 0x0401, 0x0501, 0x0601];
const RSA_PSS_RSAE = [0x0804, 0x0805, 0x0806];
const ECDSA_BY_CURVE = { 'P-256': 0x0403, 'P-384': 0x0503, 'P-521': 0x0603 };
const ECDSA_ANY = [0x0203, 0x0303, 0x0403, 0x0503, 0x0603];
const DSA = [0x0202, 0x0302, 0x0402, 0x0502, 0x0602];
/** The server's certificates as (key type, curve) pairs, or null when the scan read no certificate. */
function serverKeys(target) {
    const certificate = target.certificate;
    const leaf = certificate?.chain[0];
    if (!certificate || !leaf)
        return null;
    const keys = [{ keyType: leaf.keyType, curve: leaf.curve }];
    for (const alternate of certificate.alternateChains) {
        const alt = alternate.chain[0];
        if (alt)
            keys.push({ keyType: alt.keyType, curve: alt.curve });
    }
    return keys;
}
/** Whether a client offering these signature schemes accepts a certificate key at a version. */
function keyAcceptable(key, schemes, version) {
    // Before TLS 1.2 there is no signature_algorithms: any key the suite allows.
    if (rank(version) < rank('TLSv1.2') || schemes.length === 0)
        return true;
    const has = (codes) => codes.some((code) => schemes.includes(code));
    const tls13 = version === 'TLSv1.3';
    switch (key.keyType) {
        case 'RSA':
            return has(tls13 ? RSA_PSS_RSAE : [...RSA_PSS_RSAE, ...RSA_PKCS1]);
        case 'EC': {
            const exact = key.curve ? ECDSA_BY_CURVE[key.curve] : undefined;
            return tls13 ? exact !== undefined && has([exact]) : has(ECDSA_ANY);
        }
        case 'Ed25519':
            return has([0x0807]);
        case 'Ed448':
            return has([0x0808]);
        case 'DSA':
            return !tls13 && has(DSA);
        default:
            return true;
    }
}
/** Whether a TLS <= 1.2 suite's authentication can use one of the acceptable keys. */
function authenticates(suite, keys) {
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
const usesEcdhe = (suite) => suite.kx === 'ECDHE';
/** The attributes two suites differ in, for "the nearest pair". */
function suiteDifferences(a, b) {
    const out = [];
    if (a.kx !== b.kx)
        out.push(`key exchange ${a.kx} vs ${b.kx}`);
    if (a.au !== b.au)
        out.push(`authentication ${a.au} vs ${b.au}`);
    if (a.cipher !== b.cipher || a.keyBits !== b.keyBits)
        out.push(`cipher ${a.cipher}-${a.keyBits} vs ${b.cipher}-${b.keyBits}`);
    if (a.mode !== b.mode)
        out.push(`mode ${a.mode} vs ${b.mode}`);
    if (a.mac !== b.mac)
        out.push(`MAC ${a.mac} vs ${b.mac}`);
    return out;
}
function nearestPair(client, server) {
    let best = null;
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
function fail(cause, version = null) {
    return { connects: false, version, cipherSuite: null, group: null, cause };
}
function serverVersions(target) {
    return _model_report_js__WEBPACK_IMPORTED_MODULE_1__/* .PROTOCOL_NAMES */ .g8.filter((p) => target.protocols[p]).reverse();
}
/** The server's groups usable at a version (TLS 1.3 key shares, or TLS 1.2 ECDHE curves). */
function serverGroups(target, version) {
    const specific = version === 'TLSv1.3' ? target.keyExchange.tls13Groups : target.keyExchange.tls12Groups;
    return specific.length > 0 ? specific : target.groups;
}
/** Predicts the outcome of a client's handshake from the scan data of a target. */
function predictHandshake(offer, target) {
    const versions = serverVersions(target);
    const version = offer.versions.find((v) => target.protocols[v]);
    if (!version)
        return fail({ kind: 'no-common-version', client: offer.versions, server: versions });
    const clientSuites = offer.cipherSuites
        .map((code) => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .suiteByCode */ .Te)(code))
        .filter((s) => s !== undefined && suiteFitsVersion(s, version));
    const serverSuites = (target.cipherSuites[version] ?? [])
        .map((name) => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .suiteByName */ .ty)(name))
        .filter((s) => s !== undefined);
    const serverCodes = new Set(serverSuites.map((s) => s.code));
    const clientCodes = new Set(clientSuites.map((s) => s.code));
    let common = (target.serverPreference[version] ? serverSuites : clientSuites).filter((s) => serverCodes.has(s.code) && clientCodes.has(s.code));
    if (common.length === 0) {
        return fail({
            kind: 'no-common-cipher',
            version,
            client: clientSuites.map((s) => s.iana ?? s.name),
            server: serverSuites.map((s) => s.iana ?? s.name),
            nearest: nearestPair(clientSuites, serverSuites)
        }, version);
    }
    const keys = serverKeys(target);
    const acceptable = keys?.filter((key) => keyAcceptable(key, offer.signatureAlgorithms, version)) ?? null;
    const sigalgFailure = () => fail({
        kind: 'no-common-signature-algorithm',
        version,
        client: offer.signatureAlgorithms,
        serverKeyTypes: (keys ?? []).map((k) => k.keyType)
    }, version);
    if (acceptable && acceptable.length === 0)
        return sigalgFailure();
    const clientGroups = offer.groups.map(groupLabel);
    const groupsOfServer = serverGroups(target, version);
    const commonGroups = clientGroups.filter((g) => groupsOfServer.includes(g));
    if (version === 'TLSv1.3') {
        if (commonGroups.length === 0 && groupsOfServer.length > 0) {
            return fail({ kind: 'no-common-group', version, client: clientGroups, server: groupsOfServer }, version);
        }
    }
    else {
        if (acceptable) {
            const authenticated = common.filter((s) => authenticates(s, acceptable));
            if (authenticated.length === 0)
                return sigalgFailure();
            common = authenticated;
        }
        if (commonGroups.length === 0) {
            const withoutEcdhe = common.filter((s) => !usesEcdhe(s));
            if (withoutEcdhe.length === 0) {
                return fail({ kind: 'no-common-group', version, client: clientGroups, server: groupsOfServer }, version);
            }
            common = withoutEcdhe;
        }
    }
    const suite = common[0];
    const needsGroup = version === 'TLSv1.3' || usesEcdhe(suite);
    const preferred = target.keyExchange.preferredGroup;
    const group = needsGroup
        ? preferred && commonGroups.includes(preferred)
            ? preferred
            : (commonGroups[0] ?? null)
        : null;
    return { connects: true, version, cipherSuite: suite.iana ?? suite.name, group, cause: { kind: 'ok' } };
}


/***/ }),

/***/ 4950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ currentGroups),
/* harmony export */   Bs: () => (/* binding */ currentTls13Ciphers),
/* harmony export */   Ie: () => (/* binding */ renderServerChange),
/* harmony export */   XG: () => (/* binding */ NO_CHANGE),
/* harmony export */   Zf: () => (/* binding */ opensslGroupName),
/* harmony export */   g3: () => (/* binding */ currentTls12Ciphers),
/* harmony export */   zC: () => (/* binding */ currentProtocols)
/* harmony export */ });
/* unused harmony exports opensslSuiteName, DH_PARAM_FILE */
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1751);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5235);
// A change to the server's TLS settings (full lists to set, derived from what the server has now plus the
// one thing the client needs) and its spelling for nginx, Apache httpd and HAProxy. Stating the full list,
// not "add X", keeps the lines copy-pasteable; starting from the scanned lists keeps every other client working.


const NO_CHANGE = {
    protocols: null,
    tls12Ciphers: null,
    tls13Ciphers: null,
    groups: null
};
/** Versions the server speaks now, oldest first. */
function currentProtocols(target) {
    return _model_report_js__WEBPACK_IMPORTED_MODULE_1__/* .PROTOCOL_NAMES */ .g8.filter((p) => target.protocols[p]);
}
function opensslSuiteName(iana) {
    return (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .suiteByName */ .ty)(iana)?.openssl ?? null;
}
/** The spelling OpenSSL group lists accept (X25519, prime256v1, secp384r1, ffdhe2048). */
function opensslGroupName(name) {
    const group = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .groupByName */ .mV)(name);
    if (!group || group.opensslNames.length === 0)
        return null;
    return group.opensslNames.find((alias) => !/^P-\d+$/.test(alias)) ?? group.opensslNames[0];
}
/** The server's TLS <= 1.2 suites now (union over versions, first seen order), as OpenSSL names. */
function currentTls12Ciphers(target) {
    const names = [];
    for (const p of ['TLSv1.2', 'TLSv1.1', 'TLSv1.0', 'SSLv3']) {
        for (const iana of target.cipherSuites[p] ?? []) {
            const name = opensslSuiteName(iana);
            if (name && !names.includes(name))
                names.push(name);
        }
    }
    return names;
}
function currentTls13Ciphers(target) {
    return (target.cipherSuites['TLSv1.3'] ?? []).map((iana) => opensslSuiteName(iana) ?? iana);
}
function currentGroups(target) {
    return target.groups.map((g) => opensslGroupName(g)).filter((g) => g !== null);
}
const NGINX_VERSION = {
    SSLv2: 'SSLv2',
    SSLv3: 'SSLv3',
    'TLSv1.0': 'TLSv1',
    'TLSv1.1': 'TLSv1.1',
    'TLSv1.2': 'TLSv1.2',
    'TLSv1.3': 'TLSv1.3'
};
/** Where the fix lines put RFC 7919 DH parameters, and how to make them. */
const DH_PARAM_FILE = '/etc/nginx/ffdhe2048.pem';
const DH_PARAM_COMMAND = `openssl genpkey -genparam -algorithm DH -pkeyopt group:ffdhe2048 -out ${DH_PARAM_FILE}`;
const belowTls12 = (p) => _model_report_js__WEBPACK_IMPORTED_MODULE_1__/* .PROTOCOL_NAMES */ .g8.indexOf(p) < _model_report_js__WEBPACK_IMPORTED_MODULE_1__/* .PROTOCOL_NAMES */ .g8.indexOf('TLSv1.2');
/** nginx, Apache and HAProxy lines for a change (empty FixLines when nothing changes). */
function renderServerChange(change) {
    const nginx = [];
    const apache = [];
    const haproxy = [];
    // OpenSSL 3 refuses TLS 1.0/1.1 (SHA-1 in the handshake) at its default security level.
    const legacy = change.protocols?.some(belowTls12) ?? false;
    if (change.protocols) {
        const versions = change.protocols.filter((p) => p !== 'SSLv2');
        nginx.push(`ssl_protocols ${versions.map((p) => NGINX_VERSION[p]).join(' ')};`);
        apache.push(`SSLProtocol -all ${versions.map((p) => `+${NGINX_VERSION[p]}`).join(' ')}`);
        haproxy.push(`ssl-default-bind-options ssl-min-ver ${versions[0].replace('TLSv1.0', 'TLSv1.0')} ssl-max-ver ${versions[versions.length - 1]}`);
    }
    if (change.tls12Ciphers) {
        const list = [...change.tls12Ciphers, ...(legacy ? ['@SECLEVEL=0'] : [])].join(':');
        nginx.push(`ssl_ciphers ${list};`);
        apache.push(`SSLCipherSuite ${list}`);
        haproxy.push(`ssl-default-bind-ciphers ${list}`);
    }
    if (change.tls13Ciphers) {
        const list = change.tls13Ciphers.join(':');
        nginx.push(`ssl_conf_command Ciphersuites ${list};`);
        apache.push(`SSLCipherSuite TLSv1.3 ${list}`);
        haproxy.push(`ssl-default-bind-ciphersuites ${list}`);
    }
    if (change.dhParams) {
        // nginx enables DHE only with explicit parameters; Apache and HAProxy have built-in ones.
        nginx.push(`ssl_dhparam ${DH_PARAM_FILE};  # ${DH_PARAM_COMMAND}`);
    }
    if (change.groups) {
        const list = change.groups.join(':');
        nginx.push(`ssl_ecdh_curve ${list};`);
        apache.push(`SSLOpenSSLConfCmd Curves ${list}`);
        haproxy.push(`ssl-default-bind-curves ${list}`);
    }
    if (nginx.length === 0)
        return {};
    return { nginx, apache, haproxy };
}


/***/ }),

/***/ 5872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x7: () => (/* binding */ DEFAULT_SCAN_OPTIONS),
  rt: () => (/* binding */ scanTarget),
  WB: () => (/* binding */ scanTargets)
});

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./src/registry/index.ts + 3 modules
var registry = __webpack_require__(1751);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/certs/index.ts + 7 modules
var certs = __webpack_require__(2703);
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

// EXTERNAL MODULE: ./src/wire/tls13/key-share.ts
var key_share = __webpack_require__(4246);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/wire/client-hello-spec.ts
var client_hello_spec = __webpack_require__(8347);
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
const X25519 = 0x001d;
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
        return { clientVersion, recordVersion: client_hello_spec/* VERSION */.x.SSLv3, cipherSuites: suites };
    }
    return {
        clientVersion,
        recordVersion: client_hello_spec/* VERSION */.x.TLSv1_0,
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
        clientVersion: client_hello_spec/* VERSION */.x.TLSv1_2,
        recordVersion: client_hello_spec/* VERSION */.x.TLSv1_0,
        cipherSuites: suites,
        sessionId: Buffer.alloc(32, 0x5a),
        serverName: options.serverName,
        supportedVersions: [client_hello_spec/* VERSION */.x.TLSv1_3],
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

;// CONCATENATED MODULE: ./src/scan/certificates.ts
// Certificate capture for src/certs: the chain exactly as the server sent it (the Certificate message itself,
// decrypted for TLS 1.3), the stapled OCSP response, the chain served without SNI, and further chains the
// server holds for other key types (found by offering only ECDSA, then only RSA, signature schemes/suites).



/** Groups src/wire/tls13/key-share.ts can make real shares for (x25519, x448, P-256/384/521). */
const SHAREABLE_GROUPS = [0x001d, 0x001e, 0x0017, 0x0018, 0x0019];
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
    if (!mainChain) {
        captured.error = {
            code: 'NO_CERTIFICATE',
            message: main?.kind === 'accepted'
                ? `the server sent no certificate over ${version}`
                : `the handshake to read the certificate over ${version} failed (${main?.kind ?? 'not attempted'})`
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

// EXTERNAL MODULE: ./src/scan/probe.ts + 14 modules
var probe = __webpack_require__(2002);
// EXTERNAL MODULE: ./src/scan/limiter.ts
var limiter = __webpack_require__(57);
;// CONCATENATED MODULE: ./src/scan/context.ts


class ScanContext {
    endpoint;
    limits;
    handshakes = 0;
    limiter;
    constructor(endpoint, limits, perTargetConcurrency) {
        this.endpoint = endpoint;
        this.limits = limits;
        this.limiter = new limiter/* Limiter */.j(Math.max(1, perTargetConcurrency));
    }
    get expired() {
        return Date.now() >= this.limits.deadline || this.limits.signal?.aborted === true;
    }
    /** One probe under the per-target limit; after the deadline it answers 'timeout' without connecting. */
    probe(hello, options) {
        return this.limiter.run(async () => {
            if (this.expired)
                return { kind: 'timeout', durationMs: 0 };
            this.handshakes++;
            return (0,probe/* runProbe */.m)(this.endpoint, hello, this.limits, options);
        });
    }
}

;// CONCATENATED MODULE: ./src/scan/groups.ts
// Key-exchange groups. TLS 1.3: offer every group in supported_groups with an empty key_share, so the server
// must answer with a HelloRetryRequest naming the group it wants; remove that group and ask again until it
// refuses (servers that refuse an empty key_share get one hello per group instead). TLS 1.2: offer only ECDHE suites and read the curve from ServerKeyExchange, with the same removal
// loop. One handshake per accepted group, plus one.



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
    if (outcome.kind === 'accepted' && outcome.version !== version)
        return true; // answered a lower version
    if (outcome.kind === 'alert' && outcome.alert.description === 70)
        return true; // protocol_version
    return false;
}
async function enumerateChunk(ctx, version, suites, initial) {
    const remaining = [...suites];
    const result = { found: [], outcomes: [], firstFailure: null, refused: false };
    let reuse = initial;
    while (remaining.length > 0 && !ctx.expired) {
        const outcome = reuse ?? (await ctx.probe(helloFor(ctx, version, remaining)));
        reuse = undefined;
        const suite = chosenSuite(outcome, version);
        if (suite === null || !remaining.includes(suite)) {
            if (result.found.length === 0) {
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
        failures: []
    };
    // The first chunk alone first: a protocol_version alert or a lower-version answer ends the version cheaply.
    const first = await enumerateChunk(ctx, version, chunks[0] ?? [], initial);
    const results = [first];
    if (!first.refused)
        results.push(...(await Promise.all(chunks.slice(1).map((c) => enumerateChunk(ctx, version, c)))));
    for (const r of results) {
        result.outcomes.push(...r.outcomes);
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

;// CONCATENATED MODULE: ./src/scan/index.ts
// scanTarget / scanTargets: everything the engine finds about a target, within its deadline. Targets run in
// parallel under `concurrency`, one target's probes under `perTargetConcurrency`. A target that cannot be
// reached, is not TLS, or misbehaves ends as its status and error; it never throws and never holds up others.











const DEFAULT_SCAN_OPTIONS = {
    timeoutMs: 5000,
    targetDeadlineMs: 60000,
    concurrency: 16,
    perTargetConcurrency: 6
};
const LEGACY_VERSIONS = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2'];
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
/** Resolves the host once (unless an address is given), bounded by the deadline. */
async function resolveAddress(target, deadline) {
    if (target.address)
        return { address: target.address };
    if (external_node_net_default().isIP(target.host))
        return { address: target.host };
    const lookup = promises_default().lookup(target.host).then((result) => ({ address: result.address }), (error) => ({
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
function where(target, address) {
    return address === target.host
        ? `${target.host} port ${target.port}`
        : `${target.host} (${address}) port ${target.port}`;
}
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
                    message: `${where(target, address)} accepted the connection but did not answer the ClientHello within ${timeoutMs} ms`
                }
            };
        default:
            return null;
    }
}
/** When no version was accepted: the most telling reason among the refusals. */
function noHandshakeError(results, sslv2) {
    const failures = [...results.flatMap((r) => r.failures), ...(sslv2 ? [sslv2] : [])];
    const alert = failures.find((f) => f.kind === 'alert');
    const resets = failures.filter((f) => f.kind === 'reset' || f.kind === 'closed').length;
    if (alert && alert.kind === 'alert') {
        return {
            code: 'ALERT',
            message: `the server refused every ClientHello (alert ${alert.alert.name}): no protocol version and cipher suite in common`
        };
    }
    if (resets > 0)
        return { code: 'ECONNRESET', message: 'the server closed or reset the connection on every ClientHello' };
    return { code: 'NO_HANDSHAKE', message: 'the server accepted no ClientHello' };
}
async function scanSslv2(ctx) {
    const cipherSpecs = (0,registry/* sslv2CipherKinds */.F_)().map((kind) => kind.code);
    const outcome = await ctx.probe({ kind: 'sslv2', spec: { version: 0x0002, cipherSpecs } });
    const kinds = outcome.kind === 'accepted' && outcome.version === 'SSLv2'
        ? (outcome.sslv2CipherKinds ?? [outcome.cipherSuite])
        : [];
    return { outcome, kinds };
}
async function scanTarget(target, options) {
    const started = Date.now();
    const deadline = started + options.targetDeadlineMs;
    const report = emptyReport(target);
    const controller = new AbortController();
    const deadlineTimer = setTimeout(() => controller.abort(), options.targetDeadlineMs);
    try {
        const resolved = await resolveAddress(target, deadline);
        if ('error' in resolved) {
            report.status = resolved.error.code === 'DEADLINE' ? 'error' : 'unreachable';
            report.error = resolved.error;
            return report;
        }
        report.address = resolved.address;
        const ctx = new ScanContext({ host: target.host, address: resolved.address, port: target.port, sni: target.sni }, { timeoutMs: options.timeoutMs, deadline, signal: controller.signal }, options.perTargetConcurrency);
        try {
            await scanInto(report, ctx, target, resolved.address, options);
        }
        finally {
            report.handshakes = ctx.handshakes;
        }
        if (ctx.expired && report.error === null) {
            report.status = 'error';
            report.error = {
                code: 'DEADLINE',
                message: `the scan of ${where(target, resolved.address)} did not finish within ${options.targetDeadlineMs} ms; results are partial`
            };
        }
        return report;
    }
    catch (error) {
        // A bug of ours must still end as this target's result, never take the other targets down.
        report.status = 'error';
        report.error = {
            code: 'INTERNAL',
            message: `internal error while scanning: ${error instanceof Error ? error.message : String(error)}`
        };
        return report;
    }
    finally {
        clearTimeout(deadlineTimer);
        report.durationMs = Date.now() - started;
    }
}
async function scanInto(report, ctx, target, address, options) {
    // First contact: the TLS 1.3 hello. Its answer is reused as the first step of the TLS 1.3 enumeration, and
    // a target that is unreachable, silent or not TLS ends here after one connection.
    const tls13Suites = (0,registry/* suitesForProtocol */.Le)('TLSv1.3').map((suite) => suite.code);
    const contact = await ctx.probe({
        kind: 'tls',
        spec: tls13Hello(tls13Suites, { serverName: ctx.endpoint.sni })
    });
    let fatal = fatalStatus(contact, target, address, options.timeoutMs);
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
                message: `${where(target, address)} did not answer before the target's deadline (${options.targetDeadlineMs} ms)`
            };
        }
        return;
    }
    // Everything starts at once and each step starts as soon as what it needs is known; the per-target limiter
    // (FIFO) keeps the number of simultaneous handshakes at perTargetConcurrency.
    const tls13Version = scanVersion(ctx, 'TLSv1.3', contact);
    const legacyVersions = LEGACY_VERSIONS.map((version) => scanVersion(ctx, version));
    const sslv2Scan = scanSslv2(ctx);
    const tls12Version = legacyVersions[LEGACY_VERSIONS.indexOf('TLSv1.2')];
    const allLegacy = Promise.all(legacyVersions);
    // Awaited only on some paths below; its failure still surfaces through the Promise.all of legacyVersions.
    allLegacy.catch(() => undefined);
    const tls13GroupScan = tls13Version.then((r) => r.supported ? scanTls13Groups(ctx, r.suites) : { groups: [] });
    const legacyGroupScan = (async () => {
        const tls12 = await tls12Version;
        const candidates = tls12.supported && ecdheSuites(tls12.suites).length > 0 ? [tls12] : await allLegacy;
        const chosen = [...candidates]
            .reverse()
            .find((r) => r.version !== 'SSLv3' && r.supported && ecdheSuites(r.suites).length > 0);
        if (!chosen)
            return { groups: [] };
        return scanLegacyGroups(ctx, chosen.version, ecdheSuites(chosen.suites));
    })();
    const certificateCapture = (async () => {
        // The first contact already says whether TLS 1.3 is spoken and which group to send a share for.
        const tls13Group = contact.kind === 'hello-retry'
            ? contact.group
            : contact.kind === 'accepted' && contact.version === 'TLSv1.3'
                ? contact.group
                : null;
        if (tls13Group !== null)
            return captureCertificates(ctx, 'TLSv1.3', tls13Suites, [tls13Group]);
        const tls12 = await tls12Version;
        if (tls12.supported)
            return captureCertificates(ctx, 'TLSv1.2', tls12.suites);
        const legacy = (await allLegacy).filter((r) => r.supported);
        const best = legacy.at(-1);
        return captureCertificates(ctx, (best?.version ?? null), best?.suites ?? []);
    })();
    const [sslv2, versions, tls13Groups, tls12Groups, captured] = await Promise.all([
        sslv2Scan,
        Promise.all([...legacyVersions, tls13Version]),
        tls13GroupScan,
        legacyGroupScan,
        certificateCapture
    ]);
    report.protocols.SSLv2 = sslv2.kinds.length > 0;
    if (report.protocols.SSLv2) {
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
    report.keyExchange.tls13Groups = tls13Groups.groups.map(registry/* groupName */.hv);
    report.keyExchange.tls12Groups = tls12Groups.groups.map(registry/* groupName */.hv);
    report.groups = [...new Set([...report.keyExchange.tls13Groups, ...report.keyExchange.tls12Groups])];
    report.keyExchange.preferredGroup =
        report.keyExchange.tls13Groups[0] ?? report.keyExchange.tls12Groups[0] ?? null;
    if (!Object.values(report.protocols).some(Boolean)) {
        report.status = 'error';
        report.error = noHandshakeError(versions, sslv2.outcome);
        return;
    }
    report.certificate = await analyzeCaptured(captured, target, options);
}
/** Scans every target, `concurrency` at a time; results keep the input order. */
async function scanTargets(targets, options) {
    return (0,limiter/* mapLimited */.b)(targets, options.concurrency, async (target) => {
        const report = await scanTarget(target, options);
        options.onTargetDone?.(report);
        return report;
    });
}


/***/ }),

/***/ 57:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ mapLimited),
/* harmony export */   j: () => (/* binding */ Limiter)
/* harmony export */ });
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


/***/ }),

/***/ 2002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ runProbe)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/wire/alert.ts
var wire_alert = __webpack_require__(8951);
// EXTERNAL MODULE: ./src/wire/bytes.ts
var bytes = __webpack_require__(5026);
;// CONCATENATED MODULE: ./src/wire/extensions.ts
// Extension code points (IANA "TLS ExtensionType Values") and the codecs of the extension bodies a ClientHello
// or ServerHello carries. Each encoder returns the extension_data only; the caller frames type + length.

const extensions_ExtensionType = {
    server_name: 0,
    status_request: 5,
    supported_groups: 10,
    ec_point_formats: 11,
    signature_algorithms: 13,
    application_layer_protocol_negotiation: 16,
    signed_certificate_timestamp: 18,
    padding: 21,
    encrypt_then_mac: 22,
    extended_master_secret: 23,
    compress_certificate: 27,
    record_size_limit: 28,
    session_ticket: 35,
    pre_shared_key: 41,
    early_data: 42,
    supported_versions: 43,
    cookie: 44,
    psk_key_exchange_modes: 45,
    certificate_authorities: 47,
    post_handshake_auth: 49,
    signature_algorithms_cert: 50,
    key_share: 51,
    renegotiation_info: 0xff01
};
/** Writes an extensions block (u16 length, then type/length/data entries). */
function extensions_writeExtensions(w, extensions) {
    w.vector16((list) => {
        for (const ext of extensions)
            list.u16(ext.type).vector16((d) => d.bytes(ext.data));
    });
}
/** Reads an extensions block; a repeated type is an error (RFC 8446 §4.2). */
function extensions_readExtensions(reader) {
    const list = reader.vector16('extensions');
    const out = [];
    const seen = new Set();
    while (!list.done()) {
        const type = list.u16();
        const data = list.vector16('extension').rest();
        if (seen.has(type))
            throw new bytes/* DecodeError */.Xc(`extensions: type ${type} appears twice`);
        seen.add(type);
        out.push({ type, data });
    }
    return out;
}
function u16List(values) {
    return new bytes/* ByteWriter */.U7().vector16((w) => values.forEach((v) => w.u16(v))).finish();
}
function u8List(values) {
    return new bytes/* ByteWriter */.U7().vector8((w) => values.forEach((v) => w.u8(v))).finish();
}
function extensions_readU16List(data, what) {
    const r = new ByteReader(data, what);
    const list = r.vector16();
    r.expectDone();
    const out = [];
    while (!list.done())
        out.push(list.u16());
    return out;
}
function extensions_readU8List(data, what) {
    const r = new ByteReader(data, what);
    const list = r.vector8();
    r.expectDone();
    const out = [];
    while (!list.done())
        out.push(list.u8());
    return out;
}
/** server_name (RFC 6066 §3): a list holding one host_name entry. */
function encodeServerName(host) {
    return new bytes/* ByteWriter */.U7()
        .vector16((list) => list.u8(0).vector16((n) => n.bytes(Buffer.from(host, 'ascii'))))
        .finish();
}
function extensions_decodeServerName(data) {
    const r = new ByteReader(data, 'server_name');
    const list = r.vector16();
    r.expectDone();
    while (!list.done()) {
        const nameType = list.u8();
        const name = list.vector16().rest();
        if (nameType === 0)
            return name.toString('latin1');
    }
    return null;
}
/** ALPN (RFC 7301): a u16 list of u8-prefixed protocol names. */
function encodeAlpn(protocols) {
    return new bytes/* ByteWriter */.U7()
        .vector16((list) => protocols.forEach((p) => list.vector8((n) => n.bytes(Buffer.from(p, 'latin1')))))
        .finish();
}
function extensions_decodeAlpn(data) {
    const r = new ByteReader(data, 'alpn');
    const list = r.vector16();
    r.expectDone();
    const out = [];
    while (!list.done())
        out.push(list.vector8().rest().toString('latin1'));
    return out;
}

;// CONCATENATED MODULE: ./src/wire/handshake.ts
// Handshake message framing (RFC 8446 §4, RFC 5246 §7.4): a 1-byte type and a 24-bit length. Messages are
// reassembled independently of records: one record may carry several messages, one message may span records.

const handshake_HandshakeType = {
    hello_request: 0,
    client_hello: 1,
    server_hello: 2,
    hello_verify_request: 3,
    new_session_ticket: 4,
    end_of_early_data: 5,
    hello_retry_request: 6,
    encrypted_extensions: 8,
    certificate: 11,
    server_key_exchange: 12,
    certificate_request: 13,
    server_hello_done: 14,
    certificate_verify: 15,
    client_key_exchange: 16,
    finished: 20,
    certificate_url: 21,
    certificate_status: 22,
    supplemental_data: 23,
    key_update: 24,
    compressed_certificate: 25,
    message_hash: 254
};
/**
 * Largest handshake message accepted. Certificate chains are the largest real messages; 256 KiB is four times
 * anything a public server sends, and bounds the memory a hostile peer can make us hold.
 */
const MAX_HANDSHAKE_MESSAGE = 256 * 1024;
/** A handshake message: type, 24-bit length, body. */
function handshake_encodeHandshake(type, body) {
    return new bytes/* ByteWriter */.U7()
        .u8(type)
        .vector24((w) => w.bytes(body))
        .finish();
}
class HandshakeAssembler {
    pending = Buffer.alloc(0);
    /** Adds the fragment of one handshake record (or one decrypted TLS 1.3 record). */
    push(fragment) {
        this.pending = this.pending.length === 0 ? fragment : Buffer.concat([this.pending, fragment]);
        if (this.pending.length >= 4)
            this.declaredLength();
    }
    /** True when bytes of an incomplete message are waiting (a record boundary must not fall here for some messages). */
    get hasPartial() {
        return this.pending.length > 0;
    }
    next() {
        if (this.pending.length < 4)
            return null;
        const length = this.declaredLength();
        if (this.pending.length < 4 + length)
            return null;
        const raw = this.pending.subarray(0, 4 + length);
        this.pending = this.pending.subarray(4 + length);
        return { type: raw[0], body: raw.subarray(4), raw };
    }
    declaredLength() {
        const length = (this.pending[1] << 16) | (this.pending[2] << 8) | this.pending[3];
        if (length > MAX_HANDSHAKE_MESSAGE) {
            throw new bytes/* DecodeError */.Xc(`handshake: message of ${length} bytes exceeds ${MAX_HANDSHAKE_MESSAGE}`);
        }
        return length;
    }
}

;// CONCATENATED MODULE: ./src/wire/certificate.ts
// Certificate (RFC 5246 §7.4.2; RFC 8446 §4.4.2) and CertificateStatus (RFC 6066 §8). Certificates are kept as
// the exact DER the server sent, in the order it sent them: chain analysis must see misordering and extras.



/** Decodes a Certificate body; `tls13` selects the TLS 1.3 layout (context + per-entry extensions). */
function decodeCertificate(body, tls13) {
    const r = new bytes/* ByteReader */.kP(body, 'Certificate');
    if (tls13)
        r.vector8('certificate_request_context');
    const list = r.vector24('certificate_list');
    r.expectDone();
    const certificates = [];
    let ocspResponse = null;
    while (!list.done()) {
        const der = list.vector24('cert_data').rest();
        if (der.length === 0)
            throw new bytes/* DecodeError */.Xc('Certificate: empty certificate entry');
        certificates.push(Buffer.from(der));
        if (tls13) {
            const extensions = list.vector16('CertificateEntry extensions');
            while (!extensions.done()) {
                const type = extensions.u16();
                const data = extensions.vector16().rest();
                if (type === extensions_ExtensionType.status_request && certificates.length === 1)
                    ocspResponse = decodeCertificateStatus(data);
            }
        }
    }
    return { certificates, ocspResponse };
}
/** Decodes CertificateStatus (status_type ocsp(1), then a u24 OCSPResponse); returns the DER OCSPResponse. */
function decodeCertificateStatus(body) {
    const r = new bytes/* ByteReader */.kP(body, 'CertificateStatus');
    const statusType = r.u8();
    if (statusType !== 1)
        throw new bytes/* DecodeError */.Xc(`CertificateStatus: status_type ${statusType} is not ocsp(1)`);
    const response = r.vector24('OCSPResponse').rest();
    r.expectDone();
    return Buffer.from(response);
}
function certificateStatusBody(ocsp) {
    return new ByteWriter()
        .u8(1)
        .vector24((w) => w.bytes(ocsp))
        .finish();
}
/** The Certificate handshake message, header included. */
function encodeCertificate(certificates, tls13, ocspResponse) {
    const w = new ByteWriter();
    if (tls13)
        w.vector8(() => undefined);
    w.vector24((list) => {
        certificates.forEach((der, index) => {
            list.vector24((c) => c.bytes(der));
            if (tls13) {
                list.vector16((ext) => {
                    if (index === 0 && ocspResponse) {
                        ext
                            .u16(ExtensionType.status_request)
                            .vector16((d) => d.bytes(certificateStatusBody(ocspResponse)));
                    }
                });
            }
        });
    });
    return encodeHandshake(HandshakeType.certificate, w.finish());
}
/** The CertificateStatus handshake message (TLS 1.2 stapling), header included. */
function encodeCertificateStatus(ocspResponse) {
    return encodeHandshake(HandshakeType.certificate_status, certificateStatusBody(ocspResponse));
}

// EXTERNAL MODULE: ./src/wire/client-hello-spec.ts
var client_hello_spec = __webpack_require__(8347);
;// CONCATENATED MODULE: ./src/wire/record.ts
// TLS record layer framing (RFC 8446 §5.1, RFC 5246 §6.2). The engine reads plaintext records only up to the
// point where a handshake would turn encrypted, except TLS 1.3, whose encrypted records are handed to
// tls13/handshake-decryptor.ts. Reassembly from TCP chunks lives here; handshake reassembly in handshake.ts.

const record_ContentType = {
    change_cipher_spec: 20,
    alert: 21,
    handshake: 22,
    application_data: 23,
    heartbeat: 24
};
/** Largest plaintext fragment (2^14). */
const MAX_PLAINTEXT = 1 << 14;
/** Largest record the protocol allows on the wire: TLSCiphertext in TLS 1.2 may add 2048 bytes (RFC 5246 §6.2.3). */
const MAX_RECORD_PAYLOAD = MAX_PLAINTEXT + 2048;
const HEADER_LENGTH = 5;
/** Frames `payload` as records of `type`, splitting it into fragments of at most 2^14 bytes. */
function record_encodeRecords(type, version, payload) {
    const parts = [];
    let offset = 0;
    do {
        const fragment = payload.subarray(offset, offset + MAX_PLAINTEXT);
        const header = Buffer.alloc(HEADER_LENGTH);
        header[0] = type;
        header.writeUInt16BE(version, 1);
        header.writeUInt16BE(fragment.length, 3);
        parts.push(header, fragment);
        offset += MAX_PLAINTEXT;
    } while (offset < payload.length);
    return Buffer.concat(parts);
}
/** Whether a content type byte is one RFC 8446/5246/6520 define. */
function isKnownContentType(type) {
    return type >= record_ContentType.change_cipher_spec && type <= record_ContentType.heartbeat;
}
/**
 * Whether bytes start like an SSLv2 record (RFC 6101 appendix E, SSL 2.0 spec): a 2-byte header with the high
 * bit set, then a message type (0 ERROR, 1 CLIENT-HELLO, 4 SERVER-HELLO). TLS records never start with a
 * byte >= 0x80, so the two formats cannot be confused.
 */
function isSslv2Record(bytes) {
    if (bytes.length < 3)
        return false;
    if ((bytes[0] & 0x80) === 0)
        return false;
    const length = ((bytes[0] & 0x7f) << 8) | bytes[1];
    const messageType = bytes[2];
    return length >= 1 && (messageType === 0 || messageType === 1 || messageType === 4);
}
/** Collects TCP chunks and yields whole records; a header that cannot be TLS is a DecodeError at once. */
class RecordReader {
    pending = Buffer.alloc(0);
    push(chunk) {
        this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        // Validate the header as soon as it is complete, so garbage fails before we wait for a body.
        if (this.pending.length >= HEADER_LENGTH)
            this.checkHeader();
    }
    /** Bytes received but not yet returned as a record. */
    get buffered() {
        return this.pending.length;
    }
    next() {
        if (this.pending.length < HEADER_LENGTH)
            return null;
        const length = this.checkHeader();
        if (this.pending.length < HEADER_LENGTH + length)
            return null;
        const record = {
            type: this.pending[0],
            version: this.pending.readUInt16BE(1),
            fragment: this.pending.subarray(HEADER_LENGTH, HEADER_LENGTH + length)
        };
        this.pending = this.pending.subarray(HEADER_LENGTH + length);
        return record;
    }
    checkHeader() {
        const type = this.pending[0];
        const major = this.pending[1];
        const length = this.pending.readUInt16BE(3);
        if (!isKnownContentType(type))
            throw new bytes/* DecodeError */.Xc(`record: unknown content type ${type}`);
        if (major !== 3)
            throw new bytes/* DecodeError */.Xc(`record: version 0x${this.pending.readUInt16BE(1).toString(16)} is not SSL 3/TLS`);
        if (length > MAX_RECORD_PAYLOAD) {
            throw new bytes/* DecodeError */.Xc(`record: ${length} bytes is larger than the protocol allows (${MAX_RECORD_PAYLOAD})`);
        }
        return length;
    }
}

;// CONCATENATED MODULE: ./src/wire/client-hello.ts
// ClientHello (RFC 8446 §4.1.2, RFC 5246 §7.4.1.2) built from a ClientHelloSpec, and the SSLv2-format
// CLIENT-HELLO (SSL 2.0 spec; RFC 6101 appendix E.2). Extensions are written only when the spec asks for
// them, so an SSLv3 hello with no extensions has no extensions block at all, as old servers expect.





/** Extensions in the order the spec's fields imply (padding last, per RFC 7685 §3). */
function clientHelloExtensions(spec) {
    const ext = [];
    const add = (type, data = Buffer.alloc(0)) => void ext.push({ type, data });
    if (spec.serverName)
        add(extensions_ExtensionType.server_name, encodeServerName(spec.serverName));
    if (spec.renegotiationInfo)
        add(extensions_ExtensionType.renegotiation_info, Buffer.from([0]));
    if (spec.supportedGroups?.length)
        add(extensions_ExtensionType.supported_groups, u16List(spec.supportedGroups));
    if (spec.ecPointFormats?.length)
        add(extensions_ExtensionType.ec_point_formats, u8List(spec.ecPointFormats));
    if (spec.sessionTicket) {
        add(extensions_ExtensionType.session_ticket, Buffer.isBuffer(spec.sessionTicket) ? spec.sessionTicket : Buffer.alloc(0));
    }
    if (spec.alpn?.length)
        add(extensions_ExtensionType.application_layer_protocol_negotiation, encodeAlpn(spec.alpn));
    // status_request: type ocsp(1), empty responder_id_list, empty request_extensions (RFC 6066 §8).
    if (spec.statusRequest)
        add(extensions_ExtensionType.status_request, Buffer.from([1, 0, 0, 0, 0]));
    if (spec.encryptThenMac)
        add(extensions_ExtensionType.encrypt_then_mac);
    if (spec.extendedMasterSecret)
        add(extensions_ExtensionType.extended_master_secret);
    // The order below is Firefox/NSS's, the order of the RFC 8448 traces (so they are byte-exact vectors here).
    if (spec.keyShares)
        add(extensions_ExtensionType.key_share, encodeClientKeyShares(spec.keyShares));
    if (spec.supportedVersions?.length) {
        add(extensions_ExtensionType.supported_versions, new bytes/* ByteWriter */.U7().vector8((w) => spec.supportedVersions.forEach((v) => w.u16(v))).finish());
    }
    if (spec.signatureAlgorithms?.length)
        add(extensions_ExtensionType.signature_algorithms, u16List(spec.signatureAlgorithms));
    if (spec.signatureAlgorithmsCert?.length) {
        add(extensions_ExtensionType.signature_algorithms_cert, u16List(spec.signatureAlgorithmsCert));
    }
    if (spec.pskKeyExchangeModes?.length)
        add(extensions_ExtensionType.psk_key_exchange_modes, u8List(spec.pskKeyExchangeModes));
    for (const extra of spec.extraExtensions ?? [])
        ext.push(extra);
    return ext;
}
function encodeClientKeyShares(entries) {
    return new bytes/* ByteWriter */.U7()
        .vector16((list) => entries.forEach((e) => list.u16(e.group).vector16((k) => k.bytes(e.keyExchange))))
        .finish();
}
function clientHelloBody(spec, extensions) {
    const random = spec.random ?? (0,external_node_crypto_.randomBytes)(32);
    if (random.length !== 32)
        throw new RangeError('ClientHello random must be 32 bytes');
    const w = new bytes/* ByteWriter */.U7()
        .u16(spec.clientVersion)
        .bytes(random)
        .vector8((s) => s.bytes(spec.sessionId ?? Buffer.alloc(0)))
        .vector16((s) => spec.cipherSuites.forEach((c) => s.u16(c)))
        .vector8((s) => (spec.compressionMethods ?? [0]).forEach((c) => s.u8(c)));
    if (extensions.length > 0)
        extensions_writeExtensions(w, extensions);
    return w.finish();
}
/** The ClientHello handshake message (4-byte handshake header included). */
function encodeClientHello(spec) {
    // Fix the random once so that measuring and padding see the same bytes.
    const fixed = { ...spec, random: spec.random ?? (0,external_node_crypto_.randomBytes)(32) };
    const extensions = clientHelloExtensions(fixed);
    let message = handshake_encodeHandshake(handshake_HandshakeType.client_hello, clientHelloBody(fixed, extensions));
    if (fixed.padTo && message.length < fixed.padTo) {
        // RFC 7685: the padding extension costs 4 bytes of header (plus 2 for a first extensions block).
        const overhead = extensions.length === 0 ? 6 : 4;
        const fill = Math.max(0, fixed.padTo - message.length - overhead);
        extensions.push({ type: extensions_ExtensionType.padding, data: Buffer.alloc(fill) });
        message = handshake_encodeHandshake(handshake_HandshakeType.client_hello, clientHelloBody(fixed, extensions));
    }
    return message;
}
/** The ClientHello framed as handshake records (record version defaults to 0x0301, which every server takes). */
function encodeClientHelloRecords(spec) {
    return encodeRecords(ContentType.handshake, spec.recordVersion ?? 0x0301, encodeClientHello(spec));
}
/**
 * SSLv2 CLIENT-HELLO: 2-byte record header (high bit set), msg type 1, version, then the lengths of cipher
 * specs, session id and challenge, then those fields. Cipher specs are 3 bytes each.
 */
function encodeSslv2ClientHello(spec) {
    const challenge = spec.challenge ?? (0,external_node_crypto_.randomBytes)(16);
    if (challenge.length < 16 || challenge.length > 32)
        throw new RangeError('SSLv2 challenge must be 16..32 bytes');
    const specs = new bytes/* ByteWriter */.U7();
    for (const kind of spec.cipherSpecs)
        specs.u24(kind);
    const specBytes = specs.finish();
    const body = new bytes/* ByteWriter */.U7()
        .u8(1)
        .u16(spec.version)
        .u16(specBytes.length)
        .u16(0)
        .u16(challenge.length)
        .bytes(specBytes)
        .bytes(challenge)
        .finish();
    if (body.length > 0x7fff)
        throw new RangeError('SSLv2 CLIENT-HELLO too long');
    return Buffer.concat([Buffer.from([0x80 | (body.length >> 8), body.length & 0xff]), body]);
}
/** Decodes a ClientHello body (after the 4-byte handshake header). */
function decodeClientHello(body) {
    const r = new ByteReader(body, 'ClientHello');
    const legacyVersion = r.u16();
    const random = r.bytes(32);
    const sessionId = r.vector8().rest();
    if (sessionId.length > 32)
        throw new DecodeError('ClientHello: session id longer than 32 bytes');
    const suites = r.vector16('cipher_suites');
    if (suites.remaining % 2 !== 0)
        throw new DecodeError('ClientHello: odd cipher_suites length');
    const cipherSuites = [];
    while (!suites.done())
        cipherSuites.push(suites.u16());
    const compressionMethods = [...r.vector8().rest()];
    const extensions = r.done() ? [] : readExtensions(r);
    r.expectDone();
    const find = (type) => extensions.find((e) => e.type === type)?.data;
    const versions = find(ExtensionType.supported_versions);
    const shares = find(ExtensionType.key_share);
    const groups = find(ExtensionType.supported_groups);
    const sigalgs = find(ExtensionType.signature_algorithms);
    const points = find(ExtensionType.ec_point_formats);
    const sni = find(ExtensionType.server_name);
    const alpn = find(ExtensionType.application_layer_protocol_negotiation);
    return {
        legacyVersion,
        random,
        sessionId,
        cipherSuites,
        compressionMethods,
        extensions,
        serverName: sni ? decodeServerName(sni) : null,
        supportedVersions: versions ? decodeSupportedVersionsList(versions) : null,
        supportedGroups: groups ? readU16List(groups, 'supported_groups') : null,
        keyShares: shares ? decodeClientKeyShares(shares) : null,
        signatureAlgorithms: sigalgs ? readU16List(sigalgs, 'signature_algorithms') : null,
        ecPointFormats: points ? readU8List(points, 'ec_point_formats') : null,
        alpn: alpn ? decodeAlpn(alpn) : null,
        statusRequest: find(ExtensionType.status_request) !== undefined
    };
}
function decodeSupportedVersionsList(data) {
    const r = new ByteReader(data, 'supported_versions');
    const list = r.vector8();
    r.expectDone();
    const out = [];
    while (!list.done())
        out.push(list.u16());
    return out;
}
function decodeClientKeyShares(data) {
    const r = new ByteReader(data, 'key_share');
    const list = r.vector16();
    r.expectDone();
    const out = [];
    while (!list.done())
        out.push({ group: list.u16(), keyExchange: list.vector16().rest() });
    return out;
}
/** Decodes an SSLv2 CLIENT-HELLO record body (after the 2-byte header, starting at msg type 1). */
function decodeSslv2ClientHello(body) {
    const r = new ByteReader(body, 'SSLv2 CLIENT-HELLO');
    if (r.u8() !== 1)
        throw new DecodeError('SSLv2 CLIENT-HELLO: wrong message type');
    const version = r.u16();
    const specLength = r.u16();
    const sessionIdLength = r.u16();
    const challengeLength = r.u16();
    if (specLength % 3 !== 0)
        throw new DecodeError('SSLv2 CLIENT-HELLO: cipher specs length not a multiple of 3');
    const specs = new ByteReader(r.bytes(specLength));
    const cipherSpecs = [];
    while (!specs.done())
        cipherSpecs.push(specs.u24());
    const sessionId = r.bytes(sessionIdLength);
    const challenge = r.bytes(challengeLength);
    return { version, cipherSpecs, sessionId, challenge };
}

;// CONCATENATED MODULE: ./src/wire/non-tls.ts
// Recognises peers that are not TLS servers from the first bytes they send (many protocols greet first:
// SMTP, FTP, SSH, POP3, IMAP) or answer a ClientHello with (HTTP servers answer 400). The description is fixed
// text chosen here, never the peer's bytes, so it is safe to print anywhere.

const TEXT_SIGNATURES = [
    { test: /^HTTP\/\d/, description: 'an HTTP server' },
    { test: /^<(!DOCTYPE|html|\?xml)/i, description: 'an HTTP server' },
    { test: /^SSH-\d/, description: 'an SSH server' },
    { test: /^220[ -].*(SMTP|mail)/i, description: 'an SMTP server' },
    { test: /^220[ -].*FTP/i, description: 'an FTP server' },
    { test: /^220[ -]/, description: 'an SMTP or FTP server' },
    { test: /^\+OK/, description: 'a POP3 server' },
    { test: /^\* (OK|PREAUTH)/, description: 'an IMAP server' },
    { test: /^RFB \d{3}\.\d{3}/, description: 'a VNC server' },
    { test: /^-(ERR|DENIED|NOAUTH)/, description: 'a Redis server' },
    { test: /^@RSYNCD:/, description: 'an rsync server' },
    { test: /^AMQP/, description: 'an AMQP server' },
    { test: /^:[\w.-]+ NOTICE/, description: 'an IRC server' }
];
/**
 * Describes what the peer is when its first bytes cannot be TLS ("an HTTP server", "an SSH server"...);
 * null when they could be the start of a TLS or SSLv2 record.
 */
function describeNonTls(firstBytes) {
    if (firstBytes.length === 0)
        return null;
    const first = firstBytes[0];
    if (isKnownContentType(first) && (firstBytes.length < 2 || firstBytes[1] === 3))
        return null;
    if (isSslv2Record(firstBytes) || (first & 0x80 && firstBytes.length < 3))
        return null;
    const text = firstBytes.subarray(0, 256).toString('latin1');
    for (const signature of TEXT_SIGNATURES)
        if (signature.test.test(text))
            return signature.description;
    // MySQL greets with a length-prefixed packet whose payload starts with protocol version 10.
    if (firstBytes.length >= 5 && firstBytes[3] === 0 && firstBytes[4] === 0x0a)
        return 'a MySQL server';
    if (/^[\x20-\x7e\r\n\t]{4,}/.test(text))
        return 'a server speaking a text protocol, not TLS';
    return 'a server that does not speak TLS';
}

;// CONCATENATED MODULE: ./src/wire/tls13/aead.ts
// TLS 1.3 record protection (RFC 8446 §5.2-5.4): per-record nonce = write_iv XOR the 64-bit sequence number,
// additional data = the record header, plaintext = content || content type || zero padding.


/** The TLS 1.3 suites whose records Node's OpenSSL can open (RFC 8446 §B.4). */
const TLS13_SUITES = {
    0x1301: { code: 0x1301, hash: 'sha256', cipher: 'aes-128-gcm', keyLength: 16, tagLength: 16, ccm: false },
    0x1302: { code: 0x1302, hash: 'sha384', cipher: 'aes-256-gcm', keyLength: 32, tagLength: 16, ccm: false },
    0x1303: {
        code: 0x1303,
        hash: 'sha256',
        cipher: 'chacha20-poly1305',
        keyLength: 32,
        tagLength: 16,
        ccm: false
    },
    0x1304: { code: 0x1304, hash: 'sha256', cipher: 'aes-128-ccm', keyLength: 16, tagLength: 16, ccm: true },
    0x1305: { code: 0x1305, hash: 'sha256', cipher: 'aes-128-ccm', keyLength: 16, tagLength: 8, ccm: true }
};
function tls13Suite(code) {
    return TLS13_SUITES[code];
}
/** write_iv XOR the sequence number, left-padded to the IV length (RFC 8446 §5.3). */
function recordNonce(iv, sequence) {
    const nonce = Buffer.from(iv);
    const seq = Buffer.alloc(8);
    seq.writeBigUInt64BE(sequence);
    for (let i = 0; i < 8; i++)
        nonce[nonce.length - 8 + i] ^= seq[i];
    return nonce;
}
function authTagLengthOptions(suite) {
    return { authTagLength: suite.tagLength };
}
/** Opens one protected record body; throws DecodeError when authentication fails (bad_record_mac). */
function openRecord(suite, key, nonce, header, body) {
    if (body.length < suite.tagLength)
        throw new bytes/* DecodeError */.Xc('encrypted record shorter than its tag');
    const ciphertext = body.subarray(0, body.length - suite.tagLength);
    const tag = body.subarray(body.length - suite.tagLength);
    try {
        // The cipher name decides the overload; the union type is narrowed by hand here.
        const decipher = (0,external_node_crypto_.createDecipheriv)(suite.cipher, key, nonce, authTagLengthOptions(suite));
        if (suite.ccm) {
            decipher.setAAD(header, {
                plaintextLength: ciphertext.length
            });
        }
        else {
            decipher.setAAD(header);
        }
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    }
    catch {
        throw new bytes/* DecodeError */.Xc('encrypted record failed authentication (bad_record_mac)');
    }
}
/** Seals one record body (used by tests and fake servers to produce real TLS 1.3 ciphertext). */
function sealRecord(suite, key, nonce, header, plaintext) {
    const cipher = createCipheriv(suite.cipher, key, nonce, authTagLengthOptions(suite));
    if (suite.ccm) {
        cipher.setAAD(header, {
            plaintextLength: plaintext.length
        });
    }
    else {
        cipher.setAAD(header);
    }
    const out = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([out, cipher.getAuthTag()]);
}
/** Splits TLSInnerPlaintext into content and its real content type, dropping the zero padding (RFC 8446 §5.4). */
function stripInnerPlaintext(inner) {
    let end = inner.length - 1;
    while (end >= 0 && inner[end] === 0)
        end--;
    if (end < 0)
        throw new bytes/* DecodeError */.Xc('encrypted record has no content type (all padding)');
    return { type: inner[end], content: inner.subarray(0, end) };
}

;// CONCATENATED MODULE: ./src/wire/tls13/key-schedule.ts
// The TLS 1.3 key schedule (RFC 8446 §7.1) up to the handshake traffic secrets, and the traffic keys derived
// from them (§7.3). That is all a scanner needs to read the server's encrypted first flight.
//
// Why the engine owns this instead of asking OpenSSL (through node:tls) for the certificate: one engine for
// every version, so TLS 1.3 is probed with the same hand-built ClientHello (any suite, group, SNI, or none) as
// SSLv3..TLS 1.2; the chain is read exactly as the server sent it (order, extras, stapled OCSP per entry),
// before any library reorders, verifies or rejects it; and it works where OpenSSL refuses to negotiate (groups
// or suites it does not ship, security levels, broken certificates that abort its handshake).


function hashLength(hash) {
    return hash === 'sha256' ? 32 : 48;
}
function transcriptHash(hash, messages) {
    return (0,external_node_crypto_.createHash)(hash).update(messages).digest();
}
/** HKDF-Extract(salt, IKM) (RFC 5869 §2.2). */
function hkdfExtract(hash, salt, ikm) {
    return (0,external_node_crypto_.createHmac)(hash, salt.length > 0 ? salt : Buffer.alloc(hashLength(hash)))
        .update(ikm)
        .digest();
}
/** HKDF-Expand(PRK, info, L) (RFC 5869 §2.3). */
function hkdfExpand(hash, prk, info, length) {
    const blocks = [];
    let previous = Buffer.alloc(0);
    let total = 0;
    for (let counter = 1; total < length; counter++) {
        previous = (0,external_node_crypto_.createHmac)(hash, prk)
            .update(Buffer.concat([previous, info, Buffer.from([counter])]))
            .digest();
        blocks.push(previous);
        total += previous.length;
    }
    return Buffer.concat(blocks).subarray(0, length);
}
/** HKDF-Expand-Label(Secret, Label, Context, Length) with the "tls13 " prefix (RFC 8446 §7.1). */
function hkdfExpandLabel(hash, secret, label, context, length) {
    const info = new bytes/* ByteWriter */.U7()
        .u16(length)
        .vector8((w) => w.bytes(Buffer.from(`tls13 ${label}`, 'ascii')))
        .vector8((w) => w.bytes(context))
        .finish();
    return hkdfExpand(hash, secret, info, length);
}
/** Derive-Secret(Secret, Label, Messages) = HKDF-Expand-Label(Secret, Label, Transcript-Hash(Messages), Hash.length). */
function deriveSecret(hash, secret, label, messages) {
    return hkdfExpandLabel(hash, secret, label, transcriptHash(hash, messages), hashLength(hash));
}
/**
 * The handshake secrets for a full handshake without PSK: the early secret from zeros, the handshake secret
 * from the (EC)DHE shared secret, and the two traffic secrets over the transcript ClientHello..ServerHello.
 */
function handshakeSecrets(hash, sharedSecret, helloTranscript) {
    const zeros = Buffer.alloc(hashLength(hash));
    const earlySecret = hkdfExtract(hash, zeros, zeros);
    const derived = deriveSecret(hash, earlySecret, 'derived', Buffer.alloc(0));
    const handshakeSecret = hkdfExtract(hash, derived, sharedSecret);
    return {
        earlySecret,
        handshakeSecret,
        clientHandshakeTrafficSecret: deriveSecret(hash, handshakeSecret, 'c hs traffic', helloTranscript),
        serverHandshakeTrafficSecret: deriveSecret(hash, handshakeSecret, 's hs traffic', helloTranscript)
    };
}
/** [sender]_write_key and [sender]_write_iv (RFC 8446 §7.3). */
function trafficKeys(hash, secret, keyLength) {
    return {
        key: hkdfExpandLabel(hash, secret, 'key', Buffer.alloc(0), keyLength),
        iv: hkdfExpandLabel(hash, secret, 'iv', Buffer.alloc(0), 12)
    };
}

;// CONCATENATED MODULE: ./src/wire/tls13/handshake-decryptor.ts






class Tls13HandshakeDecryptor {
    suite;
    secrets;
    key;
    iv;
    sequence = 0n;
    assembler = new HandshakeAssembler();
    /** An alert the server sent encrypted (e.g. after rejecting our key share), or null. */
    alert = null;
    /**
     * @param cipherSuite the TLS 1.3 suite from the ServerHello (0x1301..0x1305)
     * @param sharedSecret the (EC)DHE shared secret from our key share and the server's
     * @param helloTranscript the ClientHello and ServerHello handshake messages, headers included, as sent
     *   (for a HelloRetryRequest exchange: message_hash(CH1), HRR, CH2, SH per RFC 8446 §4.4.1)
     */
    constructor(cipherSuite, sharedSecret, helloTranscript) {
        const suite = tls13Suite(cipherSuite);
        if (!suite)
            throw new bytes/* DecodeError */.Xc(`cannot decrypt TLS 1.3 suite 0x${cipherSuite.toString(16)}`);
        this.suite = suite;
        this.secrets = handshakeSecrets(suite.hash, sharedSecret, helloTranscript);
        const keys = trafficKeys(suite.hash, this.secrets.serverHandshakeTrafficSecret, suite.keyLength);
        this.key = keys.key;
        this.iv = keys.iv;
    }
    /**
     * Takes one record from the server after its ServerHello and returns the handshake messages it completes.
     * change_cipher_spec (middlebox compatibility) is skipped; plaintext handshake records at this point and
     * failed decryption are DecodeErrors; an encrypted alert is stored in `alert`.
     */
    push(record) {
        if (record.type === record_ContentType.change_cipher_spec)
            return [];
        if (record.type === record_ContentType.alert) {
            this.alert = (0,wire_alert/* decodeAlert */.vo)(record.fragment);
            return [];
        }
        if (record.type !== record_ContentType.application_data) {
            throw new bytes/* DecodeError */.Xc(`TLS 1.3: unexpected plaintext record of type ${record.type} after ServerHello`);
        }
        if (record.fragment.length > MAX_PLAINTEXT + 256)
            throw new bytes/* DecodeError */.Xc('TLS 1.3: encrypted record too large');
        const header = Buffer.alloc(5);
        header[0] = record.type;
        header.writeUInt16BE(record.version, 1);
        header.writeUInt16BE(record.fragment.length, 3);
        const inner = openRecord(this.suite, this.key, recordNonce(this.iv, this.sequence), header, record.fragment);
        this.sequence++;
        const { type, content } = stripInnerPlaintext(inner);
        if (type === record_ContentType.alert) {
            this.alert = (0,wire_alert/* decodeAlert */.vo)(content);
            return [];
        }
        if (type !== record_ContentType.handshake)
            return [];
        this.assembler.push(content);
        const messages = [];
        for (let m = this.assembler.next(); m; m = this.assembler.next())
            messages.push(m);
        return messages;
    }
}
/**
 * The transcript to build a decryptor from after a HelloRetryRequest (RFC 8446 §4.4.1): the first ClientHello
 * is replaced by a synthetic message_hash message holding its hash, then HRR, the second ClientHello and the
 * ServerHello follow as sent. All arguments are whole handshake messages, headers included.
 */
function helloRetryTranscript(cipherSuite, messages) {
    const suite = tls13Suite(cipherSuite);
    if (!suite)
        throw new bytes/* DecodeError */.Xc(`cannot decrypt TLS 1.3 suite 0x${cipherSuite.toString(16)}`);
    const hash = transcriptHash(suite.hash, messages.clientHello1);
    return Buffer.concat([
        handshake_encodeHandshake(handshake_HandshakeType.message_hash, hash),
        messages.helloRetryRequest,
        messages.clientHello2,
        messages.serverHello
    ]);
}

;// CONCATENATED MODULE: ./src/wire/server-hello.ts
// ServerHello (RFC 5246 §7.4.1.3, RFC 8446 §4.1.3) and HelloRetryRequest, which is a ServerHello whose random
// is SHA-256("HelloRetryRequest") (RFC 8446 §4.1.3). In TLS 1.3 the negotiated version is in supported_versions
// and the server's key share (or, in an HRR, the group it wants) in key_share.




/** The special ServerHello.random of a HelloRetryRequest. */
const HELLO_RETRY_REQUEST_RANDOM = Buffer.from('cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c', 'hex');
/** Last 8 bytes of ServerHello.random when a TLS 1.3 server negotiates TLS 1.2 / 1.1 or below (RFC 8446 §4.1.3). */
const DOWNGRADE_TLS12 = Buffer.from('444f574e47524401', 'hex');
const DOWNGRADE_TLS11 = Buffer.from('444f574e47524400', 'hex');
/** Decodes a ServerHello body (after the 4-byte handshake header). */
function decodeServerHello(body) {
    const r = new bytes/* ByteReader */.kP(body, 'ServerHello');
    const legacyVersion = r.u16();
    const random = Buffer.from(r.bytes(32));
    const sessionId = Buffer.from(r.vector8().rest());
    if (sessionId.length > 32)
        throw new bytes/* DecodeError */.Xc('ServerHello: session id longer than 32 bytes');
    const cipherSuite = r.u16();
    const compressionMethod = r.u8();
    // SSLv3 and some TLS 1.0 servers end the message here: no extensions block at all.
    const extensions = r.done() ? [] : extensions_readExtensions(r);
    r.expectDone();
    const isHelloRetryRequest = random.equals(HELLO_RETRY_REQUEST_RANDOM);
    let selectedVersion = null;
    let keyShare = null;
    let retryGroup = null;
    for (const ext of extensions) {
        if (ext.type === extensions_ExtensionType.supported_versions) {
            const v = new bytes/* ByteReader */.kP(ext.data, 'supported_versions');
            selectedVersion = v.u16();
            v.expectDone();
        }
        else if (ext.type === extensions_ExtensionType.key_share) {
            const k = new bytes/* ByteReader */.kP(ext.data, 'key_share');
            if (isHelloRetryRequest) {
                retryGroup = k.u16();
            }
            else {
                keyShare = { group: k.u16(), keyExchange: Buffer.from(k.vector16().rest()) };
            }
            k.expectDone();
        }
    }
    const tail = random.subarray(24);
    const downgradeSentinel = tail.equals(DOWNGRADE_TLS12)
        ? 'TLSv1.2'
        : tail.equals(DOWNGRADE_TLS11)
            ? 'TLSv1.1'
            : null;
    return {
        legacyVersion,
        random,
        sessionId,
        cipherSuite,
        compressionMethod,
        extensions,
        selectedVersion,
        keyShare,
        isHelloRetryRequest,
        retryGroup,
        downgradeSentinel
    };
}
/** The ServerHello (or HelloRetryRequest) handshake message, header included. */
function encodeServerHello(fields) {
    const random = fields.random ?? (fields.retryGroup !== undefined ? HELLO_RETRY_REQUEST_RANDOM : randomBytes(32));
    const extensions = [];
    if (fields.selectedVersion !== undefined) {
        extensions.push({
            type: ExtensionType.supported_versions,
            data: new ByteWriter().u16(fields.selectedVersion).finish()
        });
    }
    if (fields.retryGroup !== undefined) {
        extensions.push({
            type: ExtensionType.key_share,
            data: new ByteWriter().u16(fields.retryGroup).finish()
        });
    }
    else if (fields.keyShare) {
        const share = fields.keyShare;
        extensions.push({
            type: ExtensionType.key_share,
            data: new ByteWriter()
                .u16(share.group)
                .vector16((k) => k.bytes(share.keyExchange))
                .finish()
        });
    }
    extensions.push(...(fields.extensions ?? []));
    const w = new ByteWriter()
        .u16(fields.legacyVersion)
        .bytes(random)
        .vector8((s) => s.bytes(fields.sessionId ?? Buffer.alloc(0)))
        .u16(fields.cipherSuite)
        .u8(fields.compressionMethod ?? 0);
    if (!(fields.extensions === null && extensions.length === 0))
        writeExtensions(w, extensions);
    return encodeHandshake(HandshakeType.server_hello, w.finish());
}

;// CONCATENATED MODULE: ./src/wire/server-key-exchange.ts
// ServerKeyExchange (RFC 5246 §7.4.3, RFC 8422 §5.4, RFC 4279 §3-4): the engine reads only the key-exchange
// parameters (DH prime size, ECDHE named curve), never the signature: enumeration needs no verification.


/** ECParameters.curve_type values (RFC 8422 §5.4). */
const EcCurveType = { explicit_prime: 1, explicit_char2: 2, named_curve: 3 };
/** NamedGroup code points standing for explicit curves (RFC 8422 §5.1.1). */
const ARBITRARY_EXPLICIT_PRIME = 0xff01;
const ARBITRARY_EXPLICIT_CHAR2 = 0xff02;
/** Bit length of an unsigned big-endian integer, ignoring leading zero bytes. */
function bitLength(value) {
    let i = 0;
    while (i < value.length && value[i] === 0)
        i++;
    if (i === value.length)
        return 0;
    return (value.length - i - 1) * 8 + (32 - Math.clz32(value[i]));
}
/**
 * Decodes the parameters of a ServerKeyExchange body for a suite with key exchange `kx` and authentication
 * `au` (registry names): finite-field DH (DHE, DH_anon, DHE_PSK) gives the prime size, ECDHE the curve;
 * anything else (RSA export keys, plain PSK hints, SRP) gives null.
 */
function decodeServerKeyExchange(body, kx, au = null) {
    const r = new bytes/* ByteReader */.kP(body, 'ServerKeyExchange');
    if (au === 'PSK')
        r.vector16('psk_identity_hint');
    if (kx === 'DHE' || (kx === 'DH' && au === 'anon')) {
        const p = r.vector16('dh_p').rest();
        r.vector16('dh_g');
        r.vector16('dh_Ys');
        return { dhPrimeBits: bitLength(p) };
    }
    if (kx === 'ECDHE' || (kx === 'ECDH' && au === 'anon')) {
        const curveType = r.u8();
        if (curveType === EcCurveType.named_curve) {
            const namedGroup = r.u16();
            r.vector8('ec_point');
            return { namedGroup };
        }
        if (curveType === EcCurveType.explicit_prime)
            return { namedGroup: ARBITRARY_EXPLICIT_PRIME };
        if (curveType === EcCurveType.explicit_char2)
            return { namedGroup: ARBITRARY_EXPLICIT_CHAR2 };
        return null;
    }
    return null;
}
/** A DHE ServerKeyExchange message (unsigned-content signature bytes supplied by the caller), header included. */
function encodeDheServerKeyExchange(params) {
    const w = new ByteWriter()
        .vector16((v) => v.bytes(params.p))
        .vector16((v) => v.bytes(params.g))
        .vector16((v) => v.bytes(params.ys));
    if (params.signature)
        w.bytes(params.signature);
    return encodeHandshake(HandshakeType.server_key_exchange, w.finish());
}
/** An ECDHE (named curve) ServerKeyExchange message, header included. */
function encodeEcdheServerKeyExchange(params) {
    const w = new ByteWriter()
        .u8(EcCurveType.named_curve)
        .u16(params.namedGroup)
        .vector8((v) => v.bytes(params.point));
    if (params.signature)
        w.bytes(params.signature);
    return encodeHandshake(HandshakeType.server_key_exchange, w.finish());
}

;// CONCATENATED MODULE: ./src/wire/sslv2.ts
// SSL 2.0 records and the SERVER-HELLO / ERROR messages (Netscape SSL 2.0 spec, 1995; RFC 6101 appendix E).
// Only what a scan needs: does the server speak SSLv2, which cipher kinds does it list, which certificate.

const Sslv2MessageType = { error: 0, client_hello: 1, server_hello: 4 };
const SSLV2_ERROR_NAMES = {
    0x0001: 'NO-CIPHER-ERROR',
    0x0002: 'NO-CERTIFICATE-ERROR',
    0x0004: 'BAD-CERTIFICATE-ERROR',
    0x0006: 'UNSUPPORTED-CERTIFICATE-TYPE-ERROR'
};
/**
 * Splits one SSLv2 record off the front of `buffer`: the 2-byte header form (high bit set, 15-bit length) and
 * the 3-byte form (with padding length). Returns null until the whole record has arrived.
 */
function readSslv2Record(buffer) {
    if (buffer.length < 2)
        return null;
    const twoByte = (buffer[0] & 0x80) !== 0;
    const headerLength = twoByte ? 2 : 3;
    if (buffer.length < headerLength)
        return null;
    const bodyLength = twoByte
        ? ((buffer[0] & 0x7f) << 8) | buffer[1]
        : ((buffer[0] & 0x3f) << 8) | buffer[1];
    if (buffer.length < headerLength + bodyLength)
        return null;
    return {
        body: buffer.subarray(headerLength, headerLength + bodyLength),
        length: headerLength + bodyLength
    };
}
/** Decodes a SERVER-HELLO record body (starting at the message type byte 4). */
function decodeSslv2ServerHello(body) {
    const r = new bytes/* ByteReader */.kP(body, 'SSLv2 SERVER-HELLO');
    if (r.u8() !== Sslv2MessageType.server_hello)
        throw new bytes/* DecodeError */.Xc('SSLv2 SERVER-HELLO: wrong message type');
    const sessionIdHit = r.u8() !== 0;
    const certificateType = r.u8();
    const version = r.u16();
    const certificateLength = r.u16();
    const cipherSpecsLength = r.u16();
    const connectionIdLength = r.u16();
    if (cipherSpecsLength % 3 !== 0)
        throw new bytes/* DecodeError */.Xc('SSLv2 SERVER-HELLO: cipher specs length not a multiple of 3');
    const certificate = Buffer.from(r.bytes(certificateLength));
    const specs = new bytes/* ByteReader */.kP(r.bytes(cipherSpecsLength));
    const cipherSpecs = [];
    while (!specs.done())
        cipherSpecs.push(specs.u24());
    const connectionId = Buffer.from(r.bytes(connectionIdLength));
    return { sessionIdHit, certificateType, version, certificate, cipherSpecs, connectionId };
}
/** A whole SERVER-HELLO record (2-byte header included). */
function encodeSslv2ServerHello(hello) {
    const specs = new ByteWriter();
    for (const kind of hello.cipherSpecs)
        specs.u24(kind);
    const specBytes = specs.finish();
    const connectionId = hello.connectionId ?? Buffer.alloc(16, 0x5a);
    const body = new ByteWriter()
        .u8(Sslv2MessageType.server_hello)
        .u8(hello.sessionIdHit ? 1 : 0)
        .u8(1)
        .u16(hello.version ?? 0x0002)
        .u16(hello.certificate.length)
        .u16(specBytes.length)
        .u16(connectionId.length)
        .bytes(hello.certificate)
        .bytes(specBytes)
        .bytes(connectionId)
        .finish();
    return sslv2Record(body);
}
/** An SSLv2 ERROR record (e.g. 0x0001 NO-CIPHER-ERROR). */
function encodeSslv2Error(code) {
    return sslv2Record(new ByteWriter().u8(Sslv2MessageType.error).u16(code).finish());
}
function decodeSslv2Error(body) {
    const r = new bytes/* ByteReader */.kP(body, 'SSLv2 ERROR');
    if (r.u8() !== Sslv2MessageType.error)
        throw new bytes/* DecodeError */.Xc('SSLv2 ERROR: wrong message type');
    const code = r.u16();
    return { code, name: SSLV2_ERROR_NAMES[code] ?? `SSLv2 error ${code}` };
}
function sslv2Record(body) {
    if (body.length > 0x7fff)
        throw new RangeError('SSLv2 record too long');
    return Buffer.concat([Buffer.from([0x80 | (body.length >> 8), body.length & 0xff]), body]);
}

// EXTERNAL MODULE: ./src/wire/tls13/key-share.ts
var key_share = __webpack_require__(4246);
;// CONCATENATED MODULE: ./src/scan/tls13-support.ts


const TLS13_SUPPORT = {
    createKeyShare: (group) => (0,key_share/* createKeyShare */.BR)(group),
    createDecryptor: (cipherSuite, sharedSecret, transcript) => new Tls13HandshakeDecryptor(cipherSuite, sharedSecret, transcript)
};

// EXTERNAL MODULE: ./src/registry/index.ts + 3 modules
var registry = __webpack_require__(1751);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/scan/connection.ts
// One TCP connection for one probe: connect with a timeout, write, and read chunk by chunk where every wait
// is bounded by the per-read timeout, the target's deadline and an AbortSignal. Every way a connection can
// end is a value (never an exception, never an unhandled 'error' event), and the socket is destroyed on
// every path, so a hostile peer can cost us at most one timeout and one byte cap.

const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
/** Human words for the socket errors that mean "could not reach it". */
function describeConnectError(code, address, port) {
    switch (code) {
        case 'ECONNREFUSED':
            return `connection refused by ${address} port ${port} (nothing is listening there)`;
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return `no route to ${address} (host or network unreachable)`;
        case 'EADDRNOTAVAIL':
            return `address ${address} is not available from this machine`;
        case 'ETIMEDOUT':
            return `connecting to ${address} port ${port} timed out`;
        default:
            return `could not connect to ${address} port ${port} (${code})`;
    }
}
class Connection {
    socket;
    options;
    chunks = [];
    ended = false;
    failure = null;
    received = 0;
    waiter = null;
    closed = false;
    constructor(socket, options) {
        this.socket = socket;
        this.options = options;
        socket.on('data', (chunk) => {
            this.received += chunk.length;
            this.chunks.push(chunk);
            this.wake();
        });
        socket.on('end', () => {
            this.ended = true;
            this.wake();
        });
        socket.on('error', (error) => {
            this.failure = { code: error.code ?? 'ERROR' };
            this.wake();
        });
        socket.on('close', () => {
            this.ended = true;
            this.wake();
        });
    }
    /** Opens a TCP connection, or says why not. Never rejects. */
    static open(options) {
        return new Promise((resolve) => {
            if (options.signal?.aborted)
                return resolve({ kind: 'aborted' });
            const untilDeadline = options.deadline - Date.now();
            if (untilDeadline <= 0)
                return resolve({ kind: 'deadline' });
            const byDeadline = untilDeadline < options.timeoutMs;
            const socket = external_node_net_default().connect({ host: options.address, port: options.port });
            socket.setNoDelay(true);
            let settled = false;
            const finish = (result) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                options.signal?.removeEventListener('abort', onAbort);
                socket.removeListener('connect', onConnect);
                socket.removeListener('error', onError);
                if (!(result instanceof Connection)) {
                    // Keep a listener so a late error on a destroyed socket can never become an uncaught exception.
                    socket.on('error', () => undefined);
                    socket.destroy();
                }
                resolve(result);
            };
            const onConnect = () => finish(new Connection(socket, options));
            const onError = (error) => {
                const code = error.code ?? 'ERROR';
                finish({
                    kind: 'unreachable',
                    code,
                    message: describeConnectError(code, options.address, options.port)
                });
            };
            const onAbort = () => finish({ kind: 'aborted' });
            const timer = setTimeout(() => finish(byDeadline ? { kind: 'deadline' } : { kind: 'timeout' }), Math.min(untilDeadline, options.timeoutMs));
            socket.once('connect', onConnect);
            socket.once('error', onError);
            options.signal?.addEventListener('abort', onAbort, { once: true });
        });
    }
    /** Bytes received so far (for byte caps and diagnostics). */
    get bytesReceived() {
        return this.received;
    }
    write(bytes) {
        if (this.closed || this.socket.destroyed)
            return;
        this.socket.write(bytes);
    }
    /**
     * Next chunk from the peer, or how the wait ended. Each call waits at most timeoutMs (or until the
     * deadline, or the abort), so a peer that drips one byte at a time is stopped by the deadline.
     */
    read() {
        const next = this.take();
        if (next)
            return Promise.resolve(next);
        return new Promise((resolve) => {
            const { signal, deadline, timeoutMs } = this.options;
            const untilDeadline = deadline - Date.now();
            if (signal?.aborted)
                return resolve({ kind: 'aborted' });
            if (untilDeadline <= 0)
                return resolve({ kind: 'deadline' });
            const byDeadline = untilDeadline < timeoutMs;
            const done = (result) => {
                clearTimeout(timer);
                signal?.removeEventListener('abort', onAbort);
                this.waiter = null;
                resolve(result);
            };
            const onAbort = () => done({ kind: 'aborted' });
            const timer = setTimeout(() => done(byDeadline ? { kind: 'deadline' } : { kind: 'timeout' }), Math.min(untilDeadline, timeoutMs));
            signal?.addEventListener('abort', onAbort, { once: true });
            this.waiter = () => {
                const result = this.take();
                if (result)
                    done(result);
            };
        });
    }
    /** Destroys the socket; safe to call any number of times. */
    close() {
        if (this.closed)
            return;
        this.closed = true;
        this.socket.removeAllListeners('data');
        this.socket.on('error', () => undefined);
        this.socket.destroy();
        this.wake();
    }
    take() {
        const maxBytes = this.options.maxBytes ?? DEFAULT_MAX_BYTES;
        if (this.received > maxBytes)
            return { kind: 'overflow' };
        const chunk = this.chunks.shift();
        if (chunk)
            return { kind: 'data', chunk };
        if (this.failure)
            return { kind: 'reset', code: this.failure.code };
        if (this.ended || this.closed)
            return { kind: 'end' };
        return null;
    }
    wake() {
        this.waiter?.();
    }
}

;// CONCATENATED MODULE: ./src/scan/probe.ts
// One probe: send one ClientHello over a fresh TCP connection and read until the server has said what we
// need: ServerHelloDone for TLS <= 1.2 (so Certificate, CertificateStatus and ServerKeyExchange are seen),
// ServerHello or HelloRetryRequest for TLS 1.3 (and, when certificates are wanted, the encrypted first flight
// up to Certificate). Enumeration never finishes a handshake. Whatever the peer does ends as a ProbeOutcome;
// runProbe never throws for anything the peer sends or fails to send.
//
// TLS 1.3 certificates are read by our own key schedule (src/wire/tls13) rather than by capturing a
// `tls.connect` handshake with its keylog: one engine then covers every version, every suite order and every
// server, including ones OpenSSL would refuse to finish a handshake with (weak keys, odd sigalgs).

















/** Bytes a probe accepts from one server: a first flight with a 100-certificate chain still fits. */
const MAX_PROBE_BYTES = 2 * 1024 * 1024;
function hex(bytes) {
    return [...bytes.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}
async function runProbe(endpoint, hello, limits, options = {}) {
    const started = Date.now();
    const elapsed = () => Date.now() - started;
    const opened = await Connection.open({
        address: endpoint.address,
        port: endpoint.port,
        timeoutMs: limits.timeoutMs,
        deadline: limits.deadline,
        signal: limits.signal,
        maxBytes: MAX_PROBE_BYTES
    });
    if (!(opened instanceof Connection)) {
        if (opened.kind === 'unreachable')
            return { ...opened, durationMs: elapsed() };
        if (opened.kind === 'timeout') {
            return {
                kind: 'unreachable',
                code: 'ETIMEDOUT',
                message: `connecting to ${endpoint.address} port ${endpoint.port} timed out after ${limits.timeoutMs} ms`,
                durationMs: elapsed()
            };
        }
        return { kind: 'timeout', durationMs: elapsed() };
    }
    try {
        const tls13 = options.readCertificates && hello.kind === 'tls' ? TLS13_SUPPORT : null;
        const session = new ProbeSession(opened, hello, options, started, tls13);
        return await session.run();
    }
    catch (error) {
        // A decoder rejecting what the peer sent: a protocol error of that server, never ours to throw.
        const message = error instanceof Error ? error.message : String(error);
        return {
            kind: 'protocol-error',
            message: `the server sent a malformed reply (${message})`,
            durationMs: elapsed()
        };
    }
    finally {
        opened.close();
    }
}
/** The state of one handshake attempt, from our ClientHello to the point where we stop reading. */
class ProbeSession {
    connection;
    hello;
    options;
    started;
    tls13;
    records = new RecordReader();
    handshake = new HandshakeAssembler();
    firstBytes = Buffer.alloc(0);
    serverHello = null;
    serverHelloRaw = null;
    certificates = null;
    ocspResponse = null;
    group = null;
    dhBits = null;
    decryptor = null;
    secrets = new Map();
    clientHelloMessage = Buffer.alloc(0);
    sentSpec = null;
    retry = null;
    constructor(connection, hello, options, started, tls13) {
        this.connection = connection;
        this.hello = hello;
        this.options = options;
        this.started = started;
        this.tls13 = tls13;
    }
    elapsed() {
        return Date.now() - this.started;
    }
    async run() {
        this.connection.write(this.encodeHello());
        for (;;) {
            const result = await this.connection.read();
            if (result.kind !== 'data')
                return this.ended(result);
            const outcome = this.consume(result.chunk);
            if (outcome)
                return outcome;
        }
    }
    encodeHello() {
        if (this.hello.kind === 'sslv2')
            return encodeSslv2ClientHello(this.hello.spec);
        // Fixed random and session id: a second ClientHello after a HelloRetryRequest must repeat them.
        let spec = {
            ...this.hello.spec,
            random: this.hello.spec.random ?? (0,external_node_crypto_.randomBytes)(32),
            sessionId: this.hello.spec.sessionId ?? (0,external_node_crypto_.randomBytes)(32)
        };
        this.sentSpec = spec;
        const tls13 = this.tls13;
        if (tls13 && spec.supportedVersions?.includes(client_hello_spec/* VERSION */.x.TLSv1_3) && spec.keyShares) {
            // To decrypt the server's first flight we need the private half of every share we offer.
            const shares = [];
            for (const entry of spec.keyShares) {
                const share = tls13.createKeyShare(entry.group);
                if (share) {
                    this.secrets.set(entry.group, (key) => share.sharedSecret(key));
                    shares.push(share.entry);
                }
                else {
                    shares.push(entry);
                }
            }
            spec = { ...spec, keyShares: shares };
        }
        this.clientHelloMessage = encodeClientHello(spec);
        return record_encodeRecords(record_ContentType.handshake, spec.recordVersion ?? client_hello_spec/* VERSION */.x.TLSv1_0, this.clientHelloMessage);
    }
    /** How a read that brought no bytes ends the probe. */
    ended(result) {
        // A TLS <= 1.2 server that said ServerHello and then stopped has still accepted the offer.
        if (this.serverHello) {
            const accepted = this.accepted();
            if (accepted)
                return accepted;
        }
        const durationMs = this.elapsed();
        switch (result.kind) {
            case 'end':
                if (this.firstBytes.length > 0 && this.firstBytes.length < 5) {
                    return {
                        kind: 'protocol-error',
                        message: `the server closed the connection mid-handshake (after ${this.firstBytes.length} bytes)`,
                        durationMs
                    };
                }
                if (this.records.buffered > 0 || this.handshake.hasPartial || this.sslv2Pending) {
                    return {
                        kind: 'protocol-error',
                        message: 'the server closed the connection mid-handshake (a record or message was cut short)',
                        durationMs
                    };
                }
                if (this.firstBytes.length > 0) {
                    const nonTls = this.nonTlsDescription();
                    if (nonTls)
                        return nonTls;
                }
                return { kind: 'closed', durationMs };
            case 'reset':
                return { kind: 'reset', durationMs };
            case 'overflow':
                return {
                    kind: 'protocol-error',
                    message: `the server sent more than ${MAX_PROBE_BYTES} bytes without finishing its first flight`,
                    durationMs
                };
            default: {
                const nonTls = this.firstBytes.length > 0 ? this.nonTlsDescription() : null;
                if (nonTls)
                    return nonTls;
                return { kind: 'timeout', durationMs };
            }
        }
    }
    /** For a reply whose first byte is no TLS content type: what it is, or a plain "not TLS" error. */
    nonTlsDescription() {
        const first = this.firstBytes[0];
        const looksTls = first >= record_ContentType.change_cipher_spec && first <= record_ContentType.heartbeat;
        if (looksTls)
            return null;
        if (this.hello.kind === 'sslv2' && isSslv2Record(this.firstBytes))
            return null;
        const description = describeNonTls(this.firstBytes);
        if (description)
            return { kind: 'not-tls', description, durationMs: this.elapsed() };
        return {
            kind: 'protocol-error',
            message: `the server answered with bytes that are not TLS (starting ${hex(this.firstBytes)})`,
            durationMs: this.elapsed()
        };
    }
    /** Feeds bytes; returns an outcome once the probe has its answer. */
    consume(chunk) {
        const firstChunk = this.firstBytes.length === 0;
        if (this.firstBytes.length < 64)
            this.firstBytes = Buffer.concat([this.firstBytes, chunk]).subarray(0, 64);
        if (firstChunk) {
            // First bytes of the reply: something that is not TLS at all is named at once.
            const first = this.firstBytes[0];
            const looksTls = first >= record_ContentType.change_cipher_spec && first <= record_ContentType.heartbeat;
            if (!looksTls) {
                if (this.hello.kind === 'sslv2' && (first & 0x80) !== 0)
                    return this.consumeSslv2(chunk);
                return this.nonTlsDescription();
            }
        }
        if (this.sslv2Pending)
            return this.consumeSslv2(chunk);
        try {
            this.records.push(chunk);
            for (let record = this.records.next(); record; record = this.records.next()) {
                const outcome = this.onRecord(record.type, record.fragment, record);
                if (outcome)
                    return outcome;
            }
        }
        catch (error) {
            if (error instanceof bytes/* DecodeError */.Xc) {
                return {
                    kind: 'protocol-error',
                    message: `the server sent a malformed TLS record (${error.message})`,
                    durationMs: this.elapsed()
                };
            }
            throw error;
        }
        return null;
    }
    sslv2Pending = null;
    consumeSslv2(chunk) {
        this.sslv2Pending = this.sslv2Pending ? Buffer.concat([this.sslv2Pending, chunk]) : chunk;
        const record = readSslv2Record(this.sslv2Pending);
        if (!record)
            return null;
        if (record.body[0] === Sslv2MessageType.error) {
            const error = decodeSslv2Error(record.body);
            return {
                kind: 'alert',
                alert: { level: 'fatal', description: error.code, name: error.name },
                durationMs: this.elapsed()
            };
        }
        const hello = decodeSslv2ServerHello(record.body);
        const offered = this.hello.kind === 'sslv2' ? this.hello.spec.cipherSpecs : [];
        // SSLv2 servers list every cipher kind they share with us; the client chooses later.
        const shared = hello.cipherSpecs.filter((kind) => offered.includes(kind));
        if (shared.length === 0) {
            return {
                kind: 'protocol-error',
                message: 'the server answered SSLv2 with no cipher kind we offered',
                durationMs: this.elapsed()
            };
        }
        return {
            kind: 'accepted',
            version: 'SSLv2',
            cipherSuite: shared[0],
            sslv2CipherKinds: shared,
            group: null,
            dhBits: null,
            certificates: hello.certificate.length > 0 ? [hello.certificate] : null,
            ocspResponse: null,
            serverExtensions: [],
            sessionId: Buffer.alloc(0),
            durationMs: this.elapsed()
        };
    }
    onRecord(type, fragment, record) {
        if (type === record_ContentType.alert) {
            // TLS 1.3 alerts after ServerHello are encrypted; a plaintext alert is the server giving up.
            if (fragment.length < 2)
                throw new bytes/* DecodeError */.Xc('alert record shorter than 2 bytes');
            const alert = (0,wire_alert/* decodeAlert */.vo)(fragment);
            if (this.serverHello) {
                const accepted = this.accepted();
                if (accepted)
                    return accepted;
            }
            return { kind: 'alert', alert, durationMs: this.elapsed() };
        }
        if (type === record_ContentType.change_cipher_spec)
            return null; // TLS 1.3 middlebox compatibility
        if (type === record_ContentType.application_data) {
            if (!this.decryptor) {
                if (this.serverHello)
                    return this.accepted();
                throw new bytes/* DecodeError */.Xc('application data before the handshake');
            }
            for (const message of this.decryptor.push(record)) {
                const outcome = this.onTls13Encrypted(message);
                if (outcome)
                    return outcome;
            }
            return null;
        }
        if (type !== record_ContentType.handshake)
            throw new bytes/* DecodeError */.Xc(`unexpected record type ${type} during the handshake`);
        this.handshake.push(fragment);
        for (let message = this.handshake.next(); message; message = this.handshake.next()) {
            const outcome = this.onHandshake(message);
            if (outcome)
                return outcome;
        }
        return null;
    }
    onHandshake(message) {
        if (!this.serverHello) {
            if (message.type !== handshake_HandshakeType.server_hello) {
                throw new bytes/* DecodeError */.Xc(`expected ServerHello, got handshake message type ${message.type}`);
            }
            return this.onServerHello(message);
        }
        switch (message.type) {
            case handshake_HandshakeType.certificate:
                this.certificates = decodeCertificate(message.body, false).certificates;
                return null;
            case handshake_HandshakeType.certificate_status:
                this.ocspResponse = decodeCertificateStatus(message.body);
                return null;
            case handshake_HandshakeType.server_key_exchange: {
                const suite = (0,registry/* suiteByCode */.Te)(this.serverHello.cipherSuite);
                const params = decodeServerKeyExchange(message.body, suite?.kx ?? '', suite?.au ?? null);
                if (params && 'namedGroup' in params)
                    this.group = params.namedGroup;
                if (params && 'dhPrimeBits' in params)
                    this.dhBits = params.dhPrimeBits;
                return null;
            }
            case handshake_HandshakeType.server_hello_done:
                return this.accepted();
            default:
                return null; // CertificateRequest and friends: not needed
        }
    }
    onServerHello(message) {
        const hello = decodeServerHello(message.body);
        this.serverHello = hello;
        this.serverHelloRaw = message.raw;
        const version = (0,registry/* protocolNameOf */.Zt)(hello.selectedVersion ?? hello.legacyVersion);
        if (!version || version === 'SSLv2') {
            return {
                kind: 'protocol-error',
                message: `the server chose version 0x${(hello.selectedVersion ?? hello.legacyVersion).toString(16)}, which is not a TLS version`,
                durationMs: this.elapsed()
            };
        }
        if (hello.isHelloRetryRequest) {
            const retried = this.retryForCertificates(hello, message.raw);
            if (retried)
                return null;
            return {
                kind: 'hello-retry',
                version: 'TLSv1.3',
                cipherSuite: hello.cipherSuite,
                group: hello.retryGroup ?? 0,
                durationMs: this.elapsed()
            };
        }
        if (version !== 'TLSv1.3')
            return null; // keep reading up to ServerHelloDone
        this.group = hello.keyShare?.group ?? null;
        const secret = hello.keyShare ? this.secrets.get(hello.keyShare.group) : undefined;
        if (!this.options.readCertificates || !this.tls13 || !secret || !hello.keyShare)
            return this.accepted();
        const sharedSecret = secret(hello.keyShare.keyExchange);
        const transcript = this.retry
            ? helloRetryTranscript(hello.cipherSuite, { ...this.retry, serverHello: this.serverHelloRaw })
            : Buffer.concat([this.clientHelloMessage, this.serverHelloRaw]);
        this.decryptor = this.tls13.createDecryptor(hello.cipherSuite, sharedSecret, transcript);
        return null;
    }
    /**
     * A certificate-reading probe answers a HelloRetryRequest the way a client would: a second ClientHello with a
     * real share for the group the server asked for (and its cookie), so servers that prefer a group we did not
     * share (Node 24 prefers X25519MLKEM768) still show their chain. Enumeration probes report the retry instead.
     */
    retryForCertificates(hrr, hrrRaw) {
        const tls13 = this.tls13;
        const first = this.sentSpec;
        if (!this.options.readCertificates || !tls13 || !first || this.retry || hrr.retryGroup === null)
            return false;
        const share = tls13.createKeyShare(hrr.retryGroup);
        if (!share)
            return false;
        const cookie = hrr.extensions.find((extension) => extension.type === extensions_ExtensionType.cookie);
        const second = {
            ...first,
            keyShares: [share.entry],
            extraExtensions: [
                ...(first.extraExtensions ?? []),
                ...(cookie ? [{ type: cookie.type, data: cookie.data }] : [])
            ]
        };
        this.secrets.clear();
        this.secrets.set(hrr.retryGroup, (key) => share.sharedSecret(key));
        const clientHello2 = encodeClientHello(second);
        this.retry = { clientHello1: this.clientHelloMessage, helloRetryRequest: hrrRaw, clientHello2 };
        this.clientHelloMessage = clientHello2;
        this.serverHello = null;
        this.serverHelloRaw = null;
        this.connection.write(record_encodeRecords(record_ContentType.handshake, client_hello_spec/* VERSION */.x.TLSv1_2, clientHello2));
        return true;
    }
    onTls13Encrypted(message) {
        if (message.type === handshake_HandshakeType.certificate) {
            const decoded = decodeCertificate(message.body, true);
            this.certificates = decoded.certificates;
            this.ocspResponse = decoded.ocspResponse;
            return this.accepted();
        }
        if (message.type === handshake_HandshakeType.certificate_verify || message.type === handshake_HandshakeType.finished) {
            return this.accepted(); // a PSK or raw-key handshake without Certificate
        }
        return null;
    }
    accepted() {
        const hello = this.serverHello;
        if (!hello || hello.isHelloRetryRequest)
            return null;
        const version = (0,registry/* protocolNameOf */.Zt)(hello.selectedVersion ?? hello.legacyVersion);
        if (!version)
            return null;
        return {
            kind: 'accepted',
            version,
            cipherSuite: hello.cipherSuite,
            group: this.group,
            dhBits: this.dhBits,
            certificates: this.certificates,
            ocspResponse: this.ocspResponse,
            serverExtensions: hello.extensions.map((extension) => extension.type),
            sessionId: hello.sessionId,
            durationMs: this.elapsed()
        };
    }
}


/***/ }),

/***/ 3890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pJ: () => (/* reexport */ loadTargetsFile),
  X1: () => (/* reexport */ parseHostsInput),
  c: () => (/* reexport */ parseTargetArgument),
  Ci: () => (/* reexport */ parseTargetsFile),
  nf: () => (/* reexport */ policyLocationOf)
});

// UNUSED EXPORTS: DEFAULT_PORT, defaultName, makeTarget, parsePort

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/targets/parse.ts
// The TARGET syntax of the command line and the action's `hosts` input:
//   host, host:port, [ipv6]:port, [ipv6], bare ipv6, https://host[:port]/path (port 443 unless given).


const DEFAULT_PORT = 443;
const SYNTAX = 'expected host, host:port, [ipv6]:port or https://host[:port]/';
/** Parses one TARGET. `where` locates errors (a hosts input line); CLI arguments have none. */
function parseTargetArgument(text, where) {
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1(`invalid target ${JSON.stringify(text)}: ${why}`, where ?? {});
    };
    const trimmed = text.trim();
    if (trimmed === '')
        fail(`empty target; ${SYNTAX}`);
    let host;
    let portText;
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
    if (scheme) {
        if (scheme[1].toLowerCase() !== 'https')
            fail(`only https:// URLs name a TLS endpoint (got ${scheme[1]}://)`);
        let url;
        try {
            url = new URL(trimmed);
        }
        catch {
            return fail(`not a valid URL; ${SYNTAX}`);
        }
        if (url.username || url.password)
            fail('URLs with credentials are not accepted');
        host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
        // URL drops the port when it is the scheme's default (443), which is our default too.
        portText = url.port === '' ? undefined : url.port;
    }
    else if (trimmed.startsWith('[')) {
        const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(trimmed);
        if (!bracketed)
            return fail(`unbalanced brackets; ${SYNTAX}`);
        host = bracketed[1];
        portText = bracketed[2];
        if ((0,external_node_net_.isIP)(host) !== 6)
            fail('brackets are for IPv6 addresses');
    }
    else if ((0,external_node_net_.isIP)(trimmed) === 6) {
        host = trimmed;
    }
    else {
        const colon = trimmed.lastIndexOf(':');
        if (colon >= 0) {
            host = trimmed.slice(0, colon);
            portText = trimmed.slice(colon + 1);
            if (host.includes(':'))
                fail('an IPv6 address with a port needs brackets: [ipv6]:port');
        }
        else {
            host = trimmed;
        }
    }
    const hostProblem = checkHost(host);
    if (hostProblem)
        fail(hostProblem);
    let port = DEFAULT_PORT;
    if (portText !== undefined) {
        const parsed = parsePort(portText);
        if (parsed === null)
            fail(`port ${JSON.stringify(portText)} is not a number from 1 to 65535`);
        port = parsed;
    }
    return makeTarget({ host, port, source: where });
}
/** Fills the defaults every Target gets: SNI from the host name (none for IP literals), name "host:port". */
function makeTarget(fields) {
    const host = normaliseHost(fields.host);
    const target = {
        name: fields.name ?? defaultName(host, fields.port),
        host,
        port: fields.port,
        sni: fields.sni !== undefined ? fields.sni : (0,external_node_net_.isIP)(host) ? null : host
    };
    if (fields.address !== undefined)
        target.address = fields.address;
    if (fields.addresses !== undefined)
        target.addresses = fields.addresses;
    if (fields.policy !== undefined)
        target.policy = fields.policy;
    if (fields.policySource !== undefined)
        target.policySource = fields.policySource;
    if (fields.expect !== undefined)
        target.expect = fields.expect;
    if (fields.source !== undefined)
        target.source = fields.source;
    return target;
}
function defaultName(host, port) {
    return (0,external_node_net_.isIP)(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}
/** Host names compare case-insensitively; a trailing dot (absolute name) is dropped for SNI (RFC 6066 §3). */
function normaliseHost(host) {
    if ((0,external_node_net_.isIP)(host))
        return host.toLowerCase();
    return host.toLowerCase().replace(/\.$/, '');
}
/** null when `host` is a usable host name or IP literal, else why not. */
function checkHost(host) {
    if (host === '')
        return 'the host is empty';
    if ((0,external_node_net_.isIP)(host))
        return null;
    if (host.length > 253)
        return 'the host name is longer than 253 characters';
    // Letters, digits, hyphens and dots, plus underscores (common in internal names); labels of 1..63.
    if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?$/i.test(host)) {
        return `${JSON.stringify(host)} is not a host name or IP address`;
    }
    if (host.split('.').some((label) => label.length > 63))
        return 'a label of the host name is longer than 63 characters';
    return null;
}
/** Port from text: digits only, 1..65535. */
function parsePort(text) {
    if (!/^\d{1,5}$/.test(text))
        return null;
    const port = Number(text);
    return port >= 1 && port <= 65535 ? port : null;
}
/**
 * The action's `hosts` input: targets separated by newlines or commas; blank entries and `#` comments are
 * ignored. `sourceFile`/`firstLine` say where the input sits (the workflow file) so errors and findings point there.
 */
function parseHostsInput(text, sourceFile, firstLine = 1) {
    const targets = [];
    text.split(/\r?\n/).forEach((line, index) => {
        const content = line.replace(/(^|\s)#.*$/, '');
        for (const part of content.split(',')) {
            if (part.trim() === '')
                continue;
            const where = sourceFile !== undefined ? { file: sourceFile, line: firstLine + index } : undefined;
            targets.push(parseTargetArgument(part, where));
        }
    });
    return targets;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/yaml/located.ts
var located = __webpack_require__(81);
;// CONCATENATED MODULE: ./src/targets/file.ts
// Targets files: a YAML list of entries, or a mapping `{ targets: [...] }`. Validation is strict (unknown keys,
// wrong types, bad ports, empty hosts are usage errors naming the file, line and entry), because a typo in a gate's
// input must never quietly drop a target. Each Target remembers its file and line for annotations and SARIF.





const ENTRY_KEYS = ['host', 'port', 'address', 'addresses', 'sni', 'name', 'policy', 'expect'];
const EXPECT_KEYS = ['issuer', 'spkiSha256'];
/** Reads and validates a targets file. `displayPath` is how the file is named in errors and reports. */
async function loadTargetsFile(path, displayPath = path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code ?? error);
        throw new errors/* ConfigurationError */.j1(`cannot read targets file: ${why}`, { file: displayPath });
    }
    return parseTargetsFile(text, displayPath);
}
/** Validates the text of a targets file named `file`. */
function parseTargetsFile(text, file) {
    const yaml = (0,located/* loadYamlWithPositions */.W)(text, file);
    let list = yaml.value;
    let listPath = [];
    if (isMapping(list)) {
        rejectUnknownKeys(yaml, [], list, ['targets'], 'the top level');
        if (!('targets' in list))
            throw yaml.errorAt([], 'expected a list of targets, or a mapping with a `targets` list');
        list = list.targets;
        listPath = ['targets'];
    }
    if (!Array.isArray(list)) {
        throw yaml.errorAt(listPath, `expected a list of targets, got ${describeType(list)}`);
    }
    if (list.length === 0)
        throw yaml.errorAt(listPath, 'the list of targets is empty');
    const targets = list.map((entry, index) => parseEntry(yaml, [...listPath, index], entry));
    const seen = new Map();
    targets.forEach((target, index) => {
        const first = seen.get(target.name);
        if (first !== undefined) {
            throw yaml.errorAt([...listPath, index], `${entryLabel(index, target.host)}: the name ${JSON.stringify(target.name)} is already used by entry ${first + 1}; give one of them a distinct \`name\``);
        }
        seen.set(target.name, index);
    });
    return targets;
}
function parseEntry(yaml, path, entry) {
    const index = path[path.length - 1];
    const position = yaml.keyPositionOf(path) ?? yaml.nearestPositionOf(path);
    const source = { file: yaml.file, line: position?.line ?? 1 };
    // A bare string is the command-line syntax: "host:port".
    if (typeof entry === 'string') {
        try {
            return parseTargetArgument(entry, source);
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1) {
                const at = yaml.positionOf(path);
                throw new errors/* ConfigurationError */.j1(`entry ${index + 1}: ${error.message}`, { file: yaml.file, ...at });
            }
            throw error;
        }
    }
    if (!isMapping(entry)) {
        throw yaml.errorAt(path, `entry ${index + 1}: expected a mapping with \`host\` (or a "host:port" string), got ${describeType(entry)}`);
    }
    const label = entryLabel(index, typeof entry.host === 'string' ? entry.host : undefined);
    const fail = (key, message) => {
        throw yaml.errorAt(typeof key === 'string' ? [...path, key] : [...path, ...key], `${label}: ${message}`);
    };
    rejectUnknownKeys(yaml, path, entry, ENTRY_KEYS, label);
    if (!('host' in entry))
        fail([], 'missing `host`');
    const host = entry.host;
    if (typeof host !== 'string')
        return fail('host', `\`host\` must be a string, got ${describeType(host)}`);
    const hostProblem = checkHost(host.trim());
    if (hostProblem) {
        const hint = host.includes(':') && !(0,external_node_net_.isIP)(host) ? ' (put the port in `port`)' : '';
        fail('host', `${hostProblem}${hint}`);
    }
    let port = DEFAULT_PORT;
    if ('port' in entry) {
        const value = entry.port;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) {
            fail('port', `\`port\` must be a whole number from 1 to 65535, got ${JSON.stringify(value) ?? describeType(value)}`);
        }
        port = value;
    }
    const fields = { host: host.trim(), port, source };
    if ('address' in entry) {
        const value = entry.address;
        if (typeof value !== 'string' || checkHost(value) !== null) {
            fail('address', `\`address\` must be an IP address or host name, got ${JSON.stringify(value)}`);
        }
        fields.address = value;
    }
    if ('addresses' in entry) {
        const value = entry.addresses;
        if (!Array.isArray(value) || value.length === 0) {
            fail('addresses', '`addresses` must be a non-empty list of IP addresses or host names');
        }
        value.forEach((item, i) => {
            if (typeof item !== 'string' || checkHost(item) !== null) {
                fail(['addresses', i], `\`addresses\` item ${i + 1} is not an IP address or host name: ${JSON.stringify(item)}`);
            }
        });
        fields.addresses = value;
    }
    if ('sni' in entry) {
        const value = entry.sni;
        if (value === false)
            fields.sni = null;
        else if (typeof value === 'string' && value !== '' && !(0,external_node_net_.isIP)(value) && checkHost(value) === null)
            fields.sni = value;
        else
            fail('sni', `\`sni\` must be a host name or false (send no SNI), got ${JSON.stringify(value)}`);
    }
    if ('name' in entry) {
        const value = entry.name;
        if (typeof value !== 'string' || value.trim() === '')
            fail('name', '`name` must be a non-empty string');
        fields.name = value.trim();
    }
    if ('policy' in entry) {
        const value = entry.policy;
        // Preset name, file path, or inline rules; src/policy validates the content.
        if (!(typeof value === 'string' && value.trim() !== '') && !isMapping(value)) {
            fail('policy', '`policy` must be a preset name, a policy file path, or a mapping of rules');
        }
        fields.policy = value;
        const at = yaml.positionOf([...path, 'policy']);
        if (at)
            fields.policySource = { file: yaml.file, line: at.line, column: at.column };
    }
    if ('expect' in entry)
        fields.expect = parseExpect(yaml, [...path, 'expect'], entry.expect, label);
    const target = makeTarget(fields);
    if ('policy' in entry)
        POLICY_LOCATIONS.set(target, { located: yaml, path: [...path, 'policy'] });
    return target;
}
/**
 * Targets parsed from a file remember the YAML their `policy` came from, so src/policy can point its errors at
 * the exact line and column of an inline rule. Weak: nothing is kept once the targets are gone.
 */
const POLICY_LOCATIONS = new WeakMap();
function policyLocationOf(target) {
    return POLICY_LOCATIONS.get(target);
}
function parseExpect(yaml, path, value, label) {
    if (!isMapping(value))
        throw yaml.errorAt(path, `${label}: \`expect\` must be a mapping with issuer and/or spkiSha256`);
    rejectUnknownKeys(yaml, path, value, EXPECT_KEYS, `${label}: \`expect\``);
    const expect = {};
    if ('issuer' in value) {
        if (typeof value.issuer !== 'string' || value.issuer === '') {
            throw yaml.errorAt([...path, 'issuer'], `${label}: \`expect.issuer\` must be a non-empty string`);
        }
        expect.issuer = value.issuer;
    }
    if ('spkiSha256' in value) {
        const pins = typeof value.spkiSha256 === 'string' ? [value.spkiSha256] : value.spkiSha256;
        if (!Array.isArray(pins) || pins.length === 0) {
            throw yaml.errorAt([...path, 'spkiSha256'], `${label}: \`expect.spkiSha256\` must be a pin or a list of pins`);
        }
        pins.forEach((pin, i) => {
            // base64 of a SHA-256: 44 characters ending in '='.
            if (typeof pin !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(pin)) {
                const at = typeof value.spkiSha256 === 'string' ? [...path, 'spkiSha256'] : [...path, 'spkiSha256', i];
                throw yaml.errorAt(at, `${label}: ${JSON.stringify(pin)} is not a base64 SHA-256 pin (44 characters)`);
            }
        });
        expect.spkiSha256 = pins;
    }
    return expect;
}
function rejectUnknownKeys(yaml, path, mapping, allowed, label) {
    for (const key of Object.keys(mapping)) {
        if (allowed.includes(key))
            continue;
        const position = yaml.keyPositionOf([...path, key]);
        const suggestion = closest(key, allowed);
        const hint = suggestion ? `; did you mean \`${suggestion}\`?` : `; expected one of ${allowed.join(', ')}`;
        throw new errors/* ConfigurationError */.j1(`${label}: unknown key \`${key}\`${hint}`, { file: yaml.file, ...position });
    }
}
function entryLabel(index, host) {
    return host ? `entry ${index + 1} (${JSON.stringify(host)})` : `entry ${index + 1}`;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describeType(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${JSON.stringify(value)}`;
}
/** The allowed key within edit distance 2 of a typo, if any. */
function closest(word, candidates) {
    let best;
    let bestDistance = 3;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/targets/index.ts
// Where targets come from: CLI arguments and the action's `hosts` input (parse.ts), and targets files (file.ts).




/***/ }),

/***/ 8951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q6: () => (/* binding */ alertName),
/* harmony export */   vo: () => (/* binding */ decodeAlert)
/* harmony export */ });
/* unused harmony exports AlertLevel, AlertDescription, encodeAlert */
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5026);

const AlertLevel = { warning: 1, fatal: 2 };
const AlertDescription = {
    close_notify: 0,
    unexpected_message: 10,
    bad_record_mac: 20,
    decryption_failed_RESERVED: 21,
    record_overflow: 22,
    decompression_failure_RESERVED: 30,
    handshake_failure: 40,
    no_certificate_RESERVED: 41,
    bad_certificate: 42,
    unsupported_certificate: 43,
    certificate_revoked: 44,
    certificate_expired: 45,
    certificate_unknown: 46,
    illegal_parameter: 47,
    unknown_ca: 48,
    access_denied: 49,
    decode_error: 50,
    decrypt_error: 51,
    too_many_cids_requested: 52,
    export_restriction_RESERVED: 60,
    protocol_version: 70,
    insufficient_security: 71,
    internal_error: 80,
    inappropriate_fallback: 86,
    user_canceled: 90,
    no_renegotiation_RESERVED: 100,
    missing_extension: 109,
    unsupported_extension: 110,
    certificate_unobtainable_RESERVED: 111,
    unrecognized_name: 112,
    bad_certificate_status_response: 113,
    bad_certificate_hash_value_RESERVED: 114,
    unknown_psk_identity: 115,
    certificate_required: 116,
    no_application_protocol: 120,
    ech_required: 121
};
const NAMES = new Map(Object.entries(AlertDescription).map(([name, code]) => [code, name]));
/** The registered name of an alert description, e.g. 40 → "handshake_failure"; "unknown_alert_N" otherwise. */
function alertName(code) {
    return NAMES.get(code) ?? `unknown_alert_${code}`;
}
/** Decodes the first alert of an alert record's payload (level, description). */
function decodeAlert(payload) {
    if (payload.length < 2)
        throw new _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc(`alert: ${payload.length} byte(s), expected 2`);
    const levelCode = payload[0];
    const description = payload[1];
    const level = levelCode === 1 ? 'warning' : levelCode === 2 ? 'fatal' : levelCode;
    return { level, description, name: alertName(description) };
}
function encodeAlert(level, description) {
    return Buffer.from([level, description]);
}


/***/ }),

/***/ 5026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U7: () => (/* binding */ ByteWriter),
/* harmony export */   Xc: () => (/* binding */ DecodeError),
/* harmony export */   kP: () => (/* binding */ ByteReader)
/* harmony export */ });
// Bounded readers and writers for TLS's length-prefixed wire format (RFC 8446 §3). A ByteReader never reads
// past its bound: every length prefix yields a sub-reader limited to exactly that many bytes, so a lying
// length inside a vector can only fail that vector, never read its neighbours. Everything a peer sends is
// decoded through this class, and every malformation surfaces as a DecodeError the caller can turn into a value.
/** A message or record whose bytes do not match the format (truncated, overlong, bad length). */
class DecodeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DecodeError';
    }
}
class ByteReader {
    buffer;
    what;
    offset = 0;
    constructor(buffer, what = 'message') {
        this.buffer = buffer;
        this.what = what;
    }
    /** Bytes not yet read. */
    get remaining() {
        return this.buffer.length - this.offset;
    }
    /** True when every byte has been read. */
    done() {
        return this.remaining === 0;
    }
    /** Throws unless every byte was consumed: trailing bytes mean the peer and we disagree on the format. */
    expectDone() {
        if (!this.done())
            throw new DecodeError(`${this.what}: ${this.remaining} unexpected trailing byte(s)`);
    }
    take(n) {
        if (n > this.remaining) {
            throw new DecodeError(`${this.what}: needs ${n} byte(s), only ${this.remaining} left`);
        }
        const out = this.buffer.subarray(this.offset, this.offset + n);
        this.offset += n;
        return out;
    }
    u8() {
        return this.take(1)[0];
    }
    u16() {
        return this.take(2).readUInt16BE(0);
    }
    u24() {
        const b = this.take(3);
        return (b[0] << 16) | (b[1] << 8) | b[2];
    }
    u32() {
        return this.take(4).readUInt32BE(0);
    }
    /** The next n bytes (a view, not a copy). */
    bytes(n) {
        return this.take(n);
    }
    /** Every byte left. */
    rest() {
        return this.take(this.remaining);
    }
    /** A u8-length-prefixed vector as a reader bounded to it. */
    vector8(what = this.what) {
        return new ByteReader(this.take(this.u8()), what);
    }
    vector16(what = this.what) {
        return new ByteReader(this.take(this.u16()), what);
    }
    vector24(what = this.what) {
        return new ByteReader(this.take(this.u24()), what);
    }
}
/** Appends big-endian integers and length-prefixed vectors; lengths are filled in when the vector closes. */
class ByteWriter {
    chunks = [];
    length = 0;
    u8(value) {
        return this.push(Buffer.from([value & 0xff]));
    }
    u16(value) {
        const b = Buffer.alloc(2);
        b.writeUInt16BE(value & 0xffff);
        return this.push(b);
    }
    u24(value) {
        return this.push(Buffer.from([(value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]));
    }
    u32(value) {
        const b = Buffer.alloc(4);
        b.writeUInt32BE(value >>> 0);
        return this.push(b);
    }
    bytes(data) {
        return this.push(Buffer.from(data));
    }
    /** Writes what `body` writes, prefixed by its length in `prefixBytes` (1, 2 or 3) bytes. */
    vector(prefixBytes, body) {
        const inner = new ByteWriter();
        body(inner);
        const data = inner.finish();
        const max = 2 ** (8 * prefixBytes) - 1;
        if (data.length > max)
            throw new RangeError(`vector of ${data.length} bytes exceeds ${max}`);
        if (prefixBytes === 1)
            this.u8(data.length);
        else if (prefixBytes === 2)
            this.u16(data.length);
        else
            this.u24(data.length);
        return this.push(data);
    }
    vector8(body) {
        return this.vector(1, body);
    }
    vector16(body) {
        return this.vector(2, body);
    }
    vector24(body) {
        return this.vector(3, body);
    }
    get size() {
        return this.length;
    }
    finish() {
        return Buffer.concat(this.chunks, this.length);
    }
    push(b) {
        this.chunks.push(b);
        this.length += b.length;
        return this;
    }
}


/***/ }),

/***/ 8347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// What a ClientHello offers, independent of its bytes. The wire layer encodes it (client-hello.ts), the
// engine builds specs for enumeration, and client profiles (src/clients) are specs too.
/** TLS protocol version numbers as they appear on the wire. */
const VERSION = {
    SSLv2: 0x0002,
    SSLv3: 0x0300,
    TLSv1_0: 0x0301,
    TLSv1_1: 0x0302,
    TLSv1_2: 0x0303,
    TLSv1_3: 0x0304
};


/***/ }),

/***/ 4246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ createKeyShare),
/* harmony export */   CO: () => (/* binding */ placeholderKeyShare)
/* harmony export */ });
/* unused harmony exports keyShareFromPrivateKey, syntheticKeyShare */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Client key shares (RFC 8446 §4.2.8) with node:crypto: X25519/X448 (RFC 7748) and the NIST curves
// (uncompressed points, §4.2.8.2; the shared secret is the x-coordinate), plus ML-KEM and the hybrid groups
// where this Node has ML-KEM (24.7+). Groups we only test acceptance of (FFDHE, brainpool, GOST, and ML-KEM on
// older Node) get well-formed placeholder shares: a server checks them, we never need their secret.


const NIST_CURVES = {
    0x0017: 'prime256v1',
    0x0018: 'secp384r1',
    0x0019: 'secp521r1'
};
/** Curves Node's OpenSSL has under the same names, used for well-formed placeholders. */
const OPENSSL_CURVES = {
    ...NIST_CURVES,
    0x0016: 'secp256k1',
    0x001a: 'brainpoolP256r1',
    0x001b: 'brainpoolP384r1',
    0x001c: 'brainpoolP512r1',
    0x001f: 'brainpoolP256r1',
    0x0020: 'brainpoolP384r1',
    0x0021: 'brainpoolP512r1',
    0x0029: 'SM2'
};
const MONTGOMERY = {
    0x001d: {
        type: 'x25519',
        length: 32,
        pkcs8Prefix: '302e020100300506032b656e04220420',
        spkiPrefix: '302a300506032b656e032100'
    },
    0x001e: {
        type: 'x448',
        length: 56,
        pkcs8Prefix: '3046020100300506032b656f043a0438',
        spkiPrefix: '3042300506032b656f033900'
    }
};
function montgomeryShare(group, privateKey) {
    const m = MONTGOMERY[group];
    const spki = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey).export({ format: 'der', type: 'spki' });
    const publicKey = spki.subarray(spki.length - m.length);
    return {
        entry: { group, keyExchange: Buffer.from(publicKey) },
        sharedSecret(serverKey) {
            if (serverKey.length !== m.length)
                throw new RangeError(`${m.type} key share must be ${m.length} bytes`);
            const peer = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({
                key: Buffer.concat([Buffer.from(m.spkiPrefix, 'hex'), serverKey]),
                format: 'der',
                type: 'spki'
            });
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.diffieHellman)({ privateKey, publicKey: peer });
        }
    };
}
const KEM_CIPHERTEXT_BYTES = {
    'ml-kem-512': 768,
    'ml-kem-768': 1088,
    'ml-kem-1024': 1568
};
const KEM_KEY_BYTES = { 'ml-kem-512': 800, 'ml-kem-768': 1184, 'ml-kem-1024': 1568 };
const PURE_KEM = {
    0x0200: 'ml-kem-512',
    0x0201: 'ml-kem-768',
    0x0202: 'ml-kem-1024'
};
/**
 * Hybrid groups (draft-ietf-tls-ecdhe-mlkem, RFC 10024): X25519MLKEM768 puts ML-KEM first in shares and in the
 * shared secret; the NIST-curve hybrids put the ECDH part first.
 */
const HYBRID_KEM = {
    0x11ec: { kem: 'ml-kem-768', classical: 0x001d, kemFirst: true },
    0x11eb: { kem: 'ml-kem-768', classical: 0x0017, kemFirst: false },
    0x11ed: { kem: 'ml-kem-1024', classical: 0x0018, kemFirst: false }
};
let kemSupport = null;
function kemKeyPair(kem) {
    const api = node_crypto__WEBPACK_IMPORTED_MODULE_0__;
    if (kemSupport === false || typeof api.decapsulate !== 'function')
        return null;
    let pair;
    try {
        pair = api.generateKeyPairSync(kem);
        kemSupport = true;
    }
    catch {
        kemSupport = false;
        return null;
    }
    const spki = pair.publicKey.export({ format: 'der', type: 'spki' });
    const decapsulate = api.decapsulate.bind(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
    return {
        encapsulationKey: Buffer.from(spki.subarray(spki.length - KEM_KEY_BYTES[kem])),
        decapsulate(ciphertext) {
            if (ciphertext.length !== KEM_CIPHERTEXT_BYTES[kem]) {
                throw new RangeError(`${kem} ciphertext must be ${KEM_CIPHERTEXT_BYTES[kem]} bytes`);
            }
            return Buffer.from(decapsulate(pair.privateKey, ciphertext));
        }
    };
}
function kemShare(group) {
    const pure = PURE_KEM[group];
    if (pure) {
        const pair = kemKeyPair(pure);
        if (!pair)
            return null;
        return { entry: { group, keyExchange: pair.encapsulationKey }, sharedSecret: (k) => pair.decapsulate(k) };
    }
    const hybrid = HYBRID_KEM[group];
    if (!hybrid)
        return null;
    const pair = kemKeyPair(hybrid.kem);
    const classical = createKeyShare(hybrid.classical);
    if (!pair || !classical)
        return null;
    const classicalLength = classical.entry.keyExchange.length;
    const ciphertextLength = KEM_CIPHERTEXT_BYTES[hybrid.kem];
    return {
        entry: {
            group,
            keyExchange: hybrid.kemFirst
                ? Buffer.concat([pair.encapsulationKey, classical.entry.keyExchange])
                : Buffer.concat([classical.entry.keyExchange, pair.encapsulationKey])
        },
        sharedSecret(serverKey) {
            if (serverKey.length !== classicalLength + ciphertextLength) {
                throw new RangeError(`hybrid key share must be ${classicalLength + ciphertextLength} bytes`);
            }
            if (hybrid.kemFirst) {
                const kemSecret = pair.decapsulate(serverKey.subarray(0, ciphertextLength));
                return Buffer.concat([kemSecret, classical.sharedSecret(serverKey.subarray(ciphertextLength))]);
            }
            const classicalSecret = classical.sharedSecret(serverKey.subarray(0, classicalLength));
            return Buffer.concat([classicalSecret, pair.decapsulate(serverKey.subarray(classicalLength))]);
        }
    };
}
/**
 * A fresh key share we can complete the key exchange with, or null for groups we cannot compute
 * (use placeholderKeyShare for those): X25519, X448, P-256/384/521, and where this Node has ML-KEM (>= 24.7),
 * MLKEM512/768/1024, X25519MLKEM768, SecP256r1MLKEM768 and SecP384r1MLKEM1024.
 */
function createKeyShare(group) {
    const m = MONTGOMERY[group];
    if (m) {
        const { privateKey } = m.type === 'x25519' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('x25519') : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('x448');
        return montgomeryShare(group, privateKey);
    }
    const curve = NIST_CURVES[group];
    if (curve) {
        const ecdh = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createECDH)(curve);
        ecdh.generateKeys();
        return {
            entry: { group, keyExchange: ecdh.getPublicKey() },
            sharedSecret: (serverKey) => ecdh.computeSecret(serverKey)
        };
    }
    return kemShare(group);
}
/** A key share from a known private key (test vectors such as RFC 8448). X25519, X448 and NIST curves. */
function keyShareFromPrivateKey(group, privateKey) {
    const m = MONTGOMERY[group];
    if (m) {
        const key = createPrivateKey({
            key: Buffer.concat([Buffer.from(m.pkcs8Prefix, 'hex'), privateKey]),
            format: 'der',
            type: 'pkcs8'
        });
        return montgomeryShare(group, key);
    }
    const curve = NIST_CURVES[group];
    if (curve) {
        const ecdh = createECDH(curve);
        ecdh.setPrivateKey(privateKey);
        return {
            entry: { group, keyExchange: ecdh.getPublicKey() },
            sharedSecret: (k) => ecdh.computeSecret(k)
        };
    }
    return null;
}
/** FFDHE prime sizes in bytes (RFC 7919 appendix A). */
const FFDHE_BYTES = {
    0x0100: 256,
    0x0101: 384,
    0x0102: 512,
    0x0103: 768,
    0x0104: 1024
};
/** ML-KEM rank k (FIPS 203 §8): encapsulation key = 384·k + 32 bytes. */
const MLKEM_RANK = { 0x0200: 2, 0x0201: 3, 0x0202: 4 };
/**
 * An ML-KEM encapsulation key that passes the FIPS 203 §7.2 modulus check: k polynomials of 256 coefficients
 * below q = 3329, packed 12 bits each, then a 32-byte seed. Random bytes would fail that check.
 */
function mlkemEncapsulationKey(rank) {
    const packed = Buffer.alloc(384 * rank);
    for (let i = 0; i < packed.length; i += 3) {
        const a = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomInt)(3329);
        const b = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomInt)(3329);
        packed[i] = a & 0xff;
        packed[i + 1] = (a >> 8) | ((b & 0x0f) << 4);
        packed[i + 2] = b >> 4;
    }
    return Buffer.concat([packed, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32)]);
}
function ecPoint(curve) {
    const ecdh = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createECDH)(curve);
    ecdh.generateKeys();
    return ecdh.getPublicKey();
}
/**
 * A key share of the right length and form for `group`, for probes that only ask "does the server accept
 * this group" (it answers ServerHello, HelloRetryRequest or an alert before it could notice we have no
 * private key). Real shares where node:crypto can make them.
 */
function placeholderKeyShare(group) {
    return createKeyShare(group)?.entry ?? syntheticKeyShare(group);
}
/**
 * A well-formed share built without the group's key generation: what placeholderKeyShare falls back to (e.g.
 * ML-KEM on Node < 24.7). Exported so tests can check that real servers accept it.
 */
function syntheticKeyShare(group) {
    if (MONTGOMERY[group] || NIST_CURVES[group])
        return createKeyShare(group).entry;
    const curve = OPENSSL_CURVES[group];
    if (curve) {
        try {
            return { group, keyExchange: ecPoint(curve) };
        }
        catch {
            // This OpenSSL build lacks the curve: fall through to a random point-sized share.
        }
    }
    const ffdheBytes = FFDHE_BYTES[group];
    if (ffdheBytes) {
        // 2 generates the prime-order subgroup of every RFC 7919 group, so 2^e (1 < 2^e < p-1) is a valid public
        // value that passes subgroup checks.
        const value = Buffer.alloc(ffdheBytes);
        const exponent = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomInt)(8, ffdheBytes * 8 - 8);
        value[ffdheBytes - 1 - (exponent >> 3)] = 1 << (exponent & 7);
        return { group, keyExchange: value };
    }
    const rank = MLKEM_RANK[group];
    if (rank)
        return { group, keyExchange: mlkemEncapsulationKey(rank) };
    switch (group) {
        case 0x11eb: // SecP256r1MLKEM768: P-256 point || ML-KEM-768 (RFC 10024)
            return { group, keyExchange: Buffer.concat([ecPoint('prime256v1'), mlkemEncapsulationKey(3)]) };
        case 0x11ec: // X25519MLKEM768: ML-KEM-768 || X25519
            return {
                group,
                keyExchange: Buffer.concat([mlkemEncapsulationKey(3), createKeyShare(0x001d).entry.keyExchange])
            };
        case 0x11ed: // SecP384r1MLKEM1024: P-384 point || ML-KEM-1024
            return { group, keyExchange: Buffer.concat([ecPoint('secp384r1'), mlkemEncapsulationKey(4)]) };
        case 0x11ee: // curveSM2MLKEM768: SM2 point || ML-KEM-768
            return {
                group,
                keyExchange: Buffer.concat([placeholderKeyShare(0x0029).keyExchange, mlkemEncapsulationKey(3)])
            };
        case 0x6399: // X25519Kyber768Draft00: X25519 || Kyber768
            return {
                group,
                keyExchange: Buffer.concat([createKeyShare(0x001d).entry.keyExchange, mlkemEncapsulationKey(3)])
            };
        case 0x639a: // SecP256r1Kyber768Draft00
            return { group, keyExchange: Buffer.concat([ecPoint('prime256v1'), mlkemEncapsulationKey(3)]) };
        default:
            // GOST (RFC 9189: 64 or 128 bytes), SM2 without OpenSSL support, anything unknown: an uncompressed-point-sized value.
            if (group >= 0x0022 && group <= 0x0025)
                return { group, keyExchange: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(64) };
            if (group >= 0x0026 && group <= 0x0028)
                return { group, keyExchange: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(128) };
            return { group, keyExchange: Buffer.concat([Buffer.from([4]), (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(64)]) };
    }
}


/***/ })

};
