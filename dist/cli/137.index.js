export const id = 137;
export const ids = [137];
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
// EXTERNAL MODULE: ./src/remediation/index.ts + 13 modules
var remediation = __webpack_require__(265);
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
// EXTERNAL MODULE: ./src/scan/outcome-text.ts
var outcome_text = __webpack_require__(229);
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

// EXTERNAL MODULE: ./src/remediation/index.ts + 13 modules
var remediation = __webpack_require__(265);
// EXTERNAL MODULE: ./src/diagnose/known-roots.ts
var known_roots = __webpack_require__(5855);
;// CONCATENATED MODULE: ./src/diagnose/index.ts
// Why does this client fail against this server, and what change to the server lets it in while still
// satisfying the policy? Pure: computed from the scan data (TargetReport), the client's offer and, when a real
// handshake was made, its outcome. The causes are the seed's: no common protocol version, cipher suite, group
// or signature algorithm; SNI; an expired, untrusted, incomplete or wrongly named certificate.








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
        case 'unusable':
            return `the server selected ${outcome.version} but its flight leads nowhere: ${outcome.reason}`;
        case 'hello-retry':
            return `the server asked for another key share (${groupLabel(outcome.group)})`;
        case 'alert':
            return `the server answered with ${describeAlert(outcome.alert.description)}`;
        case 'not-tls':
            return `the port is not TLS (${outcome.description})`;
        default:
            // Closes, resets, timeouts and the rest read as the scan says them.
            return (0,outcome_text/* describeOutcome */.S)(outcome);
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
    const brokenPeer = ['timeout', 'protocol-error', 'unusable'].includes(outcome?.kind ?? '');
    if (outcome && brokenPeer) {
        // What happened on the wire comes first: a silent or broken peer (or a flight that leads nowhere) is not a
        // negotiation result.
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
        : outcome.kind === 'unusable'
            ? `no connection (${outcome.reason})`
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
/* harmony import */ var _scan_probe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5560);
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

/***/ 979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ CIPHER_CLASSES),
/* harmony export */   J: () => (/* binding */ HSTS_DEFAULT_MIN_MAX_AGE)
/* harmony export */ });
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
/** RFC 6797 max-age (s) a policy requires unless it says otherwise: six months (Mozilla's presets: two years). */
const HSTS_DEFAULT_MIN_MAX_AGE = 15768000;


/***/ }),

/***/ 8137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fG: () => (/* reexport */ PRESETS),
  OY: () => (/* reexport */ rules/* RULE_LIST */.OY),
  _3: () => (/* reexport */ evaluate),
  hx: () => (/* reexport */ evaluateTarget),
  tb: () => (/* reexport */ loadPolicy),
  ho: () => (/* reexport */ policyToYaml),
  yQ: () => (/* reexport */ resolveInlinePolicy),
  NI: () => (/* reexport */ withExpiryDays)
});

// UNUSED EXPORTS: CIPHER_CLASSES, DEFAULT_PRESET, POLICY_RULE_IDS, PRESET_NAMES, RULES, RULE_IDS, checkTarget, isRuleId, mergeLayer, policyJsonSchema, policyRulesJsonSchema, sortFindings, summarize, validatePolicyDocument

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
// EXTERNAL MODULE: ./src/policy/vulnerability-rules.ts
var vulnerability_rules = __webpack_require__(5742);
;// CONCATENATED MODULE: ./src/policy/presets/standards.ts
// Presets from standards bodies and compliance programmes. Each records its source and version, and what the
// document requires that a scan of the server cannot see.

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
/** PCI DSS: every vulnerability check that finds one is an error (not vuln.unknown: no finding, no failure). */
const PCI_NO_KNOWN_VULNERABILITY = Object.fromEntries(vulnerability_rules/* VULNERABILITY_RULES */.p.filter((rule) => rule.id !== 'vuln.unknown').map((rule) => [rule.id, 'error']));
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
        },
        // §3.4.1: renegotiation_info and, below TLS 1.2 without 1.3, TLS_FALLBACK_SCSV shall be supported.
        severity: { 'vuln.insecureRenegotiation': 'error', 'vuln.fallbackScsv': 'error' }
    },
    notChecked: [
        'Whether the server is government-only (TLS 1.0/1.1 shall not) or citizen-facing (may, when necessary): this preset takes the stricter reading.',
        'Appendix D allows RSA key transport suites only during a transition; they are not allowed here.',
        'Of the extensions the server shall support, renegotiation_info and TLS_FALLBACK_SCSV are probed (vuln.insecureRenegotiation, vuln.fallbackScsv: errors); extended_master_secret is recorded in tlsFeatures, not judged; status_request is not probed.',
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
        certificates: { minRsaBits: 2048, minEcBits: 224, mustBeTrusted: true },
        // Req. 4.2.1 and ASV scanning: no known vulnerability, so every vulnerability check that finds one fails.
        severity: PCI_NO_KNOWN_VULNERABILITY
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
        },
        // TR-02102-2 ("Other" requirements): RFC 5746 renegotiation only, no client-initiated renegotiation, no
        // compression, no 0-RTT.
        severity: {
            'vuln.insecureRenegotiation': 'error',
            'vuln.clientRenegotiation': 'error',
            'vuln.compression': 'error',
            'tls.early-data': 'error'
        }
    },
    notChecked: [
        'PSK suites (ECDHE_PSK, DHE_PSK, RSA_PSK) are allowed by the TR but need a pre-shared key to probe; they are not in the allowed list.',
        'Dated limits (TLS 1.2 until end of 2031, DHE and DSA until end of 2029) are not enforced by date.',
        'Version 2026-01 deprecates RSA PKCS#1 v1.5 signatures; sha*WithRSAEncryption stays allowed here (2025-01).',
        'Renegotiation (RFC 5746 only, no client-initiated renegotiation), compression, heartbeat and 0-RTT are probed (vuln.insecureRenegotiation, vuln.clientRenegotiation, vuln.compression, vuln.heartbleed, tls.early-data: errors); Encrypt-then-MAC and extended_master_secret are recorded in tlsFeatures, not judged; truncated_hmac is not probed.',
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
        keyExchange: { allowedGroups: null, minDhBits: 2048, minEcdhBits: 224 },
        // RFC 9325 §3.5 (renegotiation_info required), §3.3 (no compression).
        severity: { 'vuln.insecureRenegotiation': 'error', 'vuln.compression': 'error' }
    },
    notChecked: [
        'MUST and SHOULD NOT are not told apart: everything the BCP discourages is denied.',
        'Of the required extensions, renegotiation_info is probed (vuln.insecureRenegotiation) and no compression (vuln.compression); extended_master_secret is recorded in tlsFeatures, not judged; SNI and ALPN are not probed.',
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
// hsts_min_age, the same in 5.8 and 6.0: two years.
const MOZILLA_HSTS_MIN_AGE = 63072000;
// In each preset, protocols.allowed, the suite and group lists and the certificate lines are security lines;
// protocols.required is the compatibility line (the versions the oldest compatible clients need).
const MOZILLA_NOT_CHECKED = [
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
        },
        http: { hstsMinMaxAge: MOZILLA_HSTS_MIN_AGE }
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
        },
        http: { hstsMinMaxAge: MOZILLA_HSTS_MIN_AGE }
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
        },
        http: { hstsMinMaxAge: MOZILLA_HSTS_MIN_AGE }
    },
    notChecked: [
        ...MOZILLA_NOT_CHECKED,
        'Mozilla removed the Old configuration in 6.0 and no longer recommends it.',
        'Oldest compatible clients: Firefox 1, Android 2.3, Chrome 1, Edge 12, IE8 on Windows XP, Java 6, OpenSSL 0.9.8, Opera 5, Safari 1.'
    ]
};

// EXTERNAL MODULE: ./src/model/policy.ts
var policy = __webpack_require__(979);
;// CONCATENATED MODULE: ./src/policy/presets/base.ts
// What every policy starts from: no protocol, suite or group rules, but the certificate checks a gate must
// never skip (trust, hostname, chain, expiry) and unscannable targets counted as errors.

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
        http: { hstsMinMaxAge: policy/* HSTS_DEFAULT_MIN_MAX_AGE */.J },
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
const presets_PRESET_NAMES = Object.keys(PRESETS);

;// CONCATENATED MODULE: ./src/policy/schema.ts
// The policy YAML language: every key a policy file may use (kebab-case), the property it sets in the
// resolved rules (camelCase) and what its value must be. validate.ts walks a document against this table;
// policyToYaml walks it the other way; docs/policy.md describes it.

const f = (prop, spec) => ({ prop, spec });
const TARGET_SEVERITY = { type: 'enum', values: ['error', 'warning', 'ignore'] };
const RESUMPTION = { type: 'enum', values: ['required', 'forbidden', 'any'] };
/** Rule sections of a policy document. */
const schema_RULE_SECTIONS = {
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
    http: f('http', {
        type: 'object',
        fields: {
            'hsts-min-max-age': f('hstsMinMaxAge', { type: 'integer', min: 0, max: 1_000_000_000, nullable: true })
        }
    }),
    severity: f('severity', { type: 'severity-map' }),
    waivers: f('waivers', { type: 'waivers' })
};
/** Keys of a policy document that are not rules. */
const DOCUMENT_KEYS = ['extends', 'name', 'description'];
const ALL_TOP_LEVEL_KEYS = [...DOCUMENT_KEYS, ...Object.keys(schema_RULE_SECTIONS)];


// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(5016);
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
            throw at.keyError([key], `unknown policy key "${key}"${(0,suggest/* didYouMean */.au)(key, ALL_TOP_LEVEL_KEYS)}`);
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
    for (const [key, field] of Object.entries(schema_RULE_SECTIONS)) {
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
                const hint = typeof value === 'string' ? (0,suggest/* didYouMean */.au)(value, spec.values) : '';
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
                    throw at.keyError([...path, key], `unknown key "${key}" in ${where}${(0,suggest/* didYouMean */.au)(key, keys)}`);
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
                    throw at.keyError([...path, rule], `unknown rule id "${rule}"${(0,suggest/* didYouMean */.au)(rule, rules/* RULE_IDS */.Iu)}`);
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
        canonical: (s) => (policy/* CIPHER_CLASSES */.H.includes(s) ? s : null),
        candidates: () => policy/* CIPHER_CLASSES */.H
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
        throw at.valueError(path, `unknown ${info.what} "${item}"${(0,suggest/* didYouMean */.au)(item, info.candidates())}`);
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
                throw at.keyError([...here, key], `unknown key "${key}" in ${dotted(here)}${(0,suggest/* didYouMean */.au)(key, ['from', 'max-days'])}`);
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
                throw at.keyError([...here, key], `unknown key "${key}" in waivers[${i}]${(0,suggest/* didYouMean */.au)(key, keys)}`);
        }
        const rule = entry.rule;
        if (typeof rule !== 'string' || rule.trim() === '')
            throw at.valueError(here, `waivers[${i}] needs a rule (a rule id such as cipher.not-allowed)`);
        if (!validWaiverRule(rule))
            throw at.valueError([...here, 'rule'], `unknown rule id "${rule}" in waivers[${i}]${(0,suggest/* didYouMean */.au)(rule, rules/* RULE_IDS */.Iu)}`);
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
        const message = `policy file "${shown}" ${why} (presets: ${presets_PRESET_NAMES.join(', ')})`;
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
            const message = `unknown policy preset "${ref}"${(0,suggest/* didYouMean */.au)(ref, presets_PRESET_NAMES)} (presets: ${presets_PRESET_NAMES.join(', ')}; or give a .yml file)`;
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
    for (const [key, field] of Object.entries(schema_RULE_SECTIONS)) {
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
// EXTERNAL MODULE: ./src/remediation/index.ts + 13 modules
var remediation = __webpack_require__(265);
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

;// CONCATENATED MODULE: ./src/policy/checks/incomplete.ts


const INCOMPLETE_RULE = 'scan.incomplete';
/** Rules that judge a fact by its absence: an incomplete scan cannot prove one. */
const ABSENCE_RULES = ['protocol.missing', 'cipher.missing'];
function checkIncomplete(t, rules) {
    const incomplete = t.incomplete ?? [];
    const codes = [...new Set(incomplete.map((fact) => fact.code))];
    return codes.map((code) => {
        const facts = incomplete.filter((fact) => fact.code === code);
        return finding({
            rule: INCOMPLETE_RULE,
            severity: targetSeverity(rules.targets.error),
            message: `${t.name}: the scan could not settle ${list(facts.map((fact) => fact.fact))} (${code}): ${facts[0].reason}`,
            evidence: { code, facts: facts.map((fact) => fact.fact), reason: facts[0].reason },
            fix: (0,remediation/* targetFix */.dH)(INCOMPLETE_RULE)
        });
    });
}
/** Findings that would rest on a fact the scan could not settle are left out. */
function withoutAbsenceFindings(t, findings) {
    if ((t.incomplete ?? []).length === 0)
        return findings;
    return findings.filter((f) => !ABSENCE_RULES.includes(f.rule));
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


/**
 * The leaf could not be parsed: the scan says so, not even its subject could be read, or its subjectAltName
 * extension is there but unreadable (RFC 9525: the names are in it, so without it no host can be judged).
 */
function isMalformed(cert) {
    const leaf = cert.chain[0];
    return (cert.error?.code === 'CERT_PARSE' ||
        (leaf?.parseError !== undefined && leaf.subject === '') ||
        leaf?.unreadableExtensions?.includes('subjectAltName') === true);
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

;// CONCATENATED MODULE: ./src/policy/checks/address.ts



const address_RULE = 'address.inconsistent';
function groupNodes(nodes, describe) {
    const groups = new Map();
    for (const node of nodes) {
        const value = describe(node);
        const group = groups.get(value) ?? { addresses: [], value };
        group.addresses.push(node.address);
        groups.set(value, group);
    }
    return [...groups.values()];
}
/** The nodes outside the largest group (on a tie, outside the first node's group). */
function differing(groups) {
    const largest = groups.reduce((best, group) => group.addresses.length > best.addresses.length ? group : best);
    return groups.filter((group) => group !== largest).flatMap((group) => group.addresses);
}
const address_acceptedProtocols = (node) => report/* PROTOCOL_NAMES */.g8.filter((protocol) => node.protocols[protocol]);
function describeCertificate(node) {
    const leaf = node.certificate?.chain[0];
    if (!leaf)
        return 'no readable certificate';
    return `${leaf.subject} (SHA-256 ${leaf.sha256Fingerprint}, expires ${leaf.notAfter.slice(0, 10)})`;
}
/** The suites of the versions every node accepts (a version some nodes lack is the protocols' difference). */
function describeSuites(node, shared) {
    return shared
        .map((protocol) => `${protocol}: ${[...(node.cipherSuites[protocol] ?? [])].sort().join(' ') || 'none'}`)
        .join('; ');
}
function aspects(nodes) {
    const reachable = nodes.filter((node) => node.status === 'ok');
    const shared = report/* PROTOCOL_NAMES */.g8.filter((protocol) => reachable.every((node) => node.protocols[protocol]));
    const firstDifferingSuite = (node) => {
        for (const protocol of shared) {
            const suite = (node.cipherSuites[protocol] ?? [])[0];
            if (suite)
                return [protocol, suite];
        }
        return null;
    };
    const all = [
        {
            name: 'reachability',
            groups: groupNodes(nodes, (node) => node.status === 'ok' ? 'ok' : `${node.status}${node.error ? ` (${node.error.code})` : ''}`),
            reproduce: (node) => (0,remediation/* reproduceReachability */.Tg)(node)
        },
        {
            name: 'certificate',
            groups: groupNodes(reachable, describeCertificate),
            reproduce: (node) => (0,remediation/* reproduceCertificate */.tr)(node)
        },
        {
            name: 'protocols',
            groups: groupNodes(reachable, (node) => list(address_acceptedProtocols(node)) || 'none'),
            reproduce: (node) => (0,remediation/* reproduceProtocol */.gJ)(node, address_acceptedProtocols(node)[0] ?? 'TLSv1.2')
        },
        {
            name: 'cipher suites',
            groups: groupNodes(reachable, (node) => describeSuites(node, shared)),
            reproduce: (node) => {
                const suite = firstDifferingSuite(node);
                return suite ? (0,remediation/* reproduceSuite */.w$)(node, suite[0], suite[1]) : (0,remediation/* reproduceReachability */.Tg)(node);
            }
        }
    ];
    return all.filter((aspect) => aspect.groups.length > 1);
}
const ACCEPTS = {
    reachability: 'are',
    certificate: 'serve',
    protocols: 'accept',
    'cipher suites': 'accept'
};
/** `address.inconsistent` findings of a pool's report; none for a single address. */
function checkAddressConsistency(t) {
    const nodes = t.addresses ?? [];
    if (nodes.length < 2)
        return [];
    return aspects(nodes).map((aspect) => {
        const outliers = differing(aspect.groups);
        const shown = aspect.groups.map((group) => `${list(group.addresses)} ${ACCEPTS[aspect.name]} ${group.value}`);
        const outlier = nodes.find((node) => node.address === outliers[0]);
        return {
            ...finding({
                rule: address_RULE,
                severity: 'warning',
                message: `${t.name}: the addresses of the pool differ in ${aspect.name}: ${shown.join('; ')}.`,
                evidence: {
                    aspect: aspect.name,
                    groups: aspect.groups.map((group) => ({ addresses: group.addresses, value: group.value }))
                },
                fix: (0,remediation/* targetFix */.dH)(address_RULE),
                reproduce: aspect.reproduce({ ...t, ...outlier })
            }),
            address: list(outliers)
        };
    });
}

;// CONCATENATED MODULE: ./src/policy/checks/vuln-robot.ts


function checkRobot(t) {
    const robot = t.vulnerabilities?.robot;
    if (robot?.status === 'vulnerable') {
        const version = typeof robot.details?.version === 'string' ? ` over ${robot.details.version}` : '';
        return [
            finding({
                rule: 'vuln.robot',
                severity: 'error',
                message: `${t.name} is a Bleichenbacher oracle (ROBOT): it reacts to RSA ClientKeyExchanges differently by padding validity${version}, which lets an attacker decrypt recorded sessions and sign with its key.`,
                evidence: { robot: robot.evidence, differFromValid: robot.details?.differFromValid ?? [] },
                fix: (0,remediation/* robotFix */.KV)(t)
            })
        ];
    }
    if (robot?.status === 'unknown') {
        return [
            finding({
                rule: 'vuln.robot',
                severity: 'notice',
                message: `${t.name}: the ROBOT check could not conclude (${robot.reason ?? 'no reason given'}).`,
                evidence: { robot: robot.evidence }
            })
        ];
    }
    return [];
}

;// CONCATENATED MODULE: ./src/policy/checks/http-hsts.ts


const DAY_S = 86400;
function problemOf(details, min) {
    if (details.present !== true)
        return 'sends no Strict-Transport-Security header';
    if (details.valid !== true)
        return 'sends a Strict-Transport-Security header browsers ignore (no valid max-age)';
    const maxAge = Number(details.maxAge);
    if (maxAge === 0)
        return 'sends Strict-Transport-Security with max-age=0, which turns HSTS off';
    if (maxAge < min)
        return `sends Strict-Transport-Security with max-age=${maxAge} (${Math.floor(maxAge / DAY_S)} days), below the ${min} s (${Math.floor(min / DAY_S)} days) the policy requires`;
    return null;
}
function checkHsts(t, rules) {
    const hsts = t.vulnerabilities?.hsts;
    const min = rules.http.hstsMinMaxAge;
    if (min === null || !hsts?.details || (hsts.status !== 'vulnerable' && hsts.status !== 'ok'))
        return [];
    const problem = problemOf(hsts.details, min);
    if (!problem)
        return [];
    return [
        finding({
            rule: 'http.hsts',
            severity: 'warning',
            message: `${t.name} ${problem} on its HTTPS response to /.`,
            evidence: { hsts: hsts.evidence, minMaxAge: min, maxAge: hsts.details.maxAge ?? null },
            fix: (0,remediation/* hstsFix */.cV)(min),
            reproduce: (0,remediation/* reproduceHsts */.IP)(t)
        })
    ];
}

;// CONCATENATED MODULE: ./src/policy/checks/early-data.ts


function checkEarlyData(t) {
    if (t.tlsFeatures?.earlyData !== true)
        return [];
    return [
        finding({
            rule: 'tls.early-data',
            severity: 'notice',
            message: `${t.name} accepts TLS 1.3 0-RTT early data: anyone who records a client's early data can replay it, ` +
                'and the server acts on it again (RFC 8446 §8), so only requests that are safe to run twice may use it.',
            evidence: { earlyData: true, probe: t.tlsFeatures.earlyDataEvidence ?? null },
            fix: (0,remediation/* earlyDataFix */.LK)(),
            reproduce: (0,remediation/* reproduceEarlyData */.Vl)(t)
        })
    ];
}

;// CONCATENATED MODULE: ./src/policy/checks/vulnerabilities.ts



const JUDGED_ELSEWHERE = ['robot', 'hsts'];
const vulnerabilities_notAllowed = (rules, p) => rules.protocols.allowed !== null && !rules.protocols.allowed.includes(p);
function suitesDenied(result, rules) {
    const suites = result.details?.['suites'];
    return (Array.isArray(suites) &&
        suites.length > 0 &&
        suites.every((suite) => typeof suite === 'string' && (0,remediation/* suiteRejection */.gC)(suite, rules) !== null));
}
/** Whether another rule of the policy already reports this defect (so no second finding names it). */
function reportedElsewhere(name, result, t, rules) {
    switch (name) {
        case 'sweet32':
        case 'freak':
        case 'rc4':
            return suitesDenied(result, rules);
        case 'logjam': {
            if (result.details?.['suites'])
                return suitesDenied(result, rules);
            const min = rules.keyExchange.minDhBits;
            return min !== null && t.keyExchange.dhBits !== null && t.keyExchange.dhBits < min;
        }
        case 'drown':
            return vulnerabilities_notAllowed(rules, 'SSLv2');
        case 'poodle':
            return vulnerabilities_notAllowed(rules, 'SSLv3') || suitesDenied(result, rules);
        case 'beast': {
            const spoken = ['SSLv3', 'TLSv1.0'].filter((p) => t.protocols[p]);
            return spoken.length > 0 && spoken.every((p) => vulnerabilities_notAllowed(rules, p));
        }
        default:
            return false;
    }
}
function vulnerableFinding(t, name, result) {
    const rule = `vuln.${name}`;
    const info = rules/* RULES */.y0[rule];
    return finding({
        rule,
        severity: info.severity,
        message: `${t.name} is vulnerable: ${info.title}. ${result.evidence}.`,
        evidence: { check: name, status: result.status, evidence: result.evidence, ...(result.details ?? {}) },
        fix: (0,remediation/* vulnerabilityFix */.MX)(name)
    });
}
function unknownFinding(t, name, result) {
    return finding({
        rule: 'vuln.unknown',
        severity: 'notice',
        message: `${t.name}: the ${name} check could not conclude (${result.reason ?? 'no reason given'}).`,
        evidence: { check: name, status: result.status, evidence: result.evidence, reason: result.reason }
    });
}
function checkVulnerabilities(t, rules) {
    const out = [];
    for (const [name, result] of Object.entries(t.vulnerabilities ?? {})) {
        if (JUDGED_ELSEWHERE.includes(name))
            continue;
        if (result.status === 'vulnerable' && !reportedElsewhere(name, result, t, rules))
            out.push(vulnerableFinding(t, name, result));
        if (result.status === 'unknown')
            out.push(unknownFinding(t, name, result));
    }
    return out;
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
/** Judged once per target, on a pool's whole report too: resumption across the nodes, the simulated clients. */
const TARGET_EVALUATORS = [
    (target, _facts, rules) => (scanned(target) ? evaluateResumption(target, rules.resumption) : []),
    (target, _facts, rules) => (scanned(target) && target.clients ? (0,clients/* evaluateClients */.ah)(target, rules.clients) : [])
];
/** Judged on each node of a pool, as the policy's rules are. */
const NODE_EVALUATORS = [
    // The expectation is judged whatever the status: an unreadable certificate does not meet it either.
    (target, facts) => (facts.expect ? evaluateExpectation(target, facts.expect) : [])
];
const EVALUATORS = [...TARGET_EVALUATORS, ...NODE_EVALUATORS];

;// CONCATENATED MODULE: ./src/policy/pool.ts
/** One node as a target of one address: the target's fields with the node's facts. */
function nodeView(t, node) {
    const view = { ...t, ...node };
    delete view.addresses;
    return view;
}
/** Whether the report is a pool's: more than one address scanned. */
function isPool(t) {
    return (t.addresses?.length ?? 0) > 1;
}
const findingKey = (f) => `${f.rule}\u0000${f.message}`;
/**
 * Every node's findings, merged: the same rule with the same message on every node is one finding without an
 * address; on some nodes only, one finding whose `address` lists them (comma-separated, in scan order).
 */
function nodeFindings(t, judge) {
    const merged = new Map();
    for (const node of t.addresses) {
        for (const f of judge(nodeView(t, node))) {
            const entry = merged.get(findingKey(f)) ?? { finding: f, addresses: [] };
            if (!entry.addresses.includes(node.address))
                entry.addresses.push(node.address);
            merged.set(findingKey(f), entry);
        }
    }
    return [...merged.values()].map(({ finding, addresses }) => addresses.length === t.addresses.length ? finding : { ...finding, address: addresses.join(', ') });
}

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
        ...checkIncomplete(t, rules),
        ...withoutAbsenceFindings(t, [
            ...checkProtocols(t, rules),
            ...checkSuites(t, rules),
            ...checkOrder(t, rules),
            ...checkKeyExchange(t, rules),
            ...checkCertificate(t, rules, now.getTime())
        ]),
        ...checkRobot(t),
        ...checkHsts(t, rules),
        ...checkEarlyData(t),
        ...checkVulnerabilities(t, rules)
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
    const all = applySeverityOverrides(targetFindings(t, facts, rules, options.now), rules);
    const findings = sortFindings(applyWaivers(all, rules.waivers, t, options.now));
    const verdict = findings.some((f) => (0,fail_on/* failsAt */.ZN)(f.severity, options.failOn)) ? 'fail' : 'pass';
    return { ...t, findings, verdict };
}
/** The findings of one target before overrides and waivers; a pool's node by node (policy/pool.ts). */
function targetFindings(t, facts, rules, now) {
    if (!isPool(t))
        return [...checkTarget(t, rules, now), ...EVALUATORS.flatMap((evaluator) => evaluator(t, facts, rules))];
    return [
        ...nodeFindings(t, (node) => [
            ...checkTarget(node, rules, now),
            ...NODE_EVALUATORS.flatMap((evaluator) => evaluator(node, facts, rules))
        ]),
        ...checkAddressConsistency(t),
        ...TARGET_EVALUATORS.flatMap((evaluator) => evaluator(t, facts, rules))
    ];
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

;// CONCATENATED MODULE: ./src/policy/expiry-days.ts
function withExpiryDays(policy, days) {
    if (!days || (days.warnDays === undefined && days.failDays === undefined))
        return policy;
    const expiry = { ...policy.rules.certificates.expiry };
    if (days.warnDays !== undefined)
        Object.assign(expiry, { warnDays: days.warnDays, warnFraction: null });
    if (days.failDays !== undefined)
        Object.assign(expiry, { failDays: days.failDays, failFraction: null });
    const given = [
        days.warnDays !== undefined ? `warn-days ${days.warnDays}` : null,
        days.failDays !== undefined ? `fail-days ${days.failDays}` : null
    ].filter((part) => part !== null);
    return {
        ...policy,
        chain: [...policy.chain, given.join(', ')],
        rules: { ...policy.rules, certificates: { ...policy.rules.certificates, expiry } }
    };
}

;// CONCATENATED MODULE: ./src/policy/json-schema.ts





const NAME_SCHEMAS = {
    protocol: () => ({ type: 'string', examples: candidateProtocols() }),
    cipher: () => ({
        type: 'string',
        minLength: 1,
        description: 'an IANA or OpenSSL cipher suite name, e.g. TLS_AES_128_GCM_SHA256 or ECDHE-RSA-AES128-GCM-SHA256'
    }),
    'cipher-class': () => ({ enum: [...policy/* CIPHER_CLASSES */.H] }),
    group: () => ({ type: 'string', examples: unique(candidateGroups()) }),
    'key-type': () => ({ type: 'string', examples: candidateKeyTypes() }),
    curve: () => ({ type: 'string', examples: unique(candidateCurves()) }),
    signature: () => ({ type: 'string', examples: unique(candidateSignatures()) }),
    client: () => ({ enum: candidateClients() })
};
const unique = (items) => [...new Set(items)];
const nullable = (schema, allowNull) => allowNull ? { anyOf: [schema, { type: 'null' }] } : schema;
/** A date as YAML gives it (a timestamp) or as text: the schema sees text. */
const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}' };
function specSchema(spec) {
    switch (spec.type) {
        case 'enum':
            return { enum: [...spec.values] };
        case 'boolean':
            return { type: 'boolean' };
        case 'integer':
            return nullable({ type: 'integer', minimum: spec.min, ...(spec.max !== undefined ? { maximum: spec.max } : {}) }, spec.nullable);
        case 'fraction':
            return nullable({ type: 'number', minimum: 0, maximum: 1 }, spec.nullable);
        case 'names':
            return nullable({ type: 'array', items: NAME_SCHEMAS[spec.kind]() }, spec.nullable);
        case 'object':
            return objectSchema(spec.fields);
        case 'severity-map':
            return {
                type: 'object',
                propertyNames: { enum: [...RULE_IDS] },
                additionalProperties: { enum: ['error', 'warning', 'notice'] }
            };
        case 'schedule':
            return nullable({
                type: 'array',
                minItems: 1,
                items: {
                    type: 'object',
                    required: ['from', 'max-days'],
                    additionalProperties: false,
                    properties: { from: DATE, 'max-days': { type: 'integer', minimum: 1 } }
                }
            }, true);
        case 'waivers':
            return {
                type: 'array',
                items: {
                    type: 'object',
                    required: ['rule', 'reason', 'until'],
                    additionalProperties: false,
                    properties: {
                        rule: { type: 'string', minLength: 1, description: 'a rule id, or a prefix ending in .*' },
                        targets: {
                            anyOf: [
                                { type: 'string', minLength: 1 },
                                { type: 'array', items: { type: 'string', minLength: 1 } }
                            ]
                        },
                        reason: { type: 'string', minLength: 1 },
                        until: DATE
                    }
                }
            };
    }
}
function objectSchema(fields) {
    return {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, specSchema(field.spec)]))
    };
}
/** The rules a policy may hold: the whole document less its own keys (also a targets entry's inline `policy`). */
function policyRulesJsonSchema() {
    return objectSchema(RULE_SECTIONS);
}
function policyJsonSchema() {
    const rules = policyRulesJsonSchema();
    const reference = { type: 'string', minLength: 1, examples: [...PRESET_NAMES] };
    const documentKeys = {
        extends: {
            description: 'a preset name or a policy file (relative to this one), or a list of them',
            anyOf: [reference, { type: 'array', items: reference }]
        },
        name: { type: 'string' },
        description: { type: 'string' }
    };
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'https://github.com/tls-gate/tls-gate/schema/policy.schema.json',
        title: 'tls-gate policy',
        description: 'A tls-gate policy file (docs/policy.md). Generated from src/policy/schema.ts; `tls-gate policy check FILE` is the final word on names.',
        type: 'object',
        additionalProperties: false,
        properties: { ...documentKeys, ...rules.properties }
    };
}

