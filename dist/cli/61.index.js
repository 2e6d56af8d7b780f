export const id = 61;
export const ids = [61];
export const modules = {

/***/ 8880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ profileHello)
/* harmony export */ });
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1926);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1751);
/* harmony import */ var _wire_tls13_key_share_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4246);
// A client profile as a ClientHelloSpec: the extensions a real client of that kind sends, with key shares the
// server can accept (real X25519/X448/NIST shares; well-formed placeholders for ML-KEM hybrids, enough for
// the server to answer with its ServerHello).




function profileHello(profile, serverName, keyShareGroups) {
    const tls13 = profile.versions.includes('TLSv1.3');
    const legacyVersions = profile.versions.filter((v) => v !== 'TLSv1.3');
    const highestLegacy = legacyVersions[0];
    const clientVersion = tls13
        ? _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ProtocolVersion */ .rg.TLSv1_2
        : highestLegacy
            ? (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .protocolVersionCode */ .mX)(highestLegacy)
            : _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ProtocolVersion */ .rg.TLSv1_2;
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
        spec.supportedVersions = profile.versions.map((v) => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .protocolVersionCode */ .mX)(v));
        spec.keyShares = (keyShareGroups ?? profile.keyShareGroups).map((group) => (0,_wire_tls13_key_share_js__WEBPACK_IMPORTED_MODULE_3__/* .placeholderKeyShare */ .CO)(group));
        spec.pskKeyExchangeModes = [1];
        // TLS 1.3 clients send a 32-byte legacy session id (middlebox compatibility, RFC 8446 D.4).
        spec.sessionId = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(32);
    }
    return spec;
}


/***/ }),

/***/ 8150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Iu: () => (/* reexport */ simulate/* SIMULATED_CLIENTS */.Iu),
  ah: () => (/* reexport */ evaluateClients),
  Sg: () => (/* reexport */ judge/* judgeClients */.S)
});

// UNUSED EXPORTS: CLIENT_PROFILES, CLIENT_PROFILE_IDS, MOZILLA_OLDEST_CLIENTS, judgeClient, offerFromProfile, profileById, profileHello, simulateClient, simulateClientDetailed, simulateClients, simulatedClient

// EXTERNAL MODULE: ./src/clients/profiles/index.ts + 8 modules
var profiles = __webpack_require__(2607);
// EXTERNAL MODULE: ./src/clients/hello.ts
var hello = __webpack_require__(8880);
// EXTERNAL MODULE: ./src/clients/simulate.ts
var simulate = __webpack_require__(4160);
// EXTERNAL MODULE: ./src/clients/judge.ts + 4 modules
var judge = __webpack_require__(3864);
// EXTERNAL MODULE: ./src/registry/index.ts + 3 modules
var registry = __webpack_require__(1751);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/remediation/index.ts + 10 modules
var remediation = __webpack_require__(6628);
;// CONCATENATED MODULE: ./src/clients/evaluate.ts
// The policy's `clients: { must-connect: [...], must-not-connect: [...] }` against a target's simulated clients:
// `client.cannot-connect` for a required client that fails (with the diagnosis and its fix), `client.can-connect`
// for a forbidden client that gets in (with the server lines that shut it out).




const CLIENT_PROFILE_IDS = profiles/* CLIENT_PROFILES */.p.map((p) => p.id);
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
    const profile = (0,profiles/* profileById */.G)(result.profile);
    if (!profile)
        return {};
    const serverVersions = report/* PROTOCOL_NAMES */.g8.filter((p) => target.protocols[p]);
    const remaining = serverVersions.filter((p) => !profile.versions.includes(p));
    if (remaining.length > 0 && remaining.length < serverVersions.length) {
        return (0,remediation/* renderServerChange */.Ie)({ ...remediation/* NO_CHANGE */.XG, protocols: remaining });
    }
    const offered = new Set(profile.cipherSuites);
    const keep = (names) => names.filter((n) => !offered.has((0,registry/* suiteByName */.ty)(n)?.code ?? -1));
    const tls12 = keep((0,remediation/* currentTls12Ciphers */.g3)(target));
    const tls13 = keep((0,remediation/* currentTls13Ciphers */.Bs)(target));
    if (tls12.length + tls13.length > 0) {
        return (0,remediation/* renderServerChange */.Ie)({
            ...remediation/* NO_CHANGE */.XG,
            tls12Ciphers: tls12.length < (0,remediation/* currentTls12Ciphers */.g3)(target).length ? tls12 : null,
            tls13Ciphers: tls13.length < (0,remediation/* currentTls13Ciphers */.Bs)(target).length ? tls13 : null
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
        message: (0,profiles/* profileById */.G)(id)
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

;// CONCATENATED MODULE: ./src/clients/index.ts
// Client compatibility: real clients' default offers (profiles), their simulation against a target, the
// judgement of the outcomes and the policy's `clients: { must-connect, must-not-connect }` check.








/***/ }),

/***/ 3864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ judgeClient),
  S: () => (/* binding */ judgeClients)
});

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

// EXTERNAL MODULE: ./src/diagnose/chain-cause.ts
var chain_cause = __webpack_require__(5779);
// EXTERNAL MODULE: ./src/codepoints/index.ts
var codepoints = __webpack_require__(1926);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/diagnose/predict.ts
// What the scan data says a client's handshake will do: the version, suite and group the server will pick, or
// why there is none, computed the way servers negotiate (version first, then suite, with ECDHE suites needing a
// common curve and every suite needing a certificate the client's signature algorithms accept). Simulation
// compares this with the real handshake; diagnosis explains failures with it.



const rank = (p) => report/* PROTOCOL_NAMES */.g8.indexOf(p);
function suiteLabel(code) {
    const info = (0,registry/* suiteByCode */.Te)(code);
    return info?.iana ?? info?.name ?? `0x${code.toString(16).padStart(4, '0')}`;
}
function groupLabel(code) {
    return (0,registry/* groupByCode */.cL)(code)?.name ?? `0x${code.toString(16).padStart(4, '0')}`;
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
const RSA_PKCS1 = [
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha1,
    codepoints/* SignatureScheme */.cc.rsa_sha224,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha512
];
const RSA_PSS_RSAE = [codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha256, codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha384, codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha512];
const ECDSA_BY_CURVE = {
    'P-256': codepoints/* SignatureScheme */.cc.ecdsa_secp256r1_sha256,
    'P-384': codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
    'P-521': codepoints/* SignatureScheme */.cc.ecdsa_secp521r1_sha512
};
const ECDSA_ANY = [
    codepoints/* SignatureScheme */.cc.ecdsa_sha1,
    codepoints/* SignatureScheme */.cc.ecdsa_sha224,
    codepoints/* SignatureScheme */.cc.ecdsa_secp256r1_sha256,
    codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
    codepoints/* SignatureScheme */.cc.ecdsa_secp521r1_sha512
];
const DSA = [codepoints/* SignatureScheme */.cc.dsa_sha1, codepoints/* SignatureScheme */.cc.dsa_sha224, codepoints/* SignatureScheme */.cc.dsa_sha256, codepoints/* SignatureScheme */.cc.dsa_sha384, codepoints/* SignatureScheme */.cc.dsa_sha512];
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
            return has([codepoints/* SignatureScheme */.cc.ed25519]);
        case 'Ed448':
            return has([codepoints/* SignatureScheme */.cc.ed448]);
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
    return report/* PROTOCOL_NAMES */.g8.filter((p) => target.protocols[p]).reverse();
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
        .map((code) => (0,registry/* suiteByCode */.Te)(code))
        .filter((s) => s !== undefined && suiteFitsVersion(s, version));
    const serverSuites = (target.cipherSuites[version] ?? [])
        .map((name) => (0,registry/* suiteByName */.ty)(name))
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

// EXTERNAL MODULE: ./src/remediation/index.ts + 10 modules
var remediation = __webpack_require__(6628);
// EXTERNAL MODULE: ./src/diagnose/known-roots.ts
var known_roots = __webpack_require__(5855);
;// CONCATENATED MODULE: ./src/diagnose/index.ts







const list = (items) => (items.length ? items.join(', ') : '(none)');
const diagnose_rank = (p) => ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'].indexOf(p);
function versionAllowed(p, rules) {
    if (!rules)
        return p !== 'SSLv2';
    return rules.protocols.allowed === null ? p !== 'SSLv2' : rules.protocols.allowed.includes(p);
}
function suiteAllowed(suite, rules) {
    if (!rules)
        return null;
    return (0,remediation/* suiteRejection */.gC)(suite.iana ?? suite.name, rules);
}
function groupAllowed(name, rules) {
    if (!rules)
        return true;
    const { allowedGroups } = rules.keyExchange;
    if (allowedGroups !== null && !allowedGroups.includes(name))
        return false;
    return (0,remediation/* groupLargeEnough */.ns)(name, rules);
}
function keyTypeAllowed(keyType, rules) {
    const allowed = rules?.certificates.allowedKeyTypes;
    return !allowed || allowed.includes(keyType);
}
/** The client's first suite at a version that the policy allows and the server's certificates can serve. */
function suiteToAdd(offer, target, version, rules, commonGroup) {
    const keys = serverKeys(target)?.filter((k) => keyAcceptable(k, offer.signatureAlgorithms, version)) ?? null;
    const refused = [];
    for (const code of offer.cipherSuites) {
        const suite = (0,registry/* suiteByCode */.Te)(code);
        if (!suite || !suiteFitsVersion(suite, version) || !suite.openssl)
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
    return { fix: { text }, change: remediation/* NO_CHANGE */.XG, compliantFix: false };
}
function withChange(change, text) {
    const fix = (0,remediation/* renderServerChange */.Ie)(change);
    return { fix: text ? { ...fix, text } : fix, change, compliantFix: true };
}
/** A change that makes `suite` usable at `version` (appended after the server's own suites, keeping its order). */
function addSuite(target, suite, base = remediation/* NO_CHANGE */.XG) {
    if (suite.minVersion === 'TLSv1.3') {
        const current = (0,remediation/* currentTls13Ciphers */.Bs)(target);
        return { ...base, tls13Ciphers: [...current.filter((s) => s !== suite.openssl), suite.openssl] };
    }
    const current = (0,remediation/* currentTls12Ciphers */.g3)(target);
    const dhParams = suite.kx === 'DHE' && target.keyExchange.dhBits === null;
    return {
        ...base,
        tls12Ciphers: [...current.filter((s) => s !== suite.openssl), suite.openssl],
        ...(dhParams ? { dhParams } : {})
    };
}
function commonGroupExists(offer, target) {
    return offer.groups.map(groupLabel).some((g) => target.groups.includes(g));
}
function fixForVersion(offer, target, rules) {
    const candidates = offer.versions.filter((v) => versionAllowed(v, rules) && v !== 'SSLv2');
    const version = candidates[0];
    if (!version) {
        return noFix(`No policy-compliant fix: ${offer.name} speaks only ${list(offer.versions)} and the policy allows ${list(rules?.protocols.allowed ?? [])}. Upgrade the client.`);
    }
    const protocols = [...new Set([...(0,remediation/* currentProtocols */.zC)(target), version])].sort((a, b) => diagnose_rank(a) - diagnose_rank(b));
    let change = { ...remediation/* NO_CHANGE */.XG, protocols };
    if (version !== 'TLSv1.3') {
        // The server has no suites at this version yet: make sure one of the client's is in the list.
        const current = (0,remediation/* currentTls12Ciphers */.g3)(target);
        const clientNames = offer.cipherSuites
            .map((c) => (0,registry/* suiteByCode */.Te)(c))
            .filter((s) => s && suiteFitsVersion(s, version));
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
        const openssl = name ? (0,remediation/* opensslGroupName */.Zf)(name) : null;
        if (!name || !openssl || !groupAllowed(name, rules))
            continue;
        return withChange({ ...remediation/* NO_CHANGE */.XG, groups: [...(0,remediation/* currentGroups */.Aw)(target), openssl] }, `Add the group ${name}.`);
    }
    return noFix(`No policy-compliant fix: the policy allows none of the groups ${offer.name} offers. Upgrade the client.`);
}
function fixForSignature(offer, version, rules) {
    const wanted = ['EC', 'RSA', 'Ed25519'].filter((keyType) => keyTypeAllowed(keyType, rules) &&
        keyAcceptable({ keyType, curve: keyType === 'EC' ? 'P-256' : null }, offer.signatureAlgorithms, version));
    if (wanted.length === 0) {
        return noFix(`No policy-compliant fix: ${offer.name} accepts no certificate key type the policy allows. Upgrade the client.`);
    }
    return {
        fix: (0,remediation/* secondCertificateFix */.Bf)(wanted[0]),
        change: remediation/* NO_CHANGE */.XG,
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
                change: remediation/* NO_CHANGE */.XG,
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
    const base = { change: remediation/* NO_CHANGE */.XG, details: [] };
    if (leaf.daysRemaining < 0) {
        return {
            ...base,
            cause: 'certificate-expired',
            summary: `The certificate of ${target.name} expired on ${leaf.notAfter}; ${offer.name} rejects it (alert 45 certificate_expired).`,
            fix: (0,remediation/* renewedCertificateFix */.z3)(),
            compliantFix: true
        };
    }
    // An issuer nobody here trusts is an untrusted chain (below), not a missing intermediate.
    if (!report.chainComplete && !(0,chain_cause/* anchorUnknown */.Y)(report)) {
        const missing = report.missingIssuer;
        return {
            ...base,
            cause: 'chain-incomplete',
            summary: `The chain of ${target.name} is incomplete${missing ? `: the intermediate "${missing.subject}" is not sent` : ''}; clients without that intermediate cached (${offer.name}, curl, Java, Android) reject it (alert 48 unknown_ca).`,
            details: missing?.caIssuerUrl ? [`the missing issuer can be fetched from ${missing.caIssuerUrl}`] : [],
            fix: (0,remediation/* fullChainFix */.Sc)(),
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
            return `the server asked for another key share (${groupLabel(outcome.group)})`;
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
        openssl: (0,remediation/* opensslCommand */.eP)(offer, {
            host: target.host,
            port: target.port,
            sni: target.sni,
            address: target.address
        }),
        curl: (0,remediation/* curlCommand */.O4)(offer, {
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
            change: remediation/* NO_CHANGE */.XG,
            compliantFix: true
        });
    }
    if (outcome?.kind === 'not-tls') {
        return finish({
            cause: 'not-tls',
            summary: `${target.name} does not speak TLS on port ${target.port}: it is ${outcome.description}.`,
            details: [],
            fix: {},
            change: remediation/* NO_CHANGE */.XG,
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
            change: remediation/* NO_CHANGE */.XG,
            compliantFix: true
        });
    }
    const prediction = predictHandshake(offer, target);
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
            change: remediation/* NO_CHANGE */.XG,
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
            change: remediation/* NO_CHANGE */.XG,
            compliantFix: true
        });
    }
    const certificate = certificateDiagnosis(input);
    if (certificate)
        return finish(certificate);
    return finish(predictionDiagnosis(input, prediction));
}


;// CONCATENATED MODULE: ./src/clients/offer.ts
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

// EXTERNAL MODULE: ./src/clients/profiles/index.ts + 8 modules
var profiles = __webpack_require__(2607);
;// CONCATENATED MODULE: ./src/clients/judge.ts





const CERTIFICATE_CAUSES = new Set([
    'certificate-expired',
    'certificate-untrusted',
    'chain-incomplete',
    'certificate-name-mismatch'
]);
function disagreement(profile, target, connected, outcome) {
    if (target.status !== 'ok')
        return null;
    const prediction = predictHandshake(offerFromProfile(profile), target);
    const actual = outcome.kind === 'accepted'
        ? `${outcome.version} with ${suiteLabel(outcome.cipherSuite)}`
        : `no connection (${outcome.kind})`;
    const predicted = prediction.connects
        ? `${prediction.version} with ${prediction.cipherSuite}`
        : `no connection (${prediction.cause.kind})`;
    if (prediction.connects !== connected) {
        return `Disagreement with the scan data: the scan predicts ${predicted}, the handshake gave ${actual}.`;
    }
    if (outcome.kind === 'accepted' && prediction.connects) {
        const suiteDiffers = target.serverPreference[outcome.version] && prediction.cipherSuite !== suiteLabel(outcome.cipherSuite);
        if (prediction.version !== outcome.version || suiteDiffers) {
            return `Disagreement with the scan data: the scan predicts ${predicted}, the handshake gave ${actual}.`;
        }
    }
    return null;
}
/** One profile's outcome against the target, judged; `rules` keeps the fix within the policy. */
function judgeClient(profile, outcome, target, rules) {
    const offer = offerFromProfile(profile);
    let connects = outcome.kind === 'accepted';
    let diagnosis = null;
    let offProfile = null;
    if (outcome.kind === 'accepted') {
        // A server that picks what the client never offered breaks the handshake on the client's side.
        if (!profile.versions.includes(outcome.version))
            offProfile = `the server chose ${outcome.version}, which ${profile.id} does not offer`;
        else if (!profile.cipherSuites.includes(outcome.cipherSuite))
            offProfile = `the server chose ${suiteLabel(outcome.cipherSuite)}, which ${profile.id} does not offer`;
        if (offProfile)
            connects = false;
    }
    const tlsConnected = connects;
    const judged = diagnoseFailure({ offer, target, outcome, rules });
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
            ? ((0,registry/* suiteByCode */.Te)(accepted.cipherSuite)?.iana ?? suiteLabel(accepted.cipherSuite))
            : null,
        group: accepted?.group != null ? groupLabel(accepted.group) : null,
        alert: outcome.kind === 'alert' ? outcome.alert : null,
        diagnosis: notes.length ? notes.join(' ') : null,
        fix: diagnosis && Object.keys(diagnosis.fix).length ? diagnosis.fix : null,
        reproduce: judged.reproduce.openssl
    };
    return { result, diagnosis: diagnosis ?? (connects ? null : judged), outcome };
}
/** The report's `clients`: every recorded outcome judged, in the order simulated (unknown ids are skipped). */
function judgeClients(target, outcomes, rules) {
    return outcomes.flatMap(({ id, outcome }) => {
        const profile = (0,profiles/* profileById */.G)(id);
        return profile ? [judgeClient(profile, outcome, target, rules).result] : [];
    });
}


/***/ }),

/***/ 2607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ CLIENT_PROFILES),
  G: () => (/* binding */ profileById)
});

// EXTERNAL MODULE: ./src/codepoints/index.ts
var codepoints = __webpack_require__(1926);
// EXTERNAL MODULE: ./src/registry/index.ts + 3 modules
var registry = __webpack_require__(1751);
;// CONCATENATED MODULE: ./src/clients/profiles/types.ts

// ---- what the profile files name suites by (other code points: src/codepoints) ----
/**
 * Legacy (pre-TLS 1.3) cipher suites by their OpenSSL names, in order, for readable profile lists. The code
 * points come from the registry (one definition); an unknown name throws when the profiles load, so a typo
 * cannot silently drop a suite.
 */
function suites(...names) {
    return names.map((name) => {
        const suite = (0,registry/* suiteByName */.ty)(name);
        if (!suite || suite.sslv2)
            throw new Error(`unknown suite ${name}`);
        return suite.code;
    });
}

;// CONCATENATED MODULE: ./src/clients/profiles/android.ts
// Android system TLS (Conscrypt over BoringSSL from Android 7; OpenSSL-based before).


const ANDROID_MODERN_TLS12 = suites('ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-RSA-AES256-SHA', 'AES128-GCM-SHA256', 'AES256-GCM-SHA384', 'AES128-SHA', 'AES256-SHA');
const BORINGSSL_SIGALGS = [
    codepoints/* SignatureScheme */.cc.ecdsa_secp256r1_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha256,
    codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha512,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha512,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha1
];
const ANDROID_44 = {
    id: 'android-4.4',
    name: 'Android 4.4 (KitKat)',
    versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
    cipherSuites: suites('ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA', 'DHE-RSA-AES128-SHA', 'DHE-RSA-AES256-SHA', 'DHE-DSS-AES128-SHA', 'ECDHE-ECDSA-RC4-SHA', 'ECDHE-RSA-RC4-SHA', 'AES128-GCM-SHA256', 'AES128-SHA', 'AES256-SHA', 'RC4-SHA', 'RC4-MD5', 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV'),
    groups: [codepoints/* NamedGroup */.vr.secp256r1, codepoints/* NamedGroup */.vr.secp384r1, codepoints/* NamedGroup */.vr.secp521r1],
    keyShareGroups: [],
    signatureAlgorithms: [
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha512,
        codepoints/* SignatureScheme */.cc.ecdsa_secp521r1_sha512,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha384,
        codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha256,
        codepoints/* SignatureScheme */.cc.ecdsa_secp256r1_sha256,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha1,
        codepoints/* SignatureScheme */.cc.ecdsa_sha1
    ],
    sni: true,
    sessionTicket: true,
    ecPointFormats: true,
    source: 'Android SSLSocket documentation (developer.android.com/reference/javax/net/ssl/SSLSocket: cipher suites enabled by default per API level 19/20); SSL Labs client list "Android 4.4.2"; Mozilla 5.x intermediate oldest_clients "Android 4.4.2"',
    note: 'Abridged curve list (4.4 also offers binary curves); no suite here depends on them.'
};
const ANDROID_7 = {
    id: 'android-7',
    name: 'Android 7 (Nougat)',
    versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
    cipherSuites: [...ANDROID_MODERN_TLS12, 0x00ff],
    groups: [codepoints/* NamedGroup */.vr.x25519, codepoints/* NamedGroup */.vr.secp256r1, codepoints/* NamedGroup */.vr.secp384r1],
    keyShareGroups: [],
    signatureAlgorithms: BORINGSSL_SIGALGS,
    sni: true,
    sessionTicket: true,
    extendedMasterSecret: true,
    ecPointFormats: true,
    statusRequest: true,
    source: 'Android SSLSocket documentation (API 24/25 default cipher suites: DHE removed, ChaCha20 added); SSL Labs client list "Android 7.0"; BoringSSL default groups and sigalgs'
};
const ANDROID_10 = {
    id: 'android-10',
    name: 'Android 10',
    versions: ['TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
    cipherSuites: [
        codepoints/* CipherSuite */.GR.TLS_AES_128_GCM_SHA256,
        codepoints/* CipherSuite */.GR.TLS_AES_256_GCM_SHA384,
        codepoints/* CipherSuite */.GR.TLS_CHACHA20_POLY1305_SHA256,
        ...ANDROID_MODERN_TLS12,
        0x00ff
    ],
    groups: [codepoints/* NamedGroup */.vr.x25519, codepoints/* NamedGroup */.vr.secp256r1, codepoints/* NamedGroup */.vr.secp384r1],
    keyShareGroups: [codepoints/* NamedGroup */.vr.x25519],
    signatureAlgorithms: BORINGSSL_SIGALGS,
    sni: true,
    sessionTicket: true,
    extendedMasterSecret: true,
    ecPointFormats: true,
    statusRequest: true,
    source: 'Android 10 release notes (TLS 1.3 enabled by default), SSLSocket documentation API 29; Mozilla 5.x modern oldest_clients "Android 10.0"'
};
const ANDROID_CURRENT = {
    ...ANDROID_10,
    id: 'android-current',
    name: 'Android 14+ (current)',
    versions: ['TLSv1.3', 'TLSv1.2'],
    source: 'SSLSocket documentation (TLS 1.0/1.1 disabled by default for apps targeting current API levels); BoringSSL defaults',
    note: 'Recent Chrome-based WebViews also offer X25519MLKEM768; the platform SSLSocket is modelled here.'
};
const ANDROID_PROFILES = [ANDROID_44, ANDROID_7, ANDROID_10, ANDROID_CURRENT];

;// CONCATENATED MODULE: ./src/clients/profiles/apple.ts
// Apple platforms: Secure Transport / Network.framework as used by Safari, URLSession and most iOS/macOS apps.


const APPLE_TLS12 = suites('ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-SHA384', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-CHACHA20-POLY1305', 'AES256-GCM-SHA384', 'AES128-GCM-SHA256', 'AES256-SHA256', 'AES128-SHA256', 'AES256-SHA', 'AES128-SHA', 'ECDHE-ECDSA-DES-CBC3-SHA', 'ECDHE-RSA-DES-CBC3-SHA', 'DES-CBC3-SHA');
const APPLE_SIGALGS = [
    codepoints/* SignatureScheme */.cc.ecdsa_secp256r1_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha256,
    codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
    codepoints/* SignatureScheme */.cc.ecdsa_sha1,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha512,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha512,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha1
].filter((value, index, all) => all.indexOf(value) === index);
const SAFARI_12 = {
    id: 'safari-12',
    name: 'Safari 12 (iOS 12 / macOS 10.14)',
    versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
    cipherSuites: [...APPLE_TLS12, 0x00ff],
    groups: [codepoints/* NamedGroup */.vr.x25519, codepoints/* NamedGroup */.vr.secp256r1, codepoints/* NamedGroup */.vr.secp384r1, codepoints/* NamedGroup */.vr.secp521r1],
    keyShareGroups: [],
    signatureAlgorithms: APPLE_SIGALGS,
    sni: true,
    alpn: ['h2', 'http/1.1'],
    statusRequest: true,
    extendedMasterSecret: true,
    ecPointFormats: true,
    source: 'SSL Labs client list "Safari 12 / iOS 12.1" and "Safari 12 / macOS 10.14" (suites, groups); Mozilla 5.x modern oldest_clients "Safari 12.1" (the first with TLS 1.3)',
    note: 'Safari 12.1 (iOS 12.2 / macOS 10.14.4) adds TLS 1.3; 12.0 is modelled.'
};
const SAFARI_CURRENT = {
    id: 'safari-current',
    name: 'Safari current (iOS / macOS 26)',
    versions: ['TLSv1.3', 'TLSv1.2'],
    cipherSuites: [
        codepoints/* CipherSuite */.GR.TLS_AES_128_GCM_SHA256,
        codepoints/* CipherSuite */.GR.TLS_AES_256_GCM_SHA384,
        codepoints/* CipherSuite */.GR.TLS_CHACHA20_POLY1305_SHA256,
        ...APPLE_TLS12
    ],
    groups: [
        codepoints/* NamedGroup */.vr.X25519MLKEM768,
        codepoints/* NamedGroup */.vr.x25519,
        codepoints/* NamedGroup */.vr.secp256r1,
        codepoints/* NamedGroup */.vr.secp384r1,
        codepoints/* NamedGroup */.vr.secp521r1
    ],
    keyShareGroups: [codepoints/* NamedGroup */.vr.X25519MLKEM768, codepoints/* NamedGroup */.vr.x25519],
    signatureAlgorithms: APPLE_SIGALGS,
    sni: true,
    alpn: ['h2', 'http/1.1'],
    statusRequest: true,
    extendedMasterSecret: true,
    ecPointFormats: true,
    source: 'Apple platform security guide (TLS 1.0/1.1 deprecated in iOS 15 / macOS 12, removed from Safari); WWDC 2025 "quantum-secure encryption" (X25519MLKEM768 in iOS/macOS 26 URLSession and Safari)',
    note: 'The ML-KEM half of the X25519MLKEM768 share is a well-formed placeholder: enough for the server to choose, not to finish.'
};
const APPLE_PROFILES = [SAFARI_12, SAFARI_CURRENT];

;// CONCATENATED MODULE: ./src/clients/profiles/browsers.ts
// Current browsers and Go's crypto/tls client.


const BROWSER_SIGALGS = [
    codepoints/* SignatureScheme */.cc.ecdsa_secp256r1_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha256,
    codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha512,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha512
];
const CHROME_CURRENT = {
    id: 'chrome-current',
    name: 'Chrome / Edge current',
    versions: ['TLSv1.3', 'TLSv1.2'],
    cipherSuites: [
        codepoints/* CipherSuite */.GR.TLS_AES_128_GCM_SHA256,
        codepoints/* CipherSuite */.GR.TLS_AES_256_GCM_SHA384,
        codepoints/* CipherSuite */.GR.TLS_CHACHA20_POLY1305_SHA256,
        ...suites('ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA', 'AES128-GCM-SHA256', 'AES256-GCM-SHA384', 'AES128-SHA', 'AES256-SHA')
    ],
    groups: [codepoints/* NamedGroup */.vr.X25519MLKEM768, codepoints/* NamedGroup */.vr.x25519, codepoints/* NamedGroup */.vr.secp256r1, codepoints/* NamedGroup */.vr.secp384r1],
    keyShareGroups: [codepoints/* NamedGroup */.vr.X25519MLKEM768, codepoints/* NamedGroup */.vr.x25519],
    signatureAlgorithms: BROWSER_SIGALGS,
    sni: true,
    alpn: ['h2', 'http/1.1'],
    statusRequest: true,
    sessionTicket: true,
    extendedMasterSecret: true,
    renegotiationInfo: true,
    ecPointFormats: true,
    source: 'BoringSSL ssl/ssl_cipher.cc default list as configured by Chromium net/ssl (GREASE, extension order randomised and omitted here); Chrome 131 release notes (X25519MLKEM768 by default)',
    note: 'GREASE values and ECH are not sent. The ML-KEM half of the hybrid share is a well-formed placeholder.'
};
const FIREFOX_CURRENT = {
    id: 'firefox-current',
    name: 'Firefox current',
    versions: ['TLSv1.3', 'TLSv1.2'],
    cipherSuites: [
        codepoints/* CipherSuite */.GR.TLS_AES_128_GCM_SHA256,
        codepoints/* CipherSuite */.GR.TLS_CHACHA20_POLY1305_SHA256,
        codepoints/* CipherSuite */.GR.TLS_AES_256_GCM_SHA384,
        ...suites('ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA', 'AES128-GCM-SHA256', 'AES256-GCM-SHA384', 'AES128-SHA', 'AES256-SHA')
    ],
    groups: [
        codepoints/* NamedGroup */.vr.X25519MLKEM768,
        codepoints/* NamedGroup */.vr.x25519,
        codepoints/* NamedGroup */.vr.secp256r1,
        codepoints/* NamedGroup */.vr.secp384r1,
        codepoints/* NamedGroup */.vr.secp521r1,
        codepoints/* NamedGroup */.vr.ffdhe2048,
        codepoints/* NamedGroup */.vr.ffdhe3072
    ],
    keyShareGroups: [codepoints/* NamedGroup */.vr.X25519MLKEM768, codepoints/* NamedGroup */.vr.x25519, codepoints/* NamedGroup */.vr.secp256r1],
    signatureAlgorithms: [
        ...BROWSER_SIGALGS.slice(0, 3),
        codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
        codepoints/* SignatureScheme */.cc.ecdsa_secp521r1_sha512,
        codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha384,
        codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha512,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha384,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha512,
        codepoints/* SignatureScheme */.cc.ecdsa_sha1,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha1
    ],
    sni: true,
    alpn: ['h2', 'http/1.1'],
    statusRequest: true,
    sessionTicket: true,
    extendedMasterSecret: true,
    renegotiationInfo: true,
    ecPointFormats: true,
    source: 'NSS lib/ssl/sslenum.c cipher order and Firefox security.tls.* defaults (TLS 1.0/1.1 off since Firefox 78); Firefox 132 release notes (X25519MLKEM768)',
    note: 'ECH and delegated credentials are not sent.'
};
const GO_CURRENT = {
    id: 'go-current',
    name: 'Go crypto/tls current (1.24+)',
    // The client's default minimum is TLS 1.2 since Go 1.18 (crypto/tls Config.MinVersion docs).
    versions: ['TLSv1.3', 'TLSv1.2'],
    cipherSuites: [
        codepoints/* CipherSuite */.GR.TLS_AES_128_GCM_SHA256,
        codepoints/* CipherSuite */.GR.TLS_AES_256_GCM_SHA384,
        codepoints/* CipherSuite */.GR.TLS_CHACHA20_POLY1305_SHA256,
        ...suites('ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-RSA-AES256-SHA')
    ],
    groups: [
        codepoints/* NamedGroup */.vr.X25519MLKEM768,
        codepoints/* NamedGroup */.vr.x25519,
        codepoints/* NamedGroup */.vr.secp256r1,
        codepoints/* NamedGroup */.vr.secp384r1,
        codepoints/* NamedGroup */.vr.secp521r1
    ],
    keyShareGroups: [codepoints/* NamedGroup */.vr.X25519MLKEM768, codepoints/* NamedGroup */.vr.x25519],
    signatureAlgorithms: [
        codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha256,
        codepoints/* SignatureScheme */.cc.ecdsa_secp256r1_sha256,
        codepoints/* SignatureScheme */.cc.ed25519,
        codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha384,
        codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha512,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha256,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha384,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha512,
        codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
        codepoints/* SignatureScheme */.cc.ecdsa_secp521r1_sha512,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha1,
        codepoints/* SignatureScheme */.cc.ecdsa_sha1
    ],
    sni: true,
    statusRequest: true,
    sessionTicket: true,
    extendedMasterSecret: true,
    renegotiationInfo: true,
    ecPointFormats: true,
    source: 'Go crypto/tls cipher_suites.go cipherSuitesPreferenceOrder with AES hardware and defaultCipherSuites (RSA key exchange removed from defaults in Go 1.22, 3DES in 1.23), defaults.go defaultCurvePreferences (X25519MLKEM768 since 1.24), common.go supportedSignatureAlgorithms'
};
const BROWSER_PROFILES = [CHROME_CURRENT, FIREFOX_CURRENT];

;// CONCATENATED MODULE: ./src/clients/profiles/java.ts
// Java SE (JSSE, SunJSSE provider) client defaults.


const JAVA_SIGALGS_11 = [
    codepoints/* SignatureScheme */.cc.ecdsa_secp256r1_sha256,
    codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
    codepoints/* SignatureScheme */.cc.ecdsa_secp521r1_sha512,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha512,
    codepoints/* SignatureScheme */.cc.rsa_pss_pss_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pss_pss_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pss_pss_sha512,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha512,
    codepoints/* SignatureScheme */.cc.dsa_sha256,
    codepoints/* SignatureScheme */.cc.ecdsa_sha224,
    codepoints/* SignatureScheme */.cc.rsa_sha224,
    codepoints/* SignatureScheme */.cc.dsa_sha224,
    codepoints/* SignatureScheme */.cc.ecdsa_sha1,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha1,
    codepoints/* SignatureScheme */.cc.dsa_sha1
];
const JAVA_8 = {
    id: 'java-8',
    name: 'Java 8 (8u31 .. 8u2xx, TLS 1.2)',
    versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
    cipherSuites: suites('ECDHE-ECDSA-AES128-SHA256', 'ECDHE-RSA-AES128-SHA256', 'AES128-SHA256', 'ECDH-ECDSA-AES128-SHA256', 'ECDH-RSA-AES128-SHA256', 'DHE-RSA-AES128-SHA256', 'DHE-DSS-AES128-SHA256', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'AES128-SHA', 'ECDH-ECDSA-AES128-SHA', 'ECDH-RSA-AES128-SHA', 'DHE-RSA-AES128-SHA', 'DHE-DSS-AES128-SHA', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'AES128-GCM-SHA256', 'ECDH-ECDSA-AES128-GCM-SHA256', 'ECDH-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES128-GCM-SHA256', 'DHE-DSS-AES128-GCM-SHA256', 'ECDHE-ECDSA-DES-CBC3-SHA', 'ECDHE-RSA-DES-CBC3-SHA', 'DES-CBC3-SHA', 'ECDH-ECDSA-DES-CBC3-SHA', 'ECDH-RSA-DES-CBC3-SHA', 'EDH-RSA-DES-CBC3-SHA', 'EDH-DSS-DES-CBC3-SHA', 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV'),
    groups: [codepoints/* NamedGroup */.vr.secp256r1, codepoints/* NamedGroup */.vr.secp384r1, codepoints/* NamedGroup */.vr.secp521r1],
    keyShareGroups: [],
    signatureAlgorithms: [
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha512,
        codepoints/* SignatureScheme */.cc.ecdsa_secp521r1_sha512,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha384,
        codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha256,
        codepoints/* SignatureScheme */.cc.ecdsa_secp256r1_sha256,
        codepoints/* SignatureScheme */.cc.rsa_sha224,
        codepoints/* SignatureScheme */.cc.ecdsa_sha224,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha1,
        codepoints/* SignatureScheme */.cc.ecdsa_sha1,
        codepoints/* SignatureScheme */.cc.dsa_sha1
    ],
    sni: true,
    ecPointFormats: true,
    renegotiationInfo: false,
    source: 'JDK 8 JSSE Reference Guide / SunJSSE provider "Enabled by default" cipher suites (pre-8u161 default policy: no AES-256); SSL Labs client list "Java 8u31"; Mozilla server-side TLS 5.x oldest_clients "Java 8u31"',
    note: 'Without the unlimited crypto policy (before 8u161) Java 8 offers no AES-256 suite; later 8u releases add them, and 8u261+ can enable TLS 1.3.'
};
const JAVA_11_TLS12 = suites('ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-GCM-SHA384', 'DHE-DSS-AES256-GCM-SHA384', 'DHE-RSA-AES128-GCM-SHA256', 'DHE-DSS-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-RSA-AES256-SHA384', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-RSA-AES128-SHA256', 'DHE-RSA-AES256-SHA256', 'DHE-DSS-AES256-SHA256', 'DHE-RSA-AES128-SHA256', 'DHE-DSS-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-RSA-AES256-SHA', 'DHE-RSA-AES256-SHA', 'DHE-DSS-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'DHE-RSA-AES128-SHA', 'DHE-DSS-AES128-SHA', 'AES256-GCM-SHA384', 'AES128-GCM-SHA256', 'AES256-SHA256', 'AES128-SHA256', 'AES256-SHA', 'AES128-SHA', 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV');
const JAVA_17_TLS12 = suites('ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-CHACHA20-POLY1305', 'ECDHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-GCM-SHA384', 'DHE-RSA-CHACHA20-POLY1305', 'DHE-DSS-AES256-GCM-SHA384', 'DHE-RSA-AES128-GCM-SHA256', 'DHE-DSS-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-RSA-AES256-SHA384', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-RSA-AES128-SHA256', 'DHE-RSA-AES256-SHA256', 'DHE-DSS-AES256-SHA256', 'DHE-RSA-AES128-SHA256', 'DHE-DSS-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-RSA-AES256-SHA', 'DHE-RSA-AES256-SHA', 'DHE-DSS-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'DHE-RSA-AES128-SHA', 'DHE-DSS-AES128-SHA', 'AES256-GCM-SHA384', 'AES128-GCM-SHA256', 'AES256-SHA256', 'AES128-SHA256', 'AES256-SHA', 'AES128-SHA', 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV');
const JAVA_GROUPS = [
    codepoints/* NamedGroup */.vr.x25519,
    codepoints/* NamedGroup */.vr.secp256r1,
    codepoints/* NamedGroup */.vr.secp384r1,
    codepoints/* NamedGroup */.vr.secp521r1,
    codepoints/* NamedGroup */.vr.x448,
    codepoints/* NamedGroup */.vr.ffdhe2048,
    codepoints/* NamedGroup */.vr.ffdhe3072,
    codepoints/* NamedGroup */.vr.ffdhe4096,
    codepoints/* NamedGroup */.vr.ffdhe6144,
    codepoints/* NamedGroup */.vr.ffdhe8192
];
const JAVA_11 = {
    id: 'java-11',
    name: 'Java 11 (11.0.11+)',
    // TLS 1.0/1.1 are in jdk.tls.disabledAlgorithms since 11.0.11 (JDK-8202343).
    versions: ['TLSv1.3', 'TLSv1.2'],
    cipherSuites: [codepoints/* CipherSuite */.GR.TLS_AES_128_GCM_SHA256, codepoints/* CipherSuite */.GR.TLS_AES_256_GCM_SHA384, ...JAVA_11_TLS12],
    groups: JAVA_GROUPS,
    keyShareGroups: [codepoints/* NamedGroup */.vr.x25519],
    signatureAlgorithms: JAVA_SIGALGS_11,
    sni: true,
    statusRequest: true,
    extendedMasterSecret: true,
    ecPointFormats: true,
    source: 'JDK 11 Security Developer Guide, JSSE "SunJSSE cipher suites" default order; JDK-8202343 (TLS 1.0/1.1 disabled); JEP 332 (TLS 1.3), JEP 324 (x25519/x448); Mozilla 5.x modern oldest_clients "Java 11"',
    note: 'ChaCha20 suites arrived in JDK 12 (JEP 329) and are not in Java 11.'
};
const JAVA_17 = {
    id: 'java-17',
    name: 'Java 17',
    versions: ['TLSv1.3', 'TLSv1.2'],
    cipherSuites: [
        codepoints/* CipherSuite */.GR.TLS_AES_256_GCM_SHA384,
        codepoints/* CipherSuite */.GR.TLS_AES_128_GCM_SHA256,
        codepoints/* CipherSuite */.GR.TLS_CHACHA20_POLY1305_SHA256,
        ...JAVA_17_TLS12
    ],
    groups: JAVA_GROUPS,
    keyShareGroups: [codepoints/* NamedGroup */.vr.x25519],
    signatureAlgorithms: [codepoints/* SignatureScheme */.cc.ed25519, codepoints/* SignatureScheme */.cc.ed448, ...JAVA_SIGALGS_11],
    sni: true,
    statusRequest: true,
    extendedMasterSecret: true,
    ecPointFormats: true,
    source: 'JDK 17 Security Developer Guide, JSSE default enabled cipher suites and named groups (jdk.tls.namedGroups default)'
};
const JAVA_21 = {
    ...JAVA_17,
    id: 'java-21',
    name: 'Java 21',
    source: 'JDK 21 Security Developer Guide, JSSE default enabled cipher suites (TLS_ECDH_* removed from defaults in JDK 20, JDK-8279164) and named groups'
};
const JAVA_PROFILES = [JAVA_8, JAVA_11, JAVA_17, JAVA_21];

;// CONCATENATED MODULE: ./src/clients/profiles/node.ts
// Node.js tls.connect() defaults: tls.DEFAULT_CIPHERS over the bundled OpenSSL.


/** Node 18/20/24 tls.DEFAULT_CIPHERS (lib/internal/tls/... node_constants.h DEFAULT_CIPHER_LIST_CORE) expanded by
 *  OpenSSL 3.0.19; order measured from the ClientHello of Node 20.20.2 tls.connect() captured on loopback. */
const NODE_TLS12 = suites('ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-SHA256', 'DHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384', 'DHE-RSA-AES256-SHA256', 'DHE-DSS-AES256-GCM-SHA384', 'DHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305', 'DHE-RSA-CHACHA20-POLY1305', 'ECDHE-ECDSA-AES256-CCM8', 'ECDHE-ECDSA-AES256-CCM', 'DHE-RSA-AES256-CCM8', 'DHE-RSA-AES256-CCM', 'ECDHE-ECDSA-ARIA256-GCM-SHA384', 'ECDHE-ARIA256-GCM-SHA384', 'DHE-DSS-ARIA256-GCM-SHA384', 'DHE-RSA-ARIA256-GCM-SHA384', 'DHE-DSS-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-CCM8', 'ECDHE-ECDSA-AES128-CCM', 'DHE-RSA-AES128-CCM8', 'DHE-RSA-AES128-CCM', 'ECDHE-ECDSA-ARIA128-GCM-SHA256', 'ECDHE-ARIA128-GCM-SHA256', 'DHE-DSS-ARIA128-GCM-SHA256', 'DHE-RSA-ARIA128-GCM-SHA256', 'ECDHE-ECDSA-AES256-SHA384', 'DHE-DSS-AES256-SHA256', 'ECDHE-ECDSA-AES128-SHA256', 'DHE-DSS-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-RSA-AES256-SHA', 'DHE-RSA-AES256-SHA', 'DHE-DSS-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'DHE-RSA-AES128-SHA', 'DHE-DSS-AES128-SHA', 'AES256-GCM-SHA384', 'AES256-CCM8', 'AES256-CCM', 'ARIA256-GCM-SHA384', 'AES128-GCM-SHA256', 'AES128-CCM8', 'AES128-CCM', 'ARIA128-GCM-SHA256', 'AES256-SHA256', 'AES128-SHA256', 'AES256-SHA', 'AES128-SHA', 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV');
const NODE_SIGALGS = [
    codepoints/* SignatureScheme */.cc.ecdsa_secp256r1_sha256,
    codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
    codepoints/* SignatureScheme */.cc.ecdsa_secp521r1_sha512,
    codepoints/* SignatureScheme */.cc.ed25519,
    codepoints/* SignatureScheme */.cc.ed448,
    codepoints/* SignatureScheme */.cc.rsa_pss_pss_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pss_pss_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pss_pss_sha512,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha512,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha512,
    codepoints/* SignatureScheme */.cc.ecdsa_sha224,
    codepoints/* SignatureScheme */.cc.rsa_sha224,
    codepoints/* SignatureScheme */.cc.dsa_sha224,
    codepoints/* SignatureScheme */.cc.dsa_sha256,
    codepoints/* SignatureScheme */.cc.dsa_sha384,
    codepoints/* SignatureScheme */.cc.dsa_sha512
];
const NODE_GROUPS_OPENSSL3 = [
    codepoints/* NamedGroup */.vr.x25519,
    codepoints/* NamedGroup */.vr.secp256r1,
    codepoints/* NamedGroup */.vr.x448,
    codepoints/* NamedGroup */.vr.secp521r1,
    codepoints/* NamedGroup */.vr.secp384r1,
    codepoints/* NamedGroup */.vr.ffdhe2048,
    codepoints/* NamedGroup */.vr.ffdhe3072,
    codepoints/* NamedGroup */.vr.ffdhe4096,
    codepoints/* NamedGroup */.vr.ffdhe6144,
    codepoints/* NamedGroup */.vr.ffdhe8192
];
function nodeProfile(major, groups, source, note) {
    return {
        id: `node-${major}`,
        name: `Node.js ${major} tls.connect() defaults`,
        // tls.DEFAULT_MIN_VERSION is TLSv1.2 since Node 11.4.
        versions: ['TLSv1.3', 'TLSv1.2'],
        cipherSuites: [
            codepoints/* CipherSuite */.GR.TLS_AES_256_GCM_SHA384,
            codepoints/* CipherSuite */.GR.TLS_CHACHA20_POLY1305_SHA256,
            codepoints/* CipherSuite */.GR.TLS_AES_128_GCM_SHA256,
            ...NODE_TLS12
        ],
        groups,
        keyShareGroups: [codepoints/* NamedGroup */.vr.x25519],
        signatureAlgorithms: NODE_SIGALGS,
        sni: true,
        sessionTicket: true,
        extendedMasterSecret: true,
        ecPointFormats: true,
        source,
        note
    };
}
const NODE_18 = nodeProfile(18, NODE_GROUPS_OPENSSL3, 'Node 18 docs tls "Modifying the default TLS cipher suite" (same DEFAULT_CIPHERS as 20), bundled OpenSSL 3.0; hello shape measured with Node 20.20.2');
const NODE_20 = nodeProfile(20, NODE_GROUPS_OPENSSL3, 'ClientHello of Node 20.20.2 (OpenSSL 3.0.19) tls.connect() captured on loopback; tls.DEFAULT_CIPHERS');
/** OpenSSL 3.5 DEFAULT_GROUP_LIST "?*X25519MLKEM768 / ?*X25519:?secp256r1 / ?X448:?secp384r1:?secp521r1 /
 *  ?ffdhe2048:?ffdhe3072": key shares for the first group of the first two tuples. */
const NODE_GROUPS_OPENSSL35 = [
    codepoints/* NamedGroup */.vr.X25519MLKEM768,
    codepoints/* NamedGroup */.vr.x25519,
    codepoints/* NamedGroup */.vr.secp256r1,
    codepoints/* NamedGroup */.vr.x448,
    codepoints/* NamedGroup */.vr.secp384r1,
    codepoints/* NamedGroup */.vr.secp521r1,
    codepoints/* NamedGroup */.vr.ffdhe2048,
    codepoints/* NamedGroup */.vr.ffdhe3072
];
/** TLS_ECDHE_ECDSA_WITH_AES_{256,128}_CCM_8, TLS_DHE_RSA_WITH_AES_{256,128}_CCM_8, TLS_RSA_WITH_AES_{256,128}_CCM_8,
 *  TLS_EMPTY_RENEGOTIATION_INFO_SCSV. */
const NODE_24_DROPPED = new Set([0xc0af, 0xc0ae, 0xc0a3, 0xc0a2, 0xc0a1, 0xc0a0, 0x00ff]);
const NODE_24 = {
    ...nodeProfile(24, NODE_GROUPS_OPENSSL35, 'ClientHello of Node 24.21.0 (OpenSSL 3.5.8) tls.connect() captured on loopback; Node 24.5.0 release notes "Upgrade to OpenSSL 3.5" (nodejs.org/en/blog/release/v24.5.0); OpenSSL 3.5 ssl/t1_lib.c default group list (openssl/openssl PR 26801)', 'Node 24.0-24.4 bundled OpenSSL 3.0 and offered the node-20 groups.'),
    // Measured from Node 24.21 (OpenSSL 3.5.8) on loopback: OpenSSL 3.5's DEFAULT no longer enables the CCM_8
    // suites, the renegotiation_info extension replaces the SCSV, and ML-DSA and brainpool TLS 1.3 schemes join
    // the signature algorithms.
    cipherSuites: nodeProfile(24, [], '').cipherSuites.filter((code) => !NODE_24_DROPPED.has(code)),
    signatureAlgorithms: [
        codepoints/* SignatureScheme */.cc.mldsa65,
        codepoints/* SignatureScheme */.cc.mldsa87,
        codepoints/* SignatureScheme */.cc.mldsa44,
        ...NODE_SIGALGS.slice(0, NODE_SIGALGS.indexOf(codepoints/* SignatureScheme */.cc.ed448) + 1),
        codepoints/* SignatureScheme */.cc.ecdsa_brainpoolP256r1tls13_sha256,
        codepoints/* SignatureScheme */.cc.ecdsa_brainpoolP384r1tls13_sha384,
        codepoints/* SignatureScheme */.cc.ecdsa_brainpoolP512r1tls13_sha512,
        ...NODE_SIGALGS.slice(NODE_SIGALGS.indexOf(codepoints/* SignatureScheme */.cc.ed448) + 1)
    ],
    keyShareGroups: [codepoints/* NamedGroup */.vr.X25519MLKEM768, codepoints/* NamedGroup */.vr.x25519]
};
const NODE_PROFILES = [NODE_18, NODE_20, NODE_24];

;// CONCATENATED MODULE: ./src/clients/profiles/openssl.ts
// OpenSSL library defaults: what curl, Python's ssl, Ruby's openssl, PHP's stream wrappers and most C programs
// offer when they do not set their own cipher list.


/** OpenSSL 3.x DEFAULT (measured here: the ClientHello of `openssl s_client` and curl 7.88 on OpenSSL 3.0.19,
 *  captured on a loopback listener). OpenSSL 3.0 puts TLS 1.0/1.1 on the wire but refuses them at security
 *  level 1 and above (CHANGES.md 3.0: "TLS 1.0 and 1.1 are disabled at security level 1"), so they are left out. */
const OPENSSL3_TLS12 = suites('ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'DHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305', 'DHE-RSA-CHACHA20-POLY1305', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-RSA-AES256-SHA384', 'DHE-RSA-AES256-SHA256', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-RSA-AES128-SHA256', 'DHE-RSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-RSA-AES256-SHA', 'DHE-RSA-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'DHE-RSA-AES128-SHA', 'AES256-GCM-SHA384', 'AES128-GCM-SHA256', 'AES256-SHA256', 'AES128-SHA256', 'AES256-SHA', 'AES128-SHA', 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV');
const OPENSSL_111_SIGALGS = [
    codepoints/* SignatureScheme */.cc.ecdsa_secp256r1_sha256,
    codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
    codepoints/* SignatureScheme */.cc.ecdsa_secp521r1_sha512,
    codepoints/* SignatureScheme */.cc.ed25519,
    codepoints/* SignatureScheme */.cc.ed448,
    codepoints/* SignatureScheme */.cc.rsa_pss_pss_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pss_pss_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pss_pss_sha512,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha512,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha512,
    codepoints/* SignatureScheme */.cc.ecdsa_sha224,
    codepoints/* SignatureScheme */.cc.rsa_sha224,
    codepoints/* SignatureScheme */.cc.dsa_sha224,
    codepoints/* SignatureScheme */.cc.dsa_sha256,
    codepoints/* SignatureScheme */.cc.dsa_sha384,
    codepoints/* SignatureScheme */.cc.dsa_sha512
];
const OPENSSL_3 = {
    id: 'openssl-3',
    name: 'OpenSSL 3.x defaults (curl, Python, Ruby, PHP)',
    versions: ['TLSv1.3', 'TLSv1.2'],
    cipherSuites: [
        codepoints/* CipherSuite */.GR.TLS_AES_256_GCM_SHA384,
        codepoints/* CipherSuite */.GR.TLS_CHACHA20_POLY1305_SHA256,
        codepoints/* CipherSuite */.GR.TLS_AES_128_GCM_SHA256,
        ...OPENSSL3_TLS12
    ],
    groups: [
        codepoints/* NamedGroup */.vr.x25519,
        codepoints/* NamedGroup */.vr.secp256r1,
        codepoints/* NamedGroup */.vr.x448,
        codepoints/* NamedGroup */.vr.secp521r1,
        codepoints/* NamedGroup */.vr.secp384r1,
        codepoints/* NamedGroup */.vr.ffdhe2048,
        codepoints/* NamedGroup */.vr.ffdhe3072,
        codepoints/* NamedGroup */.vr.ffdhe4096,
        codepoints/* NamedGroup */.vr.ffdhe6144,
        codepoints/* NamedGroup */.vr.ffdhe8192
    ],
    keyShareGroups: [codepoints/* NamedGroup */.vr.x25519],
    signatureAlgorithms: OPENSSL_111_SIGALGS,
    sni: true,
    statusRequest: false,
    sessionTicket: true,
    extendedMasterSecret: true,
    ecPointFormats: true,
    source: 'ClientHello of openssl s_client and curl 7.88.1 linked with OpenSSL 3.0.19, captured on loopback; OpenSSL CHANGES.md 3.0 (TLS 1.0/1.1 refused at SECLEVEL>=1)',
    note: 'OpenSSL 3.5+ offers X25519MLKEM768 first (with a key share); this profile is the 3.0 LTS default (see node-24 for the 3.5 groups).'
};
const OPENSSL_111 = {
    id: 'openssl-1.1.1',
    name: 'OpenSSL 1.1.1 defaults (curl, Python, Ruby, PHP)',
    versions: ['TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
    cipherSuites: [
        codepoints/* CipherSuite */.GR.TLS_AES_256_GCM_SHA384,
        codepoints/* CipherSuite */.GR.TLS_CHACHA20_POLY1305_SHA256,
        codepoints/* CipherSuite */.GR.TLS_AES_128_GCM_SHA256,
        ...OPENSSL3_TLS12
    ],
    groups: [
        codepoints/* NamedGroup */.vr.x25519,
        codepoints/* NamedGroup */.vr.secp256r1,
        codepoints/* NamedGroup */.vr.x448,
        codepoints/* NamedGroup */.vr.secp521r1,
        codepoints/* NamedGroup */.vr.secp384r1
    ],
    keyShareGroups: [codepoints/* NamedGroup */.vr.x25519],
    signatureAlgorithms: [
        ...OPENSSL_111_SIGALGS,
        codepoints/* SignatureScheme */.cc.ecdsa_sha1,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha1,
        codepoints/* SignatureScheme */.cc.dsa_sha1
    ],
    sni: true,
    sessionTicket: true,
    extendedMasterSecret: true,
    ecPointFormats: true,
    source: 'OpenSSL 1.1.1 ssl/ssl_ciph.c DEFAULT = "ALL:!COMPLEMENTOFDEFAULT:!eNULL" (same TLS 1.2 list as 3.0 at SECLEVEL 1), ssl/t1_lib.c eccurves_default (x25519, P-256, x448, P-521, P-384) and tls12_sigalgs',
    note: 'Default security level 1 lets TLS 1.0/1.1 through; Debian/Ubuntu builds raise it (SECLEVEL=2, MinProtocol TLSv1.2).'
};
const OPENSSL_102 = {
    id: 'openssl-1.0.2',
    name: 'OpenSSL 1.0.2 defaults (curl, Python 2.7, Ruby, PHP on old distributions)',
    versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
    cipherSuites: suites('ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-SHA384', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-RSA-AES256-SHA', 'ECDHE-ECDSA-AES256-SHA', 'DHE-DSS-AES256-GCM-SHA384', 'DHE-RSA-AES256-GCM-SHA384', 'DHE-RSA-AES256-SHA256', 'DHE-DSS-AES256-SHA256', 'DHE-RSA-AES256-SHA', 'DHE-DSS-AES256-SHA', 'AES256-GCM-SHA384', 'AES256-SHA256', 'AES256-SHA', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-RSA-AES128-SHA', 'ECDHE-ECDSA-AES128-SHA', 'DHE-DSS-AES128-GCM-SHA256', 'DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES128-SHA256', 'DHE-DSS-AES128-SHA256', 'DHE-RSA-AES128-SHA', 'DHE-DSS-AES128-SHA', 'AES128-GCM-SHA256', 'AES128-SHA256', 'AES128-SHA', 'ECDHE-RSA-DES-CBC3-SHA', 'ECDHE-ECDSA-DES-CBC3-SHA', 'EDH-RSA-DES-CBC3-SHA', 'EDH-DSS-DES-CBC3-SHA', 'DES-CBC3-SHA', 'ECDHE-RSA-RC4-SHA', 'ECDHE-ECDSA-RC4-SHA', 'RC4-SHA', 'RC4-MD5', 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV'),
    groups: [codepoints/* NamedGroup */.vr.secp256r1, codepoints/* NamedGroup */.vr.secp521r1, codepoints/* NamedGroup */.vr.secp384r1],
    keyShareGroups: [],
    signatureAlgorithms: [
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha512,
        codepoints/* SignatureScheme */.cc.dsa_sha512,
        codepoints/* SignatureScheme */.cc.ecdsa_secp521r1_sha512,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha384,
        codepoints/* SignatureScheme */.cc.dsa_sha384,
        codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha256,
        codepoints/* SignatureScheme */.cc.dsa_sha256,
        codepoints/* SignatureScheme */.cc.ecdsa_secp256r1_sha256,
        codepoints/* SignatureScheme */.cc.rsa_sha224,
        codepoints/* SignatureScheme */.cc.dsa_sha224,
        codepoints/* SignatureScheme */.cc.ecdsa_sha224,
        codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha1,
        codepoints/* SignatureScheme */.cc.dsa_sha1,
        codepoints/* SignatureScheme */.cc.ecdsa_sha1
    ],
    sni: true,
    sessionTicket: true,
    ecPointFormats: true,
    source: 'OpenSSL 1.0.2 ssl/ssl_ciph.c SSL_DEFAULT_CIPHER_LIST "ALL:!EXPORT:!LOW:!aNULL:!eNULL:!SSLv2" ordered by strength; ssl/t1_lib.c tls12_sigalgs',
    note: 'Abridged: the Camellia, SEED, IDEA, static-DH/ECDH, PSK and SRP suites of 1.0.2 DEFAULT and the binary/rare curves of its 28-curve list are left out (servers here do not select them).'
};
const OPENSSL_PROFILES = [OPENSSL_102, OPENSSL_111, OPENSSL_3];

;// CONCATENATED MODULE: ./src/clients/profiles/windows.ts
// Windows Schannel defaults: IE 11, .NET Framework (SslStream / HttpWebRequest with SystemDefault), WinHTTP.


const SCHANNEL_SIGALGS = [
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha1,
    codepoints/* SignatureScheme */.cc.ecdsa_secp256r1_sha256,
    codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
    codepoints/* SignatureScheme */.cc.ecdsa_sha1,
    codepoints/* SignatureScheme */.cc.dsa_sha1,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha512,
    codepoints/* SignatureScheme */.cc.ecdsa_secp521r1_sha512
];
const WINDOWS_7 = {
    id: 'windows-7',
    name: 'Windows 7 Schannel (IE 11, .NET Framework)',
    versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
    // Windows 7 has no ECDHE-RSA-AES-GCM suites: an RSA-certificate server that allows only AEAD loses it.
    cipherSuites: suites('ECDHE-RSA-AES256-SHA384', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA', 'ECDHE-RSA-AES128-SHA', 'DHE-RSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-SHA', 'DHE-RSA-AES128-SHA', 'AES256-GCM-SHA384', 'AES128-GCM-SHA256', 'AES256-SHA256', 'AES128-SHA256', 'AES256-SHA', 'AES128-SHA', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA', 'DHE-DSS-AES256-SHA256', 'DHE-DSS-AES128-SHA256', 'DHE-DSS-AES256-SHA', 'DHE-DSS-AES128-SHA', 'DES-CBC3-SHA', 'EDH-DSS-DES-CBC3-SHA'),
    groups: [codepoints/* NamedGroup */.vr.secp256r1, codepoints/* NamedGroup */.vr.secp384r1],
    keyShareGroups: [],
    signatureAlgorithms: SCHANNEL_SIGALGS,
    sni: true,
    statusRequest: true,
    extendedMasterSecret: true,
    ecPointFormats: true,
    renegotiationInfo: true,
    source: 'Microsoft Learn "TLS Cipher Suites in Windows 7" (default enabled order, with KB3042058 DHE-GCM suites); SSL Labs client list "IE 11 / Win 7"; Mozilla 5.x intermediate oldest_clients "IE 11 on Windows 7"',
    note: 'TLS 1.1/1.2 must be enabled for WinHTTP/.NET by KB3140245/registry on Windows 7; IE 11 enables them by default.'
};
const WIN10_TLS12 = suites('ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA', 'ECDHE-RSA-AES128-SHA', 'AES256-GCM-SHA384', 'AES128-GCM-SHA256', 'AES256-SHA256', 'AES128-SHA256', 'AES256-SHA', 'AES128-SHA', 'DES-CBC3-SHA');
const WIN10_SIGALGS = [
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pss_rsae_sha512,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha256,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha384,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha512,
    codepoints/* SignatureScheme */.cc.ecdsa_secp256r1_sha256,
    codepoints/* SignatureScheme */.cc.ecdsa_secp384r1_sha384,
    codepoints/* SignatureScheme */.cc.ecdsa_secp521r1_sha512,
    codepoints/* SignatureScheme */.cc.rsa_pkcs1_sha1,
    codepoints/* SignatureScheme */.cc.ecdsa_sha1
];
const WINDOWS_10 = {
    id: 'windows-10',
    name: 'Windows 10 Schannel (IE 11, .NET Framework 4.7+)',
    versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
    cipherSuites: WIN10_TLS12,
    groups: [codepoints/* NamedGroup */.vr.x25519, codepoints/* NamedGroup */.vr.secp256r1, codepoints/* NamedGroup */.vr.secp384r1],
    keyShareGroups: [],
    signatureAlgorithms: WIN10_SIGALGS,
    sni: true,
    statusRequest: true,
    extendedMasterSecret: true,
    ecPointFormats: true,
    renegotiationInfo: true,
    source: 'Microsoft Learn "TLS Cipher Suites in Windows 10 v1903, v1909, and v2004" (default order), "TLS Elliptic Curves in Windows 10 1607 and later" (curve25519, NistP256, NistP384)'
};
const WINDOWS_11 = {
    id: 'windows-11',
    name: 'Windows 11 / Server 2022 Schannel (.NET, Edge legacy components)',
    versions: ['TLSv1.3', 'TLSv1.2'],
    cipherSuites: [codepoints/* CipherSuite */.GR.TLS_AES_256_GCM_SHA384, codepoints/* CipherSuite */.GR.TLS_AES_128_GCM_SHA256, ...WIN10_TLS12],
    groups: [codepoints/* NamedGroup */.vr.x25519, codepoints/* NamedGroup */.vr.secp256r1, codepoints/* NamedGroup */.vr.secp384r1],
    keyShareGroups: [codepoints/* NamedGroup */.vr.x25519],
    signatureAlgorithms: WIN10_SIGALGS,
    sni: true,
    statusRequest: true,
    extendedMasterSecret: true,
    ecPointFormats: true,
    renegotiationInfo: true,
    source: 'Microsoft Learn "TLS Cipher Suites in Windows 11" (TLS 1.3 suites TLS_AES_256_GCM_SHA384, TLS_AES_128_GCM_SHA256 first; no ChaCha20) and "Protocols in TLS/SSL (Schannel SSP)"',
    note: 'TLS 1.0/1.1 are off by default in Windows 11 24H2 and later.'
};
const WINDOWS_PROFILES = [WINDOWS_7, WINDOWS_10, WINDOWS_11];

;// CONCATENATED MODULE: ./src/clients/profiles/index.ts
// Every client profile, oldest first within each family. Ids are part of the public interface (policies and
// the CLI name them).







const CLIENT_PROFILES = [
    ...OPENSSL_PROFILES,
    ...JAVA_PROFILES,
    ...ANDROID_PROFILES,
    ...APPLE_PROFILES,
    ...WINDOWS_PROFILES,
    ...BROWSER_PROFILES,
    GO_CURRENT,
    ...NODE_PROFILES
];
function profileById(id) {
    return CLIENT_PROFILES.find((profile) => profile.id === id.toLowerCase());
}


/***/ }),

/***/ 4160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ SIMULATED_CLIENTS),
/* harmony export */   yW: () => (/* binding */ simulateClientDetailed)
/* harmony export */ });
/* unused harmony exports simulatedClient, simulateClient, simulateClients */
/* harmony import */ var _scan_client_handshake_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3654);
/* harmony import */ var _scan_probe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2366);
/* harmony import */ var _hello_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8880);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3864);
/* harmony import */ var _profiles_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2607);






/** A profile as the scan's client-simulation check takes it. */
function simulatedClient(profile) {
    return {
        id: profile.id,
        groups: profile.groups,
        hello: (serverName, keyShareGroups) => (0,_hello_js__WEBPACK_IMPORTED_MODULE_1__/* .profileHello */ .W)(profile, serverName, keyShareGroups)
    };
}
/** Every profile, for the scan (`--clients`, or a policy that names clients). */
const SIMULATED_CLIENTS = _profiles_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CLIENT_PROFILES */ .p.map(simulatedClient);
/** Simulates one profile against a target. Never throws for anything the server does. */
async function simulateClient(endpoint, target, profile, limits, options = {}) {
    return (await simulateClientDetailed(endpoint, target, profile, limits, options)).result;
}
/** simulateClient with the full diagnosis and the probe outcome (for `tls-gate diagnose`). */
async function simulateClientDetailed(endpoint, target, profile, limits, options = {}) {
    const probe = (spec) => (0,_scan_probe_js__WEBPACK_IMPORTED_MODULE_0__/* .runProbe */ .m)(endpoint, { kind: 'tls', spec }, limits);
    const outcome = await (0,_scan_client_handshake_js__WEBPACK_IMPORTED_MODULE_4__/* .clientHandshake */ .J)(probe, simulatedClient(profile), endpoint.sni);
    return (0,_judge_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeClient */ .r)(profile, outcome, target, options.rules ?? null);
}
/** Simulates every profile (default: all of CLIENT_PROFILES) against one target, in profile order. */
async function simulateClients(endpoint, target, limits, profiles = CLIENT_PROFILES, options = {}) {
    return mapLimited(profiles, options.concurrency ?? 4, (profile) => simulateClient(endpoint, target, profile, limits, options));
}


/***/ }),

/***/ 1926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ ExtensionType),
/* harmony export */   GR: () => (/* binding */ CipherSuite),
/* harmony export */   KU: () => (/* binding */ Sslv2MessageType),
/* harmony export */   OK: () => (/* binding */ EcCurveType),
/* harmony export */   TN: () => (/* binding */ AlertDescription),
/* harmony export */   Yq: () => (/* binding */ HandshakeType),
/* harmony export */   cM: () => (/* binding */ ContentType),
/* harmony export */   cc: () => (/* binding */ SignatureScheme),
/* harmony export */   kc: () => (/* binding */ CertificateStatusType),
/* harmony export */   rg: () => (/* binding */ ProtocolVersion),
/* harmony export */   vr: () => (/* binding */ NamedGroup)
/* harmony export */ });
/* unused harmony exports AlertLevel, EcPointFormat, PskKeyExchangeMode, CompressionMethod */
// Every TLS code point tls-gate uses, defined once (in the manner of rustls' msgs/enums.rs): the numbers as they
// appear on the wire, under their registered names. The wire codecs, the registry (which adds display names and
// attributes on top), client profiles, diagnosis and key shares all refer to these; nothing else spells a code
// point as a literal. Each table names the IANA registry (https://www.iana.org/assignments/tls-parameters) or
// RFC it comes from. This module imports nothing.
/**
 * Protocol versions (ProtocolVersion, RFC 8446 §4.1.2 and appendix B.3.1; RFC 6101 §5.6.1 for SSL 3.0;
 * 0x0002 is the SSL 2.0 version field, Netscape SSL 2.0 spec).
 */
const ProtocolVersion = {
    SSLv2: 0x0002,
    SSLv3: 0x0300,
    TLSv1_0: 0x0301,
    TLSv1_1: 0x0302,
    TLSv1_2: 0x0303,
    TLSv1_3: 0x0304
};
/** Cipher suites referred to by name in code (IANA "TLS Cipher Suites"; RFC 8446 §B.4, RFC 5746, RFC 7507). */
const CipherSuite = {
    TLS_AES_128_GCM_SHA256: 0x1301,
    TLS_AES_256_GCM_SHA384: 0x1302,
    TLS_CHACHA20_POLY1305_SHA256: 0x1303,
    TLS_AES_128_CCM_SHA256: 0x1304,
    TLS_AES_128_CCM_8_SHA256: 0x1305,
    /** A signalling value, never negotiated (RFC 5746 §3.3). */
    TLS_EMPTY_RENEGOTIATION_INFO_SCSV: 0x00ff,
    /** A signalling value, never negotiated (RFC 7507 §2). */
    TLS_FALLBACK_SCSV: 0x5600
};
/** Record content types (IANA "TLS ContentType"; RFC 8446 §5.1, RFC 6520 for heartbeat). */
const ContentType = {
    change_cipher_spec: 20,
    alert: 21,
    handshake: 22,
    application_data: 23,
    heartbeat: 24
};
/** Handshake message types (IANA "TLS HandshakeType"; RFC 8446 §4, RFC 5246 §7.4, RFC 6066 §8, RFC 8879). */
const HandshakeType = {
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
/** SSL 2.0 message types (Netscape SSL 2.0 spec; RFC 6101 appendix E): the ones a scan sends or reads. */
const Sslv2MessageType = { error: 0, client_hello: 1, server_hello: 4 };
/** Alert levels (RFC 8446 §6, RFC 5246 §7.2). */
const AlertLevel = { warning: 1, fatal: 2 };
/**
 * Alert descriptions (IANA "TLS Alerts"; RFC 8446 §6, RFC 5246 §7.2, RFC 6066 §9, RFC 7301 §3.2, RFC 7507 §2,
 * RFC 9147, draft-ietf-tls-esni). The name is what people search for ("handshake_failure").
 */
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
/** Extension types (IANA "TLS ExtensionType Values"; RFC 8446 §4.2 and the RFCs it lists). */
const ExtensionType = {
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
/**
 * Named groups (IANA "TLS Supported Groups"; RFC 8422, RFC 7919, RFC 7027, RFC 8734, RFC 8998, RFC 9189,
 * RFC 10024 for the ML-KEM hybrids; 0x6399/0x639A are the pre-standard Kyber drafts browsers shipped).
 */
const NamedGroup = {
    sect163k1: 0x0001,
    sect163r1: 0x0002,
    sect163r2: 0x0003,
    sect193r1: 0x0004,
    sect193r2: 0x0005,
    sect233k1: 0x0006,
    sect233r1: 0x0007,
    sect239k1: 0x0008,
    sect283k1: 0x0009,
    sect283r1: 0x000a,
    sect409k1: 0x000b,
    sect409r1: 0x000c,
    sect571k1: 0x000d,
    sect571r1: 0x000e,
    secp160k1: 0x000f,
    secp160r1: 0x0010,
    secp160r2: 0x0011,
    secp192k1: 0x0012,
    secp192r1: 0x0013,
    secp224k1: 0x0014,
    secp224r1: 0x0015,
    secp256k1: 0x0016,
    secp256r1: 0x0017,
    secp384r1: 0x0018,
    secp521r1: 0x0019,
    brainpoolP256r1: 0x001a,
    brainpoolP384r1: 0x001b,
    brainpoolP512r1: 0x001c,
    x25519: 0x001d,
    x448: 0x001e,
    brainpoolP256r1tls13: 0x001f,
    brainpoolP384r1tls13: 0x0020,
    brainpoolP512r1tls13: 0x0021,
    GC256A: 0x0022,
    GC256B: 0x0023,
    GC256C: 0x0024,
    GC256D: 0x0025,
    GC512A: 0x0026,
    GC512B: 0x0027,
    GC512C: 0x0028,
    curveSM2: 0x0029,
    ffdhe2048: 0x0100,
    ffdhe3072: 0x0101,
    ffdhe4096: 0x0102,
    ffdhe6144: 0x0103,
    ffdhe8192: 0x0104,
    MLKEM512: 0x0200,
    MLKEM768: 0x0201,
    MLKEM1024: 0x0202,
    SecP256r1MLKEM768: 0x11eb,
    X25519MLKEM768: 0x11ec,
    SecP384r1MLKEM1024: 0x11ed,
    curveSM2MLKEM768: 0x11ee,
    X25519Kyber768Draft00: 0x6399,
    SecP256r1Kyber768Draft00: 0x639a,
    arbitrary_explicit_prime_curves: 0xff01,
    arbitrary_explicit_char2_curves: 0xff02
};
/**
 * Signature schemes (IANA "TLS SignatureScheme"; RFC 8446 §4.2.3, RFC 8734, RFC 8998, RFC 9155, RFC 9367,
 * draft-ietf-tls-mldsa). TLS 1.2 encodes the older ones as HashAlgorithm << 8 | SignatureAlgorithm (RFC 5246
 * §7.4.1.4.1): the *_sha224 and dsa_* pairs below are such legacy pairs, which clients still send.
 */
const SignatureScheme = {
    rsa_pkcs1_sha1: 0x0201,
    dsa_sha1: 0x0202,
    ecdsa_sha1: 0x0203,
    rsa_sha224: 0x0301,
    dsa_sha224: 0x0302,
    ecdsa_sha224: 0x0303,
    rsa_pkcs1_sha256: 0x0401,
    dsa_sha256: 0x0402,
    ecdsa_secp256r1_sha256: 0x0403,
    rsa_pkcs1_sha256_legacy: 0x0420,
    rsa_pkcs1_sha384: 0x0501,
    dsa_sha384: 0x0502,
    ecdsa_secp384r1_sha384: 0x0503,
    rsa_pkcs1_sha384_legacy: 0x0520,
    rsa_pkcs1_sha512: 0x0601,
    dsa_sha512: 0x0602,
    ecdsa_secp521r1_sha512: 0x0603,
    rsa_pkcs1_sha512_legacy: 0x0620,
    eccsi_sha256: 0x0704,
    iso_ibs1: 0x0705,
    iso_ibs2: 0x0706,
    iso_chinese_ibs: 0x0707,
    sm2sig_sm3: 0x0708,
    gostr34102012_256a: 0x0709,
    gostr34102012_256b: 0x070a,
    gostr34102012_256c: 0x070b,
    gostr34102012_256d: 0x070c,
    gostr34102012_512a: 0x070d,
    gostr34102012_512b: 0x070e,
    gostr34102012_512c: 0x070f,
    rsa_pss_rsae_sha256: 0x0804,
    rsa_pss_rsae_sha384: 0x0805,
    rsa_pss_rsae_sha512: 0x0806,
    ed25519: 0x0807,
    ed448: 0x0808,
    rsa_pss_pss_sha256: 0x0809,
    rsa_pss_pss_sha384: 0x080a,
    rsa_pss_pss_sha512: 0x080b,
    ecdsa_brainpoolP256r1tls13_sha256: 0x081a,
    ecdsa_brainpoolP384r1tls13_sha384: 0x081b,
    ecdsa_brainpoolP512r1tls13_sha512: 0x081c,
    gostr34102012_256: 0x0840,
    gostr34102012_512: 0x0841,
    mldsa44: 0x0904,
    mldsa65: 0x0905,
    mldsa87: 0x0906
};
/** ECParameters.curve_type (RFC 8422 §5.4). */
const EcCurveType = { explicit_prime: 1, explicit_char2: 2, named_curve: 3 };
/** ec_point_formats (RFC 8422 §5.1.2). */
const EcPointFormat = {
    uncompressed: 0,
    ansiX962_compressed_prime: 1,
    ansiX962_compressed_char2: 2
};
/** psk_key_exchange_modes (RFC 8446 §4.2.9). */
const PskKeyExchangeMode = { psk_ke: 0, psk_dhe_ke: 1 };
/** CertificateStatusType (RFC 6066 §8). */
const CertificateStatusType = { ocsp: 1 };
/** Compression methods (RFC 5246 §7.4.1.2; RFC 3749 for DEFLATE). */
const CompressionMethod = { null: 0, deflate: 1 };


/***/ }),

/***/ 5779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ anchorUnknown),
/* harmony export */   c: () => (/* binding */ untrustedCause)
/* harmony export */ });
/* harmony import */ var _known_roots_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5855);

function untrustedCause(cert) {
    const diagnosis = cert.chainDiagnosis ?? null;
    if (diagnosis) {
        // An issuer nobody could fetch is still a root when it is the root of an inspection product or dev tool.
        return diagnosis.cause === 'unknown-issuer' && (0,_known_roots_js__WEBPACK_IMPORTED_MODULE_0__/* .knownRoot */ .G)(diagnosis.subject)
            ? { ...diagnosis, cause: 'untrusted-root' }
            : diagnosis;
    }
    const missing = cert.missingIssuer;
    if (!cert.trusted && !cert.chainComplete && missing && (0,_known_roots_js__WEBPACK_IMPORTED_MODULE_0__/* .knownRoot */ .G)(missing.subject))
        return { cause: 'untrusted-root', subject: missing.subject, aia: null };
    return null;
}
/** The root or issuer is not in any trust store: the chain is untrusted, not incomplete. */
function anchorUnknown(cert) {
    const cause = untrustedCause(cert)?.cause;
    return cause === 'untrusted-root' || cause === 'unknown-issuer';
}


/***/ }),

/***/ 5855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ knownRoot)
/* harmony export */ });
// Roots that are never a server's real issuer: TLS-inspection products re-sign every certificate with one, and
// developer tools mint local certificates with one. A chain ending at such a root means the scan went through
// the product (or reached a developer's machine), not that the server forgot an intermediate. Matched by the
// names these products put in their root's subject; names as the vendors ship them by default.
const KNOWN_ROOTS = [
    { pattern: /mkcert development CA/i, root: { product: 'mkcert', kind: 'developer-tool' } },
    { pattern: /\bmitmproxy\b/i, root: { product: 'mitmproxy', kind: 'developer-tool' } },
    { pattern: /FiddlerRoot|\bFiddler\b/i, root: { product: 'Fiddler', kind: 'developer-tool' } },
    { pattern: /Charles Proxy/i, root: { product: 'Charles Proxy', kind: 'developer-tool' } },
    { pattern: /PortSwigger/i, root: { product: 'Burp Suite', kind: 'developer-tool' } },
    {
        pattern: /ASP\.NET Core HTTPS development/i,
        root: { product: '.NET dev-certs', kind: 'developer-tool' }
    },
    { pattern: /\bZscaler\b/i, root: { product: 'Zscaler', kind: 'interception' } },
    { pattern: /\bNetskope\b/i, root: { product: 'Netskope', kind: 'interception' } },
    { pattern: /\bFortinet\b|\bFortiGate\b/i, root: { product: 'Fortinet FortiGate', kind: 'interception' } },
    { pattern: /Palo Alto Networks/i, root: { product: 'Palo Alto Networks', kind: 'interception' } },
    { pattern: /Cisco Umbrella/i, root: { product: 'Cisco Umbrella', kind: 'interception' } },
    { pattern: /Forcepoint|Websense/i, root: { product: 'Forcepoint', kind: 'interception' } },
    { pattern: /Blue ?Coat/i, root: { product: 'Blue Coat', kind: 'interception' } },
    { pattern: /\bSophos\b/i, root: { product: 'Sophos', kind: 'interception' } },
    { pattern: /Kaspersky/i, root: { product: 'Kaspersky', kind: 'interception' } },
    { pattern: /\bAvast\b|\bAVG\b/i, root: { product: 'Avast', kind: 'interception' } },
    { pattern: /\bESET\b/i, root: { product: 'ESET', kind: 'interception' } },
    { pattern: /Bitdefender/i, root: { product: 'Bitdefender', kind: 'interception' } }
];
/** The product whose root this subject names, or null for any other root. */
function knownRoot(subject) {
    return KNOWN_ROOTS.find((known) => known.pattern.test(subject))?.root ?? null;
}


/***/ }),

/***/ 1869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ readInputStream),
/* harmony export */   TH: () => (/* binding */ InputFileError),
/* harmony export */   jH: () => (/* binding */ readInputFile)
/* harmony export */ });
/* unused harmony export INPUT_FILE_LIMITS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// The one way a user's file (targets file, policy file and its `extends`, CA file, stdin) is read. A path can
// name anything: /dev/zero, a FIFO nobody writes to, a directory, a 10 GiB log. Each is refused with a
// ConfigurationError that names the file and what was expected, before it is buffered (Node's own readFile
// would read /dev/zero until "RangeError: Invalid string length", and block forever on a FIFO).



const MiB = 1024 * 1024;
/** The most a file of each kind may hold: far above any real one, far below what harms a runner. */
const INPUT_FILE_LIMITS = {
    'targets file': 4 * MiB,
    'policy file': 4 * MiB,
    // The system bundles of Debian or Fedora are about 200 KiB.
    'CA file': 8 * MiB
};
/** A user file that cannot be used: a ConfigurationError naming the file, with the reason on its own. */
class InputFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1 {
    kind;
    shown;
    problem;
    reason;
    constructor(kind, shown, problem, reason) {
        super(`cannot read ${kind}: ${reason}`, { file: shown });
        this.kind = kind;
        this.shown = shown;
        this.problem = problem;
        this.reason = reason;
    }
}
// O_NONBLOCK: opening a FIFO returns at once (then fstat refuses it) instead of waiting for a writer.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
const CHUNK = 64 * 1024;
/** The text of the user's file at `path` (named `shown` in errors), at most the limit of its kind. */
async function readInputFile(path, kind, shown = path) {
    const refuse = (problem, reason) => {
        throw new InputFileError(kind, shown, problem, reason);
    };
    const limit = INPUT_FILE_LIMITS[kind];
    // stat before open: opening a device can have effects of its own; only regular files are opened.
    const before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch((error) => refuse(...problemOf(error)));
    checkRegularFile(before, kind, refuse);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, OPEN_FLAGS).catch((error) => refuse(...problemOf(error)));
    try {
        // Again on the open file: the path may have been swapped between stat and open.
        checkRegularFile(await handle.stat(), kind, refuse);
        const bytes = await readAtMost(handle, limit + 1);
        if (bytes.length > limit)
            refuse('too large', tooLarge(kind));
        return bytes.toString('utf8');
    }
    catch (error) {
        if (error instanceof InputFileError)
            throw error;
        return refuse(...problemOf(error));
    }
    finally {
        await handle.close();
    }
}
/** The text of a stream (stdin, "-"), with the same limit as a file of that kind. */
async function readInputStream(stream, kind, shown) {
    const limit = INPUT_FILE_LIMITS[kind];
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        chunks.push(buffer);
        size += buffer.length;
        // Leaving the loop stops reading: the rest of the stream is never buffered.
        if (size > limit)
            throw new InputFileError(kind, shown, 'too large', tooLarge(kind));
    }
    return Buffer.concat(chunks).toString('utf8');
}
function checkRegularFile(stats, kind, refuse) {
    if (!stats.isFile())
        refuse('not a file', `is ${fileType(stats)}, not a regular file`);
    if (stats.size > INPUT_FILE_LIMITS[kind])
        refuse('too large', tooLarge(kind));
}
async function readAtMost(handle, most) {
    const chunks = [];
    let size = 0;
    while (size < most) {
        const buffer = Buffer.alloc(Math.min(CHUNK, most - size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0)
            break;
        chunks.push(buffer.subarray(0, bytesRead));
        size += bytesRead;
    }
    return Buffer.concat(chunks);
}
function tooLarge(kind) {
    return `is larger than ${INPUT_FILE_LIMITS[kind] / MiB} MiB, the most a ${kind} may hold`;
}
function fileType(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a FIFO (named pipe)';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSocket())
        return 'a socket';
    return 'not a file';
}
function problemOf(error) {
    switch (error?.code) {
        case 'ENOENT':
            return ['missing', 'does not exist'];
        case 'ENOTDIR':
            return ['missing', 'does not exist (a folder on its path is a file)'];
        case 'EISDIR':
            return ['not a file', 'is a directory, not a regular file'];
        case 'EACCES':
        case 'EPERM':
            return ['unreadable', 'cannot be read: permission denied'];
        case 'ELOOP':
            return ['unreadable', 'cannot be read: its symbolic links form a loop'];
        case 'ENAMETOOLONG':
            return ['unreadable', 'cannot be read: the path is too long'];
        default: {
            const code = error?.code;
            return ['unreadable', `cannot be read${code ? ` (${code})` : ''}`];
        }
    }
}


/***/ }),

/***/ 9906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ lifetimeWholeDays),
/* harmony export */   Oc: () => (/* binding */ wholeDaysSinceExpiry),
/* harmony export */   n8: () => (/* binding */ wholeDays),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/* unused harmony export wholeDaysRemaining */
// The one way tls-gate counts days, so a finding, the summary table, the chart, the text report and the
// action's min-days-remaining never disagree about the same certificate.
//
// Days remaining are whole days rounded down, as CAs and browsers count them: 2.9 days left is 2, and a
// certificate 2.1 days past its notAfter has -3 days remaining, so it "expired 3 days ago" everywhere.
// A lifetime is whole days from notBefore through notAfter inclusive (RFC 5280: notAfter is the last second
// of validity), so a few hours past a day boundary never decide a lifetime limit.
const DAY_MS = 86_400_000;
/** Whole days, rounded down: 0.4 days left is 0, 0.4 days past is -1 (it has expired). */
function wholeDays(days) {
    return Math.floor(days);
}
/** Whole days from `now` until `notAfter` (both ms since the epoch); negative once expired. */
function wholeDaysRemaining(notAfter, now) {
    return wholeDays((notAfter - now) / DAY_MS);
}
/** How many whole days ago an expired certificate expired: the negation of its whole days remaining. */
function wholeDaysSinceExpiry(notAfter, now) {
    return -wholeDaysRemaining(notAfter, now);
}
/** A validity period in whole days, notBefore through notAfter inclusive (the last second counts). */
function lifetimeWholeDays(notBefore, notAfter) {
    return wholeDays((notAfter - notBefore + 1000) / DAY_MS);
}


/***/ }),

/***/ 4095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   ZN: () => (/* binding */ failsAt),
/* harmony export */   xd: () => (/* binding */ gateFails)
/* harmony export */ });
/** The values the action's `fail-on` input and the CLI's `--fail-on` flag accept, in the order they are listed. */
const FAIL_ON_VALUES = ['error', 'warning', 'never'];
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
/** Whether one finding of this severity fails the run under fail-on. */
function failsAt(severity, failOn) {
    if (failOn === 'never')
        return false;
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
/**
 * The gate decision: does this report fail the run under fail-on? A report whose verdict is already "fail"
 * (judged by the policy, or the empty report of a run that broke) fails unless fail-on is never; otherwise the
 * summary decides, so a report judged under another fail-on is still gated by this one.
 */
function gateFails(report, failOn) {
    if (failOn === 'never')
        return false;
    if (report.verdict === 'fail')
        return true;
    const { errors, warnings, notices } = report.summary;
    return ((errors > 0 && failsAt('error', failOn)) ||
        (warnings > 0 && failsAt('warning', failOn)) ||
        (notices > 0 && failsAt('notice', failOn)));
}


/***/ }),

/***/ 5235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hs: () => (/* binding */ emptyProtocols),
/* harmony export */   f$: () => (/* binding */ SCHEMA_VERSION),
/* harmony export */   g8: () => (/* binding */ PROTOCOL_NAMES)
/* harmony export */ });
// The one data model of tls-gate: what a scan found (TargetReport), what the policy made of it (Finding),
// and the document every output is rendered from (Report). Field names are public (schema/report.schema.json):
// a field never changes meaning without a schemaVersion change.
const SCHEMA_VERSION = 1;
const PROTOCOL_NAMES = [
    'SSLv2',
    'SSLv3',
    'TLSv1.0',
    'TLSv1.1',
    'TLSv1.2',
    'TLSv1.3'
];
function emptyProtocols() {
    return {
        SSLv2: false,
        SSLv3: false,
        'TLSv1.0': false,
        'TLSv1.1': false,
        'TLSv1.2': false,
        'TLSv1.3': false
    };
}


/***/ }),

/***/ 2061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fG: () => (/* reexport */ PRESETS),
  OY: () => (/* reexport */ rules/* RULE_LIST */.OY),
  _3: () => (/* reexport */ evaluate),
  tb: () => (/* reexport */ loadPolicy),
  ho: () => (/* reexport */ policyToYaml),
  yQ: () => (/* reexport */ resolveInlinePolicy)
});

// UNUSED EXPORTS: CIPHER_CLASSES, DEFAULT_PRESET, POLICY_RULE_IDS, PRESET_NAMES, RULES, RULE_IDS, checkTarget, evaluateTarget, isRuleId, mergeLayer, sortFindings, summarize, validatePolicyDocument

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/input-files.ts
var input_files = __webpack_require__(1869);
// EXTERNAL MODULE: ./src/yaml/located.ts
var located = __webpack_require__(81);
;// CONCATENATED MODULE: ./src/policy/presets/standards.ts
const ECDHE_AES_GCM = [
    'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'
];
// NIST SP 800-52r2 §3.3.1.1 (by certificate type) and §3.3.1.2; Appendix D (RSA key transport) is excluded
// because it is allowed only during a transition.
const NIST_TLS12 = [
    ...ECDHE_AES_GCM,
    'TLS_ECDHE_ECDSA_WITH_AES_128_CCM',
    'TLS_ECDHE_ECDSA_WITH_AES_256_CCM',
    'TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8',
    'TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8',
    'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
    'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384',
    'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
    'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
    'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_DHE_RSA_WITH_AES_128_CCM',
    'TLS_DHE_RSA_WITH_AES_256_CCM',
    'TLS_DHE_RSA_WITH_AES_128_CCM_8',
    'TLS_DHE_RSA_WITH_AES_256_CCM_8',
    'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
    'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256',
    'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
    'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
    'TLS_DHE_RSA_WITH_AES_128_CBC_SHA',
    'TLS_DHE_RSA_WITH_AES_256_CBC_SHA',
    'TLS_DHE_DSS_WITH_AES_128_GCM_SHA256',
    'TLS_DHE_DSS_WITH_AES_256_GCM_SHA384',
    'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256',
    'TLS_DHE_DSS_WITH_AES_256_CBC_SHA256',
    'TLS_DHE_DSS_WITH_AES_128_CBC_SHA',
    'TLS_DHE_DSS_WITH_AES_256_CBC_SHA',
    'TLS_DH_DSS_WITH_AES_128_GCM_SHA256',
    'TLS_DH_DSS_WITH_AES_256_GCM_SHA384',
    'TLS_DH_DSS_WITH_AES_128_CBC_SHA256',
    'TLS_DH_DSS_WITH_AES_256_CBC_SHA256',
    'TLS_DH_DSS_WITH_AES_128_CBC_SHA',
    'TLS_DH_DSS_WITH_AES_256_CBC_SHA',
    'TLS_DH_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_DH_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_DH_RSA_WITH_AES_128_CBC_SHA256',
    'TLS_DH_RSA_WITH_AES_256_CBC_SHA256',
    'TLS_DH_RSA_WITH_AES_128_CBC_SHA',
    'TLS_DH_RSA_WITH_AES_256_CBC_SHA',
    'TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256',
    'TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384',
    'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA',
    'TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA',
    'TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256',
    'TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384',
    'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA',
    'TLS_ECDH_RSA_WITH_AES_256_CBC_SHA'
];
const NIST_800_52R2 = {
    name: 'nist-800-52r2',
    title: 'NIST SP 800-52 Rev. 2, TLS servers',
    source: 'https://doi.org/10.6028/NIST.SP.800-52r2 (§3.1, §3.2 Table 3-1, §3.3.1, §3.4.2.2)',
    version: 'Rev. 2 (August 2019)',
    rules: {
        // §3.1: TLS 1.2 shall, TLS 1.3 shall from 2024-01-01; SSL shall not; TLS 1.0 shall not (government-only).
        protocols: { allowed: ['TLSv1.2', 'TLSv1.3'], required: ['TLSv1.2', 'TLSv1.3'] },
        cipherSuites: {
            allowed: [
                ...NIST_TLS12,
                'TLS_AES_128_GCM_SHA256',
                'TLS_AES_256_GCM_SHA384',
                'TLS_AES_128_CCM_SHA256',
                'TLS_AES_128_CCM_8_SHA256'
            ],
            denied: [],
            deniedClasses: [],
            required: []
        },
        keyExchange: {
            allowedGroups: [
                'secp256r1',
                'secp384r1',
                'secp521r1',
                'ffdhe2048',
                'ffdhe3072',
                'ffdhe4096',
                'ffdhe6144',
                'ffdhe8192'
            ],
            minDhBits: 2048,
            minEcdhBits: 224
        },
        certificates: {
            allowedKeyTypes: ['RSA', 'EC', 'DSA'],
            minRsaBits: 2048,
            minEcBits: 224,
            allowedSignatureAlgorithms: [
                'sha224WithRSAEncryption',
                'sha256WithRSAEncryption',
                'sha384WithRSAEncryption',
                'sha512WithRSAEncryption',
                'rsassaPss',
                'ecdsa-with-SHA224',
                'ecdsa-with-SHA256',
                'ecdsa-with-SHA384',
                'ecdsa-with-SHA512',
                'dsa_with_SHA224',
                'dsa_with_SHA256'
            ],
            maxLifetimeDays: 1095,
            ocspStapling: 'if-responder'
        }
    },
    notChecked: [
        'Whether the server is government-only (TLS 1.0/1.1 shall not) or citizen-facing (may, when necessary): this preset takes the stricter reading.',
        'Appendix D allows RSA key transport suites only during a transition; they are not allowed here.',
        'Extensions the server shall support (renegotiation_info, extended_master_secret, status_request, TLS_FALLBACK_SCSV) are not probed.',
        '"At least one of P-256 and P-384 shall be supported" is not checked; x25519/x448 are absent from SP 800-52r2 and reported as not allowed.',
        'Certificate profile items (X.509 v3, serverAuth EKU, SAN present, CA publishes OCSP) are not checked.'
    ]
};
const PCI_DSS_4 = {
    name: 'pci-dss-4',
    title: 'PCI DSS v4.0.1, requirement 4.2.1 (strong cryptography)',
    source: 'https://www.pcisecuritystandards.org/ (PCI DSS v4.0.1 Req. 4.2.1, Appendix A2, Glossary "Strong Cryptography")',
    version: '4.0.1 (June 2024; future-dated requirements in force from 2025-03-31)',
    rules: {
        // SSL and early TLS (1.0) are not strong cryptography since 2018-06-30; 1.1 is not named but discouraged.
        protocols: { allowed: ['TLSv1.2', 'TLSv1.3'], required: [] },
        cipherSuites: {
            allowed: null,
            denied: [],
            deniedClasses: ['null', 'export', 'anonymous', 'rc4', 'rc2', 'des', '3des', 'idea', 'md5-mac'],
            required: []
        },
        keyExchange: { allowedGroups: null, minDhBits: 2048, minEcdhBits: 224 },
        certificates: { minRsaBits: 2048, minEcBits: 224, mustBeTrusted: true }
    },
    notChecked: [
        'Req. 4.2.1.1 and 12.3.3 (inventories of keys, certificates, suites and protocols, reviewed yearly) are processes.',
        'Revocation status is checked only through a stapled OCSP response.',
        'Triple-length TDEA counts as strong cryptography in the glossary; it is denied here, as ASV scans fail it (SWEET32).',
        'Appendix A2 exceptions for POS POI terminals are not modelled.'
    ]
};
const BSI_TR_02102_2 = {
    name: 'bsi-tr-02102-2',
    title: 'BSI TR-02102-2, Verwendung von Transport Layer Security',
    source: 'https://www.bsi.bund.de/SharedDocs/Downloads/DE/BSI/Publikationen/TechnischeRichtlinien/TR02102/BSI-TR-02102-2.html',
    version: '2025-01 (with the 2026-01 key sizes)',
    rules: {
        protocols: { allowed: ['TLSv1.2', 'TLSv1.3'], required: [] },
        cipherSuites: {
            allowed: [
                'TLS_AES_128_GCM_SHA256',
                'TLS_AES_256_GCM_SHA384',
                'TLS_AES_128_CCM_SHA256',
                'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
                'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384',
                'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
                'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
                'TLS_ECDHE_ECDSA_WITH_AES_128_CCM',
                'TLS_ECDHE_ECDSA_WITH_AES_256_CCM',
                'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
                'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
                'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
                'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
                'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256',
                'TLS_DHE_DSS_WITH_AES_256_CBC_SHA256',
                'TLS_DHE_DSS_WITH_AES_128_GCM_SHA256',
                'TLS_DHE_DSS_WITH_AES_256_GCM_SHA384',
                'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256',
                'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256',
                'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
                'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
                'TLS_DHE_RSA_WITH_AES_128_CCM',
                'TLS_DHE_RSA_WITH_AES_256_CCM',
                'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256',
                'TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384',
                'TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256',
                'TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384',
                'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256',
                'TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384',
                'TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256',
                'TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384',
                'TLS_DH_DSS_WITH_AES_128_CBC_SHA256',
                'TLS_DH_DSS_WITH_AES_256_CBC_SHA256',
                'TLS_DH_DSS_WITH_AES_128_GCM_SHA256',
                'TLS_DH_DSS_WITH_AES_256_GCM_SHA384',
                'TLS_DH_RSA_WITH_AES_128_CBC_SHA256',
                'TLS_DH_RSA_WITH_AES_256_CBC_SHA256',
                'TLS_DH_RSA_WITH_AES_128_GCM_SHA256',
                'TLS_DH_RSA_WITH_AES_256_GCM_SHA384'
            ],
            denied: [],
            deniedClasses: [],
            required: []
        },
        keyExchange: {
            allowedGroups: [
                'secp256r1',
                'secp384r1',
                'secp521r1',
                'brainpoolP256r1',
                'brainpoolP384r1',
                'brainpoolP512r1',
                'brainpoolP256r1tls13',
                'brainpoolP384r1tls13',
                'brainpoolP512r1tls13',
                'ffdhe3072',
                'ffdhe4096'
            ],
            minDhBits: 3000,
            minEcdhBits: 250
        },
        certificates: {
            allowedKeyTypes: ['RSA', 'EC', 'DSA'],
            minRsaBits: 3000,
            minEcBits: 250,
            allowedSignatureAlgorithms: [
                'sha256WithRSAEncryption',
                'sha384WithRSAEncryption',
                'sha512WithRSAEncryption',
                'rsassaPss',
                'ecdsa-with-SHA256',
                'ecdsa-with-SHA384',
                'ecdsa-with-SHA512'
            ]
        }
    },
    notChecked: [
        'PSK suites (ECDHE_PSK, DHE_PSK, RSA_PSK) are allowed by the TR but need a pre-shared key to probe; they are not in the allowed list.',
        'Dated limits (TLS 1.2 until end of 2031, DHE and DSA until end of 2029) are not enforced by date.',
        'Version 2026-01 deprecates RSA PKCS#1 v1.5 signatures; sha*WithRSAEncryption stays allowed here (2025-01).',
        'Renegotiation, compression, truncated_hmac, heartbeat, Encrypt-then-MAC, extended_master_secret and 0-RTT are not probed.',
        'x25519 and x448 are not on the BSI list and are reported as not allowed.'
    ]
};
const BCP195 = {
    name: 'bcp195',
    title: 'IETF BCP 195: RFC 9325 as updated by RFC 10015',
    source: 'https://datatracker.ietf.org/doc/rfc9325/ and RFC 10015 (Deprecating Obsolete Key Exchange Methods in TLS 1.2)',
    version: 'RFC 9325 (November 2022) + RFC 10015 (July 2026)',
    rules: {
        // SSLv2/3 and TLS 1.0/1.1 MUST NOT; TLS 1.2 MUST; TLS 1.3 SHOULD.
        protocols: { allowed: ['TLSv1.2', 'TLSv1.3'], required: ['TLSv1.2'] },
        cipherSuites: {
            allowed: null,
            denied: [],
            // MUST NOT: NULL, RC4, < 112 bits (export, DES), RSA key exchange and FFDHE (RFC 10015);
            // SHOULD NOT: < 128 bits (3DES), static DH/ECDH (no-pfs). All are denied.
            deniedClasses: [
                'null',
                'rc4',
                'rc2',
                'export',
                'des',
                '3des',
                'idea',
                'anonymous',
                'static-rsa',
                'dhe',
                'no-pfs',
                'md5-mac'
            ],
            required: []
        },
        keyExchange: { allowedGroups: null, minDhBits: 2048, minEcdhBits: 224 }
    },
    notChecked: [
        'MUST and SHOULD NOT are not told apart: everything the BCP discourages is denied.',
        'Required extensions (renegotiation_info, extended_master_secret, SNI, ALPN) and no compression are not probed.',
        'TLS 1.3 is SHOULD: it is not required.',
        'The recommended four ECDHE AES-GCM suites are not required.'
    ]
};
const CABF_VALIDITY = {
    name: 'cabf-validity',
    title: 'CA/Browser Forum Baseline Requirements: maximum certificate validity',
    source: 'cabforum/servercert docs/BR.md v2.2.6 §6.3.2 (Ballot SC-081v3, adopted 2025-04-11)',
    version: 'BR 2.2.6 (2026-03-31)',
    rules: {
        certificates: {
            lifetimeSchedule: [
                { from: '1970-01-01', maxDays: 398 },
                { from: '2026-03-15', maxDays: 200 },
                { from: '2027-03-15', maxDays: 100 },
                { from: '2029-03-15', maxDays: 47 }
            ]
        }
    },
    notChecked: [
        'The limit applies to publicly-trusted certificates; the preset applies it to every certificate scanned.',
        'Key sizes (RSA >= 2048 and a multiple of 8; ECDSA on P-256/384/521 only), signature algorithms and EKU rules of the BRs are not part of this preset.',
        'Domain-validation reuse periods are a CA process.'
    ]
};

;// CONCATENATED MODULE: ./src/policy/presets/mozilla.ts
const TLS13_SUITES = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'];
const INTERMEDIATE_TLS12 = [
    'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
    'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256'
];
const OLD_TLS12 = [
    ...INTERMEDIATE_TLS12,
    'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
    'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
    'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
    'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384',
    'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
    'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
    'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
    'TLS_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_RSA_WITH_AES_128_CBC_SHA256',
    'TLS_RSA_WITH_AES_256_CBC_SHA256',
    'TLS_RSA_WITH_AES_128_CBC_SHA',
    'TLS_RSA_WITH_AES_256_CBC_SHA',
    'TLS_RSA_WITH_3DES_EDE_CBC_SHA'
];
// tls_curves, as IANA names (prime256v1 = secp256r1).
const GROUPS = ['X25519MLKEM768', 'x25519', 'secp256r1', 'secp384r1'];
const CERT_CURVES = ['P-256', 'P-384'];
// In each preset, protocols.allowed, the suite and group lists and the certificate lines are security lines;
// protocols.required is the compatibility line (the versions the oldest compatible clients need).
const MOZILLA_NOT_CHECKED = [
    'HSTS with max-age of at least 63072000 seconds (two years) is an HTTP header, not part of the TLS handshake.',
    'The recommended certificate lifespan of 90 days is advice; only the maximum lifespan is enforced.',
    'Mozilla lists ocsp_staple: true; it is checked as `if-responder` because public CAs may omit OCSP (CA/B Ballot SC-063).'
];
const MOZILLA_MODERN = {
    name: 'mozilla-modern',
    title: 'Mozilla Server Side TLS, Modern',
    source: 'https://ssl-config.mozilla.org/guidelines/6.0.json (mozilla/ssl-config-generator @858f8f7)',
    version: '6.0',
    rules: {
        protocols: { allowed: ['TLSv1.3'], required: ['TLSv1.3'] },
        cipherSuites: { allowed: [...TLS13_SUITES], denied: [], deniedClasses: [], required: [] },
        serverPreference: 'any',
        keyExchange: { allowedGroups: [...GROUPS], minDhBits: null, minEcdhBits: 256 },
        certificates: {
            allowedKeyTypes: ['EC'],
            allowedCurves: [...CERT_CURVES],
            minRsaBits: null,
            allowedSignatureAlgorithms: ['ecdsa-with-SHA256', 'ecdsa-with-SHA384', 'ecdsa-with-SHA512'],
            maxLifetimeDays: 90,
            ocspStapling: 'if-responder'
        }
    },
    notChecked: [
        ...MOZILLA_NOT_CHECKED,
        'Oldest compatible clients: Firefox 63, Android 10.0, Chrome 70, Edge 75, Java 11, OpenSSL 1.1.1, Opera 57, Safari 12.1.'
    ]
};
const MOZILLA_INTERMEDIATE = {
    name: 'mozilla-intermediate',
    title: 'Mozilla Server Side TLS, Intermediate',
    source: 'https://ssl-config.mozilla.org/guidelines/6.0.json (mozilla/ssl-config-generator @858f8f7)',
    version: '6.0',
    rules: {
        protocols: { allowed: ['TLSv1.2', 'TLSv1.3'], required: ['TLSv1.2', 'TLSv1.3'] },
        cipherSuites: {
            allowed: [...INTERMEDIATE_TLS12, ...TLS13_SUITES],
            denied: [],
            deniedClasses: [],
            required: []
        },
        serverPreference: 'any',
        keyExchange: { allowedGroups: [...GROUPS], minDhBits: 2048, minEcdhBits: 256 },
        certificates: {
            allowedKeyTypes: ['EC', 'RSA'],
            allowedCurves: [...CERT_CURVES],
            minRsaBits: 2048,
            allowedSignatureAlgorithms: [
                'sha256WithRSAEncryption',
                'ecdsa-with-SHA256',
                'ecdsa-with-SHA384',
                'ecdsa-with-SHA512'
            ],
            maxLifetimeDays: 366,
            ocspStapling: 'if-responder'
        }
    },
    notChecked: [
        ...MOZILLA_NOT_CHECKED,
        'Oldest compatible clients: Firefox 31.3.0, Android 4.4.2, Chrome 49, Edge 15 on Windows 10, IE 11 on Windows 10, Java 8u161, OpenSSL 1.0.1l, Opera 20, Safari 9.'
    ]
};
const MOZILLA_OLD = {
    name: 'mozilla-old',
    title: 'Mozilla Server Side TLS, Old (removed in 6.0)',
    source: 'https://ssl-config.mozilla.org/guidelines/5.8.json (mozilla/ssl-config-generator @858f8f7)',
    version: '5.8',
    rules: {
        protocols: { allowed: ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'], required: ['TLSv1.2'] },
        cipherSuites: { allowed: [...OLD_TLS12, ...TLS13_SUITES], denied: [], deniedClasses: [], required: [] },
        serverPreference: 'required',
        keyExchange: { allowedGroups: [...GROUPS], minDhBits: 2048, minEcdhBits: 256 },
        certificates: {
            allowedKeyTypes: ['RSA'],
            allowedCurves: [...CERT_CURVES],
            minRsaBits: 2048,
            allowedSignatureAlgorithms: ['sha256WithRSAEncryption'],
            maxLifetimeDays: 366,
            ocspStapling: 'if-responder'
        }
    },
    notChecked: [
        ...MOZILLA_NOT_CHECKED,
        'Mozilla removed the Old configuration in 6.0 and no longer recommends it.',
        'Oldest compatible clients: Firefox 1, Android 2.3, Chrome 1, Edge 12, IE8 on Windows XP, Java 6, OpenSSL 0.9.8, Opera 5, Safari 1.'
    ]
};

;// CONCATENATED MODULE: ./src/policy/presets/base.ts
function baseRules() {
    return {
        protocols: { allowed: null, required: [] },
        cipherSuites: { allowed: null, denied: [], deniedClasses: [], required: [] },
        serverPreference: 'any',
        keyExchange: { allowedGroups: null, minDhBits: null, minEcdhBits: null },
        certificates: {
            expiry: { warnDays: 30, failDays: 7, warnFraction: 1 / 3, failFraction: 1 / 10, combine: 'either' },
            maxLifetimeDays: null,
            lifetimeSchedule: null,
            lifetimeForPrivateCa: false,
            allowedKeyTypes: null,
            minRsaBits: null,
            minEcBits: null,
            allowedCurves: null,
            allowedSignatureAlgorithms: null,
            mustBeTrusted: true,
            hostnameMustMatch: true,
            chainMustBeComplete: true,
            chainMustBeOrdered: true,
            ocspStapling: 'off'
        },
        targets: { unreachable: 'error', notTls: 'error', error: 'error' },
        clients: { mustConnect: [], mustNotConnect: [] },
        resumption: { sessionId: 'any', tickets: 'any', acrossAddresses: 'any' },
        severity: {},
        waivers: [],
        userWritten: []
    };
}

;// CONCATENATED MODULE: ./src/policy/presets/index.ts



/** The policy used when none is given: Mozilla intermediate on top of the base checks. */
const DEFAULT_PRESET = 'mozilla-intermediate';
const PRESETS = Object.freeze(Object.fromEntries([
    MOZILLA_MODERN,
    MOZILLA_INTERMEDIATE,
    MOZILLA_OLD,
    NIST_800_52R2,
    PCI_DSS_4,
    BSI_TR_02102_2,
    BCP195,
    CABF_VALIDITY
].map((preset) => [preset.name, preset])));
const PRESET_NAMES = Object.keys(PRESETS);

;// CONCATENATED MODULE: ./src/policy/schema.ts
// The policy YAML language: every key a policy file may use (kebab-case), the property it sets in the
// resolved rules (camelCase) and what its value must be. validate.ts walks a document against this table;
// policyToYaml walks it the other way; docs/policy.md describes it.

const f = (prop, spec) => ({ prop, spec });
const TARGET_SEVERITY = { type: 'enum', values: ['error', 'warning', 'ignore'] };
const RESUMPTION = { type: 'enum', values: ['required', 'forbidden', 'any'] };
/** Rule sections of a policy document. */
const RULE_SECTIONS = {
    protocols: f('protocols', {
        type: 'object',
        fields: {
            allowed: f('allowed', { type: 'names', kind: 'protocol', nullable: true }),
            required: f('required', { type: 'names', kind: 'protocol' })
        }
    }),
    'cipher-suites': f('cipherSuites', {
        type: 'object',
        fields: {
            allowed: f('allowed', { type: 'names', kind: 'cipher', nullable: true }),
            denied: f('denied', { type: 'names', kind: 'cipher' }),
            'denied-classes': f('deniedClasses', { type: 'names', kind: 'cipher-class' }),
            required: f('required', { type: 'names', kind: 'cipher' })
        }
    }),
    'server-preference': f('serverPreference', { type: 'enum', values: ['required', 'forbidden', 'any'] }),
    'key-exchange': f('keyExchange', {
        type: 'object',
        fields: {
            'allowed-groups': f('allowedGroups', { type: 'names', kind: 'group', nullable: true }),
            'min-dh-bits': f('minDhBits', { type: 'integer', min: 0, max: 16384, nullable: true }),
            'min-ecdh-bits': f('minEcdhBits', { type: 'integer', min: 0, max: 1024, nullable: true })
        }
    }),
    certificates: f('certificates', {
        type: 'object',
        fields: {
            expiry: f('expiry', {
                type: 'object',
                fields: {
                    'warn-days': f('warnDays', { type: 'integer', min: 0, max: 3650, nullable: true }),
                    'fail-days': f('failDays', { type: 'integer', min: 0, max: 3650, nullable: true }),
                    'warn-fraction': f('warnFraction', { type: 'fraction', nullable: true }),
                    'fail-fraction': f('failFraction', { type: 'fraction', nullable: true }),
                    combine: f('combine', { type: 'enum', values: ['either', 'both'] })
                }
            }),
            'max-lifetime-days': f('maxLifetimeDays', { type: 'integer', min: 1, max: 36500, nullable: true }),
            'lifetime-schedule': f('lifetimeSchedule', { type: 'schedule' }),
            'lifetime-for-private-ca': f('lifetimeForPrivateCa', { type: 'boolean' }),
            'allowed-key-types': f('allowedKeyTypes', { type: 'names', kind: 'key-type', nullable: true }),
            'min-rsa-bits': f('minRsaBits', { type: 'integer', min: 0, max: 16384, nullable: true }),
            'min-ec-bits': f('minEcBits', { type: 'integer', min: 0, max: 1024, nullable: true }),
            'allowed-curves': f('allowedCurves', { type: 'names', kind: 'curve', nullable: true }),
            'allowed-signature-algorithms': f('allowedSignatureAlgorithms', {
                type: 'names',
                kind: 'signature',
                nullable: true
            }),
            'must-be-trusted': f('mustBeTrusted', { type: 'boolean' }),
            'hostname-must-match': f('hostnameMustMatch', { type: 'boolean' }),
            'chain-must-be-complete': f('chainMustBeComplete', { type: 'boolean' }),
            'chain-must-be-ordered': f('chainMustBeOrdered', { type: 'boolean' }),
            'ocsp-stapling': f('ocspStapling', { type: 'enum', values: ['required', 'if-responder', 'off'] })
        }
    }),
    targets: f('targets', {
        type: 'object',
        fields: {
            unreachable: f('unreachable', TARGET_SEVERITY),
            'not-tls': f('notTls', TARGET_SEVERITY),
            error: f('error', TARGET_SEVERITY)
        }
    }),
    clients: f('clients', {
        type: 'object',
        fields: {
            'must-connect': f('mustConnect', { type: 'names', kind: 'client' }),
            'must-not-connect': f('mustNotConnect', { type: 'names', kind: 'client' })
        }
    }),
    resumption: f('resumption', {
        type: 'object',
        fields: {
            'session-id': f('sessionId', RESUMPTION),
            tickets: f('tickets', RESUMPTION),
            'across-addresses': f('acrossAddresses', RESUMPTION)
        }
    }),
    severity: f('severity', { type: 'severity-map' }),
    waivers: f('waivers', { type: 'waivers' })
};
/** Keys of a policy document that are not rules. */
const DOCUMENT_KEYS = ['extends', 'name', 'description'];
const ALL_TOP_LEVEL_KEYS = [...DOCUMENT_KEYS, ...Object.keys(RULE_SECTIONS)];


;// CONCATENATED MODULE: ./src/policy/suggest.ts
// "did you mean": a typo in a policy must be caught and named, never silently weaken the gate.
/** Levenshtein distance, case-insensitive. */
function editDistance(a, b) {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const current = [i];
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[t.length];
}
/** The closest candidate when it is close enough to be a plausible typo, else null. */
function closest(input, candidates) {
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(input, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const limit = Math.max(2, Math.floor(input.length / 3));
    return best !== null && bestDistance <= limit ? best : null;
}
/** ' (did you mean "x"?)' or ''. */
function didYouMean(input, candidates) {
    const suggestion = closest(input, candidates);
    return suggestion ? `; did you mean "${suggestion}"?` : '';
}

;// CONCATENATED MODULE: ./src/model/policy.ts
/** Classes a cipher suite can be denied by (cipher-suites.denied-classes). */
const CIPHER_CLASSES = [
    'no-pfs',
    'cbc',
    '3des',
    'des',
    'rc4',
    'rc2',
    'idea',
    'null',
    'export',
    'anonymous',
    'sha1-mac',
    'md5-mac',
    'dhe',
    'static-rsa',
    'psk',
    'srp',
    'camellia',
    'aria',
    'chacha20',
    'ccm',
    'ccm8',
    'non-aead',
    'weak'
];

// EXTERNAL MODULE: ./src/clients/profiles/index.ts + 8 modules
var profiles = __webpack_require__(2607);
// EXTERNAL MODULE: ./src/registry/index.ts + 3 modules
var registry = __webpack_require__(1751);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/policy/names.ts
// Canonical spellings for the names a policy may use: protocol versions, suites (IANA or OpenSSL), groups
// (IANA or OpenSSL), certificate key types, curves and signature algorithms. Each canonicaliser returns null
// for an unknown name; `candidates*` feed "did you mean".



const squash = (text) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
const PROTOCOL_ALIASES = new Map();
for (const p of report/* PROTOCOL_NAMES */.g8)
    PROTOCOL_ALIASES.set(squash(p), p);
for (const [alias, p] of [
    ['tlsv1', 'TLSv1.0'],
    ['tls1', 'TLSv1.0'],
    ['tls10', 'TLSv1.0'],
    ['tls11', 'TLSv1.1'],
    ['tls12', 'TLSv1.2'],
    ['tls13', 'TLSv1.3'],
    ['ssl2', 'SSLv2'],
    ['ssl3', 'SSLv3']
]) {
    PROTOCOL_ALIASES.set(alias, p);
}
function canonicalProtocol(name) {
    return PROTOCOL_ALIASES.get(squash(name)) ?? null;
}
const candidateProtocols = () => [...report/* PROTOCOL_NAMES */.g8];
/** IANA name (or the registry's customary name) of a TLS suite. */
function canonicalSuite(name) {
    const suite = (0,registry/* suiteByName */.ty)(name);
    if (!suite || suite.sslv2 || suite.scsv)
        return null;
    return suite.iana ?? suite.name;
}
function candidateSuites() {
    const names = new Set();
    for (const suite of registry/* CIPHER_SUITES */.eD) {
        if (suite.sslv2 || suite.scsv)
            continue;
        names.add(suite.iana ?? suite.name);
        if (suite.openssl)
            names.add(suite.openssl);
    }
    return [...names];
}
function canonicalGroup(name) {
    return (0,registry/* groupByName */.mV)(name)?.name ?? null;
}
const candidateGroups = () => registry/* GROUPS */.fd.flatMap((g) => [g.name, ...g.opensslNames]);
const KEY_TYPES = new Map([
    ['rsa', 'RSA'],
    ['ec', 'EC'],
    ['ecdsa', 'EC'],
    ['ed25519', 'Ed25519'],
    ['ed448', 'Ed448'],
    ['dsa', 'DSA']
]);
function canonicalKeyType(name) {
    return KEY_TYPES.get(name.toLowerCase()) ?? null;
}
const candidateKeyTypes = () => ['RSA', 'EC', 'Ed25519', 'Ed448', 'DSA'];
const CURVES = new Map();
for (const [canonical, ...aliases] of [
    ['P-256', 'prime256v1', 'secp256r1', 'p256'],
    ['P-384', 'secp384r1', 'p384'],
    ['P-521', 'secp521r1', 'p521'],
    ['P-224', 'secp224r1', 'p224'],
    ['P-192', 'prime192v1', 'secp192r1', 'p192'],
    ['secp256k1'],
    ['brainpoolP256r1'],
    ['brainpoolP384r1'],
    ['brainpoolP512r1']
]) {
    for (const name of [canonical, ...aliases])
        CURVES.set(squash(name), canonical);
}
function canonicalCurve(name) {
    return CURVES.get(squash(name)) ?? null;
}
const candidateCurves = () => [
    'P-256',
    'P-384',
    'P-521',
    'P-224',
    'prime256v1',
    'secp384r1',
    'secp521r1'
];
// OpenSSL long names of certificate signature algorithms (as CertificateInfo.signatureAlgorithm spells them).
const SIGNATURES = [
    'md2WithRSAEncryption',
    'md5WithRSAEncryption',
    'sha1WithRSAEncryption',
    'sha224WithRSAEncryption',
    'sha256WithRSAEncryption',
    'sha384WithRSAEncryption',
    'sha512WithRSAEncryption',
    'rsassaPss',
    'ecdsa-with-SHA1',
    'ecdsa-with-SHA224',
    'ecdsa-with-SHA256',
    'ecdsa-with-SHA384',
    'ecdsa-with-SHA512',
    'dsaWithSHA1',
    'dsa_with_SHA224',
    'dsa_with_SHA256',
    'ED25519',
    'ED448'
];
const SIGNATURE_ALIASES = new Map(SIGNATURES.map((s) => [squash(s), s]));
SIGNATURE_ALIASES.set(squash('RSASSA-PSS'), 'rsassaPss');
SIGNATURE_ALIASES.set(squash('Ed25519'), 'ED25519');
function canonicalSignature(name) {
    return SIGNATURE_ALIASES.get(squash(name)) ?? null;
}
const candidateSignatures = () => [...SIGNATURES];
/** Does a certificate's signature algorithm use MD5 or SHA-1? (never acceptable below a root) */
function isWeakSignatureHash(signatureAlgorithm) {
    const s = squash(signatureAlgorithm);
    return /md2|md5|sha1(?!\d)/.test(s);
}
/** Client profile ids of the client simulation (src/clients). */
function canonicalClient(name) {
    return (0,profiles/* profileById */.G)(name.trim())?.id ?? null;
}
const candidateClients = () => profiles/* CLIENT_PROFILES */.p.map((p) => p.id);

// EXTERNAL MODULE: ./src/policy/rules.ts
var rules = __webpack_require__(1821);
;// CONCATENATED MODULE: ./src/policy/validate.ts
// Strict validation of a policy document: an unknown key, a wrong type or an unknown name is a usage error
// with file, line, column and, when one is close, a "did you mean". A typo must never weaken the gate.






function locatorFor(located, prefix = []) {
    return {
        file: located.file,
        valueError: (path, message) => located.errorAt([...prefix, ...path], message),
        keyError: (path, message) => {
            const position = located.keyPositionOf([...prefix, ...path]);
            if (!position)
                return located.errorAt([...prefix, ...path], message);
            return new errors/* ConfigurationError */.j1(message, {
                file: located.file,
                line: position.line,
                column: position.column
            });
        }
    };
}
function plainLocator(file, line) {
    const make = (_path, message) => new errors/* ConfigurationError */.j1(message, { file, line });
    return { file, valueError: make, keyError: make };
}
const dotted = (path) => path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (value instanceof Date)
        return 'a date';
    if (typeof value === 'object')
        return 'a mapping';
    return (0,errors/* describeFound */.Kq)(value);
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
function validatePolicyDocument(value, at) {
    if (!isPlainObject(value)) {
        throw at.valueError([], `a policy must be a mapping of rules, not ${typeName(value)}`);
    }
    for (const key of Object.keys(value)) {
        if (!ALL_TOP_LEVEL_KEYS.includes(key)) {
            throw at.keyError([key], `unknown policy key "${key}"${didYouMean(key, ALL_TOP_LEVEL_KEYS)}`);
        }
    }
    const document = { name: null, description: null, extends: [], rules: {} };
    for (const key of ['name', 'description']) {
        const text = value[key];
        if (text === undefined)
            continue;
        if (typeof text !== 'string')
            throw at.valueError([key], `${key} must be a string, not ${typeName(text)}`);
        document[key] = text;
    }
    const ext = value.extends;
    if (ext !== undefined) {
        const list = typeof ext === 'string' ? [ext] : ext;
        if (!Array.isArray(list)) {
            throw at.valueError(['extends'], `extends must be a preset name, a file, or a list of them, not ${typeName(ext)}`);
        }
        list.forEach((ref, i) => {
            const path = typeof ext === 'string' ? ['extends'] : ['extends', i];
            if (typeof ref !== 'string' || ref.trim() === '') {
                throw at.valueError(path, `extends entries must be preset names or file paths, not ${typeName(ref)}`);
            }
            document.extends.push({ ref: ref.trim(), path });
        });
    }
    const rules = {};
    for (const [key, field] of Object.entries(RULE_SECTIONS)) {
        if (value[key] === undefined)
            continue;
        rules[field.prop] = validateValue(value[key], field.spec, [key], at);
    }
    document.rules = rules;
    return document;
}
/** Validates only rules (no extends/name), e.g. an inline `policy:` mapping of a targets entry. */
function validateValue(value, spec, path, at) {
    const where = dotted(path);
    switch (spec.type) {
        case 'enum': {
            if (typeof value !== 'string' || !spec.values.includes(value)) {
                const hint = typeof value === 'string' ? didYouMean(value, spec.values) : '';
                throw at.valueError(path, `${where} must be one of ${spec.values.join(', ')}, not ${typeName(value)}${hint}`);
            }
            return value;
        }
        case 'boolean':
            if (typeof value !== 'boolean')
                throw at.valueError(path, `${where} must be true or false, not ${typeName(value)}`);
            return value;
        case 'integer':
            if (value === null && spec.nullable)
                return null;
            if (typeof value !== 'number' ||
                !Number.isInteger(value) ||
                value < spec.min ||
                (spec.max !== undefined && value > spec.max)) {
                const range = spec.max !== undefined ? `from ${spec.min} to ${spec.max}` : `of at least ${spec.min}`;
                throw at.valueError(path, `${where} must be a whole number ${range}${spec.nullable ? ' (or null)' : ''}, not ${typeName(value)}`);
            }
            return value;
        case 'fraction':
            if (value === null && spec.nullable)
                return null;
            if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
                throw at.valueError(path, `${where} must be a fraction from 0 to 1 (e.g. 0.33), not ${typeName(value)}`);
            }
            return value;
        case 'names':
            if (value === null && spec.nullable)
                return null;
            if (!Array.isArray(value)) {
                throw at.valueError(path, `${where} must be a list${spec.nullable ? ' (or null for "any")' : ''}, not ${typeName(value)}`);
            }
            return dedupe(value.map((item, i) => canonicalName(item, spec.kind, [...path, i], at)));
        case 'object': {
            if (!isPlainObject(value))
                throw at.valueError(path, `${where} must be a mapping, not ${typeName(value)}`);
            const out = {};
            const keys = Object.keys(spec.fields);
            for (const [key, item] of Object.entries(value)) {
                const field = spec.fields[key];
                if (!field)
                    throw at.keyError([...path, key], `unknown key "${key}" in ${where}${didYouMean(key, keys)}`);
                out[field.prop] = validateValue(item, field.spec, [...path, key], at);
            }
            return out;
        }
        case 'severity-map': {
            if (!isPlainObject(value))
                throw at.valueError(path, `${where} must map rule ids to error, warning or notice`);
            const out = {};
            for (const [rule, severity] of Object.entries(value)) {
                if (!(0,rules/* isRuleId */.KX)(rule))
                    throw at.keyError([...path, rule], `unknown rule id "${rule}"${didYouMean(rule, rules/* RULE_IDS */.Iu)}`);
                if (severity !== 'error' && severity !== 'warning' && severity !== 'notice') {
                    throw at.valueError([...path, rule], `${where}.${rule} must be error, warning or notice, not ${typeName(severity)}`);
                }
                out[rule] = severity;
            }
            return out;
        }
        case 'schedule':
            return validateSchedule(value, path, at);
        case 'waivers':
            return validateWaivers(value, path, at);
    }
}
function dedupe(items) {
    return [...new Set(items)];
}
const NAME_KINDS = {
    protocol: { what: 'protocol version', canonical: canonicalProtocol, candidates: candidateProtocols },
    cipher: {
        what: 'cipher suite (IANA or OpenSSL name)',
        canonical: canonicalSuite,
        candidates: candidateSuites
    },
    'cipher-class': {
        what: 'cipher-suite class',
        canonical: (s) => (CIPHER_CLASSES.includes(s) ? s : null),
        candidates: () => CIPHER_CLASSES
    },
    group: { what: 'key-exchange group', canonical: canonicalGroup, candidates: candidateGroups },
    'key-type': { what: 'key type', canonical: canonicalKeyType, candidates: candidateKeyTypes },
    curve: { what: 'certificate curve', canonical: canonicalCurve, candidates: candidateCurves },
    signature: { what: 'signature algorithm', canonical: canonicalSignature, candidates: candidateSignatures },
    client: { what: 'client profile', canonical: canonicalClient, candidates: candidateClients }
};
function canonicalName(item, kind, path, at) {
    const info = NAME_KINDS[kind];
    if (typeof item !== 'string')
        throw at.valueError(path, `${dotted(path)} must be a ${info.what}, not ${typeName(item)}`);
    const canonical = info.canonical(item);
    if (canonical === null) {
        throw at.valueError(path, `unknown ${info.what} "${item}"${didYouMean(item, info.candidates())}`);
    }
    return canonical;
}
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** YAML dates arrive as Date (js-yaml timestamps) or strings; both become ISO text. */
function dateText(value) {
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime()))
            return null;
        const iso = value.toISOString();
        return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
    }
    if (typeof value === 'string') {
        const text = value.trim();
        if (DATE_ONLY.test(text) ? Number.isNaN(Date.parse(`${text}T00:00:00Z`)) : Number.isNaN(Date.parse(text)))
            return null;
        if (!DATE_ONLY.test(text) && !/^\d{4}-\d{2}-\d{2}T/.test(text))
            return null;
        return text;
    }
    return null;
}
function validateSchedule(value, path, at) {
    if (value === null)
        return null;
    if (!Array.isArray(value) || value.length === 0) {
        throw at.valueError(path, `${dotted(path)} must be a list of { from: YYYY-MM-DD, max-days: N } (or null)`);
    }
    const steps = value.map((step, i) => {
        const here = [...path, i];
        if (!isPlainObject(step))
            throw at.valueError(here, `${dotted(here)} must be a mapping { from, max-days }`);
        for (const key of Object.keys(step)) {
            if (key !== 'from' && key !== 'max-days') {
                throw at.keyError([...here, key], `unknown key "${key}" in ${dotted(here)}${didYouMean(key, ['from', 'max-days'])}`);
            }
        }
        const from = dateText(step.from);
        if (from === null || !DATE_ONLY.test(from))
            throw at.valueError([...here, 'from'], `${dotted(here)}.from must be a date YYYY-MM-DD`);
        const maxDays = step['max-days'];
        if (typeof maxDays !== 'number' || !Number.isInteger(maxDays) || maxDays < 1) {
            throw at.valueError([...here, 'max-days'], `${dotted(here)}.max-days must be a whole number of days of at least 1`);
        }
        return { from, maxDays };
    });
    return steps.sort((a, b) => a.from.localeCompare(b.from));
}
/** Rules evaluated elsewhere (src/clients, resumption) may be waived by prefix. */
const EXTERNAL_RULE_PREFIXES = ['client.', 'clients.', 'resumption.'];
function validWaiverRule(rule) {
    if ((0,rules/* isRuleId */.KX)(rule))
        return true;
    if (rule.endsWith('.*')) {
        const prefix = rule.slice(0, -1);
        return rules/* RULE_IDS */.Iu.some((id) => id.startsWith(prefix)) || EXTERNAL_RULE_PREFIXES.includes(prefix);
    }
    return EXTERNAL_RULE_PREFIXES.some((prefix) => rule.startsWith(prefix) && rule.length > prefix.length);
}
function validateWaivers(value, path, at) {
    if (!Array.isArray(value))
        throw at.valueError(path, `waivers must be a list, not ${typeName(value)}`);
    const keys = ['rule', 'targets', 'reason', 'until'];
    return value.map((entry, i) => {
        const here = [...path, i];
        if (!isPlainObject(entry))
            throw at.valueError(here, `waivers[${i}] must be a mapping with rule, reason and until`);
        for (const key of Object.keys(entry)) {
            if (!keys.includes(key))
                throw at.keyError([...here, key], `unknown key "${key}" in waivers[${i}]${didYouMean(key, keys)}`);
        }
        const rule = entry.rule;
        if (typeof rule !== 'string' || rule.trim() === '')
            throw at.valueError(here, `waivers[${i}] needs a rule (a rule id such as cipher.not-allowed)`);
        if (!validWaiverRule(rule))
            throw at.valueError([...here, 'rule'], `unknown rule id "${rule}" in waivers[${i}]${didYouMean(rule, rules/* RULE_IDS */.Iu)}`);
        const reason = entry.reason;
        if (typeof reason !== 'string' || reason.trim() === '')
            throw at.valueError(here, `waivers[${i}] needs a reason: say why the exception is granted`);
        if (entry.until === undefined || entry.until === null) {
            throw at.valueError(here, `waivers[${i}] needs an until date (YYYY-MM-DD): waivers without an end date are not accepted`);
        }
        const until = dateText(entry.until);
        if (until === null)
            throw at.valueError([...here, 'until'], `waivers[${i}].until must be a date YYYY-MM-DD or an ISO 8601 timestamp`);
        let targets = null;
        if (entry.targets !== undefined) {
            const list = typeof entry.targets === 'string' ? [entry.targets] : entry.targets;
            if (!Array.isArray(list) || list.some((t) => typeof t !== 'string' || t === '')) {
                throw at.valueError([...here, 'targets'], `waivers[${i}].targets must be a list of target names`);
            }
            targets = list;
        }
        return { rule: rule.trim(), targets, reason: reason.trim(), until, source: at.file };
    });
}

;// CONCATENATED MODULE: ./src/policy/load.ts
// Resolving a policy reference (preset name, YAML file, or inline mapping) into the rules in force:
// base checks, then each `extends` in order, then the document's own rules; later layers win.










/** Deep copy of plain data (policies are JSON-shaped). */
function clone(value) {
    if (Array.isArray(value))
        return value.map(clone);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
    }
    return value;
}
/** The `section.prop` keys a layer sets (`protocols.required`), for provenance. */
function layerKeys(layer) {
    return Object.entries(layer).flatMap(([key, value]) => {
        if (value === undefined || key === 'userWritten')
            return [];
        if (typeof value !== 'object' || value === null || Array.isArray(value) || key === 'severity')
            return [key];
        return Object.entries(value)
            .filter(([, item]) => item !== undefined)
            .map(([prop]) => `${key}.${prop}`);
    });
}
/** The user-written keys after a layer: the user's layer adds its keys, a preset's layer takes them back. */
function provenanceAfter(rules, layer, origin) {
    const keys = layerKeys(layer);
    const kept = rules.userWritten.filter((key) => !keys.includes(key));
    return origin === 'user' ? [...kept, ...keys] : kept;
}
/** Applies one layer on top of rules (a fresh object; the input is not changed). */
function mergeLayer(rules, layer, origin = 'user') {
    const out = clone(rules);
    out.userWritten = provenanceAfter(rules, layer, origin);
    for (const [key, value] of Object.entries(layer)) {
        if (value === undefined || key === 'userWritten')
            continue;
        if (key === 'waivers') {
            out.waivers = [...out.waivers, ...value];
        }
        else if (key === 'severity') {
            out.severity = { ...out.severity, ...value };
        }
        else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
            const section = out[key];
            for (const [prop, item] of Object.entries(value)) {
                if (item === undefined)
                    continue;
                if (prop === 'expiry')
                    section.expiry = { ...section.expiry, ...item };
                else
                    section[prop] = clone(item);
            }
        }
        else {
            out[key] = clone(value);
        }
    }
    return out;
}
function finish(name, source, resolution) {
    let rules = baseRules();
    resolution.layers.forEach((layer, i) => {
        rules = mergeLayer(rules, layer, resolution.origins[i]);
    });
    return { name, source, chain: resolution.chain, rules, notChecked: [...new Set(resolution.notChecked)] };
}
function presetResolution(name, seen) {
    const preset = PRESETS[name];
    if (seen.includes(`preset:${name}`))
        throw new errors/* ConfigurationError */.j1(`policy presets extend each other in a cycle: ${[...seen, name].join(' -> ')}`);
    const resolution = { chain: [], layers: [], origins: [], notChecked: [] };
    for (const parent of preset.extends ?? [])
        append(resolution, presetResolution(parent, [...seen, `preset:${name}`]));
    resolution.chain.push(name);
    resolution.layers.push(preset.rules);
    resolution.origins.push('preset');
    resolution.notChecked.push(...preset.notChecked.map((note) => `${name}: ${note}`));
    return resolution;
}
function append(into, from) {
    into.chain.push(...from.chain);
    into.layers.push(...from.layers);
    into.origins.push(...from.origins);
    into.notChecked.push(...from.notChecked);
}
const looksLikeFile = (ref) => /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);
async function readPolicyFile(file, shown, at) {
    let text;
    try {
        text = await (0,input_files/* readInputFile */.jH)(file, 'policy file', shown);
    }
    catch (error) {
        if (!(error instanceof input_files/* InputFileError */.TH))
            throw error;
        const why = error.problem === 'missing' ? 'not found' : error.reason;
        const message = `policy file "${shown}" ${why} (presets: ${PRESET_NAMES.join(', ')})`;
        throw at ? at.locator.valueError(at.path, message) : new errors/* ConfigurationError */.j1(message);
    }
    return (0,located/* loadYamlWithPositions */.W)(text, shown);
}
/** A reference in `extends`, --policy or a targets entry: preset or file (relative to baseDir). */
async function resolveRef(ref, baseDir, seen, at, guard) {
    if (PRESETS[ref])
        return presetResolution(ref, seen);
    const file = external_node_path_default().resolve(baseDir, ref);
    const refusal = guard?.(file);
    if (refusal) {
        const message = `policy file ${JSON.stringify(ref)} ${refusal}`;
        throw at ? at.locator.valueError(at.path, message) : new errors/* ConfigurationError */.j1(message);
    }
    if (!looksLikeFile(ref)) {
        // Not a preset; a file by that name is still accepted, but a typo of a preset is what it usually is.
        // Only whether something is there: readPolicyFile reads it, bounded, and says what is wrong with it.
        try {
            await (0,promises_.stat)(file);
        }
        catch {
            const message = `unknown policy preset "${ref}"${didYouMean(ref, PRESET_NAMES)} (presets: ${PRESET_NAMES.join(', ')}; or give a .yml file)`;
            throw at ? at.locator.valueError(at.path, message) : new errors/* ConfigurationError */.j1(message);
        }
    }
    if (seen.includes(file)) {
        const message = `policy files extend each other in a cycle: ${[...seen, file].map((f) => external_node_path_default().relative(baseDir, f) || f).join(' -> ')}`;
        throw at ? at.locator.valueError(at.path, message) : new errors/* ConfigurationError */.j1(message);
    }
    const shown = external_node_path_default().isAbsolute(ref) ? ref : external_node_path_default().relative(process.cwd(), file) || ref;
    const located = await readPolicyFile(file, shown, at);
    const document = validatePolicyDocument(located.value, locatorFor(located));
    return documentResolution(document, external_node_path_default().dirname(file), [...seen, file], locatorFor(located), shown, guard);
}
async function documentResolution(document, baseDir, seen, locator, label, guard) {
    const resolution = { chain: [], layers: [], origins: [], notChecked: [] };
    for (const parent of document.extends) {
        append(resolution, await resolveRef(parent.ref, baseDir, seen, { locator, path: parent.path }, guard));
    }
    resolution.chain.push(label);
    resolution.layers.push(document.rules);
    resolution.origins.push('user');
    if (document.name)
        resolution.documentName = document.name;
    return resolution;
}
/**
 * The policy in force for `ref`: undefined = the default (Mozilla intermediate plus expiry, trust, hostname and
 * chain checks), a preset name, or a YAML file (relative to baseDir). `guard` may refuse any file of the chain.
 */
async function loadPolicy(ref, options) {
    if (ref === undefined || ref.trim() === '') {
        return finish(DEFAULT_PRESET, 'default', presetResolution(DEFAULT_PRESET, []));
    }
    const trimmed = ref.trim();
    const resolution = await resolveRef(trimmed, options.baseDir, [], undefined, options.guard);
    return finish(resolution.documentName ?? trimmed, PRESETS[trimmed] ? 'preset' : trimmed, resolution);
}
/**
 * A targets-file entry's `policy`: a preset name, a file, or a mapping of rules (which may `extends`). An inline
 * mapping without `extends` starts from the default policy, so a target never loses the base checks by
 * overriding one rule.
 */
async function resolveInlinePolicy(value, where) {
    const locator = where.located
        ? locatorFor(where.located, where.path ?? [])
        : plainLocator(where.file, where.line);
    const line = where.located?.positionOf(where.path ?? [])?.line ?? where.line;
    if (typeof value === 'string') {
        try {
            return await loadPolicy(value, { baseDir: where.baseDir });
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1 && !error.file)
                throw locator.valueError([], error.message);
            throw error;
        }
    }
    const document = validatePolicyDocument(value, locator);
    const label = `inline (${where.file}${line !== undefined ? `:${line}` : ''})`;
    if (document.extends.length === 0)
        document.extends.push({ ref: DEFAULT_PRESET, path: [] });
    const resolution = await documentResolution(document, where.baseDir, [], locator, label);
    return finish(document.name ?? label, label, resolution);
}
// ---- policy show ----
const roundFraction = (n) => Math.round(n * 1e6) / 1e6;
function toYamlValue(value, spec) {
    if (value === null || value === undefined)
        return null;
    switch (spec.type) {
        case 'object': {
            const out = {};
            for (const [key, field] of Object.entries(spec.fields)) {
                out[key] = toYamlValue(value[field.prop], field.spec);
            }
            return out;
        }
        case 'fraction':
            return roundFraction(value);
        case 'schedule':
            return value.map((s) => ({
                from: s.from,
                'max-days': s.maxDays
            }));
        case 'waivers':
            return value.map((w) => ({
                rule: w.rule,
                ...(w.targets ? { targets: w.targets } : {}),
                reason: w.reason,
                until: w.until
            }));
        default:
            return clone(value);
    }
}
/** The resolved policy as a YAML document that `policy check` accepts and that resolves to the same rules. */
function policyToYaml(policy) {
    const document = { name: policy.name };
    for (const [key, field] of Object.entries(RULE_SECTIONS)) {
        document[key] = toYamlValue(policy.rules[field.prop], field.spec);
    }
    const header = [
        `# Resolved policy "${policy.name}" (source: ${policy.source})`,
        `# Layers, first to last: base checks, ${policy.chain.join(', ')}`,
        ...(policy.notChecked.length
            ? ['# Not checked by a TLS scan:', ...policy.notChecked.map((note) => `#  - ${note}`)]
            : [])
    ];
    return `${header.join('\n')}\n${(0,js_yaml/* dump */.Bh)(document, { lineWidth: 110, noRefs: true })}`;
}

// EXTERNAL MODULE: ./src/model/fail-on.ts
var fail_on = __webpack_require__(4095);
// EXTERNAL MODULE: ./src/remediation/index.ts + 10 modules
var remediation = __webpack_require__(6628);
;// CONCATENATED MODULE: ./src/policy/checks/finding.ts
/** A finding as a checker produces it: no waiver yet (waivers are applied after every check). */
function finding(draft) {
    return { fix: {}, reproduce: null, ...draft, waiver: null };
}
/** `targets.*` settings say error, warning or ignore; an ignored problem is still reported, as a notice. */
function targetSeverity(setting) {
    return setting === 'ignore' ? 'notice' : setting;
}

const list = (items) => items.join(', ');
/** Days to one decimal, as evidence records them (messages count whole days: model/days.ts). */
const days = (n) => Math.round(n * 10) / 10;

;// CONCATENATED MODULE: ./src/policy/checks/status.ts


const RULE = {
    unreachable: 'target.unreachable',
    'not-tls': 'target.not-tls',
    error: 'target.error'
};
function checkStatus(t, rules) {
    if (t.status === 'ok')
        return null;
    const rule = RULE[t.status];
    const setting = t.status === 'unreachable'
        ? rules.targets.unreachable
        : t.status === 'not-tls'
            ? rules.targets.notTls
            : rules.targets.error;
    const why = t.error?.message ?? 'no reason given';
    const message = t.status === 'unreachable'
        ? `${t.name} could not be reached: ${why}`
        : t.status === 'not-tls'
            ? `${t.name} does not speak TLS: ${why}`
            : `${t.name} could not be scanned: ${why}`;
    return [
        finding({
            rule,
            severity: targetSeverity(setting),
            message,
            evidence: { status: t.status, code: t.error?.code ?? null, error: t.error?.message ?? null },
            fix: (0,remediation/* targetFix */.dH)(rule),
            reproduce: (0,remediation/* reproduceReachability */.Tg)(t)
        })
    ];
}

;// CONCATENATED MODULE: ./src/policy/checks/compatibility.ts


/** Policy keys whose miss is a compatibility shortfall; every other key guards security. */
const COMPATIBILITY_KEYS = (/* unused pure expression or super */ null && (['protocols.required', 'cipherSuites.required']));
/** An error when the user's policy wrote the requirement, a warning when it came from a preset. */
function compatibilitySeverity(rules, key) {
    return rules.userWritten.includes(key) ? 'error' : 'warning';
}
/** Client profiles that cannot connect: the simulation's verdict when the scan ran it, else the profiles that
 * speak none of the versions the server accepts. */
function clientsLeftOut(t) {
    if (t.clients?.length) {
        return t.clients.filter((c) => !c.connects).map((c) => (0,profiles/* profileById */.G)(c.profile)?.name ?? c.profile);
    }
    const accepted = report/* PROTOCOL_NAMES */.g8.filter((p) => t.protocols[p]);
    return profiles/* CLIENT_PROFILES */.p.filter((profile) => !profile.versions.some((v) => accepted.includes(v))).map((profile) => profile.name);
}
/** " Clients that cannot connect: A, B." or the simulation's all-clear, for a compatibility finding's message. */
function leftOutSentence(t, clients) {
    if (clients.length)
        return ` Clients that cannot connect: ${clients.join('; ')}.`;
    return t.clients?.length ? ' Every simulated client connects.' : '';
}
/** The protocol versions a client profile must speak to reach this server, for evidence. */
const acceptedVersions = (t) => report/* PROTOCOL_NAMES */.g8.filter((p) => t.protocols[p]);

;// CONCATENATED MODULE: ./src/policy/checks/protocols.ts




function checkProtocols(t, rules) {
    const out = [];
    const { allowed, required } = rules.protocols;
    for (const p of report/* PROTOCOL_NAMES */.g8) {
        if (t.protocols[p] && allowed && !allowed.includes(p)) {
            out.push(finding({
                rule: 'protocol.not-allowed',
                severity: 'error',
                message: `${t.name} accepts ${p}, which the policy does not allow (allowed: ${list(allowed) || 'none'}).`,
                evidence: { protocol: p, allowed },
                fix: (0,remediation/* protocolFix */.Uh)(rules),
                reproduce: (0,remediation/* reproduceProtocol */.gJ)(t, p)
            }));
        }
    }
    for (const p of required)
        if (!t.protocols[p])
            out.push(missing(t, rules, p));
    return out;
}
/** A required version the server does not accept: compatibility, so a warning unless the user required it. */
function missing(t, rules, p) {
    const severity = compatibilitySeverity(rules, 'protocols.required');
    const clients = severity === 'error' ? [] : clientsLeftOut(t);
    const message = severity === 'error'
        ? `${t.name} does not accept ${p}, which the policy requires.`
        : `${t.name} does not accept ${p}, which the policy's preset expects for compatibility: the server is stricter than the policy.${leftOutSentence(t, clients)}`;
    return finding({
        rule: 'protocol.missing',
        severity,
        message,
        evidence: {
            protocol: p,
            accepted: acceptedVersions(t),
            requiredBy: severity === 'error' ? 'policy' : 'preset',
            ...(severity === 'error' ? {} : { clientsThatCannotConnect: clients })
        },
        fix: (0,remediation/* protocolFix */.Uh)(rules),
        reproduce: (0,remediation/* reproduceProtocol */.gJ)(t, p)
    });
}

;// CONCATENATED MODULE: ./src/policy/checks/accepted.ts

/** Versions the target accepts with at least one suite: the ones whose suites and order can be judged. */
function acceptedProtocols(t) {
    return report/* PROTOCOL_NAMES */.g8.filter((p) => t.protocols[p] && (t.cipherSuites[p]?.length ?? 0) > 0);
}

;// CONCATENATED MODULE: ./src/policy/checks/suites.ts





function notAllowed(t, rules, p) {
    const rejected = (t.cipherSuites[p] ?? [])
        .map((suite) => ({ suite, reason: (0,remediation/* suiteRejection */.gC)(suite, rules) }))
        .filter((r) => r.reason !== null);
    if (rejected.length === 0)
        return null;
    const names = rejected.map((r) => r.suite);
    return finding({
        rule: 'cipher.not-allowed',
        severity: 'error',
        message: `${t.name} accepts ${names.length === 1 ? 'a cipher suite' : `${names.length} cipher suites`} over ${p} that the policy does not allow: ${list(names)}.`,
        evidence: {
            protocol: p,
            suites: names,
            reasons: Object.fromEntries(rejected.map((r) => [r.suite, r.reason]))
        },
        fix: (0,remediation/* cipherFix */.Ni)(rules),
        reproduce: (0,remediation/* reproduceSuite */.w$)(t, p, names[0])
    });
}
function suites_missing(t, rules) {
    const accepted = new Set(report/* PROTOCOL_NAMES */.g8.flatMap((p) => t.cipherSuites[p] ?? []));
    const absent = rules.cipherSuites.required.filter((s) => !accepted.has(s));
    if (absent.length === 0)
        return null;
    const p = absent.some((s) => s.startsWith('TLS_AES_') || s.startsWith('TLS_CHACHA20_'))
        ? 'TLSv1.3'
        : 'TLSv1.2';
    const severity = compatibilitySeverity(rules, 'cipherSuites.required');
    const clients = severity === 'error' || !t.clients?.length ? [] : clientsLeftOut(t);
    return finding({
        rule: 'cipher.missing',
        severity,
        message: severity === 'error'
            ? `${t.name} does not accept ${list(absent)}, which the policy requires.`
            : `${t.name} does not accept ${list(absent)}, which the policy's preset expects for compatibility.${leftOutSentence(t, clients)}`,
        evidence: { suites: absent, requiredBy: severity === 'error' ? 'policy' : 'preset' },
        fix: (0,remediation/* cipherFix */.Ni)(rules),
        reproduce: (0,remediation/* reproduceSuite */.w$)(t, p, absent[0])
    });
}
function checkSuites(t, rules) {
    const found = acceptedProtocols(t).map((p) => notAllowed(t, rules, p));
    return [...found, suites_missing(t, rules)].filter((f) => f !== null);
}

;// CONCATENATED MODULE: ./src/policy/checks/order.ts



function checkOrder(t, rules) {
    if (rules.serverPreference === 'any')
        return [];
    const wanted = rules.serverPreference === 'required';
    // Order is only observable with more than one suite, and only where the scan could tell.
    const offending = acceptedProtocols(t).filter((p) => {
        const enforced = t.serverPreference[p];
        return (t.cipherSuites[p]?.length ?? 0) > 1 && enforced !== undefined && enforced !== wanted;
    });
    if (offending.length === 0)
        return [];
    const first = offending[0];
    return [
        finding({
            rule: 'cipher.order',
            severity: 'warning',
            message: wanted
                ? `${t.name} lets the client choose the cipher suite over ${list(offending)}; the policy requires the server's order.`
                : `${t.name} imposes its own cipher-suite order over ${list(offending)}; the policy requires the client's order.`,
            evidence: { protocols: offending, serverPreference: rules.serverPreference },
            fix: (0,remediation/* orderFix */.y1)(rules),
            reproduce: (0,remediation/* reproduceOrder */.Ef)(t, first, t.cipherSuites[first] ?? [])
        })
    ];
}

;// CONCATENATED MODULE: ./src/policy/checks/key-exchange.ts


const reproduceGroupOf = (t, group) => (0,remediation/* reproduceGroup */.X6)(t, group, t.keyExchange.tls13Groups.includes(group));
function weakFfdheGroups(t, rules) {
    const min = rules.keyExchange.minDhBits;
    return t.groups.filter((g) => (0,remediation/* isFfdheGroup */.RN)(g) && min !== null && ((0,remediation/* groupBits */.S8)(g) ?? 0) < min);
}
function smallCurves(t, rules) {
    const min = rules.keyExchange.minEcdhBits;
    return t.groups.filter((g) => {
        const bits = (0,remediation/* groupBits */.S8)(g);
        return !(0,remediation/* isFfdheGroup */.RN)(g) && min !== null && bits !== null && bits < min;
    });
}
function weakDh(t, rules, weakFfdhe) {
    const min = rules.keyExchange.minDhBits;
    const dhBits = t.keyExchange.dhBits;
    if (min === null)
        return null;
    const smallParams = dhBits !== null && dhBits < min;
    if (!smallParams && weakFfdhe.length === 0)
        return null;
    return finding({
        rule: 'kex.weak-dh',
        severity: 'error',
        message: smallParams
            ? `${t.name} uses ${dhBits}-bit DH parameters; the policy requires at least ${min} bits.`
            : `${t.name} accepts ${list(weakFfdhe)}, smaller than the ${min} bits the policy requires.`,
        evidence: { dhBits, groups: weakFfdhe, minDhBits: min },
        fix: (0,remediation/* dhFix */.Mj)(rules),
        reproduce: smallParams ? (0,remediation/* reproduceDh */.G4)(t) : reproduceGroupOf(t, weakFfdhe[0])
    });
}
function curvesTooSmall(t, rules, tooSmall) {
    if (tooSmall.length === 0)
        return null;
    return finding({
        rule: 'kex.group-not-allowed',
        severity: 'error',
        message: `${t.name} accepts ${list(tooSmall)}, smaller than the ${rules.keyExchange.minEcdhBits}-bit curves the policy requires.`,
        evidence: { groups: tooSmall, minEcdhBits: rules.keyExchange.minEcdhBits },
        fix: (0,remediation/* groupFix */.Te)(rules),
        reproduce: reproduceGroupOf(t, tooSmall[0])
    });
}
function groupsNotAllowed(t, rules, reported) {
    const allowed = rules.keyExchange.allowedGroups;
    if (!allowed)
        return null;
    const notAllowed = t.groups.filter((g) => !allowed.includes(g) && !reported.includes(g));
    if (notAllowed.length === 0)
        return null;
    return finding({
        rule: 'kex.group-not-allowed',
        severity: 'warning',
        message: `${t.name} accepts key-exchange groups the policy does not allow: ${list(notAllowed)}.`,
        evidence: { groups: notAllowed, allowed },
        fix: (0,remediation/* groupFix */.Te)(rules),
        reproduce: reproduceGroupOf(t, notAllowed[0])
    });
}
function checkKeyExchange(t, rules) {
    const weakFfdhe = weakFfdheGroups(t, rules);
    const tooSmall = smallCurves(t, rules);
    return [
        weakDh(t, rules, weakFfdhe),
        curvesTooSmall(t, rules, tooSmall),
        groupsNotAllowed(t, rules, [...tooSmall, ...weakFfdhe])
    ].filter((f) => f !== null);
}

// EXTERNAL MODULE: ./src/diagnose/chain-cause.ts
var chain_cause = __webpack_require__(5779);
;// CONCATENATED MODULE: ./src/policy/checks/certificate/context.ts



function certFinding(check, rule, severity, message, evidence, reproduce = (0,remediation/* reproduceCertificate */.tr)(check.t)) {
    return finding({ rule, severity, message, evidence, fix: (0,remediation/* certificateFix */.X4)(check.rules, rule), reproduce });
}
/** A self-signed CA in the chain is the anchor: its own key and expiry are the root program's concern. */
function isRootLike(cert) {
    return cert.selfSigned && cert.isCA;
}
/** The policy wants the intermediates sent and the server did not send one that exists (not: the issuer is a
 * root nobody here trusts, which is certificate.untrusted). */
function chainIncomplete({ rules, cert }) {
    return rules.certificates.chainMustBeComplete && !cert.chainComplete && !(0,chain_cause/* anchorUnknown */.Y)(cert);
}

;// CONCATENATED MODULE: ./src/policy/checks/certificate/chain.ts




/** Who still connects without the intermediate: those that fetch it (AIA) or ship it; the rest do not. */
const CONNECT_WITHOUT_INTERMEDIATE = [
    'browsers that fetch it through AIA (Chrome, Edge, Safari)',
    'browsers that preload intermediates (Firefox)'
];
const FAIL_WITHOUT_INTERMEDIATE = ['curl', 'OpenSSL', 'Java', 'Python', 'Go'];
function incomplete(check, sent) {
    const { t, cert } = check;
    const missing = cert.missingIssuer;
    const cause = (0,chain_cause/* untrustedCause */.c)(cert);
    // The diagnosis names the intermediate actually found through AIA; the missing issuer is only its name.
    const diagnosed = cause?.cause === 'missing-intermediate' ? cause : null;
    const name = diagnosed?.subject ?? missing?.subject;
    const who = diagnosed
        ? ` ${list(CONNECT_WITHOUT_INTERMEDIATE)} still connect; ${list(FAIL_WITHOUT_INTERMEDIATE)} do not.`
        : '';
    return finding({
        rule: 'chain.incomplete',
        severity: 'error',
        message: `${t.name} does not send the intermediate certificate${name ? ` "${name}"` : ''} needed to reach a trusted root.${who}`,
        evidence: {
            missingIssuer: missing,
            sent,
            ...(diagnosed
                ? {
                    intermediate: diagnosed.subject,
                    chainDiagnosis: diagnosed,
                    clientsThatConnect: CONNECT_WITHOUT_INTERMEDIATE,
                    clientsThatFail: FAIL_WITHOUT_INTERMEDIATE
                }
                : {})
        },
        fix: (0,remediation/* chainFix */.LP)('incomplete'),
        reproduce: (0,remediation/* reproduceVerify */.rd)(t)
    });
}
function checkChain(check) {
    const { t, cert } = check;
    const c = check.rules.certificates;
    const sent = cert.chain.map((cc) => cc.subject);
    const out = [];
    if (chainIncomplete(check))
        out.push(incomplete(check, sent));
    if (c.chainMustBeOrdered && !cert.chainOrdered) {
        out.push(finding({
            rule: 'chain.order',
            severity: 'warning',
            message: `${t.name} sends its certificates out of order: ${list(sent)}.`,
            evidence: { sent },
            fix: (0,remediation/* chainFix */.LP)('order'),
            reproduce: (0,remediation/* reproduceCertificate */.tr)(t)
        }));
    }
    if (c.chainMustBeComplete && cert.extraCertificates.length) {
        out.push(finding({
            rule: 'chain.extra-certificates',
            severity: 'warning',
            message: `${t.name} sends certificates that belong to no chain: ${list(cert.extraCertificates)}.`,
            evidence: { extra: cert.extraCertificates },
            fix: (0,remediation/* chainFix */.LP)('extra'),
            reproduce: (0,remediation/* reproduceCertificate */.tr)(t)
        }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy/checks/certificate/hostname.ts



function checkHostname(check) {
    const { t, cert, leaf } = check;
    if (!check.rules.certificates.hostnameMustMatch || cert.hostnameMatch)
        return [];
    return [
        certFinding(check, 'certificate.hostname-mismatch', 'error', `${t.name} serves a certificate that does not name ${t.sni ?? t.host} (it names ${list(leaf.subjectAltNames) || leaf.subject}).`, { host: t.host, sni: t.sni, subjectAltNames: leaf.subjectAltNames, subject: leaf.subject }, (0,remediation/* reproduceVerify */.rd)(t))
    ];
}

// EXTERNAL MODULE: ./src/model/days.ts
var model_days = __webpack_require__(9906);
;// CONCATENATED MODULE: ./src/policy/checks/certificate/intermediates.ts
// chain.intermediate-expiring: an intermediate (not the anchor) that expired, or expires within warn-days.



function checkIntermediates(check) {
    const { t, now } = check;
    const warnDays = check.rules.certificates.expiry.warnDays;
    const out = [];
    for (const intermediate of check.cert.chain.slice(1)) {
        if (isRootLike(intermediate))
            continue;
        const left = (Date.parse(intermediate.notAfter) - now) / model_days/* DAY_MS */.sO;
        const due = left < 0 || (warnDays !== null && left <= warnDays);
        if (!due)
            continue;
        const whole = (0,model_days/* wholeDays */.n8)(left);
        out.push(certFinding(check, 'chain.intermediate-expiring', left < 0 ? 'error' : 'warning', left < 0
            ? `${t.name} sends an intermediate certificate that expired ${-whole} ${whole === -1 ? 'day' : 'days'} ago: ${intermediate.subject}.`
            : `${t.name} sends an intermediate certificate that expires in ${whole} ${whole === 1 ? 'day' : 'days'}: ${intermediate.subject}.`, { subject: intermediate.subject, notAfter: intermediate.notAfter, daysRemaining: days(left) }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy/checks/certificate/key.ts


function isWeak(cert, c) {
    if ((cert.keyType === 'RSA' || cert.keyType === 'DSA') && c.minRsaBits !== null)
        return (cert.keyBits ?? 0) < c.minRsaBits;
    if (cert.keyType === 'EC' && c.minEcBits !== null)
        return (cert.keyBits ?? 0) < c.minEcBits;
    return false;
}
function checkKeyStrength(check) {
    const c = check.rules.certificates;
    const weakKeys = check.cert.chain.filter((cc, i) => !(i > 0 && isRootLike(cc)) && isWeak(cc, c));
    if (weakKeys.length === 0)
        return [];
    const names = weakKeys.map((k) => `${k.subject} (${k.keyType} ${k.keyBits ?? '?'} bits)`);
    return [
        certFinding(check, 'certificate.weak-key', 'error', `${check.t.name} sends ${weakKeys.length === 1 ? 'a certificate' : 'certificates'} with a weak key: ${list(names)}.`, {
            certificates: weakKeys.map((k) => ({ subject: k.subject, keyType: k.keyType, keyBits: k.keyBits })),
            minRsaBits: c.minRsaBits,
            minEcBits: c.minEcBits
        })
    ];
}
function checkKeyType(check) {
    const { leaf } = check;
    const c = check.rules.certificates;
    const typeAllowed = !c.allowedKeyTypes || c.allowedKeyTypes.includes(leaf.keyType);
    const curveAllowed = leaf.keyType !== 'EC' ||
        !c.allowedCurves ||
        (leaf.curve !== null && c.allowedCurves.includes(leaf.curve));
    if (typeAllowed && curveAllowed)
        return [];
    const what = typeAllowed
        ? `an EC key on ${leaf.curve ?? 'an unknown curve'} (allowed curves: ${list(c.allowedCurves ?? [])})`
        : `a ${leaf.keyType} key (allowed: ${list(c.allowedKeyTypes ?? [])})`;
    return [
        certFinding(check, 'certificate.key-type-not-allowed', 'error', `${check.t.name} serves a certificate with ${what}.`, {
            subject: leaf.subject,
            keyType: leaf.keyType,
            curve: leaf.curve,
            allowedKeyTypes: c.allowedKeyTypes,
            allowedCurves: c.allowedCurves
        })
    ];
}

;// CONCATENATED MODULE: ./src/policy/checks/certificate/lifetime.ts



/** CA/B Forum BR §6.3.2: notBefore through notAfter inclusive, any part of a day counting as a day. */
function validityDaysInclusive(notBefore, notAfter) {
    return Math.ceil((notAfter - notBefore + 1000) / model_days/* DAY_MS */.sO);
}
/** The schedule's step in force when the certificate was issued (the last one starting on or before). */
function scheduleLimit(rules, notBefore) {
    const schedule = rules.certificates.lifetimeSchedule;
    if (!schedule)
        return null;
    let limit = null;
    for (const step of schedule)
        if (Date.parse(`${step.from}T00:00:00Z`) <= notBefore)
            limit = step;
    return limit;
}
/** Whether a lifetime limit applies: a public anchor always ('mozilla' holds the public roots; a system root
 * is recorded as 'system' only when it is not one of them), any other anchor when the policy opts in. */
function lifetimeEnforced({ cert, rules }) {
    return cert.trustStore === 'mozilla' || rules.certificates.lifetimeForPrivateCa;
}
function checkLifetime(check) {
    if (!lifetimeEnforced(check))
        return [];
    const { t, leaf } = check;
    const max = check.rules.certificates.maxLifetimeDays;
    const notBefore = Date.parse(leaf.notBefore);
    const notAfter = Date.parse(leaf.notAfter);
    const out = [];
    const evidence = { subject: leaf.subject, trustStore: check.cert.trustStore };
    // Whole days, notAfter inclusive: 366 days and 12 hours is 366 days, within a 366-day limit.
    const lifetimeDays = (0,model_days/* lifetimeWholeDays */.AQ)(notBefore, notAfter);
    if (max !== null && lifetimeDays > max) {
        out.push(certFinding(check, 'certificate.lifetime', 'error', `${t.name} serves a certificate valid for ${lifetimeDays} days; the policy allows at most ${max}.`, { ...evidence, lifetimeDays, maxLifetimeDays: max }));
    }
    const step = scheduleLimit(check.rules, notBefore);
    const inclusive = validityDaysInclusive(notBefore, notAfter);
    if (step && inclusive > step.maxDays) {
        out.push(certFinding(check, 'certificate.lifetime', 'error', `${t.name} serves a certificate issued ${leaf.notBefore.slice(0, 10)} with a ${inclusive}-day validity; certificates issued from ${step.from} may last at most ${step.maxDays} days.`, { ...evidence, validityDays: inclusive, maxDays: step.maxDays, scheduleFrom: step.from }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy/checks/certificate/malformed.ts


/** The leaf could not be parsed at all: the scan says so, or not even its subject could be read. */
function isMalformed(cert) {
    const leaf = cert.chain[0];
    return cert.error?.code === 'CERT_PARSE' || (leaf?.parseError !== undefined && leaf.subject === '');
}
function malformedFinding(t, cert) {
    const leaf = cert.chain[0];
    const parseError = leaf?.parseError ?? cert.error?.message ?? 'unknown parse error';
    return finding({
        rule: 'certificate.malformed',
        severity: 'error',
        message: `${t.name} serves a certificate that cannot be parsed: ${parseError}.`,
        evidence: {
            parseError,
            sha256Fingerprint: leaf?.sha256Fingerprint ?? null,
            error: cert.error ?? null
        },
        fix: {
            text: 'Serve the certificate as issued: a PEM file whose blocks hold DER certificates (check that the file was not truncated, re-encoded or mixed up with the key).'
        },
        reproduce: (0,remediation/* reproduceCertificate */.tr)(t)
    });
}

;// CONCATENATED MODULE: ./src/policy/checks/certificate/signature.ts



function checkSignatures(check) {
    const { leaf } = check;
    const allowed = check.rules.certificates.allowedSignatureAlgorithms;
    const weakSignatures = check.cert.chain.filter((cc, i) => !(i > 0 && cc.selfSigned) && isWeakSignatureHash(cc.signatureAlgorithm));
    const leafNotAllowed = allowed !== null && !allowed.includes(leaf.signatureAlgorithm) && !weakSignatures.includes(leaf);
    if (weakSignatures.length === 0 && !leafNotAllowed)
        return [];
    const offending = [...(leafNotAllowed ? [leaf] : []), ...weakSignatures];
    return [
        certFinding(check, 'certificate.weak-signature', 'error', `${check.t.name} sends ${offending.length === 1 ? 'a certificate' : 'certificates'} signed with a signature algorithm the policy does not allow: ${list(offending.map((o) => `${o.subject} (${o.signatureAlgorithm})`))}.`, {
            certificates: offending.map((o) => ({
                subject: o.subject,
                signatureAlgorithm: o.signatureAlgorithm
            })),
            allowed
        })
    ];
}

;// CONCATENATED MODULE: ./src/policy/checks/certificate/stapling.ts


function checkStapling({ t, rules, cert, leaf }) {
    const stapling = rules.certificates.ocspStapling;
    const wanted = stapling === 'required' || (stapling === 'if-responder' && leaf.ocspUrls.length > 0);
    if (cert.ocspStapled || !wanted)
        return [];
    return [
        finding({
            rule: 'ocsp.not-stapled',
            severity: 'warning',
            message: `${t.name} does not staple an OCSP response${leaf.ocspUrls.length ? ` although its certificate names the responder ${leaf.ocspUrls[0]}` : ''}.`,
            evidence: { ocspUrls: leaf.ocspUrls, mustStaple: leaf.mustStaple, ocspStapling: stapling },
            fix: (0,remediation/* staplingFix */.OF)(),
            reproduce: (0,remediation/* reproduceStapling */.KX)(t)
        })
    ];
}

// EXTERNAL MODULE: ./src/diagnose/known-roots.ts
var known_roots = __webpack_require__(5855);
;// CONCATENATED MODULE: ./src/policy/checks/certificate/trust.ts





const CA_FILE_HINT = 'Private CA? Add its root with the `ca-file` input / `--ca-file`';
/** What the root's product is, when it is an inspection product's or a developer tool's. */
function knownRootNote(subject) {
    const known = (0,known_roots/* knownRoot */.G)(subject);
    if (!known)
        return '';
    return known.kind === 'interception'
        ? ` "${subject}" is the root of ${known.product}, a TLS-inspection product: the scan reached it, not the server's own certificate.`
        : ` "${subject}" is the root of ${known.product}, a developer tool: the server serves a certificate made for local development.`;
}
function untrustedMessage(name, cause) {
    if (cause.cause === 'untrusted-root') {
        return `${name} serves a certificate chain that ends at "${cause.subject}", a root no trust store here holds.${knownRootNote(cause.subject)} ${CA_FILE_HINT}.`;
    }
    return `${name} serves a certificate issued by "${cause.subject}", which the server does not send and no trust store here holds. ${CA_FILE_HINT}; or, if it is an intermediate, send it.`;
}
function untrustedFix(cause) {
    const intermediate = cause.cause === 'unknown-issuer'
        ? ' If the issuer is an intermediate of a public CA, serve it after the leaf (the full-chain file).'
        : '';
    return {
        text: `If "${cause.subject}" is your private CA, give tls-gate its root certificate (the \`ca-file\` input / \`--ca-file\`); otherwise serve a certificate issued by a publicly trusted CA.${intermediate}`
    };
}
function diagnosedUntrusted(check, cause) {
    const { t, cert, leaf } = check;
    return finding({
        rule: 'certificate.untrusted',
        severity: 'error',
        message: untrustedMessage(t.name, cause),
        evidence: {
            subject: leaf.subject,
            issuer: leaf.issuer,
            cause: cause.cause,
            root: cause.cause === 'untrusted-root' ? cause.subject : null,
            knownRoot: (0,known_roots/* knownRoot */.G)(cause.subject),
            chainDiagnosis: cause,
            validatedPath: cert.validatedPath,
            error: cert.error?.message ?? null
        },
        fix: untrustedFix(cause),
        reproduce: (0,remediation/* reproduceVerify */.rd)(t)
    });
}
function checkTrust(check) {
    const { t, cert, leaf } = check;
    if (!check.rules.certificates.mustBeTrusted || cert.trusted || chainIncomplete(check))
        return [];
    if (cert.chain.length === 1 && leaf.selfSigned) {
        return [
            certFinding(check, 'certificate.self-signed', 'error', `${t.name} serves a self-signed certificate (${leaf.subject}) that no trusted root vouches for.`, { subject: leaf.subject }, (0,remediation/* reproduceVerify */.rd)(t))
        ];
    }
    const cause = (0,chain_cause/* untrustedCause */.c)(cert);
    if (cause && cause.cause !== 'missing-intermediate')
        return [diagnosedUntrusted(check, cause)];
    return [
        certFinding(check, 'certificate.untrusted', 'error', `${t.name} serves a certificate chain that does not lead to a trusted root (issuer: ${leaf.issuer}). ${CA_FILE_HINT}.`, {
            subject: leaf.subject,
            issuer: leaf.issuer,
            validatedPath: cert.validatedPath,
            error: cert.error?.message ?? null
        }, (0,remediation/* reproduceVerify */.rd)(t))
    ];
}

;// CONCATENATED MODULE: ./src/policy/checks/certificate/expiry.ts
// certificate.expiring: the days left, or the fraction of the lifetime left, reached the policy's thresholds.



function thresholdReached(remainingDays, fraction, limitDays, limitFraction, combine) {
    const tests = [];
    if (limitDays !== null)
        tests.push(remainingDays <= limitDays);
    if (limitFraction !== null)
        tests.push(fraction <= limitFraction);
    if (tests.length === 0)
        return false;
    return combine === 'both' ? tests.every(Boolean) : tests.some(Boolean);
}
/** For a certificate valid now (notBefore <= now <= notAfter). */
function expiring(check, notBefore, notAfter) {
    const { t, leaf, now } = check;
    const remaining = (notAfter - now) / model_days/* DAY_MS */.sO;
    // A certificate valid for less than a second still has a lifetime to divide by.
    const lifetime = Math.max((notAfter - notBefore) / model_days/* DAY_MS */.sO, 1 / 86400);
    const fraction = remaining / lifetime;
    const e = check.rules.certificates.expiry;
    const fail = thresholdReached(remaining, fraction, e.failDays, e.failFraction, e.combine);
    const warn = fail || thresholdReached(remaining, fraction, e.warnDays, e.warnFraction, e.combine);
    if (!warn)
        return [];
    return [
        certFinding(check, 'certificate.expiring', fail ? 'error' : 'warning', `${t.name} serves a certificate that expires in ${(0,model_days/* wholeDays */.n8)(remaining)} ${(0,model_days/* wholeDays */.n8)(remaining) === 1 ? 'day' : 'days'} (${leaf.notAfter}), ${Math.round(fraction * 100)}% of its ${days(lifetime)}-day lifetime left.`, {
            subject: leaf.subject,
            notAfter: leaf.notAfter,
            daysRemaining: days(remaining),
            lifetimeDays: days(lifetime),
            fractionRemaining: Math.round(fraction * 1000) / 1000,
            thresholds: e
        })
    ];
}

;// CONCATENATED MODULE: ./src/policy/checks/certificate/validity.ts
// The leaf's validity period: dates that do not parse (target.error: they must not pass silently),
// certificate.not-yet-valid, certificate.expired, or else certificate.expiring.





function unreadableDates({ t, rules, leaf }) {
    return finding({
        rule: 'target.error',
        severity: targetSeverity(rules.targets.error),
        message: `${t.name}: the validity dates of the certificate could not be read (notBefore ${leaf.notBefore}, notAfter ${leaf.notAfter}).`,
        evidence: {
            subject: leaf.subject,
            notBefore: leaf.notBefore,
            notAfter: leaf.notAfter,
            parseError: leaf.parseError ?? null
        },
        fix: (0,remediation/* targetFix */.dH)('target.error'),
        reproduce: (0,remediation/* reproduceCertificate */.tr)(t)
    });
}
function checkValidity(check) {
    const { t, leaf, now } = check;
    const notBefore = Date.parse(leaf.notBefore);
    const notAfter = Date.parse(leaf.notAfter);
    if (Number.isNaN(notBefore) || Number.isNaN(notAfter))
        return [unreadableDates(check)];
    if (now < notBefore) {
        return [
            certFinding(check, 'certificate.not-yet-valid', 'error', `${t.name} serves a certificate that is not valid before ${leaf.notBefore}.`, { subject: leaf.subject, notBefore: leaf.notBefore })
        ];
    }
    if (now > notAfter) {
        const ago = (0,model_days/* wholeDaysSinceExpiry */.Oc)(notAfter, now);
        return [
            certFinding(check, 'certificate.expired', 'error', `${t.name} serves a certificate that expired ${ago} ${ago === 1 ? 'day' : 'days'} ago (${leaf.notAfter}).`, {
                subject: leaf.subject,
                notAfter: leaf.notAfter,
                daysAgo: ago,
                daysSinceExpiry: days((now - notAfter) / model_days/* DAY_MS */.sO)
            })
        ];
    }
    return expiring(check, notBefore, notAfter);
}

;// CONCATENATED MODULE: ./src/policy/checks/certificate/index.ts












const CHECKERS = [
    checkValidity,
    checkLifetime,
    checkHostname,
    checkTrust,
    checkKeyStrength,
    checkKeyType,
    checkSignatures,
    checkChain,
    checkIntermediates,
    checkStapling
];
function checkCertificate(t, rules, now) {
    const cert = t.certificate;
    const leaf = cert?.chain[0];
    if (!cert || !leaf) {
        const why = cert?.error?.message ?? 'the server sent no certificate';
        return [
            finding({
                rule: 'target.error',
                severity: targetSeverity(rules.targets.error),
                message: `${t.name}: no certificate could be read (${why}).`,
                evidence: { status: t.status, error: cert?.error ?? null },
                fix: (0,remediation/* targetFix */.dH)('target.error'),
                reproduce: (0,remediation/* reproduceCertificate */.tr)(t)
            })
        ];
    }
    if (isMalformed(cert))
        return [malformedFinding(t, cert)];
    const check = { t, rules, cert, leaf, now };
    return CHECKERS.flatMap((checker) => checker(check));
}

;// CONCATENATED MODULE: ./src/policy/checks/index.ts
// The policy's checkers, one concern each: each reads a target's scan results and the rules and returns the
// findings for its rules. evaluate.ts runs them (checkTarget) and applies overrides and waivers.







// EXTERNAL MODULE: ./src/clients/index.ts + 1 modules
var clients = __webpack_require__(8150);
// EXTERNAL MODULE: ./src/remediation/reproduce.ts
var remediation_reproduce = __webpack_require__(6078);
;// CONCATENATED MODULE: ./src/policy/expectation.ts
// The seed's proxy cause: the user says what the certificate should be (`expect: { issuer, spki-sha256 }`), and
// a chain that does not match is either an intercepting proxy (TLS inspection) or the wrong backend. A chain
// anchored only by a system-store root that is not in the public (Mozilla) store is the usual sign of
// inspection, so it is noted even without an expectation.

/** Accepts the HPKP spelling "sha256/<base64>" and surrounding space; compares base64 exactly. */
function normalizePin(pin) {
    return pin.trim().replace(/^sha256\//i, '');
}
const expectation_squash = (text) => text.toLowerCase().replace(/\s+/g, ' ').trim();
function seen(chain) {
    return chain.map((c) => ({ subject: c.subject, issuer: c.issuer, spkiSha256: c.spkiSha256 }));
}
/**
 * `certificate.unexpected` when the served chain does not match the target's expectation: no certificate in
 * the chain has one of the pinned SPKI hashes, or the leaf's issuer does not contain the expected issuer.
 * `certificate.system-anchor` (a notice) when the chain is trusted only through a system-store root.
 */
function evaluateExpectation(target, expect) {
    const findings = [];
    const report = target.certificate;
    const chain = report?.chain ?? [];
    // Shell-quoted, with IPv6 in brackets: the same command the policy's certificate findings give.
    const reproduce = (0,remediation_reproduce/* reproduceCertificate */.tr)(target);
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
            if (expect.issuer && !expectation_squash(chain[0].issuer).includes(expectation_squash(expect.issuer))) {
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

;// CONCATENATED MODULE: ./src/policy/resumption.ts

/**
 * Findings for a target's resumption report. `resumption.inconsistent` whenever a session from one address of
 * the pool does not resume on the others (ticket keys or session caches not shared: the seed's load-balancer
 * failure), an error when the policy requires resumption across addresses and a warning otherwise.
 * `resumption.missing` / `resumption.present` when the policy requires or forbids session IDs or tickets.
 */
function evaluateResumption(target, rules = {}) {
    const report = target.resumption;
    if (!report)
        return [];
    const findings = [];
    const first = report.addresses[0] ?? target.address ?? target.host;
    const reconnect = (0,remediation/* reproduceReconnect */.L1)({ ...target, address: first });
    if (report.acrossAddresses === false && rules.acrossAddresses !== 'forbidden') {
        findings.push({
            rule: 'resumption.inconsistent',
            severity: rules.acrossAddresses === 'required' ? 'error' : 'warning',
            message: `${target.name}: a session issued by ${report.addresses[0]} does not resume on every other address (${report.addresses.slice(1).join(', ')}); the addresses do not share session ticket keys or a session cache.`,
            evidence: { ...report },
            fix: remediation/* SHARED_TICKET_KEYS_FIX */.cm,
            reproduce: (0,remediation/* reproduceResumptionAcross */.Ho)(target, first, report.addresses[1] ?? first),
            waiver: null
        });
    }
    const checks = [
        {
            what: 'session-ID resumption',
            value: report.sessionId,
            rule: rules.sessionId,
            ...remediation/* SESSION_ID_SWITCH */.IO
        },
        {
            what: 'session-ticket resumption',
            value: report.ticket === null && report.tls13Psk === null
                ? null
                : report.ticket === true || report.tls13Psk === true,
            rule: rules.tickets,
            ...remediation/* SESSION_TICKET_SWITCH */.hK
        }
    ];
    for (const check of checks) {
        if (check.rule === 'required' && check.value === false) {
            findings.push({
                rule: 'resumption.missing',
                severity: 'warning',
                message: `${target.name}: the policy requires ${check.what}, and the server does not resume that way.`,
                evidence: { ...report },
                fix: check.on,
                reproduce: reconnect,
                waiver: null
            });
        }
        if (check.rule === 'forbidden' && check.value === true) {
            findings.push({
                rule: 'resumption.present',
                severity: 'warning',
                message: `${target.name}: the policy forbids ${check.what}, and the server resumes that way.`,
                evidence: { ...report },
                fix: check.off,
                reproduce: reconnect,
                waiver: null
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/policy/evaluators.ts
// The evaluators evaluate() runs on a target besides the policy's rules on the report: resumption, the
// simulated clients and the target's expectation. Each is a pure function of the target's facts and rules.



/**
 * The report with its `clients` judged from the recorded outcomes, under the target's rules (so each client's
 * fix stays within the policy). A report whose `clients` were judged already is taken as it is.
 */
function judgedReport(facts, rules) {
    if (!facts.clients)
        return facts.report;
    return { ...facts.report, clients: (0,clients/* judgeClients */.Sg)(facts.report, facts.clients, rules) };
}
/** Facts measured on a TLS server only mean something when its scan ended well. */
const scanned = (target) => target.status === 'ok';
const EVALUATORS = [
    (target, _facts, rules) => (scanned(target) ? evaluateResumption(target, rules.resumption) : []),
    (target, _facts, rules) => scanned(target) && target.clients ? (0,clients/* evaluateClients */.ah)(target, rules.clients) : [],
    // The expectation is judged whatever the status: an unreadable certificate does not meet it either.
    (target, facts) => (facts.expect ? evaluateExpectation(target, facts.expect) : [])
];

;// CONCATENATED MODULE: ./src/policy/target-facts.ts
function asTargetFacts(input) {
    return 'report' in input ? input : { report: input };
}

;// CONCATENATED MODULE: ./src/policy/waivers.ts
/** End of the waiver: a date means the whole of that day (UTC). */
function waiverEnd(until) {
    return /^\d{4}-\d{2}-\d{2}$/.test(until) ? Date.parse(`${until}T23:59:59.999Z`) : Date.parse(until);
}
function waiverMatches(waiver, finding, t) {
    const ruleMatches = waiver.rule.endsWith('.*')
        ? finding.rule.startsWith(waiver.rule.slice(0, -1))
        : finding.rule === waiver.rule;
    if (!ruleMatches)
        return false;
    if (!waiver.targets)
        return true;
    return waiver.targets.some((name) => name === t.name || name === t.host || name === `${t.host}:${t.port}`);
}
function applyWaivers(findings, waivers, t, now) {
    const out = [];
    const expiredUsed = new Set();
    for (const f of findings) {
        const matching = waivers.filter((w) => waiverMatches(w, f, t));
        const active = matching.find((w) => now.getTime() <= waiverEnd(w.until));
        if (active) {
            out.push({
                ...f,
                severity: 'notice',
                waiver: { rule: active.rule, reason: active.reason, until: active.until }
            });
            continue;
        }
        out.push(f);
        for (const w of matching)
            expiredUsed.add(w);
    }
    for (const w of expiredUsed) {
        out.push({
            rule: 'waiver.expired',
            severity: 'warning',
            message: `${t.name}: the waiver for ${w.rule} ("${w.reason}") ended on ${w.until}; its findings count again.`,
            evidence: {
                rule: w.rule,
                reason: w.reason,
                until: w.until,
                targets: w.targets,
                source: w.source ?? null
            },
            fix: {
                text: `Fix the findings of ${w.rule}, or renew the waiver with a new until date if the exception is still justified.`
            },
            reproduce: null,
            waiver: null
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy/evaluate.ts





const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
// ---- putting it together ----
/** The policy's rules on one scan report, before severity overrides and waivers. */
function checkTarget(t, rules, now) {
    const status = checkStatus(t, rules);
    if (status)
        return status;
    return [
        ...checkProtocols(t, rules),
        ...checkSuites(t, rules),
        ...checkOrder(t, rules),
        ...checkKeyExchange(t, rules),
        ...checkCertificate(t, rules, now.getTime())
    ];
}
function applySeverityOverrides(findings, rules) {
    return findings.map((f) => (rules.severity[f.rule] ? { ...f, severity: rules.severity[f.rule] } : f));
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.rule.localeCompare(b.rule));
}
/**
 * Every finding of one target, from its facts: the policy's rules on the report, then each evaluator
 * (resumption, clients, expectation); severity overrides and waivers apply to all of them. The only place
 * findings are made: any on the input report are replaced.
 */
function evaluateTarget(input, policy, options) {
    const facts = asTargetFacts(input);
    const rules = policy.rules;
    const t = judgedReport(facts, rules);
    const all = applySeverityOverrides([...checkTarget(t, rules, options.now), ...EVALUATORS.flatMap((evaluator) => evaluator(t, facts, rules))], rules);
    const findings = sortFindings(applyWaivers(all, rules.waivers, t, options.now));
    const verdict = findings.some((f) => (0,fail_on/* failsAt */.ZN)(f.severity, options.failOn)) ? 'fail' : 'pass';
    return { ...t, findings, verdict };
}
function summarize(targets) {
    const all = targets.flatMap((t) => t.findings);
    return {
        targets: targets.length,
        errors: all.filter((f) => f.severity === 'error').length,
        warnings: all.filter((f) => f.severity === 'warning').length,
        notices: all.filter((f) => f.severity === 'notice').length
    };
}
/** Pure: findings and verdicts for every target under its policy, and the overall verdict. */
function evaluate(targets, policy, options) {
    const evaluated = targets.map((input) => {
        const name = asTargetFacts(input).report.name;
        return evaluateTarget(input, options.targetPolicies?.get(name) ?? policy, {
            now: options.now,
            failOn: options.failOn
        });
    });
    return {
        targets: evaluated,
        verdict: evaluated.some((t) => t.verdict === 'fail') ? 'fail' : 'pass',
        summary: summarize(evaluated)
    };
}

;// CONCATENATED MODULE: ./src/policy/index.ts








/***/ }),

/***/ 1821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ RULE_IDS),
/* harmony export */   KX: () => (/* binding */ isRuleId),
/* harmony export */   OY: () => (/* binding */ RULE_LIST)
/* harmony export */ });
/* unused harmony exports RULES, POLICY_RULE_IDS */
const rule = (id, title, trigger, severity, policyKey) => ({
    id,
    title,
    trigger,
    severity,
    policyKey
});
/** The rules src/policy/evaluate.ts produces. */
const POLICY_RULES = [
    rule('protocol.not-allowed', 'Protocol version not allowed', 'The server accepts a protocol version that is not in `protocols.allowed`.', 'error', 'protocols.allowed'),
    rule('protocol.missing', 'Required protocol version missing', 'The server does not accept a version listed in `protocols.required`: a warning naming the clients left out when a preset requires it, an error when your policy does.', 'warning', 'protocols.required'),
    rule('cipher.not-allowed', 'Cipher suite not allowed', 'The server accepts a suite outside `cipher-suites.allowed`, listed in `cipher-suites.denied`, or of a class in `cipher-suites.denied-classes`.', 'error', 'cipher-suites'),
    rule('cipher.missing', 'Required cipher suite missing', 'The server does not accept a suite listed in `cipher-suites.required`: a warning when a preset requires it, an error when your policy does.', 'warning', 'cipher-suites.required'),
    rule('cipher.order', 'Server cipher preference', 'The server does (`server-preference: forbidden`) or does not (`required`) impose its own suite order for a version with more than one suite.', 'warning', 'server-preference'),
    rule('kex.weak-dh', 'Weak key exchange parameters', 'A DHE suite uses a prime smaller than `key-exchange.min-dh-bits`.', 'error', 'key-exchange.min-dh-bits'),
    rule('kex.group-not-allowed', 'Key-exchange group not allowed', 'The server accepts a group outside `key-exchange.allowed-groups` (warning), or an elliptic curve smaller than `key-exchange.min-ecdh-bits` (error).', 'warning', 'key-exchange'),
    rule('certificate.expired', 'Certificate expired', 'The leaf certificate is past its notAfter.', 'error', 'certificates.expiry'),
    rule('certificate.not-yet-valid', 'Certificate not yet valid', 'The leaf certificate is before its notBefore.', 'error', 'certificates.expiry'),
    rule('certificate.expiring', 'Certificate expiring soon', 'Time left is under the warn (warning) or fail (error) threshold of `certificates.expiry`, in days or as a fraction of the lifetime.', 'warning', 'certificates.expiry'),
    rule('certificate.lifetime', 'Certificate lifetime too long', 'A publicly anchored leaf (or any, with `certificates.lifetime-for-private-ca`) lasts longer than `certificates.max-lifetime-days` or the `certificates.lifetime-schedule` limit for its issue date.', 'error', 'certificates.max-lifetime-days'),
    rule('certificate.hostname-mismatch', 'Certificate does not match the host name', 'No SAN of the leaf matches the name scanned (`certificates.hostname-must-match`).', 'error', 'certificates.hostname-must-match'),
    rule('certificate.untrusted', 'Certificate chain not trusted', 'The chain does not lead to a trusted root; names the root or issuer nobody here trusts (`certificates.must-be-trusted`).', 'error', 'certificates.must-be-trusted'),
    rule('certificate.malformed', 'Certificate cannot be parsed', 'The leaf certificate is not a readable DER certificate; it is the one finding about it (`certificates.must-be-trusted`).', 'error', 'certificates.must-be-trusted'),
    rule('certificate.self-signed', 'Self-signed certificate', 'The server sends a single self-signed certificate that is not trusted (`certificates.must-be-trusted`).', 'error', 'certificates.must-be-trusted'),
    rule('certificate.weak-key', 'Weak certificate key', 'A sent certificate has an RSA key under `certificates.min-rsa-bits` or an EC key under `certificates.min-ec-bits`.', 'error', 'certificates.min-rsa-bits'),
    rule('certificate.key-type-not-allowed', 'Certificate key type not allowed', 'The leaf key type is not in `certificates.allowed-key-types`, or its curve not in `certificates.allowed-curves`.', 'error', 'certificates.allowed-key-types'),
    rule('certificate.weak-signature', 'Weak certificate signature', 'The leaf signature is not in `certificates.allowed-signature-algorithms`, or any sent non-root certificate is signed with MD5 or SHA-1.', 'error', 'certificates.allowed-signature-algorithms'),
    rule('chain.incomplete', 'Chain incomplete', 'The server does not send an intermediate needed to reach a trusted root; names it (`certificates.chain-must-be-complete`).', 'error', 'certificates.chain-must-be-complete'),
    rule('chain.order', 'Chain out of order', 'The certificates are not sent leaf first, each followed by its issuer (`certificates.chain-must-be-ordered`).', 'warning', 'certificates.chain-must-be-ordered'),
    rule('chain.extra-certificates', 'Extra certificates in chain', 'The server sends certificates that belong to no path (`certificates.chain-must-be-complete`).', 'warning', 'certificates.chain-must-be-complete'),
    rule('chain.intermediate-expiring', 'Intermediate certificate expiring', 'A sent intermediate expires within the warn threshold of `certificates.expiry` (error once expired).', 'warning', 'certificates.expiry'),
    rule('ocsp.not-stapled', 'OCSP response not stapled', '`certificates.ocsp-stapling` is `required` and no response is stapled, or `if-responder` and the leaf names an OCSP responder.', 'warning', 'certificates.ocsp-stapling'),
    rule('target.unreachable', 'Target unreachable', 'The target could not be connected to (DNS, refused, timeout); severity from `targets.unreachable`.', 'error', 'targets.unreachable'),
    rule('target.not-tls', 'Target does not speak TLS', 'The target answered with something other than TLS; severity from `targets.not-tls`.', 'error', 'targets.not-tls'),
    rule('target.error', 'Target scan failed', 'The scan ended in an error or no certificate could be read; severity from `targets.error`.', 'error', 'targets.error'),
    // From the target's resumption facts (policy/resumption.ts).
    rule('resumption.inconsistent', 'Resumption differs across addresses', 'A session from one address of the pool does not resume on the others (error when `resumption.across-addresses: required`).', 'warning', 'resumption.across-addresses'),
    rule('resumption.missing', 'Required resumption missing', '`resumption.session-id` or `resumption.tickets` is `required` and the server does not resume that way.', 'warning', 'resumption'),
    rule('resumption.present', 'Forbidden resumption offered', '`resumption.session-id` or `resumption.tickets` is `forbidden` and the server resumes that way.', 'warning', 'resumption'),
    rule('waiver.expired', 'Waiver expired', 'A waiver matched a finding but its `until` date has passed; the finding counts again.', 'warning', 'waivers')
];
// Findings evaluate() draws from the simulated clients' outcomes (src/clients) and from the targets file's
// `expect:` (policy/expectation.ts) rather than from the policy's rules on the scan report alone.
const CLIENT_AND_EXPECTATION_RULES = [
    rule('client.cannot-connect', 'Required client cannot connect', 'A client profile in `clients.must-connect` fails to connect in the simulation; the finding carries the diagnosis.', 'error', 'clients.must-connect'),
    rule('client.can-connect', 'Forbidden client connects', 'A client profile in `clients.must-not-connect` connects in the simulation.', 'error', 'clients.must-not-connect'),
    rule('client.not-simulated', 'Client not simulated', 'A client named by the policy has no simulation result for the target.', 'notice', 'clients'),
    rule('certificate.unexpected', 'Unexpected certificate', "The certificate does not match the target's `expect` (issuer or SPKI pins): interception or the wrong backend.", 'error', 'targets file: expect'),
    rule('certificate.system-anchor', 'Trusted only by a system root', 'The chain is anchored only by a system-store root that is not in the public store, the usual sign of TLS inspection.', 'notice', 'targets file: expect')
];
/** Every rule evaluate() produces, for docs and SARIF. */
const RULE_LIST = [...POLICY_RULES, ...CLIENT_AND_EXPECTATION_RULES];
const RULES = Object.freeze(Object.fromEntries(RULE_LIST.map((info) => [info.id, info])));
/** Every rule id. */
const RULE_IDS = RULE_LIST.map((info) => info.id);
/** The rule ids the policy's rules produce from a scan report alone (no client outcomes, no `expect:`). */
const POLICY_RULE_IDS = POLICY_RULES.map((info) => info.id);
function isRuleId(id) {
    return Object.prototype.hasOwnProperty.call(RULES, id);
}


/***/ }),

/***/ 1751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eD: () => (/* binding */ CIPHER_SUITES),
  fd: () => (/* binding */ GROUPS),
  sA: () => (/* binding */ SIGNATURE_SCHEMES),
  cL: () => (/* binding */ groupByCode),
  mV: () => (/* binding */ groupByName),
  hv: () => (/* binding */ groupName),
  Zt: () => (/* binding */ protocolNameOf),
  mX: () => (/* binding */ protocolVersionCode),
  F_: () => (/* binding */ sslv2CipherKinds),
  Te: () => (/* binding */ suiteByCode),
  ty: () => (/* binding */ suiteByName),
  Qx: () => (/* binding */ suiteName),
  Le: () => (/* binding */ suitesForProtocol)
});

// UNUSED EXPORTS: SCSV, groupsForProtocol, signatureSchemeByCode, signatureSchemeByName

// EXTERNAL MODULE: ./src/codepoints/index.ts
var codepoints = __webpack_require__(1926);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/registry/data/cipher-suites.json
const cipher_suites_namespaceObject = /*#__PURE__*/JSON.parse('{"v":[{"code":0,"hex":"0x0000","name":"TLS_NULL_WITH_NULL_NULL","iana":"TLS_NULL_WITH_NULL_NULL","openssl":"NULL","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"NULL","au":"NULL","cipher":"NULL","mode":null,"keyBits":0,"mac":"NULL","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)","no authentication (anonymous)"],"refs":["rfc5246"]},{"code":1,"hex":"0x0001","name":"TLS_RSA_WITH_NULL_MD5","iana":"TLS_RSA_WITH_NULL_MD5","openssl":"NULL-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)","MD5 MAC"],"refs":["rfc5246"]},{"code":2,"hex":"0x0002","name":"TLS_RSA_WITH_NULL_SHA","iana":"TLS_RSA_WITH_NULL_SHA","openssl":"NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5246"]},{"code":3,"hex":"0x0003","name":"TLS_RSA_EXPORT_WITH_RC4_40_MD5","iana":"TLS_RSA_EXPORT_WITH_RC4_40_MD5","openssl":"EXP-RC4-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"RSA","au":"RSA","cipher":"RC4","mode":"STREAM","keyBits":40,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC4 broken/too short","MD5 MAC","key < 112 bits"],"refs":["rfc4346","rfc6347"]},{"code":4,"hex":"0x0004","name":"TLS_RSA_WITH_RC4_128_MD5","iana":"TLS_RSA_WITH_RC4_128_MD5","openssl":"RC4-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short","MD5 MAC"],"refs":["rfc5246","rfc6347"]},{"code":5,"hex":"0x0005","name":"TLS_RSA_WITH_RC4_128_SHA","iana":"TLS_RSA_WITH_RC4_128_SHA","openssl":"RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc5246","rfc6347"]},{"code":6,"hex":"0x0006","name":"TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5","iana":"TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5","openssl":"EXP-RC2-CBC-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"RSA","au":"RSA","cipher":"RC2","mode":"CBC","keyBits":40,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC2 broken/too short","MD5 MAC","key < 112 bits"],"refs":["rfc4346"]},{"code":7,"hex":"0x0007","name":"TLS_RSA_WITH_IDEA_CBC_SHA","iana":"TLS_RSA_WITH_IDEA_CBC_SHA","openssl":"IDEA-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"IDEA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8996"]},{"code":8,"hex":"0x0008","name":"TLS_RSA_EXPORT_WITH_DES40_CBC_SHA","iana":"TLS_RSA_EXPORT_WITH_DES40_CBC_SHA","openssl":"EXP-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"RSA","au":"RSA","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["rfc4346"]},{"code":9,"hex":"0x0009","name":"TLS_RSA_WITH_DES_CBC_SHA","iana":"TLS_RSA_WITH_DES_CBC_SHA","openssl":"DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["DES broken/too short","key < 112 bits"],"refs":["rfc8996"]},{"code":10,"hex":"0x000A","name":"TLS_RSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_RSA_WITH_3DES_EDE_CBC_SHA","openssl":"DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":11,"hex":"0x000B","name":"TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA","iana":"TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA","openssl":"EXP-DH-DSS-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DH","au":"DSS","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["rfc4346"]},{"code":12,"hex":"0x000C","name":"TLS_DH_DSS_WITH_DES_CBC_SHA","iana":"TLS_DH_DSS_WITH_DES_CBC_SHA","openssl":"DH-DSS-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["DES broken/too short","key < 112 bits"],"refs":["rfc8996"]},{"code":13,"hex":"0x000D","name":"TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA","iana":"TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA","openssl":"DH-DSS-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":14,"hex":"0x000E","name":"TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA","iana":"TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA","openssl":"EXP-DH-RSA-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DH","au":"RSA","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["rfc4346"]},{"code":15,"hex":"0x000F","name":"TLS_DH_RSA_WITH_DES_CBC_SHA","iana":"TLS_DH_RSA_WITH_DES_CBC_SHA","openssl":"DH-RSA-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["DES broken/too short","key < 112 bits"],"refs":["rfc8996"]},{"code":16,"hex":"0x0010","name":"TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA","openssl":"DH-RSA-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":17,"hex":"0x0011","name":"TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA","iana":"TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA","openssl":"EXP-EDH-DSS-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DHE","au":"DSS","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["rfc4346"]},{"code":18,"hex":"0x0012","name":"TLS_DHE_DSS_WITH_DES_CBC_SHA","iana":"TLS_DHE_DSS_WITH_DES_CBC_SHA","openssl":"EDH-DSS-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["DES broken/too short","key < 112 bits"],"refs":["rfc8996"]},{"code":19,"hex":"0x0013","name":"TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA","iana":"TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA","openssl":"EDH-DSS-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":20,"hex":"0x0014","name":"TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA","iana":"TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA","openssl":"EXP-EDH-RSA-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DHE","au":"RSA","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["rfc4346"]},{"code":21,"hex":"0x0015","name":"TLS_DHE_RSA_WITH_DES_CBC_SHA","iana":"TLS_DHE_RSA_WITH_DES_CBC_SHA","openssl":"EDH-RSA-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["DES broken/too short","key < 112 bits"],"refs":["rfc8996"]},{"code":22,"hex":"0x0016","name":"TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA","openssl":"EDH-RSA-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":23,"hex":"0x0017","name":"TLS_DH_anon_EXPORT_WITH_RC4_40_MD5","iana":"TLS_DH_anon_EXPORT_WITH_RC4_40_MD5","openssl":"EXP-ADH-RC4-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DH","au":"anon","cipher":"RC4","mode":"STREAM","keyBits":40,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)","export-grade","RC4 broken/too short","MD5 MAC","key < 112 bits"],"refs":["rfc4346","rfc6347"]},{"code":24,"hex":"0x0018","name":"TLS_DH_anon_WITH_RC4_128_MD5","iana":"TLS_DH_anon_WITH_RC4_128_MD5","openssl":"ADH-RC4-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)","RC4 broken/too short","MD5 MAC"],"refs":["rfc5246","rfc6347"]},{"code":25,"hex":"0x0019","name":"TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA","iana":"TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA","openssl":"EXP-ADH-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DH","au":"anon","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)","export-grade","DES broken/too short","key < 112 bits"],"refs":["rfc4346"]},{"code":26,"hex":"0x001A","name":"TLS_DH_anon_WITH_DES_CBC_SHA","iana":"TLS_DH_anon_WITH_DES_CBC_SHA","openssl":"ADH-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)","DES broken/too short","key < 112 bits"],"refs":["rfc8996"]},{"code":27,"hex":"0x001B","name":"TLS_DH_anon_WITH_3DES_EDE_CBC_SHA","iana":"TLS_DH_anon_WITH_3DES_EDE_CBC_SHA","openssl":"ADH-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5246"]},{"code":30,"hex":"0x001E","name":"TLS_KRB5_WITH_DES_CBC_SHA","iana":"TLS_KRB5_WITH_DES_CBC_SHA","openssl":"KRB5-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["DES broken/too short","key < 112 bits"],"refs":["rfc2712"]},{"code":31,"hex":"0x001F","name":"TLS_KRB5_WITH_3DES_EDE_CBC_SHA","iana":"TLS_KRB5_WITH_3DES_EDE_CBC_SHA","openssl":"KRB5-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc2712"]},{"code":32,"hex":"0x0020","name":"TLS_KRB5_WITH_RC4_128_SHA","iana":"TLS_KRB5_WITH_RC4_128_SHA","openssl":"KRB5-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc2712","rfc6347"]},{"code":33,"hex":"0x0021","name":"TLS_KRB5_WITH_IDEA_CBC_SHA","iana":"TLS_KRB5_WITH_IDEA_CBC_SHA","openssl":"KRB5-IDEA-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"IDEA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc2712"]},{"code":34,"hex":"0x0022","name":"TLS_KRB5_WITH_DES_CBC_MD5","iana":"TLS_KRB5_WITH_DES_CBC_MD5","openssl":"KRB5-DES-CBC-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["DES broken/too short","MD5 MAC","key < 112 bits"],"refs":["rfc2712"]},{"code":35,"hex":"0x0023","name":"TLS_KRB5_WITH_3DES_EDE_CBC_MD5","iana":"TLS_KRB5_WITH_3DES_EDE_CBC_MD5","openssl":"KRB5-DES-CBC3-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["MD5 MAC"],"refs":["rfc2712"]},{"code":36,"hex":"0x0024","name":"TLS_KRB5_WITH_RC4_128_MD5","iana":"TLS_KRB5_WITH_RC4_128_MD5","openssl":"KRB5-RC4-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short","MD5 MAC"],"refs":["rfc2712","rfc6347"]},{"code":37,"hex":"0x0025","name":"TLS_KRB5_WITH_IDEA_CBC_MD5","iana":"TLS_KRB5_WITH_IDEA_CBC_MD5","openssl":"KRB5-IDEA-CBC-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"IDEA","mode":"CBC","keyBits":128,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["MD5 MAC"],"refs":["rfc2712"]},{"code":38,"hex":"0x0026","name":"TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA","iana":"TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA","openssl":"EXP-KRB5-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["rfc2712"]},{"code":39,"hex":"0x0027","name":"TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA","iana":"TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA","openssl":"EXP-KRB5-RC2-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"RC2","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC2 broken/too short","key < 112 bits"],"refs":["rfc2712"]},{"code":40,"hex":"0x0028","name":"TLS_KRB5_EXPORT_WITH_RC4_40_SHA","iana":"TLS_KRB5_EXPORT_WITH_RC4_40_SHA","openssl":"EXP-KRB5-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"RC4","mode":"STREAM","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC4 broken/too short","key < 112 bits"],"refs":["rfc2712","rfc6347"]},{"code":41,"hex":"0x0029","name":"TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5","iana":"TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5","openssl":"EXP-KRB5-DES-CBC-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","MD5 MAC","key < 112 bits"],"refs":["rfc2712"]},{"code":42,"hex":"0x002A","name":"TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5","iana":"TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5","openssl":"EXP-KRB5-RC2-CBC-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"RC2","mode":"CBC","keyBits":40,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC2 broken/too short","MD5 MAC","key < 112 bits"],"refs":["rfc2712"]},{"code":43,"hex":"0x002B","name":"TLS_KRB5_EXPORT_WITH_RC4_40_MD5","iana":"TLS_KRB5_EXPORT_WITH_RC4_40_MD5","openssl":"EXP-KRB5-RC4-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"RC4","mode":"STREAM","keyBits":40,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC4 broken/too short","MD5 MAC","key < 112 bits"],"refs":["rfc2712","rfc6347"]},{"code":44,"hex":"0x002C","name":"TLS_PSK_WITH_NULL_SHA","iana":"TLS_PSK_WITH_NULL_SHA","openssl":"PSK-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc4785"]},{"code":45,"hex":"0x002D","name":"TLS_DHE_PSK_WITH_NULL_SHA","iana":"TLS_DHE_PSK_WITH_NULL_SHA","openssl":"DHE-PSK-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc4785"]},{"code":46,"hex":"0x002E","name":"TLS_RSA_PSK_WITH_NULL_SHA","iana":"TLS_RSA_PSK_WITH_NULL_SHA","openssl":"RSA-PSK-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc4785"]},{"code":47,"hex":"0x002F","name":"TLS_RSA_WITH_AES_128_CBC_SHA","iana":"TLS_RSA_WITH_AES_128_CBC_SHA","openssl":"AES128-SHA","nodeName":"aes128-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":48,"hex":"0x0030","name":"TLS_DH_DSS_WITH_AES_128_CBC_SHA","iana":"TLS_DH_DSS_WITH_AES_128_CBC_SHA","openssl":"DH-DSS-AES128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":49,"hex":"0x0031","name":"TLS_DH_RSA_WITH_AES_128_CBC_SHA","iana":"TLS_DH_RSA_WITH_AES_128_CBC_SHA","openssl":"DH-RSA-AES128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":50,"hex":"0x0032","name":"TLS_DHE_DSS_WITH_AES_128_CBC_SHA","iana":"TLS_DHE_DSS_WITH_AES_128_CBC_SHA","openssl":"DHE-DSS-AES128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":51,"hex":"0x0033","name":"TLS_DHE_RSA_WITH_AES_128_CBC_SHA","iana":"TLS_DHE_RSA_WITH_AES_128_CBC_SHA","openssl":"DHE-RSA-AES128-SHA","nodeName":"dhe-rsa-aes128-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":52,"hex":"0x0034","name":"TLS_DH_anon_WITH_AES_128_CBC_SHA","iana":"TLS_DH_anon_WITH_AES_128_CBC_SHA","openssl":"ADH-AES128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5246"]},{"code":53,"hex":"0x0035","name":"TLS_RSA_WITH_AES_256_CBC_SHA","iana":"TLS_RSA_WITH_AES_256_CBC_SHA","openssl":"AES256-SHA","nodeName":"aes256-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":54,"hex":"0x0036","name":"TLS_DH_DSS_WITH_AES_256_CBC_SHA","iana":"TLS_DH_DSS_WITH_AES_256_CBC_SHA","openssl":"DH-DSS-AES256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":55,"hex":"0x0037","name":"TLS_DH_RSA_WITH_AES_256_CBC_SHA","iana":"TLS_DH_RSA_WITH_AES_256_CBC_SHA","openssl":"DH-RSA-AES256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":56,"hex":"0x0038","name":"TLS_DHE_DSS_WITH_AES_256_CBC_SHA","iana":"TLS_DHE_DSS_WITH_AES_256_CBC_SHA","openssl":"DHE-DSS-AES256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":57,"hex":"0x0039","name":"TLS_DHE_RSA_WITH_AES_256_CBC_SHA","iana":"TLS_DHE_RSA_WITH_AES_256_CBC_SHA","openssl":"DHE-RSA-AES256-SHA","nodeName":"dhe-rsa-aes256-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":58,"hex":"0x003A","name":"TLS_DH_anon_WITH_AES_256_CBC_SHA","iana":"TLS_DH_anon_WITH_AES_256_CBC_SHA","openssl":"ADH-AES256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5246"]},{"code":59,"hex":"0x003B","name":"TLS_RSA_WITH_NULL_SHA256","iana":"TLS_RSA_WITH_NULL_SHA256","openssl":"NULL-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5246"]},{"code":60,"hex":"0x003C","name":"TLS_RSA_WITH_AES_128_CBC_SHA256","iana":"TLS_RSA_WITH_AES_128_CBC_SHA256","openssl":"AES128-SHA256","nodeName":"aes128-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":61,"hex":"0x003D","name":"TLS_RSA_WITH_AES_256_CBC_SHA256","iana":"TLS_RSA_WITH_AES_256_CBC_SHA256","openssl":"AES256-SHA256","nodeName":"aes256-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":62,"hex":"0x003E","name":"TLS_DH_DSS_WITH_AES_128_CBC_SHA256","iana":"TLS_DH_DSS_WITH_AES_128_CBC_SHA256","openssl":"DH-DSS-AES128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":63,"hex":"0x003F","name":"TLS_DH_RSA_WITH_AES_128_CBC_SHA256","iana":"TLS_DH_RSA_WITH_AES_128_CBC_SHA256","openssl":"DH-RSA-AES128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":64,"hex":"0x0040","name":"TLS_DHE_DSS_WITH_AES_128_CBC_SHA256","iana":"TLS_DHE_DSS_WITH_AES_128_CBC_SHA256","openssl":"DHE-DSS-AES128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":65,"hex":"0x0041","name":"TLS_RSA_WITH_CAMELLIA_128_CBC_SHA","iana":"TLS_RSA_WITH_CAMELLIA_128_CBC_SHA","openssl":"CAMELLIA128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":66,"hex":"0x0042","name":"TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA","iana":"TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA","openssl":"DH-DSS-CAMELLIA128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":67,"hex":"0x0043","name":"TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA","iana":"TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA","openssl":"DH-RSA-CAMELLIA128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":68,"hex":"0x0044","name":"TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA","iana":"TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA","openssl":"DHE-DSS-CAMELLIA128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":69,"hex":"0x0045","name":"TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA","iana":"TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA","openssl":"DHE-RSA-CAMELLIA128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":70,"hex":"0x0046","name":"TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA","iana":"TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA","openssl":"ADH-CAMELLIA128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5932"]},{"code":96,"hex":"0x0060","name":"TLS_RSA_EXPORT1024_WITH_RC4_56_MD5","iana":null,"openssl":"EXP1024-RC4-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"RSA","au":"RSA","cipher":"RC4","mode":"STREAM","keyBits":56,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC4 broken/too short","MD5 MAC","key < 112 bits"],"refs":["unknown"]},{"code":97,"hex":"0x0061","name":"TLS_RSA_EXPORT1024_WITH_RC2_CBC_56_MD5","iana":null,"openssl":"EXP1024-RC2-CBC-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"RSA","au":"RSA","cipher":"RC2","mode":"CBC","keyBits":56,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC2 broken/too short","MD5 MAC","key < 112 bits"],"refs":["unknown"]},{"code":98,"hex":"0x0062","name":"TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA","iana":null,"openssl":"EXP1024-DES-CBC-SHA","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"RSA","au":"RSA","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["draft-ietf-tls-56-bit-ciphersuites-01"]},{"code":99,"hex":"0x0063","name":"TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA","iana":null,"openssl":"EXP1024-DHE-DSS-DES-CBC-SHA","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DHE","au":"DSS","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["draft-ietf-tls-56-bit-ciphersuites-01"]},{"code":100,"hex":"0x0064","name":"TLS_RSA_EXPORT1024_WITH_RC4_56_SHA","iana":null,"openssl":"EXP1024-RC4-SHA","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"RSA","au":"RSA","cipher":"RC4","mode":"STREAM","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC4 broken/too short","key < 112 bits"],"refs":["draft-ietf-tls-56-bit-ciphersuites-01"]},{"code":101,"hex":"0x0065","name":"TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA","iana":null,"openssl":"EXP1024-DHE-DSS-RC4-SHA","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DHE","au":"DSS","cipher":"RC4","mode":"STREAM","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC4 broken/too short","key < 112 bits"],"refs":["draft-ietf-tls-56-bit-ciphersuites-01"]},{"code":102,"hex":"0x0066","name":"TLS_DHE_DSS_WITH_RC4_128_SHA","iana":null,"openssl":"DHE-DSS-RC4-SHA","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["draft-ietf-tls-56-bit-ciphersuites-01"]},{"code":103,"hex":"0x0067","name":"TLS_DHE_RSA_WITH_AES_128_CBC_SHA256","iana":"TLS_DHE_RSA_WITH_AES_128_CBC_SHA256","openssl":"DHE-RSA-AES128-SHA256","nodeName":"dhe-rsa-aes128-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":104,"hex":"0x0068","name":"TLS_DH_DSS_WITH_AES_256_CBC_SHA256","iana":"TLS_DH_DSS_WITH_AES_256_CBC_SHA256","openssl":"DH-DSS-AES256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":105,"hex":"0x0069","name":"TLS_DH_RSA_WITH_AES_256_CBC_SHA256","iana":"TLS_DH_RSA_WITH_AES_256_CBC_SHA256","openssl":"DH-RSA-AES256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":106,"hex":"0x006A","name":"TLS_DHE_DSS_WITH_AES_256_CBC_SHA256","iana":"TLS_DHE_DSS_WITH_AES_256_CBC_SHA256","openssl":"DHE-DSS-AES256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":107,"hex":"0x006B","name":"TLS_DHE_RSA_WITH_AES_256_CBC_SHA256","iana":"TLS_DHE_RSA_WITH_AES_256_CBC_SHA256","openssl":"DHE-RSA-AES256-SHA256","nodeName":"dhe-rsa-aes256-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":108,"hex":"0x006C","name":"TLS_DH_anon_WITH_AES_128_CBC_SHA256","iana":"TLS_DH_anon_WITH_AES_128_CBC_SHA256","openssl":"ADH-AES128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5246"]},{"code":109,"hex":"0x006D","name":"TLS_DH_anon_WITH_AES_256_CBC_SHA256","iana":"TLS_DH_anon_WITH_AES_256_CBC_SHA256","openssl":"ADH-AES256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5246"]},{"code":128,"hex":"0x0080","name":"TLS_GOSTR341094_WITH_28147_CNT_IMIT","iana":null,"openssl":"GOST94-GOST89-GOST89","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":129,"hex":"0x0081","name":"TLS_GOSTR341001_WITH_28147_CNT_IMIT","iana":null,"openssl":"GOST2001-GOST89-GOST89","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":130,"hex":"0x0082","name":"TLS_GOSTR341094_WITH_NULL_GOSTR3411","iana":null,"openssl":"GOST94-NULL-GOST94","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":131,"hex":"0x0083","name":"TLS_GOSTR341001_WITH_NULL_GOSTR3411","iana":null,"openssl":"GOST2001-NULL-GOST94","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":132,"hex":"0x0084","name":"TLS_RSA_WITH_CAMELLIA_256_CBC_SHA","iana":"TLS_RSA_WITH_CAMELLIA_256_CBC_SHA","openssl":"CAMELLIA256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":133,"hex":"0x0085","name":"TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA","iana":"TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA","openssl":"DH-DSS-CAMELLIA256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":134,"hex":"0x0086","name":"TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA","iana":"TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA","openssl":"DH-RSA-CAMELLIA256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":135,"hex":"0x0087","name":"TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA","iana":"TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA","openssl":"DHE-DSS-CAMELLIA256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":136,"hex":"0x0088","name":"TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA","iana":"TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA","openssl":"DHE-RSA-CAMELLIA256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":137,"hex":"0x0089","name":"TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA","iana":"TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA","openssl":"ADH-CAMELLIA256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5932"]},{"code":138,"hex":"0x008A","name":"TLS_PSK_WITH_RC4_128_SHA","iana":"TLS_PSK_WITH_RC4_128_SHA","openssl":"PSK-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc4279","rfc6347"]},{"code":139,"hex":"0x008B","name":"TLS_PSK_WITH_3DES_EDE_CBC_SHA","iana":"TLS_PSK_WITH_3DES_EDE_CBC_SHA","openssl":"PSK-3DES-EDE-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":140,"hex":"0x008C","name":"TLS_PSK_WITH_AES_128_CBC_SHA","iana":"TLS_PSK_WITH_AES_128_CBC_SHA","openssl":"PSK-AES128-CBC-SHA","nodeName":"psk-aes128-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":141,"hex":"0x008D","name":"TLS_PSK_WITH_AES_256_CBC_SHA","iana":"TLS_PSK_WITH_AES_256_CBC_SHA","openssl":"PSK-AES256-CBC-SHA","nodeName":"psk-aes256-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":142,"hex":"0x008E","name":"TLS_DHE_PSK_WITH_RC4_128_SHA","iana":"TLS_DHE_PSK_WITH_RC4_128_SHA","openssl":"DHE-PSK-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc4279","rfc6347"]},{"code":143,"hex":"0x008F","name":"TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA","iana":"TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA","openssl":"DHE-PSK-3DES-EDE-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":144,"hex":"0x0090","name":"TLS_DHE_PSK_WITH_AES_128_CBC_SHA","iana":"TLS_DHE_PSK_WITH_AES_128_CBC_SHA","openssl":"DHE-PSK-AES128-CBC-SHA","nodeName":"dhe-psk-aes128-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":145,"hex":"0x0091","name":"TLS_DHE_PSK_WITH_AES_256_CBC_SHA","iana":"TLS_DHE_PSK_WITH_AES_256_CBC_SHA","openssl":"DHE-PSK-AES256-CBC-SHA","nodeName":"dhe-psk-aes256-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":146,"hex":"0x0092","name":"TLS_RSA_PSK_WITH_RC4_128_SHA","iana":"TLS_RSA_PSK_WITH_RC4_128_SHA","openssl":"RSA-PSK-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc4279","rfc6347"]},{"code":147,"hex":"0x0093","name":"TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA","iana":"TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA","openssl":"RSA-PSK-3DES-EDE-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":148,"hex":"0x0094","name":"TLS_RSA_PSK_WITH_AES_128_CBC_SHA","iana":"TLS_RSA_PSK_WITH_AES_128_CBC_SHA","openssl":"RSA-PSK-AES128-CBC-SHA","nodeName":"rsa-psk-aes128-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":149,"hex":"0x0095","name":"TLS_RSA_PSK_WITH_AES_256_CBC_SHA","iana":"TLS_RSA_PSK_WITH_AES_256_CBC_SHA","openssl":"RSA-PSK-AES256-CBC-SHA","nodeName":"rsa-psk-aes256-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":150,"hex":"0x0096","name":"TLS_RSA_WITH_SEED_CBC_SHA","iana":"TLS_RSA_WITH_SEED_CBC_SHA","openssl":"SEED-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"SEED","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4162"]},{"code":151,"hex":"0x0097","name":"TLS_DH_DSS_WITH_SEED_CBC_SHA","iana":"TLS_DH_DSS_WITH_SEED_CBC_SHA","openssl":"DH-DSS-SEED-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"SEED","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4162"]},{"code":152,"hex":"0x0098","name":"TLS_DH_RSA_WITH_SEED_CBC_SHA","iana":"TLS_DH_RSA_WITH_SEED_CBC_SHA","openssl":"DH-RSA-SEED-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"SEED","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4162"]},{"code":153,"hex":"0x0099","name":"TLS_DHE_DSS_WITH_SEED_CBC_SHA","iana":"TLS_DHE_DSS_WITH_SEED_CBC_SHA","openssl":"DHE-DSS-SEED-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"SEED","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4162"]},{"code":154,"hex":"0x009A","name":"TLS_DHE_RSA_WITH_SEED_CBC_SHA","iana":"TLS_DHE_RSA_WITH_SEED_CBC_SHA","openssl":"DHE-RSA-SEED-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"SEED","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4162"]},{"code":155,"hex":"0x009B","name":"TLS_DH_anon_WITH_SEED_CBC_SHA","iana":"TLS_DH_anon_WITH_SEED_CBC_SHA","openssl":"ADH-SEED-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"SEED","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc4162"]},{"code":156,"hex":"0x009C","name":"TLS_RSA_WITH_AES_128_GCM_SHA256","iana":"TLS_RSA_WITH_AES_128_GCM_SHA256","openssl":"AES128-GCM-SHA256","nodeName":"aes128-gcm-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5288"]},{"code":157,"hex":"0x009D","name":"TLS_RSA_WITH_AES_256_GCM_SHA384","iana":"TLS_RSA_WITH_AES_256_GCM_SHA384","openssl":"AES256-GCM-SHA384","nodeName":"aes256-gcm-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5288"]},{"code":158,"hex":"0x009E","name":"TLS_DHE_RSA_WITH_AES_128_GCM_SHA256","iana":"TLS_DHE_RSA_WITH_AES_128_GCM_SHA256","openssl":"DHE-RSA-AES128-GCM-SHA256","nodeName":"dhe-rsa-aes128-gcm-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc5288"]},{"code":159,"hex":"0x009F","name":"TLS_DHE_RSA_WITH_AES_256_GCM_SHA384","iana":"TLS_DHE_RSA_WITH_AES_256_GCM_SHA384","openssl":"DHE-RSA-AES256-GCM-SHA384","nodeName":"dhe-rsa-aes256-gcm-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc5288"]},{"code":160,"hex":"0x00A0","name":"TLS_DH_RSA_WITH_AES_128_GCM_SHA256","iana":"TLS_DH_RSA_WITH_AES_128_GCM_SHA256","openssl":"DH-RSA-AES128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5288"]},{"code":161,"hex":"0x00A1","name":"TLS_DH_RSA_WITH_AES_256_GCM_SHA384","iana":"TLS_DH_RSA_WITH_AES_256_GCM_SHA384","openssl":"DH-RSA-AES256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5288"]},{"code":162,"hex":"0x00A2","name":"TLS_DHE_DSS_WITH_AES_128_GCM_SHA256","iana":"TLS_DHE_DSS_WITH_AES_128_GCM_SHA256","openssl":"DHE-DSS-AES128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc5288"]},{"code":163,"hex":"0x00A3","name":"TLS_DHE_DSS_WITH_AES_256_GCM_SHA384","iana":"TLS_DHE_DSS_WITH_AES_256_GCM_SHA384","openssl":"DHE-DSS-AES256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc5288"]},{"code":164,"hex":"0x00A4","name":"TLS_DH_DSS_WITH_AES_128_GCM_SHA256","iana":"TLS_DH_DSS_WITH_AES_128_GCM_SHA256","openssl":"DH-DSS-AES128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5288"]},{"code":165,"hex":"0x00A5","name":"TLS_DH_DSS_WITH_AES_256_GCM_SHA384","iana":"TLS_DH_DSS_WITH_AES_256_GCM_SHA384","openssl":"DH-DSS-AES256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5288"]},{"code":166,"hex":"0x00A6","name":"TLS_DH_anon_WITH_AES_128_GCM_SHA256","iana":"TLS_DH_anon_WITH_AES_128_GCM_SHA256","openssl":"ADH-AES128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5288"]},{"code":167,"hex":"0x00A7","name":"TLS_DH_anon_WITH_AES_256_GCM_SHA384","iana":"TLS_DH_anon_WITH_AES_256_GCM_SHA384","openssl":"ADH-AES256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5288"]},{"code":168,"hex":"0x00A8","name":"TLS_PSK_WITH_AES_128_GCM_SHA256","iana":"TLS_PSK_WITH_AES_128_GCM_SHA256","openssl":"PSK-AES128-GCM-SHA256","nodeName":"psk-aes128-gcm-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5487"]},{"code":169,"hex":"0x00A9","name":"TLS_PSK_WITH_AES_256_GCM_SHA384","iana":"TLS_PSK_WITH_AES_256_GCM_SHA384","openssl":"PSK-AES256-GCM-SHA384","nodeName":"psk-aes256-gcm-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5487"]},{"code":170,"hex":"0x00AA","name":"TLS_DHE_PSK_WITH_AES_128_GCM_SHA256","iana":"TLS_DHE_PSK_WITH_AES_128_GCM_SHA256","openssl":"DHE-PSK-AES128-GCM-SHA256","nodeName":"dhe-psk-aes128-gcm-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc5487"]},{"code":171,"hex":"0x00AB","name":"TLS_DHE_PSK_WITH_AES_256_GCM_SHA384","iana":"TLS_DHE_PSK_WITH_AES_256_GCM_SHA384","openssl":"DHE-PSK-AES256-GCM-SHA384","nodeName":"dhe-psk-aes256-gcm-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc5487"]},{"code":172,"hex":"0x00AC","name":"TLS_RSA_PSK_WITH_AES_128_GCM_SHA256","iana":"TLS_RSA_PSK_WITH_AES_128_GCM_SHA256","openssl":"RSA-PSK-AES128-GCM-SHA256","nodeName":"rsa-psk-aes128-gcm-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5487"]},{"code":173,"hex":"0x00AD","name":"TLS_RSA_PSK_WITH_AES_256_GCM_SHA384","iana":"TLS_RSA_PSK_WITH_AES_256_GCM_SHA384","openssl":"RSA-PSK-AES256-GCM-SHA384","nodeName":"rsa-psk-aes256-gcm-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5487"]},{"code":174,"hex":"0x00AE","name":"TLS_PSK_WITH_AES_128_CBC_SHA256","iana":"TLS_PSK_WITH_AES_128_CBC_SHA256","openssl":"PSK-AES128-CBC-SHA256","nodeName":"psk-aes128-cbc-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"PSK","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5487"]},{"code":175,"hex":"0x00AF","name":"TLS_PSK_WITH_AES_256_CBC_SHA384","iana":"TLS_PSK_WITH_AES_256_CBC_SHA384","openssl":"PSK-AES256-CBC-SHA384","nodeName":"psk-aes256-cbc-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"PSK","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5487"]},{"code":176,"hex":"0x00B0","name":"TLS_PSK_WITH_NULL_SHA256","iana":"TLS_PSK_WITH_NULL_SHA256","openssl":"PSK-NULL-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"PSK","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5487"]},{"code":177,"hex":"0x00B1","name":"TLS_PSK_WITH_NULL_SHA384","iana":"TLS_PSK_WITH_NULL_SHA384","openssl":"PSK-NULL-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"PSK","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5487"]},{"code":178,"hex":"0x00B2","name":"TLS_DHE_PSK_WITH_AES_128_CBC_SHA256","iana":"TLS_DHE_PSK_WITH_AES_128_CBC_SHA256","openssl":"DHE-PSK-AES128-CBC-SHA256","nodeName":"dhe-psk-aes128-cbc-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"DHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5487"]},{"code":179,"hex":"0x00B3","name":"TLS_DHE_PSK_WITH_AES_256_CBC_SHA384","iana":"TLS_DHE_PSK_WITH_AES_256_CBC_SHA384","openssl":"DHE-PSK-AES256-CBC-SHA384","nodeName":"dhe-psk-aes256-cbc-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"DHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5487"]},{"code":180,"hex":"0x00B4","name":"TLS_DHE_PSK_WITH_NULL_SHA256","iana":"TLS_DHE_PSK_WITH_NULL_SHA256","openssl":"DHE-PSK-NULL-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"DHE","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5487"]},{"code":181,"hex":"0x00B5","name":"TLS_DHE_PSK_WITH_NULL_SHA384","iana":"TLS_DHE_PSK_WITH_NULL_SHA384","openssl":"DHE-PSK-NULL-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"DHE","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5487"]},{"code":182,"hex":"0x00B6","name":"TLS_RSA_PSK_WITH_AES_128_CBC_SHA256","iana":"TLS_RSA_PSK_WITH_AES_128_CBC_SHA256","openssl":"RSA-PSK-AES128-CBC-SHA256","nodeName":"rsa-psk-aes128-cbc-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"RSA","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5487"]},{"code":183,"hex":"0x00B7","name":"TLS_RSA_PSK_WITH_AES_256_CBC_SHA384","iana":"TLS_RSA_PSK_WITH_AES_256_CBC_SHA384","openssl":"RSA-PSK-AES256-CBC-SHA384","nodeName":"rsa-psk-aes256-cbc-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"RSA","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5487"]},{"code":184,"hex":"0x00B8","name":"TLS_RSA_PSK_WITH_NULL_SHA256","iana":"TLS_RSA_PSK_WITH_NULL_SHA256","openssl":"RSA-PSK-NULL-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"RSA","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5487"]},{"code":185,"hex":"0x00B9","name":"TLS_RSA_PSK_WITH_NULL_SHA384","iana":"TLS_RSA_PSK_WITH_NULL_SHA384","openssl":"RSA-PSK-NULL-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"RSA","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5487"]},{"code":186,"hex":"0x00BA","name":"TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256","openssl":"CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":187,"hex":"0x00BB","name":"TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA256","openssl":"DH-DSS-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":188,"hex":"0x00BC","name":"TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA256","openssl":"DH-RSA-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":189,"hex":"0x00BD","name":"TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256","openssl":"DHE-DSS-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":190,"hex":"0x00BE","name":"TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256","openssl":"DHE-RSA-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":191,"hex":"0x00BF","name":"TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256","openssl":"ADH-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5932"]},{"code":192,"hex":"0x00C0","name":"TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256","iana":"TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256","openssl":"CAMELLIA256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":193,"hex":"0x00C1","name":"TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA256","iana":"TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA256","openssl":"DH-DSS-CAMELLIA256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":194,"hex":"0x00C2","name":"TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA256","iana":"TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA256","openssl":"DH-RSA-CAMELLIA256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":195,"hex":"0x00C3","name":"TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256","iana":"TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256","openssl":"DHE-DSS-CAMELLIA256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":196,"hex":"0x00C4","name":"TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256","iana":"TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256","openssl":"DHE-RSA-CAMELLIA256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":197,"hex":"0x00C5","name":"TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256","iana":"TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256","openssl":"ADH-CAMELLIA256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5932"]},{"code":198,"hex":"0x00C6","name":"TLS_SM4_GCM_SM3","iana":"TLS_SM4_GCM_SM3","openssl":"TLS_SM4_GCM_SM3","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"SM4","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SM3","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","national algorithm (GOST/SM)"],"refs":["rfc8998"]},{"code":199,"hex":"0x00C7","name":"TLS_SM4_CCM_SM3","iana":"TLS_SM4_CCM_SM3","openssl":"TLS_SM4_CCM_SM3","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"SM4","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SM3","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","national algorithm (GOST/SM)"],"refs":["rfc8998"]},{"code":255,"hex":"0x00FF","name":"TLS_EMPTY_RENEGOTIATION_INFO_SCSV","iana":"TLS_EMPTY_RENEGOTIATION_INFO_SCSV","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":true,"minVersion":null,"maxVersion":null,"versionSource":"table","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"n/a","ratingReasons":["signalling value, not a cipher suite"],"refs":["rfc5746"]},{"code":4865,"hex":"0x1301","name":"TLS_AES_128_GCM_SHA256","iana":"TLS_AES_128_GCM_SHA256","openssl":"TLS_AES_128_GCM_SHA256","nodeName":"tls_aes_128_gcm_sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["TLS 1.3 standard AEAD"],"refs":["rfc8446"]},{"code":4866,"hex":"0x1302","name":"TLS_AES_256_GCM_SHA384","iana":"TLS_AES_256_GCM_SHA384","openssl":"TLS_AES_256_GCM_SHA384","nodeName":"tls_aes_256_gcm_sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["TLS 1.3 standard AEAD"],"refs":["rfc8446"]},{"code":4867,"hex":"0x1303","name":"TLS_CHACHA20_POLY1305_SHA256","iana":"TLS_CHACHA20_POLY1305_SHA256","openssl":"TLS_CHACHA20_POLY1305_SHA256","nodeName":"tls_chacha20_poly1305_sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["TLS 1.3 standard AEAD"],"refs":["rfc8446"]},{"code":4868,"hex":"0x1304","name":"TLS_AES_128_CCM_SHA256","iana":"TLS_AES_128_CCM_SHA256","openssl":"TLS_AES_128_CCM_SHA256","nodeName":"tls_aes_128_ccm_sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc8446"]},{"code":4869,"hex":"0x1305","name":"TLS_AES_128_CCM_8_SHA256","iana":"TLS_AES_128_CCM_8_SHA256","openssl":"TLS_AES_128_CCM_8_SHA256","nodeName":"tls_aes_128_ccm_8_sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"AES","mode":"CCM_8","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","64-bit tag (CCM_8)"],"refs":["rfc8446","iesg action 2018-08-16"]},{"code":4870,"hex":"0x1306","name":"TLS_AEGIS_256_SHA512","iana":"TLS_AEGIS_256_SHA512","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"AEGIS-256","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA512","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["draft-irtf-cfrg-aegis-aead-08"]},{"code":4871,"hex":"0x1307","name":"TLS_AEGIS_128L_SHA256","iana":"TLS_AEGIS_128L_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"AEGIS-128L","mode":"AEAD","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["draft-irtf-cfrg-aegis-aead-08"]},{"code":5815,"hex":"0x16B7","name":"TLS_CECPQ1_RSA_WITH_CHACHA20_POLY1305_SHA256","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":5816,"hex":"0x16B8","name":"TLS_CECPQ1_ECDSA_WITH_CHACHA20_POLY1305_SHA256","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":5817,"hex":"0x16B9","name":"TLS_CECPQ1_RSA_WITH_AES_256_GCM_SHA384","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":5818,"hex":"0x16BA","name":"TLS_CECPQ1_ECDSA_WITH_AES_256_GCM_SHA384","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":22016,"hex":"0x5600","name":"TLS_FALLBACK_SCSV","iana":"TLS_FALLBACK_SCSV","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":true,"minVersion":null,"maxVersion":null,"versionSource":"table","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"n/a","ratingReasons":["signalling value, not a cipher suite"],"refs":["rfc7507"]},{"code":49153,"hex":"0xC001","name":"TLS_ECDH_ECDSA_WITH_NULL_SHA","iana":"TLS_ECDH_ECDSA_WITH_NULL_SHA","openssl":"ECDH-ECDSA-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc8422"]},{"code":49154,"hex":"0xC002","name":"TLS_ECDH_ECDSA_WITH_RC4_128_SHA","iana":"TLS_ECDH_ECDSA_WITH_RC4_128_SHA","openssl":"ECDH-ECDSA-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc8422","rfc6347"]},{"code":49155,"hex":"0xC003","name":"TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA","openssl":"ECDH-ECDSA-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49156,"hex":"0xC004","name":"TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA","iana":"TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA","openssl":"ECDH-ECDSA-AES128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49157,"hex":"0xC005","name":"TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA","iana":"TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA","openssl":"ECDH-ECDSA-AES256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49158,"hex":"0xC006","name":"TLS_ECDHE_ECDSA_WITH_NULL_SHA","iana":"TLS_ECDHE_ECDSA_WITH_NULL_SHA","openssl":"ECDHE-ECDSA-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc8422"]},{"code":49159,"hex":"0xC007","name":"TLS_ECDHE_ECDSA_WITH_RC4_128_SHA","iana":"TLS_ECDHE_ECDSA_WITH_RC4_128_SHA","openssl":"ECDHE-ECDSA-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc8422","rfc6347"]},{"code":49160,"hex":"0xC008","name":"TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA","openssl":"ECDHE-ECDSA-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49161,"hex":"0xC009","name":"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA","iana":"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA","openssl":"ECDHE-ECDSA-AES128-SHA","nodeName":"ecdhe-ecdsa-aes128-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49162,"hex":"0xC00A","name":"TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA","iana":"TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA","openssl":"ECDHE-ECDSA-AES256-SHA","nodeName":"ecdhe-ecdsa-aes256-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49163,"hex":"0xC00B","name":"TLS_ECDH_RSA_WITH_NULL_SHA","iana":"TLS_ECDH_RSA_WITH_NULL_SHA","openssl":"ECDH-RSA-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc8422"]},{"code":49164,"hex":"0xC00C","name":"TLS_ECDH_RSA_WITH_RC4_128_SHA","iana":"TLS_ECDH_RSA_WITH_RC4_128_SHA","openssl":"ECDH-RSA-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc8422","rfc6347"]},{"code":49165,"hex":"0xC00D","name":"TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA","openssl":"ECDH-RSA-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49166,"hex":"0xC00E","name":"TLS_ECDH_RSA_WITH_AES_128_CBC_SHA","iana":"TLS_ECDH_RSA_WITH_AES_128_CBC_SHA","openssl":"ECDH-RSA-AES128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49167,"hex":"0xC00F","name":"TLS_ECDH_RSA_WITH_AES_256_CBC_SHA","iana":"TLS_ECDH_RSA_WITH_AES_256_CBC_SHA","openssl":"ECDH-RSA-AES256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49168,"hex":"0xC010","name":"TLS_ECDHE_RSA_WITH_NULL_SHA","iana":"TLS_ECDHE_RSA_WITH_NULL_SHA","openssl":"ECDHE-RSA-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc8422"]},{"code":49169,"hex":"0xC011","name":"TLS_ECDHE_RSA_WITH_RC4_128_SHA","iana":"TLS_ECDHE_RSA_WITH_RC4_128_SHA","openssl":"ECDHE-RSA-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc8422","rfc6347"]},{"code":49170,"hex":"0xC012","name":"TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA","openssl":"ECDHE-RSA-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49171,"hex":"0xC013","name":"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA","iana":"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA","openssl":"ECDHE-RSA-AES128-SHA","nodeName":"ecdhe-rsa-aes128-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49172,"hex":"0xC014","name":"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA","iana":"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA","openssl":"ECDHE-RSA-AES256-SHA","nodeName":"ecdhe-rsa-aes256-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49173,"hex":"0xC015","name":"TLS_ECDH_anon_WITH_NULL_SHA","iana":"TLS_ECDH_anon_WITH_NULL_SHA","openssl":"AECDH-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"anon","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)","no authentication (anonymous)"],"refs":["rfc8422"]},{"code":49174,"hex":"0xC016","name":"TLS_ECDH_anon_WITH_RC4_128_SHA","iana":"TLS_ECDH_anon_WITH_RC4_128_SHA","openssl":"AECDH-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"anon","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)","RC4 broken/too short"],"refs":["rfc8422","rfc6347"]},{"code":49175,"hex":"0xC017","name":"TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA","iana":"TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA","openssl":"AECDH-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"anon","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc8422"]},{"code":49176,"hex":"0xC018","name":"TLS_ECDH_anon_WITH_AES_128_CBC_SHA","iana":"TLS_ECDH_anon_WITH_AES_128_CBC_SHA","openssl":"AECDH-AES128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"anon","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc8422"]},{"code":49177,"hex":"0xC019","name":"TLS_ECDH_anon_WITH_AES_256_CBC_SHA","iana":"TLS_ECDH_anon_WITH_AES_256_CBC_SHA","openssl":"AECDH-AES256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"anon","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc8422"]},{"code":49178,"hex":"0xC01A","name":"TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA","openssl":"SRP-3DES-EDE-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"SRP","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49179,"hex":"0xC01B","name":"TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA","openssl":"SRP-RSA-3DES-EDE-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"RSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49180,"hex":"0xC01C","name":"TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA","iana":"TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA","openssl":"SRP-DSS-3DES-EDE-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"DSS","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49181,"hex":"0xC01D","name":"TLS_SRP_SHA_WITH_AES_128_CBC_SHA","iana":"TLS_SRP_SHA_WITH_AES_128_CBC_SHA","openssl":"SRP-AES-128-CBC-SHA","nodeName":"srp-aes-128-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"SRP","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49182,"hex":"0xC01E","name":"TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA","iana":"TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA","openssl":"SRP-RSA-AES-128-CBC-SHA","nodeName":"srp-rsa-aes-128-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49183,"hex":"0xC01F","name":"TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA","iana":"TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA","openssl":"SRP-DSS-AES-128-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"DSS","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49184,"hex":"0xC020","name":"TLS_SRP_SHA_WITH_AES_256_CBC_SHA","iana":"TLS_SRP_SHA_WITH_AES_256_CBC_SHA","openssl":"SRP-AES-256-CBC-SHA","nodeName":"srp-aes-256-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"SRP","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49185,"hex":"0xC021","name":"TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA","iana":"TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA","openssl":"SRP-RSA-AES-256-CBC-SHA","nodeName":"srp-rsa-aes-256-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49186,"hex":"0xC022","name":"TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA","iana":"TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA","openssl":"SRP-DSS-AES-256-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"DSS","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49187,"hex":"0xC023","name":"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256","iana":"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256","openssl":"ECDHE-ECDSA-AES128-SHA256","nodeName":"ecdhe-ecdsa-aes128-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49188,"hex":"0xC024","name":"TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384","iana":"TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384","openssl":"ECDHE-ECDSA-AES256-SHA384","nodeName":"ecdhe-ecdsa-aes256-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49189,"hex":"0xC025","name":"TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256","iana":"TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256","openssl":"ECDH-ECDSA-AES128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49190,"hex":"0xC026","name":"TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384","iana":"TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384","openssl":"ECDH-ECDSA-AES256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49191,"hex":"0xC027","name":"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256","iana":"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256","openssl":"ECDHE-RSA-AES128-SHA256","nodeName":"ecdhe-rsa-aes128-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49192,"hex":"0xC028","name":"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384","iana":"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384","openssl":"ECDHE-RSA-AES256-SHA384","nodeName":"ecdhe-rsa-aes256-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49193,"hex":"0xC029","name":"TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256","iana":"TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256","openssl":"ECDH-RSA-AES128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49194,"hex":"0xC02A","name":"TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384","iana":"TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384","openssl":"ECDH-RSA-AES256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49195,"hex":"0xC02B","name":"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256","iana":"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256","openssl":"ECDHE-ECDSA-AES128-GCM-SHA256","nodeName":"ecdhe-ecdsa-aes128-gcm-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc5289"]},{"code":49196,"hex":"0xC02C","name":"TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384","iana":"TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384","openssl":"ECDHE-ECDSA-AES256-GCM-SHA384","nodeName":"ecdhe-ecdsa-aes256-gcm-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc5289"]},{"code":49197,"hex":"0xC02D","name":"TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256","iana":"TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256","openssl":"ECDH-ECDSA-AES128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5289"]},{"code":49198,"hex":"0xC02E","name":"TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384","iana":"TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384","openssl":"ECDH-ECDSA-AES256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5289"]},{"code":49199,"hex":"0xC02F","name":"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256","iana":"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256","openssl":"ECDHE-RSA-AES128-GCM-SHA256","nodeName":"ecdhe-rsa-aes128-gcm-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc5289"]},{"code":49200,"hex":"0xC030","name":"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384","iana":"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384","openssl":"ECDHE-RSA-AES256-GCM-SHA384","nodeName":"ecdhe-rsa-aes256-gcm-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc5289"]},{"code":49201,"hex":"0xC031","name":"TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256","iana":"TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256","openssl":"ECDH-RSA-AES128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5289"]},{"code":49202,"hex":"0xC032","name":"TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384","iana":"TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384","openssl":"ECDH-RSA-AES256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5289"]},{"code":49203,"hex":"0xC033","name":"TLS_ECDHE_PSK_WITH_RC4_128_SHA","iana":"TLS_ECDHE_PSK_WITH_RC4_128_SHA","openssl":"ECDHE-PSK-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc5489","rfc6347"]},{"code":49204,"hex":"0xC034","name":"TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA","iana":"TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA","openssl":"ECDHE-PSK-3DES-EDE-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5489"]},{"code":49205,"hex":"0xC035","name":"TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA","iana":"TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA","openssl":"ECDHE-PSK-AES128-CBC-SHA","nodeName":"ecdhe-psk-aes128-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5489"]},{"code":49206,"hex":"0xC036","name":"TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA","iana":"TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA","openssl":"ECDHE-PSK-AES256-CBC-SHA","nodeName":"ecdhe-psk-aes256-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5489"]},{"code":49207,"hex":"0xC037","name":"TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256","iana":"TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256","openssl":"ECDHE-PSK-AES128-CBC-SHA256","nodeName":"ecdhe-psk-aes128-cbc-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5489"]},{"code":49208,"hex":"0xC038","name":"TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384","iana":"TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384","openssl":"ECDHE-PSK-AES256-CBC-SHA384","nodeName":"ecdhe-psk-aes256-cbc-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5489"]},{"code":49209,"hex":"0xC039","name":"TLS_ECDHE_PSK_WITH_NULL_SHA","iana":"TLS_ECDHE_PSK_WITH_NULL_SHA","openssl":"ECDHE-PSK-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5489"]},{"code":49210,"hex":"0xC03A","name":"TLS_ECDHE_PSK_WITH_NULL_SHA256","iana":"TLS_ECDHE_PSK_WITH_NULL_SHA256","openssl":"ECDHE-PSK-NULL-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"ECDHE","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5489"]},{"code":49211,"hex":"0xC03B","name":"TLS_ECDHE_PSK_WITH_NULL_SHA384","iana":"TLS_ECDHE_PSK_WITH_NULL_SHA384","openssl":"ECDHE-PSK-NULL-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"ECDHE","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5489"]},{"code":49212,"hex":"0xC03C","name":"TLS_RSA_WITH_ARIA_128_CBC_SHA256","iana":"TLS_RSA_WITH_ARIA_128_CBC_SHA256","openssl":"ARIA128-CBC-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49213,"hex":"0xC03D","name":"TLS_RSA_WITH_ARIA_256_CBC_SHA384","iana":"TLS_RSA_WITH_ARIA_256_CBC_SHA384","openssl":"ARIA256-CBC-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49214,"hex":"0xC03E","name":"TLS_DH_DSS_WITH_ARIA_128_CBC_SHA256","iana":"TLS_DH_DSS_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49215,"hex":"0xC03F","name":"TLS_DH_DSS_WITH_ARIA_256_CBC_SHA384","iana":"TLS_DH_DSS_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49216,"hex":"0xC040","name":"TLS_DH_RSA_WITH_ARIA_128_CBC_SHA256","iana":"TLS_DH_RSA_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49217,"hex":"0xC041","name":"TLS_DH_RSA_WITH_ARIA_256_CBC_SHA384","iana":"TLS_DH_RSA_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49218,"hex":"0xC042","name":"TLS_DHE_DSS_WITH_ARIA_128_CBC_SHA256","iana":"TLS_DHE_DSS_WITH_ARIA_128_CBC_SHA256","openssl":"DHE-DSS-ARIA128-CBC-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49219,"hex":"0xC043","name":"TLS_DHE_DSS_WITH_ARIA_256_CBC_SHA384","iana":"TLS_DHE_DSS_WITH_ARIA_256_CBC_SHA384","openssl":"DHE-DSS-ARIA256-CBC-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49220,"hex":"0xC044","name":"TLS_DHE_RSA_WITH_ARIA_128_CBC_SHA256","iana":"TLS_DHE_RSA_WITH_ARIA_128_CBC_SHA256","openssl":"DHE-RSA-ARIA128-CBC-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49221,"hex":"0xC045","name":"TLS_DHE_RSA_WITH_ARIA_256_CBC_SHA384","iana":"TLS_DHE_RSA_WITH_ARIA_256_CBC_SHA384","openssl":"DHE-RSA-ARIA256-CBC-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49222,"hex":"0xC046","name":"TLS_DH_anon_WITH_ARIA_128_CBC_SHA256","iana":"TLS_DH_anon_WITH_ARIA_128_CBC_SHA256","openssl":"DH-anon-ARIA128-CBC-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc6209"]},{"code":49223,"hex":"0xC047","name":"TLS_DH_anon_WITH_ARIA_256_CBC_SHA384","iana":"TLS_DH_anon_WITH_ARIA_256_CBC_SHA384","openssl":"DH-anon-ARIA256-CBC-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc6209"]},{"code":49224,"hex":"0xC048","name":"TLS_ECDHE_ECDSA_WITH_ARIA_128_CBC_SHA256","iana":"TLS_ECDHE_ECDSA_WITH_ARIA_128_CBC_SHA256","openssl":"ECDHE-ECDSA-ARIA128-CBC-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49225,"hex":"0xC049","name":"TLS_ECDHE_ECDSA_WITH_ARIA_256_CBC_SHA384","iana":"TLS_ECDHE_ECDSA_WITH_ARIA_256_CBC_SHA384","openssl":"ECDHE-ECDSA-ARIA256-CBC-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49226,"hex":"0xC04A","name":"TLS_ECDH_ECDSA_WITH_ARIA_128_CBC_SHA256","iana":"TLS_ECDH_ECDSA_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49227,"hex":"0xC04B","name":"TLS_ECDH_ECDSA_WITH_ARIA_256_CBC_SHA384","iana":"TLS_ECDH_ECDSA_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49228,"hex":"0xC04C","name":"TLS_ECDHE_RSA_WITH_ARIA_128_CBC_SHA256","iana":"TLS_ECDHE_RSA_WITH_ARIA_128_CBC_SHA256","openssl":"ECDHE-RSA-ARIA128-CBC-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49229,"hex":"0xC04D","name":"TLS_ECDHE_RSA_WITH_ARIA_256_CBC_SHA384","iana":"TLS_ECDHE_RSA_WITH_ARIA_256_CBC_SHA384","openssl":"ECDHE-RSA-ARIA256-CBC-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49230,"hex":"0xC04E","name":"TLS_ECDH_RSA_WITH_ARIA_128_CBC_SHA256","iana":"TLS_ECDH_RSA_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49231,"hex":"0xC04F","name":"TLS_ECDH_RSA_WITH_ARIA_256_CBC_SHA384","iana":"TLS_ECDH_RSA_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49232,"hex":"0xC050","name":"TLS_RSA_WITH_ARIA_128_GCM_SHA256","iana":"TLS_RSA_WITH_ARIA_128_GCM_SHA256","openssl":"ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49233,"hex":"0xC051","name":"TLS_RSA_WITH_ARIA_256_GCM_SHA384","iana":"TLS_RSA_WITH_ARIA_256_GCM_SHA384","openssl":"ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49234,"hex":"0xC052","name":"TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256","iana":"TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256","openssl":"DHE-RSA-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6209"]},{"code":49235,"hex":"0xC053","name":"TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384","iana":"TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384","openssl":"DHE-RSA-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6209"]},{"code":49236,"hex":"0xC054","name":"TLS_DH_RSA_WITH_ARIA_128_GCM_SHA256","iana":"TLS_DH_RSA_WITH_ARIA_128_GCM_SHA256","openssl":"DH-RSA-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49237,"hex":"0xC055","name":"TLS_DH_RSA_WITH_ARIA_256_GCM_SHA384","iana":"TLS_DH_RSA_WITH_ARIA_256_GCM_SHA384","openssl":"DH-RSA-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49238,"hex":"0xC056","name":"TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256","iana":"TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256","openssl":"DHE-DSS-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6209"]},{"code":49239,"hex":"0xC057","name":"TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384","iana":"TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384","openssl":"DHE-DSS-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6209"]},{"code":49240,"hex":"0xC058","name":"TLS_DH_DSS_WITH_ARIA_128_GCM_SHA256","iana":"TLS_DH_DSS_WITH_ARIA_128_GCM_SHA256","openssl":"DH-DSS-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49241,"hex":"0xC059","name":"TLS_DH_DSS_WITH_ARIA_256_GCM_SHA384","iana":"TLS_DH_DSS_WITH_ARIA_256_GCM_SHA384","openssl":"DH-DSS-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49242,"hex":"0xC05A","name":"TLS_DH_anon_WITH_ARIA_128_GCM_SHA256","iana":"TLS_DH_anon_WITH_ARIA_128_GCM_SHA256","openssl":"ADH-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc6209"]},{"code":49243,"hex":"0xC05B","name":"TLS_DH_anon_WITH_ARIA_256_GCM_SHA384","iana":"TLS_DH_anon_WITH_ARIA_256_GCM_SHA384","openssl":"ADH-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc6209"]},{"code":49244,"hex":"0xC05C","name":"TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256","iana":"TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256","openssl":"ECDHE-ECDSA-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6209"]},{"code":49245,"hex":"0xC05D","name":"TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384","iana":"TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384","openssl":"ECDHE-ECDSA-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6209"]},{"code":49246,"hex":"0xC05E","name":"TLS_ECDH_ECDSA_WITH_ARIA_128_GCM_SHA256","iana":"TLS_ECDH_ECDSA_WITH_ARIA_128_GCM_SHA256","openssl":"ECDH-ECDSA-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49247,"hex":"0xC05F","name":"TLS_ECDH_ECDSA_WITH_ARIA_256_GCM_SHA384","iana":"TLS_ECDH_ECDSA_WITH_ARIA_256_GCM_SHA384","openssl":"ECDH-ECDSA-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49248,"hex":"0xC060","name":"TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256","iana":"TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256","openssl":"ECDHE-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6209"]},{"code":49249,"hex":"0xC061","name":"TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384","iana":"TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384","openssl":"ECDHE-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6209"]},{"code":49250,"hex":"0xC062","name":"TLS_ECDH_RSA_WITH_ARIA_128_GCM_SHA256","iana":"TLS_ECDH_RSA_WITH_ARIA_128_GCM_SHA256","openssl":"ECDH-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49251,"hex":"0xC063","name":"TLS_ECDH_RSA_WITH_ARIA_256_GCM_SHA384","iana":"TLS_ECDH_RSA_WITH_ARIA_256_GCM_SHA384","openssl":"ECDH-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49252,"hex":"0xC064","name":"TLS_PSK_WITH_ARIA_128_CBC_SHA256","iana":"TLS_PSK_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49253,"hex":"0xC065","name":"TLS_PSK_WITH_ARIA_256_CBC_SHA384","iana":"TLS_PSK_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49254,"hex":"0xC066","name":"TLS_DHE_PSK_WITH_ARIA_128_CBC_SHA256","iana":"TLS_DHE_PSK_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49255,"hex":"0xC067","name":"TLS_DHE_PSK_WITH_ARIA_256_CBC_SHA384","iana":"TLS_DHE_PSK_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49256,"hex":"0xC068","name":"TLS_RSA_PSK_WITH_ARIA_128_CBC_SHA256","iana":"TLS_RSA_PSK_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49257,"hex":"0xC069","name":"TLS_RSA_PSK_WITH_ARIA_256_CBC_SHA384","iana":"TLS_RSA_PSK_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49258,"hex":"0xC06A","name":"TLS_PSK_WITH_ARIA_128_GCM_SHA256","iana":"TLS_PSK_WITH_ARIA_128_GCM_SHA256","openssl":"PSK-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49259,"hex":"0xC06B","name":"TLS_PSK_WITH_ARIA_256_GCM_SHA384","iana":"TLS_PSK_WITH_ARIA_256_GCM_SHA384","openssl":"PSK-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49260,"hex":"0xC06C","name":"TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256","iana":"TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256","openssl":"DHE-PSK-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6209"]},{"code":49261,"hex":"0xC06D","name":"TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384","iana":"TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384","openssl":"DHE-PSK-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6209"]},{"code":49262,"hex":"0xC06E","name":"TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256","iana":"TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256","openssl":"RSA-PSK-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49263,"hex":"0xC06F","name":"TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384","iana":"TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384","openssl":"RSA-PSK-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49264,"hex":"0xC070","name":"TLS_ECDHE_PSK_WITH_ARIA_128_CBC_SHA256","iana":"TLS_ECDHE_PSK_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49265,"hex":"0xC071","name":"TLS_ECDHE_PSK_WITH_ARIA_256_CBC_SHA384","iana":"TLS_ECDHE_PSK_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49266,"hex":"0xC072","name":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256","openssl":"ECDHE-ECDSA-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49267,"hex":"0xC073","name":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384","openssl":"ECDHE-ECDSA-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49268,"hex":"0xC074","name":"TLS_ECDH_ECDSA_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_ECDH_ECDSA_WITH_CAMELLIA_128_CBC_SHA256","openssl":"ECDH-ECDSA-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49269,"hex":"0xC075","name":"TLS_ECDH_ECDSA_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_ECDH_ECDSA_WITH_CAMELLIA_256_CBC_SHA384","openssl":"ECDH-ECDSA-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49270,"hex":"0xC076","name":"TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256","openssl":"ECDHE-RSA-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49271,"hex":"0xC077","name":"TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384","openssl":"ECDHE-RSA-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49272,"hex":"0xC078","name":"TLS_ECDH_RSA_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_ECDH_RSA_WITH_CAMELLIA_128_CBC_SHA256","openssl":"ECDH-RSA-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49273,"hex":"0xC079","name":"TLS_ECDH_RSA_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_ECDH_RSA_WITH_CAMELLIA_256_CBC_SHA384","openssl":"ECDH-RSA-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49274,"hex":"0xC07A","name":"TLS_RSA_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_RSA_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49275,"hex":"0xC07B","name":"TLS_RSA_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_RSA_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49276,"hex":"0xC07C","name":"TLS_DHE_RSA_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_DHE_RSA_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6367"]},{"code":49277,"hex":"0xC07D","name":"TLS_DHE_RSA_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_DHE_RSA_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6367"]},{"code":49278,"hex":"0xC07E","name":"TLS_DH_RSA_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_DH_RSA_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49279,"hex":"0xC07F","name":"TLS_DH_RSA_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_DH_RSA_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49280,"hex":"0xC080","name":"TLS_DHE_DSS_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_DHE_DSS_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6367"]},{"code":49281,"hex":"0xC081","name":"TLS_DHE_DSS_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_DHE_DSS_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6367"]},{"code":49282,"hex":"0xC082","name":"TLS_DH_DSS_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_DH_DSS_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49283,"hex":"0xC083","name":"TLS_DH_DSS_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_DH_DSS_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49284,"hex":"0xC084","name":"TLS_DH_anon_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_DH_anon_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc6367"]},{"code":49285,"hex":"0xC085","name":"TLS_DH_anon_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_DH_anon_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc6367"]},{"code":49286,"hex":"0xC086","name":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6367"]},{"code":49287,"hex":"0xC087","name":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6367"]},{"code":49288,"hex":"0xC088","name":"TLS_ECDH_ECDSA_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_ECDH_ECDSA_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49289,"hex":"0xC089","name":"TLS_ECDH_ECDSA_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_ECDH_ECDSA_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49290,"hex":"0xC08A","name":"TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6367"]},{"code":49291,"hex":"0xC08B","name":"TLS_ECDHE_RSA_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_ECDHE_RSA_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6367"]},{"code":49292,"hex":"0xC08C","name":"TLS_ECDH_RSA_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_ECDH_RSA_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49293,"hex":"0xC08D","name":"TLS_ECDH_RSA_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_ECDH_RSA_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49294,"hex":"0xC08E","name":"TLS_PSK_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_PSK_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49295,"hex":"0xC08F","name":"TLS_PSK_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_PSK_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49296,"hex":"0xC090","name":"TLS_DHE_PSK_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_DHE_PSK_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6367"]},{"code":49297,"hex":"0xC091","name":"TLS_DHE_PSK_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_DHE_PSK_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6367"]},{"code":49298,"hex":"0xC092","name":"TLS_RSA_PSK_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_RSA_PSK_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49299,"hex":"0xC093","name":"TLS_RSA_PSK_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_RSA_PSK_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49300,"hex":"0xC094","name":"TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256","openssl":"PSK-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"PSK","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49301,"hex":"0xC095","name":"TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384","openssl":"PSK-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"PSK","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49302,"hex":"0xC096","name":"TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256","openssl":"DHE-PSK-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"DHE","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49303,"hex":"0xC097","name":"TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384","openssl":"DHE-PSK-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"DHE","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49304,"hex":"0xC098","name":"TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256","openssl":"RSA-PSK-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"RSA","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49305,"hex":"0xC099","name":"TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384","openssl":"RSA-PSK-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"RSA","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49306,"hex":"0xC09A","name":"TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256","openssl":"ECDHE-PSK-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"ECDHE","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49307,"hex":"0xC09B","name":"TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384","openssl":"ECDHE-PSK-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"ECDHE","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49308,"hex":"0xC09C","name":"TLS_RSA_WITH_AES_128_CCM","iana":"TLS_RSA_WITH_AES_128_CCM","openssl":"AES128-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49309,"hex":"0xC09D","name":"TLS_RSA_WITH_AES_256_CCM","iana":"TLS_RSA_WITH_AES_256_CCM","openssl":"AES256-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CCM","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49310,"hex":"0xC09E","name":"TLS_DHE_RSA_WITH_AES_128_CCM","iana":"TLS_DHE_RSA_WITH_AES_128_CCM","openssl":"DHE-RSA-AES128-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49311,"hex":"0xC09F","name":"TLS_DHE_RSA_WITH_AES_256_CCM","iana":"TLS_DHE_RSA_WITH_AES_256_CCM","openssl":"DHE-RSA-AES256-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CCM","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49312,"hex":"0xC0A0","name":"TLS_RSA_WITH_AES_128_CCM_8","iana":"TLS_RSA_WITH_AES_128_CCM_8","openssl":"AES128-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CCM_8","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49313,"hex":"0xC0A1","name":"TLS_RSA_WITH_AES_256_CCM_8","iana":"TLS_RSA_WITH_AES_256_CCM_8","openssl":"AES256-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CCM_8","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49314,"hex":"0xC0A2","name":"TLS_DHE_RSA_WITH_AES_128_CCM_8","iana":"TLS_DHE_RSA_WITH_AES_128_CCM_8","openssl":"DHE-RSA-AES128-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CCM_8","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49315,"hex":"0xC0A3","name":"TLS_DHE_RSA_WITH_AES_256_CCM_8","iana":"TLS_DHE_RSA_WITH_AES_256_CCM_8","openssl":"DHE-RSA-AES256-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CCM_8","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49316,"hex":"0xC0A4","name":"TLS_PSK_WITH_AES_128_CCM","iana":"TLS_PSK_WITH_AES_128_CCM","openssl":"PSK-AES128-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49317,"hex":"0xC0A5","name":"TLS_PSK_WITH_AES_256_CCM","iana":"TLS_PSK_WITH_AES_256_CCM","openssl":"PSK-AES256-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"CCM","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49318,"hex":"0xC0A6","name":"TLS_DHE_PSK_WITH_AES_128_CCM","iana":"TLS_DHE_PSK_WITH_AES_128_CCM","openssl":"DHE-PSK-AES128-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49319,"hex":"0xC0A7","name":"TLS_DHE_PSK_WITH_AES_256_CCM","iana":"TLS_DHE_PSK_WITH_AES_256_CCM","openssl":"DHE-PSK-AES256-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"CCM","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49320,"hex":"0xC0A8","name":"TLS_PSK_WITH_AES_128_CCM_8","iana":"TLS_PSK_WITH_AES_128_CCM_8","openssl":"PSK-AES128-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"CCM_8","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49321,"hex":"0xC0A9","name":"TLS_PSK_WITH_AES_256_CCM_8","iana":"TLS_PSK_WITH_AES_256_CCM_8","openssl":"PSK-AES256-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"CCM_8","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49322,"hex":"0xC0AA","name":"TLS_PSK_DHE_WITH_AES_128_CCM_8","iana":"TLS_PSK_DHE_WITH_AES_128_CCM_8","openssl":"DHE-PSK-AES128-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"CCM_8","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49323,"hex":"0xC0AB","name":"TLS_PSK_DHE_WITH_AES_256_CCM_8","iana":"TLS_PSK_DHE_WITH_AES_256_CCM_8","openssl":"DHE-PSK-AES256-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"CCM_8","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49324,"hex":"0xC0AC","name":"TLS_ECDHE_ECDSA_WITH_AES_128_CCM","iana":"TLS_ECDHE_ECDSA_WITH_AES_128_CCM","openssl":"ECDHE-ECDSA-AES128-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc7251"]},{"code":49325,"hex":"0xC0AD","name":"TLS_ECDHE_ECDSA_WITH_AES_256_CCM","iana":"TLS_ECDHE_ECDSA_WITH_AES_256_CCM","openssl":"ECDHE-ECDSA-AES256-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CCM","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc7251"]},{"code":49326,"hex":"0xC0AE","name":"TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8","iana":"TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8","openssl":"ECDHE-ECDSA-AES128-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CCM_8","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","64-bit tag (CCM_8)"],"refs":["rfc7251"]},{"code":49327,"hex":"0xC0AF","name":"TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8","iana":"TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8","openssl":"ECDHE-ECDSA-AES256-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CCM_8","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","64-bit tag (CCM_8)"],"refs":["rfc7251"]},{"code":49328,"hex":"0xC0B0","name":"TLS_ECCPWD_WITH_AES_128_GCM_SHA256","iana":"TLS_ECCPWD_WITH_AES_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECCPWD","au":"ECCPWD","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc8492"]},{"code":49329,"hex":"0xC0B1","name":"TLS_ECCPWD_WITH_AES_256_GCM_SHA384","iana":"TLS_ECCPWD_WITH_AES_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECCPWD","au":"ECCPWD","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc8492"]},{"code":49330,"hex":"0xC0B2","name":"TLS_ECCPWD_WITH_AES_128_CCM_SHA256","iana":"TLS_ECCPWD_WITH_AES_128_CCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECCPWD","au":"ECCPWD","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc8492"]},{"code":49331,"hex":"0xC0B3","name":"TLS_ECCPWD_WITH_AES_256_CCM_SHA384","iana":"TLS_ECCPWD_WITH_AES_256_CCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECCPWD","au":"ECCPWD","cipher":"AES","mode":"CCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc8492"]},{"code":49332,"hex":"0xC0B4","name":"TLS_SHA256_SHA256","iana":"TLS_SHA256_SHA256","openssl":"TLS_SHA256_SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc9150"]},{"code":49333,"hex":"0xC0B5","name":"TLS_SHA384_SHA384","iana":"TLS_SHA384_SHA384","openssl":"TLS_SHA384_SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc9150"]},{"code":49408,"hex":"0xC100","name":"TLS_GOSTR341112_256_WITH_KUZNYECHIK_CTR_OMAC","iana":"TLS_GOSTR341112_256_WITH_KUZNYECHIK_CTR_OMAC","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"GOSTR341112_256","au":"GOSTR341012","cipher":"KUZNYECHIK","mode":"CTR","keyBits":256,"mac":"OMAC","prf":"GOSTR341112_256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret, no flagged weakness","national algorithm (GOST/SM)"],"refs":["rfc9189"]},{"code":49409,"hex":"0xC101","name":"TLS_GOSTR341112_256_WITH_MAGMA_CTR_OMAC","iana":"TLS_GOSTR341112_256_WITH_MAGMA_CTR_OMAC","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"GOSTR341112_256","au":"GOSTR341012","cipher":"MAGMA","mode":"CTR","keyBits":256,"mac":"OMAC","prf":"GOSTR341112_256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)"],"refs":["rfc9189"]},{"code":49410,"hex":"0xC102","name":"TLS_GOSTR341112_256_WITH_28147_CNT_IMIT","iana":"TLS_GOSTR341112_256_WITH_28147_CNT_IMIT","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"GOSTR341112_256","au":"GOSTR341012","cipher":"GOST28147","mode":"CNT","keyBits":256,"mac":"IMIT","prf":"GOSTR341112_256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)"],"refs":["rfc9189"]},{"code":49411,"hex":"0xC103","name":"TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_L","iana":"TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_L","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"GOSTR341112_256","au":"GOSTR341012","cipher":"KUZNYECHIK","mode":"MGM","keyBits":256,"mac":"AEAD","prf":"GOSTR341112_256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","national algorithm (GOST/SM)"],"refs":["rfc9367"]},{"code":49412,"hex":"0xC104","name":"TLS_GOSTR341112_256_WITH_MAGMA_MGM_L","iana":"TLS_GOSTR341112_256_WITH_MAGMA_MGM_L","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"GOSTR341112_256","au":"GOSTR341012","cipher":"MAGMA","mode":"MGM","keyBits":256,"mac":"AEAD","prf":"GOSTR341112_256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)"],"refs":["rfc9367"]},{"code":49413,"hex":"0xC105","name":"TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_S","iana":"TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_S","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"GOSTR341112_256","au":"GOSTR341012","cipher":"KUZNYECHIK","mode":"MGM","keyBits":256,"mac":"AEAD","prf":"GOSTR341112_256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","national algorithm (GOST/SM)"],"refs":["rfc9367"]},{"code":49414,"hex":"0xC106","name":"TLS_GOSTR341112_256_WITH_MAGMA_MGM_S","iana":"TLS_GOSTR341112_256_WITH_MAGMA_MGM_S","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"GOSTR341112_256","au":"GOSTR341012","cipher":"MAGMA","mode":"MGM","keyBits":256,"mac":"AEAD","prf":"GOSTR341112_256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)"],"refs":["rfc9367"]},{"code":52243,"hex":"0xCC13","name":"TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256_OLD","iana":null,"openssl":"ECDHE-RSA-CHACHA20-POLY1305-OLD","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["pre-RFC 7905 ChaCha20-Poly1305 draft code point"],"refs":[]},{"code":52244,"hex":"0xCC14","name":"TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256_OLD","iana":null,"openssl":"ECDHE-ECDSA-CHACHA20-POLY1305-OLD","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["pre-RFC 7905 ChaCha20-Poly1305 draft code point"],"refs":[]},{"code":52245,"hex":"0xCC15","name":"TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256_OLD","iana":null,"openssl":"DHE-RSA-CHACHA20-POLY1305-OLD","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["pre-RFC 7905 ChaCha20-Poly1305 draft code point"],"refs":[]},{"code":52392,"hex":"0xCCA8","name":"TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256","iana":"TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256","openssl":"ECDHE-RSA-CHACHA20-POLY1305","nodeName":"ecdhe-rsa-chacha20-poly1305","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc7905"]},{"code":52393,"hex":"0xCCA9","name":"TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256","iana":"TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256","openssl":"ECDHE-ECDSA-CHACHA20-POLY1305","nodeName":"ecdhe-ecdsa-chacha20-poly1305","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc7905"]},{"code":52394,"hex":"0xCCAA","name":"TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256","iana":"TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256","openssl":"DHE-RSA-CHACHA20-POLY1305","nodeName":"dhe-rsa-chacha20-poly1305","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc7905"]},{"code":52395,"hex":"0xCCAB","name":"TLS_PSK_WITH_CHACHA20_POLY1305_SHA256","iana":"TLS_PSK_WITH_CHACHA20_POLY1305_SHA256","openssl":"PSK-CHACHA20-POLY1305","nodeName":"psk-chacha20-poly1305","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc7905"]},{"code":52396,"hex":"0xCCAC","name":"TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256","iana":"TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256","openssl":"ECDHE-PSK-CHACHA20-POLY1305","nodeName":"ecdhe-psk-chacha20-poly1305","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc7905"]},{"code":52397,"hex":"0xCCAD","name":"TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256","iana":"TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256","openssl":"DHE-PSK-CHACHA20-POLY1305","nodeName":"dhe-psk-chacha20-poly1305","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc7905"]},{"code":52398,"hex":"0xCCAE","name":"TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256","iana":"TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256","openssl":"RSA-PSK-CHACHA20-POLY1305","nodeName":"rsa-psk-chacha20-poly1305","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc7905"]},{"code":53249,"hex":"0xD001","name":"TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256","iana":"TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc8442"]},{"code":53250,"hex":"0xD002","name":"TLS_ECDHE_PSK_WITH_AES_256_GCM_SHA384","iana":"TLS_ECDHE_PSK_WITH_AES_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc8442"]},{"code":53251,"hex":"0xD003","name":"TLS_ECDHE_PSK_WITH_AES_128_CCM_8_SHA256","iana":"TLS_ECDHE_PSK_WITH_AES_128_CCM_8_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"CCM_8","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","64-bit tag (CCM_8)"],"refs":["rfc8442"]},{"code":53253,"hex":"0xD005","name":"TLS_ECDHE_PSK_WITH_AES_128_CCM_SHA256","iana":"TLS_ECDHE_PSK_WITH_AES_128_CCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc8442"]},{"code":65278,"hex":"0xFEFE","name":"SSL_RSA_FIPS_WITH_DES_CBC_SHA","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65279,"hex":"0xFEFF","name":"SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65280,"hex":"0xFF00","name":"TLS_GOSTR341094_RSA_WITH_28147_CNT_MD5","iana":null,"openssl":"GOST-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65281,"hex":"0xFF01","name":"TLS_RSA_WITH_28147_CNT_GOST94","iana":null,"openssl":"GOST-GOST94","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65282,"hex":"0xFF02","name":"LEGACY_0xFF02","iana":null,"openssl":"GOST-GOST89MAC","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65283,"hex":"0xFF03","name":"LEGACY_0xFF03","iana":null,"openssl":"GOST-GOST89STREAM","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65413,"hex":"0xFF85","name":"LEGACY_0xFF85","iana":null,"openssl":"GOST2012256-GOST89-GOST89","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65415,"hex":"0xFF87","name":"LEGACY_0xFF87","iana":null,"openssl":"GOST2012256-NULL-STREEBOG256","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65504,"hex":"0xFFE0","name":"SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65505,"hex":"0xFFE1","name":"SSL_RSA_FIPS_WITH_DES_CBC_SHA","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":0,"hex":"0x000000","name":"SSL_CK_NULL_WITH_MD5","iana":null,"openssl":"NULL-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":65664,"hex":"0x010080","name":"SSL_CK_RC4_128_WITH_MD5","iana":null,"openssl":"RC4-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":131200,"hex":"0x020080","name":"SSL_CK_RC4_128_EXPORT40_WITH_MD5","iana":null,"openssl":"EXP-RC4-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":196736,"hex":"0x030080","name":"SSL_CK_RC2_128_CBC_WITH_MD5","iana":null,"openssl":"RC2-CBC-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":262272,"hex":"0x040080","name":"SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5","iana":null,"openssl":"EXP-RC2-CBC-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":327808,"hex":"0x050080","name":"SSL_CK_IDEA_128_CBC_WITH_MD5","iana":null,"openssl":"IDEA-CBC-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":393280,"hex":"0x060040","name":"SSL_CK_DES_64_CBC_WITH_MD5","iana":null,"openssl":"DES-CBC-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":393536,"hex":"0x060140","name":"SSL_CK_DES_64_CBC_WITH_SHA","iana":null,"openssl":"DES-CBC-SHA","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":458944,"hex":"0x0700C0","name":"SSL_CK_DES_192_EDE3_CBC_WITH_MD5","iana":null,"openssl":"DES-CBC3-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":459200,"hex":"0x0701C0","name":"SSL_CK_DES_192_EDE3_CBC_WITH_SHA","iana":null,"openssl":"DES-CBC3-SHA","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":524416,"hex":"0x080080","name":"SSL_CK_RC4_64_WITH_MD5","iana":null,"openssl":"RC4-64-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":16744448,"hex":"0xFF8000","name":"SSL_CK_DES_64_CFB64_WITH_MD5_1","iana":null,"openssl":"DES-CFB-M1","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":16744464,"hex":"0xFF8010","name":"SSL_CK_NULL","iana":null,"openssl":"NULL","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]}]}');
;// CONCATENATED MODULE: ./src/registry/data/supported-groups.json
const supported_groups_namespaceObject = /*#__PURE__*/JSON.parse('{"T":[{"code":1,"hex":"0x0001","name":"sect163k1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":80,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":2,"hex":"0x0002","name":"sect163r1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":80,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":3,"hex":"0x0003","name":"sect163r2","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":80,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":4,"hex":"0x0004","name":"sect193r1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":96,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":5,"hex":"0x0005","name":"sect193r2","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":96,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":6,"hex":"0x0006","name":"sect233k1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":112,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":7,"hex":"0x0007","name":"sect233r1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":112,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":8,"hex":"0x0008","name":"sect239k1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":112,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":9,"hex":"0x0009","name":"sect283k1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":128,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":10,"hex":"0x000A","name":"sect283r1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":128,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":11,"hex":"0x000B","name":"sect409k1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":192,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":12,"hex":"0x000C","name":"sect409r1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":192,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":13,"hex":"0x000D","name":"sect571k1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":256,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":14,"hex":"0x000E","name":"sect571r1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":256,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":15,"hex":"0x000F","name":"secp160k1","opensslNames":[],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":80,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":16,"hex":"0x0010","name":"secp160r1","opensslNames":[],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":80,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":17,"hex":"0x0011","name":"secp160r2","opensslNames":[],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":80,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":18,"hex":"0x0012","name":"secp192k1","opensslNames":[],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":96,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":19,"hex":"0x0013","name":"secp192r1","opensslNames":["prime192v1"],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":96,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":20,"hex":"0x0014","name":"secp224k1","opensslNames":[],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":112,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":21,"hex":"0x0015","name":"secp224r1","opensslNames":["secp224r1"],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":112,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":22,"hex":"0x0016","name":"secp256k1","opensslNames":["secp256k1"],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":128,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":23,"hex":"0x0017","name":"secp256r1","opensslNames":["P-256","prime256v1","secp256r1"],"type":"ecdhe","tls12":true,"tls13":true,"classicalSecurityBits":128,"status":"current","keyShare":null,"refs":["RFC8422","RFC8446"]},{"code":24,"hex":"0x0018","name":"secp384r1","opensslNames":["P-384","secp384r1"],"type":"ecdhe","tls12":true,"tls13":true,"classicalSecurityBits":192,"status":"current","keyShare":null,"refs":["RFC8422","RFC8446"]},{"code":25,"hex":"0x0019","name":"secp521r1","opensslNames":["P-521","secp521r1"],"type":"ecdhe","tls12":true,"tls13":true,"classicalSecurityBits":256,"status":"current","keyShare":null,"refs":["RFC8422","RFC8446"]},{"code":26,"hex":"0x001A","name":"brainpoolP256r1","opensslNames":["brainpoolP256r1"],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":128,"status":"TLS<=1.2 only","keyShare":null,"refs":["RFC7027"]},{"code":27,"hex":"0x001B","name":"brainpoolP384r1","opensslNames":["brainpoolP384r1"],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":192,"status":"TLS<=1.2 only","keyShare":null,"refs":["RFC7027"]},{"code":28,"hex":"0x001C","name":"brainpoolP512r1","opensslNames":["brainpoolP512r1"],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":256,"status":"TLS<=1.2 only","keyShare":null,"refs":["RFC7027"]},{"code":29,"hex":"0x001D","name":"x25519","opensslNames":["X25519"],"type":"ecdhe","tls12":true,"tls13":true,"classicalSecurityBits":128,"status":"current","keyShare":null,"refs":["RFC8422","RFC8446","RFC7748"]},{"code":30,"hex":"0x001E","name":"x448","opensslNames":["X448"],"type":"ecdhe","tls12":true,"tls13":true,"classicalSecurityBits":224,"status":"current","keyShare":null,"refs":["RFC8422","RFC8446","RFC7748"]},{"code":31,"hex":"0x001F","name":"brainpoolP256r1tls13","opensslNames":["brainpoolP256r1tls13"],"type":"ecdhe","tls12":false,"tls13":true,"classicalSecurityBits":128,"status":"current","keyShare":null,"refs":["RFC8734"]},{"code":32,"hex":"0x0020","name":"brainpoolP384r1tls13","opensslNames":["brainpoolP384r1tls13"],"type":"ecdhe","tls12":false,"tls13":true,"classicalSecurityBits":192,"status":"current","keyShare":null,"refs":["RFC8734"]},{"code":33,"hex":"0x0021","name":"brainpoolP512r1tls13","opensslNames":["brainpoolP512r1tls13"],"type":"ecdhe","tls12":false,"tls13":true,"classicalSecurityBits":256,"status":"current","keyShare":null,"refs":["RFC8734"]},{"code":34,"hex":"0x0022","name":"GC256A","opensslNames":[],"type":"ecdhe-gost","tls12":true,"tls13":true,"classicalSecurityBits":128,"status":"national (GOST)","keyShare":null,"refs":["RFC9189"]},{"code":35,"hex":"0x0023","name":"GC256B","opensslNames":[],"type":"ecdhe-gost","tls12":true,"tls13":true,"classicalSecurityBits":128,"status":"national (GOST)","keyShare":null,"refs":["RFC9189"]},{"code":36,"hex":"0x0024","name":"GC256C","opensslNames":[],"type":"ecdhe-gost","tls12":true,"tls13":true,"classicalSecurityBits":128,"status":"national (GOST)","keyShare":null,"refs":["RFC9189"]},{"code":37,"hex":"0x0025","name":"GC256D","opensslNames":[],"type":"ecdhe-gost","tls12":true,"tls13":true,"classicalSecurityBits":128,"status":"national (GOST)","keyShare":null,"refs":["RFC9189"]},{"code":38,"hex":"0x0026","name":"GC512A","opensslNames":[],"type":"ecdhe-gost","tls12":true,"tls13":true,"classicalSecurityBits":256,"status":"national (GOST)","keyShare":null,"refs":["RFC9189"]},{"code":39,"hex":"0x0027","name":"GC512B","opensslNames":[],"type":"ecdhe-gost","tls12":true,"tls13":true,"classicalSecurityBits":256,"status":"national (GOST)","keyShare":null,"refs":["RFC9189"]},{"code":40,"hex":"0x0028","name":"GC512C","opensslNames":[],"type":"ecdhe-gost","tls12":true,"tls13":true,"classicalSecurityBits":256,"status":"national (GOST)","keyShare":null,"refs":["RFC9189"]},{"code":41,"hex":"0x0029","name":"curveSM2","opensslNames":["SM2"],"type":"ecdhe-sm","tls12":false,"tls13":true,"classicalSecurityBits":128,"status":"national (SM)","keyShare":null,"refs":["RFC8998"]},{"code":256,"hex":"0x0100","name":"ffdhe2048","opensslNames":["ffdhe2048"],"type":"ffdhe","tls12":true,"tls13":true,"classicalSecurityBits":112,"status":"current; deprecated for TLS 1.2 by RFC 10015","keyShare":null,"refs":["RFC7919"]},{"code":257,"hex":"0x0101","name":"ffdhe3072","opensslNames":["ffdhe3072"],"type":"ffdhe","tls12":true,"tls13":true,"classicalSecurityBits":128,"status":"current; deprecated for TLS 1.2 by RFC 10015","keyShare":null,"refs":["RFC7919"]},{"code":258,"hex":"0x0102","name":"ffdhe4096","opensslNames":["ffdhe4096"],"type":"ffdhe","tls12":true,"tls13":true,"classicalSecurityBits":150,"status":"current; deprecated for TLS 1.2 by RFC 10015","keyShare":null,"refs":["RFC7919"]},{"code":259,"hex":"0x0103","name":"ffdhe6144","opensslNames":["ffdhe6144"],"type":"ffdhe","tls12":true,"tls13":true,"classicalSecurityBits":175,"status":"current; deprecated for TLS 1.2 by RFC 10015","keyShare":null,"refs":["RFC7919"]},{"code":260,"hex":"0x0104","name":"ffdhe8192","opensslNames":["ffdhe8192"],"type":"ffdhe","tls12":true,"tls13":true,"classicalSecurityBits":192,"status":"current; deprecated for TLS 1.2 by RFC 10015","keyShare":null,"refs":["RFC7919"]},{"code":512,"hex":"0x0200","name":"MLKEM512","opensslNames":["MLKEM512"],"type":"pq-kem","tls12":false,"tls13":true,"classicalSecurityBits":null,"status":"pure PQ (no classical component)","keyShare":null,"refs":["draft-ietf-tls-mlkem","FIPS203"]},{"code":513,"hex":"0x0201","name":"MLKEM768","opensslNames":["MLKEM768"],"type":"pq-kem","tls12":false,"tls13":true,"classicalSecurityBits":null,"status":"pure PQ (no classical component)","keyShare":null,"refs":["draft-ietf-tls-mlkem","FIPS203"]},{"code":514,"hex":"0x0202","name":"MLKEM1024","opensslNames":["MLKEM1024"],"type":"pq-kem","tls12":false,"tls13":true,"classicalSecurityBits":null,"status":"pure PQ; CNSA 2.0 key exchange","keyShare":null,"refs":["draft-ietf-tls-mlkem","FIPS203"]},{"code":4587,"hex":"0x11EB","name":"SecP256r1MLKEM768","opensslNames":["SecP256r1MLKEM768"],"type":"pq-hybrid","tls12":false,"tls13":true,"classicalSecurityBits":128,"status":"hybrid PQ/T (IANA Recommended N per secondary source)","keyShare":{"order":"secp256r1 (uncompressed, 65) || ML-KEM-768","clientShareBytes":1249,"serverShareBytes":1153,"sharedSecretBytes":64},"refs":["RFC10024","FIPS203"]},{"code":4588,"hex":"0x11EC","name":"X25519MLKEM768","opensslNames":["X25519MLKEM768"],"type":"pq-hybrid","tls12":false,"tls13":true,"classicalSecurityBits":128,"status":"hybrid PQ/T; browser default 2024-2026 (IANA Recommended Y per secondary source)","keyShare":{"order":"ML-KEM-768 || X25519","clientShareBytes":1216,"serverShareBytes":1120,"sharedSecretBytes":64},"refs":["RFC10024","FIPS203"]},{"code":4589,"hex":"0x11ED","name":"SecP384r1MLKEM1024","opensslNames":["SecP384r1MLKEM1024"],"type":"pq-hybrid","tls12":false,"tls13":true,"classicalSecurityBits":192,"status":"hybrid PQ/T (IANA Recommended N per secondary source)","keyShare":{"order":"secp384r1 (uncompressed, 97) || ML-KEM-1024","clientShareBytes":1665,"serverShareBytes":1665,"sharedSecretBytes":80},"refs":["RFC10024","FIPS203"]},{"code":4590,"hex":"0x11EE","name":"curveSM2MLKEM768","opensslNames":[],"type":"pq-hybrid","tls12":false,"tls13":true,"classicalSecurityBits":128,"status":"hybrid PQ/T (national SM)","keyShare":null,"refs":["draft-yang-tls-hybrid-sm2-mlkem"]},{"code":25497,"hex":"0x6399","name":"X25519Kyber768Draft00","opensslNames":[],"type":"pq-hybrid-obsolete","tls12":false,"tls13":true,"classicalSecurityBits":128,"status":"OBSOLETE pre-standard Kyber (Chrome 124-130); IANA Recommended D per secondary source","keyShare":null,"refs":["draft-tls-westerbaan-xyber768d00"]},{"code":25498,"hex":"0x639A","name":"SecP256r1Kyber768Draft00","opensslNames":[],"type":"pq-hybrid-obsolete","tls12":false,"tls13":true,"classicalSecurityBits":128,"status":"OBSOLETE pre-standard Kyber","keyShare":null,"refs":["draft-kwiatkowski-tls-ecdhe-kyber"]},{"code":65281,"hex":"0xFF01","name":"arbitrary_explicit_prime_curves","opensslNames":[],"type":"ecdhe-explicit","tls12":true,"tls13":false,"classicalSecurityBits":null,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":65282,"hex":"0xFF02","name":"arbitrary_explicit_char2_curves","opensslNames":[],"type":"ecdhe-explicit","tls12":true,"tls13":false,"classicalSecurityBits":null,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]}]}');
;// CONCATENATED MODULE: ./src/registry/data/signature-schemes.json
const signature_schemes_namespaceObject = /*#__PURE__*/JSON.parse('{"B":[{"code":513,"hex":"0x0201","name":"rsa_pkcs1_sha1","family":"RSA-PKCS1","hash":"SHA1","tls12":true,"tls13CertificateVerify":false,"note":"legacy; MUST NOT in TLS 1.3 CertificateVerify; RFC 9155 deprecates SHA-1 sigs in TLS 1.2","refs":["RFC8446","RFC9155"]},{"code":514,"hex":"0x0202","name":"dsa_sha1_RESERVED","family":"DSA","hash":"SHA1","tls12":true,"tls13CertificateVerify":false,"note":"reserved/legacy TLS 1.2 (hash,sig) pair","refs":["RFC8446"]},{"code":515,"hex":"0x0203","name":"ecdsa_sha1","family":"ECDSA","hash":"SHA1","tls12":true,"tls13CertificateVerify":false,"note":"legacy; deprecated by RFC 9155","refs":["RFC8446","RFC9155"]},{"code":769,"hex":"0x0301","name":"rsa_pkcs1_sha224 (legacy pair)","family":"RSA-PKCS1","hash":"SHA224","tls12":true,"tls13CertificateVerify":false,"note":"TLS 1.2 (hash,sig) pair, not in TLS 1.3 registry","refs":["RFC5246"]},{"code":771,"hex":"0x0303","name":"ecdsa_sha224 (legacy pair)","family":"ECDSA","hash":"SHA224","tls12":true,"tls13CertificateVerify":false,"note":"TLS 1.2 (hash,sig) pair","refs":["RFC5246"]},{"code":1025,"hex":"0x0401","name":"rsa_pkcs1_sha256","family":"RSA-PKCS1","hash":"SHA256","tls12":true,"tls13CertificateVerify":false,"note":"TLS 1.3: certificates only (signature_algorithms_cert), not CertificateVerify","refs":["RFC8446"]},{"code":1026,"hex":"0x0402","name":"dsa_sha256_RESERVED","family":"DSA","hash":"SHA256","tls12":true,"tls13CertificateVerify":false,"note":"TLS 1.2 only","refs":["RFC5246"]},{"code":1027,"hex":"0x0403","name":"ecdsa_secp256r1_sha256","family":"ECDSA","hash":"SHA256","tls12":true,"tls13CertificateVerify":true,"note":"in TLS 1.3 bound to P-256","refs":["RFC8446"]},{"code":1056,"hex":"0x0420","name":"rsa_pkcs1_sha256_legacy","family":"RSA-PKCS1","hash":"SHA256","tls12":false,"tls13CertificateVerify":true,"note":"TLS 1.3 client-cert legacy (draft-ietf-tls-tls13-pkcs1)","refs":["draft-ietf-tls-tls13-pkcs1"]},{"code":1281,"hex":"0x0501","name":"rsa_pkcs1_sha384","family":"RSA-PKCS1","hash":"SHA384","tls12":true,"tls13CertificateVerify":false,"note":"TLS 1.3: certificates only","refs":["RFC8446"]},{"code":1283,"hex":"0x0503","name":"ecdsa_secp384r1_sha384","family":"ECDSA","hash":"SHA384","tls12":true,"tls13CertificateVerify":true,"note":"in TLS 1.3 bound to P-384","refs":["RFC8446"]},{"code":1312,"hex":"0x0520","name":"rsa_pkcs1_sha384_legacy","family":"RSA-PKCS1","hash":"SHA384","tls12":false,"tls13CertificateVerify":true,"note":"TLS 1.3 client-cert legacy","refs":["draft-ietf-tls-tls13-pkcs1"]},{"code":1537,"hex":"0x0601","name":"rsa_pkcs1_sha512","family":"RSA-PKCS1","hash":"SHA512","tls12":true,"tls13CertificateVerify":false,"note":"TLS 1.3: certificates only","refs":["RFC8446"]},{"code":1539,"hex":"0x0603","name":"ecdsa_secp521r1_sha512","family":"ECDSA","hash":"SHA512","tls12":true,"tls13CertificateVerify":true,"note":"in TLS 1.3 bound to P-521","refs":["RFC8446"]},{"code":1568,"hex":"0x0620","name":"rsa_pkcs1_sha512_legacy","family":"RSA-PKCS1","hash":"SHA512","tls12":false,"tls13CertificateVerify":true,"note":"TLS 1.3 client-cert legacy","refs":["draft-ietf-tls-tls13-pkcs1"]},{"code":1796,"hex":"0x0704","name":"eccsi_sha256","family":"ECCSI (identity-based)","hash":"SHA256","tls12":false,"tls13CertificateVerify":true,"note":"rare; identity-based","refs":["draft-wang-tls-raw-public-key-with-ibc (published as an RFC in 2025; verify number)"]},{"code":1797,"hex":"0x0705","name":"iso_ibs1","family":"ISO IBS (identity-based)","hash":"intrinsic","tls12":false,"tls13CertificateVerify":true,"note":"rare; identity-based","refs":["draft-wang-tls-raw-public-key-with-ibc (published as an RFC in 2025; verify number)"]},{"code":1798,"hex":"0x0706","name":"iso_ibs2","family":"ISO IBS (identity-based)","hash":"intrinsic","tls12":false,"tls13CertificateVerify":true,"note":"rare; identity-based","refs":["draft-wang-tls-raw-public-key-with-ibc (published as an RFC in 2025; verify number)"]},{"code":1799,"hex":"0x0707","name":"iso_chinese_ibs","family":"SM9 IBS (identity-based)","hash":"intrinsic","tls12":false,"tls13CertificateVerify":true,"note":"rare; identity-based","refs":["draft-wang-tls-raw-public-key-with-ibc (published as an RFC in 2025; verify number)"]},{"code":1800,"hex":"0x0708","name":"sm2sig_sm3","family":"SM2","hash":"SM3","tls12":false,"tls13CertificateVerify":true,"note":"national (SM)","refs":["RFC8998"]},{"code":1801,"hex":"0x0709","name":"gostr34102012_256a","family":"GOST","hash":"GOSTR341112_256","tls12":true,"tls13CertificateVerify":true,"note":"national (GOST)","refs":["RFC9367"]},{"code":1802,"hex":"0x070A","name":"gostr34102012_256b","family":"GOST","hash":"GOSTR341112_256","tls12":true,"tls13CertificateVerify":true,"note":"national (GOST)","refs":["RFC9367"]},{"code":1803,"hex":"0x070B","name":"gostr34102012_256c","family":"GOST","hash":"GOSTR341112_256","tls12":true,"tls13CertificateVerify":true,"note":"national (GOST)","refs":["RFC9367"]},{"code":1804,"hex":"0x070C","name":"gostr34102012_256d","family":"GOST","hash":"GOSTR341112_256","tls12":true,"tls13CertificateVerify":true,"note":"national (GOST)","refs":["RFC9367"]},{"code":1805,"hex":"0x070D","name":"gostr34102012_512a","family":"GOST","hash":"GOSTR341112_512","tls12":true,"tls13CertificateVerify":true,"note":"national (GOST)","refs":["RFC9367"]},{"code":1806,"hex":"0x070E","name":"gostr34102012_512b","family":"GOST","hash":"GOSTR341112_512","tls12":true,"tls13CertificateVerify":true,"note":"national (GOST)","refs":["RFC9367"]},{"code":1807,"hex":"0x070F","name":"gostr34102012_512c","family":"GOST","hash":"GOSTR341112_512","tls12":true,"tls13CertificateVerify":true,"note":"national (GOST)","refs":["RFC9367"]},{"code":2052,"hex":"0x0804","name":"rsa_pss_rsae_sha256","family":"RSA-PSS (rsaEncryption key)","hash":"SHA256","tls12":true,"tls13CertificateVerify":true,"note":"","refs":["RFC8446"]},{"code":2053,"hex":"0x0805","name":"rsa_pss_rsae_sha384","family":"RSA-PSS (rsaEncryption key)","hash":"SHA384","tls12":true,"tls13CertificateVerify":true,"note":"","refs":["RFC8446"]},{"code":2054,"hex":"0x0806","name":"rsa_pss_rsae_sha512","family":"RSA-PSS (rsaEncryption key)","hash":"SHA512","tls12":true,"tls13CertificateVerify":true,"note":"","refs":["RFC8446"]},{"code":2055,"hex":"0x0807","name":"ed25519","family":"EdDSA","hash":"intrinsic","tls12":true,"tls13CertificateVerify":true,"note":"not in Chrome verify prefs","refs":["RFC8446","RFC8422"]},{"code":2056,"hex":"0x0808","name":"ed448","family":"EdDSA","hash":"intrinsic","tls12":true,"tls13CertificateVerify":true,"note":"","refs":["RFC8446","RFC8422"]},{"code":2057,"hex":"0x0809","name":"rsa_pss_pss_sha256","family":"RSA-PSS (id-RSASSA-PSS key)","hash":"SHA256","tls12":true,"tls13CertificateVerify":true,"note":"","refs":["RFC8446"]},{"code":2058,"hex":"0x080A","name":"rsa_pss_pss_sha384","family":"RSA-PSS (id-RSASSA-PSS key)","hash":"SHA384","tls12":true,"tls13CertificateVerify":true,"note":"","refs":["RFC8446"]},{"code":2059,"hex":"0x080B","name":"rsa_pss_pss_sha512","family":"RSA-PSS (id-RSASSA-PSS key)","hash":"SHA512","tls12":true,"tls13CertificateVerify":true,"note":"","refs":["RFC8446"]},{"code":2074,"hex":"0x081A","name":"ecdsa_brainpoolP256r1tls13_sha256","family":"ECDSA","hash":"SHA256","tls12":false,"tls13CertificateVerify":true,"note":"","refs":["RFC8734"]},{"code":2075,"hex":"0x081B","name":"ecdsa_brainpoolP384r1tls13_sha384","family":"ECDSA","hash":"SHA384","tls12":false,"tls13CertificateVerify":true,"note":"","refs":["RFC8734"]},{"code":2076,"hex":"0x081C","name":"ecdsa_brainpoolP512r1tls13_sha512","family":"ECDSA","hash":"SHA512","tls12":false,"tls13CertificateVerify":true,"note":"","refs":["RFC8734"]},{"code":2112,"hex":"0x0840","name":"gostr34102012_256 (TLS 1.2 intrinsic pair)","family":"GOST","hash":"intrinsic","tls12":true,"tls13CertificateVerify":false,"note":"national (GOST), TLS 1.2","refs":["RFC9189"]},{"code":2113,"hex":"0x0841","name":"gostr34102012_512 (TLS 1.2 intrinsic pair)","family":"GOST","hash":"intrinsic","tls12":true,"tls13CertificateVerify":false,"note":"national (GOST), TLS 1.2","refs":["RFC9189"]},{"code":2308,"hex":"0x0904","name":"mldsa44","family":"ML-DSA","hash":"intrinsic","tls12":false,"tls13CertificateVerify":true,"note":"PQ signature (FIPS 204); shipped on by default in Chromium main (2026-07 per secondary source)","refs":["draft-ietf-tls-mldsa","FIPS204"]},{"code":2309,"hex":"0x0905","name":"mldsa65","family":"ML-DSA","hash":"intrinsic","tls12":false,"tls13CertificateVerify":true,"note":"PQ signature (FIPS 204)","refs":["draft-ietf-tls-mldsa","FIPS204"]},{"code":2310,"hex":"0x0906","name":"mldsa87","family":"ML-DSA","hash":"intrinsic","tls12":false,"tls13CertificateVerify":true,"note":"PQ signature (FIPS 204)","refs":["draft-ietf-tls-mldsa","FIPS204"]}]}');
;// CONCATENATED MODULE: ./src/registry/index.ts
// Typed lookups over the generated registry tables in ./data (scripts/gen-registry.mjs writes them from the
// reference tables; each file's `meta` names its sources). Cipher suites, named groups, signature schemes and
// protocol version numbers: the engine enumerates from here, reports name from here.





const CIPHER_SUITES = cipher_suites_namespaceObject.v;
const GROUPS = supported_groups_namespaceObject.T;
const SIGNATURE_SCHEMES = signature_schemes_namespaceObject.B;
/** TLS_EMPTY_RENEGOTIATION_INFO_SCSV (RFC 5746) and TLS_FALLBACK_SCSV (RFC 7507). */
const SCSV = {
    emptyRenegotiationInfo: codepoints/* CipherSuite */.GR.TLS_EMPTY_RENEGOTIATION_INFO_SCSV,
    fallback: codepoints/* CipherSuite */.GR.TLS_FALLBACK_SCSV
};
/** The report's protocol names over the code points (src/codepoints). */
const PROTOCOL_CODES = {
    SSLv2: codepoints/* ProtocolVersion */.rg.SSLv2,
    SSLv3: codepoints/* ProtocolVersion */.rg.SSLv3,
    'TLSv1.0': codepoints/* ProtocolVersion */.rg.TLSv1_0,
    'TLSv1.1': codepoints/* ProtocolVersion */.rg.TLSv1_1,
    'TLSv1.2': codepoints/* ProtocolVersion */.rg.TLSv1_2,
    'TLSv1.3': codepoints/* ProtocolVersion */.rg.TLSv1_3
};
/** The wire version number of a protocol (SSLv2 → 0x0002, TLSv1.3 → 0x0304). */
function protocolVersionCode(p) {
    return PROTOCOL_CODES[p];
}
/** The protocol a wire version number means, or null. */
function protocolNameOf(code) {
    return report/* PROTOCOL_NAMES */.g8.find((p) => PROTOCOL_CODES[p] === code) ?? null;
}
function rank(p) {
    return report/* PROTOCOL_NAMES */.g8.indexOf(p);
}
const tlsByCode = new Map();
const sslv2ByCode = new Map();
const byName = new Map();
for (const suite of CIPHER_SUITES) {
    (suite.sslv2 ? sslv2ByCode : tlsByCode).set(suite.code, suite);
}
// IANA names first, then customary names, then OpenSSL names; TLS suites win over SSLv2 kinds that share an
// OpenSSL name (e.g. "RC4-MD5"), since TLS is what names refer to in policies.
for (const key of ['iana', 'name', 'openssl']) {
    for (const suite of [...CIPHER_SUITES].sort((a, b) => Number(a.sslv2) - Number(b.sslv2))) {
        const name = suite[key];
        if (name && !byName.has(name.toUpperCase()))
            byName.set(name.toUpperCase(), suite);
    }
}
/** A TLS cipher suite by its 16-bit code point (or an SSLv2 cipher kind with { sslv2: true }). */
function suiteByCode(code, options = {}) {
    return options.sslv2 ? sslv2ByCode.get(code) : tlsByCode.get(code);
}
/** A suite by IANA or OpenSSL name (case-insensitive). */
function suiteByName(name) {
    return byName.get(name.trim().toUpperCase());
}
/** The name reports use for a code point: the IANA name, else the customary one, else "0xXXXX". */
function suiteName(code, options = {}) {
    const suite = suiteByCode(code, options);
    if (suite)
        return suite.name;
    return `0x${code
        .toString(16)
        .toUpperCase()
        .padStart(options.sslv2 ? 6 : 4, '0')}`;
}
const suitesPerProtocol = new Map();
/**
 * Every suite the registry knows that a server could negotiate at this version: the set the engine enumerates.
 * SSLv3/TLS 1.0/1.1 never get TLS 1.2-only suites (SHA-256/384 MACs, AEAD), TLS 1.3 only TLS 1.3 suites,
 * SSLv2 the SSLv2 cipher kinds; SCSVs never.
 */
function suitesForProtocol(p) {
    let list = suitesPerProtocol.get(p);
    if (!list) {
        list = CIPHER_SUITES.filter((s) => !s.scsv &&
            s.minVersion !== null &&
            s.maxVersion !== null &&
            rank(s.minVersion) <= rank(p) &&
            rank(p) <= rank(s.maxVersion));
        suitesPerProtocol.set(p, list);
    }
    return list;
}
/** The SSLv2 cipher kinds (24-bit codes). */
function sslv2CipherKinds() {
    return suitesForProtocol('SSLv2');
}
const groupByCodeMap = new Map(GROUPS.map((g) => [g.code, g]));
const groupByNameMap = new Map();
for (const g of GROUPS)
    groupByNameMap.set(g.name.toLowerCase(), g);
for (const g of GROUPS) {
    for (const alias of g.opensslNames)
        if (!groupByNameMap.has(alias.toLowerCase()))
            groupByNameMap.set(alias.toLowerCase(), g);
}
function groupByCode(code) {
    return groupByCodeMap.get(code);
}
/** A group by IANA name or OpenSSL alias, case-insensitive ("X25519", "prime256v1", "P-256"). */
function groupByName(name) {
    return groupByNameMap.get(name.trim().toLowerCase());
}
/** The name reports use for a group code point ("0xXXXX" when unknown). */
function groupName(code) {
    return groupByCode(code)?.name ?? `0x${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
/**
 * Groups usable at a protocol: TLS 1.3 key_share groups, or the ECDHE/FFDHE supported_groups of TLS 1.0-1.2
 * (RFC 8422 applies from TLS 1.0; SSL 3 and SSLv2 have no named groups).
 */
function groupsForProtocol(p) {
    if (p === 'TLSv1.3')
        return GROUPS.filter((g) => g.tls13);
    if (p === 'SSLv2' || p === 'SSLv3')
        return [];
    return GROUPS.filter((g) => g.tls12);
}
const schemeByCodeMap = new Map(SIGNATURE_SCHEMES.map((s) => [s.code, s]));
const schemeByNameMap = new Map(SIGNATURE_SCHEMES.map((s) => [s.name.toLowerCase(), s]));
function signatureSchemeByCode(code) {
    return schemeByCodeMap.get(code);
}
function signatureSchemeByName(name) {
    return schemeByNameMap.get(name.trim().toLowerCase());
}


/***/ }),

/***/ 9412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N3: () => (/* binding */ httpsUrl),
/* harmony export */   py: () => (/* binding */ curlResolve),
/* harmony export */   x9: () => (/* binding */ connectAddress)
/* harmony export */ });
// Where a reproduce command connects: the scanned address (or the host), the port and the SNI. IPv6 addresses
// take brackets wherever a port or a URL follows them.
const bracketed = (host) => (host.includes(':') ? `[${host}]` : host);
/** `address:port` for s_client's -connect ([::1]:443 for IPv6). */
function connectAddress(endpoint) {
    return `${bracketed(endpoint.address ?? endpoint.host)}:${endpoint.port}`;
}
/** The URL curl fetches: the host name, so SNI and the Host header are the configured ones. */
function httpsUrl(endpoint) {
    return `https://${bracketed(endpoint.host)}:${endpoint.port}/`;
}
/** curl's --resolve value pinning the host to the scanned address, or null when the host is the address. */
function curlResolve(endpoint) {
    if (!endpoint.address || endpoint.address === endpoint.host)
        return null;
    return `${endpoint.host}:${endpoint.port}:${endpoint.address}`;
}


/***/ }),

/***/ 2373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QI: () => (/* binding */ isPostQuantumHybrid),
/* harmony export */   RN: () => (/* binding */ isFfdheGroup),
/* harmony export */   S8: () => (/* binding */ groupBits),
/* harmony export */   Zf: () => (/* binding */ opensslGroupName),
/* harmony export */   r: () => (/* binding */ opensslSpelling)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1751);
// Key-exchange groups as server configuration and s_client spell them, and their sizes for the policy's minimums.

/** The spelling OpenSSL's group lists accept (X25519, prime256v1, ffdhe2048, X25519MLKEM768), or null. */
function opensslGroupName(name) {
    const group = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .groupByName */ .mV)(name);
    return group ? opensslSpelling(group) : null;
}
/** The registry entry's OpenSSL alias, preferring the curve name over "P-256" (not every OpenSSL list takes it). */
function opensslSpelling(group) {
    if (group.opensslNames.length === 0)
        return null;
    return group.opensslNames.find((alias) => !/^P-\d+$/.test(alias)) ?? group.opensslNames[0];
}
/** Key size in bits of an EC or FFDHE group name, or null (hybrids and unknown). */
function groupBits(name) {
    const lower = name.toLowerCase();
    if (lower === 'x25519')
        return 256; // 255-bit curve, security equivalent to P-256; Mozilla counts it as 256
    if (lower === 'x448')
        return 448;
    const match = /^(?:secp|sect|brainpoolp|ffdhe)(\d+)/.exec(lower) ?? /^gc(256|512)/.exec(lower);
    return match ? Number(match[1]) : null;
}
const isFfdheGroup = (name) => /^ffdhe\d+$/i.test(name);
const isPostQuantumHybrid = (name) => /mlkem|kyber/i.test(name);


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XG: () => (/* reexport */ NO_CHANGE),
  IO: () => (/* reexport */ SESSION_ID_SWITCH),
  hK: () => (/* reexport */ SESSION_TICKET_SWITCH),
  cm: () => (/* reexport */ SHARED_TICKET_KEYS_FIX),
  X4: () => (/* reexport */ certificateFix),
  LP: () => (/* reexport */ chainFix),
  Ni: () => (/* reexport */ cipherFix),
  O4: () => (/* reexport */ curlCommand),
  Aw: () => (/* reexport */ currentGroups),
  zC: () => (/* reexport */ currentProtocols),
  g3: () => (/* reexport */ currentTls12Ciphers),
  Bs: () => (/* reexport */ currentTls13Ciphers),
  Mj: () => (/* reexport */ dhFix),
  mv: () => (/* reexport */ fixBlocks),
  Sc: () => (/* reexport */ fullChainFix),
  S8: () => (/* reexport */ remediation_groups/* groupBits */.S8),
  Te: () => (/* reexport */ groupFix),
  ns: () => (/* reexport */ groupLargeEnough),
  RN: () => (/* reexport */ remediation_groups/* isFfdheGroup */.RN),
  eP: () => (/* reexport */ opensslCommand),
  Zf: () => (/* reexport */ remediation_groups/* opensslGroupName */.Zf),
  y1: () => (/* reexport */ orderFix),
  Uh: () => (/* reexport */ protocolFix),
  Ie: () => (/* reexport */ renderServerChange),
  z3: () => (/* reexport */ renewedCertificateFix),
  tr: () => (/* reexport */ reproduce/* reproduceCertificate */.tr),
  G4: () => (/* reexport */ reproduce/* reproduceDh */.G4),
  X6: () => (/* reexport */ reproduce/* reproduceGroup */.X6),
  Ef: () => (/* reexport */ reproduce/* reproduceOrder */.Ef),
  gJ: () => (/* reexport */ reproduce/* reproduceProtocol */.gJ),
  Tg: () => (/* reexport */ reproduce/* reproduceReachability */.Tg),
  L1: () => (/* reexport */ reproduce/* reproduceReconnect */.L1),
  Ho: () => (/* reexport */ reproduce/* reproduceResumptionAcross */.Ho),
  KX: () => (/* reexport */ reproduce/* reproduceStapling */.KX),
  w$: () => (/* reexport */ reproduce/* reproduceSuite */.w$),
  rd: () => (/* reexport */ reproduce/* reproduceVerify */.rd),
  Bf: () => (/* reexport */ secondCertificateFix),
  OF: () => (/* reexport */ staplingFix),
  gC: () => (/* reexport */ suiteRejection),
  dH: () => (/* reexport */ targetFix)
});

// UNUSED EXPORTS: DH_PARAM_FILE, cipherString, classesOf, needsSeclevel0, opensslSuiteName, permittedGroups, permittedProtocols, permittedSuites, shellQuote, suiteIsInClass

// EXTERNAL MODULE: ./src/remediation/groups.ts
var remediation_groups = __webpack_require__(2373);
// EXTERNAL MODULE: ./src/registry/index.ts + 3 modules
var registry = __webpack_require__(1751);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/remediation/cipher-classes.ts
const TLS13_KX = 'any';
/** Does the suite belong to the class? */
function suiteIsInClass(suite, cls) {
    switch (cls) {
        case 'no-pfs':
            return !suite.pfs && suite.kx !== TLS13_KX;
        case 'cbc':
            return suite.mode === 'CBC';
        case '3des':
            return suite.cipher === '3DES';
        case 'des':
            return suite.cipher === 'DES';
        case 'rc4':
            return suite.cipher === 'RC4';
        case 'rc2':
            return suite.cipher === 'RC2';
        case 'idea':
            return suite.cipher === 'IDEA';
        case 'null':
            return suite.cipher === 'NULL';
        case 'export':
            return suite.export;
        case 'anonymous':
            return suite.anonymous;
        case 'sha1-mac':
            return suite.mac === 'HMAC-SHA1';
        case 'md5-mac':
            return suite.mac === 'HMAC-MD5';
        case 'dhe':
            return suite.kx === 'DHE';
        case 'static-rsa':
            return suite.kx === 'RSA';
        case 'psk':
            return suite.kx === 'PSK' || suite.au === 'PSK';
        case 'srp':
            return suite.kx === 'SRP';
        case 'camellia':
            return suite.cipher === 'CAMELLIA';
        case 'aria':
            return suite.cipher === 'ARIA';
        case 'chacha20':
            return suite.cipher === 'CHACHA20_POLY1305';
        case 'ccm':
            return suite.mode === 'CCM' || suite.mode === 'CCM_8';
        case 'ccm8':
            return suite.mode === 'CCM_8';
        case 'non-aead':
            return !suite.aead;
        case 'weak':
            return suite.rating === 'weak' || suite.rating === 'insecure';
    }
}
function classesOf(suite, among) {
    return among.filter((cls) => suiteIsInClass(suite, cls));
}

;// CONCATENATED MODULE: ./src/remediation/permitted.ts




/** Why a suite is not permitted ("not in cipher-suites.allowed", "denied class cbc", ...), or null if it is. */
function suiteRejection(name, rules) {
    const suite = (0,registry/* suiteByName */.ty)(name);
    const iana = suite?.iana ?? suite?.name ?? name;
    const cs = rules.cipherSuites;
    if (cs.denied.includes(iana))
        return 'listed in cipher-suites.denied';
    if (suite) {
        const classes = classesOf(suite, cs.deniedClasses);
        if (classes.length)
            return `of denied class ${classes.join(', ')}`;
    }
    if (cs.allowed && !cs.allowed.includes(iana))
        return 'not in cipher-suites.allowed';
    return null;
}
const isTls13Suite = (suite) => suite.minVersion === 'TLSv1.3';
/** Suites a policy that allows any suite not denied may name: what OpenSSL 3 can offer (the registry's
 * nodeName), so the line stays within nginx's parameter length and names only configurable suites. */
function configurableSuites() {
    const candidates = [];
    const seen = new Set();
    for (const p of ['TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1.0', 'SSLv3']) {
        for (const suite of (0,registry/* suitesForProtocol */.Le)(p)) {
            if (!seen.has(suite.code) && (suite.nodeName || (p === 'TLSv1.3' && suite.iana))) {
                seen.add(suite.code);
                candidates.push(suite);
            }
        }
    }
    return candidates;
}
/** The suites the policy permits, in the policy's order (or the registry's when any suite not denied is allowed). */
function permittedSuites(rules) {
    const candidates = rules.cipherSuites.allowed
        ? rules.cipherSuites.allowed
            .map((name) => (0,registry/* suiteByName */.ty)(name))
            .filter((s) => s !== undefined)
        : configurableSuites();
    const permitted = candidates.filter((suite) => suiteRejection(suite.iana ?? suite.name, rules) === null);
    return {
        tls12: permitted.filter((s) => !isTls13Suite(s) && s.openssl),
        tls13: permitted.filter(isTls13Suite)
    };
}
/** Versions to enable: the allowed ones (or TLS 1.2 and 1.3 plus any required when the policy allows any). */
function permittedProtocols(rules) {
    const allowed = rules.protocols.allowed ?? [
        ...new Set(['TLSv1.2', 'TLSv1.3', ...rules.protocols.required])
    ];
    return report/* PROTOCOL_NAMES */.g8.filter((p) => allowed.includes(p) && p !== 'SSLv2');
}
// Groups offered when the policy allows any: the usual ECDHE curves, filtered by size.
const DEFAULT_GROUPS = ['x25519', 'secp256r1', 'secp384r1', 'secp521r1', 'x448'];
/** Is the group large enough for the policy's minimum (FFDHE against min DH bits, the rest against ECDH)? */
function groupLargeEnough(name, rules) {
    const { minDhBits, minEcdhBits } = rules.keyExchange;
    const bits = (0,remediation_groups/* groupBits */.S8)(name);
    if ((0,remediation_groups/* isFfdheGroup */.RN)(name))
        return minDhBits === null || (bits ?? 0) >= minDhBits;
    return minEcdhBits === null || bits === null || bits >= minEcdhBits;
}
function permittedGroups(rules) {
    return (rules.keyExchange.allowedGroups ?? DEFAULT_GROUPS).filter((g) => groupLargeEnough(g, rules));
}

;// CONCATENATED MODULE: ./src/remediation/directives.ts
// nginx and Apache name TLS 1.0 "TLSv1"; HAProxy's ssl-min-ver/ssl-max-ver take the version names as they are.
const NGINX_PROTOCOL = {
    SSLv2: 'SSLv2',
    SSLv3: 'SSLv3',
    'TLSv1.0': 'TLSv1',
    'TLSv1.1': 'TLSv1.1',
    'TLSv1.2': 'TLSv1.2',
    'TLSv1.3': 'TLSv1.3'
};
/** Lines enabling exactly these versions (oldest first); no server of today can enable SSLv2. */
function protocolLines(protocols) {
    const versions = protocols.filter((p) => p !== 'SSLv2');
    const nginx = versions.map((p) => NGINX_PROTOCOL[p]);
    return {
        nginx: [`ssl_protocols ${nginx.join(' ')};`],
        apache: [`SSLProtocol -all ${nginx.map((name) => `+${name}`).join(' ')}`],
        haproxy: versions.length
            ? [`ssl-default-bind-options ssl-min-ver ${versions[0]} ssl-max-ver ${versions[versions.length - 1]}`]
            : []
    };
}
/** Lines setting the TLS <= 1.2 cipher string (OpenSSL names, with @SECLEVEL when needed). */
function tls12CipherLines(cipherString) {
    return {
        nginx: [`ssl_ciphers ${cipherString};`],
        apache: [`SSLCipherSuite ${cipherString}`],
        haproxy: [`ssl-default-bind-ciphers ${cipherString}`]
    };
}
/** Lines setting the TLS 1.3 suites (colon-separated). */
function tls13CipherLines(suites) {
    return {
        nginx: [`ssl_conf_command Ciphersuites ${suites};`],
        apache: [`SSLCipherSuite TLSv1.3 ${suites}`],
        haproxy: [`ssl-default-bind-ciphersuites ${suites}`]
    };
}
/** Lines setting the key-exchange groups (OpenSSL names, colon-separated), prefixed e.g. with a comment mark. */
function groupLines(groups, prefix = '') {
    return {
        nginx: [`${prefix}ssl_ecdh_curve ${groups};`],
        apache: [`${prefix}SSLOpenSSLConfCmd Curves ${groups}`],
        haproxy: [`${prefix}ssl-default-bind-curves ${groups}`]
    };
}
/** Where nginx lines put an RFC 7919 group's DH parameters (nginx offers DHE only with such a file). */
const nginxDhParamFile = (group) => `/etc/nginx/${group}.pem`;
/** The lines of several settings, per server, in order. */
function joinLines(...parts) {
    return {
        nginx: parts.flatMap((p) => p.nginx),
        apache: parts.flatMap((p) => p.apache),
        haproxy: parts.flatMap((p) => p.haproxy)
    };
}

// EXTERNAL MODULE: ./src/remediation/seclevel.ts
var seclevel = __webpack_require__(9216);
;// CONCATENATED MODULE: ./src/remediation/policy-fix.ts




function protocolFix(rules) {
    const protocols = permittedProtocols(rules);
    const lines = protocolLines(protocols);
    if ((0,seclevel/* needsSeclevel0 */.l)(protocols)) {
        lines.text = 'OpenSSL 3 needs @SECLEVEL=0 in the cipher string to offer versions below TLS 1.2.';
    }
    return lines;
}
function cipherFix(rules) {
    const { tls12, tls13 } = permittedSuites(rules);
    const protocols = permittedProtocols(rules);
    const onlyTls13 = protocols.every((p) => p === 'TLSv1.3');
    const parts = [];
    if (tls12.length && !onlyTls13) {
        parts.push(tls12CipherLines((0,seclevel/* cipherString */.R)(tls12.map((s) => s.openssl), protocols)));
    }
    if (tls13.length)
        parts.push(tls13CipherLines(tls13.map((s) => s.iana ?? s.name).join(':')));
    const fix = joinLines(...parts);
    if (!tls12.length && !tls13.length)
        fix.text = 'The policy permits no cipher suite a server can be configured with.';
    return fix;
}
function orderFix(rules) {
    const on = rules.serverPreference !== 'forbidden';
    return {
        nginx: [`ssl_prefer_server_ciphers ${on ? 'on' : 'off'};`],
        apache: [`SSLHonorCipherOrder ${on ? 'on' : 'off'}`],
        // One ssl-default-bind-options line holds every option: keep the version bounds on it.
        haproxy: on
            ? []
            : [`${protocolFix(rules).haproxy?.[0] ?? 'ssl-default-bind-options'} prefer-client-ciphers`],
        ...(on
            ? { text: 'HAProxy uses the server order unless prefer-client-ciphers is set: remove that option.' }
            : {})
    };
}
function groupFix(rules) {
    const names = permittedGroups(rules)
        .map(remediation_groups/* opensslGroupName */.Zf)
        .filter((n) => n !== null);
    if (names.length === 0)
        return { text: 'The policy permits no group a server can be configured with.' };
    // Post-quantum hybrids need OpenSSL 3.5, the brainpool TLS 1.3 groups 3.2; older versions reject the whole list.
    const classic = names.filter((n) => !(0,remediation_groups/* isPostQuantumHybrid */.QI)(n) && !/tls13$/i.test(n));
    if (classic.length !== names.length && classic.length > 0) {
        return joinLines(groupLines(names.join(':')), groupLines(classic.join(':'), '# with OpenSSL < 3.5: '));
    }
    return groupLines(names.join(':'));
}
/** The smallest RFC 7919 group at least as large as the policy's minimum. */
function ffdheFor(minBits) {
    const sizes = [2048, 3072, 4096, 6144, 8192];
    return `ffdhe${sizes.find((s) => s >= (minBits ?? 2048)) ?? 8192}`;
}
function dhFix(rules) {
    const { tls12 } = permittedSuites(rules);
    if (!tls12.some((s) => s.kx === 'DHE')) {
        // The policy allows no DHE suite: the fix is the cipher list without them, not bigger parameters.
        return { ...cipherFix(rules), text: 'Remove the DHE suites: the policy allows none.' };
    }
    const group = ffdheFor(rules.keyExchange.minDhBits);
    return {
        nginx: [`ssl_dhparam ${nginxDhParamFile(group)};`],
        apache: [`SSLOpenSSLConfCmd DHParameters /etc/ssl/${group}.pem`],
        haproxy: [`ssl-dh-param-file /etc/haproxy/${group}.pem`],
        text: `Use the ${group} group of RFC 7919 (e.g. https://ssl-config.mozilla.org/${group}.txt) as the DH parameters file.`
    };
}

;// CONCATENATED MODULE: ./src/remediation/advice.ts
function staplingFix() {
    return {
        nginx: ['ssl_stapling on;', 'ssl_stapling_verify on;'],
        apache: ['SSLUseStapling On', 'SSLStaplingCache "shmcb:logs/ssl_stapling(32768)"'],
        haproxy: [],
        text: 'HAProxy 2.8+: add `ocsp-update on` to the certificate in the crt-list; older versions load the response with `set ssl ocsp-response`. nginx also needs a `resolver` to reach the responder.'
    };
}
function certificateFix(rules, rule) {
    const c = rules.certificates;
    const keyAdvice = [
        c.allowedKeyTypes ? `key type ${c.allowedKeyTypes.join(' or ')}` : null,
        c.allowedCurves ? `curve ${c.allowedCurves.join(' or ')}` : null,
        c.minRsaBits ? `RSA of at least ${c.minRsaBits} bits` : null,
        c.allowedSignatureAlgorithms ? `signature ${c.allowedSignatureAlgorithms.join(', ')}` : null
    ].filter(Boolean);
    const text = {
        'certificate.expired': 'Renew the certificate and reload the server; check why automatic renewal did not run.',
        'certificate.not-yet-valid': 'Check the clock of the issuing system, or wait until notBefore; serve a certificate that is valid now.',
        'certificate.expiring': 'Renew the certificate now (or fix the automatic renewal), then reload the server.',
        'certificate.lifetime': 'Request a certificate with a shorter validity period.',
        'certificate.hostname-mismatch': 'Serve a certificate whose subjectAltName lists this host name (or check the SNI routing).',
        'certificate.untrusted': 'Serve a certificate issued by a publicly trusted CA (or pass --ca-file for a private CA).',
        'certificate.self-signed': 'Replace the self-signed certificate with one issued by a trusted CA (or pass --ca-file for a private CA).',
        'certificate.weak-key': `Reissue the certificate with a stronger key${keyAdvice.length ? ` (${keyAdvice.join('; ')})` : ''}.`,
        'certificate.key-type-not-allowed': `Reissue the certificate with an allowed key${keyAdvice.length ? ` (${keyAdvice.join('; ')})` : ''}.`,
        'certificate.weak-signature': `Reissue the certificate${c.allowedSignatureAlgorithms ? ` signed with ${c.allowedSignatureAlgorithms.join(', ')}` : ' with a SHA-256 or stronger signature'}.`,
        'chain.intermediate-expiring': 'Get the current intermediate from the CA and serve it in the chain instead of the expiring one.'
    };
    return { text: text[rule] ?? 'Replace the certificate.' };
}
function targetFix(rule) {
    const text = {
        'target.unreachable': 'Check the host name, port, DNS and firewall; or set targets.unreachable to warning or ignore for this target.',
        'target.not-tls': 'Point the target at the TLS port (e.g. 443, not 80), or check that the service terminates TLS itself.',
        'target.error': 'Look at the error: the server broke off the scan. Check its TLS configuration and logs.'
    };
    return { text: text[rule] ?? 'Check the target.' };
}

;// CONCATENATED MODULE: ./src/remediation/certificate-files.ts
/** A policy finding about the sent chain: serve the CA's full-chain file. */
function chainFix(problem) {
    const what = {
        incomplete: 'Serve the intermediate certificates after the leaf (the CA\'s "full chain" file).',
        order: 'Serve the leaf first, then each certificate followed by the one that issued it.',
        extra: 'Remove certificates that do not belong to the chain from the certificate file.'
    }[problem];
    return {
        nginx: ['ssl_certificate /etc/ssl/fullchain.pem;'],
        apache: ['SSLCertificateFile /etc/ssl/fullchain.pem'],
        haproxy: ['bind :443 ssl crt /etc/haproxy/fullchain-and-key.pem'],
        text: `${what} The file holds the leaf, then the intermediates in order; the root is not needed.`
    };
}
/** A client rejects the chain because an intermediate is missing. */
function fullChainFix() {
    return {
        nginx: ['ssl_certificate /etc/ssl/fullchain.pem;  # leaf first, then each intermediate'],
        apache: ['SSLCertificateFile /etc/ssl/fullchain.pem  # leaf first, then each intermediate'],
        haproxy: ['bind :443 ssl crt /etc/haproxy/fullchain-and-key.pem'],
        text: 'Concatenate the leaf certificate and its intermediate(s), leaf first, and serve that file.'
    };
}
/** A client rejects the expired certificate. */
function renewedCertificateFix() {
    return {
        nginx: [
            'ssl_certificate /etc/ssl/renewed-fullchain.pem;  # the renewed certificate, then its intermediates'
        ],
        apache: ['SSLCertificateFile /etc/ssl/renewed-fullchain.pem'],
        haproxy: ['bind :443 ssl crt /etc/haproxy/renewed.pem'],
        text: 'Renew the certificate and reload the server; check that the renewal job deploys to this endpoint.'
    };
}
/** A client accepts none of the server's key types: a second certificate next to the current one. */
function secondCertificateFix(keyType) {
    const file = keyType === 'EC' ? 'ecdsa' : keyType.toLowerCase();
    return {
        nginx: [`ssl_certificate /etc/ssl/${file}-fullchain.pem;`, `ssl_certificate_key /etc/ssl/${file}.key;`],
        apache: [
            `SSLCertificateFile /etc/ssl/${file}-fullchain.pem`,
            `SSLCertificateKeyFile /etc/ssl/${file}.key`
        ],
        haproxy: [`bind :443 ssl crt /etc/haproxy/site.pem crt /etc/haproxy/site-${file}.pem`],
        text: `Serve a second certificate with an ${keyType === 'EC' ? 'ECDSA (P-256)' : keyType} key next to the current one (servers pick per client).`
    };
}

;// CONCATENATED MODULE: ./src/remediation/server-change.ts
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
    return report/* PROTOCOL_NAMES */.g8.filter((p) => target.protocols[p]);
}
function opensslSuiteName(iana) {
    return (0,registry/* suiteByName */.ty)(iana)?.openssl ?? null;
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
    return target.groups.map((g) => (0,remediation_groups/* opensslGroupName */.Zf)(g)).filter((g) => g !== null);
}
/** Where the fix lines put RFC 7919 DH parameters, and how to make them. */
const DH_PARAM_FILE = nginxDhParamFile('ffdhe2048');
const DH_PARAM_COMMAND = `openssl genpkey -genparam -algorithm DH -pkeyopt group:ffdhe2048 -out ${DH_PARAM_FILE}`;
/** nginx, Apache and HAProxy lines for a change (empty FixLines when nothing changes). */
function renderServerChange(change) {
    const parts = [];
    if (change.protocols)
        parts.push(protocolLines(change.protocols));
    if (change.tls12Ciphers) {
        parts.push(tls12CipherLines((0,seclevel/* cipherString */.R)(change.tls12Ciphers, change.protocols ?? [])));
    }
    if (change.tls13Ciphers)
        parts.push(tls13CipherLines(change.tls13Ciphers.join(':')));
    if (change.dhParams) {
        // nginx enables DHE only with explicit parameters; Apache and HAProxy have built-in ones.
        parts.push({ nginx: [`ssl_dhparam ${DH_PARAM_FILE};  # ${DH_PARAM_COMMAND}`], apache: [], haproxy: [] });
    }
    if (change.groups)
        parts.push(groupLines(change.groups.join(':')));
    const lines = joinLines(...parts);
    return lines.nginx.length === 0 ? {} : lines;
}

// EXTERNAL MODULE: ./src/remediation/reproduce.ts
var reproduce = __webpack_require__(6078);
// EXTERNAL MODULE: ./src/remediation/endpoint.ts
var remediation_endpoint = __webpack_require__(9412);
// EXTERNAL MODULE: ./src/remediation/shell.ts
var shell = __webpack_require__(4487);
;// CONCATENATED MODULE: ./src/remediation/client-reproduce.ts
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
        .map((g) => (g ? (0,remediation_groups/* opensslSpelling */.r)(g) : null))
        .filter((g) => Boolean(g));
    return { tls12, tls13, groups };
}
function opensslCommand(offer, endpoint) {
    const { tls12, tls13, groups } = names(offer);
    const parts = ['openssl s_client', '-connect', (0,shell/* shellQuote */.Z)((0,remediation_endpoint/* connectAddress */.x9)(endpoint))];
    if (offer.sni && endpoint.sni)
        parts.push('-servername', (0,shell/* shellQuote */.Z)(endpoint.sni));
    else
        parts.push('-noservername');
    const lowest = offer.versions[offer.versions.length - 1];
    const highest = offer.versions[0];
    if (lowest && OPENSSL_VERSION[lowest])
        parts.push('-min_protocol', OPENSSL_VERSION[lowest]);
    if (highest && OPENSSL_VERSION[highest])
        parts.push('-max_protocol', OPENSSL_VERSION[highest]);
    if (tls12.length)
        parts.push('-cipher', (0,shell/* shellQuote */.Z)((0,seclevel/* cipherString */.R)(tls12, offer.versions)));
    if (offer.versions.includes('TLSv1.3'))
        parts.push('-ciphersuites', (0,shell/* shellQuote */.Z)(tls13.join(':')));
    if (groups.length)
        parts.push('-groups', (0,shell/* shellQuote */.Z)(groups.join(':')));
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
        parts.push('--ciphers', (0,shell/* shellQuote */.Z)(tls12.join(':')));
    if (offer.versions.includes('TLSv1.3') && tls13.length)
        parts.push('--tls13-ciphers', (0,shell/* shellQuote */.Z)(tls13.join(':')));
    if (groups.length)
        parts.push('--curves', (0,shell/* shellQuote */.Z)(groups.join(':')));
    const resolve = (0,remediation_endpoint/* curlResolve */.py)(endpoint);
    if (resolve)
        parts.push('--resolve', (0,shell/* shellQuote */.Z)(resolve));
    parts.push((0,shell/* shellQuote */.Z)((0,remediation_endpoint/* httpsUrl */.N3)(endpoint)));
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./src/remediation/fix-blocks.ts
const SERVERS = [
    { server: 'nginx', name: 'nginx' },
    { server: 'apache', name: 'Apache' },
    { server: 'haproxy', name: 'HAProxy' }
];
/** The servers that have lines, in display order (a report read back from JSON may lack any of them). */
function fixBlocks(fix) {
    return SERVERS.flatMap(({ server, name }) => {
        const lines = fix[server];
        return Array.isArray(lines) && lines.length > 0 ? [{ server, name, lines }] : [];
    });
}

;// CONCATENATED MODULE: ./src/remediation/resumption.ts
/** Every address of a pool must hold the same ticket keys (or tickets off and a shared session cache). */
const SHARED_TICKET_KEYS_FIX = {
    nginx: ['ssl_session_ticket_key /etc/nginx/ticket.key;  # the same key file on every server of the pool'],
    apache: [
        'SSLSessionTicketKeyFile /etc/apache2/ticket.key  # the same key file on every server of the pool'
    ],
    haproxy: [
        'bind :443 ssl crt /etc/haproxy/site.pem tls-ticket-keys /etc/haproxy/ticket.keys  # shared by every node'
    ],
    text: 'Distribute the same session ticket keys to every server behind the name (and rotate them together), or turn tickets off (nginx: ssl_session_tickets off;) and use a shared session cache.'
};
const SESSION_ID_SWITCH = {
    on: {
        nginx: ['ssl_session_cache shared:SSL:10m;', 'ssl_session_timeout 1d;'],
        apache: ['SSLSessionCache shmcb:/var/run/apache2/ssl_scache(512000)', 'SSLSessionCacheTimeout 300'],
        haproxy: ['tune.ssl.cachesize 20000  # global section']
    },
    off: {
        nginx: ['ssl_session_cache off;'],
        apache: ['SSLSessionCache none'],
        haproxy: ['tune.ssl.cachesize 0  # global section']
    }
};
const SESSION_TICKET_SWITCH = {
    on: {
        nginx: ['ssl_session_tickets on;'],
        apache: ['SSLSessionTickets on'],
        haproxy: ['# remove no-tls-tickets from the bind line']
    },
    off: {
        nginx: ['ssl_session_tickets off;'],
        apache: ['SSLSessionTickets off'],
        haproxy: ['bind :443 ssl crt /etc/haproxy/site.pem no-tls-tickets']
    }
};

;// CONCATENATED MODULE: ./src/remediation/index.ts















/***/ }),

/***/ 6078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ef: () => (/* binding */ reproduceOrder),
/* harmony export */   G4: () => (/* binding */ reproduceDh),
/* harmony export */   Ho: () => (/* binding */ reproduceResumptionAcross),
/* harmony export */   KX: () => (/* binding */ reproduceStapling),
/* harmony export */   L1: () => (/* binding */ reproduceReconnect),
/* harmony export */   Tg: () => (/* binding */ reproduceReachability),
/* harmony export */   X6: () => (/* binding */ reproduceGroup),
/* harmony export */   gJ: () => (/* binding */ reproduceProtocol),
/* harmony export */   rd: () => (/* binding */ reproduceVerify),
/* harmony export */   tr: () => (/* binding */ reproduceCertificate),
/* harmony export */   w$: () => (/* binding */ reproduceSuite)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1751);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9412);
/* harmony import */ var _groups_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2373);
/* harmony import */ var _seclevel_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9216);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4487);
// Command lines a person can paste to see a finding's problem for themselves: openssl s_client with the
// version, suite or group that the finding is about, or curl. Every argument is shell-quoted (shell.ts).





const VERSION_FLAG = {
    SSLv2: '-ssl2',
    SSLv3: '-ssl3',
    'TLSv1.0': '-tls1',
    'TLSv1.1': '-tls1_1',
    'TLSv1.2': '-tls1_2',
    'TLSv1.3': '-tls1_3'
};
function connectArgs(t) {
    const args = ['-connect', (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .connectAddress */ .x9)(t)];
    if (t.sni)
        args.push('-servername', t.sni);
    else
        args.push('-noservername');
    return args;
}
function sClient(t, extra, tail = ' </dev/null') {
    return `${['openssl', 's_client', ...connectArgs(t), ...extra].map(_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z).join(' ')}${tail}`;
}
function reproduceProtocol(t, p) {
    // OpenSSL 3 only offers TLS 1.0/1.1 at security level 0; SSLv2/3 need a build that still has them.
    const extra = [VERSION_FLAG[p]];
    if ((0,_seclevel_js__WEBPACK_IMPORTED_MODULE_4__/* .needsSeclevel0 */ .l)([p]))
        extra.push('-cipher', 'DEFAULT:@SECLEVEL=0');
    return sClient(t, extra);
}
function reproduceSuite(t, p, suiteName) {
    const suite = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .suiteByName */ .ty)(suiteName);
    if (p === 'TLSv1.3')
        return sClient(t, ['-tls1_3', '-ciphersuites', suite?.iana ?? suiteName]);
    const name = suite?.openssl ?? suiteName;
    return sClient(t, [VERSION_FLAG[p], '-cipher', `${name}:@SECLEVEL=0`]);
}
function reproduceGroup(t, group, tls13) {
    const name = (0,_groups_js__WEBPACK_IMPORTED_MODULE_1__/* .opensslGroupName */ .Zf)(group) ?? group;
    return sClient(t, [tls13 ? '-tls1_3' : '-tls1_2', '-groups', name]);
}
function reproduceDh(t) {
    // "Server Temp Key: DH, N bits" in the output shows the size.
    return sClient(t, ['-tls1_2', '-cipher', 'kDHE:@SECLEVEL=0']);
}
function reproduceOrder(t, p, suites) {
    // Offer the server's least preferred suite first: a server that imposes its order still picks its favourite.
    const names = [...suites].reverse().map((n) => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .suiteByName */ .ty)(n)?.openssl ?? n);
    if (p === 'TLSv1.3')
        return sClient(t, ['-tls1_3', '-ciphersuites', [...suites].reverse().join(':')]);
    return sClient(t, [VERSION_FLAG[p], '-cipher', `${names.join(':')}:@SECLEVEL=0`]);
}
function reproduceCertificate(t) {
    return `${sClient(t, ['-showcerts'])} | openssl x509 -noout -subject -issuer -dates -ext subjectAltName`;
}
function reproduceVerify(t) {
    const extra = ['-showcerts', '-verify_return_error'];
    if (t.sni)
        extra.push('-verify_hostname', t.sni);
    return sClient(t, extra);
}
function reproduceStapling(t) {
    return `${sClient(t, ['-status'])} | grep -A 3 'OCSP response'`;
}
function reproduceReachability(t) {
    const parts = ['curl', '-v', '--max-time', '10'];
    const resolve = (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .curlResolve */ .py)(t);
    if (resolve)
        parts.push('--resolve', resolve);
    parts.push((0,_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .httpsUrl */ .N3)(t));
    return parts.map(_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z).join(' ');
}
/** Does the server resume a TLS 1.2 session? (-reconnect prints "New" then "Reused" when it does.) */
function reproduceReconnect(t) {
    return sClient(t, ['-tls1_2', '-reconnect'], " </dev/null | grep -E '^(New|Reused)'");
}
/** A session from one address of a pool offered to another: "Reused" when they share ticket keys or a cache. */
function reproduceResumptionAcross(t, from, to) {
    const save = sClient({ ...t, address: from }, ['-sess_out', 'sess.pem']);
    const resume = sClient({ ...t, address: to }, ['-sess_in', 'sess.pem'], " </dev/null | grep -E '^(New|Reused)'");
    return `${save} && ${resume}`;
}


/***/ }),

/***/ 9216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ cipherString),
/* harmony export */   l: () => (/* binding */ needsSeclevel0)
/* harmony export */ });
const LEGACY = ['SSLv3', 'TLSv1.0', 'TLSv1.1'];
/** Does enabling (or offering) these versions need @SECLEVEL=0? SSLv2 does not count: OpenSSL 3 has none. */
function needsSeclevel0(versions) {
    return versions.some((version) => LEGACY.includes(version));
}
/** An OpenSSL cipher string for these suites that still works with these versions enabled. */
function cipherString(suites, versions) {
    return [...suites, ...(needsSeclevel0(versions) ? ['@SECLEVEL=0'] : [])].join(':');
}


/***/ }),

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
// Command lines a person pastes into a shell. Host names and SNI come from configuration and from scanned
// servers, so no word is trusted to be shell-safe.
/** POSIX single-quoting when needed; words made only of safe characters stay readable. */
function shellQuote(word) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 3654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ clientHandshake)
/* harmony export */ });
async function clientHandshake(probe, client, serverName) {
    const outcome = await probe(client.hello(serverName));
    if (outcome.kind !== 'hello-retry' || !client.groups.includes(outcome.group))
        return outcome;
    // A real client continues on the same connection; the server decides the same way on a fresh one when the
    // first hello already carries the share it asked for.
    return probe(client.hello(serverName, [outcome.group]));
}


/***/ }),

/***/ 2366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ runProbe)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/codepoints/index.ts
var codepoints = __webpack_require__(1926);
// EXTERNAL MODULE: ./src/wire/alert.ts
var wire_alert = __webpack_require__(8951);
// EXTERNAL MODULE: ./src/wire/bytes.ts
var bytes = __webpack_require__(5026);
;// CONCATENATED MODULE: ./src/wire/extensions.ts
// The codecs of the extension bodies a ClientHello or ServerHello carries (code points: src/codepoints). Each encoder returns the extension_data only; the caller frames type + length.

/** Writes an extensions block (u16 length, then type/length/data entries). */
function extensions_writeExtensions(w, extensions) {
    w.vector16((list) => {
        for (const ext of extensions)
            list.u16(ext.type).vector16((d) => d.bytes(ext.data));
    });
}
/**
 * Reads an extensions block; a repeated type is an error (RFC 8446 §4.2) unless `duplicates` is 'allowed' (the
 * CertificateEntry reader has always tolerated them, and a scan should not newly fail on such a server).
 */
function readExtensions(reader, what = 'extensions', duplicates = 'rejected') {
    const list = reader.vector16(what);
    const out = [];
    const seen = new Set();
    while (!list.done()) {
        const type = list.u16();
        const data = list.vector16('extension').rest();
        if (seen.has(type) && duplicates === 'rejected')
            throw new bytes/* DecodeError */.Xc(`extensions: type ${type} appears twice`, 'duplicate-extension');
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
function readU16List(data, what) {
    const r = new bytes/* ByteReader */.kP(data, what);
    const list = r.vector16();
    r.expectDone();
    const out = [];
    while (!list.done())
        out.push(list.u16());
    return out;
}
function readU8List(data, what) {
    const r = new bytes/* ByteReader */.kP(data, what);
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
function decodeServerName(data) {
    const r = new bytes/* ByteReader */.kP(data, 'server_name');
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
function decodeAlpn(data) {
    const r = new bytes/* ByteReader */.kP(data, 'alpn');
    const list = r.vector16();
    r.expectDone();
    const out = [];
    while (!list.done())
        out.push(list.vector8().rest().toString('latin1'));
    return out;
}

;// CONCATENATED MODULE: ./src/wire/extension-codecs.ts
// The typed extension table: for each extension a message carries, its code point and the codec of its
// extension_data, both ways (in the manner of rustls' ClientExtension/ServerExtension). ClientHello,
// ServerHello/HelloRetryRequest and the TLS 1.3 CertificateEntry read and write their extensions through it, so
// each body format is written once. Where one code point has different bodies in different messages
// (supported_versions, key_share, status_request), each form is its own entry.



function codec(type, decode, encode) {
    return { type, decode, encode };
}
/** Reads a body with `read`, which must consume all of it. */
function whole(what, read) {
    return (data) => {
        const r = new bytes/* ByteReader */.kP(data, what);
        const value = read(r);
        r.expectDone();
        return value;
    };
}
const u16 = (value) => new bytes/* ByteWriter */.U7().u16(value).finish();
const keyShareEntry = (entry) => new bytes/* ByteWriter */.U7()
    .u16(entry.group)
    .vector16((k) => k.bytes(entry.keyExchange))
    .finish();
/** A flag extension: present with an empty body. */
const empty = (type) => codec(type, whole('empty extension', () => true), () => Buffer.alloc(0));
/** CertificateStatus body (RFC 6066 §8): status_type ocsp(1), then a u24 OCSPResponse; the DER response. */
const extension_codecs_certificateStatusBody = codec(codepoints/* ExtensionType */.Ag.status_request, (data) => {
    const r = new bytes/* ByteReader */.kP(data, 'CertificateStatus');
    const statusType = r.u8();
    if (statusType !== codepoints/* CertificateStatusType */.kc.ocsp)
        throw new bytes/* DecodeError */.Xc(`CertificateStatus: status_type ${statusType} is not ocsp(1)`);
    const response = r.vector24('OCSPResponse').rest();
    r.expectDone();
    return Buffer.from(response);
}, (ocsp) => new bytes/* ByteWriter */.U7()
    .u8(codepoints/* CertificateStatusType */.kc.ocsp)
    .vector24((w) => w.bytes(ocsp))
    .finish());
/** Extensions a ClientHello carries. */
const ClientExtension = {
    /** server_name: the host_name entry (null when the list holds none). */
    serverName: codec(codepoints/* ExtensionType */.Ag.server_name, decodeServerName, encodeServerName),
    supportedGroups: codec(codepoints/* ExtensionType */.Ag.supported_groups, (d) => readU16List(d, 'supported_groups'), u16List),
    ecPointFormats: codec(codepoints/* ExtensionType */.Ag.ec_point_formats, (d) => readU8List(d, 'ec_point_formats'), u8List),
    signatureAlgorithms: codec(codepoints/* ExtensionType */.Ag.signature_algorithms, (d) => readU16List(d, 'signature_algorithms'), u16List),
    signatureAlgorithmsCert: codec(codepoints/* ExtensionType */.Ag.signature_algorithms_cert, (d) => readU16List(d, 'signature_algorithms_cert'), u16List),
    alpn: codec(codepoints/* ExtensionType */.Ag.application_layer_protocol_negotiation, decodeAlpn, encodeAlpn),
    /** supported_versions in a ClientHello: a u8-length list of versions (RFC 8446 §4.2.1). */
    supportedVersions: codec(codepoints/* ExtensionType */.Ag.supported_versions, whole('supported_versions', (r) => {
        const list = r.vector8();
        const out = [];
        while (!list.done())
            out.push(list.u16());
        return out;
    }), (versions) => new bytes/* ByteWriter */.U7().vector8((w) => versions.forEach((v) => w.u16(v))).finish()),
    /** key_share in a ClientHello: a u16-length list of entries (RFC 8446 §4.2.8). */
    keyShares: codec(codepoints/* ExtensionType */.Ag.key_share, whole('key_share', (r) => {
        const list = r.vector16();
        const out = [];
        while (!list.done())
            out.push({ group: list.u16(), keyExchange: list.vector16().rest() });
        return out;
    }), (entries) => new bytes/* ByteWriter */.U7().vector16((w) => entries.forEach((e) => w.bytes(keyShareEntry(e)))).finish()),
    pskKeyExchangeModes: codec(codepoints/* ExtensionType */.Ag.psk_key_exchange_modes, (d) => readU8List(d, 'psk_key_exchange_modes'), u8List),
    /** status_request asking for OCSP with no responder ids or extensions (RFC 6066 §8): 01 0000 0000. */
    statusRequest: codec(codepoints/* ExtensionType */.Ag.status_request, (data) => data, () => Buffer.from([codepoints/* CertificateStatusType */.kc.ocsp, 0, 0, 0, 0])),
    /** Empty to ask for a ticket, or a ticket to present (RFC 5077 §3.2). */
    sessionTicket: codec(codepoints/* ExtensionType */.Ag.session_ticket, (data) => data, (ticket) => ticket),
    /** renegotiation_info of an initial handshake: an empty renegotiated_connection (RFC 5746 §3.2). */
    renegotiationInfo: codec(codepoints/* ExtensionType */.Ag.renegotiation_info, whole('renegotiation_info', (r) => r.vector8().rest()), (connection) => new bytes/* ByteWriter */.U7().vector8((w) => w.bytes(connection)).finish()),
    encryptThenMac: empty(codepoints/* ExtensionType */.Ag.encrypt_then_mac),
    extendedMasterSecret: empty(codepoints/* ExtensionType */.Ag.extended_master_secret),
    /** RFC 7685: zero bytes of the given length. */
    padding: codec(codepoints/* ExtensionType */.Ag.padding, (data) => data.length, (length) => Buffer.alloc(length))
};
/** Extensions a ServerHello or HelloRetryRequest carries. */
const extension_codecs_ServerExtension = {
    /** supported_versions in a ServerHello: the one selected version. */
    selectedVersion: codec(codepoints/* ExtensionType */.Ag.supported_versions, whole('supported_versions', (r) => r.u16()), u16),
    /** key_share in a ServerHello: the server's one entry. */
    keyShare: codec(codepoints/* ExtensionType */.Ag.key_share, whole('key_share', (r) => ({ group: r.u16(), keyExchange: Buffer.from(r.vector16().rest()) })), keyShareEntry),
    /** key_share in a HelloRetryRequest: the group the server asks for. */
    retryGroup: codec(codepoints/* ExtensionType */.Ag.key_share, whole('key_share', (r) => r.u16()), u16),
    cookie: codec(codepoints/* ExtensionType */.Ag.cookie, whole('cookie', (r) => Buffer.from(r.vector16().rest())), (cookie) => new bytes/* ByteWriter */.U7().vector16((w) => w.bytes(cookie)).finish())
};
/** Extensions of a TLS 1.3 CertificateEntry (RFC 8446 §4.4.2). */
const extension_codecs_CertificateEntryExtension = {
    /** The stapled OCSP response: a CertificateStatus body. */
    statusRequest: extension_codecs_certificateStatusBody
};
/** The extension holding `value`. */
function extension_codecs_extension(codec, value) {
    return { type: codec.type, data: codec.encode(value) };
}
/** The decoded value of the extension of the codec's type, or null when the list has none. */
function extension_codecs_findExtension(extensions, codec) {
    const found = extensions.find((e) => e.type === codec.type);
    return found ? codec.decode(found.data) : null;
}

;// CONCATENATED MODULE: ./src/wire/byte-queue.ts
// Bytes received from the network, held as the chunks they arrived in until a whole unit (record, handshake
// message) can be taken. Each byte is copied at most once, when the unit it belongs to is taken, so reading a
// message delivered in many small pieces costs time linear in its size (concatenating the whole buffer on every
// chunk would be quadratic: a hostile peer sending a 256 KiB message in 1-byte records could exploit that).
class ByteQueue {
    chunks = [];
    /** Index of the first chunk still holding bytes (an index rather than shift(), which is linear). */
    first = 0;
    /** Bytes of that chunk already taken. */
    head = 0;
    total = 0;
    /** Bytes waiting. */
    get length() {
        return this.total;
    }
    push(chunk) {
        if (chunk.length === 0)
            return;
        this.chunks.push(chunk);
        this.total += chunk.length;
    }
    /** The byte at `index` from the front; the caller checks index < length. */
    byteAt(index) {
        let offset = this.head + index;
        for (let i = this.first; i < this.chunks.length; i++) {
            const chunk = this.chunks[i];
            if (offset < chunk.length)
                return chunk[offset];
            offset -= chunk.length;
        }
        throw new RangeError(`ByteQueue: index ${index} beyond ${this.total} byte(s)`);
    }
    /** Big-endian unsigned integer of `width` bytes at `index` (headers: a few bytes, so byte by byte is fine). */
    uintAt(index, width) {
        let value = 0;
        for (let i = 0; i < width; i++)
            value = value * 256 + this.byteAt(index + i);
        return value;
    }
    /** Removes and returns the first n bytes: a view when they lie in one chunk, one copy otherwise. */
    take(n) {
        if (n > this.total)
            throw new RangeError(`ByteQueue: ${n} byte(s) asked, ${this.total} waiting`);
        this.total -= n;
        const front = this.chunks[this.first];
        if (front && front.length - this.head >= n) {
            const out = front.subarray(this.head, this.head + n);
            this.advance(n);
            return out;
        }
        const out = Buffer.allocUnsafe(n);
        let filled = 0;
        while (filled < n) {
            const chunk = this.chunks[this.first];
            const count = Math.min(n - filled, chunk.length - this.head);
            chunk.copy(out, filled, this.head, this.head + count);
            filled += count;
            this.advance(count);
        }
        return out;
    }
    advance(n) {
        this.head += n;
        if (this.head < this.chunks[this.first].length)
            return;
        this.first++;
        this.head = 0;
        // Drop the consumed chunks now and then, so the array does not grow with everything ever received.
        if (this.first >= 64 && this.first * 2 >= this.chunks.length) {
            this.chunks = this.chunks.slice(this.first);
            this.first = 0;
        }
    }
}

;// CONCATENATED MODULE: ./src/wire/handshake.ts
// Handshake message framing (RFC 8446 §4, RFC 5246 §7.4): a 1-byte type and a 24-bit length. Messages are
// reassembled independently of records: one record may carry several messages, one message may span records.


const HEADER_LENGTH = 4;
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
/** Reassembles handshake messages from record fragments, in time linear in the bytes received. */
class HandshakeAssembler {
    pending = new ByteQueue();
    /** Adds the fragment of one handshake record (or one decrypted TLS 1.3 record). */
    push(fragment) {
        this.pending.push(fragment);
        if (this.pending.length >= HEADER_LENGTH)
            this.declaredLength();
    }
    /** True when bytes of an incomplete message are waiting (a record boundary must not fall here for some messages). */
    get hasPartial() {
        return this.pending.length > 0;
    }
    next() {
        if (this.pending.length < HEADER_LENGTH)
            return null;
        const length = this.declaredLength();
        if (this.pending.length < HEADER_LENGTH + length)
            return null;
        const raw = this.pending.take(HEADER_LENGTH + length);
        return { type: raw[0], body: raw.subarray(HEADER_LENGTH), raw };
    }
    declaredLength() {
        const length = this.pending.uintAt(1, 3);
        if (length > MAX_HANDSHAKE_MESSAGE) {
            throw new bytes/* DecodeError */.Xc(`handshake: message of ${length} bytes exceeds ${MAX_HANDSHAKE_MESSAGE}`, 'over-limit');
        }
        return length;
    }
}

;// CONCATENATED MODULE: ./src/wire/record.ts
// TLS record layer framing (RFC 8446 §5.1, RFC 5246 §6.2). The engine reads plaintext records only up to the
// point where a handshake would turn encrypted, except TLS 1.3, whose encrypted records are handed to
// tls13/handshake-decryptor.ts. Reassembly from TCP chunks lives here; handshake reassembly in handshake.ts.



/** Largest plaintext fragment (2^14). */
const MAX_PLAINTEXT = 1 << 14;
/** Largest record the protocol allows on the wire: TLSCiphertext in TLS 1.2 may add 2048 bytes (RFC 5246 §6.2.3). */
const MAX_RECORD_PAYLOAD = MAX_PLAINTEXT + 2048;
const record_HEADER_LENGTH = 5;
/** Frames `payload` as records of `type`, splitting it into fragments of at most 2^14 bytes. */
function record_encodeRecords(type, version, payload) {
    const parts = [];
    let offset = 0;
    do {
        const fragment = payload.subarray(offset, offset + MAX_PLAINTEXT);
        const header = Buffer.alloc(record_HEADER_LENGTH);
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
    return type >= codepoints/* ContentType */.cM.change_cipher_spec && type <= codepoints/* ContentType */.cM.heartbeat;
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
    pending = new ByteQueue();
    push(chunk) {
        this.pending.push(chunk);
        // Validate the header as soon as it is complete, so garbage fails before we wait for a body.
        if (this.pending.length >= record_HEADER_LENGTH)
            this.checkHeader();
    }
    /** Bytes received but not yet returned as a record. */
    get buffered() {
        return this.pending.length;
    }
    next() {
        if (this.pending.length < record_HEADER_LENGTH)
            return null;
        const length = this.checkHeader();
        if (this.pending.length < record_HEADER_LENGTH + length)
            return null;
        const header = this.pending.take(record_HEADER_LENGTH);
        return { type: header[0], version: header.readUInt16BE(1), fragment: this.pending.take(length) };
    }
    checkHeader() {
        const type = this.pending.byteAt(0);
        const version = this.pending.uintAt(1, 2);
        const length = this.pending.uintAt(3, 2);
        if (!isKnownContentType(type))
            throw new bytes/* DecodeError */.Xc(`record: unknown content type ${type}`);
        if (version >> 8 !== 3)
            throw new bytes/* DecodeError */.Xc(`record: version 0x${version.toString(16)} is not SSL 3/TLS`);
        if (length > MAX_RECORD_PAYLOAD) {
            throw new bytes/* DecodeError */.Xc(`record: ${length} bytes is larger than the protocol allows (${MAX_RECORD_PAYLOAD})`, 'over-limit');
        }
        return length;
    }
}

;// CONCATENATED MODULE: ./src/wire/client-hello.ts
// ClientHello (RFC 8446 §4.1.2, RFC 5246 §7.4.1.2) and the SSLv2-format CLIENT-HELLO (SSL 2.0 spec; RFC 6101
// appendix E.2). One ClientHello type both ways, in the manner of rustls' ClientHelloPayload: the fixed fields
// and every extension in wire order, so encode(decode(x)) is x; what a hello offers in its extensions is read
// through the extension table (offered(hello, ClientExtension.x)). clientHello(spec) builds the message a
// ClientHelloSpec (an offer: the engine's hellos, client profiles) describes. Extensions are written only when
// the spec asks for them, so an SSLv3 hello has no extensions block at all, as old servers expect.







/** What the hello offers in the extension of `codec`'s type, or null when it does not carry that extension. */
function offered(hello, codec) {
    return findExtension(hello.extensions, codec);
}
/** Extensions in the order the spec's fields imply (padding is added by clientHello, last, per RFC 7685 §3). */
function clientHelloExtensions(spec) {
    const ext = [];
    const add = (codec, value) => void ext.push(extension_codecs_extension(codec, value));
    const c = ClientExtension;
    if (spec.serverName)
        add(c.serverName, spec.serverName);
    if (spec.renegotiationInfo)
        add(c.renegotiationInfo, Buffer.alloc(0));
    if (spec.supportedGroups?.length)
        add(c.supportedGroups, spec.supportedGroups);
    if (spec.ecPointFormats?.length)
        add(c.ecPointFormats, spec.ecPointFormats);
    if (spec.sessionTicket) {
        add(c.sessionTicket, Buffer.isBuffer(spec.sessionTicket) ? spec.sessionTicket : Buffer.alloc(0));
    }
    if (spec.alpn?.length)
        add(c.alpn, spec.alpn);
    if (spec.statusRequest)
        add(c.statusRequest, Buffer.alloc(0));
    if (spec.encryptThenMac)
        add(c.encryptThenMac, true);
    if (spec.extendedMasterSecret)
        add(c.extendedMasterSecret, true);
    // The order below is Firefox/NSS's, the order of the RFC 8448 traces (so they are byte-exact vectors here).
    if (spec.keyShares)
        add(c.keyShares, spec.keyShares);
    if (spec.supportedVersions?.length)
        add(c.supportedVersions, spec.supportedVersions);
    if (spec.signatureAlgorithms?.length)
        add(c.signatureAlgorithms, spec.signatureAlgorithms);
    if (spec.signatureAlgorithmsCert?.length)
        add(c.signatureAlgorithmsCert, spec.signatureAlgorithmsCert);
    if (spec.pskKeyExchangeModes?.length)
        add(c.pskKeyExchangeModes, spec.pskKeyExchangeModes);
    for (const extra of spec.extraExtensions ?? [])
        ext.push(extra);
    return ext;
}
/** The ClientHello a spec describes, padded (RFC 7685) to spec.padTo bytes of handshake message if asked. */
function clientHello(spec) {
    const random = spec.random ?? (0,external_node_crypto_.randomBytes)(32);
    if (random.length !== 32)
        throw new RangeError('ClientHello random must be 32 bytes');
    const extensions = clientHelloExtensions(spec);
    const hello = {
        legacyVersion: spec.clientVersion,
        random,
        sessionId: spec.sessionId ?? Buffer.alloc(0),
        cipherSuites: spec.cipherSuites,
        compressionMethods: spec.compressionMethods ?? [0],
        extensions,
        ...(extensions.length === 0 ? { withoutExtensionsBlock: true } : {})
    };
    const length = encodeClientHello(hello).length;
    if (!spec.padTo || length >= spec.padTo)
        return hello;
    // The padding extension costs 4 bytes of header (plus 2 for a first extensions block).
    const overhead = extensions.length === 0 ? 6 : 4;
    const fill = Math.max(0, spec.padTo - length - overhead);
    const padded = {
        ...hello,
        extensions: [...extensions, extension_codecs_extension(ClientExtension.padding, fill)]
    };
    delete padded.withoutExtensionsBlock; // the padding extension needs a block
    return padded;
}
/** The ClientHello handshake message (4-byte handshake header included). */
function encodeClientHello(hello) {
    const w = new bytes/* ByteWriter */.U7()
        .u16(hello.legacyVersion)
        .bytes(hello.random)
        .vector8((s) => s.bytes(hello.sessionId))
        .vector16((s) => hello.cipherSuites.forEach((c) => s.u16(c)))
        .vector8((s) => hello.compressionMethods.forEach((c) => s.u8(c)));
    if (!hello.withoutExtensionsBlock)
        extensions_writeExtensions(w, hello.extensions);
    return handshake_encodeHandshake(codepoints/* HandshakeType */.Yq.client_hello, w.finish());
}
/** The ClientHello of a spec framed as handshake records (record version 0x0301 unless the spec says otherwise). */
function encodeClientHelloRecords(spec) {
    return encodeRecords(ContentType.handshake, spec.recordVersion ?? ProtocolVersion.TLSv1_0, encodeClientHello(clientHello(spec)));
}
/** The extensions whose bodies decodeClientHello checks at once: the ones the engine and test servers read. */
const CHECKED_ON_DECODE = new Map([
    ClientExtension.serverName,
    ClientExtension.supportedVersions,
    ClientExtension.supportedGroups,
    ClientExtension.keyShares,
    ClientExtension.signatureAlgorithms,
    ClientExtension.ecPointFormats,
    ClientExtension.alpn
].map((codec) => [
    codec.type,
    (data) => codec.decode(data)
]));
/** Decodes a ClientHello body (after the 4-byte handshake header); the extensions the table knows are checked. */
function decodeClientHello(body) {
    const r = new bytes/* ByteReader */.kP(body, 'ClientHello');
    const legacyVersion = r.u16();
    const random = r.bytes(32);
    const sessionId = r.vector8().rest();
    if (sessionId.length > 32)
        throw new bytes/* DecodeError */.Xc('ClientHello: session id longer than 32 bytes', 'over-limit');
    const suites = r.vector16('cipher_suites');
    if (suites.remaining % 2 !== 0)
        throw new bytes/* DecodeError */.Xc('ClientHello: odd cipher_suites length');
    const cipherSuites = [];
    while (!suites.done())
        cipherSuites.push(suites.u16());
    const compressionMethods = [...r.vector8().rest()];
    const withoutExtensionsBlock = r.done();
    const extensions = withoutExtensionsBlock ? [] : readExtensions(r);
    r.expectDone();
    const hello = {
        legacyVersion,
        random,
        sessionId,
        cipherSuites,
        compressionMethods,
        extensions
    };
    if (withoutExtensionsBlock)
        hello.withoutExtensionsBlock = true;
    // A malformed body of an extension we read is a malformed ClientHello, found here rather than on use.
    for (const e of extensions)
        CHECKED_ON_DECODE.get(e.type)?.(e.data);
    return hello;
}
/** True when the hello carries an extension of this type. */
function carries(hello, type) {
    return hello.extensions.some((e) => e.type === type);
}
/**
 * SSLv2 CLIENT-HELLO: 2-byte record header (high bit set), msg type 1, version, then the lengths of cipher
 * specs, session id and challenge, then those fields. Cipher specs are 3 bytes each.
 */
function encodeSslv2ClientHello(hello) {
    const challenge = hello.challenge ?? (0,external_node_crypto_.randomBytes)(16);
    const sessionId = hello.sessionId ?? Buffer.alloc(0);
    if (challenge.length < 16 || challenge.length > 32)
        throw new RangeError('SSLv2 challenge must be 16..32 bytes');
    const specs = new bytes/* ByteWriter */.U7();
    for (const kind of hello.cipherSpecs)
        specs.u24(kind);
    const specBytes = specs.finish();
    const body = new bytes/* ByteWriter */.U7()
        .u8(1)
        .u16(hello.version)
        .u16(specBytes.length)
        .u16(sessionId.length)
        .u16(challenge.length)
        .bytes(specBytes)
        .bytes(sessionId)
        .bytes(challenge)
        .finish();
    if (body.length > 0x7fff)
        throw new RangeError('SSLv2 CLIENT-HELLO too long');
    return Buffer.concat([Buffer.from([0x80 | (body.length >> 8), body.length & 0xff]), body]);
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
            const extensions = readExtensions(list, 'CertificateEntry extensions', 'allowed');
            if (certificates.length === 1)
                ocspResponse = extension_codecs_findExtension(extensions, extension_codecs_CertificateEntryExtension.statusRequest);
        }
    }
    return { certificates, ocspResponse };
}
/** Decodes CertificateStatus (status_type ocsp(1), then a u24 OCSPResponse); returns the DER OCSPResponse. */
function decodeCertificateStatus(body) {
    return extension_codecs_certificateStatusBody.decode(body);
}
/** The Certificate handshake message, header included; `tls13` selects the layout (the staple is TLS 1.3's). */
function encodeCertificate(message, tls13) {
    const ocspResponse = message.ocspResponse;
    const w = new ByteWriter();
    if (tls13)
        w.vector8(() => undefined);
    w.vector24((list) => {
        message.certificates.forEach((der, index) => {
            list.vector24((c) => c.bytes(der));
            if (tls13) {
                const staple = index === 0 && ocspResponse;
                writeExtensions(list, staple ? [extension(CertificateEntryExtension.statusRequest, staple)] : []);
            }
        });
    });
    return encodeHandshake(HandshakeType.certificate, w.finish());
}
/** The CertificateStatus handshake message (TLS 1.2 stapling), header included. */
function encodeCertificateStatus(ocspResponse) {
    return encodeHandshake(HandshakeType.certificate_status, certificateStatusBody.encode(ocspResponse));
}

;// CONCATENATED MODULE: ./src/wire/certificate-verify.ts
// CertificateVerify (RFC 8446 §4.4.3): the signature scheme and the signature over the transcript. The engine
// reads it to see which scheme the server signs with; it never verifies the signature.



/** Decodes a CertificateVerify body (after the 4-byte handshake header). */
function decodeCertificateVerify(body) {
    const r = new bytes/* ByteReader */.kP(body, 'CertificateVerify');
    const scheme = r.u16();
    const signature = Buffer.from(r.vector16('signature').rest());
    r.expectDone();
    return { scheme, signature };
}
/** The CertificateVerify handshake message, header included. */
function encodeCertificateVerify(message) {
    const body = new ByteWriter()
        .u16(message.scheme)
        .vector16((w) => w.bytes(message.signature))
        .finish();
    return encodeHandshake(HandshakeType.certificate_verify, body);
}

;// CONCATENATED MODULE: ./src/wire/encrypted-extensions.ts
// EncryptedExtensions (RFC 8446 §4.3.1): the first message of a TLS 1.3 server's encrypted flight, holding the
// extensions that need no key exchange (ALPN, server_name acknowledgement, supported_groups, early_data...).




/** Decodes an EncryptedExtensions body (after the 4-byte handshake header). */
function decodeEncryptedExtensions(body) {
    const r = new bytes/* ByteReader */.kP(body, 'EncryptedExtensions');
    const extensions = readExtensions(r);
    r.expectDone();
    return { extensions };
}
/** The EncryptedExtensions handshake message, header included. */
function encodeEncryptedExtensions(message) {
    const w = new ByteWriter();
    writeExtensions(w, message.extensions);
    return encodeHandshake(HandshakeType.encrypted_extensions, w.finish());
}

;// CONCATENATED MODULE: ./src/wire/finished.ts
// Finished (RFC 8446 §4.4.4, RFC 5246 §7.4.9): verify_data only, whose length is the suite's hash length in
// TLS 1.3 (12 bytes in TLS 1.2), so the body is taken whole; an empty one cannot be any suite's.



/** Decodes a Finished body (after the 4-byte handshake header). */
function decodeFinished(body) {
    if (body.length === 0)
        throw new bytes/* DecodeError */.Xc('Finished: empty verify_data', 'missing-data');
    return { verifyData: Buffer.from(body) };
}
/** The Finished handshake message, header included. */
function encodeFinished(message) {
    return encodeHandshake(HandshakeType.finished, message.verifyData);
}

;// CONCATENATED MODULE: ./src/wire/server-hello.ts
// ServerHello (RFC 5246 §7.4.1.3, RFC 8446 §4.1.3) and HelloRetryRequest, which is a ServerHello whose random
// is SHA-256("HelloRetryRequest") (RFC 8446 §4.1.3). One type both ways, in the manner of rustls'
// ServerHelloPayload: the fixed fields and every extension in wire order, so encode(decode(x)) is x. The typed
// extensions (the TLS 1.3 version in supported_versions, the server's key share or the group a HelloRetryRequest
// asks for, the cookie) are read through the extension table (extension-codecs.ts) by the functions below.






/** The special ServerHello.random of a HelloRetryRequest. */
const HELLO_RETRY_REQUEST_RANDOM = Buffer.from('cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c', 'hex');
/** Last 8 bytes of ServerHello.random when a TLS 1.3 server negotiates TLS 1.2 / 1.1 or below (RFC 8446 §4.1.3). */
const DOWNGRADE_TLS12 = Buffer.from('444f574e47524401', 'hex');
const DOWNGRADE_TLS11 = Buffer.from('444f574e47524400', 'hex');
/** A HelloRetryRequest is a ServerHello with the special random. */
function isHelloRetryRequest(hello) {
    return hello.random.equals(HELLO_RETRY_REQUEST_RANDOM);
}
/** The supported_versions selection (TLS 1.3), or null. */
function selectedVersion(hello) {
    return extension_codecs_findExtension(hello.extensions, extension_codecs_ServerExtension.selectedVersion);
}
/** The server's key share (TLS 1.3 ServerHello), or null; always null for a HelloRetryRequest. */
function serverKeyShare(hello) {
    if (isHelloRetryRequest(hello))
        return null;
    return extension_codecs_findExtension(hello.extensions, extension_codecs_ServerExtension.keyShare);
}
/** The group a HelloRetryRequest asks for, or null. */
function retryGroup(hello) {
    if (!isHelloRetryRequest(hello))
        return null;
    return extension_codecs_findExtension(hello.extensions, extension_codecs_ServerExtension.retryGroup);
}
/** A TLS 1.3-capable server signalled that it negotiated an older version (downgrade sentinel). */
function downgradeSentinel(hello) {
    const tail = hello.random.subarray(24);
    if (tail.equals(DOWNGRADE_TLS12))
        return 'TLSv1.2';
    if (tail.equals(DOWNGRADE_TLS11))
        return 'TLSv1.1';
    return null;
}
/** Decodes a ServerHello body (after the 4-byte handshake header); its typed extensions are checked at once. */
function decodeServerHello(body) {
    const r = new bytes/* ByteReader */.kP(body, 'ServerHello');
    const legacyVersion = r.u16();
    const random = Buffer.from(r.bytes(32));
    const sessionId = Buffer.from(r.vector8().rest());
    if (sessionId.length > 32)
        throw new bytes/* DecodeError */.Xc('ServerHello: session id longer than 32 bytes', 'over-limit');
    const cipherSuite = r.u16();
    const compressionMethod = r.u8();
    // SSLv3 and some TLS 1.0 servers end the message here: no extensions block at all.
    const withoutExtensionsBlock = r.done();
    const extensions = withoutExtensionsBlock ? [] : readExtensions(r);
    r.expectDone();
    const hello = { legacyVersion, random, sessionId, cipherSuite, compressionMethod, extensions };
    if (withoutExtensionsBlock)
        hello.withoutExtensionsBlock = true;
    // A malformed supported_versions or key_share is a malformed ServerHello, found here rather than on use.
    selectedVersion(hello);
    serverKeyShare(hello);
    retryGroup(hello);
    return hello;
}
/** The ServerHello (or HelloRetryRequest) handshake message, header included. */
function encodeServerHello(hello) {
    const w = new ByteWriter()
        .u16(hello.legacyVersion)
        .bytes(hello.random)
        .vector8((s) => s.bytes(hello.sessionId))
        .u16(hello.cipherSuite)
        .u8(hello.compressionMethod);
    if (!hello.withoutExtensionsBlock)
        writeExtensions(w, hello.extensions);
    return encodeHandshake(HandshakeType.server_hello, w.finish());
}
/** A ServerHello from options: supported_versions, then key_share, then the further extensions. */
function serverHello(options) {
    const hrr = options.retryGroup !== undefined;
    const extensions = [];
    if (options.selectedVersion !== undefined) {
        extensions.push(extension(ServerExtension.selectedVersion, options.selectedVersion));
    }
    if (options.retryGroup !== undefined) {
        extensions.push(extension(ServerExtension.retryGroup, options.retryGroup));
    }
    else if (options.keyShare) {
        extensions.push(extension(ServerExtension.keyShare, options.keyShare));
    }
    extensions.push(...(options.extensions ?? []));
    const hello = {
        legacyVersion: options.legacyVersion,
        random: options.random ?? (hrr ? HELLO_RETRY_REQUEST_RANDOM : randomBytes(32)),
        sessionId: options.sessionId ?? Buffer.alloc(0),
        cipherSuite: options.cipherSuite,
        compressionMethod: options.compressionMethod ?? 0,
        extensions
    };
    if (options.extensions === null && extensions.length === 0)
        hello.withoutExtensionsBlock = true;
    return hello;
}

;// CONCATENATED MODULE: ./src/wire/server-hello-done.ts
// ServerHelloDone (RFC 5246 §7.4.5): the empty message that ends a TLS <= 1.2 server's first flight.



/** Decodes a ServerHelloDone body, which must be empty. */
function decodeServerHelloDone(body) {
    if (body.length > 0) {
        throw new bytes/* DecodeError */.Xc(`ServerHelloDone: ${body.length} unexpected trailing byte(s)`, 'trailing-data');
    }
    return {};
}
/** The ServerHelloDone handshake message, header included. */
function encodeServerHelloDone() {
    return encodeHandshake(HandshakeType.server_hello_done, Buffer.alloc(0));
}

;// CONCATENATED MODULE: ./src/wire/server-key-exchange.ts
// ServerKeyExchange (RFC 5246 §7.4.3, RFC 8422 §5.4, RFC 4279 §3-4), both ways. Its layout depends on the
// negotiated suite's key exchange, so decoding needs the suite's kx and au (registry names). The engine reads
// only the key-exchange parameters (DH prime size, ECDHE named curve), never the signature: enumeration needs
// no verification, so whatever follows the parameters is kept as bytes.



/** Bit length of an unsigned big-endian integer, ignoring leading zero bytes. */
function bitLength(value) {
    let i = 0;
    while (i < value.length && value[i] === 0)
        i++;
    if (i === value.length)
        return 0;
    return (value.length - i - 1) * 8 + (32 - Math.clz32(value[i]));
}
const usesDh = (kx, au) => kx === 'DHE' || (kx === 'DH' && au === 'anon');
const usesEcdh = (kx, au) => kx === 'ECDHE' || (kx === 'ECDH' && au === 'anon');
/** Decodes a ServerKeyExchange body for a suite with key exchange `kx` and authentication `au`. */
function decodeServerKeyExchangeMessage(body, kx, au = null) {
    const r = new bytes/* ByteReader */.kP(body, 'ServerKeyExchange');
    const hint = au === 'PSK' ? { pskIdentityHint: Buffer.from(r.vector16('psk_identity_hint').rest()) } : {};
    const rest = () => Buffer.from(r.rest());
    if (usesDh(kx, au)) {
        const p = Buffer.from(r.vector16('dh_p').rest());
        const g = Buffer.from(r.vector16('dh_g').rest());
        const ys = Buffer.from(r.vector16('dh_Ys').rest());
        return { kind: 'dh', ...hint, p, g, ys, signature: rest() };
    }
    if (usesEcdh(kx, au)) {
        const curveType = r.u8();
        if (curveType !== codepoints/* EcCurveType */.OK.named_curve)
            return { kind: 'ecdh-explicit', ...hint, curveType, signature: rest() };
        const namedGroup = r.u16();
        const point = Buffer.from(r.vector8('ec_point').rest());
        return { kind: 'ecdh', ...hint, namedGroup, point, signature: rest() };
    }
    return { kind: 'other', ...hint, signature: rest() };
}
/** The ServerKeyExchange handshake message, header included. */
function encodeServerKeyExchange(message) {
    const w = new ByteWriter();
    if (message.pskIdentityHint)
        w.vector16((v) => v.bytes(message.pskIdentityHint));
    if (message.kind === 'dh') {
        w.vector16((v) => v.bytes(message.p))
            .vector16((v) => v.bytes(message.g))
            .vector16((v) => v.bytes(message.ys));
    }
    else if (message.kind === 'ecdh') {
        w.u8(EcCurveType.named_curve)
            .u16(message.namedGroup)
            .vector8((v) => v.bytes(message.point));
    }
    else if (message.kind === 'ecdh-explicit') {
        w.u8(message.curveType);
    }
    w.bytes(message.signature);
    return encodeHandshake(HandshakeType.server_key_exchange, w.finish());
}
/**
 * What the engine reads from a ServerKeyExchange: the DH prime size, or the ECDHE curve (explicit curves map to
 * the arbitrary_explicit code points, RFC 8422 §5.1.1); null for anything else.
 */
function keyExchangeParams(message) {
    switch (message.kind) {
        case 'dh':
            return { dhPrimeBits: bitLength(message.p) };
        case 'ecdh':
            return { namedGroup: message.namedGroup };
        case 'ecdh-explicit':
            if (message.curveType === codepoints/* EcCurveType */.OK.explicit_prime)
                return { namedGroup: codepoints/* NamedGroup */.vr.arbitrary_explicit_prime_curves };
            if (message.curveType === codepoints/* EcCurveType */.OK.explicit_char2)
                return { namedGroup: codepoints/* NamedGroup */.vr.arbitrary_explicit_char2_curves };
            return null;
        default:
            return null;
    }
}
/** The parameters of a ServerKeyExchange body (decodeServerKeyExchangeMessage, then keyExchangeParams). */
function decodeServerKeyExchange(body, kx, au = null) {
    return keyExchangeParams(decodeServerKeyExchangeMessage(body, kx, au));
}
/** A DHE ServerKeyExchange message (signature bytes supplied by the caller), header included. */
function encodeDheServerKeyExchange(params) {
    return encodeServerKeyExchange({ kind: 'dh', ...params, signature: params.signature ?? Buffer.alloc(0) });
}
/** An ECDHE (named curve) ServerKeyExchange message, header included. */
function encodeEcdheServerKeyExchange(params) {
    return encodeServerKeyExchange({ kind: 'ecdh', ...params, signature: params.signature ?? Buffer.alloc(0) });
}

;// CONCATENATED MODULE: ./src/wire/decode-handshake.ts
// One dispatcher from a handshake message's type to its decoder, so that callers (the probe, the test servers)
// switch over decoded messages rather than over type bytes and decoder names. The version decides the layouts
// that differ between TLS 1.3 and earlier (Certificate); a ServerKeyExchange can only be read knowing the
// suite's key exchange, which the caller passes when it has one.









/**
 * Decodes one handshake message body (after its 4-byte header). `version` is the negotiated protocol version
 * (a ProtocolVersion code point); `keyExchange` is needed for ServerKeyExchange only (without it, the message
 * is null). Malformed bodies throw a DecodeError.
 */
function decodeHandshake(type, body, version, keyExchange) {
    switch (type) {
        case codepoints/* HandshakeType */.Yq.client_hello:
            return { kind: 'client_hello', message: decodeClientHello(body) };
        case codepoints/* HandshakeType */.Yq.server_hello:
            return { kind: 'server_hello', message: decodeServerHello(body) };
        case codepoints/* HandshakeType */.Yq.encrypted_extensions:
            return { kind: 'encrypted_extensions', message: decodeEncryptedExtensions(body) };
        case codepoints/* HandshakeType */.Yq.certificate:
            return {
                kind: 'certificate',
                message: decodeCertificate(body, version === codepoints/* ProtocolVersion */.rg.TLSv1_3)
            };
        case codepoints/* HandshakeType */.Yq.certificate_status:
            return { kind: 'certificate_status', message: { ocspResponse: decodeCertificateStatus(body) } };
        case codepoints/* HandshakeType */.Yq.server_key_exchange:
            return {
                kind: 'server_key_exchange',
                message: keyExchange ? decodeServerKeyExchangeMessage(body, keyExchange.kx, keyExchange.au) : null
            };
        case codepoints/* HandshakeType */.Yq.certificate_verify:
            return { kind: 'certificate_verify', message: decodeCertificateVerify(body) };
        case codepoints/* HandshakeType */.Yq.finished:
            return { kind: 'finished', message: decodeFinished(body) };
        case codepoints/* HandshakeType */.Yq.server_hello_done:
            return { kind: 'server_hello_done', message: decodeServerHelloDone(body) };
        default:
            return { kind: 'other', type, body };
    }
}

;// CONCATENATED MODULE: ./src/wire/sslv2.ts
// SSL 2.0 records and the SERVER-HELLO / ERROR messages (Netscape SSL 2.0 spec, 1995; RFC 6101 appendix E).
// Only what a scan needs: does the server speak SSLv2, which cipher kinds does it list, which certificate.


const SSLV2_ERROR_NAMES = {
    0x0001: 'NO-CIPHER-ERROR',
    0x0002: 'NO-CERTIFICATE-ERROR',
    0x0004: 'BAD-CERTIFICATE-ERROR',
    0x0006: 'UNSUPPORTED-CERTIFICATE-TYPE-ERROR'
};
/**
 * The header and body lengths of the SSLv2 record whose first two bytes are `first` and `second`: the 2-byte
 * header form (high bit set, 15-bit length) or the 3-byte form (14-bit length, then a padding length).
 */
function sslv2RecordLengths(first, second) {
    const twoByte = (first & 0x80) !== 0;
    const bodyLength = ((first & (twoByte ? 0x7f : 0x3f)) << 8) | second;
    return { headerLength: twoByte ? 2 : 3, bodyLength };
}
/** Splits one SSLv2 record off the front of `buffer`; null until the whole record has arrived. */
function readSslv2Record(buffer) {
    if (buffer.length < 2)
        return null;
    const { headerLength, bodyLength } = sslv2RecordLengths(buffer[0], buffer[1]);
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
    if (r.u8() !== codepoints/* Sslv2MessageType */.KU.server_hello)
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
/** A whole SERVER-HELLO record (2-byte header included): the decoded type, or its certificate and cipher kinds. */
function encodeSslv2ServerHello(hello) {
    const specs = new ByteWriter();
    for (const kind of hello.cipherSpecs)
        specs.u24(kind);
    const specBytes = specs.finish();
    const connectionId = hello.connectionId ?? Buffer.alloc(16, 0x5a);
    const body = new ByteWriter()
        .u8(Sslv2MessageType.server_hello)
        .u8(hello.sessionIdHit ? 1 : 0)
        .u8(hello.certificateType ?? 1)
        .u16(hello.version ?? ProtocolVersion.SSLv2)
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
    if (r.u8() !== codepoints/* Sslv2MessageType */.KU.error)
        throw new bytes/* DecodeError */.Xc('SSLv2 ERROR: wrong message type');
    const code = r.u16();
    return { code, name: SSLV2_ERROR_NAMES[code] ?? `SSLv2 error ${code}` };
}
function sslv2Record(body) {
    if (body.length > 0x7fff)
        throw new RangeError('SSLv2 record too long');
    return Buffer.concat([Buffer.from([0x80 | (body.length >> 8), body.length & 0xff]), body]);
}

;// CONCATENATED MODULE: ./src/wire/framing.ts
// The one framing reader for a server's reply: it classifies the first byte (a TLS record, an SSLv2 record, or
// something that is not TLS at all), splits TLS records and reassembles the handshake messages they carry
// (across records, in time linear in the bytes received), or splits SSLv2 records. The probe (src/scan/probe.ts)
// only drives the conversation over the frames it yields; no byte counting happens outside wire/.





/**
 * TLS records start with a content type (20..24); SSLv2 records with a length whose high bit is set (the
 * 2-byte header form every SSLv2 server answers a CLIENT-HELLO with). Anything else is not TLS. An SSLv2 reply
 * is only expected after an SSLv2 CLIENT-HELLO.
 */
function classifyFirstByte(first, sslv2Expected) {
    if (isKnownContentType(first))
        return 'tls';
    if (sslv2Expected && (first & 0x80) !== 0)
        return 'sslv2';
    return 'not-tls';
}
/** How many of the first bytes are kept to describe a peer that is not TLS. */
const FIRST_BYTES_KEPT = 64;
class ReplyReader {
    sslv2Expected;
    format = null;
    first = Buffer.alloc(0);
    records = new RecordReader();
    handshake = new HandshakeAssembler();
    sslv2 = new ByteQueue();
    constructor(sslv2Expected) {
        this.sslv2Expected = sslv2Expected;
    }
    /** The reply's format, decided by its first byte; null until a byte has arrived. */
    get replyFormat() {
        return this.format;
    }
    /** The first bytes of the reply (up to 64), for naming a peer that is not TLS. */
    get firstBytes() {
        return this.first;
    }
    /** True when bytes of an unfinished record or handshake message are waiting. */
    get hasPartial() {
        return this.records.buffered > 0 || this.handshake.hasPartial || this.sslv2.length > 0;
    }
    /**
     * Adds received bytes. A TLS record header that cannot be TLS throws a DecodeError at once; bytes of a reply
     * that is not TLS are kept only as its first bytes.
     */
    push(chunk) {
        if (chunk.length === 0)
            return;
        if (this.first.length < FIRST_BYTES_KEPT) {
            this.first = Buffer.concat([this.first, chunk.subarray(0, FIRST_BYTES_KEPT - this.first.length)]);
        }
        this.format ??= classifyFirstByte(chunk[0], this.sslv2Expected);
        if (this.format === 'tls')
            this.records.push(chunk);
        else if (this.format === 'sslv2')
            this.sslv2.push(chunk);
    }
    /** The next whole frame, or null until more bytes arrive. Malformed framing throws a DecodeError. */
    next() {
        if (this.format === 'sslv2')
            return this.nextSslv2();
        if (this.format !== 'tls')
            return null;
        for (;;) {
            const message = this.handshake.next();
            if (message)
                return { kind: 'handshake', message };
            const record = this.records.next();
            if (!record)
                return null;
            if (record.type !== codepoints/* ContentType */.cM.handshake)
                return { kind: 'record', record };
            this.handshake.push(record.fragment);
        }
    }
    /** One SSLv2 record, in either header form (sslv2.ts). */
    nextSslv2() {
        const queue = this.sslv2;
        if (queue.length < 2)
            return null;
        const { headerLength, bodyLength } = sslv2RecordLengths(queue.byteAt(0), queue.byteAt(1));
        if (queue.length < headerLength + bodyLength)
            return null;
        queue.take(headerLength);
        return { kind: 'sslv2', body: queue.take(bodyLength) };
    }
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

;// CONCATENATED MODULE: ./src/wire/server-fault.ts
// Whose fault an exception is. Decoders throw DecodeError (DecryptionError for a record that fails
// authentication) for bytes the peer got wrong: the server's fault, reported as a malformed reply. Every other
// exception (a TypeError, a RangeError from our own code) is a bug of tls-gate and must not pass for a property
// of the server.

/** True when `error` says the peer sent bytes we cannot accept, false when it is a bug of ours. */
function isServerFault(error) {
    return error instanceof bytes/* DecodeError */.Xc;
}

;// CONCATENATED MODULE: ./src/wire/tls13/aead.ts
// TLS 1.3 record protection (RFC 8446 §5.2-5.4): per-record nonce = write_iv XOR the 64-bit sequence number,
// additional data = the record header, plaintext = content || content type || zero padding.



/** The TLS 1.3 suites whose records Node's OpenSSL can open (RFC 8446 §B.4). */
const SUITES = [
    {
        code: codepoints/* CipherSuite */.GR.TLS_AES_128_GCM_SHA256,
        hash: 'sha256',
        cipher: 'aes-128-gcm',
        keyLength: 16,
        tagLength: 16,
        ccm: false
    },
    {
        code: codepoints/* CipherSuite */.GR.TLS_AES_256_GCM_SHA384,
        hash: 'sha384',
        cipher: 'aes-256-gcm',
        keyLength: 32,
        tagLength: 16,
        ccm: false
    },
    {
        code: codepoints/* CipherSuite */.GR.TLS_CHACHA20_POLY1305_SHA256,
        hash: 'sha256',
        cipher: 'chacha20-poly1305',
        keyLength: 32,
        tagLength: 16,
        ccm: false
    },
    {
        code: codepoints/* CipherSuite */.GR.TLS_AES_128_CCM_SHA256,
        hash: 'sha256',
        cipher: 'aes-128-ccm',
        keyLength: 16,
        tagLength: 16,
        ccm: true
    },
    {
        code: codepoints/* CipherSuite */.GR.TLS_AES_128_CCM_8_SHA256,
        hash: 'sha256',
        cipher: 'aes-128-ccm',
        keyLength: 16,
        tagLength: 8,
        ccm: true
    }
];
const TLS13_SUITES = Object.fromEntries(SUITES.map((suite) => [suite.code, suite]));
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
/**
 * A protected record that fails authentication (bad_record_mac): the server's fault, like a DecodeError, and
 * handled the same way; a subclass so that callers and tests can tell the two apart.
 */
class DecryptionError extends bytes/* DecodeError */.Xc {
    constructor(message = 'encrypted record failed authentication (bad_record_mac)') {
        super(message);
        this.name = 'DecryptionError';
    }
}
/** Opens one protected record body; throws DecryptionError when authentication fails (bad_record_mac). */
function openRecord(suite, key, nonce, header, body) {
    if (body.length < suite.tagLength)
        throw new bytes/* DecodeError */.Xc('encrypted record shorter than its tag', 'missing-data');
    const ciphertext = body.subarray(0, body.length - suite.tagLength);
    const tag = body.subarray(body.length - suite.tagLength);
    // The cipher name decides the overload; the union type is narrowed by hand here. Key, nonce and tag lengths
    // are ours, so an exception before final() is our bug and propagates.
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
    const plaintext = decipher.update(ciphertext);
    try {
        // final() is where a wrong tag surfaces, for GCM, ChaCha20-Poly1305 and CCM alike.
        return Buffer.concat([plaintext, decipher.final()]);
    }
    catch {
        throw new DecryptionError();
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
// Reads the server's encrypted first flight of a TLS 1.3 handshake: EncryptedExtensions, Certificate (with the
// per-entry OCSP staple), CertificateVerify, Finished. Built from the negotiated suite, the (EC)DHE shared
// secret and the transcript ClientHello..ServerHello; see key-schedule.ts for why the engine does this itself.







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
        if (record.type === codepoints/* ContentType */.cM.change_cipher_spec)
            return [];
        if (record.type === codepoints/* ContentType */.cM.alert) {
            this.alert = (0,wire_alert/* decodeAlert */.vo)(record.fragment);
            return [];
        }
        if (record.type !== codepoints/* ContentType */.cM.application_data) {
            throw new bytes/* DecodeError */.Xc(`TLS 1.3: unexpected plaintext record of type ${record.type} after ServerHello`);
        }
        if (record.fragment.length > MAX_PLAINTEXT + 256)
            throw new bytes/* DecodeError */.Xc('TLS 1.3: encrypted record too large', 'over-limit');
        const header = Buffer.alloc(5);
        header[0] = record.type;
        header.writeUInt16BE(record.version, 1);
        header.writeUInt16BE(record.fragment.length, 3);
        const inner = openRecord(this.suite, this.key, recordNonce(this.iv, this.sequence), header, record.fragment);
        this.sequence++;
        const { type, content } = stripInnerPlaintext(inner);
        if (type === codepoints/* ContentType */.cM.alert) {
            this.alert = (0,wire_alert/* decodeAlert */.vo)(content);
            return [];
        }
        if (type !== codepoints/* ContentType */.cM.handshake)
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
        handshake_encodeHandshake(codepoints/* HandshakeType */.Yq.message_hash, hash),
        messages.helloRetryRequest,
        messages.clientHello2,
        messages.serverHello
    ]);
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
// runProbe never throws for anything the peer sends or fails to send, and only for a bug of ours. Framing (what
// the reply is, records, reassembly) is wire/framing.ts's; this file drives the conversation over its frames.
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
        // A decoder rejecting what the peer sent is a protocol error of that server; anything else is our bug and
        // propagates, so that it ends the run as an internal error instead of passing for a server property.
        if (!isServerFault(error))
            throw error;
        return {
            kind: 'protocol-error',
            message: `the server sent a malformed reply (${error.message})`,
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
    reply;
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
        this.reply = new ReplyReader(hello.kind === 'sslv2');
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
        if (tls13 && spec.supportedVersions?.includes(codepoints/* ProtocolVersion */.rg.TLSv1_3) && spec.keyShares) {
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
        this.clientHelloMessage = encodeClientHello(clientHello(spec));
        return record_encodeRecords(codepoints/* ContentType */.cM.handshake, spec.recordVersion ?? codepoints/* ProtocolVersion */.rg.TLSv1_0, this.clientHelloMessage);
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
                if (this.reply.hasPartial) {
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
    get firstBytes() {
        return this.reply.firstBytes;
    }
    /** For a reply whose first byte is no TLS content type: what it is, or a plain "not TLS" error. */
    nonTlsDescription() {
        const first = this.firstBytes[0];
        if (classifyFirstByte(first, false) === 'tls')
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
        const firstChunk = this.reply.replyFormat === null;
        try {
            this.reply.push(chunk);
        }
        catch (error) {
            return this.malformedRecord(error);
        }
        // First bytes of the reply: something that is not TLS at all is named at once.
        if (firstChunk && this.reply.replyFormat === 'not-tls')
            return this.nonTlsDescription();
        if (this.reply.replyFormat === 'sslv2') {
            const frame = this.reply.next();
            return frame?.kind === 'sslv2' ? this.onSslv2(frame.body) : null;
        }
        try {
            for (let frame = this.reply.next(); frame; frame = this.reply.next()) {
                const outcome = this.onTlsFrame(frame);
                if (outcome)
                    return outcome;
            }
        }
        catch (error) {
            return this.malformedRecord(error);
        }
        return null;
    }
    onTlsFrame(frame) {
        if (frame.kind === 'handshake')
            return this.onHandshake(frame.message);
        if (frame.kind === 'record')
            return this.onRecord(frame.record);
        return null; // SSLv2 frames come only in an SSLv2 reply
    }
    /** A DecodeError while reading TLS records: the server's malformed record. Anything else is our bug. */
    malformedRecord(error) {
        if (!(error instanceof bytes/* DecodeError */.Xc))
            throw error;
        return {
            kind: 'protocol-error',
            message: `the server sent a malformed TLS record (${error.message})`,
            durationMs: this.elapsed()
        };
    }
    onSslv2(body) {
        if (body[0] === codepoints/* Sslv2MessageType */.KU.error) {
            const error = decodeSslv2Error(body);
            return {
                kind: 'alert',
                alert: { level: 'fatal', description: error.code, name: error.name },
                durationMs: this.elapsed()
            };
        }
        const hello = decodeSslv2ServerHello(body);
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
    /** A TLS record other than a handshake record (those arrive as whole messages). */
    onRecord(record) {
        if (record.type === codepoints/* ContentType */.cM.alert) {
            // TLS 1.3 alerts after ServerHello are encrypted; a plaintext alert is the server giving up.
            const alert = (0,wire_alert/* decodeAlert */.vo)(record.fragment);
            if (this.serverHello) {
                const accepted = this.accepted();
                if (accepted)
                    return accepted;
            }
            return { kind: 'alert', alert, durationMs: this.elapsed() };
        }
        if (record.type === codepoints/* ContentType */.cM.change_cipher_spec)
            return null; // TLS 1.3 middlebox compatibility
        if (record.type === codepoints/* ContentType */.cM.application_data) {
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
        throw new bytes/* DecodeError */.Xc(`unexpected record type ${record.type} during the handshake`);
    }
    onHandshake(message) {
        const serverHello = this.serverHello;
        if (!serverHello) {
            if (message.type !== codepoints/* HandshakeType */.Yq.server_hello) {
                throw new bytes/* DecodeError */.Xc(`expected ServerHello, got handshake message type ${message.type}`);
            }
            return this.onServerHello(message);
        }
        // The end of the flight is known from the type alone; its (empty) body is not checked, as before.
        if (message.type === codepoints/* HandshakeType */.Yq.server_hello_done)
            return this.accepted();
        const suite = (0,registry/* suiteByCode */.Te)(serverHello.cipherSuite);
        const keyExchange = suite ? { kx: suite.kx ?? '', au: suite.au } : undefined;
        const decoded = decodeHandshake(message.type, message.body, serverHello.legacyVersion, keyExchange);
        switch (decoded.kind) {
            case 'certificate':
                this.certificates = decoded.message.certificates;
                return null;
            case 'certificate_status':
                this.ocspResponse = decoded.message.ocspResponse;
                return null;
            case 'server_key_exchange': {
                const params = decoded.message && keyExchangeParams(decoded.message);
                if (params && 'namedGroup' in params)
                    this.group = params.namedGroup;
                if (params && 'dhPrimeBits' in params)
                    this.dhBits = params.dhPrimeBits;
                return null;
            }
            default:
                return null; // CertificateRequest and friends: not needed
        }
    }
    onServerHello(message) {
        const hello = decodeServerHello(message.body);
        this.serverHello = hello;
        this.serverHelloRaw = message.raw;
        const chosen = negotiatedVersion(hello);
        const version = (0,registry/* protocolNameOf */.Zt)(chosen);
        if (!version || version === 'SSLv2') {
            return {
                kind: 'protocol-error',
                message: `the server chose version 0x${chosen.toString(16)}, which is not a TLS version`,
                durationMs: this.elapsed()
            };
        }
        if (isHelloRetryRequest(hello)) {
            const retried = this.retryForCertificates(hello, message.raw);
            if (retried)
                return null;
            return {
                kind: 'hello-retry',
                version: 'TLSv1.3',
                cipherSuite: hello.cipherSuite,
                group: retryGroup(hello) ?? 0,
                durationMs: this.elapsed()
            };
        }
        if (version !== 'TLSv1.3')
            return null; // keep reading up to ServerHelloDone
        const keyShare = serverKeyShare(hello);
        this.group = keyShare?.group ?? null;
        const secret = keyShare ? this.secrets.get(keyShare.group) : undefined;
        if (!this.options.readCertificates || !this.tls13 || !secret || !keyShare)
            return this.accepted();
        const sharedSecret = agreeWithServerKey(secret, keyShare);
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
        const group = retryGroup(hrr);
        if (!this.options.readCertificates || !tls13 || !first || this.retry || group === null)
            return false;
        const share = tls13.createKeyShare(group);
        if (!share)
            return false;
        const cookie = hrr.extensions.find((extension) => extension.type === codepoints/* ExtensionType */.Ag.cookie);
        const second = {
            ...first,
            keyShares: [share.entry],
            extraExtensions: [
                ...(first.extraExtensions ?? []),
                ...(cookie ? [{ type: cookie.type, data: cookie.data }] : [])
            ]
        };
        this.secrets.clear();
        this.secrets.set(group, (key) => share.sharedSecret(key));
        const clientHello2 = encodeClientHello(clientHello(second));
        this.retry = { clientHello1: this.clientHelloMessage, helloRetryRequest: hrrRaw, clientHello2 };
        this.clientHelloMessage = clientHello2;
        this.serverHello = null;
        this.serverHelloRaw = null;
        this.connection.write(record_encodeRecords(codepoints/* ContentType */.cM.handshake, codepoints/* ProtocolVersion */.rg.TLSv1_2, clientHello2));
        return true;
    }
    onTls13Encrypted(message) {
        if (message.type === codepoints/* HandshakeType */.Yq.certificate) {
            const decoded = decodeHandshake(message.type, message.body, codepoints/* ProtocolVersion */.rg.TLSv1_3);
            if (decoded.kind !== 'certificate')
                return null;
            this.certificates = decoded.message.certificates;
            this.ocspResponse = decoded.message.ocspResponse;
            return this.accepted();
        }
        if (message.type === codepoints/* HandshakeType */.Yq.certificate_verify || message.type === codepoints/* HandshakeType */.Yq.finished) {
            return this.accepted(); // a PSK or raw-key handshake without Certificate
        }
        return null;
    }
    accepted() {
        const hello = this.serverHello;
        if (!hello || isHelloRetryRequest(hello))
            return null;
        const version = (0,registry/* protocolNameOf */.Zt)(negotiatedVersion(hello));
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
/** The version a ServerHello settles on: supported_versions in TLS 1.3, legacy_version before. */
function negotiatedVersion(hello) {
    return selectedVersion(hello) ?? hello.legacyVersion;
}
/**
 * The shared secret from the server's key share. A key of the wrong size, off the curve or of low order makes
 * node:crypto throw; the key is the server's, so that is a malformed reply (a DecodeError), not a bug of ours.
 */
function agreeWithServerKey(secret, share) {
    try {
        return secret(share.keyExchange);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new bytes/* DecodeError */.Xc(`key_share: the server's key for group 0x${share.group.toString(16)} is not usable (${reason})`);
    }
}


/***/ }),

/***/ 8951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q6: () => (/* binding */ alertName),
/* harmony export */   vo: () => (/* binding */ decodeAlert)
/* harmony export */ });
/* unused harmony export encodeAlert */
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1926);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5026);


const NAMES = new Map(Object.entries(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .AlertDescription */ .TN).map(([name, code]) => [code, name]));
/** The registered name of an alert description, e.g. 40 → "handshake_failure"; "unknown_alert_N" otherwise. */
function alertName(code) {
    return NAMES.get(code) ?? `unknown_alert_${code}`;
}
/** Decodes the first alert of an alert record's payload (level, description). */
function decodeAlert(payload) {
    if (payload.length < 2)
        throw new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .DecodeError */ .Xc(`alert: ${payload.length} byte(s), expected 2`);
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
/**
 * A message or record whose bytes do not match the format. Always the peer's fault: the probe turns it into
 * a "malformed reply" outcome, whereas any other exception from our code is a bug and propagates.
 */
class DecodeError extends Error {
    reason;
    constructor(message, reason = 'malformed') {
        super(message);
        this.reason = reason;
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
            throw new DecodeError(`${this.what}: ${this.remaining} unexpected trailing byte(s)`, 'trailing-data');
    }
    take(n) {
        if (n > this.remaining) {
            throw new DecodeError(`${this.what}: needs ${n} byte(s), only ${this.remaining} left`, 'missing-data');
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

/***/ 4246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ createKeyShare),
/* harmony export */   CO: () => (/* binding */ placeholderKeyShare)
/* harmony export */ });
/* unused harmony exports keyShareFromPrivateKey, syntheticKeyShare */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1926);
// Client key shares (RFC 8446 §4.2.8) with node:crypto: X25519/X448 (RFC 7748) and the NIST curves
// (uncompressed points, §4.2.8.2; the shared secret is the x-coordinate), plus ML-KEM and the hybrid groups
// where this Node has ML-KEM (24.7+). Groups we only test acceptance of (FFDHE, brainpool, GOST, and ML-KEM on
// older Node) get well-formed placeholder shares: a server checks them, we never need their secret.



const NIST_CURVES = {
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.secp256r1]: 'prime256v1',
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.secp384r1]: 'secp384r1',
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.secp521r1]: 'secp521r1'
};
/** Curves Node's OpenSSL has under the same names, used for well-formed placeholders. */
const OPENSSL_CURVES = {
    ...NIST_CURVES,
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.secp256k1]: 'secp256k1',
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.brainpoolP256r1]: 'brainpoolP256r1',
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.brainpoolP384r1]: 'brainpoolP384r1',
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.brainpoolP512r1]: 'brainpoolP512r1',
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.brainpoolP256r1tls13]: 'brainpoolP256r1',
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.brainpoolP384r1tls13]: 'brainpoolP384r1',
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.brainpoolP512r1tls13]: 'brainpoolP512r1',
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.curveSM2]: 'SM2'
};
const MONTGOMERY = {
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.x25519]: {
        type: 'x25519',
        length: 32,
        pkcs8Prefix: '302e020100300506032b656e04220420',
        spkiPrefix: '302a300506032b656e032100'
    },
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.x448]: {
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
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.MLKEM512]: 'ml-kem-512',
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.MLKEM768]: 'ml-kem-768',
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.MLKEM1024]: 'ml-kem-1024'
};
/**
 * Hybrid groups (draft-ietf-tls-ecdhe-mlkem, RFC 10024): X25519MLKEM768 puts ML-KEM first in shares and in the
 * shared secret; the NIST-curve hybrids put the ECDH part first.
 */
const HYBRID_KEM = {
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.X25519MLKEM768]: { kem: 'ml-kem-768', classical: _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.x25519, kemFirst: true },
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.SecP256r1MLKEM768]: { kem: 'ml-kem-768', classical: _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.secp256r1, kemFirst: false },
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.SecP384r1MLKEM1024]: { kem: 'ml-kem-1024', classical: _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.secp384r1, kemFirst: false }
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
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.ffdhe2048]: 256,
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.ffdhe3072]: 384,
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.ffdhe4096]: 512,
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.ffdhe6144]: 768,
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.ffdhe8192]: 1024
};
/** ML-KEM rank k (FIPS 203 §8): encapsulation key = 384·k + 32 bytes. */
const MLKEM_RANK = {
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.MLKEM512]: 2,
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.MLKEM768]: 3,
    [_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.MLKEM1024]: 4
};
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
        case _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.SecP256r1MLKEM768: // SecP256r1MLKEM768: P-256 point || ML-KEM-768 (RFC 10024)
            return { group, keyExchange: Buffer.concat([ecPoint('prime256v1'), mlkemEncapsulationKey(3)]) };
        case _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.X25519MLKEM768: // X25519MLKEM768: ML-KEM-768 || X25519
            return {
                group,
                keyExchange: Buffer.concat([
                    mlkemEncapsulationKey(3),
                    createKeyShare(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.x25519).entry.keyExchange
                ])
            };
        case _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.SecP384r1MLKEM1024: // SecP384r1MLKEM1024: P-384 point || ML-KEM-1024
            return { group, keyExchange: Buffer.concat([ecPoint('secp384r1'), mlkemEncapsulationKey(4)]) };
        case _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.curveSM2MLKEM768: // curveSM2MLKEM768: SM2 point || ML-KEM-768
            return {
                group,
                keyExchange: Buffer.concat([
                    placeholderKeyShare(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.curveSM2).keyExchange,
                    mlkemEncapsulationKey(3)
                ])
            };
        case _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.X25519Kyber768Draft00: // X25519Kyber768Draft00: X25519 || Kyber768
            return {
                group,
                keyExchange: Buffer.concat([
                    createKeyShare(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.x25519).entry.keyExchange,
                    mlkemEncapsulationKey(3)
                ])
            };
        case _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.SecP256r1Kyber768Draft00: // SecP256r1Kyber768Draft00
            return { group, keyExchange: Buffer.concat([ecPoint('prime256v1'), mlkemEncapsulationKey(3)]) };
        default:
            // GOST (RFC 9189: 64 or 128 bytes), SM2 without OpenSSL support, anything unknown: an uncompressed-point-sized value.
            if (group >= _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.GC256A && group <= _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.GC256D)
                return { group, keyExchange: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(64) };
            if (group >= _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.GC512A && group <= _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NamedGroup */ .vr.GC512C)
                return { group, keyExchange: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(128) };
            return { group, keyExchange: Buffer.concat([Buffer.from([4]), (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(64)]) };
    }
}


/***/ }),

/***/ 81:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ loadYamlWithPositions)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// YAML loading that remembers where every value came from, so a bad policy or targets entry can be reported as
// "file:line:column: what was expected". js-yaml 5 has no position-carrying AST, but its event parser
// (`parseEvents`) gives source offsets for every node; we walk those events once to map each path
// (['targets', 2, 'port']) to the offsets of its key and value, and let `load` build the value itself so the
// semantics (schema, duplicate keys, tags) are exactly js-yaml's.


/**
 * Parses one YAML document. Syntax errors, duplicate keys, empty input and several documents become a
 * ConfigurationError carrying file, line and column.
 */
function loadYamlWithPositions(text, file) {
    const lines = lineStarts(text);
    const toPosition = (offset) => positionAt(lines, offset);
    let events;
    let value;
    try {
        events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, { filename: file });
        if (!events.some((event) => event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('the file is empty: expected a YAML document', {
                file,
                line: 1,
                column: 1
            });
        }
        value = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { filename: file });
    }
    catch (error) {
        throw toConfigurationError(error, file);
    }
    const { offsets, aliases } = indexEvents(events, text);
    const lookup = (path) => offsets.get(pathKey(resolveAliases(path, aliases)));
    const located = {
        value,
        file,
        positionOf(path) {
            const node = lookup(path);
            return node ? toPosition(node.value) : undefined;
        },
        keyPositionOf(path) {
            const node = lookup(path);
            return node ? toPosition(node.key) : undefined;
        },
        nearestPositionOf(path) {
            for (let length = path.length; length >= 0; length--) {
                const position = located.positionOf(path.slice(0, length));
                if (position)
                    return position;
            }
            return undefined;
        },
        errorAt(path, message) {
            const position = located.nearestPositionOf(path);
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(message, { file, line: position?.line, column: position?.column });
        }
    };
    return located;
}
function toConfigurationError(error, file) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1)
        return error;
    const yamlError = error;
    if (yamlError && typeof yamlError.reason === 'string') {
        const mark = yamlError.mark;
        const line = typeof mark?.line === 'number' ? mark.line + 1 : undefined;
        const column = line !== undefined && typeof mark?.column === 'number' ? mark.column + 1 : undefined;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`invalid YAML: ${yamlError.reason}`, { file, line, column });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`invalid YAML: ${error instanceof Error ? error.message : String(error)}`, {
        file
    });
}
function indexEvents(events, text) {
    const offsets = new Map();
    const anchors = new Map();
    const aliases = new Map();
    const stack = [];
    // Where the next node goes, given the innermost open collection; null while a mapping expects a key.
    const placeNode = (start) => {
        const top = stack[stack.length - 1];
        if (!top)
            return { path: [], key: start };
        if (top.kind === 'document')
            return { path: [], key: start };
        if (top.kind === 'sequence') {
            const path = [...top.path, top.index++];
            return { path, key: dashBefore(text, start) };
        }
        if (top.pendingKey === undefined)
            return null;
        const path = [...top.path, top.pendingKey.name];
        const key = top.pendingKey.offset;
        top.pendingKey = undefined;
        return { path, key };
    };
    const record = (event, start) => {
        const top = stack[stack.length - 1];
        const place = placeNode(start);
        if (place === null) {
            // A mapping key. Only scalar keys name a path; anything else gets a placeholder that matches nothing.
            const name = event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR ? (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(text, event) : '\u0000complex-key';
            top.pendingKey = { name, offset: start };
            return null;
        }
        offsets.set(pathKey(place.path), { value: start, key: place.key });
        if (event.type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS && event.anchorStart >= 0)
            anchors.set(text.slice(event.anchorStart, event.anchorEnd), place.path);
        return place.path;
    };
    for (const event of events) {
        switch (event.type) {
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT:
                stack.push({ kind: 'document', path: [], index: 0, pendingKey: undefined });
                break;
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR: {
                const quoted = event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.SINGLE_QUOTED || event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.DOUBLE_QUOTED;
                record(event, nodeStart(event, Math.max(0, event.valueStart - (quoted ? 1 : 0))));
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS: {
                const path = record(event, event.anchorStart - 1);
                const target = anchors.get(text.slice(event.anchorStart, event.anchorEnd));
                if (path && target)
                    aliases.set(pathKey(path), target);
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE:
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING: {
                const start = nodeStart(event, event.start);
                const path = record(event, start);
                // A collection used as a mapping key: walk into it under a path nobody asks for.
                const ownPath = path ?? ['\u0000complex-key'];
                stack.push({
                    kind: event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE ? 'sequence' : 'mapping',
                    path: ownPath,
                    index: 0,
                    pendingKey: undefined
                });
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP:
                stack.pop();
                break;
        }
    }
    return { offsets, aliases };
}
/**
 * The earliest of a node's anchor, tag and content offsets (`&a !!map {...}` starts at the `&`; js-yaml's
 * anchor range covers the name only, so the `&` is one before it).
 */
function nodeStart(event, contentStart) {
    const anchor = event.anchorStart >= 0 ? event.anchorStart - 1 : -1;
    return Math.min(...[anchor, event.tagStart, contentStart].filter((offset) => offset >= 0));
}
/** For a block sequence item, the offset of its `-` (when the item is on the same line). */
function dashBefore(text, start) {
    let index = start - 1;
    while (index >= 0 && (text[index] === ' ' || text[index] === '\t'))
        index--;
    return index >= 0 && text[index] === '-' ? index : start;
}
/** Rewrites a path that goes through an alias (`*x`) into the path of the anchored node. */
function resolveAliases(path, aliases) {
    let current = [...path];
    for (let guard = 0; guard < 100 && aliases.size > 0; guard++) {
        let rewritten = false;
        for (let length = current.length; length > 0; length--) {
            const target = aliases.get(pathKey(current.slice(0, length)));
            if (target && length < current.length) {
                current = [...target, ...current.slice(length)];
                rewritten = true;
                break;
            }
        }
        if (!rewritten)
            break;
    }
    return current;
}
function pathKey(path) {
    return JSON.stringify(path.map((part) => (typeof part === 'number' ? part : `k:${part}`)));
}
function lineStarts(text) {
    const starts = [0];
    for (let index = 0; index < text.length; index++) {
        if (text.charCodeAt(index) === 10)
            starts.push(index + 1);
    }
    return starts;
}
function positionAt(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
}


/***/ })

};
