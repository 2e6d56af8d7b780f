export const id = 94;
export const ids = [94];
export const modules = {

/***/ 1926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ ExtensionType),
/* harmony export */   GR: () => (/* binding */ CipherSuite),
/* harmony export */   KU: () => (/* binding */ Sslv2MessageType),
/* harmony export */   OK: () => (/* binding */ EcCurveType),
/* harmony export */   TN: () => (/* binding */ AlertDescription),
/* harmony export */   Yq: () => (/* binding */ HandshakeType),
/* harmony export */   _s: () => (/* binding */ HeartbeatMode),
/* harmony export */   cM: () => (/* binding */ ContentType),
/* harmony export */   cc: () => (/* binding */ SignatureScheme),
/* harmony export */   k0: () => (/* binding */ HeartbeatMessageType),
/* harmony export */   kc: () => (/* binding */ CertificateStatusType),
/* harmony export */   rg: () => (/* binding */ ProtocolVersion),
/* harmony export */   sn: () => (/* binding */ CompressionMethod),
/* harmony export */   vr: () => (/* binding */ NamedGroup)
/* harmony export */ });
/* unused harmony exports AlertLevel, EcPointFormat, PskKeyExchangeMode */
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
/** Heartbeat message types and modes (RFC 6520 §2, §3). */
const HeartbeatMessageType = { heartbeat_request: 1, heartbeat_response: 2 };
const HeartbeatMode = { peer_allowed_to_send: 1, peer_not_allowed_to_send: 2 };
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
    /** RFC 6520 (Heartbleed, CVE-2014-0160, lived in its implementation). */
    heartbeat: 15,
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
    'CA file': 8 * MiB,
    // A shard's JSON report (tls-gate merge): a few KiB per target, findings and chains included.
    'report file': 64 * MiB
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
/* harmony export */   H1: () => (/* binding */ DERIVED_VULNERABILITY_CHECKS),
/* harmony export */   Hs: () => (/* binding */ emptyProtocols),
/* harmony export */   OF: () => (/* binding */ STARTTLS_PROTOCOLS),
/* harmony export */   Wh: () => (/* binding */ ACTIVE_VULNERABILITY_CHECKS),
/* harmony export */   f$: () => (/* binding */ SCHEMA_VERSION),
/* harmony export */   g8: () => (/* binding */ PROTOCOL_NAMES),
/* harmony export */   xh: () => (/* binding */ ADDRESS_SELECTIONS)
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
const STARTTLS_PROTOCOLS = [
    'smtp',
    'imap',
    'pop3',
    'ftp',
    'ldap',
    'xmpp',
    'xmpp-server',
    'postgres',
    'mysql'
];
const ADDRESS_SELECTIONS = ['all', 'first', 'ipv4', 'ipv6'];
// ---- vulnerabilities (issue 13) ----
/** The checks that make connections of their own (exact spellings are public). */
const ACTIVE_VULNERABILITY_CHECKS = [
    'heartbleed',
    'ccsInjection',
    'robot',
    'compression',
    'insecureRenegotiation',
    'clientRenegotiation',
    'fallbackScsv',
    'ticketbleed',
    'hsts'
];
/** The checks derived from facts the scan already has (no handshakes of their own). */
const DERIVED_VULNERABILITY_CHECKS = [
    'sweet32',
    'logjam',
    'freak',
    'drown',
    'poodle',
    'beast',
    'rc4'
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

/***/ 1821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ RULE_IDS),
/* harmony export */   KX: () => (/* binding */ isRuleId),
/* harmony export */   OY: () => (/* binding */ RULE_LIST),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony export POLICY_RULE_IDS */
/* harmony import */ var _vulnerability_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5742);

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
    // From a pool's per-address facts (policy/checks/address.ts).
    rule('address.inconsistent', 'Addresses of a name differ', 'Addresses of one name (resolved or pinned) differ in reachability, certificate, protocols or suites; names the nodes and what each serves (`severity:` to raise it).', 'warning', 'severity'),
    rule('scan.incomplete', 'Scan incomplete', 'Some facts could not be settled: transport failures persisted after retries, a budget was reached, or the server throttled the scan (`incomplete` in the report); severity from `targets.error`.', 'error', 'targets.error'),
    // From the target's resumption facts (policy/resumption.ts).
    rule('resumption.inconsistent', 'Resumption differs across addresses', 'A session from one address of the pool does not resume on the others (error when `resumption.across-addresses: required`).', 'warning', 'resumption.across-addresses'),
    rule('resumption.missing', 'Required resumption missing', '`resumption.session-id` or `resumption.tickets` is `required` and the server does not resume that way.', 'warning', 'resumption'),
    rule('resumption.present', 'Forbidden resumption offered', '`resumption.session-id` or `resumption.tickets` is `forbidden` and the server resumes that way.', 'warning', 'resumption'),
    // From the target's vulnerability checks (policy/checks/vuln-robot.ts, http-hsts.ts).
    rule('vuln.robot', 'ROBOT: Bleichenbacher oracle', "Over a TLS_RSA suite, the server reacts to the ROBOT paper's five queries differently by padding validity, alike in two rounds; a notice when its reactions allow no conclusion.", 'error', 'severity'),
    rule('http.hsts', 'HSTS missing or too short', 'The HTTPS response to / has no Strict-Transport-Security header browsers honour, or its max-age is below `http.hsts-min-max-age` (default six months; Mozilla: two years).', 'warning', 'http.hsts-min-max-age'),
    // From the target's TLS features (policy/checks/early-data.ts).
    rule('tls.early-data', 'TLS 1.3 0-RTT early data accepted', 'A resumption with early data gets early_data in EncryptedExtensions: what a client sends as early data can be replayed (RFC 8446 §8).', 'notice', 'severity'),
    ..._vulnerability_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .VULNERABILITY_RULES */ .p,
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