;// CONCATENATED MODULE: ./src/policy/index.ts










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

/***/ 5729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ Connection)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
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
/**
 * Runs `giveUp` once the I/O that is already waiting has been handled. When the event loop was busy past a
 * timeout, the timer phase comes before the poll phase that would deliver the connect or the bytes that arrived in
 * time; a check callback runs after it, so a late event loop never reads as a silent server.
 */
function afterPendingIo(giveUp) {
    setImmediate(giveUp);
}
class Connection {
    socket;
    options;
    chunks = [];
    ended = false;
    failure = null;
    overflow = null;
    received = 0;
    waiter = null;
    closed = false;
    constructor(socket, options) {
        this.socket = socket;
        this.options = options;
        socket.on('data', (chunk) => {
            if (this.overflow)
                return;
            this.received += chunk.length;
            const maxBytes = this.options.maxBytes ?? DEFAULT_MAX_BYTES;
            const sharedOk = this.options.sharedBytes?.take(chunk.length) ?? true;
            if (this.received > maxBytes || !sharedOk) {
                // Over a budget: nothing more is buffered, and the peer is not read any further.
                this.overflow = this.received > maxBytes ? 'connection' : 'shared';
                this.chunks.length = 0;
                socket.pause();
            }
            else {
                this.chunks.push(chunk);
            }
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
    /** Opens a TCP connection (and runs its plain-text dialogue, if any), or says why not. Never rejects. */
    static async open(options) {
        const opened = await Connection.connect(options);
        if (!(opened instanceof Connection) || !options.beforeTls)
            return opened;
        const failure = await options.beforeTls(opened);
        if (failure)
            opened.close();
        return failure ?? opened;
    }
    static connect(options) {
        return new Promise((resolve) => {
            if (options.signal?.aborted)
                return resolve({ kind: 'aborted' });
            const untilDeadline = options.deadline - Date.now();
            if (untilDeadline <= 0)
                return resolve({ kind: 'deadline' });
            const byDeadline = untilDeadline < options.timeoutMs;
            const socket = node_net__WEBPACK_IMPORTED_MODULE_0___default().connect({ host: options.address, port: options.port });
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
            const timer = setTimeout(() => afterPendingIo(() => finish(byDeadline ? { kind: 'deadline' } : { kind: 'timeout' })), Math.min(untilDeadline, options.timeoutMs));
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
            let settled = false;
            const done = (result) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                signal?.removeEventListener('abort', onAbort);
                this.waiter = null;
                resolve(result);
            };
            const onAbort = () => done({ kind: 'aborted' });
            const timer = setTimeout(() => afterPendingIo(() => done(byDeadline ? { kind: 'deadline' } : { kind: 'timeout' })), Math.min(untilDeadline, timeoutMs));
            signal?.addEventListener('abort', onAbort, { once: true });
            this.waiter = () => {
                const result = this.take();
                if (result)
                    done(result);
            };
        });
    }
    /**
     * Hands the socket over to Node's TLS client (tls.connect({ socket })) after a STARTTLS dialogue; this
     * Connection no longer reads it or destroys it. The peer sends nothing before our ClientHello, so no byte is lost.
     */
    release() {
        this.closed = true;
        for (const event of ['data', 'end', 'error', 'close'])
            this.socket.removeAllListeners(event);
        return this.socket;
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
        if (this.overflow)
            return { kind: 'overflow', budget: this.overflow };
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


/***/ }),

/***/ 7222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ detach)
/* harmony export */ });
// Bytes a report or a later check keeps, copied out of the buffer they were decoded from. A decoded field is a view
// into the reply's buffer (a socket read of up to 64 KiB, or a handshake message of up to 256 KiB), and a view
// keeps the whole of that buffer alive: a probe outcome that kept a 32-byte random and a few tiny certificates
// kept every chunk of its hostile reply with them, for the rest of the target's scan.
/** A copy of `bytes` with a backing store of its own, exactly its size (not a slab of Node's pool). */
function detach(bytes) {
    const copy = Buffer.allocUnsafeSlow(bytes.length);
    bytes.copy(copy);
    return copy;
}


/***/ }),

/***/ 229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ describeOutcome),
/* harmony export */   b: () => (/* binding */ describeTimeout)
/* harmony export */ });
/** "12 bytes of the ServerHello arrived in 60000 ms (the target's deadline)". */
function describeTimeout(outcome) {
    // A probe the engine did not start (the deadline or the check's budget came first) read nothing.
    if (outcome.reading === undefined) {
        return "no connection was made (the target's deadline or the check's handshake budget came first)";
    }
    const reading = outcome.reading;
    const bytes = outcome.receivedBytes ?? 0;
    const ended = outcome.byDeadline ? " (the target's deadline)" : '';
    return `${bytes} byte${bytes === 1 ? '' : 's'} of ${reading} arrived in ${outcome.durationMs} ms${ended}`;
}
function describeOutcome(outcome) {
    switch (outcome.kind) {
        case 'accepted':
            return `the handshake went on with ${outcome.version}`;
        case 'unusable':
            return outcome.reason;
        case 'hello-retry':
            return 'the server answered with a HelloRetryRequest';
        case 'alert':
            return outcome.alert.description === 0
                ? 'the server closed the connection with close_notify instead of answering'
                : `the server answered with the alert ${outcome.alert.name}`;
        case 'closed':
            return 'the server closed the connection without a reply';
        case 'reset':
            return 'the server reset the connection';
        case 'timeout':
            return `the server did not answer in time: ${describeTimeout(outcome)}`;
        case 'not-tls':
            return `${outcome.description} answered, not a TLS server`;
        case 'protocol-error':
        case 'unreachable':
        case 'starttls-failed':
            return outcome.message;
    }
}


/***/ }),

/***/ 5560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ runProbe)
});

// EXTERNAL MODULE: ./src/codepoints/index.ts
var codepoints = __webpack_require__(1926);
// EXTERNAL MODULE: ./src/wire/alert.ts
var wire_alert = __webpack_require__(8951);
// EXTERNAL MODULE: ./src/wire/certificate.ts
var certificate = __webpack_require__(4334);
// EXTERNAL MODULE: ./src/wire/bytes.ts
var bytes = __webpack_require__(5026);
// EXTERNAL MODULE: ./src/wire/client-hello.ts
var client_hello = __webpack_require__(255);
// EXTERNAL MODULE: ./src/wire/handshake.ts
var handshake = __webpack_require__(4664);
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

// EXTERNAL MODULE: ./src/wire/encrypted-extensions.ts
var encrypted_extensions = __webpack_require__(6944);
// EXTERNAL MODULE: ./src/wire/finished.ts
var finished = __webpack_require__(2951);
// EXTERNAL MODULE: ./src/wire/server-hello.ts
var server_hello = __webpack_require__(5059);
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
            return { kind: 'client_hello', message: (0,client_hello/* decodeClientHello */.kf)(body) };
        case codepoints/* HandshakeType */.Yq.server_hello:
            return { kind: 'server_hello', message: (0,server_hello/* decodeServerHello */.EL)(body) };
        case codepoints/* HandshakeType */.Yq.encrypted_extensions:
            return { kind: 'encrypted_extensions', message: (0,encrypted_extensions/* decodeEncryptedExtensions */.d)(body) };
        case codepoints/* HandshakeType */.Yq.certificate:
            return {
                kind: 'certificate',
                message: (0,certificate/* decodeCertificate */.Ai)(body, version === codepoints/* ProtocolVersion */.rg.TLSv1_3)
            };
        case codepoints/* HandshakeType */.Yq.certificate_status:
            return { kind: 'certificate_status', message: { ocspResponse: (0,certificate/* decodeCertificateStatus */.yu)(body) } };
        case codepoints/* HandshakeType */.Yq.server_key_exchange:
            return {
                kind: 'server_key_exchange',
                message: keyExchange ? decodeServerKeyExchangeMessage(body, keyExchange.kx, keyExchange.au) : null
            };
        case codepoints/* HandshakeType */.Yq.certificate_verify:
            return { kind: 'certificate_verify', message: decodeCertificateVerify(body) };
        case codepoints/* HandshakeType */.Yq.finished:
            return { kind: 'finished', message: (0,finished/* decodeFinished */.z)(body) };
        case codepoints/* HandshakeType */.Yq.server_hello_done:
            return { kind: 'server_hello_done', message: decodeServerHelloDone(body) };
        default:
            return { kind: 'other', type, body };
    }
}

// EXTERNAL MODULE: ./src/wire/framing.ts
var framing = __webpack_require__(1231);
// EXTERNAL MODULE: ./src/wire/record.ts
var record = __webpack_require__(5340);
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
    if ((0,record/* isKnownContentType */.xc)(first) && (firstBytes.length < 2 || firstBytes[1] === 3))
        return null;
    if ((0,record/* isSslv2Record */.OO)(firstBytes) || (first & 0x80 && firstBytes.length < 3))
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

// EXTERNAL MODULE: ./src/wire/server-fault.ts
var server_fault = __webpack_require__(4327);
// EXTERNAL MODULE: ./src/wire/sslv2.ts
var sslv2 = __webpack_require__(8847);
// EXTERNAL MODULE: ./src/wire/tls13/aead.ts
var aead = __webpack_require__(7472);
// EXTERNAL MODULE: ./src/wire/tls13/record-protection.ts
var record_protection = __webpack_require__(4396);
// EXTERNAL MODULE: ./src/wire/tls13/key-schedule.ts
var key_schedule = __webpack_require__(6160);
;// CONCATENATED MODULE: ./src/wire/tls13/handshake-decryptor.ts
// Reads the server's encrypted first flight of a TLS 1.3 handshake: EncryptedExtensions, Certificate (with the
// per-entry OCSP staple), CertificateVerify, Finished. Built from the negotiated suite, the (EC)DHE shared
// secret and the transcript ClientHello..ServerHello; see key-schedule.ts for why the engine does this itself.