/***/ 5742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ VULNERABILITY_RULES)
/* harmony export */ });
const vuln = (check, title, trigger, severity) => ({
    id: `vuln.${check}`,
    title,
    trigger,
    severity,
    policyKey: `severity: vuln.${check}`
});
const VULNERABILITY_RULES = [
    vuln('heartbleed', 'Heartbleed (CVE-2014-0160)', 'An over-long heartbeat request is answered with more bytes than were sent: server memory (keys, passwords) leaks.', 'error'),
    vuln('ccsInjection', 'CCS injection (CVE-2014-0224)', 'An early ChangeCipherSpec is accepted instead of refused with unexpected_message: a man in the middle can force weak keys.', 'error'),
    vuln('compression', 'TLS compression (CRIME)', 'A hello offering DEFLATE gets it selected (CRIME, CVE-2012-4929).', 'error'),
    vuln('insecureRenegotiation', 'No secure renegotiation (RFC 5746)', 'Neither the renegotiation_info extension nor TLS_EMPTY_RENEGOTIATION_INFO_SCSV is answered (CVE-2009-3555).', 'error'),
    vuln('clientRenegotiation', 'Client-initiated renegotiation accepted', 'A renegotiation started by the client on an established TLS 1.2 connection completes: a denial-of-service lever.', 'warning'),
    vuln('fallbackScsv', 'TLS_FALLBACK_SCSV not honoured (RFC 7507)', 'A hello one version below the highest, carrying TLS_FALLBACK_SCSV, is accepted instead of refused with inappropriate_fallback.', 'warning'),
    vuln('ticketbleed', 'Ticketbleed (CVE-2016-9244)', 'Resuming with a session ticket and a 1-byte session ID echoes 32 bytes: server memory leaks.', 'error'),
    vuln('sweet32', 'SWEET32: 64-bit block ciphers', 'The server accepts a suite with a 64-bit block cipher (3DES, DES, IDEA, RC2) that the policy does not already deny (CVE-2016-2183).', 'warning'),
    vuln('logjam', 'Logjam: weak Diffie-Hellman', 'The server accepts export-grade DHE, or a DHE prime under 2048 bits that `key-exchange.min-dh-bits` does not already report (CVE-2015-4000).', 'error'),
    vuln('freak', 'FREAK: RSA_EXPORT suites', 'The server accepts an RSA_EXPORT suite that the policy does not already deny (CVE-2015-0204).', 'error'),
    vuln('drown', 'DROWN: SSLv2 enabled', 'The server speaks SSLv2 and `protocols.allowed` does not already report it (CVE-2016-0800).', 'error'),
    vuln('poodle', 'POODLE: SSLv3 with CBC', 'The server accepts CBC suites over SSLv3 and `protocols.allowed` does not already report SSLv3 (CVE-2014-3566).', 'error'),
    vuln('beast', 'BEAST: CBC over TLS 1.0', 'The server accepts CBC suites over SSLv3 or TLS 1.0 not already reported by `protocols.allowed` (CVE-2011-3389; clients mitigate it, hence a notice).', 'notice'),
    vuln('rc4', 'RC4 suites', 'The server accepts an RC4 suite that the policy does not already deny (RFC 7465 prohibits RC4).', 'error'),
    {
        id: 'vuln.unknown',
        title: 'Vulnerability check inconclusive',
        trigger: "A vulnerability check could not conclude from the server's answers; the evidence says why. A notice: an inconclusive answer is not a defect, and must not fail a gate by itself.",
        severity: 'notice',
        policyKey: 'severity: vuln.unknown'
    }
];


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
/* harmony export */   XJ: () => (/* binding */ starttlsArgs),
/* harmony export */   k5: () => (/* binding */ curlScheme),
/* harmony export */   py: () => (/* binding */ curlResolve),
/* harmony export */   x9: () => (/* binding */ connectAddress)
/* harmony export */ });
/**
 * s_client's own STARTTLS options: `-starttls PROTO` (OpenSSL names them as tls-gate does), and for XMPP the
 * domain the stream asks for (-xmpphost; s_client would send the -connect host otherwise).
 */