class Tls13HandshakeDecryptor {
    suite;
    secrets;
    /** Record protection under the server's handshake traffic secret. */
    protection;
    assembler = new handshake/* HandshakeAssembler */.c1();
    /** An alert the server sent encrypted (e.g. after rejecting our key share), or null. */
    alert = null;
    /**
     * @param cipherSuite the TLS 1.3 suite from the ServerHello (0x1301..0x1305)
     * @param sharedSecret the (EC)DHE shared secret from our key share and the server's
     * @param helloTranscript the ClientHello and ServerHello handshake messages, headers included, as sent
     *   (for a HelloRetryRequest exchange: message_hash(CH1), HRR, CH2, SH per RFC 8446 §4.4.1)
     */
    constructor(cipherSuite, sharedSecret, helloTranscript) {
        const suite = (0,aead/* tls13Suite */.My)(cipherSuite);
        if (!suite)
            throw new bytes/* DecodeError */.Xc(`cannot decrypt TLS 1.3 suite 0x${cipherSuite.toString(16)}`);
        this.suite = suite;
        this.secrets = (0,key_schedule/* handshakeSecrets */.pr)(suite.hash, sharedSecret, helloTranscript);
        this.protection = new record_protection/* RecordProtection */.H(suite, this.secrets.serverHandshakeTrafficSecret);
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
        const { type, content } = this.protection.open(record);
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
    const suite = (0,aead/* tls13Suite */.My)(cipherSuite);
    if (!suite)
        throw new bytes/* DecodeError */.Xc(`cannot decrypt TLS 1.3 suite 0x${cipherSuite.toString(16)}`);
    const hash = (0,key_schedule/* transcriptHash */.BP)(suite.hash, messages.clientHello1);
    return Buffer.concat([
        (0,handshake/* encodeHandshake */.u_)(codepoints/* HandshakeType */.Yq.message_hash, hash),
        messages.helloRetryRequest,
        messages.clientHello2,
        messages.serverHello
    ]);
}

// EXTERNAL MODULE: ./src/wire/tls13/key-share.ts
var key_share = __webpack_require__(4246);
;// CONCATENATED MODULE: ./src/scan/tls13-support.ts


/**
 * One key share per group per run: making a key pair costs more than the rest of a probe's crypto, and these
 * handshakes end at the server's Certificate, so reusing the client's ephemeral key across them reveals nothing.
 */
const sharesByGroup = new Map();
function keyShareOnce(group) {
    if (!sharesByGroup.has(group))
        sharesByGroup.set(group, (0,key_share/* createKeyShare */.BR)(group));
    return sharesByGroup.get(group);
}
const TLS13_SUPPORT = {
    createKeyShare: keyShareOnce,
    createDecryptor: (cipherSuite, sharedSecret, transcript) => new Tls13HandshakeDecryptor(cipherSuite, sharedSecret, transcript)
};

// EXTERNAL MODULE: ./src/registry/index.ts + 3 modules
var registry = __webpack_require__(1751);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/scan/budgets.ts
var budgets = __webpack_require__(1735);
// EXTERNAL MODULE: ./src/scan/connection.ts
var connection = __webpack_require__(5729);
// EXTERNAL MODULE: ./src/scan/detach.ts
var detach = __webpack_require__(7222);
;// CONCATENATED MODULE: ./src/wire/der.ts
// The one DER check the probe needs: whether a certificate is at least one whole DER SEQUENCE (tag, definite
// length, exactly the bytes given). A client parses the certificate before it can go on with the handshake;
// bytes that are not even that are a flight no client can continue. The full X.509 parse is src/certs'.
/** Whether `bytes` is exactly one DER SEQUENCE with a definite, minimally encoded length. */
function isDerSequence(bytes) {
    if (bytes.length < 2 || bytes[0] !== 0x30)
        return false;
    const first = bytes[1];
    if (first < 0x80)
        return bytes.length === 2 + first;
    const lengthBytes = first & 0x7f;
    // 0x80 is BER's indefinite length; more than 4 length bytes cannot describe anything a probe reads.
    if (lengthBytes === 0 || lengthBytes > 4 || bytes.length < 2 + lengthBytes)
        return false;
    if (bytes[2] === 0)
        return false; // not minimal
    let length = 0;
    for (let i = 0; i < lengthBytes; i++)
        length = length * 256 + bytes[2 + i];
    if (length < 0x80)
        return false; // not minimal: a short length written in long form
    return bytes.length === 2 + lengthBytes + length;
}

;// CONCATENATED MODULE: ./src/scan/flight-rules.ts


/** Authentications whose suites must send a Certificate (anon, PSK, SRP, KRB5... send none or their own). */
const CERTIFICATE_AUTH = ['RSA', 'ECDSA', 'DSS'];
/** Ephemeral key exchanges: the server's share travels only in ServerKeyExchange. */
const EPHEMERAL_KX = ['ECDHE', 'DHE'];
/** Why no client could continue this flight, or null when it is complete. */
function flightGap(flight) {
    const unparsable = (flight.certificates ?? []).findIndex((der) => !isDerSequence(der));
    if (unparsable === 0)
        return 'the certificate is not valid DER';
    if (unparsable > 0)
        return `certificate ${unparsable + 1} of the chain is not valid DER`;
    if (flight.version === 'TLSv1.3' || flight.cipherSuite === undefined)
        return null;
    const suite = (0,registry/* suiteByCode */.Te)(flight.cipherSuite);
    if (!suite)
        return null;
    const au = suite.au ?? '';
    if (CERTIFICATE_AUTH.includes(au) && (flight.certificates ?? []).length === 0) {
        return `Certificate missing for ${article(au)} ${au}-authenticated suite`;
    }
    const kx = suite.kx ?? '';
    if (EPHEMERAL_KX.includes(kx) && !flight.sawServerKeyExchange) {
        return `ServerKeyExchange missing for ${article(kx)} ${kx} suite`;
    }
    return null;
}
/** "an" before a name read with a vowel sound (ECDHE, RSA: "ee", "ar"), "a" otherwise (DHE, DSS: "dee"). */
function article(name) {
    return /^[AEFHILMNORSX]/.test(name) ? 'an' : 'a';
}

// EXTERNAL MODULE: ./src/scan/starttls.ts
var starttls = __webpack_require__(2028);
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























const MAX_PROBE_BYTES = budgets/* SCAN_BUDGETS */.di.probeBytes;
function hex(bytes) {
    return [...bytes.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}
async function runProbe(endpoint, hello, limits, options = {}) {
    const started = Date.now();
    const elapsed = () => Date.now() - started;
    const opened = await connection/* Connection */.N.open({
        address: endpoint.address,
        port: endpoint.port,
        timeoutMs: limits.timeoutMs,
        deadline: limits.deadline,
        signal: limits.signal,
        maxBytes: MAX_PROBE_BYTES,
        beforeTls: (0,starttls/* starttlsUpgrade */._Y)(endpoint, limits.timeoutMs),
        sharedBytes: limits.readBudget
    });
    if (!(opened instanceof connection/* Connection */.N)) {
        if (opened.kind === 'unreachable')
            return { ...opened, durationMs: elapsed() };
        if (opened.kind === 'starttls')
            return { ...opened, kind: 'starttls-failed', durationMs: elapsed() };
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
        const reading = options.readCertificates || options.certificatesAlongside;
        const tls13 = reading && hello.kind === 'tls' ? TLS13_SUPPORT : null;
        const session = new ProbeSession(opened, hello, options, started, tls13);
        return await session.run();
    }
    catch (error) {
        return serverFault(error, elapsed());
    }
    finally {
        opened.close();
    }
}
/**
 * A decoder rejecting what the peer sent is a protocol error of that server; anything else is our bug and
 * propagates, so that it ends the run as an internal error instead of passing for a server property.
 */
function serverFault(error, durationMs) {
    if (!(0,server_fault/* isServerFault */.W)(error))
        throw error;
    // A record failing authentication is named as such: the cause of a TLS 1.3 certificate read that failed.
    const what = error instanceof aead/* DecryptionError */.OL ? `its encrypted flight could not be decrypted: ` : '';
    return {
        kind: 'protocol-error',
        message: `the server sent a malformed reply (${what}${error.message})`,
        ...budgetOf(error),
        durationMs
    };
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
    sawServerKeyExchange = false;
    receivedBytes = 0;
    flightMessages = 0;
    decryptor = null;
    secrets = new Map();
    clientHelloMessage = Buffer.alloc(0);
    sentSpec = null;
    retry = null;
    /** With `certificatesAlongside`: the answer at the ServerHello, while the probe reads on to the Certificate. */
    alongside = null;
    constructor(connection, hello, options, started, tls13) {
        this.connection = connection;
        this.hello = hello;
        this.options = options;
        this.started = started;
        this.tls13 = tls13;
        this.reply = new framing/* ReplyReader */.uo(hello.kind === 'sslv2', budgets/* SCAN_BUDGETS */.di.flightRecords);
    }
    elapsed() {
        return Date.now() - this.started;
    }
    async run() {
        let outcome;
        try {
            outcome = await this.read();
        }
        catch (error) {
            // Past the ServerHello, a malformed flight is what the certificate read found, not the hello's answer.
            if (!this.alongside)
                throw error;
            outcome = serverFault(error, this.elapsed());
        }
        return this.alongside ? { ...this.alongside, certificateRead: outcome } : outcome;
    }
    async read() {
        this.connection.write(this.encodeHello());
        let lastYield = Date.now();
        for (;;) {
            const result = await this.connection.read();
            if (result.kind !== 'data')
                return this.ended(result);
            const outcome = this.consume(result.chunk);
            if (outcome)
                return outcome;
            // Buffered chunks resolve without a macrotask: a peer that floods tiny records must not hold the event
            // loop, or other targets' timers fire late and their probes read as timeouts.
            if (Date.now() - lastYield >= budgets/* SCAN_BUDGETS */.di.yieldAfterMs) {
                await (0,promises_.setImmediate)();
                lastYield = Date.now();
            }
        }
    }
    encodeHello() {
        if (this.hello.kind === 'sslv2')
            return (0,client_hello/* encodeSslv2ClientHello */.aW)(this.hello.spec);
        // Fixed random and session id: a second ClientHello after a HelloRetryRequest must repeat them.
        let spec = {
            ...this.hello.spec,
            random: this.hello.spec.random ?? (0,client_hello/* helloRandom */.QN)(),
            sessionId: this.hello.spec.sessionId ?? (0,client_hello/* helloRandom */.QN)()
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
        this.clientHelloMessage = (0,client_hello/* encodeClientHello */.Wi)((0,client_hello/* clientHello */.Ye)(spec));
        return (0,record/* encodeRecords */.jc)(codepoints/* ContentType */.cM.handshake, spec.recordVersion ?? codepoints/* ProtocolVersion */.rg.TLSv1_0, this.clientHelloMessage);
    }
    /** How a read that brought no bytes ends the probe. */
    ended(result) {
        if (result.kind === 'overflow' && result.budget === 'shared') {
            // The target's budget, not this flight, ran out: nothing is learnt about what this hello selected.
            return {
                kind: 'protocol-error',
                message: `the scan stopped reading: ${(0,budgets/* describeBudget */.No)('target-bytes')} is spent`,
                budget: 'target-bytes',
                durationMs: this.elapsed()
            };
        }
        // A server that said ServerHello and then stopped selected something no client can go on with.
        if (this.serverHello && !(0,server_hello/* isHelloRetryRequest */.qw)(this.serverHello))
            return this.stoppedAfterServerHello(result);
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
                    message: `the server sent more than ${MAX_PROBE_BYTES} bytes without finishing its first flight (${(0,budgets/* describeBudget */.No)('probe-bytes')})`,
                    budget: 'probe-bytes',
                    durationMs
                };
            default: {
                const nonTls = this.firstBytes.length > 0 ? this.nonTlsDescription() : null;
                if (nonTls)
                    return nonTls;
                return {
                    kind: 'timeout',
                    reading: this.retry ? 'the ServerHello answering the second ClientHello' : 'the ServerHello',
                    receivedBytes: this.receivedBytes,
                    byDeadline: result.kind === 'deadline',
                    durationMs
                };
            }
        }
    }
    /**
     * The flight after a ServerHello ended before a client could go on. A close, a reset or an overflow is the
     * server's doing: what it selected is unusable. Silence is not proof (a loaded server, the target's deadline):
     * it ends as a timeout that says what was being read and how much had arrived, and nothing is counted.
     */
    stoppedAfterServerHello(result) {
        const tls13 = this.decryptor !== null || this.retry !== null;
        if (result.kind !== 'end' && result.kind !== 'reset' && result.kind !== 'overflow') {
            return {
                kind: 'timeout',
                reading: tls13
                    ? 'the encrypted flight after the ServerHello'
                    : 'the flight after the ServerHello (up to ServerHelloDone)',
                receivedBytes: this.receivedBytes,
                byDeadline: result.kind === 'deadline',
                durationMs: this.elapsed()
            };
        }
        const stopped = result.kind === 'end'
            ? 'closed the connection'
            : result.kind === 'reset'
                ? 'reset the connection'
                : `sent more than ${MAX_PROBE_BYTES} bytes (${(0,budgets/* describeBudget */.No)('probe-bytes')})`;
        const missing = tls13 ? 'its encrypted Certificate' : 'ServerHelloDone';
        return this.unusable(`the server ${stopped} after its ServerHello, before ${missing}`);
    }
    get firstBytes() {
        return this.reply.firstBytes;
    }
    /** For a reply whose first byte is no TLS content type: what it is, or a plain "not TLS" error. */
    nonTlsDescription() {
        const first = this.firstBytes[0];
        if ((0,framing/* classifyFirstByte */.B4)(first, false) === 'tls')
            return null;
        if (this.hello.kind === 'sslv2' && (0,record/* isSslv2Record */.OO)(this.firstBytes))
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
        this.receivedBytes += chunk.length;
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
            ...budgetOf(error),
            durationMs: this.elapsed()
        };
    }
    onSslv2(body) {
        if (body[0] === codepoints/* Sslv2MessageType */.KU.error) {
            const error = (0,sslv2/* decodeSslv2Error */.jo)(body);
            return {
                kind: 'alert',
                alert: { level: 'fatal', description: error.code, name: error.name },
                durationMs: this.elapsed()
            };
        }
        const hello = (0,sslv2/* decodeSslv2ServerHello */.Yh)(body);
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
            if (this.serverHello && !(0,server_hello/* isHelloRetryRequest */.qw)(this.serverHello)) {
                return this.unusable(`the server sent the alert ${alert.name} after its ServerHello`);
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
            const alert = this.decryptor.alert;
            if (alert)
                return this.unusable(`the server sent the alert ${alert.name} (encrypted) after its ServerHello`);
            return null;
        }
        throw new bytes/* DecodeError */.Xc(`unexpected record type ${record.type} during the handshake`);
    }
    /** Counts a handshake message of the flight; past the budget the probe ends, naming it. */
    overFlightBudget() {
        this.flightMessages++;
        if (this.flightMessages <= budgets/* SCAN_BUDGETS */.di.flightMessages)
            return null;
        return {
            kind: 'protocol-error',
            message: `the server sent more than ${budgets/* SCAN_BUDGETS */.di.flightMessages} handshake messages in one flight (${(0,budgets/* describeBudget */.No)('flight-messages')})`,
            budget: 'flight-messages',
            durationMs: this.elapsed()
        };
    }
    onHandshake(message) {
        const over = this.overFlightBudget();
        if (over)
            return over;
        const serverHello = this.serverHello;
        if (!serverHello) {
            if (message.type !== codepoints/* HandshakeType */.Yq.server_hello) {
                throw new bytes/* DecodeError */.Xc(`expected ServerHello, got handshake message type ${message.type}`);
            }
            return this.onServerHello(message);
        }
        // The end of the flight is known from the type alone; its (empty) body is not checked, as before.
        if (message.type === codepoints/* HandshakeType */.Yq.server_hello_done)
            return this.flightEnd(serverHello);
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
                this.sawServerKeyExchange = true;
                return null;
            }
            default:
                return null; // CertificateRequest and friends: not needed
        }
    }
    onServerHello(message) {
        const hello = (0,server_hello/* decodeServerHello */.EL)(message.body);
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
        if ((0,server_hello/* isHelloRetryRequest */.qw)(hello)) {
            if (this.retry) {
                // RFC 8446 §4.1.4: a client aborts on a second HelloRetryRequest; it has nothing left to change.
                return this.unusable('every TLS 1.3 hello is answered with another HelloRetryRequest');
            }
            const retried = this.retryForCertificates(hello, message.raw);
            if (retried)
                return null;
            return {
                kind: 'hello-retry',
                version: 'TLSv1.3',
                cipherSuite: hello.cipherSuite,
                group: (0,server_hello/* retryGroup */._I)(hello) ?? 0,
                durationMs: this.elapsed()
            };
        }
        if (version !== 'TLSv1.3')
            return null; // keep reading up to ServerHelloDone
        const keyShare = (0,server_hello/* serverKeyShare */.sB)(hello);
        this.group = keyShare?.group ?? null;
        const secret = keyShare ? this.secrets.get(keyShare.group) : undefined;
        const reading = this.options.readCertificates || this.options.certificatesAlongside;
        if (!reading || !this.tls13 || !secret || !keyShare)
            return this.accepted();
        if (this.options.certificatesAlongside && !this.options.readCertificates)
            this.alongside = this.accepted();
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
        const group = (0,server_hello/* retryGroup */._I)(hrr);
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
        const clientHello2 = (0,client_hello/* encodeClientHello */.Wi)((0,client_hello/* clientHello */.Ye)(second));
        this.retry = { clientHello1: this.clientHelloMessage, helloRetryRequest: hrrRaw, clientHello2 };
        this.clientHelloMessage = clientHello2;
        this.serverHello = null;
        this.serverHelloRaw = null;
        this.connection.write((0,record/* encodeRecords */.jc)(codepoints/* ContentType */.cM.handshake, codepoints/* ProtocolVersion */.rg.TLSv1_2, clientHello2));
        return true;
    }
    onTls13Encrypted(message) {
        const over = this.overFlightBudget();
        if (over)
            return over;
        if (message.type === codepoints/* HandshakeType */.Yq.certificate) {
            const decoded = decodeHandshake(message.type, message.body, codepoints/* ProtocolVersion */.rg.TLSv1_3);
            if (decoded.kind !== 'certificate')
                return null;
            this.certificates = decoded.message.certificates;
            this.ocspResponse = decoded.message.ocspResponse;
            const gap = flightGap({ version: 'TLSv1.3', certificates: this.certificates });
            return gap ? this.unusable(gap) : this.accepted();
        }
        if (message.type === codepoints/* HandshakeType */.Yq.certificate_verify || message.type === codepoints/* HandshakeType */.Yq.finished) {
            return this.accepted(); // a PSK or raw-key handshake without Certificate
        }
        return null;
    }
    /** ServerHelloDone (TLS <= 1.2): the flight is accepted only when it holds what the suite needs. */
    flightEnd(hello) {
        const gap = flightGap({
            version: (0,registry/* protocolNameOf */.Zt)(negotiatedVersion(hello)),
            cipherSuite: hello.cipherSuite,
            certificates: this.certificates,
            sawServerKeyExchange: this.sawServerKeyExchange
        });
        return gap ? this.unusable(gap) : this.accepted();
    }
    /** What the server selected, kept apart from what it accepted: `reason` says why no client could go on. */
    unusable(reason) {
        const hello = this.serverHello;
        return {
            kind: 'unusable',
            version: (0,registry/* protocolNameOf */.Zt)(negotiatedVersion(hello)) ?? 'TLSv1.3',
            cipherSuite: hello.cipherSuite,
            reason,
            durationMs: this.elapsed()
        };
    }
    accepted() {
        const hello = this.serverHello;
        if (!hello || (0,server_hello/* isHelloRetryRequest */.qw)(hello))
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
            // The certificates are detached as the target's store keeps them (certificate-store.ts).
            certificates: this.certificates,
            ocspResponse: this.ocspResponse && (0,detach/* detach */.Y)(this.ocspResponse),
            serverExtensions: hello.extensions.map((extension) => extension.type),
            sessionId: (0,detach/* detach */.Y)(hello.sessionId),
            serverRandom: (0,detach/* detach */.Y)(hello.random),
            compressionMethod: hello.compressionMethod,
            durationMs: this.elapsed()
        };
    }
}
/** The budget a decoder stopped at, for the outcome (a reply over it is not malformed, but too big to keep). */
function budgetOf(error) {
    if (error instanceof certificate/* TooManyCertificateEntries */.zo)
        return { budget: 'certificate-entries' };
    if (error instanceof framing/* TooManyRecords */.iq)
        return { budget: 'flight-records' };
    return {};
}
/** The version a ServerHello settles on: supported_versions in TLS 1.3, legacy_version before. */
function negotiatedVersion(hello) {
    return (0,server_hello/* selectedVersion */.S6)(hello) ?? hello.legacyVersion;
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

/***/ 2028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pn: () => (/* binding */ protocolLabel),
/* harmony export */   _Y: () => (/* binding */ starttlsUpgrade)
/* harmony export */ });
/* unused harmony export upgrade */
/* harmony import */ var _wire_starttls_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(654);

/** How the protocols are named in messages. */
const PROTOCOL_LABELS = {
    smtp: 'SMTP',
    imap: 'IMAP',
    pop3: 'POP3',
    ftp: 'FTP',
    ldap: 'LDAP',
    xmpp: 'XMPP',
    'xmpp-server': 'XMPP (server-to-server)',
    postgres: 'PostgreSQL',
    mysql: 'MySQL'
};
function protocolLabel(protocol) {
    return PROTOCOL_LABELS[protocol];
}
/** The name the dialogue asks for (XMPP's `to`): the SNI name, else the host as written. */
function serviceDomain(endpoint) {
    return endpoint.sni ?? endpoint.host;
}
/** The plain-text dialogue to run before TLS on this endpoint (undefined: TLS from the first byte). */
function starttlsUpgrade(endpoint, timeoutMs) {
    const protocol = endpoint.starttls;
    if (!protocol)
        return undefined;
    return (connection) => upgrade(connection, protocol, serviceDomain(endpoint), timeoutMs);
}
/** Runs the dialogue; null when the next bytes on the connection may be our ClientHello. Never throws for
 *  anything the server does. */
async function upgrade(connection, protocol, domain, timeoutMs) {
    const label = PROTOCOL_LABELS[protocol];
    const dialogue = (0,_wire_starttls_index_js__WEBPACK_IMPORTED_MODULE_0__/* .starttlsDialogue */ .k)(protocol, domain);
    const started = Date.now();
    const opening = dialogue.opening();
    if (opening)
        connection.write(opening);
    for (;;) {
        const read = await connection.read();
        if (read.kind === 'deadline' || read.kind === 'aborted')
            return { kind: read.kind };
        if (read.kind === 'timeout' || Date.now() - started > timeoutMs) {
            return {
                kind: 'starttls',
                code: 'STARTTLS_TIMEOUT',
                message: `the server did not finish its ${label} STARTTLS dialogue within ${timeoutMs} ms (${connection.bytesReceived} bytes received)`
            };
        }
        if (read.kind !== 'data') {
            const how = read.kind === 'reset' ? 'reset' : read.kind === 'end' ? 'closed' : 'overflowed';
            return {
                kind: 'starttls',
                code: 'STARTTLS_PROTOCOL',
                message: `the server ${how} the connection during its ${label} STARTTLS dialogue (after ${connection.bytesReceived} bytes)`,
                ...(how === 'overflowed' ? {} : { cut: how })
            };
        }
        const move = dialogue.receive(read.chunk);
        switch (move.kind) {
            case 'more':
                continue;
            case 'send':
                connection.write(move.bytes);
                continue;
            case 'ready':
                if (move.bytes)
                    connection.write(move.bytes);
                return null;
            case 'failed':
                return {
                    kind: 'starttls',
                    code: move.code,
                    message: `${label}: ${move.reason}${move.said ? ` ("${move.said}")` : ''}`
                };
        }
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

/***/ 255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ encodeClientHelloRecords),
/* harmony export */   QN: () => (/* binding */ helloRandom),
/* harmony export */   Wi: () => (/* binding */ encodeClientHello),
/* harmony export */   Ye: () => (/* binding */ clientHello),
/* harmony export */   aW: () => (/* binding */ encodeSslv2ClientHello),
/* harmony export */   kf: () => (/* binding */ decodeClientHello)
/* harmony export */ });
/* unused harmony exports offered, clientHelloExtensions, carries, decodeSslv2ClientHello */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1926);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5026);
/* harmony import */ var _extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9818);
/* harmony import */ var _extensions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8819);
/* harmony import */ var _handshake_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4664);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5340);
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
    const add = (codec, value) => void ext.push((0,_extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .extension */ .ck)(codec, value));
    const c = _extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ClientExtension */ .ZJ;
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
    if (spec.earlyData)
        add(c.earlyData, true);
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
    // RFC 8446 §4.2.11: pre_shared_key MUST be the last extension in the ClientHello.
    if (spec.preSharedKey)
        add(c.preSharedKey, spec.preSharedKey);
    return ext;
}
/** Bytes encodeClientHello(hello) makes, handshake header included, counted without encoding. */
function encodedLength(hello) {
    const fixed = 4 + 2 + 32 + 1 + hello.sessionId.length + 2 + 2 * hello.cipherSuites.length + 1;
    const block = hello.withoutExtensionsBlock
        ? 0
        : hello.extensions.reduce((sum, e) => sum + 4 + e.data.length, 2);
    return fixed + hello.compressionMethods.length + block;
}
/** 32 random bytes from a pool refilled a few KiB at a time: one randomBytes call per hello costs more than the rest of it. */
let randomPool = Buffer.alloc(0);
function helloRandom() {
    if (randomPool.length < 32)
        randomPool = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4096);
    const random = Buffer.from(randomPool.subarray(0, 32));
    randomPool = randomPool.subarray(32);
    return random;
}
/** The ClientHello a spec describes, padded (RFC 7685) to spec.padTo bytes of handshake message if asked. */
function clientHello(spec) {
    const random = spec.random ?? helloRandom();
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
    const length = encodedLength(hello);
    if (!spec.padTo || length >= spec.padTo)
        return hello;
    // The padding extension costs 4 bytes of header (plus 2 for a first extensions block).
    const overhead = extensions.length === 0 ? 6 : 4;
    const fill = Math.max(0, spec.padTo - length - overhead);
    // Padding goes last, except before a pre_shared_key, which must stay the last extension (RFC 8446 §4.2.11).
    const padding = (0,_extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .extension */ .ck)(_extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ClientExtension */ .ZJ.padding, fill);
    const last = extensions.at(-1);
    const padded = {
        ...hello,
        extensions: last?.type === _extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ClientExtension */ .ZJ.preSharedKey.type
            ? [...extensions.slice(0, -1), padding, last]
            : [...extensions, padding]
    };
    delete padded.withoutExtensionsBlock; // the padding extension needs a block
    return padded;
}
/** The ClientHello handshake message (4-byte handshake header included). */
function encodeClientHello(hello) {
    const w = new _bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .ByteWriter */ .U7()
        .u16(hello.legacyVersion)
        .bytes(hello.random)
        .vector8((s) => s.bytes(hello.sessionId))
        .vector16((s) => hello.cipherSuites.forEach((c) => s.u16(c)))
        .vector8((s) => hello.compressionMethods.forEach((c) => s.u8(c)));
    if (!hello.withoutExtensionsBlock)
        (0,_extensions_js__WEBPACK_IMPORTED_MODULE_4__/* .writeExtensions */ .cy)(w, hello.extensions);
    return (0,_handshake_js__WEBPACK_IMPORTED_MODULE_5__/* .encodeHandshake */ .u_)(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .HandshakeType */ .Yq.client_hello, w.finish());
}
/** The ClientHello of a spec framed as handshake records (record version 0x0301 unless the spec says otherwise). */
function encodeClientHelloRecords(spec) {
    return (0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .encodeRecords */ .jc)(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ContentType */ .cM.handshake, spec.recordVersion ?? _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ProtocolVersion */ .rg.TLSv1_0, encodeClientHello(clientHello(spec)));
}
/** The extensions whose bodies decodeClientHello checks at once: the ones the engine and test servers read. */
const CHECKED_ON_DECODE = new Map([
    _extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ClientExtension */ .ZJ.serverName,
    _extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ClientExtension */ .ZJ.supportedVersions,
    _extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ClientExtension */ .ZJ.supportedGroups,
    _extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ClientExtension */ .ZJ.keyShares,
    _extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ClientExtension */ .ZJ.signatureAlgorithms,
    _extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ClientExtension */ .ZJ.ecPointFormats,
    _extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ClientExtension */ .ZJ.alpn
].map((codec) => [
    codec.type,
    (data) => codec.decode(data)
]));
/** Decodes a ClientHello body (after the 4-byte handshake header); the extensions the table knows are checked. */
function decodeClientHello(body) {
    const r = new _bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .ByteReader */ .kP(body, 'ClientHello');
    const legacyVersion = r.u16();
    const random = r.bytes(32);
    const sessionId = r.vector8().rest();
    if (sessionId.length > 32)
        throw new _bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .DecodeError */ .Xc('ClientHello: session id longer than 32 bytes', 'over-limit');
    const suites = r.vector16('cipher_suites');
    if (suites.remaining % 2 !== 0)
        throw new _bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .DecodeError */ .Xc('ClientHello: odd cipher_suites length');
    const cipherSuites = [];
    while (!suites.done())
        cipherSuites.push(suites.u16());
    const compressionMethods = [...r.vector8().rest()];
    const withoutExtensionsBlock = r.done();
    const extensions = withoutExtensionsBlock ? [] : (0,_extensions_js__WEBPACK_IMPORTED_MODULE_4__/* .readExtensions */ .HW)(r);
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
    const challenge = hello.challenge ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16);
    const sessionId = hello.sessionId ?? Buffer.alloc(0);
    if (challenge.length < 16 || challenge.length > 32)
        throw new RangeError('SSLv2 challenge must be 16..32 bytes');
    const specs = new _bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .ByteWriter */ .U7();
    for (const kind of hello.cipherSpecs)
        specs.u24(kind);
    const specBytes = specs.finish();
    const body = new _bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .ByteWriter */ .U7()
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


/***/ }),

/***/ 6944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ decodeEncryptedExtensions)
/* harmony export */ });
/* unused harmony export encodeEncryptedExtensions */
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1926);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5026);
/* harmony import */ var _extensions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8819);
/* harmony import */ var _handshake_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4664);
// EncryptedExtensions (RFC 8446 §4.3.1): the first message of a TLS 1.3 server's encrypted flight, holding the
// extensions that need no key exchange (ALPN, server_name acknowledgement, supported_groups, early_data...).




/** Decodes an EncryptedExtensions body (after the 4-byte handshake header). */
function decodeEncryptedExtensions(body) {
    const r = new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteReader */ .kP(body, 'EncryptedExtensions');
    const extensions = (0,_extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .readExtensions */ .HW)(r);
    r.expectDone();
    return { extensions };
}
/** The EncryptedExtensions handshake message, header included. */
function encodeEncryptedExtensions(message) {
    const w = new ByteWriter();
    writeExtensions(w, message.extensions);
    return encodeHandshake(HandshakeType.encrypted_extensions, w.finish());
}


/***/ }),

/***/ 2951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ encodeFinished),
/* harmony export */   z: () => (/* binding */ decodeFinished)
/* harmony export */ });
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1926);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5026);
/* harmony import */ var _handshake_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4664);
// Finished (RFC 8446 §4.4.4, RFC 5246 §7.4.9): verify_data only, whose length is the suite's hash length in
// TLS 1.3 (12 bytes in TLS 1.2), so the body is taken whole; an empty one cannot be any suite's.



/** Decodes a Finished body (after the 4-byte handshake header). */
function decodeFinished(body) {
    if (body.length === 0)
        throw new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .DecodeError */ .Xc('Finished: empty verify_data', 'missing-data');
    return { verifyData: Buffer.from(body) };
}
/** The Finished handshake message, header included. */
function encodeFinished(message) {
    return (0,_handshake_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeHandshake */ .u_)(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .HandshakeType */ .Yq.finished, message.verifyData);
}


/***/ }),

/***/ 1231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ classifyFirstByte),
/* harmony export */   iq: () => (/* binding */ TooManyRecords),
/* harmony export */   uo: () => (/* binding */ ReplyReader)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5026);
/* harmony import */ var _byte_queue_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6697);
/* harmony import */ var _handshake_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4664);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5340);
/* harmony import */ var _sslv2_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8847);
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1926);
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
    if ((0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isKnownContentType */ .xc)(first))
        return 'tls';
    if (sslv2Expected && (first & 0x80) !== 0)
        return 'sslv2';
    return 'not-tls';
}
/** How many of the first bytes are kept to describe a peer that is not TLS. */
const FIRST_BYTES_KEPT = 64;
/** A reply in more records than the reader takes: each record costs work, so a flood of tiny ones is stopped. */
class TooManyRecords extends _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc {
    maxRecords;
    constructor(maxRecords) {
        super(`more than ${maxRecords} records in one reply (the flight-records budget)`);
        this.maxRecords = maxRecords;
    }
}
class ReplyReader {
    sslv2Expected;
    maxRecords;
    format = null;
    recordCount = 0;
    first = Buffer.alloc(0);
    records = new _record_js__WEBPACK_IMPORTED_MODULE_2__/* .RecordReader */ .Jd();
    handshake = new _handshake_js__WEBPACK_IMPORTED_MODULE_1__/* .HandshakeAssembler */ .c1();
    sslv2 = new _byte_queue_js__WEBPACK_IMPORTED_MODULE_5__/* .ByteQueue */ .y();
    /** `maxRecords`: TLS records read before next() throws TooManyRecords (default: no limit). */
    constructor(sslv2Expected, maxRecords = Infinity) {
        this.sslv2Expected = sslv2Expected;
        this.maxRecords = maxRecords;
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
            if (++this.recordCount > this.maxRecords)
                throw new TooManyRecords(this.maxRecords);
            if (record.type !== _codepoints_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ContentType */ .cM.handshake)
                return { kind: 'record', record };
            this.handshake.push(record.fragment);
        }
    }
    /** One SSLv2 record, in either header form (sslv2.ts). */
    nextSslv2() {
        const queue = this.sslv2;
        if (queue.length < 2)
            return null;
        const { headerLength, bodyLength } = (0,_sslv2_js__WEBPACK_IMPORTED_MODULE_3__/* .sslv2RecordLengths */ .JY)(queue.byteAt(0), queue.byteAt(1));
        if (queue.length < headerLength + bodyLength)
            return null;
        queue.take(headerLength);
        return { kind: 'sslv2', body: queue.take(bodyLength) };
    }
}


/***/ }),

/***/ 5340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jd: () => (/* binding */ RecordReader),
/* harmony export */   OO: () => (/* binding */ isSslv2Record),
/* harmony export */   dQ: () => (/* binding */ MAX_PLAINTEXT),
/* harmony export */   jc: () => (/* binding */ encodeRecords),
/* harmony export */   xc: () => (/* binding */ isKnownContentType)
/* harmony export */ });
/* unused harmony export MAX_RECORD_PAYLOAD */
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1926);
/* harmony import */ var _byte_queue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6697);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5026);
// TLS record layer framing (RFC 8446 §5.1, RFC 5246 §6.2). The engine reads plaintext records only up to the
// point where a handshake would turn encrypted, except TLS 1.3, whose encrypted records are handed to
// tls13/handshake-decryptor.ts. Reassembly from TCP chunks lives here; handshake reassembly in handshake.ts.



/** Largest plaintext fragment (2^14). */
const MAX_PLAINTEXT = 1 << 14;
/** Largest record the protocol allows on the wire: TLSCiphertext in TLS 1.2 may add 2048 bytes (RFC 5246 §6.2.3). */
const MAX_RECORD_PAYLOAD = MAX_PLAINTEXT + 2048;
const HEADER_LENGTH = 5;
/** Frames `payload` as records of `type`, splitting it into fragments of at most 2^14 bytes. */
function encodeRecords(type, version, payload) {
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
    return type >= _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentType */ .cM.change_cipher_spec && type <= _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentType */ .cM.heartbeat;
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
    pending = new _byte_queue_js__WEBPACK_IMPORTED_MODULE_2__/* .ByteQueue */ .y();
    push(chunk) {
        this.pending.push(chunk);
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
        const header = this.pending.take(HEADER_LENGTH);
        return { type: header[0], version: header.readUInt16BE(1), fragment: this.pending.take(length) };
    }
    checkHeader() {
        const type = this.pending.byteAt(0);
        const version = this.pending.uintAt(1, 2);
        const length = this.pending.uintAt(3, 2);
        if (!isKnownContentType(type))
            throw new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .DecodeError */ .Xc(`record: unknown content type ${type}`);
        if (version >> 8 !== 3)
            throw new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .DecodeError */ .Xc(`record: version 0x${version.toString(16)} is not SSL 3/TLS`);
        if (length > MAX_RECORD_PAYLOAD) {
            throw new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .DecodeError */ .Xc(`record: ${length} bytes is larger than the protocol allows (${MAX_RECORD_PAYLOAD})`, 'over-limit');
        }
        return length;
    }
}