function starttlsArgs(endpoint) {
    if (!endpoint.starttls)
        return [];
    const args = ['-starttls', endpoint.starttls];
    if (endpoint.starttls.startsWith('xmpp'))
        args.push('-xmpphost', endpoint.sni ?? endpoint.host);
    return args;
}
/** The protocols curl itself upgrades with STARTTLS (its --ssl-reqd); the others it cannot. */
const CURL_STARTTLS = {
    smtp: 'smtp',
    imap: 'imap',
    pop3: 'pop3',
    ftp: 'ftp'
};
/** The scheme and flags curl needs for this endpoint; null when curl cannot upgrade its protocol. */
function curlScheme(endpoint) {
    if (!endpoint.starttls)
        return { scheme: 'https', flags: [] };
    const scheme = CURL_STARTTLS[endpoint.starttls];
    return scheme ? { scheme, flags: ['--ssl-reqd'] } : null;
}
const bracketed = (host) => (host.includes(':') ? `[${host}]` : host);
/** `address:port` for s_client's -connect ([::1]:443 for IPv6). */
function connectAddress(endpoint) {
    return `${bracketed(endpoint.address ?? endpoint.host)}:${endpoint.port}`;
}
/** The URL curl fetches: the host name, so SNI and the Host header are the configured ones. */
function httpsUrl(endpoint) {
    const scheme = curlScheme(endpoint)?.scheme ?? 'https';
    return `${scheme}://${bracketed(endpoint.host)}:${endpoint.port}/`;
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

/***/ 265:
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
  LK: () => (/* reexport */ earlyDataFix),
  mv: () => (/* reexport */ fixBlocks),
  Sc: () => (/* reexport */ fullChainFix),
  S8: () => (/* reexport */ remediation_groups/* groupBits */.S8),
  Te: () => (/* reexport */ groupFix),
  ns: () => (/* reexport */ groupLargeEnough),
  cV: () => (/* reexport */ hstsFix),
  RN: () => (/* reexport */ remediation_groups/* isFfdheGroup */.RN),
  eP: () => (/* reexport */ opensslCommand),
  Zf: () => (/* reexport */ remediation_groups/* opensslGroupName */.Zf),
  y1: () => (/* reexport */ orderFix),
  Uh: () => (/* reexport */ protocolFix),
  Ie: () => (/* reexport */ renderServerChange),
  z3: () => (/* reexport */ renewedCertificateFix),
  tr: () => (/* reexport */ reproduce/* reproduceCertificate */.tr),
  G4: () => (/* reexport */ reproduce/* reproduceDh */.G4),
  Vl: () => (/* reexport */ reproduce/* reproduceEarlyData */.Vl),
  X6: () => (/* reexport */ reproduce/* reproduceGroup */.X6),
  IP: () => (/* reexport */ reproduceHsts),
  Ef: () => (/* reexport */ reproduce/* reproduceOrder */.Ef),
  gJ: () => (/* reexport */ reproduce/* reproduceProtocol */.gJ),
  Tg: () => (/* reexport */ reproduce/* reproduceReachability */.Tg),
  L1: () => (/* reexport */ reproduce/* reproduceReconnect */.L1),
  Ho: () => (/* reexport */ reproduce/* reproduceResumptionAcross */.Ho),
  KX: () => (/* reexport */ reproduce/* reproduceStapling */.KX),
  w$: () => (/* reexport */ reproduce/* reproduceSuite */.w$),
  rd: () => (/* reexport */ reproduce/* reproduceVerify */.rd),
  KV: () => (/* reexport */ robotFix),
  Bf: () => (/* reexport */ secondCertificateFix),
  OF: () => (/* reexport */ staplingFix),
  gC: () => (/* reexport */ suiteRejection),
  dH: () => (/* reexport */ targetFix),
  MX: () => (/* reexport */ vulnerabilityFix)
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
        'target.error': 'Look at the error: the server broke off the scan. Check its TLS configuration and logs.',
        'address.inconsistent': 'Roll the same certificate and TLS configuration out to every address of the name (each node or load balancer), or take the node that differs out of DNS.',
        'scan.incomplete': 'Scan again; if it persists, the server rate-limits or drops connections: lower --concurrency, or allow the scanner in its rate limits.'
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
    const parts = [
        'openssl s_client',
        '-connect',
        (0,shell/* shellQuote */.Z)((0,remediation_endpoint/* connectAddress */.x9)(endpoint)),
        ...(0,remediation_endpoint/* starttlsArgs */.XJ)(endpoint).map(shell/* shellQuote */.Z)
    ];
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
    const scheme = (0,remediation_endpoint/* curlScheme */.k5)(endpoint);
    if (!scheme)
        return `# curl cannot upgrade ${endpoint.starttls ?? 'this protocol'} with STARTTLS: use the openssl command`;
    const parts = ['curl -sv -o /dev/null', ...scheme.flags];
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

;// CONCATENATED MODULE: ./src/remediation/vulnerability-fix.ts





const LEGACY = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2'];
const isRsaKeyTransport = (name) => {
    const suite = (0,registry/* suiteByName */.ty)(name);
    return suite?.kx === 'RSA' && suite.au === 'RSA';
};
function robotFix(t) {
    const versions = LEGACY.filter((p) => t.protocols[p]);
    const kept = [...new Set(versions.flatMap((p) => t.cipherSuites[p] ?? []))]
        .filter((name) => !isRsaKeyTransport(name))
        .map((name) => (0,registry/* suiteByName */.ty)(name)?.openssl)
        .filter((name) => name !== undefined && name !== null);
    const why = 'Disable the TLS_RSA (RSA key transport) suites; where the oracle is in a TLS terminator (load balancer, appliance), also apply its vendor fix (robotattack.org lists them).';
    if (kept.length === 0) {
        return {
            text: `${why} Every suite below TLS 1.3 the server accepts uses RSA key transport: enable ECDHE suites (e.g. ECDHE-RSA-AES128-GCM-SHA256) in their place.`
        };
    }
    return { ...tls12CipherLines((0,seclevel/* cipherString */.R)(kept, versions)), text: why };
}
function hstsFix(minMaxAge) {
    const value = `max-age=${Math.max(minMaxAge, 1)}`;
    return {
        nginx: [`add_header Strict-Transport-Security "${value}" always;`],
        apache: [`Header always set Strict-Transport-Security "${value}"`],
        haproxy: [`http-response set-header Strict-Transport-Security "${value}"  # in the frontend`],
        text: 'Add includeSubDomains only when every subdomain serves HTTPS.'
    };
}
/** curl showing the response head of "/", with the scanned address pinned. */
function reproduceHsts(t) {
    const resolve = (0,remediation_endpoint/* curlResolve */.py)(t);
    const parts = ['curl', '-sk', '-o', '/dev/null', '-D', '-'];
    if (resolve)
        parts.push('--resolve', resolve);
    parts.push((0,remediation_endpoint/* httpsUrl */.N3)(t));
    return parts.map(shell/* shellQuote */.Z).join(' ');
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

;// CONCATENATED MODULE: ./src/remediation/vulnerabilities.ts

/** Cipher-string exclusions (OpenSSL syntax) appended to the server's own cipher list. */
function excluding(exclusions, why) {
    return {
        nginx: [`ssl_ciphers <your current list>${exclusions};`],
        apache: [`SSLCipherSuite <your current list>${exclusions}`],
        haproxy: [`ssl-default-bind-ciphers <your current list>${exclusions}`],
        text: why
    };
}
const FIXES = {
    heartbleed: {
        text: 'Upgrade OpenSSL to 1.0.1g or later (or build it with -DOPENSSL_NO_HEARTBEATS) and restart the server; then replace the private key, reissue the certificate and revoke the old one, since the key may have leaked.'
    },
    ccsInjection: {
        text: 'Upgrade OpenSSL to 0.9.8za, 1.0.0m, 1.0.1h or later (any supported release) and restart the server.'
    },
    compression: {
        apache: ['SSLCompression off'],
        text: 'Turn TLS compression off; OpenSSL 1.1.0 and later build without it, nginx 1.1.6 and later never enable it.'
    },
    insecureRenegotiation: {
        text: 'Upgrade the TLS library to one with RFC 5746 secure renegotiation (OpenSSL 0.9.8m or later); until then, turn renegotiation off entirely.'
    },
    clientRenegotiation: {
        apache: [
            '# Apache httpd 2.4 with OpenSSL 1.1.1 or later refuses client-initiated renegotiation: upgrade'
        ],
        text: 'Refuse client-initiated renegotiation: OpenSSL 3 refuses it unless SSL_OP_ALLOW_CLIENT_RENEGOTIATION (or ClientRenegotiation in openssl.cnf) turns it on, nginx always refuses it; remove that option or upgrade.'
    },
    fallbackScsv: {
        text: 'Upgrade the TLS library to one that honours TLS_FALLBACK_SCSV (OpenSSL 1.0.1j or later), or offer one protocol version only.'
    },
    ticketbleed: {
        ...SESSION_TICKET_SWITCH.off,
        text: "Apply the vendor's fix for CVE-2016-9244 (F5 K05121675); until then turn session tickets off."
    },
    sweet32: excluding(':!3DES:!DES:!IDEA:!RC2', 'Remove the suites with 64-bit block ciphers (3DES, DES, IDEA, RC2).'),
    logjam: {
        nginx: ['ssl_dhparam /etc/nginx/ffdhe2048.pem;  # RFC 7919 group, 2048 bits or more'],
        apache: ['SSLOpenSSLConfCmd DHParameters "/etc/apache2/ffdhe2048.pem"'],
        haproxy: ['ssl-dh-param-file /etc/haproxy/ffdhe2048.pem'],
        text: 'Use DH groups of 2048 bits or more (RFC 7919 ffdhe2048 or larger) and remove export-grade suites (!EXPORT), or drop DHE for ECDHE.'
    },
    freak: excluding(':!EXPORT', 'Remove the RSA_EXPORT suites.'),
    drown: {
        text: 'Turn SSLv2 off on every server that uses this key or certificate (OpenSSL 1.0.2g and 1.0.1s removed it), not only on this one.'
    },
    poodle: {
        nginx: ['ssl_protocols TLSv1.2 TLSv1.3;'],
        apache: ['SSLProtocol -all +TLSv1.2 +TLSv1.3'],
        haproxy: ['ssl-default-bind-options ssl-min-ver TLSv1.2'],
        text: 'Turn SSLv3 off.'
    },
    beast: {
        nginx: ['ssl_protocols TLSv1.2 TLSv1.3;'],
        apache: ['SSLProtocol -all +TLSv1.2 +TLSv1.3'],
        haproxy: ['ssl-default-bind-options ssl-min-ver TLSv1.2'],
        text: 'Turn SSLv3 and TLS 1.0 off (or offer no CBC suites over them).'
    },
    rc4: excluding(':!RC4', 'Remove the RC4 suites (RFC 7465 prohibits them).')
};
/** The fix lines of one check's finding (robot and hsts: their own modules). */
function vulnerabilityFix(name) {
    return name === 'robot' || name === 'hsts' ? {} : FIXES[name];
}

;// CONCATENATED MODULE: ./src/remediation/early-data.ts
function earlyDataFix() {
    return {
        nginx: ['ssl_early_data off;'],
        haproxy: ['bind <address>:443 ssl crt <certificate>  # the same bind line, without allow-0rtt'],
        text: 'Other OpenSSL-based servers: SSL_CTX_set_max_early_data(ctx, 0) (openssl s_server: drop -early_data). ' +
            'Where 0-RTT must stay, the application must accept only replay-safe requests in early data (RFC 8470: ' +
            'nginx passes $ssl_early_data to the backend as "Early-Data: 1", which answers 425 Too Early otherwise).'
    };
}

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
/* harmony export */   Vl: () => (/* binding */ reproduceEarlyData),
/* harmony export */   X6: () => (/* binding */ reproduceGroup),
/* harmony export */   gJ: () => (/* binding */ reproduceProtocol),
/* harmony export */   rd: () => (/* binding */ reproduceVerify),
/* harmony export */   tr: () => (/* binding */ reproduceCertificate),
/* harmony export */   w$: () => (/* binding */ reproduceSuite)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1751);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9412);
/* harmony import */ var _groups_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2373);
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
    const args = ['-connect', (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .connectAddress */ .x9)(t), ...(0,_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .starttlsArgs */ .XJ)(t)];
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
    const name = (0,_groups_js__WEBPACK_IMPORTED_MODULE_2__/* .opensslGroupName */ .Zf)(group) ?? group;
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
    // A STARTTLS service is reached through its dialogue, which s_client speaks for every protocol.
    if (t.starttls)
        return sClient(t, []);
    const parts = ['curl', '-v', '--max-time', '10'];
    const resolve = (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .curlResolve */ .py)(t);
    if (resolve)
        parts.push('--resolve', resolve);
    parts.push((0,_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .httpsUrl */ .N3)(t));
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
/**
 * Two s_client runs: the first saves the session a ticket resumes (it must stay connected a moment, as TLS 1.3
 * tickets come after the handshake), the second resumes it with a line of early data; "Early data was accepted"
 * in its output is the finding.
 */
function reproduceEarlyData(t) {
    const save = sClient(t, ['-tls1_3', '-sess_out', 'tls-gate-session.pem'], ' >/dev/null');
    const resume = sClient(t, [
        '-tls1_3',
        '-sess_in',
        'tls-gate-session.pem',
        '-early_data',
        'tls-gate-early.txt'
    ]);
    return `printf '\\r\\n' > tls-gate-early.txt; sleep 1 | ${save}; ${resume} | grep -i 'early data'`;
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

/***/ 1735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ ByteBudget),
/* harmony export */   No: () => (/* binding */ describeBudget),
/* harmony export */   di: () => (/* binding */ SCAN_BUDGETS)
/* harmony export */ });
/* harmony import */ var _wire_certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4334);
/* harmony import */ var _wire_handshake_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4664);
// Every limit on what one server may cost a run, in one table: bytes read per probe and per target, handshake
// messages per flight, certificate entries per Certificate message, distinct certificates kept per target, how
// long a parse may hold the event loop, and how transport failures are retried. A probe that reaches a budget
// ends with an outcome naming it; nothing a server sends can make one target cost another anything.


const SCAN_BUDGETS = {
    /**
     * Bytes one probe reads: twice the largest handshake message we decode (MAX_HANDSHAKE_MESSAGE), and five times
     * the certificate list OpenSSL's own clients accept by default (SSL_CTX_set_max_cert_list: 100 KiB), so a
     * first flight with a 100-certificate chain still fits. Every connection of a run may hold this much at
     * once (16 targets x 6 probes: 48 MiB); at 2 MiB that was 192 MiB.
     */
    probeBytes: 2 * _wire_handshake_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_HANDSHAKE_MESSAGE */ .xZ,
    /**
     * Bytes one target's probes read together. A full scan of a server with a 20 KB chain reads about 2 MB (TLS
     * 1.2 enumeration sees the Certificate on every probe); beyond this the scan stops with facts marked
     * incomplete, so a server that fills every probe cannot hold hundreds of megabytes of a run.
     */
    targetBytes: 32 * 1024 * 1024,
    /** Handshake messages in one flight: a real one has at most eight (ServerHello ... ServerHelloDone). */
    flightMessages: 32,
    /**
     * TLS records in one reply. Every record costs work however small: a 200 KB certificate in 1-byte records is
     * 200,000 of them per probe, enough to starve every other target of the CPU. Even 1 KB records carry a 2 MiB
     * flight in 2048.
     */
    flightRecords: 2048,
    /** Entries in one Certificate message (src/wire/certificate.ts decodes no further). */
    certificateEntries: _wire_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_CERTIFICATE_ENTRIES */ .Cj,
    /** Distinct certificates (by SHA-256 of the DER) kept per target; every probe's list shares these copies. */
    keptCertificates: 256,
    /**
     * Retries and controls of transient failures per target (src/scan/settle.ts): on top of the checks' handshake
     * budgets, so a server that resets everything costs at most this many more connections.
     */
    retriesPerTarget: 64,
    /** Longest a probe parses without letting other targets' sockets and timers run (ms). */
    yieldAfterMs: 8,
    /** Connections at once to one address and port, whatever targets resolve to it (the run's politeness). */
    perAddressConcurrency: 32
};
/** The words a message uses for a budget. */
function describeBudget(budget) {
    switch (budget) {
        case 'probe-bytes':
            return `the probe's read budget of ${SCAN_BUDGETS.probeBytes} bytes`;
        case 'target-bytes':
            return `the target's read budget of ${SCAN_BUDGETS.targetBytes} bytes over all its probes`;
        case 'flight-messages':
            return `the flight budget of ${SCAN_BUDGETS.flightMessages} handshake messages`;
        case 'flight-records':
            return `the flight budget of ${SCAN_BUDGETS.flightRecords} records`;
        case 'certificate-entries':
            return `the budget of ${SCAN_BUDGETS.certificateEntries} entries per Certificate message`;
    }
}
/** Bytes a target may still read, shared by all its probes. */
class ByteBudget {
    limit;
    used = 0;
    constructor(limit = SCAN_BUDGETS.targetBytes) {
        this.limit = limit;
    }
    /** Counts `bytes`; false once the budget is spent (the bytes are counted all the same). */
    take(bytes) {
        this.used += bytes;
        return this.used <= this.limit;
    }
    get spent() {
        return this.used > this.limit;
    }
}