/***/ }),

/***/ 4327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ isServerFault)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5026);
// Whose fault an exception is. Decoders throw DecodeError (DecryptionError for a record that fails
// authentication) for bytes the peer got wrong: the server's fault, reported as a malformed reply. Every other
// exception (a TypeError, a RangeError from our own code) is a bug of tls-gate and must not pass for a property
// of the server.

/** True when `error` says the peer sent bytes we cannot accept, false when it is a bug of ours. */
function isServerFault(error) {
    return error instanceof _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc;
}


/***/ }),

/***/ 5059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ decodeServerHello),
/* harmony export */   S6: () => (/* binding */ selectedVersion),
/* harmony export */   _I: () => (/* binding */ retryGroup),
/* harmony export */   eS: () => (/* binding */ downgradeSentinel),
/* harmony export */   qw: () => (/* binding */ isHelloRetryRequest),
/* harmony export */   sB: () => (/* binding */ serverKeyShare)
/* harmony export */ });
/* unused harmony exports HELLO_RETRY_REQUEST_RANDOM, encodeServerHello, serverHello */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1926);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5026);
/* harmony import */ var _extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9818);
/* harmony import */ var _extensions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8819);
/* harmony import */ var _handshake_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4664);
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
    return (0,_extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .findExtension */ .bW)(hello.extensions, _extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerExtension */ .n6.selectedVersion);
}
/** The server's key share (TLS 1.3 ServerHello), or null; always null for a HelloRetryRequest. */
function serverKeyShare(hello) {
    if (isHelloRetryRequest(hello))
        return null;
    return (0,_extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .findExtension */ .bW)(hello.extensions, _extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerExtension */ .n6.keyShare);
}
/** The group a HelloRetryRequest asks for, or null. */
function retryGroup(hello) {
    if (!isHelloRetryRequest(hello))
        return null;
    return (0,_extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .findExtension */ .bW)(hello.extensions, _extension_codecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ServerExtension */ .n6.retryGroup);
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
    const r = new _bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .ByteReader */ .kP(body, 'ServerHello');
    const legacyVersion = r.u16();
    const random = Buffer.from(r.bytes(32));
    const sessionId = Buffer.from(r.vector8().rest());
    if (sessionId.length > 32)
        throw new _bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .DecodeError */ .Xc('ServerHello: session id longer than 32 bytes', 'over-limit');
    const cipherSuite = r.u16();
    const compressionMethod = r.u8();
    // SSLv3 and some TLS 1.0 servers end the message here: no extensions block at all.
    const withoutExtensionsBlock = r.done();
    const extensions = withoutExtensionsBlock ? [] : (0,_extensions_js__WEBPACK_IMPORTED_MODULE_4__/* .readExtensions */ .HW)(r);
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


/***/ }),

/***/ 8847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JY: () => (/* binding */ sslv2RecordLengths),
/* harmony export */   Yh: () => (/* binding */ decodeSslv2ServerHello),
/* harmony export */   jo: () => (/* binding */ decodeSslv2Error)
/* harmony export */ });
/* unused harmony exports SSLV2_ERROR_NAMES, readSslv2Record, encodeSslv2ServerHello, encodeSslv2Error */
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1926);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5026);
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
    const r = new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteReader */ .kP(body, 'SSLv2 SERVER-HELLO');
    if (r.u8() !== _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Sslv2MessageType */ .KU.server_hello)
        throw new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .DecodeError */ .Xc('SSLv2 SERVER-HELLO: wrong message type');
    const sessionIdHit = r.u8() !== 0;
    const certificateType = r.u8();
    const version = r.u16();
    const certificateLength = r.u16();
    const cipherSpecsLength = r.u16();
    const connectionIdLength = r.u16();
    if (cipherSpecsLength % 3 !== 0)
        throw new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .DecodeError */ .Xc('SSLv2 SERVER-HELLO: cipher specs length not a multiple of 3');
    const certificate = Buffer.from(r.bytes(certificateLength));
    const specs = new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteReader */ .kP(r.bytes(cipherSpecsLength));
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
    const r = new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteReader */ .kP(body, 'SSLv2 ERROR');
    if (r.u8() !== _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Sslv2MessageType */ .KU.error)
        throw new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .DecodeError */ .Xc('SSLv2 ERROR: wrong message type');
    const code = r.u16();
    return { code, name: SSLV2_ERROR_NAMES[code] ?? `SSLv2 error ${code}` };
}
function sslv2Record(body) {
    if (body.length > 0x7fff)
        throw new RangeError('SSLv2 record too long');
    return Buffer.concat([Buffer.from([0x80 | (body.length >> 8), body.length & 0xff]), body]);
}


/***/ }),

/***/ 654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* reexport */ MAX_DIALOGUE_BYTES),
  k: () => (/* binding */ starttlsDialogue)
});

;// CONCATENATED MODULE: ./src/wire/starttls/dialogue.ts
// The shape every STARTTLS dialogue shares (src/wire/starttls/<protocol>.ts): a state machine fed the bytes the
// server sends, answering what to send next and whether TLS may start. It does no I/O (src/scan/starttls.ts
// runs it over a socket) and never throws for anything the server sends: every way a dialogue can end is a Move.
/** Most bytes a whole dialogue may receive before TLS starts: a generous EHLO or CAPABILITY answer fits. */
const MAX_DIALOGUE_BYTES = 64 * 1024;
/** How much of what a server said a message quotes. */
const EXCERPT_CHARS = 120;
/** A short, single-line excerpt of server text for messages (outputs escape it again for their medium). */
function excerpt(text) {
    const oneLine = text
        .replace(/[\r\n]+/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]/g, '?')
        .trim();
    return oneLine.length > EXCERPT_CHARS ? `${oneLine.slice(0, EXCERPT_CHARS)}...` : oneLine;
}
function failed(code, reason, said = null) {
    return { kind: 'failed', code, reason, said: said === null ? null : excerpt(said) };
}

// EXTERNAL MODULE: ./src/wire/bytes.ts
var bytes = __webpack_require__(5026);
;// CONCATENATED MODULE: ./src/wire/starttls/lines.ts
// A bounded line reader for the text protocols' dialogues (SMTP, IMAP, POP3, FTP): CRLF- or LF-terminated
// lines out of the bytes as they arrive, each at most MAX_LINE_BYTES, the whole dialogue at most
// MAX_DIALOGUE_LINES lines. Bytes are latin1: the commands and replies we read are ASCII, and anything else stays
// inert text.

/** Longer than any reply line the RFCs allow (SMTP: 512 octets, RFC 5321 §4.5.3.1.5), with room for servers
 *  that stretch it. */
const MAX_LINE_BYTES = 8192;
/** More lines than any greeting and capability list we read (an EHLO answer has a dozen). */
const MAX_DIALOGUE_LINES = 200;
class LineReader {
    pending = '';
    taken = 0;
    push(chunk) {
        this.pending += chunk.toString('latin1');
    }
    /** The next whole line without its line ending, or null until one has arrived. Throws DecodeError past the
     *  bounds (a line too long, too many lines). */
    next() {
        const end = this.pending.indexOf('\n');
        if (end < 0) {
            if (this.pending.length > MAX_LINE_BYTES)
                throw new bytes/* DecodeError */.Xc(`a line longer than ${MAX_LINE_BYTES} bytes`, 'over-limit');
            return null;
        }
        if (end > MAX_LINE_BYTES)
            throw new bytes/* DecodeError */.Xc(`a line longer than ${MAX_LINE_BYTES} bytes`, 'over-limit');
        if (++this.taken > MAX_DIALOGUE_LINES)
            throw new bytes/* DecodeError */.Xc(`more than ${MAX_DIALOGUE_LINES} lines`, 'over-limit');
        const line = this.pending.slice(0, end).replace(/\r$/, '');
        this.pending = this.pending.slice(end + 1);
        return line;
    }
    /** Bytes received and not yet taken as a line (after the go-ahead these would be the server's, not TLS). */
    get leftover() {
        return this.pending.length;
    }
}
/**
 * Collects the lines of one numbered reply. A line "NNN-" goes on, "NNN " (or just "NNN") ends it; FTP also
 * allows continuation lines that do not start with the code, which are kept as text.
 */
class NumberedReplyReader {
    lines = [];
    code = null;
    /** Adds a line; the whole reply when this line ended it. Throws DecodeError for a line that is no reply. */
    add(line) {
        const match = /^(\d{3})([ -]|$)(.*)$/.exec(line);
        if (this.code === null) {
            if (!match)
                throw new bytes/* DecodeError */.Xc('a reply that does not start with a 3-digit code');
            this.code = Number(match[1]);
        }
        this.lines.push(match ? match[3] : line);
        if (match && Number(match[1]) === this.code && match[2] !== '-') {
            const reply = { code: this.code, lines: this.lines };
            this.lines = [];
            this.code = null;
            return reply;
        }
        return null;
    }
}

;// CONCATENATED MODULE: ./src/wire/starttls/line-dialogue.ts
// What the line-based dialogues (SMTP, IMAP, POP3, FTP) share: the byte and line bounds, and the rule that a
// server says nothing between its go-ahead and our ClientHello (bytes there would be read as TLS; RFC 3207 §5
// and RFC 2595 §3.1 make a client discard them, we report them instead).



class LineDialogue {
    reader = new LineReader();
    received = 0;
    opening() {
        return null;
    }
    receive(chunk) {
        this.received += chunk.length;
        if (this.received > MAX_DIALOGUE_BYTES) {
            return failed('STARTTLS_PROTOCOL', `the server sent more than ${MAX_DIALOGUE_BYTES} bytes before TLS`);
        }
        this.reader.push(chunk);
        try {
            for (let line = this.reader.next(); line !== null; line = this.reader.next()) {
                const move = this.onLine(line);
                if (move.kind === 'more')
                    continue;
                if (move.kind === 'ready' && this.reader.leftover > 0) {
                    return failed('STARTTLS_PROTOCOL', 'the server sent bytes after its go-ahead, before the ClientHello');
                }
                return move;
            }
            return { kind: 'more' };
        }
        catch (error) {
            if (!(error instanceof bytes/* DecodeError */.Xc))
                throw error;
            return failed('STARTTLS_PROTOCOL', `the server's plain-text dialogue broke its bounds: ${error.message}`);
        }
    }
}
function command(text) {
    return Buffer.from(`${text}\r\n`, 'latin1');
}

;// CONCATENATED MODULE: ./src/wire/starttls/ftp.ts
// FTP AUTH TLS (RFC 4217 §4): the 220 greeting, AUTH TLS, 234.



/** Replies that say the command itself is unknown or not implemented (RFC 959 §4.2.1, RFC 2228). */
const NOT_OFFERED = new Set([500, 502, 504]);
class FtpDialogue extends LineDialogue {
    state = 'greeting';
    replies = new NumberedReplyReader();
    onLine(line) {
        const reply = this.replies.add(line);
        return reply ? this.onReply(reply) : { kind: 'more' };
    }
    onReply(reply) {
        const said = `${reply.code} ${reply.lines.join(' ')}`;
        if (this.state === 'greeting') {
            // 120 "service ready in n minutes" is followed by the 220.
            if (reply.code === 120)
                return { kind: 'more' };
            if (reply.code !== 220)
                return failed('STARTTLS_REFUSED', 'the server refused the session', said);
            this.state = 'auth';
            return { kind: 'send', bytes: command('AUTH TLS') };
        }
        if (reply.code === 234)
            return { kind: 'ready' };
        if (NOT_OFFERED.has(reply.code))
            return failed('STARTTLS_UNSUPPORTED', 'the server does not offer AUTH TLS', said);
        return failed('STARTTLS_REFUSED', 'the server refused AUTH TLS', said);
    }
}

;// CONCATENATED MODULE: ./src/wire/starttls/imap.ts
// IMAP STARTTLS (RFC 9051 §6.2.1, RFC 3501): the "* OK" greeting, CAPABILITY to see whether STARTTLS is
// offered, STARTTLS, the tagged OK.


const CAPABILITY_TAG = 'g1';
const STARTTLS_TAG = 'g2';
class ImapDialogue extends LineDialogue {
    state = 'greeting';
    capabilities = [];
    onLine(line) {
        switch (this.state) {
            case 'greeting':
                if (/^\* PREAUTH\b/i.test(line))
                    return failed('STARTTLS_REFUSED', 'the server pre-authenticated the session, STARTTLS is not allowed', line);
                if (!/^\* OK\b/i.test(line))
                    return failed('STARTTLS_REFUSED', 'the server refused the session', line);
                this.state = 'capability';
                return { kind: 'send', bytes: command(`${CAPABILITY_TAG} CAPABILITY`) };
            case 'capability':
                return this.onCapability(line);
            case 'starttls':
                if (line.startsWith('* '))
                    return { kind: 'more' };
                if (new RegExp(`^${STARTTLS_TAG} OK\\b`, 'i').test(line))
                    return { kind: 'ready' };
                return failed('STARTTLS_REFUSED', 'the server refused STARTTLS', line);
        }
    }
    onCapability(line) {
        const untagged = /^\* CAPABILITY (.*)$/i.exec(line);
        if (untagged) {
            this.capabilities.push(...untagged[1].split(' ').filter((word) => word !== ''));
            return { kind: 'more' };
        }
        if (line.startsWith('* '))
            return { kind: 'more' };
        if (!new RegExp(`^${CAPABILITY_TAG} OK\\b`, 'i').test(line))
            return failed('STARTTLS_REFUSED', 'the server refused CAPABILITY', line);
        if (!this.capabilities.some((capability) => capability.toUpperCase() === 'STARTTLS')) {
            return failed('STARTTLS_UNSUPPORTED', 'the server does not offer STARTTLS in its capabilities', this.capabilities.join(' '));
        }
        this.state = 'starttls';
        return { kind: 'send', bytes: command(`${STARTTLS_TAG} STARTTLS`) };
    }
}

;// CONCATENATED MODULE: ./src/wire/starttls/ber.ts
// The few BER pieces LDAP's StartTLS needs (X.690 §8.1): one tag-length-value at a time, bounded by the buffer
// it is read from, and the encoder of a definite-length TLV. Single-byte tags only (LDAP uses no others).

/** The TLV at `offset`, or null when the buffer ends before it does (wait for more bytes). */
function readTlv(buffer, offset = 0) {
    if (buffer.length < offset + 2)
        return null;
    const tag = buffer[offset];
    if ((tag & 0x1f) === 0x1f)
        throw new bytes/* DecodeError */.Xc('a multi-byte BER tag');
    const first = buffer[offset + 1];
    let length = first;
    let header = 2;
    if (first & 0x80) {
        const count = first & 0x7f;
        if (count === 0)
            throw new bytes/* DecodeError */.Xc('an indefinite BER length');
        if (count > 3)
            throw new bytes/* DecodeError */.Xc(`a BER length of ${count} bytes`, 'over-limit');
        if (buffer.length < offset + 2 + count)
            return null;
        length = buffer.readUIntBE(offset + 2, count);
        header += count;
    }
    const end = offset + header + length;
    if (buffer.length < end)
        return null;
    return { tag, value: buffer.subarray(offset + header, end), end };
}
/** The TLV at `offset` of a value that must hold it whole (a field inside a complete message). */
function requireTlv(buffer, offset, tag, what) {
    const tlv = readTlv(buffer, offset);
    if (!tlv)
        throw new bytes/* DecodeError */.Xc(`${what} runs past its message`, 'missing-data');
    if (tlv.tag !== tag)
        throw new bytes/* DecodeError */.Xc(`${what} has tag 0x${tlv.tag.toString(16)}, not 0x${tag.toString(16)}`);
    return tlv;
}
function encodeTlv(tag, value) {
    const length = value.length;
    const header = length < 0x80
        ? Buffer.from([tag, length])
        : length < 0x100
            ? Buffer.from([tag, 0x81, length])
            : Buffer.from([tag, 0x82, length >> 8, length & 0xff]);
    return Buffer.concat([header, value]);
}
/** A non-negative INTEGER's content octets (minimal, with a leading zero when the high bit is set). */
function integerContent(value) {
    const bytes = [];
    let rest = value;
    do {
        bytes.unshift(rest & 0xff);
        rest = Math.floor(rest / 256);
    } while (rest > 0);
    if (bytes[0] & 0x80)
        bytes.unshift(0);
    return Buffer.from(bytes);
}
function integerValue(content) {
    if (content.length === 0 || content.length > 4)
        throw new bytes/* DecodeError */.Xc(`an INTEGER of ${content.length} bytes`);
    return content.readIntBE(0, content.length);
}