/***/ }),

/***/ 6697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ ByteQueue)
/* harmony export */ });
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
/**
 * Appends big-endian integers and length-prefixed vectors into one growing buffer; a vector's length prefix is
 * reserved when it opens and filled in when it closes, so nested vectors cost no extra buffers or copies (the
 * engine builds a ClientHello for every probe).
 */
class ByteWriter {
    buffer;
    length = 0;
    constructor(initialSize = 256) {
        this.buffer = Buffer.allocUnsafe(Math.max(16, initialSize));
    }
    u8(value) {
        this.reserve(1);
        this.buffer[this.length++] = value & 0xff;
        return this;
    }
    u16(value) {
        this.reserve(2);
        this.buffer[this.length++] = (value >>> 8) & 0xff;
        this.buffer[this.length++] = value & 0xff;
        return this;
    }
    u24(value) {
        this.reserve(3);
        this.writeUint(value, 3, this.length);
        this.length += 3;
        return this;
    }
    u32(value) {
        this.reserve(4);
        this.buffer.writeUInt32BE(value >>> 0, this.length);
        this.length += 4;
        return this;
    }
    bytes(data) {
        this.reserve(data.length);
        this.buffer.set(data, this.length);
        this.length += data.length;
        return this;
    }
    /** Writes what `body` writes, prefixed by its length in `prefixBytes` (1, 2 or 3) bytes. */
    vector(prefixBytes, body) {
        this.reserve(prefixBytes);
        const at = this.length;
        this.length += prefixBytes;
        body(this);
        const size = this.length - at - prefixBytes;
        const max = 2 ** (8 * prefixBytes) - 1;
        if (size > max)
            throw new RangeError(`vector of ${size} bytes exceeds ${max}`);
        this.writeUint(size, prefixBytes, at);
        return this;
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
    /** The bytes written, as a buffer of their own. */
    finish() {
        return Buffer.from(this.buffer.subarray(0, this.length));
    }
    writeUint(value, bytes, at) {
        for (let i = bytes - 1; i >= 0; i--) {
            this.buffer[at + i] = value & 0xff;
            value >>>= 8;
        }
    }
    reserve(n) {
        if (this.length + n <= this.buffer.length)
            return;
        const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + n));
        this.buffer.copy(grown, 0, 0, this.length);
        this.buffer = grown;
    }
}


/***/ }),

/***/ 4334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ decodeCertificate),
/* harmony export */   Cj: () => (/* binding */ MAX_CERTIFICATE_ENTRIES),
/* harmony export */   ke: () => (/* binding */ encodeCertificate),
/* harmony export */   yu: () => (/* binding */ decodeCertificateStatus),
/* harmony export */   zo: () => (/* binding */ TooManyCertificateEntries)
/* harmony export */ });
/* unused harmony export encodeCertificateStatus */
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1926);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5026);
/* harmony import */ var _extension_codecs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9818);
/* harmony import */ var _extensions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8819);
/* harmony import */ var _handshake_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4664);
// Certificate (RFC 5246 §7.4.2; RFC 8446 §4.4.2) and CertificateStatus (RFC 6066 §8). Certificates are kept as
// the exact DER the server sent, in the order it sent them: chain analysis must see misordering and extras.





/**
 * Most entries one Certificate message may hold. Real stacks cap chain depth far lower (OpenSSL verifies at most
 * 100 deep, browsers keep paths under 10), while 10,000 tiny entries fit under the 256 KiB message cap: each
 * entry costs a Buffer, so the list is where a hostile server could multiply our memory.
 */
const MAX_CERTIFICATE_ENTRIES = 64;
/** A Certificate message with more entries than the decoder keeps: a reply no real stack sends. */
class TooManyCertificateEntries extends _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .DecodeError */ .Xc {
    maxEntries;
    constructor(maxEntries) {
        super(`Certificate: more than ${maxEntries} certificate entries (the certificate-entries budget)`);
        this.maxEntries = maxEntries;
    }
}
/**
 * Decodes a Certificate body; `tls13` selects the TLS 1.3 layout (context + per-entry extensions). Beyond
 * `maxEntries` entries decoding stops with a DecodeError that names that budget.
 */
function decodeCertificate(body, tls13, maxEntries = MAX_CERTIFICATE_ENTRIES) {
    const r = new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteReader */ .kP(body, 'Certificate');
    if (tls13)
        r.vector8('certificate_request_context');
    const list = r.vector24('certificate_list');
    r.expectDone();
    const certificates = [];
    let ocspResponse = null;
    while (!list.done()) {
        if (certificates.length >= maxEntries) {
            throw new TooManyCertificateEntries(maxEntries);
        }
        const der = list.vector24('cert_data').rest();
        if (der.length === 0)
            throw new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .DecodeError */ .Xc('Certificate: empty certificate entry');
        certificates.push(Buffer.from(der));
        if (tls13) {
            const extensions = (0,_extensions_js__WEBPACK_IMPORTED_MODULE_3__/* .readExtensions */ .HW)(list, 'CertificateEntry extensions', 'allowed');
            if (certificates.length === 1)
                ocspResponse = (0,_extension_codecs_js__WEBPACK_IMPORTED_MODULE_2__/* .findExtension */ .bW)(extensions, _extension_codecs_js__WEBPACK_IMPORTED_MODULE_2__/* .CertificateEntryExtension */ .hE.statusRequest);
        }
    }
    return { certificates, ocspResponse };
}
/** Decodes CertificateStatus (status_type ocsp(1), then a u24 OCSPResponse); returns the DER OCSPResponse. */
function decodeCertificateStatus(body) {
    return _extension_codecs_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateStatusBody */ .iV.decode(body);
}
/** The Certificate handshake message, header included; `tls13` selects the layout (the staple is TLS 1.3's). */
function encodeCertificate(message, tls13) {
    const ocspResponse = message.ocspResponse;
    const w = new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteWriter */ .U7();
    if (tls13)
        w.vector8(() => undefined);
    w.vector24((list) => {
        message.certificates.forEach((der, index) => {
            list.vector24((c) => c.bytes(der));
            if (tls13) {
                const staple = index === 0 && ocspResponse;
                (0,_extensions_js__WEBPACK_IMPORTED_MODULE_3__/* .writeExtensions */ .cy)(list, staple ? [(0,_extension_codecs_js__WEBPACK_IMPORTED_MODULE_2__/* .extension */ .ck)(_extension_codecs_js__WEBPACK_IMPORTED_MODULE_2__/* .CertificateEntryExtension */ .hE.statusRequest, staple)] : []);
            }
        });
    });
    return (0,_handshake_js__WEBPACK_IMPORTED_MODULE_4__/* .encodeHandshake */ .u_)(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .HandshakeType */ .Yq.certificate, w.finish());
}
/** The CertificateStatus handshake message (TLS 1.2 stapling), header included. */
function encodeCertificateStatus(ocspResponse) {
    return encodeHandshake(HandshakeType.certificate_status, certificateStatusBody.encode(ocspResponse));
}


/***/ }),

/***/ 9818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AG: () => (/* binding */ bindersListLength),
/* harmony export */   W6: () => (/* binding */ EncryptedExtension),
/* harmony export */   ZJ: () => (/* binding */ ClientExtension),
/* harmony export */   bW: () => (/* binding */ findExtension),
/* harmony export */   ck: () => (/* binding */ extension),
/* harmony export */   hE: () => (/* binding */ CertificateEntryExtension),
/* harmony export */   iV: () => (/* binding */ certificateStatusBody),
/* harmony export */   n6: () => (/* binding */ ServerExtension)
/* harmony export */ });
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1926);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5026);
/* harmony import */ var _extensions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8819);
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
        const r = new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteReader */ .kP(data, what);
        const value = read(r);
        r.expectDone();
        return value;
    };
}
const u16 = (value) => new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteWriter */ .U7().u16(value).finish();
const keyShareEntry = (entry) => new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteWriter */ .U7()
    .u16(entry.group)
    .vector16((k) => k.bytes(entry.keyExchange))
    .finish();