;// CONCATENATED MODULE: ./src/wire/starttls/ldap.ts
// LDAP StartTLS (RFC 4511 §4.14): the client sends the StartTLS ExtendedRequest (requestName
// 1.3.6.1.4.1.1466.20037); resultCode success (0) in the ExtendedResponse lets TLS start. protocolError (2)
// is the server not knowing the operation (RFC 4511 §4.12: an unrecognized extended operation); any other code
// is a refusal (unavailable, operationsError while a bind is in progress, ...). A Notice of Disconnection
// (message id 0, §4.4.1) is the server closing instead.



const START_TLS_OID = '1.3.6.1.4.1.1466.20037';
const SEQUENCE = 0x30;
const INTEGER = 0x02;
const ENUMERATED = 0x0a;
const OCTET_STRING = 0x04;
/** [APPLICATION 23] and [APPLICATION 24], constructed. */
const EXTENDED_REQUEST = 0x77;
const EXTENDED_RESPONSE = 0x78;
/** requestName [0], primitive. */
const REQUEST_NAME = 0x80;
const MESSAGE_ID = 1;
const SUCCESS = 0;
const PROTOCOL_ERROR = 2;
function encodeStartTlsRequest(messageId = MESSAGE_ID) {
    const request = encodeTlv(EXTENDED_REQUEST, encodeTlv(REQUEST_NAME, Buffer.from(START_TLS_OID, 'latin1')));
    return encodeTlv(SEQUENCE, Buffer.concat([encodeTlv(INTEGER, integerContent(messageId)), request]));
}
/** Decodes one whole LDAPMessage holding an ExtendedResponse; null until the message has arrived whole. */
function decodeExtendedResponse(buffer) {
    const message = readTlv(buffer);
    if (!message)
        return null;
    if (message.tag !== SEQUENCE)
        throw new bytes/* DecodeError */.Xc('the answer is not an LDAPMessage (no SEQUENCE)');
    const id = requireTlv(message.value, 0, INTEGER, 'messageID');
    const op = requireTlv(message.value, id.end, EXTENDED_RESPONSE, 'the ExtendedResponse');
    const code = requireTlv(op.value, 0, ENUMERATED, 'resultCode');
    const matched = requireTlv(op.value, code.end, OCTET_STRING, 'matchedDN');
    const diagnostic = requireTlv(op.value, matched.end, OCTET_STRING, 'diagnosticMessage');
    return {
        response: {
            messageId: integerValue(id.value),
            resultCode: integerValue(code.value),
            diagnosticMessage: diagnostic.value.toString('utf8')
        },
        end: message.end
    };
}
class LdapDialogue {
    buffered = Buffer.alloc(0);
    opening() {
        return encodeStartTlsRequest();
    }
    receive(chunk) {
        this.buffered = Buffer.concat([this.buffered, chunk]);
        if (this.buffered.length > MAX_DIALOGUE_BYTES)
            return failed('STARTTLS_PROTOCOL', `the server sent more than ${MAX_DIALOGUE_BYTES} bytes before TLS`);
        let decoded;
        try {
            decoded = decodeExtendedResponse(this.buffered);
        }
        catch (error) {
            if (!(error instanceof bytes/* DecodeError */.Xc))
                throw error;
            return failed('STARTTLS_PROTOCOL', `the server's answer to StartTLS is malformed: ${error.message}`);
        }
        if (!decoded)
            return { kind: 'more' };
        const { response, end } = decoded;
        const said = `resultCode ${response.resultCode}${response.diagnosticMessage ? `: ${response.diagnosticMessage}` : ''}`;
        if (response.messageId === 0)
            return failed('STARTTLS_REFUSED', 'the server sent a Notice of Disconnection', said);
        if (response.messageId !== MESSAGE_ID)
            return failed('STARTTLS_PROTOCOL', `the server answered message ${response.messageId}, not ${MESSAGE_ID}`);
        if (response.resultCode === PROTOCOL_ERROR)
            return failed('STARTTLS_UNSUPPORTED', 'the server does not support the StartTLS operation', said);
        if (response.resultCode !== SUCCESS)
            return failed('STARTTLS_REFUSED', 'the server refused StartTLS', said);
        if (end !== this.buffered.length)
            return failed('STARTTLS_PROTOCOL', 'the server sent bytes after its StartTLS answer, before the ClientHello');
        return { kind: 'ready' };
    }
}

;// CONCATENATED MODULE: ./src/wire/starttls/mysql.ts
// MySQL / MariaDB TLS (MySQL client/server protocol, "Initial Handshake" and "SSL Handshake"): the server
// speaks first with its initial handshake packet (protocol version 10) whose capability flags say whether it
// offers TLS (CLIENT_SSL); the client answers with the 32-byte SSLRequest packet and starts TLS right away (no
// answer from the server). A server that refuses the client (host blocked, too many connections) sends an ERR
// packet (0xff) instead.


/** Capability flags of the MySQL protocol ("Capabilities Flags"). */
const CLIENT_PROTOCOL_41 = 0x0200;
const CLIENT_SSL = 0x0800;
const CLIENT_SECURE_CONNECTION = 0x8000;
const UTF8_GENERAL_CI = 33;
/** Largest packet we say we accept (16 MiB, the protocol's own limit per packet). */
const MAX_PACKET = 0xffffff;
/** Decodes the payload of the initial handshake packet, as far as the capability flags. */
function decodeGreeting(payload) {
    const protocolVersion = payload[0];
    if (protocolVersion !== 10)
        throw new bytes/* DecodeError */.Xc(`protocol version ${protocolVersion ?? 'missing'}, not 10`);
    const nul = payload.indexOf(0, 1);
    if (nul < 0 || nul > 256)
        throw new bytes/* DecodeError */.Xc('server version is not NUL-terminated');
    const serverVersion = payload.subarray(1, nul).toString('latin1');
    // After the version: connection id (4), auth-plugin-data part 1 (8), filler (1), then the flags' low half;
    // character set (1) and status (2) come before the high half. Multi-byte fields are little-endian.
    const low = nul + 1 + 4 + 8 + 1;
    if (payload.length < low + 2)
        throw new bytes/* DecodeError */.Xc('the packet ends before the capability flags', 'missing-data');
    const high = low + 2 + 1 + 2;
    const upper = payload.length >= high + 2 ? payload.readUInt16LE(high) : 0;
    return { protocolVersion, serverVersion, capabilities: ((upper << 16) | payload.readUInt16LE(low)) >>> 0 };
}
/** The SSLRequest packet (sequence 1): our capability flags with CLIENT_SSL, max packet size, character set. */
function encodeSslRequest() {
    const payload = Buffer.alloc(32);
    payload.writeUInt32LE(CLIENT_SSL | CLIENT_PROTOCOL_41 | CLIENT_SECURE_CONNECTION, 0);
    payload.writeUInt32LE(MAX_PACKET, 4);
    payload[8] = UTF8_GENERAL_CI;
    const header = Buffer.from([payload.length, 0, 0, 1]);
    return Buffer.concat([header, payload]);
}
class MysqlDialogue {
    buffered = Buffer.alloc(0);
    opening() {
        return null;
    }
    receive(chunk) {
        this.buffered = Buffer.concat([this.buffered, chunk]);
        if (this.buffered.length < 4)
            return { kind: 'more' };
        const length = this.buffered.readUIntLE(0, 3);
        if (length > MAX_DIALOGUE_BYTES)
            return failed('STARTTLS_PROTOCOL', `the server's first packet announces ${length} bytes`);
        if (this.buffered.length < 4 + length)
            return { kind: 'more' };
        if (this.buffered.length > 4 + length)
            return failed('STARTTLS_PROTOCOL', 'the server sent more than its initial handshake packet');
        const payload = this.buffered.subarray(4);
        if (payload[0] === 0xff) {
            // ERR packet: 0xff, error code (2), then "#" and a 5-character SQL state, then the message.
            const text = payload
                .subarray(3)
                .toString('utf8')
                .replace(/^#\w{5}/, '');
            return failed('STARTTLS_REFUSED', 'the server refused the connection', text);
        }
        let greeting;
        try {
            greeting = decodeGreeting(payload);
        }
        catch (error) {
            if (!(error instanceof bytes/* DecodeError */.Xc))
                throw error;
            return failed('STARTTLS_PROTOCOL', `the server's initial handshake is malformed: ${error.message}`);
        }
        if ((greeting.capabilities & CLIENT_SSL) === 0) {
            return failed('STARTTLS_UNSUPPORTED', 'the server does not offer TLS (no CLIENT_SSL in its capability flags)', greeting.serverVersion);
        }
        return { kind: 'ready', bytes: encodeSslRequest() };
    }
}

;// CONCATENATED MODULE: ./src/wire/starttls/pop3.ts
// POP3 STLS (RFC 2595 §4): the +OK greeting, CAPA (RFC 2449) to see whether STLS is offered, STLS, +OK.


class Pop3Dialogue extends LineDialogue {
    state = 'greeting';
    capabilities = [];
    onLine(line) {
        switch (this.state) {
            case 'greeting':
                if (!line.startsWith('+OK'))
                    return failed('STARTTLS_REFUSED', 'the server refused the session', line);
                this.state = 'capa-status';
                return { kind: 'send', bytes: command('CAPA') };
            case 'capa-status':
                // A server without CAPA may still know STLS: ask.
                if (!line.startsWith('+OK'))
                    return this.stls();
                this.state = 'capa-list';
                return { kind: 'more' };
            case 'capa-list':
                if (line !== '.') {
                    this.capabilities.push(line.trim());
                    return { kind: 'more' };
                }
                if (!this.capabilities.some((capability) => /^STLS\b/i.test(capability))) {
                    return failed('STARTTLS_UNSUPPORTED', 'the server does not offer STLS in its CAPA answer', this.capabilities.join(' '));
                }
                return this.stls();
            case 'stls':
                if (line.startsWith('+OK'))
                    return { kind: 'ready' };
                return failed('STARTTLS_REFUSED', 'the server refused STLS', line);
        }
    }
    stls() {
        this.state = 'stls';
        return { kind: 'send', bytes: command('STLS') };
    }
}

;// CONCATENATED MODULE: ./src/wire/starttls/postgres.ts
// PostgreSQL SSLRequest (PostgreSQL protocol docs, "SSL Session Encryption"): the client sends the 8-byte
// SSLRequest (length 8, code 80877103); the server answers one byte, 'S' (go on with TLS) or 'N' (no TLS). An
// older server may answer an ErrorResponse ('E') instead.

/** The SSLRequest code: 1234 in the high 16 bits, 5679 in the low (the docs' 80877103). */
const SSL_REQUEST_CODE = 80877103;
function postgres_encodeSslRequest() {
    const request = Buffer.alloc(8);
    request.writeUInt32BE(8, 0);
    request.writeUInt32BE(SSL_REQUEST_CODE, 4);
    return request;
}
class PostgresDialogue {
    opening() {
        return postgres_encodeSslRequest();
    }
    receive(chunk) {
        if (chunk.length === 0)
            return { kind: 'more' };
        const answer = chunk[0];
        if (answer === 0x53 /* 'S' */) {
            // Bytes after the 'S' would be read as TLS: CVE-2021-23214 is a server buffering them.
            if (chunk.length > 1)
                return failed('STARTTLS_PROTOCOL', 'the server sent bytes after its SSLRequest answer, before the ClientHello');
            return { kind: 'ready' };
        }
        if (answer === 0x4e /* 'N' */)
            return failed('STARTTLS_UNSUPPORTED', 'the server answered the SSLRequest with N (no TLS)');
        if (answer === 0x45 /* 'E' */) {
            return failed('STARTTLS_REFUSED', 'the server answered the SSLRequest with an error', errorText(chunk));
        }
        return failed('STARTTLS_PROTOCOL', `the server answered the SSLRequest with byte 0x${answer.toString(16)}`);
    }
}
/** The message fields (type 'M') of an ErrorResponse, or its printable bytes when it is cut short. */
function errorText(message) {
    const fields = message.subarray(5).toString('latin1').split('\0');
    const text = fields.find((field) => field.startsWith('M'));
    return text ? text.slice(1) : message.subarray(1).toString('latin1');
}

;// CONCATENATED MODULE: ./src/wire/starttls/smtp.ts
// SMTP STARTTLS (RFC 3207): the 220 greeting, EHLO, STARTTLS in the EHLO keywords, STARTTLS, 220.
// Also submission (RFC 6409, port 587): the same dialogue.



/** The name we say EHLO with: a reserved name (RFC 2606), so no server mistakes it for a real client's. */
const EHLO_NAME = 'tls-gate.invalid';
class SmtpDialogue extends LineDialogue {
    state = 'greeting';
    replies = new NumberedReplyReader();
    onLine(line) {
        const reply = this.replies.add(line);
        return reply ? this.onReply(reply) : { kind: 'more' };
    }
    onReply(reply) {
        const said = `${reply.code} ${reply.lines.join(' ')}`;
        switch (this.state) {
            case 'greeting':
                if (reply.code !== 220)
                    return failed('STARTTLS_REFUSED', 'the server refused the session', said);
                this.state = 'ehlo';
                return { kind: 'send', bytes: command(`EHLO ${EHLO_NAME}`) };
            case 'ehlo':
                if (reply.code !== 250)
                    return failed('STARTTLS_REFUSED', 'the server refused EHLO', said);
                // The first line is the server's name; the keywords follow, one per line (RFC 5321 §4.1.1.1).
                if (!reply.lines.slice(1).some((keyword) => /^STARTTLS\b/i.test(keyword.trim()))) {
                    return failed('STARTTLS_UNSUPPORTED', 'the server does not offer STARTTLS in its EHLO answer', said);
                }
                this.state = 'starttls';
                return { kind: 'send', bytes: command('STARTTLS') };
            case 'starttls':
                if (reply.code !== 220)
                    return failed('STARTTLS_REFUSED', 'the server refused STARTTLS', said);
                return { kind: 'ready' };
        }
    }
}

;// CONCATENATED MODULE: ./src/wire/starttls/xmpp.ts
// XMPP STARTTLS (RFC 6120 §5.4): the client opens the stream (to = the service's domain), reads the server's
// stream header and <stream:features>, which must hold <starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>,
// sends <starttls/> and waits for <proceed/> (or <failure/>). Client-to-server streams use the jabber:client
// namespace, server-to-server streams jabber:server (RFC 6120 §4.8.2). No XML parser: the few elements we
// need are recognised by pattern inside a bounded buffer, and nothing the server sends is interpreted further.

const TLS_NAMESPACE = 'urn:ietf:params:xml:ns:xmpp-tls';
/** XML-escapes an attribute value (a domain name here, which holds none of these, but never trust that). */
function attribute(value) {
    return value.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function encodeStreamHeader(domain, server) {
    const namespace = server ? 'jabber:server' : 'jabber:client';
    return Buffer.from(`<?xml version='1.0'?><stream:stream xmlns='${namespace}' xmlns:stream='http://etherx.jabber.org/streams' ` +
        `to='${attribute(domain)}' version='1.0'>`, 'utf8');
}
const STARTTLS_ELEMENT = Buffer.from(`<starttls xmlns='${TLS_NAMESPACE}'/>`, 'utf8');
const FEATURES_END = /<\/(?:[\w-]+:)?features\s*>|<(?:[\w-]+:)?features\b[^>]*\/>/;
const STREAM_ERROR = /<(?:[\w-]+:)?error\b[\s\S]*?<\/(?:[\w-]+:)?error\s*>|<\/(?:[\w-]+:)?stream\s*>/;
const STARTTLS_FEATURE = new RegExp(`<starttls\\b[^>]*xmlns\\s*=\\s*(['"])${TLS_NAMESPACE}\\1`);
const PROCEED = new RegExp(`<proceed\\b[^>]*xmlns\\s*=\\s*(['"])${TLS_NAMESPACE}\\1[^>]*(?:/>|>\\s*</proceed\\s*>)`);
const FAILURE = /<failure\b[^>]*(?:\/>|>[\s\S]*?<\/failure\s*>)/;
class XmppDialogue {
    domain;
    server;
    text = '';
    received = 0;
    state = 'features';
    constructor(domain, server) {
        this.domain = domain;
        this.server = server;
    }
    opening() {
        return encodeStreamHeader(this.domain, this.server);
    }
    receive(chunk) {
        this.received += chunk.length;
        if (this.received > MAX_DIALOGUE_BYTES)
            return failed('STARTTLS_PROTOCOL', `the server sent more than ${MAX_DIALOGUE_BYTES} bytes before TLS`);
        this.text += chunk.toString('utf8');
        return this.state === 'features' ? this.features() : this.proceed();
    }
    features() {
        const error = STREAM_ERROR.exec(this.text);
        if (error)
            return failed('STARTTLS_REFUSED', 'the server closed the stream with an error', error[0]);
        const end = FEATURES_END.exec(this.text);
        if (!end)
            return { kind: 'more' };
        const features = this.text.slice(0, end.index + end[0].length);
        if (!STARTTLS_FEATURE.test(features)) {
            const list = /<(?:[\w-]+:)?features\b[\s\S]*$/.exec(features)?.[0] ?? features;
            return failed('STARTTLS_UNSUPPORTED', 'the server does not offer STARTTLS in its stream features', list);
        }
        this.text = this.text.slice(features.length);
        this.state = 'proceed';
        return this.text.trim() === '' ? { kind: 'send', bytes: STARTTLS_ELEMENT } : this.unexpected();
    }
    proceed() {
        const proceed = PROCEED.exec(this.text);
        if (proceed) {
            if (this.text.slice(proceed.index + proceed[0].length).trim() !== '') {
                return failed('STARTTLS_PROTOCOL', 'the server sent bytes after <proceed/>, before the ClientHello');
            }
            return { kind: 'ready' };
        }
        const refusal = FAILURE.exec(this.text) ?? STREAM_ERROR.exec(this.text);
        if (refusal)
            return failed('STARTTLS_REFUSED', 'the server refused STARTTLS', refusal[0]);
        return { kind: 'more' };
    }
    unexpected() {
        return failed('STARTTLS_PROTOCOL', 'the server sent more than its stream features before our <starttls/>', this.text);
    }
}

;// CONCATENATED MODULE: ./src/wire/starttls/index.ts









/** A fresh dialogue for one connection; `domain` is the name XMPP's stream header asks for. */
function starttlsDialogue(protocol, domain) {
    switch (protocol) {
        case 'smtp':
            return new SmtpDialogue();
        case 'imap':
            return new ImapDialogue();
        case 'pop3':
            return new Pop3Dialogue();
        case 'ftp':
            return new FtpDialogue();
        case 'ldap':
            return new LdapDialogue();
        case 'xmpp':
            return new XmppDialogue(domain, false);
        case 'xmpp-server':
            return new XmppDialogue(domain, true);
        case 'postgres':
            return new PostgresDialogue();
        case 'mysql':
            return new MysqlDialogue();
    }
}


/***/ }),