/** The bytes of an OfferedPsks' binders list, its u16 length included: what a binder's transcript leaves out. */
function bindersListLength(binders) {
    return 2 + binders.reduce((sum, binder) => sum + 1 + binder.length, 0);
}
function encodeOfferedPsks(offer) {
    return new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteWriter */ .U7()
        .vector16((list) => offer.identities.forEach((psk) => list.vector16((w) => w.bytes(psk.identity)).u32(psk.obfuscatedTicketAge)))
        .vector16((list) => offer.binders.forEach((binder) => list.vector8((w) => w.bytes(binder))))
        .finish();
}
function decodeOfferedPsks(r) {
    const identityList = r.vector16('pre_shared_key identities');
    const identities = [];
    while (!identityList.done()) {
        identities.push({
            identity: Buffer.from(identityList.vector16().rest()),
            obfuscatedTicketAge: identityList.u32()
        });
    }
    const binderList = r.vector16('pre_shared_key binders');
    const binders = [];
    while (!binderList.done())
        binders.push(Buffer.from(binderList.vector8().rest()));
    if (identities.length === 0 || identities.length !== binders.length)
        throw new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .DecodeError */ .Xc('pre_shared_key: identities and binders must be as many, and at least one');
    return { identities, binders };
}
/** A flag extension: present with an empty body. */
const empty = (type) => codec(type, whole('empty extension', () => true), () => Buffer.alloc(0));
/** CertificateStatus body (RFC 6066 §8): status_type ocsp(1), then a u24 OCSPResponse; the DER response. */
const certificateStatusBody = codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.status_request, (data) => {
    const r = new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteReader */ .kP(data, 'CertificateStatus');
    const statusType = r.u8();
    if (statusType !== _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CertificateStatusType */ .kc.ocsp)
        throw new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .DecodeError */ .Xc(`CertificateStatus: status_type ${statusType} is not ocsp(1)`);
    const response = r.vector24('OCSPResponse').rest();
    r.expectDone();
    return Buffer.from(response);
}, (ocsp) => new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteWriter */ .U7()
    .u8(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CertificateStatusType */ .kc.ocsp)
    .vector24((w) => w.bytes(ocsp))
    .finish());
/** Extensions a ClientHello carries. */
const ClientExtension = {
    /** server_name: the host_name entry (null when the list holds none). */
    serverName: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.server_name, _extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeServerName */ .Po, _extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeServerName */ .LW),
    supportedGroups: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.supported_groups, (d) => (0,_extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .readU16List */ .tJ)(d, 'supported_groups'), _extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .u16List */ .b_),
    ecPointFormats: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.ec_point_formats, (d) => (0,_extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .readU8List */ .S2)(d, 'ec_point_formats'), _extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .u8List */ .c1),
    signatureAlgorithms: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.signature_algorithms, (d) => (0,_extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .readU16List */ .tJ)(d, 'signature_algorithms'), _extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .u16List */ .b_),
    signatureAlgorithmsCert: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.signature_algorithms_cert, (d) => (0,_extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .readU16List */ .tJ)(d, 'signature_algorithms_cert'), _extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .u16List */ .b_),
    alpn: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.application_layer_protocol_negotiation, _extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeAlpn */ .MB, _extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeAlpn */ .mU),
    /** supported_versions in a ClientHello: a u8-length list of versions (RFC 8446 §4.2.1). */
    supportedVersions: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.supported_versions, whole('supported_versions', (r) => {
        const list = r.vector8();
        const out = [];
        while (!list.done())
            out.push(list.u16());
        return out;
    }), (versions) => new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteWriter */ .U7().vector8((w) => versions.forEach((v) => w.u16(v))).finish()),
    /** key_share in a ClientHello: a u16-length list of entries (RFC 8446 §4.2.8). */
    keyShares: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.key_share, whole('key_share', (r) => {
        const list = r.vector16();
        const out = [];
        while (!list.done())
            out.push({ group: list.u16(), keyExchange: list.vector16().rest() });
        return out;
    }), (entries) => new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteWriter */ .U7().vector16((w) => entries.forEach((e) => w.bytes(keyShareEntry(e)))).finish()),
    pskKeyExchangeModes: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.psk_key_exchange_modes, (d) => (0,_extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .readU8List */ .S2)(d, 'psk_key_exchange_modes'), _extensions_js__WEBPACK_IMPORTED_MODULE_2__/* .u8List */ .c1),
    /** status_request asking for OCSP with no responder ids or extensions (RFC 6066 §8): 01 0000 0000. */
    statusRequest: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.status_request, (data) => data, () => Buffer.from([_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CertificateStatusType */ .kc.ocsp, 0, 0, 0, 0])),
    /** Empty to ask for a ticket, or a ticket to present (RFC 5077 §3.2). */
    sessionTicket: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.session_ticket, (data) => data, (ticket) => ticket),
    /** renegotiation_info of an initial handshake: an empty renegotiated_connection (RFC 5746 §3.2). */
    renegotiationInfo: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.renegotiation_info, whole('renegotiation_info', (r) => r.vector8().rest()), (connection) => new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteWriter */ .U7().vector8((w) => w.bytes(connection)).finish()),
    encryptThenMac: empty(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.encrypt_then_mac),
    extendedMasterSecret: empty(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.extended_master_secret),
    /** early_data in a ClientHello: the client sends 0-RTT data after it (RFC 8446 §4.2.10). */
    earlyData: empty(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.early_data),
    /** pre_shared_key in a ClientHello: the offered PSKs and their binders; the last extension (RFC 8446 §4.2.11). */
    preSharedKey: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.pre_shared_key, whole('pre_shared_key', decodeOfferedPsks), encodeOfferedPsks),
    /** RFC 7685: zero bytes of the given length. */
    padding: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.padding, (data) => data.length, (length) => Buffer.alloc(length))
};
/** Extensions a ServerHello or HelloRetryRequest carries. */
const ServerExtension = {
    /** supported_versions in a ServerHello: the one selected version. */
    selectedVersion: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.supported_versions, whole('supported_versions', (r) => r.u16()), u16),
    /** key_share in a ServerHello: the server's one entry. */
    keyShare: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.key_share, whole('key_share', (r) => ({ group: r.u16(), keyExchange: Buffer.from(r.vector16().rest()) })), keyShareEntry),
    /** key_share in a HelloRetryRequest: the group the server asks for. */
    retryGroup: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.key_share, whole('key_share', (r) => r.u16()), u16),
    /** pre_shared_key in a ServerHello: the index of the PSK the server selected (RFC 8446 §4.2.11). */
    selectedIdentity: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.pre_shared_key, whole('pre_shared_key', (r) => r.u16()), u16),
    cookie: codec(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.cookie, whole('cookie', (r) => Buffer.from(r.vector16().rest())), (cookie) => new _bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteWriter */ .U7().vector16((w) => w.bytes(cookie)).finish())
};
/** Extensions an EncryptedExtensions carries (those the engine reads). */
const EncryptedExtension = {
    /** early_data in EncryptedExtensions: the server accepted the client's 0-RTT data (RFC 8446 §4.2.10). */
    earlyData: empty(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ExtensionType */ .Ag.early_data)
};
/** Extensions of a TLS 1.3 CertificateEntry (RFC 8446 §4.4.2). */
const CertificateEntryExtension = {
    /** The stapled OCSP response: a CertificateStatus body. */
    statusRequest: certificateStatusBody
};
/** The extension holding `value`. */
function extension(codec, value) {
    return { type: codec.type, data: codec.encode(value) };
}
/** The decoded value of the extension of the codec's type, or null when the list has none. */
function findExtension(extensions, codec) {
    const found = extensions.find((e) => e.type === codec.type);
    return found ? codec.decode(found.data) : null;
}


/***/ }),

/***/ 8819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HW: () => (/* binding */ readExtensions),
/* harmony export */   LW: () => (/* binding */ encodeServerName),
/* harmony export */   MB: () => (/* binding */ decodeAlpn),
/* harmony export */   Po: () => (/* binding */ decodeServerName),
/* harmony export */   S2: () => (/* binding */ readU8List),
/* harmony export */   b_: () => (/* binding */ u16List),
/* harmony export */   c1: () => (/* binding */ u8List),
/* harmony export */   cy: () => (/* binding */ writeExtensions),
/* harmony export */   mU: () => (/* binding */ encodeAlpn),
/* harmony export */   tJ: () => (/* binding */ readU16List)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5026);
// The codecs of the extension bodies a ClientHello or ServerHello carries (code points: src/codepoints). Each encoder returns the extension_data only; the caller frames type + length.

/** Writes an extensions block (u16 length, then type/length/data entries). */
function writeExtensions(w, extensions) {
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
            throw new _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc(`extensions: type ${type} appears twice`, 'duplicate-extension');
        seen.add(type);
        out.push({ type, data });
    }
    return out;
}
/** Encodings of frozen lists (the engine's hellos share a few, sent thousands of times in a run), kept while the list lives. */
const frozenListBytes = new WeakMap();
function encodedOnce(values, encode) {
    if (!Object.isFrozen(values))
        return encode();
    let bytes = frozenListBytes.get(values);
    if (!bytes) {
        bytes = encode();
        frozenListBytes.set(values, bytes);
    }
    return bytes;
}
function u16List(values) {
    return encodedOnce(values, () => new _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteWriter */ .U7().vector16((w) => values.forEach((v) => w.u16(v))).finish());
}
function u8List(values) {
    return encodedOnce(values, () => new _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteWriter */ .U7().vector8((w) => values.forEach((v) => w.u8(v))).finish());
}
function readU16List(data, what) {
    const r = new _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteReader */ .kP(data, what);
    const list = r.vector16();
    r.expectDone();
    const out = [];
    while (!list.done())
        out.push(list.u16());
    return out;
}
function readU8List(data, what) {
    const r = new _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteReader */ .kP(data, what);
    const list = r.vector8();
    r.expectDone();
    const out = [];
    while (!list.done())
        out.push(list.u8());
    return out;
}
/** server_name (RFC 6066 §3): a list holding one host_name entry. */
function encodeServerName(host) {
    return new _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteWriter */ .U7()
        .vector16((list) => list.u8(0).vector16((n) => n.bytes(Buffer.from(host, 'ascii'))))
        .finish();
}
function decodeServerName(data) {
    const r = new _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteReader */ .kP(data, 'server_name');
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
    return new _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteWriter */ .U7()
        .vector16((list) => protocols.forEach((p) => list.vector8((n) => n.bytes(Buffer.from(p, 'latin1')))))
        .finish();
}
function decodeAlpn(data) {
    const r = new _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteReader */ .kP(data, 'alpn');
    const list = r.vector16();
    r.expectDone();
    const out = [];
    while (!list.done())
        out.push(list.vector8().rest().toString('latin1'));
    return out;
}


/***/ }),

/***/ 4664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c1: () => (/* binding */ HandshakeAssembler),
/* harmony export */   u_: () => (/* binding */ encodeHandshake),
/* harmony export */   xZ: () => (/* binding */ MAX_HANDSHAKE_MESSAGE)
/* harmony export */ });
/* harmony import */ var _byte_queue_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6697);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5026);
// Handshake message framing (RFC 8446 §4, RFC 5246 §7.4): a 1-byte type and a 24-bit length. Messages are
// reassembled independently of records: one record may carry several messages, one message may span records.


const HEADER_LENGTH = 4;
/**
 * Largest handshake message accepted. Certificate chains are the largest real messages; 256 KiB is four times
 * anything a public server sends, and bounds the memory a hostile peer can make us hold.
 */
const MAX_HANDSHAKE_MESSAGE = 256 * 1024;
/** A handshake message: type, 24-bit length, body. */
function encodeHandshake(type, body) {
    return new _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteWriter */ .U7()
        .u8(type)
        .vector24((w) => w.bytes(body))
        .finish();
}
/** Reassembles handshake messages from record fragments, in time linear in the bytes received. */
class HandshakeAssembler {
    pending = new _byte_queue_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteQueue */ .y();
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
            throw new _bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .DecodeError */ .Xc(`handshake: message of ${length} bytes exceeds ${MAX_HANDSHAKE_MESSAGE}`, 'over-limit');
        }
        return length;
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