/***/ 7472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ recordNonce),
/* harmony export */   C6: () => (/* binding */ openRecord),
/* harmony export */   My: () => (/* binding */ tls13Suite),
/* harmony export */   OL: () => (/* binding */ DecryptionError),
/* harmony export */   uH: () => (/* binding */ stripInnerPlaintext),
/* harmony export */   xe: () => (/* binding */ sealRecord)
/* harmony export */ });
/* unused harmony export TLS13_SUITES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1926);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5026);
// TLS 1.3 record protection (RFC 8446 §5.2-5.4): per-record nonce = write_iv XOR the 64-bit sequence number,
// additional data = the record header, plaintext = content || content type || zero padding.



/** The TLS 1.3 suites whose records Node's OpenSSL can open (RFC 8446 §B.4). */
const SUITES = [
    {
        code: _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CipherSuite */ .GR.TLS_AES_128_GCM_SHA256,
        hash: 'sha256',
        cipher: 'aes-128-gcm',
        keyLength: 16,
        tagLength: 16,
        ccm: false
    },
    {
        code: _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CipherSuite */ .GR.TLS_AES_256_GCM_SHA384,
        hash: 'sha384',
        cipher: 'aes-256-gcm',
        keyLength: 32,
        tagLength: 16,
        ccm: false
    },
    {
        code: _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CipherSuite */ .GR.TLS_CHACHA20_POLY1305_SHA256,
        hash: 'sha256',
        cipher: 'chacha20-poly1305',
        keyLength: 32,
        tagLength: 16,
        ccm: false
    },
    {
        code: _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CipherSuite */ .GR.TLS_AES_128_CCM_SHA256,
        hash: 'sha256',
        cipher: 'aes-128-ccm',
        keyLength: 16,
        tagLength: 16,
        ccm: true
    },
    {
        code: _codepoints_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CipherSuite */ .GR.TLS_AES_128_CCM_8_SHA256,
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
class DecryptionError extends _bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .DecodeError */ .Xc {
    constructor(message = 'encrypted record failed authentication (bad_record_mac)') {
        super(message);
        this.name = 'DecryptionError';
    }
}
/** Opens one protected record body; throws DecryptionError when authentication fails (bad_record_mac). */
function openRecord(suite, key, nonce, header, body) {
    if (body.length < suite.tagLength)
        throw new _bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .DecodeError */ .Xc('encrypted record shorter than its tag', 'missing-data');
    const ciphertext = body.subarray(0, body.length - suite.tagLength);
    const tag = body.subarray(body.length - suite.tagLength);
    // The cipher name decides the overload; the union type is narrowed by hand here. Key, nonce and tag lengths
    // are ours, so an exception before final() is our bug and propagates.
    const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)(suite.cipher, key, nonce, authTagLengthOptions(suite));
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
    const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)(suite.cipher, key, nonce, authTagLengthOptions(suite));
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
        throw new _bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .DecodeError */ .Xc('encrypted record has no content type (all padding)');
    return { type: inner[end], content: inner.subarray(0, end) };
}


/***/ }),

/***/ 6160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ trafficKeys),
/* harmony export */   BP: () => (/* binding */ transcriptHash),
/* harmony export */   Dz: () => (/* binding */ pskBinder),
/* harmony export */   Fu: () => (/* binding */ resumptionMasterSecret),
/* harmony export */   Hx: () => (/* binding */ hashLength),
/* harmony export */   Sb: () => (/* binding */ applicationSecrets),
/* harmony export */   TX: () => (/* binding */ earlySecretOf),
/* harmony export */   ah: () => (/* binding */ finishedVerifyData),
/* harmony export */   j9: () => (/* binding */ ticketPsk),
/* harmony export */   pr: () => (/* binding */ handshakeSecrets),
/* harmony export */   uj: () => (/* binding */ clientEarlyTrafficSecret)
/* harmony export */ });
/* unused harmony exports hkdfExtract, hkdfExpand, hkdfExpandLabel, deriveSecret, finishedKey, resumptionBinderKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5026);
// The TLS 1.3 key schedule (RFC 8446 §7.1) and the traffic keys derived from it (§7.3): the handshake traffic
// secrets (all a certificate read needs), and for the 0-RTT probe the rest of it: the master secret, the
// application traffic secrets, Finished (§4.4.4), the resumption secret and ticket PSK (§4.6.1), and from a PSK
// the early secret, the binder (§4.2.11.2) and the client early traffic secret.
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(messages).digest();
}
/** HKDF-Extract(salt, IKM) (RFC 5869 §2.2). */
function hkdfExtract(hash, salt, ikm) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)(hash, salt.length > 0 ? salt : Buffer.alloc(hashLength(hash)))
        .update(ikm)
        .digest();
}
/** HKDF-Expand(PRK, info, L) (RFC 5869 §2.3). */
function hkdfExpand(hash, prk, info, length) {
    const blocks = [];
    let previous = Buffer.alloc(0);
    let total = 0;
    for (let counter = 1; total < length; counter++) {
        previous = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)(hash, prk)
            .update(Buffer.concat([previous, info, Buffer.from([counter])]))
            .digest();
        blocks.push(previous);
        total += previous.length;
    }
    return Buffer.concat(blocks).subarray(0, length);
}
/** HKDF-Expand-Label(Secret, Label, Context, Length) with the "tls13 " prefix (RFC 8446 §7.1). */
function hkdfExpandLabel(hash, secret, label, context, length) {
    const info = new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteWriter */ .U7()
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
/** Early Secret = HKDF-Extract(0, PSK), with a PSK of zeros when there is none (RFC 8446 §7.1). */
function earlySecretOf(hash, psk) {
    const zeros = Buffer.alloc(hashLength(hash));
    return hkdfExtract(hash, zeros, psk ?? zeros);
}
/**
 * The handshake secrets: the handshake secret from the early secret (from zeros without a PSK) and the (EC)DHE
 * shared secret, and the two traffic secrets over the transcript ClientHello..ServerHello.
 */
function handshakeSecrets(hash, sharedSecret, helloTranscript, earlySecret = earlySecretOf(hash)) {
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
/** finished_key = HKDF-Expand-Label(BaseKey, "finished", "", Hash.length) (RFC 8446 §4.4.4). */
function finishedKey(hash, baseKey) {
    return hkdfExpandLabel(hash, baseKey, 'finished', Buffer.alloc(0), hashLength(hash));
}
/** verify_data = HMAC(finished_key, Transcript-Hash(messages)) (RFC 8446 §4.4.4); binders use it too (§4.2.11.2). */
function finishedVerifyData(hash, baseKey, messages) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)(hash, finishedKey(hash, baseKey)).update(transcriptHash(hash, messages)).digest();
}
/**
 * Master Secret = HKDF-Extract(Derive-Secret(Handshake Secret, "derived", ""), 0), and the application traffic
 * secrets over the transcript ClientHello..server Finished (RFC 8446 §7.1).
 */
function applicationSecrets(hash, handshakeSecret, throughServerFinished) {
    const derived = deriveSecret(hash, handshakeSecret, 'derived', Buffer.alloc(0));
    const masterSecret = hkdfExtract(hash, derived, Buffer.alloc(hashLength(hash)));
    return {
        masterSecret,
        clientApplicationTrafficSecret: deriveSecret(hash, masterSecret, 'c ap traffic', throughServerFinished),
        serverApplicationTrafficSecret: deriveSecret(hash, masterSecret, 's ap traffic', throughServerFinished)
    };
}
/** resumption_master_secret over the transcript ClientHello..client Finished (RFC 8446 §7.1). */
function resumptionMasterSecret(hash, masterSecret, throughClientFinished) {
    return deriveSecret(hash, masterSecret, 'res master', throughClientFinished);
}
/** The PSK a ticket stands for: HKDF-Expand-Label(resumption_master_secret, "resumption", ticket_nonce) (§4.6.1). */
function ticketPsk(hash, resumptionSecret, ticketNonce) {
    return hkdfExpandLabel(hash, resumptionSecret, 'resumption', ticketNonce, hashLength(hash));
}
/** binder_key = Derive-Secret(Early Secret, "res binder", "") for a resumption PSK (RFC 8446 §7.1). */
function resumptionBinderKey(hash, earlySecret) {
    return deriveSecret(hash, earlySecret, 'res binder', Buffer.alloc(0));
}
/**
 * A PSK binder (RFC 8446 §4.2.11.2): the Finished computation with the binder key as base key, over the
 * ClientHello truncated before its binders list (the lengths still counting the binders).
 */
function pskBinder(hash, earlySecret, truncatedClientHello) {
    return finishedVerifyData(hash, resumptionBinderKey(hash, earlySecret), truncatedClientHello);
}
/** client_early_traffic_secret = Derive-Secret(Early Secret, "c e traffic", ClientHello) (RFC 8446 §7.1). */
function clientEarlyTrafficSecret(hash, earlySecret, clientHello) {
    return deriveSecret(hash, earlySecret, 'c e traffic', clientHello);
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

/***/ 4396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ RecordProtection)
/* harmony export */ });
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1926);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5026);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5340);
/* harmony import */ var _aead_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7472);
/* harmony import */ var _key_schedule_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6160);
// One direction of TLS 1.3 record protection under one traffic secret (RFC 8446 §5.2, §7.3): the keys, and the
// sequence number that counts the records sealed or opened under them. The 0-RTT probe needs several at once
// (client handshake, server application, client early); the certificate read keeps its own in the decryptor.





/** The header of a protected record: opaque_type application_data, legacy_record_version 0x0303. */
function protectedHeader(length) {
    const header = Buffer.alloc(5);
    header[0] = _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentType */ .cM.application_data;
    header.writeUInt16BE(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ProtocolVersion */ .rg.TLSv1_2, 1);
    header.writeUInt16BE(length, 3);
    return header;
}
class RecordProtection {
    suite;
    key;
    iv;
    sequence = 0n;
    constructor(suite, secret) {
        this.suite = suite;
        const keys = (0,_key_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .trafficKeys */ .AU)(suite.hash, secret, suite.keyLength);
        this.key = keys.key;
        this.iv = keys.iv;
    }
    /** One protected record (header included) carrying `content` of the real content `type`, unpadded. */
    seal(type, content) {
        if (content.length > _record_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PLAINTEXT */ .dQ)
            throw new RangeError('TLS 1.3: record content over 2^14 bytes');
        const inner = Buffer.concat([content, Buffer.from([type])]);
        const header = protectedHeader(inner.length + this.suite.tagLength);
        const body = (0,_aead_js__WEBPACK_IMPORTED_MODULE_3__/* .sealRecord */ .xe)(this.suite, this.key, (0,_aead_js__WEBPACK_IMPORTED_MODULE_3__/* .recordNonce */ .Bv)(this.iv, this.sequence++), header, inner);
        return Buffer.concat([header, body]);
    }
    /** Opens one protected record: its real content type and content; DecryptionError when it fails authentication. */
    open(record) {
        if (record.type !== _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ContentType */ .cM.application_data)
            throw new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .DecodeError */ .Xc(`TLS 1.3: a record of type ${record.type} where a protected record was due`);
        if (record.fragment.length > _record_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PLAINTEXT */ .dQ + 256)
            throw new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .DecodeError */ .Xc('TLS 1.3: encrypted record too large', 'over-limit');
        const header = Buffer.alloc(5);
        header[0] = record.type;
        header.writeUInt16BE(record.version, 1);
        header.writeUInt16BE(record.fragment.length, 3);
        const inner = (0,_aead_js__WEBPACK_IMPORTED_MODULE_3__/* .openRecord */ .C6)(this.suite, this.key, (0,_aead_js__WEBPACK_IMPORTED_MODULE_3__/* .recordNonce */ .Bv)(this.iv, this.sequence), header, record.fragment);
        this.sequence++;
        return (0,_aead_js__WEBPACK_IMPORTED_MODULE_3__/* .stripInnerPlaintext */ .uH)(inner);
    }
}


/***/ })

};
