export const id = 47;
export const ids = [47];
export const modules = {

/***/ 2607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ CLIENT_PROFILES),
  G: () => (/* binding */ profileById)
});

;// CONCATENATED MODULE: ./src/clients/profiles/types.ts
// ---- code points used by the profile files (IANA TLS parameters) ----
/** TLS 1.3 cipher suites. */
const TLS13 = {
    AES_128_GCM: 0x1301,
    AES_256_GCM: 0x1302,
    CHACHA20: 0x1303,
    AES_128_CCM: 0x1304
};
/** Named groups (supported_groups). */
const G = {
    secp256r1: 23,
    secp384r1: 24,
    secp521r1: 25,
    x25519: 29,
    x448: 30,
    ffdhe2048: 256,
    ffdhe3072: 257,
    ffdhe4096: 258,
    ffdhe6144: 259,
    ffdhe8192: 260,
    SecP256r1MLKEM768: 0x11eb,
    X25519MLKEM768: 0x11ec
};
/** Signature schemes (signature_algorithms). */
const S = {
    ecdsa_secp256r1_sha256: 0x0403,
    ecdsa_secp384r1_sha384: 0x0503,
    ecdsa_secp521r1_sha512: 0x0603,
    ed25519: 0x0807,
    ed448: 0x0808,
    rsa_pss_pss_sha256: 0x0809,
    rsa_pss_pss_sha384: 0x080a,
    rsa_pss_pss_sha512: 0x080b,
    rsa_pss_rsae_sha256: 0x0804,
    rsa_pss_rsae_sha384: 0x0805,
    rsa_pss_rsae_sha512: 0x0806,
    rsa_pkcs1_sha256: 0x0401,
    rsa_pkcs1_sha384: 0x0501,
    rsa_pkcs1_sha512: 0x0601,
    ecdsa_sha224: 0x0303,
    rsa_sha224: 0x0301,
    dsa_sha224: 0x0302,
    dsa_sha256: 0x0402,
    dsa_sha384: 0x0502,
    dsa_sha512: 0x0602,
    ecdsa_sha1: 0x0203,
    rsa_pkcs1_sha1: 0x0201,
    dsa_sha1: 0x0202,
    mldsa44: 0x0904,
    mldsa65: 0x0905,
    mldsa87: 0x0906,
    ecdsa_brainpoolP256r1tls13_sha256: 0x081a,
    ecdsa_brainpoolP384r1tls13_sha384: 0x081b,
    ecdsa_brainpoolP512r1tls13_sha512: 0x081c
};
/** Legacy (pre-TLS 1.3) cipher suites by their OpenSSL names, for readable profile lists. */
const C = {
    'ECDHE-ECDSA-AES128-GCM-SHA256': 0xc02b,
    'ECDHE-ECDSA-AES256-GCM-SHA384': 0xc02c,
    'ECDHE-RSA-AES128-GCM-SHA256': 0xc02f,
    'ECDHE-RSA-AES256-GCM-SHA384': 0xc030,
    'ECDHE-ECDSA-CHACHA20-POLY1305': 0xcca9,
    'ECDHE-RSA-CHACHA20-POLY1305': 0xcca8,
    'DHE-RSA-CHACHA20-POLY1305': 0xccaa,
    'ECDHE-ECDSA-AES128-SHA256': 0xc023,
    'ECDHE-ECDSA-AES256-SHA384': 0xc024,
    'ECDHE-RSA-AES128-SHA256': 0xc027,
    'ECDHE-RSA-AES256-SHA384': 0xc028,
    'ECDHE-ECDSA-AES128-SHA': 0xc009,
    'ECDHE-ECDSA-AES256-SHA': 0xc00a,
    'ECDHE-RSA-AES128-SHA': 0xc013,
    'ECDHE-RSA-AES256-SHA': 0xc014,
    'ECDHE-ECDSA-DES-CBC3-SHA': 0xc008,
    'ECDHE-RSA-DES-CBC3-SHA': 0xc012,
    'ECDHE-ECDSA-RC4-SHA': 0xc007,
    'ECDHE-RSA-RC4-SHA': 0xc011,
    'DHE-RSA-AES128-GCM-SHA256': 0x009e,
    'DHE-RSA-AES256-GCM-SHA384': 0x009f,
    'DHE-DSS-AES128-GCM-SHA256': 0x00a2,
    'DHE-DSS-AES256-GCM-SHA384': 0x00a3,
    'DHE-RSA-AES128-SHA256': 0x0067,
    'DHE-RSA-AES256-SHA256': 0x006b,
    'DHE-DSS-AES128-SHA256': 0x0040,
    'DHE-DSS-AES256-SHA256': 0x006a,
    'DHE-RSA-AES128-SHA': 0x0033,
    'DHE-RSA-AES256-SHA': 0x0039,
    'DHE-DSS-AES128-SHA': 0x0032,
    'DHE-DSS-AES256-SHA': 0x0038,
    'EDH-RSA-DES-CBC3-SHA': 0x0016,
    'EDH-DSS-DES-CBC3-SHA': 0x0013,
    'AES128-GCM-SHA256': 0x009c,
    'AES256-GCM-SHA384': 0x009d,
    'AES128-SHA256': 0x003c,
    'AES256-SHA256': 0x003d,
    'AES128-SHA': 0x002f,
    'AES256-SHA': 0x0035,
    'DES-CBC3-SHA': 0x000a,
    'RC4-SHA': 0x0005,
    'RC4-MD5': 0x0004,
    'ECDH-ECDSA-AES128-SHA': 0xc004,
    'ECDH-RSA-AES128-SHA': 0xc00e,
    'ECDH-ECDSA-AES128-SHA256': 0xc025,
    'ECDH-RSA-AES128-SHA256': 0xc029,
    'ECDH-ECDSA-AES128-GCM-SHA256': 0xc02d,
    'ECDH-RSA-AES128-GCM-SHA256': 0xc031,
    'ECDH-ECDSA-DES-CBC3-SHA': 0xc003,
    'ECDH-RSA-DES-CBC3-SHA': 0xc00d,
    'ECDHE-ECDSA-AES256-CCM': 0xc0ad,
    'ECDHE-ECDSA-AES128-CCM': 0xc0ac,
    'ECDHE-ECDSA-AES256-CCM8': 0xc0af,
    'ECDHE-ECDSA-AES128-CCM8': 0xc0ae,
    'DHE-RSA-AES256-CCM': 0xc09f,
    'DHE-RSA-AES128-CCM': 0xc09e,
    'DHE-RSA-AES256-CCM8': 0xc0a3,
    'DHE-RSA-AES128-CCM8': 0xc0a2,
    'AES256-CCM': 0xc09d,
    'AES128-CCM': 0xc09c,
    'AES256-CCM8': 0xc0a1,
    'AES128-CCM8': 0xc0a0,
    'ECDHE-ECDSA-ARIA256-GCM-SHA384': 0xc05d,
    'ECDHE-ARIA256-GCM-SHA384': 0xc061,
    'DHE-RSA-ARIA256-GCM-SHA384': 0xc053,
    'DHE-DSS-ARIA256-GCM-SHA384': 0xc057,
    'ECDHE-ECDSA-ARIA128-GCM-SHA256': 0xc05c,
    'ECDHE-ARIA128-GCM-SHA256': 0xc060,
    'DHE-RSA-ARIA128-GCM-SHA256': 0xc052,
    'DHE-DSS-ARIA128-GCM-SHA256': 0xc056,
    'ARIA256-GCM-SHA384': 0xc051,
    'ARIA128-GCM-SHA256': 0xc050,
    TLS_EMPTY_RENEGOTIATION_INFO_SCSV: 0x00ff
};
/** Suites by OpenSSL name, in order; throws on a typo so a profile cannot silently lose a suite. */
function suites(...names) {
    return names.map((name) => {
        const code = C[name];
        if (code === undefined)
            throw new Error(`unknown suite ${name}`);
        return code;
    });
}

;// CONCATENATED MODULE: ./src/clients/profiles/android.ts
// Android system TLS (Conscrypt over BoringSSL from Android 7; OpenSSL-based before).

const ANDROID_MODERN_TLS12 = suites('ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-RSA-AES256-SHA', 'AES128-GCM-SHA256', 'AES256-GCM-SHA384', 'AES128-SHA', 'AES256-SHA');
const BORINGSSL_SIGALGS = [
    S.ecdsa_secp256r1_sha256,
    S.rsa_pss_rsae_sha256,
    S.rsa_pkcs1_sha256,
    S.ecdsa_secp384r1_sha384,
    S.rsa_pss_rsae_sha384,
    S.rsa_pkcs1_sha384,
    S.rsa_pss_rsae_sha512,
    S.rsa_pkcs1_sha512,
    S.rsa_pkcs1_sha1
];
const ANDROID_44 = {
    id: 'android-4.4',
    name: 'Android 4.4 (KitKat)',
    versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
    cipherSuites: suites('ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA', 'DHE-RSA-AES128-SHA', 'DHE-RSA-AES256-SHA', 'DHE-DSS-AES128-SHA', 'ECDHE-ECDSA-RC4-SHA', 'ECDHE-RSA-RC4-SHA', 'AES128-GCM-SHA256', 'AES128-SHA', 'AES256-SHA', 'RC4-SHA', 'RC4-MD5', 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV'),
    groups: [G.secp256r1, G.secp384r1, G.secp521r1],
    keyShareGroups: [],
    signatureAlgorithms: [
        S.rsa_pkcs1_sha512,
        S.ecdsa_secp521r1_sha512,
        S.rsa_pkcs1_sha384,
        S.ecdsa_secp384r1_sha384,
        S.rsa_pkcs1_sha256,
        S.ecdsa_secp256r1_sha256,
        S.rsa_pkcs1_sha1,
        S.ecdsa_sha1
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
    groups: [G.x25519, G.secp256r1, G.secp384r1],
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
    cipherSuites: [TLS13.AES_128_GCM, TLS13.AES_256_GCM, TLS13.CHACHA20, ...ANDROID_MODERN_TLS12, 0x00ff],
    groups: [G.x25519, G.secp256r1, G.secp384r1],
    keyShareGroups: [G.x25519],
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
    S.ecdsa_secp256r1_sha256,
    S.rsa_pss_rsae_sha256,
    S.rsa_pkcs1_sha256,
    S.ecdsa_secp384r1_sha384,
    S.ecdsa_sha1,
    S.rsa_pss_rsae_sha384,
    S.rsa_pss_rsae_sha384,
    S.rsa_pkcs1_sha384,
    S.rsa_pss_rsae_sha512,
    S.rsa_pkcs1_sha512,
    S.rsa_pkcs1_sha1
].filter((value, index, all) => all.indexOf(value) === index);
const SAFARI_12 = {
    id: 'safari-12',
    name: 'Safari 12 (iOS 12 / macOS 10.14)',
    versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
    cipherSuites: [...APPLE_TLS12, 0x00ff],
    groups: [G.x25519, G.secp256r1, G.secp384r1, G.secp521r1],
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
    cipherSuites: [TLS13.AES_128_GCM, TLS13.AES_256_GCM, TLS13.CHACHA20, ...APPLE_TLS12],
    groups: [G.X25519MLKEM768, G.x25519, G.secp256r1, G.secp384r1, G.secp521r1],
    keyShareGroups: [G.X25519MLKEM768, G.x25519],
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
    S.ecdsa_secp256r1_sha256,
    S.rsa_pss_rsae_sha256,
    S.rsa_pkcs1_sha256,
    S.ecdsa_secp384r1_sha384,
    S.rsa_pss_rsae_sha384,
    S.rsa_pkcs1_sha384,
    S.rsa_pss_rsae_sha512,
    S.rsa_pkcs1_sha512
];
const CHROME_CURRENT = {
    id: 'chrome-current',
    name: 'Chrome / Edge current',
    versions: ['TLSv1.3', 'TLSv1.2'],
    cipherSuites: [
        TLS13.AES_128_GCM,
        TLS13.AES_256_GCM,
        TLS13.CHACHA20,
        ...suites('ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA', 'AES128-GCM-SHA256', 'AES256-GCM-SHA384', 'AES128-SHA', 'AES256-SHA')
    ],
    groups: [G.X25519MLKEM768, G.x25519, G.secp256r1, G.secp384r1],
    keyShareGroups: [G.X25519MLKEM768, G.x25519],
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
        TLS13.AES_128_GCM,
        TLS13.CHACHA20,
        TLS13.AES_256_GCM,
        ...suites('ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA', 'AES128-GCM-SHA256', 'AES256-GCM-SHA384', 'AES128-SHA', 'AES256-SHA')
    ],
    groups: [G.X25519MLKEM768, G.x25519, G.secp256r1, G.secp384r1, G.secp521r1, G.ffdhe2048, G.ffdhe3072],
    keyShareGroups: [G.X25519MLKEM768, G.x25519, G.secp256r1],
    signatureAlgorithms: [
        ...BROWSER_SIGALGS.slice(0, 3),
        S.ecdsa_secp384r1_sha384,
        S.ecdsa_secp521r1_sha512,
        S.rsa_pss_rsae_sha384,
        S.rsa_pss_rsae_sha512,
        S.rsa_pkcs1_sha384,
        S.rsa_pkcs1_sha512,
        S.ecdsa_sha1,
        S.rsa_pkcs1_sha1
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
        TLS13.AES_128_GCM,
        TLS13.AES_256_GCM,
        TLS13.CHACHA20,
        ...suites('ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-RSA-AES256-SHA')
    ],
    groups: [G.X25519MLKEM768, G.x25519, G.secp256r1, G.secp384r1, G.secp521r1],
    keyShareGroups: [G.X25519MLKEM768, G.x25519],
    signatureAlgorithms: [
        S.rsa_pss_rsae_sha256,
        S.ecdsa_secp256r1_sha256,
        S.ed25519,
        S.rsa_pss_rsae_sha384,
        S.rsa_pss_rsae_sha512,
        S.rsa_pkcs1_sha256,
        S.rsa_pkcs1_sha384,
        S.rsa_pkcs1_sha512,
        S.ecdsa_secp384r1_sha384,
        S.ecdsa_secp521r1_sha512,
        S.rsa_pkcs1_sha1,
        S.ecdsa_sha1
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
    S.ecdsa_secp256r1_sha256,
    S.ecdsa_secp384r1_sha384,
    S.ecdsa_secp521r1_sha512,
    S.rsa_pss_rsae_sha256,
    S.rsa_pss_rsae_sha384,
    S.rsa_pss_rsae_sha512,
    S.rsa_pss_pss_sha256,
    S.rsa_pss_pss_sha384,
    S.rsa_pss_pss_sha512,
    S.rsa_pkcs1_sha256,
    S.rsa_pkcs1_sha384,
    S.rsa_pkcs1_sha512,
    S.dsa_sha256,
    S.ecdsa_sha224,
    S.rsa_sha224,
    S.dsa_sha224,
    S.ecdsa_sha1,
    S.rsa_pkcs1_sha1,
    S.dsa_sha1
];
const JAVA_8 = {
    id: 'java-8',
    name: 'Java 8 (8u31 .. 8u2xx, TLS 1.2)',
    versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
    cipherSuites: suites('ECDHE-ECDSA-AES128-SHA256', 'ECDHE-RSA-AES128-SHA256', 'AES128-SHA256', 'ECDH-ECDSA-AES128-SHA256', 'ECDH-RSA-AES128-SHA256', 'DHE-RSA-AES128-SHA256', 'DHE-DSS-AES128-SHA256', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'AES128-SHA', 'ECDH-ECDSA-AES128-SHA', 'ECDH-RSA-AES128-SHA', 'DHE-RSA-AES128-SHA', 'DHE-DSS-AES128-SHA', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'AES128-GCM-SHA256', 'ECDH-ECDSA-AES128-GCM-SHA256', 'ECDH-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES128-GCM-SHA256', 'DHE-DSS-AES128-GCM-SHA256', 'ECDHE-ECDSA-DES-CBC3-SHA', 'ECDHE-RSA-DES-CBC3-SHA', 'DES-CBC3-SHA', 'ECDH-ECDSA-DES-CBC3-SHA', 'ECDH-RSA-DES-CBC3-SHA', 'EDH-RSA-DES-CBC3-SHA', 'EDH-DSS-DES-CBC3-SHA', 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV'),
    groups: [G.secp256r1, G.secp384r1, G.secp521r1],
    keyShareGroups: [],
    signatureAlgorithms: [
        S.rsa_pkcs1_sha512,
        S.ecdsa_secp521r1_sha512,
        S.rsa_pkcs1_sha384,
        S.ecdsa_secp384r1_sha384,
        S.rsa_pkcs1_sha256,
        S.ecdsa_secp256r1_sha256,
        S.rsa_sha224,
        S.ecdsa_sha224,
        S.rsa_pkcs1_sha1,
        S.ecdsa_sha1,
        S.dsa_sha1
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
    G.x25519,
    G.secp256r1,
    G.secp384r1,
    G.secp521r1,
    G.x448,
    G.ffdhe2048,
    G.ffdhe3072,
    G.ffdhe4096,
    G.ffdhe6144,
    G.ffdhe8192
];
const JAVA_11 = {
    id: 'java-11',
    name: 'Java 11 (11.0.11+)',
    // TLS 1.0/1.1 are in jdk.tls.disabledAlgorithms since 11.0.11 (JDK-8202343).
    versions: ['TLSv1.3', 'TLSv1.2'],
    cipherSuites: [TLS13.AES_128_GCM, TLS13.AES_256_GCM, ...JAVA_11_TLS12],
    groups: JAVA_GROUPS,
    keyShareGroups: [G.x25519],
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
    cipherSuites: [TLS13.AES_256_GCM, TLS13.AES_128_GCM, TLS13.CHACHA20, ...JAVA_17_TLS12],
    groups: JAVA_GROUPS,
    keyShareGroups: [G.x25519],
    signatureAlgorithms: [S.ed25519, S.ed448, ...JAVA_SIGALGS_11],
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
    S.ecdsa_secp256r1_sha256,
    S.ecdsa_secp384r1_sha384,
    S.ecdsa_secp521r1_sha512,
    S.ed25519,
    S.ed448,
    S.rsa_pss_pss_sha256,
    S.rsa_pss_pss_sha384,
    S.rsa_pss_pss_sha512,
    S.rsa_pss_rsae_sha256,
    S.rsa_pss_rsae_sha384,
    S.rsa_pss_rsae_sha512,
    S.rsa_pkcs1_sha256,
    S.rsa_pkcs1_sha384,
    S.rsa_pkcs1_sha512,
    S.ecdsa_sha224,
    S.rsa_sha224,
    S.dsa_sha224,
    S.dsa_sha256,
    S.dsa_sha384,
    S.dsa_sha512
];
const NODE_GROUPS_OPENSSL3 = [
    G.x25519,
    G.secp256r1,
    G.x448,
    G.secp521r1,
    G.secp384r1,
    G.ffdhe2048,
    G.ffdhe3072,
    G.ffdhe4096,
    G.ffdhe6144,
    G.ffdhe8192
];
function nodeProfile(major, groups, source, note) {
    return {
        id: `node-${major}`,
        name: `Node.js ${major} tls.connect() defaults`,
        // tls.DEFAULT_MIN_VERSION is TLSv1.2 since Node 11.4.
        versions: ['TLSv1.3', 'TLSv1.2'],
        cipherSuites: [TLS13.AES_256_GCM, TLS13.CHACHA20, TLS13.AES_128_GCM, ...NODE_TLS12],
        groups,
        keyShareGroups: [G.x25519],
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
    G.X25519MLKEM768,
    G.x25519,
    G.secp256r1,
    G.x448,
    G.secp384r1,
    G.secp521r1,
    G.ffdhe2048,
    G.ffdhe3072
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
        S.mldsa65,
        S.mldsa87,
        S.mldsa44,
        ...NODE_SIGALGS.slice(0, NODE_SIGALGS.indexOf(S.ed448) + 1),
        S.ecdsa_brainpoolP256r1tls13_sha256,
        S.ecdsa_brainpoolP384r1tls13_sha384,
        S.ecdsa_brainpoolP512r1tls13_sha512,
        ...NODE_SIGALGS.slice(NODE_SIGALGS.indexOf(S.ed448) + 1)
    ],
    keyShareGroups: [G.X25519MLKEM768, G.x25519]
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
    S.ecdsa_secp256r1_sha256,
    S.ecdsa_secp384r1_sha384,
    S.ecdsa_secp521r1_sha512,
    S.ed25519,
    S.ed448,
    S.rsa_pss_pss_sha256,
    S.rsa_pss_pss_sha384,
    S.rsa_pss_pss_sha512,
    S.rsa_pss_rsae_sha256,
    S.rsa_pss_rsae_sha384,
    S.rsa_pss_rsae_sha512,
    S.rsa_pkcs1_sha256,
    S.rsa_pkcs1_sha384,
    S.rsa_pkcs1_sha512,
    S.ecdsa_sha224,
    S.rsa_sha224,
    S.dsa_sha224,
    S.dsa_sha256,
    S.dsa_sha384,
    S.dsa_sha512
];
const OPENSSL_3 = {
    id: 'openssl-3',
    name: 'OpenSSL 3.x defaults (curl, Python, Ruby, PHP)',
    versions: ['TLSv1.3', 'TLSv1.2'],
    cipherSuites: [TLS13.AES_256_GCM, TLS13.CHACHA20, TLS13.AES_128_GCM, ...OPENSSL3_TLS12],
    groups: [
        G.x25519,
        G.secp256r1,
        G.x448,
        G.secp521r1,
        G.secp384r1,
        G.ffdhe2048,
        G.ffdhe3072,
        G.ffdhe4096,
        G.ffdhe6144,
        G.ffdhe8192
    ],
    keyShareGroups: [G.x25519],
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
    cipherSuites: [TLS13.AES_256_GCM, TLS13.CHACHA20, TLS13.AES_128_GCM, ...OPENSSL3_TLS12],
    groups: [G.x25519, G.secp256r1, G.x448, G.secp521r1, G.secp384r1],
    keyShareGroups: [G.x25519],
    signatureAlgorithms: [...OPENSSL_111_SIGALGS, S.ecdsa_sha1, S.rsa_pkcs1_sha1, S.dsa_sha1],
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
    groups: [G.secp256r1, G.secp521r1, G.secp384r1],
    keyShareGroups: [],
    signatureAlgorithms: [
        S.rsa_pkcs1_sha512,
        S.dsa_sha512,
        S.ecdsa_secp521r1_sha512,
        S.rsa_pkcs1_sha384,
        S.dsa_sha384,
        S.ecdsa_secp384r1_sha384,
        S.rsa_pkcs1_sha256,
        S.dsa_sha256,
        S.ecdsa_secp256r1_sha256,
        S.rsa_sha224,
        S.dsa_sha224,
        S.ecdsa_sha224,
        S.rsa_pkcs1_sha1,
        S.dsa_sha1,
        S.ecdsa_sha1
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
    S.rsa_pkcs1_sha256,
    S.rsa_pkcs1_sha384,
    S.rsa_pkcs1_sha1,
    S.ecdsa_secp256r1_sha256,
    S.ecdsa_secp384r1_sha384,
    S.ecdsa_sha1,
    S.dsa_sha1,
    S.rsa_pkcs1_sha512,
    S.ecdsa_secp521r1_sha512
];
const WINDOWS_7 = {
    id: 'windows-7',
    name: 'Windows 7 Schannel (IE 11, .NET Framework)',
    versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
    // Windows 7 has no ECDHE-RSA-AES-GCM suites: an RSA-certificate server that allows only AEAD loses it.
    cipherSuites: suites('ECDHE-RSA-AES256-SHA384', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA', 'ECDHE-RSA-AES128-SHA', 'DHE-RSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-SHA', 'DHE-RSA-AES128-SHA', 'AES256-GCM-SHA384', 'AES128-GCM-SHA256', 'AES256-SHA256', 'AES128-SHA256', 'AES256-SHA', 'AES128-SHA', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA', 'DHE-DSS-AES256-SHA256', 'DHE-DSS-AES128-SHA256', 'DHE-DSS-AES256-SHA', 'DHE-DSS-AES128-SHA', 'DES-CBC3-SHA', 'EDH-DSS-DES-CBC3-SHA'),
    groups: [G.secp256r1, G.secp384r1],
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
    S.rsa_pss_rsae_sha256,
    S.rsa_pss_rsae_sha384,
    S.rsa_pss_rsae_sha512,
    S.rsa_pkcs1_sha256,
    S.rsa_pkcs1_sha384,
    S.rsa_pkcs1_sha512,
    S.ecdsa_secp256r1_sha256,
    S.ecdsa_secp384r1_sha384,
    S.ecdsa_secp521r1_sha512,
    S.rsa_pkcs1_sha1,
    S.ecdsa_sha1
];
const WINDOWS_10 = {
    id: 'windows-10',
    name: 'Windows 10 Schannel (IE 11, .NET Framework 4.7+)',
    versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1.0'],
    cipherSuites: WIN10_TLS12,
    groups: [G.x25519, G.secp256r1, G.secp384r1],
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
    cipherSuites: [TLS13.AES_256_GCM, TLS13.AES_128_GCM, ...WIN10_TLS12],
    groups: [G.x25519, G.secp256r1, G.secp384r1],
    keyShareGroups: [G.x25519],
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

/***/ 8965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X4: () => (/* binding */ certificateFix),
  LP: () => (/* binding */ chainFix),
  Ni: () => (/* binding */ cipherFix),
  Mj: () => (/* binding */ dhFix),
  S8: () => (/* binding */ groupBits),
  Te: () => (/* binding */ groupFix),
  RN: () => (/* binding */ isFfdheGroup),
  y1: () => (/* binding */ orderFix),
  Uh: () => (/* binding */ protocolFix),
  OF: () => (/* binding */ staplingFix),
  gC: () => (/* binding */ suiteRejection),
  dH: () => (/* binding */ targetFix)
});

// UNUSED EXPORTS: permittedGroups, permittedProtocols, permittedSuites

// EXTERNAL MODULE: ./src/registry/index.ts + 3 modules
var registry = __webpack_require__(1751);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/policy/classes.ts
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

;// CONCATENATED MODULE: ./src/policy/fix.ts



// ---- what the policy permits ----
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
/** The suites the policy permits, in the policy's order (or the registry's when any suite not denied is allowed). */
function permittedSuites(rules) {
    const candidates = [];
    if (rules.cipherSuites.allowed) {
        for (const name of rules.cipherSuites.allowed) {
            const suite = (0,registry/* suiteByName */.ty)(name);
            if (suite)
                candidates.push(suite);
        }
    }
    else {
        // Any suite not denied: enumerate what OpenSSL 3 can offer (the registry's nodeName), so the line stays
        // within nginx's parameter length and names only suites a current server can be configured with.
        const seen = new Set();
        for (const p of ['TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1.0', 'SSLv3']) {
            for (const suite of (0,registry/* suitesForProtocol */.Le)(p)) {
                if (!seen.has(suite.code) && (suite.nodeName || (p === 'TLSv1.3' && suite.iana))) {
                    seen.add(suite.code);
                    candidates.push(suite);
                }
            }
        }
    }
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
function permittedGroups(rules) {
    const kx = rules.keyExchange;
    const list = kx.allowedGroups ?? DEFAULT_GROUPS;
    return list.filter((g) => {
        const bits = groupBits(g);
        if (isFfdheGroup(g))
            return kx.minDhBits === null || (bits ?? 0) >= kx.minDhBits;
        return kx.minEcdhBits === null || bits === null || bits >= kx.minEcdhBits;
    });
}
/** The spelling OpenSSL's group lists accept (X25519, prime256v1, ffdhe2048, X25519MLKEM768). */
function opensslGroupName(name) {
    const group = (0,registry/* groupByName */.mV)(name);
    if (!group)
        return null;
    if (group.opensslNames.length === 0)
        return null;
    return group.opensslNames.find((alias) => !/^P-\d+$/.test(alias)) ?? group.opensslNames[0];
}
// ---- per-server spellings ----
const NGINX_PROTOCOL = {
    SSLv3: 'SSLv3',
    'TLSv1.0': 'TLSv1',
    'TLSv1.1': 'TLSv1.1',
    'TLSv1.2': 'TLSv1.2',
    'TLSv1.3': 'TLSv1.3'
};
const HAPROXY_PROTOCOL = {
    SSLv3: 'SSLv3',
    'TLSv1.0': 'TLSv1.0',
    'TLSv1.1': 'TLSv1.1',
    'TLSv1.2': 'TLSv1.2',
    'TLSv1.3': 'TLSv1.3'
};
/** OpenSSL 3 refuses TLS 1.0/1.1 and SHA-1 signatures at its default security level. */
function needsSeclevel0(protocols) {
    return protocols.some((p) => p === 'SSLv3' || p === 'TLSv1.0' || p === 'TLSv1.1');
}
function protocolFix(rules) {
    const protocols = permittedProtocols(rules);
    const nginx = protocols.map((p) => NGINX_PROTOCOL[p]).filter(Boolean);
    const haproxy = protocols.map((p) => HAPROXY_PROTOCOL[p]).filter(Boolean);
    const lines = {
        nginx: [`ssl_protocols ${nginx.join(' ')};`],
        apache: [`SSLProtocol -all ${protocols.map((p) => `+${NGINX_PROTOCOL[p]}`).join(' ')}`],
        haproxy: haproxy.length
            ? [`ssl-default-bind-options ssl-min-ver ${haproxy[0]} ssl-max-ver ${haproxy[haproxy.length - 1]}`]
            : []
    };
    if (needsSeclevel0(protocols)) {
        lines.text = 'OpenSSL 3 needs @SECLEVEL=0 in the cipher string to offer versions below TLS 1.2.';
    }
    return lines;
}
function cipherFix(rules) {
    const { tls12, tls13 } = permittedSuites(rules);
    const protocols = permittedProtocols(rules);
    const onlyTls13 = protocols.every((p) => p === 'TLSv1.3');
    const seclevel = needsSeclevel0(protocols) ? ':@SECLEVEL=0' : '';
    const tls12List = tls12.map((s) => s.openssl).join(':') + seclevel;
    const tls13List = tls13.map((s) => s.iana ?? s.name).join(':');
    const nginx = [];
    const apache = [];
    const haproxy = [];
    if (tls12.length && !onlyTls13) {
        nginx.push(`ssl_ciphers ${tls12List};`);
        apache.push(`SSLCipherSuite ${tls12List}`);
        haproxy.push(`ssl-default-bind-ciphers ${tls12List}`);
    }
    if (tls13.length) {
        nginx.push(`ssl_conf_command Ciphersuites ${tls13List};`);
        apache.push(`SSLCipherSuite TLSv1.3 ${tls13List}`);
        haproxy.push(`ssl-default-bind-ciphersuites ${tls13List}`);
    }
    const fix = { nginx, apache, haproxy };
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
        .map(opensslGroupName)
        .filter((n) => n !== null);
    if (names.length === 0)
        return { text: 'The policy permits no group a server can be configured with.' };
    // Post-quantum hybrids need OpenSSL 3.5, the brainpool TLS 1.3 groups 3.2; older versions reject the whole list.
    const classic = names.filter((n) => !isPostQuantumHybrid(n) && !/tls13$/i.test(n));
    const list = names.join(':');
    const nginx = [`ssl_ecdh_curve ${list};`];
    const apache = [`SSLOpenSSLConfCmd Curves ${list}`];
    const haproxy = [`ssl-default-bind-curves ${list}`];
    const fix = { nginx, apache, haproxy };
    if (classic.length !== names.length && classic.length > 0) {
        nginx.push(`# with OpenSSL < 3.5: ssl_ecdh_curve ${classic.join(':')};`);
        apache.push(`# with OpenSSL < 3.5: SSLOpenSSLConfCmd Curves ${classic.join(':')}`);
        haproxy.push(`# with OpenSSL < 3.5: ssl-default-bind-curves ${classic.join(':')}`);
    }
    return fix;
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
        nginx: [`ssl_dhparam /etc/nginx/${group}.pem;`],
        apache: [`SSLOpenSSLConfCmd DHParameters /etc/ssl/${group}.pem`],
        haproxy: [`ssl-dh-param-file /etc/haproxy/${group}.pem`],
        text: `Use the ${group} group of RFC 7919 (e.g. https://ssl-config.mozilla.org/${group}.txt) as the DH parameters file.`
    };
}
function staplingFix() {
    return {
        nginx: ['ssl_stapling on;', 'ssl_stapling_verify on;'],
        apache: ['SSLUseStapling On', 'SSLStaplingCache "shmcb:logs/ssl_stapling(32768)"'],
        haproxy: [],
        text: 'HAProxy 2.8+: add `ocsp-update on` to the certificate in the crt-list; older versions load the response with `set ssl ocsp-response`. nginx also needs a `resolver` to reach the responder.'
    };
}
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


/***/ }),

/***/ 2047:
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

// UNUSED EXPORTS: CIPHER_CLASSES, DEFAULT_PRESET, POLICY_RULE_IDS, PRESET_NAMES, RULES, RULE_IDS, checkTarget, evaluateTarget, failsAt, isRuleId, mergeLayer, sortFindings, summarize, validatePolicyDocument

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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
        waivers: []
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

;// CONCATENATED MODULE: ./src/policy/model.ts
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
    return `${typeof value} ${JSON.stringify(value)}`;
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
/** Applies one layer on top of rules (a fresh object; the input is not changed). */
function mergeLayer(rules, layer) {
    const out = clone(rules);
    for (const [key, value] of Object.entries(layer)) {
        if (value === undefined)
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
    for (const layer of resolution.layers)
        rules = mergeLayer(rules, layer);
    return { name, source, chain: resolution.chain, rules, notChecked: [...new Set(resolution.notChecked)] };
}
function presetResolution(name, seen) {
    const preset = PRESETS[name];
    if (seen.includes(`preset:${name}`))
        throw new errors/* ConfigurationError */.j1(`policy presets extend each other in a cycle: ${[...seen, name].join(' -> ')}`);
    const resolution = { chain: [], layers: [], notChecked: [] };
    for (const parent of preset.extends ?? [])
        append(resolution, presetResolution(parent, [...seen, `preset:${name}`]));
    resolution.chain.push(name);
    resolution.layers.push(preset.rules);
    resolution.notChecked.push(...preset.notChecked.map((note) => `${name}: ${note}`));
    return resolution;
}
function append(into, from) {
    into.chain.push(...from.chain);
    into.layers.push(...from.layers);
    into.notChecked.push(...from.notChecked);
}
const looksLikeFile = (ref) => /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);
async function readPolicyFile(file, shown, at) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'not found' : code === 'EISDIR' ? 'is a directory' : (0,errors/* errorMessage */.gJ)(error);
        const message = `policy file "${shown}" ${why} (presets: ${PRESET_NAMES.join(', ')})`;
        throw at ? at.locator.valueError(at.path, message) : new errors/* ConfigurationError */.j1(message);
    }
    return (0,located/* loadYamlWithPositions */.W)(text, shown);
}
/** A reference in `extends`, --policy or a targets entry: preset or file (relative to baseDir). */
async function resolveRef(ref, baseDir, seen, at) {
    if (PRESETS[ref])
        return presetResolution(ref, seen);
    const file = external_node_path_default().resolve(baseDir, ref);
    if (!looksLikeFile(ref)) {
        // Not a preset; a file by that name is still accepted, but a typo of a preset is what it usually is.
        try {
            await (0,promises_.readFile)(file);
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
    return documentResolution(document, external_node_path_default().dirname(file), [...seen, file], locatorFor(located), shown);
}
async function documentResolution(document, baseDir, seen, locator, label) {
    const resolution = { chain: [], layers: [], notChecked: [] };
    for (const parent of document.extends) {
        append(resolution, await resolveRef(parent.ref, baseDir, seen, { locator, path: parent.path }));
    }
    resolution.chain.push(label);
    resolution.layers.push(document.rules);
    if (document.name)
        resolution.documentName = document.name;
    return resolution;
}
/**
 * The policy in force for `ref`: undefined = the default (Mozilla intermediate plus expiry, trust, hostname and
 * chain checks), a preset name, or a YAML file (relative to baseDir).
 */
async function loadPolicy(ref, options) {
    if (ref === undefined || ref.trim() === '') {
        return finish(DEFAULT_PRESET, 'default', presetResolution(DEFAULT_PRESET, []));
    }
    const trimmed = ref.trim();
    const resolution = await resolveRef(trimmed, options.baseDir, []);
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

// EXTERNAL MODULE: ./src/policy/fix.ts + 1 modules
var fix = __webpack_require__(8965);
// EXTERNAL MODULE: ./src/policy/reproduce.ts
var reproduce = __webpack_require__(4137);
// EXTERNAL MODULE: ./src/scan/resumption.ts
var resumption = __webpack_require__(3836);
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







const DAY_MS = 86_400_000;
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function finding(draft) {
    return { fix: {}, reproduce: null, ...draft, waiver: null };
}
function targetSeverity(setting) {
    return setting === 'ignore' ? 'notice' : setting;
}
const list = (items) => items.join(', ');
const days = (n) => Math.round(n * 10) / 10;
// ---- status ----
function checkStatus(t, rules) {
    if (t.status === 'ok')
        return null;
    const rule = t.status === 'unreachable'
        ? 'target.unreachable'
        : t.status === 'not-tls'
            ? 'target.not-tls'
            : 'target.error';
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
            fix: (0,fix/* targetFix */.dH)(rule),
            reproduce: (0,reproduce/* reproduceReachability */.Tg)(t)
        })
    ];
}
// ---- protocols, suites, order, key exchange ----
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
                fix: (0,fix/* protocolFix */.Uh)(rules),
                reproduce: (0,reproduce/* reproduceProtocol */.gJ)(t, p)
            }));
        }
    }
    for (const p of required) {
        if (!t.protocols[p]) {
            out.push(finding({
                rule: 'protocol.missing',
                severity: 'error',
                message: `${t.name} does not accept ${p}, which the policy requires.`,
                evidence: { protocol: p, accepted: report/* PROTOCOL_NAMES */.g8.filter((v) => t.protocols[v]) },
                fix: (0,fix/* protocolFix */.Uh)(rules),
                reproduce: (0,reproduce/* reproduceProtocol */.gJ)(t, p)
            }));
        }
    }
    return out;
}
function acceptedProtocols(t) {
    return report/* PROTOCOL_NAMES */.g8.filter((p) => t.protocols[p] && (t.cipherSuites[p]?.length ?? 0) > 0);
}
function checkSuites(t, rules) {
    const out = [];
    for (const p of acceptedProtocols(t)) {
        const rejected = (t.cipherSuites[p] ?? [])
            .map((suite) => ({ suite, reason: (0,fix/* suiteRejection */.gC)(suite, rules) }))
            .filter((r) => r.reason !== null);
        if (rejected.length === 0)
            continue;
        const names = rejected.map((r) => r.suite);
        out.push(finding({
            rule: 'cipher.not-allowed',
            severity: 'error',
            message: `${t.name} accepts ${names.length === 1 ? 'a cipher suite' : `${names.length} cipher suites`} over ${p} that the policy does not allow: ${list(names)}.`,
            evidence: {
                protocol: p,
                suites: names,
                reasons: Object.fromEntries(rejected.map((r) => [r.suite, r.reason]))
            },
            fix: (0,fix/* cipherFix */.Ni)(rules),
            reproduce: (0,reproduce/* reproduceSuite */.w$)(t, p, names[0])
        }));
    }
    const accepted = new Set(report/* PROTOCOL_NAMES */.g8.flatMap((p) => t.cipherSuites[p] ?? []));
    const missing = rules.cipherSuites.required.filter((s) => !accepted.has(s));
    if (missing.length) {
        const p = missing.some((s) => s.startsWith('TLS_AES_') || s.startsWith('TLS_CHACHA20_'))
            ? 'TLSv1.3'
            : 'TLSv1.2';
        out.push(finding({
            rule: 'cipher.missing',
            severity: 'error',
            message: `${t.name} does not accept ${list(missing)}, which the policy requires.`,
            evidence: { suites: missing },
            fix: (0,fix/* cipherFix */.Ni)(rules),
            reproduce: (0,reproduce/* reproduceSuite */.w$)(t, p, missing[0])
        }));
    }
    return out;
}
function checkOrder(t, rules) {
    if (rules.serverPreference === 'any')
        return [];
    const wanted = rules.serverPreference === 'required';
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
            fix: (0,fix/* orderFix */.y1)(rules),
            reproduce: (0,reproduce/* reproduceOrder */.Ef)(t, first, t.cipherSuites[first] ?? [])
        })
    ];
}
function checkKeyExchange(t, rules) {
    const out = [];
    const kx = rules.keyExchange;
    const weakFfdhe = t.groups.filter((g) => (0,fix/* isFfdheGroup */.RN)(g) && kx.minDhBits !== null && ((0,fix/* groupBits */.S8)(g) ?? 0) < kx.minDhBits);
    const dhBits = t.keyExchange.dhBits;
    if (kx.minDhBits !== null && ((dhBits !== null && dhBits < kx.minDhBits) || weakFfdhe.length)) {
        out.push(finding({
            rule: 'kex.weak-dh',
            severity: 'error',
            message: dhBits !== null && dhBits < kx.minDhBits
                ? `${t.name} uses ${dhBits}-bit DH parameters; the policy requires at least ${kx.minDhBits} bits.`
                : `${t.name} accepts ${list(weakFfdhe)}, smaller than the ${kx.minDhBits} bits the policy requires.`,
            evidence: { dhBits, groups: weakFfdhe, minDhBits: kx.minDhBits },
            fix: (0,fix/* dhFix */.Mj)(rules),
            reproduce: weakFfdhe.length && !(dhBits !== null && dhBits < kx.minDhBits)
                ? (0,reproduce/* reproduceGroup */.X6)(t, weakFfdhe[0], t.keyExchange.tls13Groups.includes(weakFfdhe[0]))
                : (0,reproduce/* reproduceDh */.G4)(t)
        }));
    }
    const tooSmall = t.groups.filter((g) => {
        const bits = (0,fix/* groupBits */.S8)(g);
        return !(0,fix/* isFfdheGroup */.RN)(g) && kx.minEcdhBits !== null && bits !== null && bits < kx.minEcdhBits;
    });
    if (tooSmall.length) {
        out.push(finding({
            rule: 'kex.group-not-allowed',
            severity: 'error',
            message: `${t.name} accepts ${list(tooSmall)}, smaller than the ${kx.minEcdhBits}-bit curves the policy requires.`,
            evidence: { groups: tooSmall, minEcdhBits: kx.minEcdhBits },
            fix: (0,fix/* groupFix */.Te)(rules),
            reproduce: (0,reproduce/* reproduceGroup */.X6)(t, tooSmall[0], t.keyExchange.tls13Groups.includes(tooSmall[0]))
        }));
    }
    const allowed = kx.allowedGroups;
    const notAllowed = allowed
        ? t.groups.filter((g) => !allowed.includes(g) && !tooSmall.includes(g) && !weakFfdhe.includes(g))
        : [];
    if (notAllowed.length) {
        out.push(finding({
            rule: 'kex.group-not-allowed',
            severity: 'warning',
            message: `${t.name} accepts key-exchange groups the policy does not allow: ${list(notAllowed)}.`,
            evidence: { groups: notAllowed, allowed },
            fix: (0,fix/* groupFix */.Te)(rules),
            reproduce: (0,reproduce/* reproduceGroup */.X6)(t, notAllowed[0], t.keyExchange.tls13Groups.includes(notAllowed[0]))
        }));
    }
    return out;
}
// ---- certificates ----
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
/** CA/B Forum BR §6.3.2: notBefore through notAfter inclusive, any part of a day counting as a day. */
function validityDaysInclusive(notBefore, notAfter) {
    return Math.ceil((notAfter - notBefore + 1000) / DAY_MS);
}
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
function isRootLike(cert) {
    return cert.selfSigned && cert.isCA;
}
function checkCertificate(t, rules, now) {
    const cert = t.certificate;
    if (!cert || cert.chain.length === 0) {
        const why = cert?.error?.message ?? 'the server sent no certificate';
        return [
            finding({
                rule: 'target.error',
                severity: targetSeverity(rules.targets.error),
                message: `${t.name}: no certificate could be read (${why}).`,
                evidence: { status: t.status, error: cert?.error ?? null },
                fix: (0,fix/* targetFix */.dH)('target.error'),
                reproduce: (0,reproduce/* reproduceCertificate */.tr)(t)
            })
        ];
    }
    const c = rules.certificates;
    const out = [];
    const leaf = cert.chain[0];
    const notBefore = Date.parse(leaf.notBefore);
    const notAfter = Date.parse(leaf.notAfter);
    const subject = leaf.subject;
    const show = (0,reproduce/* reproduceCertificate */.tr)(t);
    const certFinding = (rule, severity, message, evidence, reproduce = show) => finding({ rule, severity, message, evidence, fix: (0,fix/* certificateFix */.X4)(rules, rule), reproduce });
    // Validity period. Dates that do not parse must not pass silently.
    if (Number.isNaN(notBefore) || Number.isNaN(notAfter)) {
        out.push(finding({
            rule: 'target.error',
            severity: targetSeverity(rules.targets.error),
            message: `${t.name}: the validity dates of the certificate could not be read (notBefore ${leaf.notBefore}, notAfter ${leaf.notAfter}).`,
            evidence: {
                subject,
                notBefore: leaf.notBefore,
                notAfter: leaf.notAfter,
                parseError: leaf.parseError ?? null
            },
            fix: (0,fix/* targetFix */.dH)('target.error'),
            reproduce: show
        }));
    }
    else if (now < notBefore) {
        out.push(certFinding('certificate.not-yet-valid', 'error', `${t.name} serves a certificate that is not valid before ${leaf.notBefore}.`, { subject, notBefore: leaf.notBefore }));
    }
    else if (now > notAfter) {
        const ago = days((now - notAfter) / DAY_MS);
        out.push(certFinding('certificate.expired', 'error', `${t.name} serves a certificate that expired ${ago} days ago (${leaf.notAfter}).`, { subject, notAfter: leaf.notAfter, daysAgo: ago }));
    }
    else {
        const remaining = (notAfter - now) / DAY_MS;
        const lifetime = Math.max((notAfter - notBefore) / DAY_MS, 1 / 86400);
        const fraction = remaining / lifetime;
        const e = c.expiry;
        const fail = thresholdReached(remaining, fraction, e.failDays, e.failFraction, e.combine);
        const warn = fail || thresholdReached(remaining, fraction, e.warnDays, e.warnFraction, e.combine);
        if (warn) {
            out.push(certFinding('certificate.expiring', fail ? 'error' : 'warning', `${t.name} serves a certificate that expires in ${days(remaining)} days (${leaf.notAfter}), ${Math.round(fraction * 100)}% of its ${days(lifetime)}-day lifetime left.`, {
                subject,
                notAfter: leaf.notAfter,
                daysRemaining: days(remaining),
                lifetimeDays: days(lifetime),
                fractionRemaining: Math.round(fraction * 1000) / 1000,
                thresholds: e
            }));
        }
    }
    // Lifetime.
    const lifetimeDays = (notAfter - notBefore) / DAY_MS;
    if (c.maxLifetimeDays !== null && lifetimeDays > c.maxLifetimeDays + 1e-6) {
        out.push(certFinding('certificate.lifetime', 'error', `${t.name} serves a certificate valid for ${days(lifetimeDays)} days; the policy allows at most ${c.maxLifetimeDays}.`, { subject, lifetimeDays: days(lifetimeDays), maxLifetimeDays: c.maxLifetimeDays }));
    }
    const step = scheduleLimit(rules, notBefore);
    const inclusive = validityDaysInclusive(notBefore, notAfter);
    if (step && inclusive > step.maxDays) {
        out.push(certFinding('certificate.lifetime', 'error', `${t.name} serves a certificate issued ${leaf.notBefore.slice(0, 10)} with a ${inclusive}-day validity; certificates issued from ${step.from} may last at most ${step.maxDays} days.`, { subject, validityDays: inclusive, maxDays: step.maxDays, scheduleFrom: step.from }));
    }
    // Identity and trust.
    if (c.hostnameMustMatch && !cert.hostnameMatch) {
        out.push(certFinding('certificate.hostname-mismatch', 'error', `${t.name} serves a certificate that does not name ${t.sni ?? t.host} (it names ${list(leaf.subjectAltNames) || subject}).`, { host: t.host, sni: t.sni, subjectAltNames: leaf.subjectAltNames, subject }, (0,reproduce/* reproduceVerify */.rd)(t)));
    }
    const incomplete = c.chainMustBeComplete && !cert.chainComplete;
    if (c.mustBeTrusted && !cert.trusted && !incomplete) {
        if (cert.chain.length === 1 && leaf.selfSigned) {
            out.push(certFinding('certificate.self-signed', 'error', `${t.name} serves a self-signed certificate (${subject}) that no trusted root vouches for.`, { subject }, (0,reproduce/* reproduceVerify */.rd)(t)));
        }
        else {
            out.push(certFinding('certificate.untrusted', 'error', `${t.name} serves a certificate chain that does not lead to a trusted root (issuer: ${leaf.issuer}).`, {
                subject,
                issuer: leaf.issuer,
                validatedPath: cert.validatedPath,
                error: cert.error?.message ?? null
            }, (0,reproduce/* reproduceVerify */.rd)(t)));
        }
    }
    // Keys and signatures.
    const weakKeys = cert.chain.filter((cc, i) => {
        if (i > 0 && isRootLike(cc))
            return false;
        if ((cc.keyType === 'RSA' || cc.keyType === 'DSA') && c.minRsaBits !== null)
            return (cc.keyBits ?? 0) < c.minRsaBits;
        if (cc.keyType === 'EC' && c.minEcBits !== null)
            return (cc.keyBits ?? 0) < c.minEcBits;
        return false;
    });
    if (weakKeys.length) {
        const names = weakKeys.map((k) => `${k.subject} (${k.keyType} ${k.keyBits ?? '?'} bits)`);
        out.push(certFinding('certificate.weak-key', 'error', `${t.name} sends ${weakKeys.length === 1 ? 'a certificate' : 'certificates'} with a weak key: ${list(names)}.`, {
            certificates: weakKeys.map((k) => ({ subject: k.subject, keyType: k.keyType, keyBits: k.keyBits })),
            minRsaBits: c.minRsaBits,
            minEcBits: c.minEcBits
        }));
    }
    const typeAllowed = !c.allowedKeyTypes || c.allowedKeyTypes.includes(leaf.keyType);
    const curveAllowed = leaf.keyType !== 'EC' ||
        !c.allowedCurves ||
        (leaf.curve !== null && c.allowedCurves.includes(leaf.curve));
    if (!typeAllowed || !curveAllowed) {
        const what = typeAllowed
            ? `an EC key on ${leaf.curve ?? 'an unknown curve'} (allowed curves: ${list(c.allowedCurves ?? [])})`
            : `a ${leaf.keyType} key (allowed: ${list(c.allowedKeyTypes ?? [])})`;
        out.push(certFinding('certificate.key-type-not-allowed', 'error', `${t.name} serves a certificate with ${what}.`, {
            subject,
            keyType: leaf.keyType,
            curve: leaf.curve,
            allowedKeyTypes: c.allowedKeyTypes,
            allowedCurves: c.allowedCurves
        }));
    }
    const weakSignatures = cert.chain.filter((cc, i) => !(i > 0 && cc.selfSigned) && isWeakSignatureHash(cc.signatureAlgorithm));
    const leafNotAllowed = c.allowedSignatureAlgorithms !== null &&
        !c.allowedSignatureAlgorithms.includes(leaf.signatureAlgorithm) &&
        !weakSignatures.includes(leaf);
    if (weakSignatures.length || leafNotAllowed) {
        const offending = [...(leafNotAllowed ? [leaf] : []), ...weakSignatures];
        out.push(certFinding('certificate.weak-signature', 'error', `${t.name} sends ${offending.length === 1 ? 'a certificate' : 'certificates'} signed with a signature algorithm the policy does not allow: ${list(offending.map((o) => `${o.subject} (${o.signatureAlgorithm})`))}.`, {
            certificates: offending.map((o) => ({
                subject: o.subject,
                signatureAlgorithm: o.signatureAlgorithm
            })),
            allowed: c.allowedSignatureAlgorithms
        }));
    }
    // Chain.
    if (incomplete) {
        const missing = cert.missingIssuer;
        out.push(finding({
            rule: 'chain.incomplete',
            severity: 'error',
            message: `${t.name} does not send the intermediate certificate${missing ? ` "${missing.subject}"` : ''} needed to reach a trusted root.`,
            evidence: { missingIssuer: missing, sent: cert.chain.map((cc) => cc.subject) },
            fix: (0,fix/* chainFix */.LP)('incomplete'),
            reproduce: (0,reproduce/* reproduceVerify */.rd)(t)
        }));
    }
    if (c.chainMustBeOrdered && !cert.chainOrdered) {
        out.push(finding({
            rule: 'chain.order',
            severity: 'warning',
            message: `${t.name} sends its certificates out of order: ${list(cert.chain.map((cc) => cc.subject))}.`,
            evidence: { sent: cert.chain.map((cc) => cc.subject) },
            fix: (0,fix/* chainFix */.LP)('order'),
            reproduce: (0,reproduce/* reproduceCertificate */.tr)(t)
        }));
    }
    if (c.chainMustBeComplete && cert.extraCertificates.length) {
        out.push(finding({
            rule: 'chain.extra-certificates',
            severity: 'warning',
            message: `${t.name} sends certificates that belong to no chain: ${list(cert.extraCertificates)}.`,
            evidence: { extra: cert.extraCertificates },
            fix: (0,fix/* chainFix */.LP)('extra'),
            reproduce: (0,reproduce/* reproduceCertificate */.tr)(t)
        }));
    }
    for (const intermediate of cert.chain.slice(1)) {
        if (isRootLike(intermediate))
            continue;
        const end = Date.parse(intermediate.notAfter);
        const left = (end - now) / DAY_MS;
        const warnDays = c.expiry.warnDays;
        if (left < 0 || (warnDays !== null && left <= warnDays)) {
            out.push(certFinding('chain.intermediate-expiring', left < 0 ? 'error' : 'warning', left < 0
                ? `${t.name} sends an intermediate certificate that expired ${days(-left)} days ago: ${intermediate.subject}.`
                : `${t.name} sends an intermediate certificate that expires in ${days(left)} days: ${intermediate.subject}.`, { subject: intermediate.subject, notAfter: intermediate.notAfter, daysRemaining: days(left) }));
        }
    }
    // OCSP stapling.
    const stapling = c.ocspStapling;
    if (!cert.ocspStapled &&
        (stapling === 'required' || (stapling === 'if-responder' && leaf.ocspUrls.length > 0))) {
        out.push(finding({
            rule: 'ocsp.not-stapled',
            severity: 'warning',
            message: `${t.name} does not staple an OCSP response${leaf.ocspUrls.length ? ` although its certificate names the responder ${leaf.ocspUrls[0]}` : ''}.`,
            evidence: { ocspUrls: leaf.ocspUrls, mustStaple: leaf.mustStaple, ocspStapling: stapling },
            fix: (0,fix/* staplingFix */.OF)(),
            reproduce: (0,reproduce/* reproduceStapling */.KX)(t)
        }));
    }
    return out;
}
// ---- putting it together ----
/** The policy's findings for one target, before severity overrides and waivers. */
function checkTarget(t, rules, now) {
    const status = checkStatus(t, rules);
    if (status)
        return status;
    return [
        ...checkProtocols(t, rules),
        ...checkSuites(t, rules),
        ...checkOrder(t, rules),
        ...checkKeyExchange(t, rules),
        ...checkCertificate(t, rules, now.getTime()),
        ...(0,resumption/* evaluateResumption */.Uh)(t, rules.resumption)
    ];
}
function applySeverityOverrides(findings, rules) {
    return findings.map((f) => (rules.severity[f.rule] ? { ...f, severity: rules.severity[f.rule] } : f));
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.rule.localeCompare(b.rule));
}
function failsAt(severity, failOn) {
    if (failOn === 'never')
        return false;
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
/** Findings from other evaluators (client simulation, resumption) already on the target are kept. */
const isOwnRule = (rule) => Object.prototype.hasOwnProperty.call(rules/* RULES */.y0, rule) && !rules/* RULES */.y0[rule].evaluatedBy;
function evaluateTarget(t, policy, options) {
    const foreign = (t.findings ?? []).filter((f) => !isOwnRule(f.rule));
    const all = applySeverityOverrides([...checkTarget(t, policy.rules, options.now), ...foreign], policy.rules);
    const findings = sortFindings(applyWaivers(all, policy.rules.waivers, t, options.now));
    const verdict = findings.some((f) => failsAt(f.severity, options.failOn)) ? 'fail' : 'pass';
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
    const evaluated = targets.map((t) => evaluateTarget(t, options.targetPolicies?.get(t.name) ?? policy, {
        now: options.now,
        failOn: options.failOn
    }));
    return {
        targets: evaluated,
        verdict: evaluated.some((t) => t.verdict === 'fail') ? 'fail' : 'pass',
        summary: summarize(evaluated)
    };
}

;// CONCATENATED MODULE: ./src/policy/index.ts








/***/ }),

/***/ 4137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ef: () => (/* binding */ reproduceOrder),
/* harmony export */   G4: () => (/* binding */ reproduceDh),
/* harmony export */   Ho: () => (/* binding */ reproduceResumptionAcross),
/* harmony export */   KX: () => (/* binding */ reproduceStapling),
/* harmony export */   L1: () => (/* binding */ reproduceReconnect),
/* harmony export */   Tg: () => (/* binding */ reproduceReachability),
/* harmony export */   X6: () => (/* binding */ reproduceGroup),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   gJ: () => (/* binding */ reproduceProtocol),
/* harmony export */   rd: () => (/* binding */ reproduceVerify),
/* harmony export */   tr: () => (/* binding */ reproduceCertificate),
/* harmony export */   w$: () => (/* binding */ reproduceSuite)
/* harmony export */ });
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1751);
// Command lines a person can paste to see the problem for themselves: openssl s_client with the version,
// suite or group that the finding is about, or curl. Every argument is shell-quoted: host names come from
// configuration and are not trusted to be shell-safe.


/** POSIX single-quoting when needed. */
function shellQuote(word) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
const VERSION_FLAG = {
    SSLv2: '-ssl2',
    SSLv3: '-ssl3',
    'TLSv1.0': '-tls1',
    'TLSv1.1': '-tls1_1',
    'TLSv1.2': '-tls1_2',
    'TLSv1.3': '-tls1_3'
};
function connectArgs(t) {
    const address = t.address ?? t.host;
    const hostPort = address.includes(':') ? `[${address}]:${t.port}` : `${address}:${t.port}`;
    const args = ['-connect', hostPort];
    if (t.sni)
        args.push('-servername', t.sni);
    else
        args.push('-noservername');
    return args;
}
function sClient(t, extra, tail = ' </dev/null') {
    return `${['openssl', 's_client', ...connectArgs(t), ...extra].map(shellQuote).join(' ')}${tail}`;
}
const legacy = (p) => p === 'SSLv3' || p === 'TLSv1.0' || p === 'TLSv1.1';
function reproduceProtocol(t, p) {
    // OpenSSL 3 only offers TLS 1.0/1.1 at security level 0; SSLv2/3 need a build that still has them.
    const extra = [VERSION_FLAG[p]];
    if (legacy(p))
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
    const info = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .groupByName */ .mV)(group);
    const name = info?.opensslNames.find((alias) => !/^P-\d+$/.test(alias)) ?? info?.opensslNames[0] ?? group;
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
    const host = t.host.includes(':') ? `[${t.host}]` : t.host;
    const parts = ['curl', '-v', '--max-time', '10'];
    if (t.address && t.address !== t.host)
        parts.push('--resolve', `${t.host}:${t.port}:${t.address}`);
    parts.push(`https://${host}:${t.port}/`);
    return parts.map(shellQuote).join(' ');
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

/***/ 1821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ RULE_IDS),
/* harmony export */   KX: () => (/* binding */ isRuleId),
/* harmony export */   OY: () => (/* binding */ RULE_LIST),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony export POLICY_RULE_IDS */
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
    rule('protocol.missing', 'Required protocol version missing', 'The server does not accept a version listed in `protocols.required`.', 'error', 'protocols.required'),
    rule('cipher.not-allowed', 'Cipher suite not allowed', 'The server accepts a suite outside `cipher-suites.allowed`, listed in `cipher-suites.denied`, or of a class in `cipher-suites.denied-classes`.', 'error', 'cipher-suites'),
    rule('cipher.missing', 'Required cipher suite missing', 'The server accepts none of the versions with a suite listed in `cipher-suites.required`.', 'error', 'cipher-suites.required'),
    rule('cipher.order', 'Server cipher preference', 'The server does (`server-preference: forbidden`) or does not (`required`) impose its own suite order for a version with more than one suite.', 'warning', 'server-preference'),
    rule('kex.weak-dh', 'Weak key exchange parameters', 'A DHE suite uses a prime smaller than `key-exchange.min-dh-bits`.', 'error', 'key-exchange.min-dh-bits'),
    rule('kex.group-not-allowed', 'Key-exchange group not allowed', 'The server accepts a group outside `key-exchange.allowed-groups` (warning), or an elliptic curve smaller than `key-exchange.min-ecdh-bits` (error).', 'warning', 'key-exchange'),
    rule('certificate.expired', 'Certificate expired', 'The leaf certificate is past its notAfter.', 'error', 'certificates.expiry'),
    rule('certificate.not-yet-valid', 'Certificate not yet valid', 'The leaf certificate is before its notBefore.', 'error', 'certificates.expiry'),
    rule('certificate.expiring', 'Certificate expiring soon', 'Time left is under the warn (warning) or fail (error) threshold of `certificates.expiry`, in days or as a fraction of the lifetime.', 'warning', 'certificates.expiry'),
    rule('certificate.lifetime', 'Certificate lifetime too long', 'notAfter - notBefore exceeds `certificates.max-lifetime-days` or the `certificates.lifetime-schedule` limit for its issue date.', 'error', 'certificates.max-lifetime-days'),
    rule('certificate.hostname-mismatch', 'Certificate does not match the host name', 'No SAN of the leaf matches the name scanned (`certificates.hostname-must-match`).', 'error', 'certificates.hostname-must-match'),
    rule('certificate.untrusted', 'Certificate chain not trusted', 'The chain does not lead to a trusted root (`certificates.must-be-trusted`).', 'error', 'certificates.must-be-trusted'),
    rule('certificate.self-signed', 'Self-signed certificate', 'The server sends a single self-signed certificate that is not trusted (`certificates.must-be-trusted`).', 'error', 'certificates.must-be-trusted'),
    rule('certificate.weak-key', 'Weak certificate key', 'A sent certificate has an RSA key under `certificates.min-rsa-bits` or an EC key under `certificates.min-ec-bits`.', 'error', 'certificates.min-rsa-bits'),
    rule('certificate.key-type-not-allowed', 'Certificate key type not allowed', 'The leaf key type is not in `certificates.allowed-key-types`, or its curve not in `certificates.allowed-curves`.', 'error', 'certificates.allowed-key-types'),
    rule('certificate.weak-signature', 'Weak certificate signature', 'The leaf signature is not in `certificates.allowed-signature-algorithms`, or any sent non-root certificate is signed with MD5 or SHA-1.', 'error', 'certificates.allowed-signature-algorithms'),
    rule('chain.incomplete', 'Chain incomplete', 'The server does not send the intermediates needed to reach a root (`certificates.chain-must-be-complete`).', 'error', 'certificates.chain-must-be-complete'),
    rule('chain.order', 'Chain out of order', 'The certificates are not sent leaf first, each followed by its issuer (`certificates.chain-must-be-ordered`).', 'warning', 'certificates.chain-must-be-ordered'),
    rule('chain.extra-certificates', 'Extra certificates in chain', 'The server sends certificates that belong to no path (`certificates.chain-must-be-complete`).', 'warning', 'certificates.chain-must-be-complete'),
    rule('chain.intermediate-expiring', 'Intermediate certificate expiring', 'A sent intermediate expires within the warn threshold of `certificates.expiry` (error once expired).', 'warning', 'certificates.expiry'),
    rule('ocsp.not-stapled', 'OCSP response not stapled', '`certificates.ocsp-stapling` is `required` and no response is stapled, or `if-responder` and the leaf names an OCSP responder.', 'warning', 'certificates.ocsp-stapling'),
    rule('target.unreachable', 'Target unreachable', 'The target could not be connected to (DNS, refused, timeout); severity from `targets.unreachable`.', 'error', 'targets.unreachable'),
    rule('target.not-tls', 'Target does not speak TLS', 'The target answered with something other than TLS; severity from `targets.not-tls`.', 'error', 'targets.not-tls'),
    rule('target.error', 'Target scan failed', 'The scan ended in an error or no certificate could be read; severity from `targets.error`.', 'error', 'targets.error'),
    // Evaluated by src/scan/resumption.ts (evaluateResumption) on the target's resumption report.
    rule('resumption.inconsistent', 'Resumption differs across addresses', 'A session from one address of the pool does not resume on the others (error when `resumption.across-addresses: required`).', 'warning', 'resumption.across-addresses'),
    rule('resumption.missing', 'Required resumption missing', '`resumption.session-id` or `resumption.tickets` is `required` and the server does not resume that way.', 'warning', 'resumption'),
    rule('resumption.present', 'Forbidden resumption offered', '`resumption.session-id` or `resumption.tickets` is `forbidden` and the server resumes that way.', 'warning', 'resumption'),
    rule('waiver.expired', 'Waiver expired', 'A waiver matched a finding but its `until` date has passed; the finding counts again.', 'warning', 'waivers')
];
// Findings produced outside src/policy/evaluate.ts, listed so that docs, SARIF, waivers and severity overrides know them.
const external = (info, evaluatedBy) => ({ ...info, evaluatedBy });
const EXTERNAL_RULES = [
    external(rule('client.cannot-connect', 'Required client cannot connect', 'A client profile in `clients.must-connect` fails to connect in the simulation; the finding carries the diagnosis.', 'error', 'clients.must-connect'), 'src/clients'),
    external(rule('client.can-connect', 'Forbidden client connects', 'A client profile in `clients.must-not-connect` connects in the simulation.', 'error', 'clients.must-not-connect'), 'src/clients'),
    external(rule('client.not-simulated', 'Client not simulated', 'A client named by the policy has no simulation result for the target.', 'notice', 'clients'), 'src/clients'),
    external(rule('certificate.unexpected', 'Unexpected certificate', "The certificate does not match the target's `expect` (issuer or SPKI pins): interception or the wrong backend.", 'error', 'targets file: expect'), 'src/diagnose'),
    external(rule('certificate.system-anchor', 'Trusted only by a system root', 'The chain is anchored only by a system-store root that is not in the public store, the usual sign of TLS inspection.', 'notice', 'targets file: expect'), 'src/diagnose')
];
/** Every rule, for docs and SARIF: the policy's own, then those of other modules. */
const RULE_LIST = [...POLICY_RULES, ...EXTERNAL_RULES];
const RULES = Object.freeze(Object.fromEntries(RULE_LIST.map((info) => [info.id, info])));
/** Every rule id (those src/policy evaluates and those of other modules). */
const RULE_IDS = RULE_LIST.map((info) => info.id);
/** The rule ids src/policy/evaluate.ts produces itself. */
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

// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/registry/data/cipher-suites.json
const cipher_suites_namespaceObject = /*#__PURE__*/JSON.parse('{"v":[{"code":0,"hex":"0x0000","name":"TLS_NULL_WITH_NULL_NULL","iana":"TLS_NULL_WITH_NULL_NULL","openssl":"NULL","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"NULL","au":"NULL","cipher":"NULL","mode":null,"keyBits":0,"mac":"NULL","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)","no authentication (anonymous)"],"refs":["rfc5246"]},{"code":1,"hex":"0x0001","name":"TLS_RSA_WITH_NULL_MD5","iana":"TLS_RSA_WITH_NULL_MD5","openssl":"NULL-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)","MD5 MAC"],"refs":["rfc5246"]},{"code":2,"hex":"0x0002","name":"TLS_RSA_WITH_NULL_SHA","iana":"TLS_RSA_WITH_NULL_SHA","openssl":"NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5246"]},{"code":3,"hex":"0x0003","name":"TLS_RSA_EXPORT_WITH_RC4_40_MD5","iana":"TLS_RSA_EXPORT_WITH_RC4_40_MD5","openssl":"EXP-RC4-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"RSA","au":"RSA","cipher":"RC4","mode":"STREAM","keyBits":40,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC4 broken/too short","MD5 MAC","key < 112 bits"],"refs":["rfc4346","rfc6347"]},{"code":4,"hex":"0x0004","name":"TLS_RSA_WITH_RC4_128_MD5","iana":"TLS_RSA_WITH_RC4_128_MD5","openssl":"RC4-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short","MD5 MAC"],"refs":["rfc5246","rfc6347"]},{"code":5,"hex":"0x0005","name":"TLS_RSA_WITH_RC4_128_SHA","iana":"TLS_RSA_WITH_RC4_128_SHA","openssl":"RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc5246","rfc6347"]},{"code":6,"hex":"0x0006","name":"TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5","iana":"TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5","openssl":"EXP-RC2-CBC-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"RSA","au":"RSA","cipher":"RC2","mode":"CBC","keyBits":40,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC2 broken/too short","MD5 MAC","key < 112 bits"],"refs":["rfc4346"]},{"code":7,"hex":"0x0007","name":"TLS_RSA_WITH_IDEA_CBC_SHA","iana":"TLS_RSA_WITH_IDEA_CBC_SHA","openssl":"IDEA-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"IDEA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8996"]},{"code":8,"hex":"0x0008","name":"TLS_RSA_EXPORT_WITH_DES40_CBC_SHA","iana":"TLS_RSA_EXPORT_WITH_DES40_CBC_SHA","openssl":"EXP-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"RSA","au":"RSA","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["rfc4346"]},{"code":9,"hex":"0x0009","name":"TLS_RSA_WITH_DES_CBC_SHA","iana":"TLS_RSA_WITH_DES_CBC_SHA","openssl":"DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["DES broken/too short","key < 112 bits"],"refs":["rfc8996"]},{"code":10,"hex":"0x000A","name":"TLS_RSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_RSA_WITH_3DES_EDE_CBC_SHA","openssl":"DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":11,"hex":"0x000B","name":"TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA","iana":"TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA","openssl":"EXP-DH-DSS-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DH","au":"DSS","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["rfc4346"]},{"code":12,"hex":"0x000C","name":"TLS_DH_DSS_WITH_DES_CBC_SHA","iana":"TLS_DH_DSS_WITH_DES_CBC_SHA","openssl":"DH-DSS-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["DES broken/too short","key < 112 bits"],"refs":["rfc8996"]},{"code":13,"hex":"0x000D","name":"TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA","iana":"TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA","openssl":"DH-DSS-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":14,"hex":"0x000E","name":"TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA","iana":"TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA","openssl":"EXP-DH-RSA-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DH","au":"RSA","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["rfc4346"]},{"code":15,"hex":"0x000F","name":"TLS_DH_RSA_WITH_DES_CBC_SHA","iana":"TLS_DH_RSA_WITH_DES_CBC_SHA","openssl":"DH-RSA-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["DES broken/too short","key < 112 bits"],"refs":["rfc8996"]},{"code":16,"hex":"0x0010","name":"TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA","openssl":"DH-RSA-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":17,"hex":"0x0011","name":"TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA","iana":"TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA","openssl":"EXP-EDH-DSS-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DHE","au":"DSS","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["rfc4346"]},{"code":18,"hex":"0x0012","name":"TLS_DHE_DSS_WITH_DES_CBC_SHA","iana":"TLS_DHE_DSS_WITH_DES_CBC_SHA","openssl":"EDH-DSS-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["DES broken/too short","key < 112 bits"],"refs":["rfc8996"]},{"code":19,"hex":"0x0013","name":"TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA","iana":"TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA","openssl":"EDH-DSS-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":20,"hex":"0x0014","name":"TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA","iana":"TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA","openssl":"EXP-EDH-RSA-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DHE","au":"RSA","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["rfc4346"]},{"code":21,"hex":"0x0015","name":"TLS_DHE_RSA_WITH_DES_CBC_SHA","iana":"TLS_DHE_RSA_WITH_DES_CBC_SHA","openssl":"EDH-RSA-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["DES broken/too short","key < 112 bits"],"refs":["rfc8996"]},{"code":22,"hex":"0x0016","name":"TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA","openssl":"EDH-RSA-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":23,"hex":"0x0017","name":"TLS_DH_anon_EXPORT_WITH_RC4_40_MD5","iana":"TLS_DH_anon_EXPORT_WITH_RC4_40_MD5","openssl":"EXP-ADH-RC4-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DH","au":"anon","cipher":"RC4","mode":"STREAM","keyBits":40,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)","export-grade","RC4 broken/too short","MD5 MAC","key < 112 bits"],"refs":["rfc4346","rfc6347"]},{"code":24,"hex":"0x0018","name":"TLS_DH_anon_WITH_RC4_128_MD5","iana":"TLS_DH_anon_WITH_RC4_128_MD5","openssl":"ADH-RC4-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)","RC4 broken/too short","MD5 MAC"],"refs":["rfc5246","rfc6347"]},{"code":25,"hex":"0x0019","name":"TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA","iana":"TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA","openssl":"EXP-ADH-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DH","au":"anon","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)","export-grade","DES broken/too short","key < 112 bits"],"refs":["rfc4346"]},{"code":26,"hex":"0x001A","name":"TLS_DH_anon_WITH_DES_CBC_SHA","iana":"TLS_DH_anon_WITH_DES_CBC_SHA","openssl":"ADH-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)","DES broken/too short","key < 112 bits"],"refs":["rfc8996"]},{"code":27,"hex":"0x001B","name":"TLS_DH_anon_WITH_3DES_EDE_CBC_SHA","iana":"TLS_DH_anon_WITH_3DES_EDE_CBC_SHA","openssl":"ADH-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5246"]},{"code":30,"hex":"0x001E","name":"TLS_KRB5_WITH_DES_CBC_SHA","iana":"TLS_KRB5_WITH_DES_CBC_SHA","openssl":"KRB5-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["DES broken/too short","key < 112 bits"],"refs":["rfc2712"]},{"code":31,"hex":"0x001F","name":"TLS_KRB5_WITH_3DES_EDE_CBC_SHA","iana":"TLS_KRB5_WITH_3DES_EDE_CBC_SHA","openssl":"KRB5-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc2712"]},{"code":32,"hex":"0x0020","name":"TLS_KRB5_WITH_RC4_128_SHA","iana":"TLS_KRB5_WITH_RC4_128_SHA","openssl":"KRB5-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc2712","rfc6347"]},{"code":33,"hex":"0x0021","name":"TLS_KRB5_WITH_IDEA_CBC_SHA","iana":"TLS_KRB5_WITH_IDEA_CBC_SHA","openssl":"KRB5-IDEA-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"IDEA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc2712"]},{"code":34,"hex":"0x0022","name":"TLS_KRB5_WITH_DES_CBC_MD5","iana":"TLS_KRB5_WITH_DES_CBC_MD5","openssl":"KRB5-DES-CBC-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["DES broken/too short","MD5 MAC","key < 112 bits"],"refs":["rfc2712"]},{"code":35,"hex":"0x0023","name":"TLS_KRB5_WITH_3DES_EDE_CBC_MD5","iana":"TLS_KRB5_WITH_3DES_EDE_CBC_MD5","openssl":"KRB5-DES-CBC3-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["MD5 MAC"],"refs":["rfc2712"]},{"code":36,"hex":"0x0024","name":"TLS_KRB5_WITH_RC4_128_MD5","iana":"TLS_KRB5_WITH_RC4_128_MD5","openssl":"KRB5-RC4-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short","MD5 MAC"],"refs":["rfc2712","rfc6347"]},{"code":37,"hex":"0x0025","name":"TLS_KRB5_WITH_IDEA_CBC_MD5","iana":"TLS_KRB5_WITH_IDEA_CBC_MD5","openssl":"KRB5-IDEA-CBC-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"IDEA","mode":"CBC","keyBits":128,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["MD5 MAC"],"refs":["rfc2712"]},{"code":38,"hex":"0x0026","name":"TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA","iana":"TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA","openssl":"EXP-KRB5-DES-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["rfc2712"]},{"code":39,"hex":"0x0027","name":"TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA","iana":"TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA","openssl":"EXP-KRB5-RC2-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"RC2","mode":"CBC","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC2 broken/too short","key < 112 bits"],"refs":["rfc2712"]},{"code":40,"hex":"0x0028","name":"TLS_KRB5_EXPORT_WITH_RC4_40_SHA","iana":"TLS_KRB5_EXPORT_WITH_RC4_40_SHA","openssl":"EXP-KRB5-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"RC4","mode":"STREAM","keyBits":40,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC4 broken/too short","key < 112 bits"],"refs":["rfc2712","rfc6347"]},{"code":41,"hex":"0x0029","name":"TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5","iana":"TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5","openssl":"EXP-KRB5-DES-CBC-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"DES","mode":"CBC","keyBits":40,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","MD5 MAC","key < 112 bits"],"refs":["rfc2712"]},{"code":42,"hex":"0x002A","name":"TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5","iana":"TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5","openssl":"EXP-KRB5-RC2-CBC-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"RC2","mode":"CBC","keyBits":40,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC2 broken/too short","MD5 MAC","key < 112 bits"],"refs":["rfc2712"]},{"code":43,"hex":"0x002B","name":"TLS_KRB5_EXPORT_WITH_RC4_40_MD5","iana":"TLS_KRB5_EXPORT_WITH_RC4_40_MD5","openssl":"EXP-KRB5-RC4-MD5","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"KRB5","au":"KRB5","cipher":"RC4","mode":"STREAM","keyBits":40,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC4 broken/too short","MD5 MAC","key < 112 bits"],"refs":["rfc2712","rfc6347"]},{"code":44,"hex":"0x002C","name":"TLS_PSK_WITH_NULL_SHA","iana":"TLS_PSK_WITH_NULL_SHA","openssl":"PSK-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc4785"]},{"code":45,"hex":"0x002D","name":"TLS_DHE_PSK_WITH_NULL_SHA","iana":"TLS_DHE_PSK_WITH_NULL_SHA","openssl":"DHE-PSK-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc4785"]},{"code":46,"hex":"0x002E","name":"TLS_RSA_PSK_WITH_NULL_SHA","iana":"TLS_RSA_PSK_WITH_NULL_SHA","openssl":"RSA-PSK-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc4785"]},{"code":47,"hex":"0x002F","name":"TLS_RSA_WITH_AES_128_CBC_SHA","iana":"TLS_RSA_WITH_AES_128_CBC_SHA","openssl":"AES128-SHA","nodeName":"aes128-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":48,"hex":"0x0030","name":"TLS_DH_DSS_WITH_AES_128_CBC_SHA","iana":"TLS_DH_DSS_WITH_AES_128_CBC_SHA","openssl":"DH-DSS-AES128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":49,"hex":"0x0031","name":"TLS_DH_RSA_WITH_AES_128_CBC_SHA","iana":"TLS_DH_RSA_WITH_AES_128_CBC_SHA","openssl":"DH-RSA-AES128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":50,"hex":"0x0032","name":"TLS_DHE_DSS_WITH_AES_128_CBC_SHA","iana":"TLS_DHE_DSS_WITH_AES_128_CBC_SHA","openssl":"DHE-DSS-AES128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":51,"hex":"0x0033","name":"TLS_DHE_RSA_WITH_AES_128_CBC_SHA","iana":"TLS_DHE_RSA_WITH_AES_128_CBC_SHA","openssl":"DHE-RSA-AES128-SHA","nodeName":"dhe-rsa-aes128-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":52,"hex":"0x0034","name":"TLS_DH_anon_WITH_AES_128_CBC_SHA","iana":"TLS_DH_anon_WITH_AES_128_CBC_SHA","openssl":"ADH-AES128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5246"]},{"code":53,"hex":"0x0035","name":"TLS_RSA_WITH_AES_256_CBC_SHA","iana":"TLS_RSA_WITH_AES_256_CBC_SHA","openssl":"AES256-SHA","nodeName":"aes256-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":54,"hex":"0x0036","name":"TLS_DH_DSS_WITH_AES_256_CBC_SHA","iana":"TLS_DH_DSS_WITH_AES_256_CBC_SHA","openssl":"DH-DSS-AES256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":55,"hex":"0x0037","name":"TLS_DH_RSA_WITH_AES_256_CBC_SHA","iana":"TLS_DH_RSA_WITH_AES_256_CBC_SHA","openssl":"DH-RSA-AES256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":56,"hex":"0x0038","name":"TLS_DHE_DSS_WITH_AES_256_CBC_SHA","iana":"TLS_DHE_DSS_WITH_AES_256_CBC_SHA","openssl":"DHE-DSS-AES256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":57,"hex":"0x0039","name":"TLS_DHE_RSA_WITH_AES_256_CBC_SHA","iana":"TLS_DHE_RSA_WITH_AES_256_CBC_SHA","openssl":"DHE-RSA-AES256-SHA","nodeName":"dhe-rsa-aes256-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5246"]},{"code":58,"hex":"0x003A","name":"TLS_DH_anon_WITH_AES_256_CBC_SHA","iana":"TLS_DH_anon_WITH_AES_256_CBC_SHA","openssl":"ADH-AES256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5246"]},{"code":59,"hex":"0x003B","name":"TLS_RSA_WITH_NULL_SHA256","iana":"TLS_RSA_WITH_NULL_SHA256","openssl":"NULL-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5246"]},{"code":60,"hex":"0x003C","name":"TLS_RSA_WITH_AES_128_CBC_SHA256","iana":"TLS_RSA_WITH_AES_128_CBC_SHA256","openssl":"AES128-SHA256","nodeName":"aes128-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":61,"hex":"0x003D","name":"TLS_RSA_WITH_AES_256_CBC_SHA256","iana":"TLS_RSA_WITH_AES_256_CBC_SHA256","openssl":"AES256-SHA256","nodeName":"aes256-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":62,"hex":"0x003E","name":"TLS_DH_DSS_WITH_AES_128_CBC_SHA256","iana":"TLS_DH_DSS_WITH_AES_128_CBC_SHA256","openssl":"DH-DSS-AES128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":63,"hex":"0x003F","name":"TLS_DH_RSA_WITH_AES_128_CBC_SHA256","iana":"TLS_DH_RSA_WITH_AES_128_CBC_SHA256","openssl":"DH-RSA-AES128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":64,"hex":"0x0040","name":"TLS_DHE_DSS_WITH_AES_128_CBC_SHA256","iana":"TLS_DHE_DSS_WITH_AES_128_CBC_SHA256","openssl":"DHE-DSS-AES128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":65,"hex":"0x0041","name":"TLS_RSA_WITH_CAMELLIA_128_CBC_SHA","iana":"TLS_RSA_WITH_CAMELLIA_128_CBC_SHA","openssl":"CAMELLIA128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":66,"hex":"0x0042","name":"TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA","iana":"TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA","openssl":"DH-DSS-CAMELLIA128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":67,"hex":"0x0043","name":"TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA","iana":"TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA","openssl":"DH-RSA-CAMELLIA128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":68,"hex":"0x0044","name":"TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA","iana":"TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA","openssl":"DHE-DSS-CAMELLIA128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":69,"hex":"0x0045","name":"TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA","iana":"TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA","openssl":"DHE-RSA-CAMELLIA128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":70,"hex":"0x0046","name":"TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA","iana":"TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA","openssl":"ADH-CAMELLIA128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5932"]},{"code":96,"hex":"0x0060","name":"TLS_RSA_EXPORT1024_WITH_RC4_56_MD5","iana":null,"openssl":"EXP1024-RC4-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"RSA","au":"RSA","cipher":"RC4","mode":"STREAM","keyBits":56,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC4 broken/too short","MD5 MAC","key < 112 bits"],"refs":["unknown"]},{"code":97,"hex":"0x0061","name":"TLS_RSA_EXPORT1024_WITH_RC2_CBC_56_MD5","iana":null,"openssl":"EXP1024-RC2-CBC-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"RSA","au":"RSA","cipher":"RC2","mode":"CBC","keyBits":56,"mac":"HMAC-MD5","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC2 broken/too short","MD5 MAC","key < 112 bits"],"refs":["unknown"]},{"code":98,"hex":"0x0062","name":"TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA","iana":null,"openssl":"EXP1024-DES-CBC-SHA","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"RSA","au":"RSA","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["draft-ietf-tls-56-bit-ciphersuites-01"]},{"code":99,"hex":"0x0063","name":"TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA","iana":null,"openssl":"EXP1024-DHE-DSS-DES-CBC-SHA","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DHE","au":"DSS","cipher":"DES","mode":"CBC","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","DES broken/too short","key < 112 bits"],"refs":["draft-ietf-tls-56-bit-ciphersuites-01"]},{"code":100,"hex":"0x0064","name":"TLS_RSA_EXPORT1024_WITH_RC4_56_SHA","iana":null,"openssl":"EXP1024-RC4-SHA","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"RSA","au":"RSA","cipher":"RC4","mode":"STREAM","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC4 broken/too short","key < 112 bits"],"refs":["draft-ietf-tls-56-bit-ciphersuites-01"]},{"code":101,"hex":"0x0065","name":"TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA","iana":null,"openssl":"EXP1024-DHE-DSS-RC4-SHA","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"table","kx":"DHE","au":"DSS","cipher":"RC4","mode":"STREAM","keyBits":56,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["export-grade","RC4 broken/too short","key < 112 bits"],"refs":["draft-ietf-tls-56-bit-ciphersuites-01"]},{"code":102,"hex":"0x0066","name":"TLS_DHE_DSS_WITH_RC4_128_SHA","iana":null,"openssl":"DHE-DSS-RC4-SHA","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["draft-ietf-tls-56-bit-ciphersuites-01"]},{"code":103,"hex":"0x0067","name":"TLS_DHE_RSA_WITH_AES_128_CBC_SHA256","iana":"TLS_DHE_RSA_WITH_AES_128_CBC_SHA256","openssl":"DHE-RSA-AES128-SHA256","nodeName":"dhe-rsa-aes128-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":104,"hex":"0x0068","name":"TLS_DH_DSS_WITH_AES_256_CBC_SHA256","iana":"TLS_DH_DSS_WITH_AES_256_CBC_SHA256","openssl":"DH-DSS-AES256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":105,"hex":"0x0069","name":"TLS_DH_RSA_WITH_AES_256_CBC_SHA256","iana":"TLS_DH_RSA_WITH_AES_256_CBC_SHA256","openssl":"DH-RSA-AES256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":106,"hex":"0x006A","name":"TLS_DHE_DSS_WITH_AES_256_CBC_SHA256","iana":"TLS_DHE_DSS_WITH_AES_256_CBC_SHA256","openssl":"DHE-DSS-AES256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":107,"hex":"0x006B","name":"TLS_DHE_RSA_WITH_AES_256_CBC_SHA256","iana":"TLS_DHE_RSA_WITH_AES_256_CBC_SHA256","openssl":"DHE-RSA-AES256-SHA256","nodeName":"dhe-rsa-aes256-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5246"]},{"code":108,"hex":"0x006C","name":"TLS_DH_anon_WITH_AES_128_CBC_SHA256","iana":"TLS_DH_anon_WITH_AES_128_CBC_SHA256","openssl":"ADH-AES128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5246"]},{"code":109,"hex":"0x006D","name":"TLS_DH_anon_WITH_AES_256_CBC_SHA256","iana":"TLS_DH_anon_WITH_AES_256_CBC_SHA256","openssl":"ADH-AES256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5246"]},{"code":128,"hex":"0x0080","name":"TLS_GOSTR341094_WITH_28147_CNT_IMIT","iana":null,"openssl":"GOST94-GOST89-GOST89","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":129,"hex":"0x0081","name":"TLS_GOSTR341001_WITH_28147_CNT_IMIT","iana":null,"openssl":"GOST2001-GOST89-GOST89","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":130,"hex":"0x0082","name":"TLS_GOSTR341094_WITH_NULL_GOSTR3411","iana":null,"openssl":"GOST94-NULL-GOST94","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":131,"hex":"0x0083","name":"TLS_GOSTR341001_WITH_NULL_GOSTR3411","iana":null,"openssl":"GOST2001-NULL-GOST94","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":132,"hex":"0x0084","name":"TLS_RSA_WITH_CAMELLIA_256_CBC_SHA","iana":"TLS_RSA_WITH_CAMELLIA_256_CBC_SHA","openssl":"CAMELLIA256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":133,"hex":"0x0085","name":"TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA","iana":"TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA","openssl":"DH-DSS-CAMELLIA256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":134,"hex":"0x0086","name":"TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA","iana":"TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA","openssl":"DH-RSA-CAMELLIA256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":135,"hex":"0x0087","name":"TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA","iana":"TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA","openssl":"DHE-DSS-CAMELLIA256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":136,"hex":"0x0088","name":"TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA","iana":"TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA","openssl":"DHE-RSA-CAMELLIA256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5932"]},{"code":137,"hex":"0x0089","name":"TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA","iana":"TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA","openssl":"ADH-CAMELLIA256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5932"]},{"code":138,"hex":"0x008A","name":"TLS_PSK_WITH_RC4_128_SHA","iana":"TLS_PSK_WITH_RC4_128_SHA","openssl":"PSK-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc4279","rfc6347"]},{"code":139,"hex":"0x008B","name":"TLS_PSK_WITH_3DES_EDE_CBC_SHA","iana":"TLS_PSK_WITH_3DES_EDE_CBC_SHA","openssl":"PSK-3DES-EDE-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":140,"hex":"0x008C","name":"TLS_PSK_WITH_AES_128_CBC_SHA","iana":"TLS_PSK_WITH_AES_128_CBC_SHA","openssl":"PSK-AES128-CBC-SHA","nodeName":"psk-aes128-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":141,"hex":"0x008D","name":"TLS_PSK_WITH_AES_256_CBC_SHA","iana":"TLS_PSK_WITH_AES_256_CBC_SHA","openssl":"PSK-AES256-CBC-SHA","nodeName":"psk-aes256-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":142,"hex":"0x008E","name":"TLS_DHE_PSK_WITH_RC4_128_SHA","iana":"TLS_DHE_PSK_WITH_RC4_128_SHA","openssl":"DHE-PSK-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc4279","rfc6347"]},{"code":143,"hex":"0x008F","name":"TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA","iana":"TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA","openssl":"DHE-PSK-3DES-EDE-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":144,"hex":"0x0090","name":"TLS_DHE_PSK_WITH_AES_128_CBC_SHA","iana":"TLS_DHE_PSK_WITH_AES_128_CBC_SHA","openssl":"DHE-PSK-AES128-CBC-SHA","nodeName":"dhe-psk-aes128-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":145,"hex":"0x0091","name":"TLS_DHE_PSK_WITH_AES_256_CBC_SHA","iana":"TLS_DHE_PSK_WITH_AES_256_CBC_SHA","openssl":"DHE-PSK-AES256-CBC-SHA","nodeName":"dhe-psk-aes256-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":146,"hex":"0x0092","name":"TLS_RSA_PSK_WITH_RC4_128_SHA","iana":"TLS_RSA_PSK_WITH_RC4_128_SHA","openssl":"RSA-PSK-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc4279","rfc6347"]},{"code":147,"hex":"0x0093","name":"TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA","iana":"TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA","openssl":"RSA-PSK-3DES-EDE-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":148,"hex":"0x0094","name":"TLS_RSA_PSK_WITH_AES_128_CBC_SHA","iana":"TLS_RSA_PSK_WITH_AES_128_CBC_SHA","openssl":"RSA-PSK-AES128-CBC-SHA","nodeName":"rsa-psk-aes128-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":149,"hex":"0x0095","name":"TLS_RSA_PSK_WITH_AES_256_CBC_SHA","iana":"TLS_RSA_PSK_WITH_AES_256_CBC_SHA","openssl":"RSA-PSK-AES256-CBC-SHA","nodeName":"rsa-psk-aes256-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4279"]},{"code":150,"hex":"0x0096","name":"TLS_RSA_WITH_SEED_CBC_SHA","iana":"TLS_RSA_WITH_SEED_CBC_SHA","openssl":"SEED-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"SEED","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4162"]},{"code":151,"hex":"0x0097","name":"TLS_DH_DSS_WITH_SEED_CBC_SHA","iana":"TLS_DH_DSS_WITH_SEED_CBC_SHA","openssl":"DH-DSS-SEED-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"SEED","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4162"]},{"code":152,"hex":"0x0098","name":"TLS_DH_RSA_WITH_SEED_CBC_SHA","iana":"TLS_DH_RSA_WITH_SEED_CBC_SHA","openssl":"DH-RSA-SEED-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"SEED","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4162"]},{"code":153,"hex":"0x0099","name":"TLS_DHE_DSS_WITH_SEED_CBC_SHA","iana":"TLS_DHE_DSS_WITH_SEED_CBC_SHA","openssl":"DHE-DSS-SEED-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"SEED","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4162"]},{"code":154,"hex":"0x009A","name":"TLS_DHE_RSA_WITH_SEED_CBC_SHA","iana":"TLS_DHE_RSA_WITH_SEED_CBC_SHA","openssl":"DHE-RSA-SEED-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"SEED","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc4162"]},{"code":155,"hex":"0x009B","name":"TLS_DH_anon_WITH_SEED_CBC_SHA","iana":"TLS_DH_anon_WITH_SEED_CBC_SHA","openssl":"ADH-SEED-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"SEED","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc4162"]},{"code":156,"hex":"0x009C","name":"TLS_RSA_WITH_AES_128_GCM_SHA256","iana":"TLS_RSA_WITH_AES_128_GCM_SHA256","openssl":"AES128-GCM-SHA256","nodeName":"aes128-gcm-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5288"]},{"code":157,"hex":"0x009D","name":"TLS_RSA_WITH_AES_256_GCM_SHA384","iana":"TLS_RSA_WITH_AES_256_GCM_SHA384","openssl":"AES256-GCM-SHA384","nodeName":"aes256-gcm-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5288"]},{"code":158,"hex":"0x009E","name":"TLS_DHE_RSA_WITH_AES_128_GCM_SHA256","iana":"TLS_DHE_RSA_WITH_AES_128_GCM_SHA256","openssl":"DHE-RSA-AES128-GCM-SHA256","nodeName":"dhe-rsa-aes128-gcm-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc5288"]},{"code":159,"hex":"0x009F","name":"TLS_DHE_RSA_WITH_AES_256_GCM_SHA384","iana":"TLS_DHE_RSA_WITH_AES_256_GCM_SHA384","openssl":"DHE-RSA-AES256-GCM-SHA384","nodeName":"dhe-rsa-aes256-gcm-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc5288"]},{"code":160,"hex":"0x00A0","name":"TLS_DH_RSA_WITH_AES_128_GCM_SHA256","iana":"TLS_DH_RSA_WITH_AES_128_GCM_SHA256","openssl":"DH-RSA-AES128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5288"]},{"code":161,"hex":"0x00A1","name":"TLS_DH_RSA_WITH_AES_256_GCM_SHA384","iana":"TLS_DH_RSA_WITH_AES_256_GCM_SHA384","openssl":"DH-RSA-AES256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5288"]},{"code":162,"hex":"0x00A2","name":"TLS_DHE_DSS_WITH_AES_128_GCM_SHA256","iana":"TLS_DHE_DSS_WITH_AES_128_GCM_SHA256","openssl":"DHE-DSS-AES128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc5288"]},{"code":163,"hex":"0x00A3","name":"TLS_DHE_DSS_WITH_AES_256_GCM_SHA384","iana":"TLS_DHE_DSS_WITH_AES_256_GCM_SHA384","openssl":"DHE-DSS-AES256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc5288"]},{"code":164,"hex":"0x00A4","name":"TLS_DH_DSS_WITH_AES_128_GCM_SHA256","iana":"TLS_DH_DSS_WITH_AES_128_GCM_SHA256","openssl":"DH-DSS-AES128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5288"]},{"code":165,"hex":"0x00A5","name":"TLS_DH_DSS_WITH_AES_256_GCM_SHA384","iana":"TLS_DH_DSS_WITH_AES_256_GCM_SHA384","openssl":"DH-DSS-AES256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5288"]},{"code":166,"hex":"0x00A6","name":"TLS_DH_anon_WITH_AES_128_GCM_SHA256","iana":"TLS_DH_anon_WITH_AES_128_GCM_SHA256","openssl":"ADH-AES128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5288"]},{"code":167,"hex":"0x00A7","name":"TLS_DH_anon_WITH_AES_256_GCM_SHA384","iana":"TLS_DH_anon_WITH_AES_256_GCM_SHA384","openssl":"ADH-AES256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5288"]},{"code":168,"hex":"0x00A8","name":"TLS_PSK_WITH_AES_128_GCM_SHA256","iana":"TLS_PSK_WITH_AES_128_GCM_SHA256","openssl":"PSK-AES128-GCM-SHA256","nodeName":"psk-aes128-gcm-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5487"]},{"code":169,"hex":"0x00A9","name":"TLS_PSK_WITH_AES_256_GCM_SHA384","iana":"TLS_PSK_WITH_AES_256_GCM_SHA384","openssl":"PSK-AES256-GCM-SHA384","nodeName":"psk-aes256-gcm-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5487"]},{"code":170,"hex":"0x00AA","name":"TLS_DHE_PSK_WITH_AES_128_GCM_SHA256","iana":"TLS_DHE_PSK_WITH_AES_128_GCM_SHA256","openssl":"DHE-PSK-AES128-GCM-SHA256","nodeName":"dhe-psk-aes128-gcm-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc5487"]},{"code":171,"hex":"0x00AB","name":"TLS_DHE_PSK_WITH_AES_256_GCM_SHA384","iana":"TLS_DHE_PSK_WITH_AES_256_GCM_SHA384","openssl":"DHE-PSK-AES256-GCM-SHA384","nodeName":"dhe-psk-aes256-gcm-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc5487"]},{"code":172,"hex":"0x00AC","name":"TLS_RSA_PSK_WITH_AES_128_GCM_SHA256","iana":"TLS_RSA_PSK_WITH_AES_128_GCM_SHA256","openssl":"RSA-PSK-AES128-GCM-SHA256","nodeName":"rsa-psk-aes128-gcm-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5487"]},{"code":173,"hex":"0x00AD","name":"TLS_RSA_PSK_WITH_AES_256_GCM_SHA384","iana":"TLS_RSA_PSK_WITH_AES_256_GCM_SHA384","openssl":"RSA-PSK-AES256-GCM-SHA384","nodeName":"rsa-psk-aes256-gcm-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5487"]},{"code":174,"hex":"0x00AE","name":"TLS_PSK_WITH_AES_128_CBC_SHA256","iana":"TLS_PSK_WITH_AES_128_CBC_SHA256","openssl":"PSK-AES128-CBC-SHA256","nodeName":"psk-aes128-cbc-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"PSK","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5487"]},{"code":175,"hex":"0x00AF","name":"TLS_PSK_WITH_AES_256_CBC_SHA384","iana":"TLS_PSK_WITH_AES_256_CBC_SHA384","openssl":"PSK-AES256-CBC-SHA384","nodeName":"psk-aes256-cbc-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"PSK","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5487"]},{"code":176,"hex":"0x00B0","name":"TLS_PSK_WITH_NULL_SHA256","iana":"TLS_PSK_WITH_NULL_SHA256","openssl":"PSK-NULL-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"PSK","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5487"]},{"code":177,"hex":"0x00B1","name":"TLS_PSK_WITH_NULL_SHA384","iana":"TLS_PSK_WITH_NULL_SHA384","openssl":"PSK-NULL-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"PSK","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5487"]},{"code":178,"hex":"0x00B2","name":"TLS_DHE_PSK_WITH_AES_128_CBC_SHA256","iana":"TLS_DHE_PSK_WITH_AES_128_CBC_SHA256","openssl":"DHE-PSK-AES128-CBC-SHA256","nodeName":"dhe-psk-aes128-cbc-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"DHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5487"]},{"code":179,"hex":"0x00B3","name":"TLS_DHE_PSK_WITH_AES_256_CBC_SHA384","iana":"TLS_DHE_PSK_WITH_AES_256_CBC_SHA384","openssl":"DHE-PSK-AES256-CBC-SHA384","nodeName":"dhe-psk-aes256-cbc-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"DHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5487"]},{"code":180,"hex":"0x00B4","name":"TLS_DHE_PSK_WITH_NULL_SHA256","iana":"TLS_DHE_PSK_WITH_NULL_SHA256","openssl":"DHE-PSK-NULL-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"DHE","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5487"]},{"code":181,"hex":"0x00B5","name":"TLS_DHE_PSK_WITH_NULL_SHA384","iana":"TLS_DHE_PSK_WITH_NULL_SHA384","openssl":"DHE-PSK-NULL-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"DHE","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5487"]},{"code":182,"hex":"0x00B6","name":"TLS_RSA_PSK_WITH_AES_128_CBC_SHA256","iana":"TLS_RSA_PSK_WITH_AES_128_CBC_SHA256","openssl":"RSA-PSK-AES128-CBC-SHA256","nodeName":"rsa-psk-aes128-cbc-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"RSA","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5487"]},{"code":183,"hex":"0x00B7","name":"TLS_RSA_PSK_WITH_AES_256_CBC_SHA384","iana":"TLS_RSA_PSK_WITH_AES_256_CBC_SHA384","openssl":"RSA-PSK-AES256-CBC-SHA384","nodeName":"rsa-psk-aes256-cbc-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"RSA","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5487"]},{"code":184,"hex":"0x00B8","name":"TLS_RSA_PSK_WITH_NULL_SHA256","iana":"TLS_RSA_PSK_WITH_NULL_SHA256","openssl":"RSA-PSK-NULL-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"RSA","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5487"]},{"code":185,"hex":"0x00B9","name":"TLS_RSA_PSK_WITH_NULL_SHA384","iana":"TLS_RSA_PSK_WITH_NULL_SHA384","openssl":"RSA-PSK-NULL-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"RSA","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5487"]},{"code":186,"hex":"0x00BA","name":"TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256","openssl":"CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":187,"hex":"0x00BB","name":"TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA256","openssl":"DH-DSS-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":188,"hex":"0x00BC","name":"TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA256","openssl":"DH-RSA-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":189,"hex":"0x00BD","name":"TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256","openssl":"DHE-DSS-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":190,"hex":"0x00BE","name":"TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256","openssl":"DHE-RSA-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":191,"hex":"0x00BF","name":"TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256","openssl":"ADH-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5932"]},{"code":192,"hex":"0x00C0","name":"TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256","iana":"TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256","openssl":"CAMELLIA256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":193,"hex":"0x00C1","name":"TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA256","iana":"TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA256","openssl":"DH-DSS-CAMELLIA256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":194,"hex":"0x00C2","name":"TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA256","iana":"TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA256","openssl":"DH-RSA-CAMELLIA256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":195,"hex":"0x00C3","name":"TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256","iana":"TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256","openssl":"DHE-DSS-CAMELLIA256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":196,"hex":"0x00C4","name":"TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256","iana":"TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256","openssl":"DHE-RSA-CAMELLIA256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5932"]},{"code":197,"hex":"0x00C5","name":"TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256","iana":"TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256","openssl":"ADH-CAMELLIA256-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc5932"]},{"code":198,"hex":"0x00C6","name":"TLS_SM4_GCM_SM3","iana":"TLS_SM4_GCM_SM3","openssl":"TLS_SM4_GCM_SM3","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"SM4","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SM3","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","national algorithm (GOST/SM)"],"refs":["rfc8998"]},{"code":199,"hex":"0x00C7","name":"TLS_SM4_CCM_SM3","iana":"TLS_SM4_CCM_SM3","openssl":"TLS_SM4_CCM_SM3","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"SM4","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SM3","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","national algorithm (GOST/SM)"],"refs":["rfc8998"]},{"code":255,"hex":"0x00FF","name":"TLS_EMPTY_RENEGOTIATION_INFO_SCSV","iana":"TLS_EMPTY_RENEGOTIATION_INFO_SCSV","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":true,"minVersion":null,"maxVersion":null,"versionSource":"table","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"n/a","ratingReasons":["signalling value, not a cipher suite"],"refs":["rfc5746"]},{"code":4865,"hex":"0x1301","name":"TLS_AES_128_GCM_SHA256","iana":"TLS_AES_128_GCM_SHA256","openssl":"TLS_AES_128_GCM_SHA256","nodeName":"tls_aes_128_gcm_sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["TLS 1.3 standard AEAD"],"refs":["rfc8446"]},{"code":4866,"hex":"0x1302","name":"TLS_AES_256_GCM_SHA384","iana":"TLS_AES_256_GCM_SHA384","openssl":"TLS_AES_256_GCM_SHA384","nodeName":"tls_aes_256_gcm_sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["TLS 1.3 standard AEAD"],"refs":["rfc8446"]},{"code":4867,"hex":"0x1303","name":"TLS_CHACHA20_POLY1305_SHA256","iana":"TLS_CHACHA20_POLY1305_SHA256","openssl":"TLS_CHACHA20_POLY1305_SHA256","nodeName":"tls_chacha20_poly1305_sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["TLS 1.3 standard AEAD"],"refs":["rfc8446"]},{"code":4868,"hex":"0x1304","name":"TLS_AES_128_CCM_SHA256","iana":"TLS_AES_128_CCM_SHA256","openssl":"TLS_AES_128_CCM_SHA256","nodeName":"tls_aes_128_ccm_sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc8446"]},{"code":4869,"hex":"0x1305","name":"TLS_AES_128_CCM_8_SHA256","iana":"TLS_AES_128_CCM_8_SHA256","openssl":"TLS_AES_128_CCM_8_SHA256","nodeName":"tls_aes_128_ccm_8_sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"AES","mode":"CCM_8","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","64-bit tag (CCM_8)"],"refs":["rfc8446","iesg action 2018-08-16"]},{"code":4870,"hex":"0x1306","name":"TLS_AEGIS_256_SHA512","iana":"TLS_AEGIS_256_SHA512","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"AEGIS-256","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA512","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["draft-irtf-cfrg-aegis-aead-08"]},{"code":4871,"hex":"0x1307","name":"TLS_AEGIS_128L_SHA256","iana":"TLS_AEGIS_128L_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"AEGIS-128L","mode":"AEAD","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["draft-irtf-cfrg-aegis-aead-08"]},{"code":5815,"hex":"0x16B7","name":"TLS_CECPQ1_RSA_WITH_CHACHA20_POLY1305_SHA256","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":5816,"hex":"0x16B8","name":"TLS_CECPQ1_ECDSA_WITH_CHACHA20_POLY1305_SHA256","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":5817,"hex":"0x16B9","name":"TLS_CECPQ1_RSA_WITH_AES_256_GCM_SHA384","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":5818,"hex":"0x16BA","name":"TLS_CECPQ1_ECDSA_WITH_AES_256_GCM_SHA384","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":22016,"hex":"0x5600","name":"TLS_FALLBACK_SCSV","iana":"TLS_FALLBACK_SCSV","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":true,"minVersion":null,"maxVersion":null,"versionSource":"table","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"n/a","ratingReasons":["signalling value, not a cipher suite"],"refs":["rfc7507"]},{"code":49153,"hex":"0xC001","name":"TLS_ECDH_ECDSA_WITH_NULL_SHA","iana":"TLS_ECDH_ECDSA_WITH_NULL_SHA","openssl":"ECDH-ECDSA-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc8422"]},{"code":49154,"hex":"0xC002","name":"TLS_ECDH_ECDSA_WITH_RC4_128_SHA","iana":"TLS_ECDH_ECDSA_WITH_RC4_128_SHA","openssl":"ECDH-ECDSA-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc8422","rfc6347"]},{"code":49155,"hex":"0xC003","name":"TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA","openssl":"ECDH-ECDSA-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49156,"hex":"0xC004","name":"TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA","iana":"TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA","openssl":"ECDH-ECDSA-AES128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49157,"hex":"0xC005","name":"TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA","iana":"TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA","openssl":"ECDH-ECDSA-AES256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49158,"hex":"0xC006","name":"TLS_ECDHE_ECDSA_WITH_NULL_SHA","iana":"TLS_ECDHE_ECDSA_WITH_NULL_SHA","openssl":"ECDHE-ECDSA-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc8422"]},{"code":49159,"hex":"0xC007","name":"TLS_ECDHE_ECDSA_WITH_RC4_128_SHA","iana":"TLS_ECDHE_ECDSA_WITH_RC4_128_SHA","openssl":"ECDHE-ECDSA-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc8422","rfc6347"]},{"code":49160,"hex":"0xC008","name":"TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA","openssl":"ECDHE-ECDSA-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49161,"hex":"0xC009","name":"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA","iana":"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA","openssl":"ECDHE-ECDSA-AES128-SHA","nodeName":"ecdhe-ecdsa-aes128-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49162,"hex":"0xC00A","name":"TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA","iana":"TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA","openssl":"ECDHE-ECDSA-AES256-SHA","nodeName":"ecdhe-ecdsa-aes256-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49163,"hex":"0xC00B","name":"TLS_ECDH_RSA_WITH_NULL_SHA","iana":"TLS_ECDH_RSA_WITH_NULL_SHA","openssl":"ECDH-RSA-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc8422"]},{"code":49164,"hex":"0xC00C","name":"TLS_ECDH_RSA_WITH_RC4_128_SHA","iana":"TLS_ECDH_RSA_WITH_RC4_128_SHA","openssl":"ECDH-RSA-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc8422","rfc6347"]},{"code":49165,"hex":"0xC00D","name":"TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA","openssl":"ECDH-RSA-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49166,"hex":"0xC00E","name":"TLS_ECDH_RSA_WITH_AES_128_CBC_SHA","iana":"TLS_ECDH_RSA_WITH_AES_128_CBC_SHA","openssl":"ECDH-RSA-AES128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49167,"hex":"0xC00F","name":"TLS_ECDH_RSA_WITH_AES_256_CBC_SHA","iana":"TLS_ECDH_RSA_WITH_AES_256_CBC_SHA","openssl":"ECDH-RSA-AES256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49168,"hex":"0xC010","name":"TLS_ECDHE_RSA_WITH_NULL_SHA","iana":"TLS_ECDHE_RSA_WITH_NULL_SHA","openssl":"ECDHE-RSA-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc8422"]},{"code":49169,"hex":"0xC011","name":"TLS_ECDHE_RSA_WITH_RC4_128_SHA","iana":"TLS_ECDHE_RSA_WITH_RC4_128_SHA","openssl":"ECDHE-RSA-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc8422","rfc6347"]},{"code":49170,"hex":"0xC012","name":"TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA","openssl":"ECDHE-RSA-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49171,"hex":"0xC013","name":"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA","iana":"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA","openssl":"ECDHE-RSA-AES128-SHA","nodeName":"ecdhe-rsa-aes128-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49172,"hex":"0xC014","name":"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA","iana":"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA","openssl":"ECDHE-RSA-AES256-SHA","nodeName":"ecdhe-rsa-aes256-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc8422"]},{"code":49173,"hex":"0xC015","name":"TLS_ECDH_anon_WITH_NULL_SHA","iana":"TLS_ECDH_anon_WITH_NULL_SHA","openssl":"AECDH-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"anon","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)","no authentication (anonymous)"],"refs":["rfc8422"]},{"code":49174,"hex":"0xC016","name":"TLS_ECDH_anon_WITH_RC4_128_SHA","iana":"TLS_ECDH_anon_WITH_RC4_128_SHA","openssl":"AECDH-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"anon","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)","RC4 broken/too short"],"refs":["rfc8422","rfc6347"]},{"code":49175,"hex":"0xC017","name":"TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA","iana":"TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA","openssl":"AECDH-DES-CBC3-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"anon","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc8422"]},{"code":49176,"hex":"0xC018","name":"TLS_ECDH_anon_WITH_AES_128_CBC_SHA","iana":"TLS_ECDH_anon_WITH_AES_128_CBC_SHA","openssl":"AECDH-AES128-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"anon","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc8422"]},{"code":49177,"hex":"0xC019","name":"TLS_ECDH_anon_WITH_AES_256_CBC_SHA","iana":"TLS_ECDH_anon_WITH_AES_256_CBC_SHA","openssl":"AECDH-AES256-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"anon","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc8422"]},{"code":49178,"hex":"0xC01A","name":"TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA","openssl":"SRP-3DES-EDE-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"SRP","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49179,"hex":"0xC01B","name":"TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA","iana":"TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA","openssl":"SRP-RSA-3DES-EDE-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"RSA","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49180,"hex":"0xC01C","name":"TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA","iana":"TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA","openssl":"SRP-DSS-3DES-EDE-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"DSS","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49181,"hex":"0xC01D","name":"TLS_SRP_SHA_WITH_AES_128_CBC_SHA","iana":"TLS_SRP_SHA_WITH_AES_128_CBC_SHA","openssl":"SRP-AES-128-CBC-SHA","nodeName":"srp-aes-128-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"SRP","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49182,"hex":"0xC01E","name":"TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA","iana":"TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA","openssl":"SRP-RSA-AES-128-CBC-SHA","nodeName":"srp-rsa-aes-128-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49183,"hex":"0xC01F","name":"TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA","iana":"TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA","openssl":"SRP-DSS-AES-128-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"DSS","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49184,"hex":"0xC020","name":"TLS_SRP_SHA_WITH_AES_256_CBC_SHA","iana":"TLS_SRP_SHA_WITH_AES_256_CBC_SHA","openssl":"SRP-AES-256-CBC-SHA","nodeName":"srp-aes-256-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"SRP","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49185,"hex":"0xC021","name":"TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA","iana":"TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA","openssl":"SRP-RSA-AES-256-CBC-SHA","nodeName":"srp-rsa-aes-256-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49186,"hex":"0xC022","name":"TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA","iana":"TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA","openssl":"SRP-DSS-AES-256-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"SRP","au":"DSS","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC","SRP (legacy, SHA-1 based)"],"refs":["rfc5054"]},{"code":49187,"hex":"0xC023","name":"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256","iana":"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256","openssl":"ECDHE-ECDSA-AES128-SHA256","nodeName":"ecdhe-ecdsa-aes128-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49188,"hex":"0xC024","name":"TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384","iana":"TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384","openssl":"ECDHE-ECDSA-AES256-SHA384","nodeName":"ecdhe-ecdsa-aes256-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49189,"hex":"0xC025","name":"TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256","iana":"TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256","openssl":"ECDH-ECDSA-AES128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49190,"hex":"0xC026","name":"TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384","iana":"TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384","openssl":"ECDH-ECDSA-AES256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49191,"hex":"0xC027","name":"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256","iana":"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256","openssl":"ECDHE-RSA-AES128-SHA256","nodeName":"ecdhe-rsa-aes128-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49192,"hex":"0xC028","name":"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384","iana":"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384","openssl":"ECDHE-RSA-AES256-SHA384","nodeName":"ecdhe-rsa-aes256-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49193,"hex":"0xC029","name":"TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256","iana":"TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256","openssl":"ECDH-RSA-AES128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49194,"hex":"0xC02A","name":"TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384","iana":"TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384","openssl":"ECDH-RSA-AES256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5289"]},{"code":49195,"hex":"0xC02B","name":"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256","iana":"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256","openssl":"ECDHE-ECDSA-AES128-GCM-SHA256","nodeName":"ecdhe-ecdsa-aes128-gcm-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc5289"]},{"code":49196,"hex":"0xC02C","name":"TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384","iana":"TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384","openssl":"ECDHE-ECDSA-AES256-GCM-SHA384","nodeName":"ecdhe-ecdsa-aes256-gcm-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc5289"]},{"code":49197,"hex":"0xC02D","name":"TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256","iana":"TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256","openssl":"ECDH-ECDSA-AES128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5289"]},{"code":49198,"hex":"0xC02E","name":"TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384","iana":"TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384","openssl":"ECDH-ECDSA-AES256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5289"]},{"code":49199,"hex":"0xC02F","name":"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256","iana":"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256","openssl":"ECDHE-RSA-AES128-GCM-SHA256","nodeName":"ecdhe-rsa-aes128-gcm-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc5289"]},{"code":49200,"hex":"0xC030","name":"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384","iana":"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384","openssl":"ECDHE-RSA-AES256-GCM-SHA384","nodeName":"ecdhe-rsa-aes256-gcm-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc5289"]},{"code":49201,"hex":"0xC031","name":"TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256","iana":"TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256","openssl":"ECDH-RSA-AES128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5289"]},{"code":49202,"hex":"0xC032","name":"TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384","iana":"TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384","openssl":"ECDH-RSA-AES256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc5289"]},{"code":49203,"hex":"0xC033","name":"TLS_ECDHE_PSK_WITH_RC4_128_SHA","iana":"TLS_ECDHE_PSK_WITH_RC4_128_SHA","openssl":"ECDHE-PSK-RC4-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"RC4","mode":"STREAM","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["RC4 broken/too short"],"refs":["rfc5489","rfc6347"]},{"code":49204,"hex":"0xC034","name":"TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA","iana":"TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA","openssl":"ECDHE-PSK-3DES-EDE-CBC-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"3DES","mode":"CBC","keyBits":112,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)","CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5489"]},{"code":49205,"hex":"0xC035","name":"TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA","iana":"TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA","openssl":"ECDHE-PSK-AES128-CBC-SHA","nodeName":"ecdhe-psk-aes128-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5489"]},{"code":49206,"hex":"0xC036","name":"TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA","iana":"TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA","openssl":"ECDHE-PSK-AES256-CBC-SHA","nodeName":"ecdhe-psk-aes256-cbc-sha","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)","SHA-1 MAC"],"refs":["rfc5489"]},{"code":49207,"hex":"0xC037","name":"TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256","iana":"TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256","openssl":"ECDHE-PSK-AES128-CBC-SHA256","nodeName":"ecdhe-psk-aes128-cbc-sha256","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5489"]},{"code":49208,"hex":"0xC038","name":"TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384","iana":"TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384","openssl":"ECDHE-PSK-AES256-CBC-SHA384","nodeName":"ecdhe-psk-aes256-cbc-sha384","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc5489"]},{"code":49209,"hex":"0xC039","name":"TLS_ECDHE_PSK_WITH_NULL_SHA","iana":"TLS_ECDHE_PSK_WITH_NULL_SHA","openssl":"ECDHE-PSK-NULL-SHA","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA1","prf":"TLS<=1.1: MD5+SHA1; TLS1.2: SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5489"]},{"code":49210,"hex":"0xC03A","name":"TLS_ECDHE_PSK_WITH_NULL_SHA256","iana":"TLS_ECDHE_PSK_WITH_NULL_SHA256","openssl":"ECDHE-PSK-NULL-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"ECDHE","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5489"]},{"code":49211,"hex":"0xC03B","name":"TLS_ECDHE_PSK_WITH_NULL_SHA384","iana":"TLS_ECDHE_PSK_WITH_NULL_SHA384","openssl":"ECDHE-PSK-NULL-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"ECDHE","au":"PSK","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc5489"]},{"code":49212,"hex":"0xC03C","name":"TLS_RSA_WITH_ARIA_128_CBC_SHA256","iana":"TLS_RSA_WITH_ARIA_128_CBC_SHA256","openssl":"ARIA128-CBC-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49213,"hex":"0xC03D","name":"TLS_RSA_WITH_ARIA_256_CBC_SHA384","iana":"TLS_RSA_WITH_ARIA_256_CBC_SHA384","openssl":"ARIA256-CBC-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49214,"hex":"0xC03E","name":"TLS_DH_DSS_WITH_ARIA_128_CBC_SHA256","iana":"TLS_DH_DSS_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49215,"hex":"0xC03F","name":"TLS_DH_DSS_WITH_ARIA_256_CBC_SHA384","iana":"TLS_DH_DSS_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49216,"hex":"0xC040","name":"TLS_DH_RSA_WITH_ARIA_128_CBC_SHA256","iana":"TLS_DH_RSA_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49217,"hex":"0xC041","name":"TLS_DH_RSA_WITH_ARIA_256_CBC_SHA384","iana":"TLS_DH_RSA_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49218,"hex":"0xC042","name":"TLS_DHE_DSS_WITH_ARIA_128_CBC_SHA256","iana":"TLS_DHE_DSS_WITH_ARIA_128_CBC_SHA256","openssl":"DHE-DSS-ARIA128-CBC-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49219,"hex":"0xC043","name":"TLS_DHE_DSS_WITH_ARIA_256_CBC_SHA384","iana":"TLS_DHE_DSS_WITH_ARIA_256_CBC_SHA384","openssl":"DHE-DSS-ARIA256-CBC-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49220,"hex":"0xC044","name":"TLS_DHE_RSA_WITH_ARIA_128_CBC_SHA256","iana":"TLS_DHE_RSA_WITH_ARIA_128_CBC_SHA256","openssl":"DHE-RSA-ARIA128-CBC-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49221,"hex":"0xC045","name":"TLS_DHE_RSA_WITH_ARIA_256_CBC_SHA384","iana":"TLS_DHE_RSA_WITH_ARIA_256_CBC_SHA384","openssl":"DHE-RSA-ARIA256-CBC-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49222,"hex":"0xC046","name":"TLS_DH_anon_WITH_ARIA_128_CBC_SHA256","iana":"TLS_DH_anon_WITH_ARIA_128_CBC_SHA256","openssl":"DH-anon-ARIA128-CBC-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc6209"]},{"code":49223,"hex":"0xC047","name":"TLS_DH_anon_WITH_ARIA_256_CBC_SHA384","iana":"TLS_DH_anon_WITH_ARIA_256_CBC_SHA384","openssl":"DH-anon-ARIA256-CBC-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc6209"]},{"code":49224,"hex":"0xC048","name":"TLS_ECDHE_ECDSA_WITH_ARIA_128_CBC_SHA256","iana":"TLS_ECDHE_ECDSA_WITH_ARIA_128_CBC_SHA256","openssl":"ECDHE-ECDSA-ARIA128-CBC-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49225,"hex":"0xC049","name":"TLS_ECDHE_ECDSA_WITH_ARIA_256_CBC_SHA384","iana":"TLS_ECDHE_ECDSA_WITH_ARIA_256_CBC_SHA384","openssl":"ECDHE-ECDSA-ARIA256-CBC-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49226,"hex":"0xC04A","name":"TLS_ECDH_ECDSA_WITH_ARIA_128_CBC_SHA256","iana":"TLS_ECDH_ECDSA_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49227,"hex":"0xC04B","name":"TLS_ECDH_ECDSA_WITH_ARIA_256_CBC_SHA384","iana":"TLS_ECDH_ECDSA_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49228,"hex":"0xC04C","name":"TLS_ECDHE_RSA_WITH_ARIA_128_CBC_SHA256","iana":"TLS_ECDHE_RSA_WITH_ARIA_128_CBC_SHA256","openssl":"ECDHE-RSA-ARIA128-CBC-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49229,"hex":"0xC04D","name":"TLS_ECDHE_RSA_WITH_ARIA_256_CBC_SHA384","iana":"TLS_ECDHE_RSA_WITH_ARIA_256_CBC_SHA384","openssl":"ECDHE-RSA-ARIA256-CBC-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49230,"hex":"0xC04E","name":"TLS_ECDH_RSA_WITH_ARIA_128_CBC_SHA256","iana":"TLS_ECDH_RSA_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49231,"hex":"0xC04F","name":"TLS_ECDH_RSA_WITH_ARIA_256_CBC_SHA384","iana":"TLS_ECDH_RSA_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49232,"hex":"0xC050","name":"TLS_RSA_WITH_ARIA_128_GCM_SHA256","iana":"TLS_RSA_WITH_ARIA_128_GCM_SHA256","openssl":"ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49233,"hex":"0xC051","name":"TLS_RSA_WITH_ARIA_256_GCM_SHA384","iana":"TLS_RSA_WITH_ARIA_256_GCM_SHA384","openssl":"ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49234,"hex":"0xC052","name":"TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256","iana":"TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256","openssl":"DHE-RSA-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6209"]},{"code":49235,"hex":"0xC053","name":"TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384","iana":"TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384","openssl":"DHE-RSA-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6209"]},{"code":49236,"hex":"0xC054","name":"TLS_DH_RSA_WITH_ARIA_128_GCM_SHA256","iana":"TLS_DH_RSA_WITH_ARIA_128_GCM_SHA256","openssl":"DH-RSA-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49237,"hex":"0xC055","name":"TLS_DH_RSA_WITH_ARIA_256_GCM_SHA384","iana":"TLS_DH_RSA_WITH_ARIA_256_GCM_SHA384","openssl":"DH-RSA-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49238,"hex":"0xC056","name":"TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256","iana":"TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256","openssl":"DHE-DSS-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6209"]},{"code":49239,"hex":"0xC057","name":"TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384","iana":"TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384","openssl":"DHE-DSS-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6209"]},{"code":49240,"hex":"0xC058","name":"TLS_DH_DSS_WITH_ARIA_128_GCM_SHA256","iana":"TLS_DH_DSS_WITH_ARIA_128_GCM_SHA256","openssl":"DH-DSS-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49241,"hex":"0xC059","name":"TLS_DH_DSS_WITH_ARIA_256_GCM_SHA384","iana":"TLS_DH_DSS_WITH_ARIA_256_GCM_SHA384","openssl":"DH-DSS-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49242,"hex":"0xC05A","name":"TLS_DH_anon_WITH_ARIA_128_GCM_SHA256","iana":"TLS_DH_anon_WITH_ARIA_128_GCM_SHA256","openssl":"ADH-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc6209"]},{"code":49243,"hex":"0xC05B","name":"TLS_DH_anon_WITH_ARIA_256_GCM_SHA384","iana":"TLS_DH_anon_WITH_ARIA_256_GCM_SHA384","openssl":"ADH-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc6209"]},{"code":49244,"hex":"0xC05C","name":"TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256","iana":"TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256","openssl":"ECDHE-ECDSA-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6209"]},{"code":49245,"hex":"0xC05D","name":"TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384","iana":"TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384","openssl":"ECDHE-ECDSA-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6209"]},{"code":49246,"hex":"0xC05E","name":"TLS_ECDH_ECDSA_WITH_ARIA_128_GCM_SHA256","iana":"TLS_ECDH_ECDSA_WITH_ARIA_128_GCM_SHA256","openssl":"ECDH-ECDSA-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49247,"hex":"0xC05F","name":"TLS_ECDH_ECDSA_WITH_ARIA_256_GCM_SHA384","iana":"TLS_ECDH_ECDSA_WITH_ARIA_256_GCM_SHA384","openssl":"ECDH-ECDSA-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49248,"hex":"0xC060","name":"TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256","iana":"TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256","openssl":"ECDHE-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6209"]},{"code":49249,"hex":"0xC061","name":"TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384","iana":"TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384","openssl":"ECDHE-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6209"]},{"code":49250,"hex":"0xC062","name":"TLS_ECDH_RSA_WITH_ARIA_128_GCM_SHA256","iana":"TLS_ECDH_RSA_WITH_ARIA_128_GCM_SHA256","openssl":"ECDH-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49251,"hex":"0xC063","name":"TLS_ECDH_RSA_WITH_ARIA_256_GCM_SHA384","iana":"TLS_ECDH_RSA_WITH_ARIA_256_GCM_SHA384","openssl":"ECDH-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49252,"hex":"0xC064","name":"TLS_PSK_WITH_ARIA_128_CBC_SHA256","iana":"TLS_PSK_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49253,"hex":"0xC065","name":"TLS_PSK_WITH_ARIA_256_CBC_SHA384","iana":"TLS_PSK_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49254,"hex":"0xC066","name":"TLS_DHE_PSK_WITH_ARIA_128_CBC_SHA256","iana":"TLS_DHE_PSK_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49255,"hex":"0xC067","name":"TLS_DHE_PSK_WITH_ARIA_256_CBC_SHA384","iana":"TLS_DHE_PSK_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49256,"hex":"0xC068","name":"TLS_RSA_PSK_WITH_ARIA_128_CBC_SHA256","iana":"TLS_RSA_PSK_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49257,"hex":"0xC069","name":"TLS_RSA_PSK_WITH_ARIA_256_CBC_SHA384","iana":"TLS_RSA_PSK_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49258,"hex":"0xC06A","name":"TLS_PSK_WITH_ARIA_128_GCM_SHA256","iana":"TLS_PSK_WITH_ARIA_128_GCM_SHA256","openssl":"PSK-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49259,"hex":"0xC06B","name":"TLS_PSK_WITH_ARIA_256_GCM_SHA384","iana":"TLS_PSK_WITH_ARIA_256_GCM_SHA384","openssl":"PSK-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49260,"hex":"0xC06C","name":"TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256","iana":"TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256","openssl":"DHE-PSK-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6209"]},{"code":49261,"hex":"0xC06D","name":"TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384","iana":"TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384","openssl":"DHE-PSK-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6209"]},{"code":49262,"hex":"0xC06E","name":"TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256","iana":"TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256","openssl":"RSA-PSK-ARIA128-GCM-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"ARIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49263,"hex":"0xC06F","name":"TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384","iana":"TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384","openssl":"RSA-PSK-ARIA256-GCM-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"ARIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6209"]},{"code":49264,"hex":"0xC070","name":"TLS_ECDHE_PSK_WITH_ARIA_128_CBC_SHA256","iana":"TLS_ECDHE_PSK_WITH_ARIA_128_CBC_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49265,"hex":"0xC071","name":"TLS_ECDHE_PSK_WITH_ARIA_256_CBC_SHA384","iana":"TLS_ECDHE_PSK_WITH_ARIA_256_CBC_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"ARIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6209"]},{"code":49266,"hex":"0xC072","name":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256","openssl":"ECDHE-ECDSA-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49267,"hex":"0xC073","name":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384","openssl":"ECDHE-ECDSA-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49268,"hex":"0xC074","name":"TLS_ECDH_ECDSA_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_ECDH_ECDSA_WITH_CAMELLIA_128_CBC_SHA256","openssl":"ECDH-ECDSA-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49269,"hex":"0xC075","name":"TLS_ECDH_ECDSA_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_ECDH_ECDSA_WITH_CAMELLIA_256_CBC_SHA384","openssl":"ECDH-ECDSA-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49270,"hex":"0xC076","name":"TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256","openssl":"ECDHE-RSA-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49271,"hex":"0xC077","name":"TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384","openssl":"ECDHE-RSA-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49272,"hex":"0xC078","name":"TLS_ECDH_RSA_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_ECDH_RSA_WITH_CAMELLIA_128_CBC_SHA256","openssl":"ECDH-RSA-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49273,"hex":"0xC079","name":"TLS_ECDH_RSA_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_ECDH_RSA_WITH_CAMELLIA_256_CBC_SHA384","openssl":"ECDH-RSA-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49274,"hex":"0xC07A","name":"TLS_RSA_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_RSA_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49275,"hex":"0xC07B","name":"TLS_RSA_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_RSA_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49276,"hex":"0xC07C","name":"TLS_DHE_RSA_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_DHE_RSA_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6367"]},{"code":49277,"hex":"0xC07D","name":"TLS_DHE_RSA_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_DHE_RSA_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6367"]},{"code":49278,"hex":"0xC07E","name":"TLS_DH_RSA_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_DH_RSA_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49279,"hex":"0xC07F","name":"TLS_DH_RSA_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_DH_RSA_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49280,"hex":"0xC080","name":"TLS_DHE_DSS_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_DHE_DSS_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6367"]},{"code":49281,"hex":"0xC081","name":"TLS_DHE_DSS_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_DHE_DSS_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"DSS","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6367"]},{"code":49282,"hex":"0xC082","name":"TLS_DH_DSS_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_DH_DSS_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49283,"hex":"0xC083","name":"TLS_DH_DSS_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_DH_DSS_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"DSS","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49284,"hex":"0xC084","name":"TLS_DH_anon_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_DH_anon_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc6367"]},{"code":49285,"hex":"0xC085","name":"TLS_DH_anon_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_DH_anon_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DH","au":"anon","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":true,"rating":"insecure","ratingReasons":["no authentication (anonymous)"],"refs":["rfc6367"]},{"code":49286,"hex":"0xC086","name":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6367"]},{"code":49287,"hex":"0xC087","name":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6367"]},{"code":49288,"hex":"0xC088","name":"TLS_ECDH_ECDSA_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_ECDH_ECDSA_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49289,"hex":"0xC089","name":"TLS_ECDH_ECDSA_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_ECDH_ECDSA_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"ECDSA","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49290,"hex":"0xC08A","name":"TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6367"]},{"code":49291,"hex":"0xC08B","name":"TLS_ECDHE_RSA_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_ECDHE_RSA_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","non-mainstream cipher"],"refs":["rfc6367"]},{"code":49292,"hex":"0xC08C","name":"TLS_ECDH_RSA_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_ECDH_RSA_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49293,"hex":"0xC08D","name":"TLS_ECDH_RSA_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_ECDH_RSA_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDH","au":"RSA","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49294,"hex":"0xC08E","name":"TLS_PSK_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_PSK_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49295,"hex":"0xC08F","name":"TLS_PSK_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_PSK_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49296,"hex":"0xC090","name":"TLS_DHE_PSK_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_DHE_PSK_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6367"]},{"code":49297,"hex":"0xC091","name":"TLS_DHE_PSK_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_DHE_PSK_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6367"]},{"code":49298,"hex":"0xC092","name":"TLS_RSA_PSK_WITH_CAMELLIA_128_GCM_SHA256","iana":"TLS_RSA_PSK_WITH_CAMELLIA_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"CAMELLIA","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49299,"hex":"0xC093","name":"TLS_RSA_PSK_WITH_CAMELLIA_256_GCM_SHA384","iana":"TLS_RSA_PSK_WITH_CAMELLIA_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"CAMELLIA","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6367"]},{"code":49300,"hex":"0xC094","name":"TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256","openssl":"PSK-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"PSK","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49301,"hex":"0xC095","name":"TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384","openssl":"PSK-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"PSK","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49302,"hex":"0xC096","name":"TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256","openssl":"DHE-PSK-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"DHE","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49303,"hex":"0xC097","name":"TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384","openssl":"DHE-PSK-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"DHE","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49304,"hex":"0xC098","name":"TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256","openssl":"RSA-PSK-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"RSA","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49305,"hex":"0xC099","name":"TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384","openssl":"RSA-PSK-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"RSA","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)","CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49306,"hex":"0xC09A","name":"TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256","iana":"TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256","openssl":"ECDHE-PSK-CAMELLIA128-SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"ECDHE","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":128,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49307,"hex":"0xC09B","name":"TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384","iana":"TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384","openssl":"ECDHE-PSK-CAMELLIA256-SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":"ECDHE","au":"PSK","cipher":"CAMELLIA","mode":"CBC","keyBits":256,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["CBC mode (MAC-then-encrypt; Lucky13 class)"],"refs":["rfc6367"]},{"code":49308,"hex":"0xC09C","name":"TLS_RSA_WITH_AES_128_CCM","iana":"TLS_RSA_WITH_AES_128_CCM","openssl":"AES128-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49309,"hex":"0xC09D","name":"TLS_RSA_WITH_AES_256_CCM","iana":"TLS_RSA_WITH_AES_256_CCM","openssl":"AES256-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CCM","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49310,"hex":"0xC09E","name":"TLS_DHE_RSA_WITH_AES_128_CCM","iana":"TLS_DHE_RSA_WITH_AES_128_CCM","openssl":"DHE-RSA-AES128-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49311,"hex":"0xC09F","name":"TLS_DHE_RSA_WITH_AES_256_CCM","iana":"TLS_DHE_RSA_WITH_AES_256_CCM","openssl":"DHE-RSA-AES256-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CCM","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49312,"hex":"0xC0A0","name":"TLS_RSA_WITH_AES_128_CCM_8","iana":"TLS_RSA_WITH_AES_128_CCM_8","openssl":"AES128-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CCM_8","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49313,"hex":"0xC0A1","name":"TLS_RSA_WITH_AES_256_CCM_8","iana":"TLS_RSA_WITH_AES_256_CCM_8","openssl":"AES256-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"RSA","cipher":"AES","mode":"CCM_8","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49314,"hex":"0xC0A2","name":"TLS_DHE_RSA_WITH_AES_128_CCM_8","iana":"TLS_DHE_RSA_WITH_AES_128_CCM_8","openssl":"DHE-RSA-AES128-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CCM_8","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49315,"hex":"0xC0A3","name":"TLS_DHE_RSA_WITH_AES_256_CCM_8","iana":"TLS_DHE_RSA_WITH_AES_256_CCM_8","openssl":"DHE-RSA-AES256-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"AES","mode":"CCM_8","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49316,"hex":"0xC0A4","name":"TLS_PSK_WITH_AES_128_CCM","iana":"TLS_PSK_WITH_AES_128_CCM","openssl":"PSK-AES128-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49317,"hex":"0xC0A5","name":"TLS_PSK_WITH_AES_256_CCM","iana":"TLS_PSK_WITH_AES_256_CCM","openssl":"PSK-AES256-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"CCM","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49318,"hex":"0xC0A6","name":"TLS_DHE_PSK_WITH_AES_128_CCM","iana":"TLS_DHE_PSK_WITH_AES_128_CCM","openssl":"DHE-PSK-AES128-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49319,"hex":"0xC0A7","name":"TLS_DHE_PSK_WITH_AES_256_CCM","iana":"TLS_DHE_PSK_WITH_AES_256_CCM","openssl":"DHE-PSK-AES256-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"CCM","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49320,"hex":"0xC0A8","name":"TLS_PSK_WITH_AES_128_CCM_8","iana":"TLS_PSK_WITH_AES_128_CCM_8","openssl":"PSK-AES128-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"CCM_8","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49321,"hex":"0xC0A9","name":"TLS_PSK_WITH_AES_256_CCM_8","iana":"TLS_PSK_WITH_AES_256_CCM_8","openssl":"PSK-AES256-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"AES","mode":"CCM_8","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc6655"]},{"code":49322,"hex":"0xC0AA","name":"TLS_PSK_DHE_WITH_AES_128_CCM_8","iana":"TLS_PSK_DHE_WITH_AES_128_CCM_8","openssl":"DHE-PSK-AES128-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"CCM_8","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49323,"hex":"0xC0AB","name":"TLS_PSK_DHE_WITH_AES_256_CCM_8","iana":"TLS_PSK_DHE_WITH_AES_256_CCM_8","openssl":"DHE-PSK-AES256-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"AES","mode":"CCM_8","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc6655"]},{"code":49324,"hex":"0xC0AC","name":"TLS_ECDHE_ECDSA_WITH_AES_128_CCM","iana":"TLS_ECDHE_ECDSA_WITH_AES_128_CCM","openssl":"ECDHE-ECDSA-AES128-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc7251"]},{"code":49325,"hex":"0xC0AD","name":"TLS_ECDHE_ECDSA_WITH_AES_256_CCM","iana":"TLS_ECDHE_ECDSA_WITH_AES_256_CCM","openssl":"ECDHE-ECDSA-AES256-CCM","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CCM","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc7251"]},{"code":49326,"hex":"0xC0AE","name":"TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8","iana":"TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8","openssl":"ECDHE-ECDSA-AES128-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CCM_8","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","64-bit tag (CCM_8)"],"refs":["rfc7251"]},{"code":49327,"hex":"0xC0AF","name":"TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8","iana":"TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8","openssl":"ECDHE-ECDSA-AES256-CCM8","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"AES","mode":"CCM_8","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","64-bit tag (CCM_8)"],"refs":["rfc7251"]},{"code":49328,"hex":"0xC0B0","name":"TLS_ECCPWD_WITH_AES_128_GCM_SHA256","iana":"TLS_ECCPWD_WITH_AES_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECCPWD","au":"ECCPWD","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc8492"]},{"code":49329,"hex":"0xC0B1","name":"TLS_ECCPWD_WITH_AES_256_GCM_SHA384","iana":"TLS_ECCPWD_WITH_AES_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECCPWD","au":"ECCPWD","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc8492"]},{"code":49330,"hex":"0xC0B2","name":"TLS_ECCPWD_WITH_AES_128_CCM_SHA256","iana":"TLS_ECCPWD_WITH_AES_128_CCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECCPWD","au":"ECCPWD","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc8492"]},{"code":49331,"hex":"0xC0B3","name":"TLS_ECCPWD_WITH_AES_256_CCM_SHA384","iana":"TLS_ECCPWD_WITH_AES_256_CCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECCPWD","au":"ECCPWD","cipher":"AES","mode":"CCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc8492"]},{"code":49332,"hex":"0xC0B4","name":"TLS_SHA256_SHA256","iana":"TLS_SHA256_SHA256","openssl":"TLS_SHA256_SHA256","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA256","prf":"SHA256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc9150"]},{"code":49333,"hex":"0xC0B5","name":"TLS_SHA384_SHA384","iana":"TLS_SHA384_SHA384","openssl":"TLS_SHA384_SHA384","nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"any","au":"any","cipher":"NULL","mode":null,"keyBits":0,"mac":"HMAC-SHA384","prf":"SHA384","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["no encryption (NULL cipher)"],"refs":["rfc9150"]},{"code":49408,"hex":"0xC100","name":"TLS_GOSTR341112_256_WITH_KUZNYECHIK_CTR_OMAC","iana":"TLS_GOSTR341112_256_WITH_KUZNYECHIK_CTR_OMAC","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"GOSTR341112_256","au":"GOSTR341012","cipher":"KUZNYECHIK","mode":"CTR","keyBits":256,"mac":"OMAC","prf":"GOSTR341112_256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret, no flagged weakness","national algorithm (GOST/SM)"],"refs":["rfc9189"]},{"code":49409,"hex":"0xC101","name":"TLS_GOSTR341112_256_WITH_MAGMA_CTR_OMAC","iana":"TLS_GOSTR341112_256_WITH_MAGMA_CTR_OMAC","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"GOSTR341112_256","au":"GOSTR341012","cipher":"MAGMA","mode":"CTR","keyBits":256,"mac":"OMAC","prf":"GOSTR341112_256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)"],"refs":["rfc9189"]},{"code":49410,"hex":"0xC102","name":"TLS_GOSTR341112_256_WITH_28147_CNT_IMIT","iana":"TLS_GOSTR341112_256_WITH_28147_CNT_IMIT","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"GOSTR341112_256","au":"GOSTR341012","cipher":"GOST28147","mode":"CNT","keyBits":256,"mac":"IMIT","prf":"GOSTR341112_256","aead":false,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)"],"refs":["rfc9189"]},{"code":49411,"hex":"0xC103","name":"TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_L","iana":"TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_L","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"GOSTR341112_256","au":"GOSTR341012","cipher":"KUZNYECHIK","mode":"MGM","keyBits":256,"mac":"AEAD","prf":"GOSTR341112_256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","national algorithm (GOST/SM)"],"refs":["rfc9367"]},{"code":49412,"hex":"0xC104","name":"TLS_GOSTR341112_256_WITH_MAGMA_MGM_L","iana":"TLS_GOSTR341112_256_WITH_MAGMA_MGM_L","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"GOSTR341112_256","au":"GOSTR341012","cipher":"MAGMA","mode":"MGM","keyBits":256,"mac":"AEAD","prf":"GOSTR341112_256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)"],"refs":["rfc9367"]},{"code":49413,"hex":"0xC105","name":"TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_S","iana":"TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_S","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"GOSTR341112_256","au":"GOSTR341012","cipher":"KUZNYECHIK","mode":"MGM","keyBits":256,"mac":"AEAD","prf":"GOSTR341112_256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","national algorithm (GOST/SM)"],"refs":["rfc9367"]},{"code":49414,"hex":"0xC106","name":"TLS_GOSTR341112_256_WITH_MAGMA_MGM_S","iana":"TLS_GOSTR341112_256_WITH_MAGMA_MGM_S","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.3","maxVersion":"TLSv1.3","versionSource":"table","kx":"GOSTR341112_256","au":"GOSTR341012","cipher":"MAGMA","mode":"MGM","keyBits":256,"mac":"AEAD","prf":"GOSTR341112_256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["64-bit block cipher (Sweet32)"],"refs":["rfc9367"]},{"code":52243,"hex":"0xCC13","name":"TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256_OLD","iana":null,"openssl":"ECDHE-RSA-CHACHA20-POLY1305-OLD","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["pre-RFC 7905 ChaCha20-Poly1305 draft code point"],"refs":[]},{"code":52244,"hex":"0xCC14","name":"TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256_OLD","iana":null,"openssl":"ECDHE-ECDSA-CHACHA20-POLY1305-OLD","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["pre-RFC 7905 ChaCha20-Poly1305 draft code point"],"refs":[]},{"code":52245,"hex":"0xCC15","name":"TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256_OLD","iana":null,"openssl":"DHE-RSA-CHACHA20-POLY1305-OLD","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["pre-RFC 7905 ChaCha20-Poly1305 draft code point"],"refs":[]},{"code":52392,"hex":"0xCCA8","name":"TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256","iana":"TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256","openssl":"ECDHE-RSA-CHACHA20-POLY1305","nodeName":"ecdhe-rsa-chacha20-poly1305","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"RSA","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc7905"]},{"code":52393,"hex":"0xCCA9","name":"TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256","iana":"TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256","openssl":"ECDHE-ECDSA-CHACHA20-POLY1305","nodeName":"ecdhe-ecdsa-chacha20-poly1305","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"ECDSA","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc7905"]},{"code":52394,"hex":"0xCCAA","name":"TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256","iana":"TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256","openssl":"DHE-RSA-CHACHA20-POLY1305","nodeName":"dhe-rsa-chacha20-poly1305","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"RSA","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc7905"]},{"code":52395,"hex":"0xCCAB","name":"TLS_PSK_WITH_CHACHA20_POLY1305_SHA256","iana":"TLS_PSK_WITH_CHACHA20_POLY1305_SHA256","openssl":"PSK-CHACHA20-POLY1305","nodeName":"psk-chacha20-poly1305","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"PSK","au":"PSK","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc7905"]},{"code":52396,"hex":"0xCCAC","name":"TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256","iana":"TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256","openssl":"ECDHE-PSK-CHACHA20-POLY1305","nodeName":"ecdhe-psk-chacha20-poly1305","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc7905"]},{"code":52397,"hex":"0xCCAD","name":"TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256","iana":"TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256","openssl":"DHE-PSK-CHACHA20-POLY1305","nodeName":"dhe-psk-chacha20-poly1305","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"DHE","au":"PSK","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["finite-field DHE (RFC 10015: MUST NOT in TLS 1.2)"],"refs":["rfc7905"]},{"code":52398,"hex":"0xCCAE","name":"TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256","iana":"TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256","openssl":"RSA-PSK-CHACHA20-POLY1305","nodeName":"rsa-psk-chacha20-poly1305","ianaRegistered":true,"inLocalOpenSSL":true,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"RSA","au":"PSK","cipher":"CHACHA20_POLY1305","mode":"AEAD","keyBits":256,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":false,"export":false,"anonymous":false,"rating":"weak","ratingReasons":["no forward secrecy (static/RSA/PSK key exchange)"],"refs":["rfc7905"]},{"code":53249,"hex":"0xD001","name":"TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256","iana":"TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"GCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc8442"]},{"code":53250,"hex":"0xD002","name":"TLS_ECDHE_PSK_WITH_AES_256_GCM_SHA384","iana":"TLS_ECDHE_PSK_WITH_AES_256_GCM_SHA384","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"GCM","keyBits":256,"mac":"AEAD","prf":"SHA384","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"recommended","ratingReasons":["ECDHE + AES-GCM/ChaCha20-Poly1305"],"refs":["rfc8442"]},{"code":53251,"hex":"0xD003","name":"TLS_ECDHE_PSK_WITH_AES_128_CCM_8_SHA256","iana":"TLS_ECDHE_PSK_WITH_AES_128_CCM_8_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"CCM_8","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD","64-bit tag (CCM_8)"],"refs":["rfc8442"]},{"code":53253,"hex":"0xD005","name":"TLS_ECDHE_PSK_WITH_AES_128_CCM_SHA256","iana":"TLS_ECDHE_PSK_WITH_AES_128_CCM_SHA256","openssl":null,"nodeName":null,"ianaRegistered":true,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.2","maxVersion":"TLSv1.2","versionSource":"table","kx":"ECDHE","au":"PSK","cipher":"AES","mode":"CCM","keyBits":128,"mac":"AEAD","prf":"SHA256","aead":true,"pfs":true,"export":false,"anonymous":false,"rating":"secure","ratingReasons":["forward secret AEAD"],"refs":["rfc8442"]},{"code":65278,"hex":"0xFEFE","name":"SSL_RSA_FIPS_WITH_DES_CBC_SHA","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65279,"hex":"0xFEFF","name":"SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65280,"hex":"0xFF00","name":"TLS_GOSTR341094_RSA_WITH_28147_CNT_MD5","iana":null,"openssl":"GOST-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65281,"hex":"0xFF01","name":"TLS_RSA_WITH_28147_CNT_GOST94","iana":null,"openssl":"GOST-GOST94","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65282,"hex":"0xFF02","name":"LEGACY_0xFF02","iana":null,"openssl":"GOST-GOST89MAC","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65283,"hex":"0xFF03","name":"LEGACY_0xFF03","iana":null,"openssl":"GOST-GOST89STREAM","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65413,"hex":"0xFF85","name":"LEGACY_0xFF85","iana":null,"openssl":"GOST2012256-GOST89-GOST89","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65415,"hex":"0xFF87","name":"LEGACY_0xFF87","iana":null,"openssl":"GOST2012256-NULL-STREEBOG256","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"TLSv1.0","maxVersion":"TLSv1.2","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65504,"hex":"0xFFE0","name":"SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":65505,"hex":"0xFFE1","name":"SSL_RSA_FIPS_WITH_DES_CBC_SHA","iana":null,"openssl":null,"nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":false,"scsv":false,"minVersion":"SSLv3","maxVersion":"TLSv1.0","versionSource":"generator","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"legacy","ratingReasons":["non-standard code point"],"refs":[]},{"code":0,"hex":"0x000000","name":"SSL_CK_NULL_WITH_MD5","iana":null,"openssl":"NULL-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":65664,"hex":"0x010080","name":"SSL_CK_RC4_128_WITH_MD5","iana":null,"openssl":"RC4-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":131200,"hex":"0x020080","name":"SSL_CK_RC4_128_EXPORT40_WITH_MD5","iana":null,"openssl":"EXP-RC4-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":196736,"hex":"0x030080","name":"SSL_CK_RC2_128_CBC_WITH_MD5","iana":null,"openssl":"RC2-CBC-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":262272,"hex":"0x040080","name":"SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5","iana":null,"openssl":"EXP-RC2-CBC-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":true,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":327808,"hex":"0x050080","name":"SSL_CK_IDEA_128_CBC_WITH_MD5","iana":null,"openssl":"IDEA-CBC-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":393280,"hex":"0x060040","name":"SSL_CK_DES_64_CBC_WITH_MD5","iana":null,"openssl":"DES-CBC-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":393536,"hex":"0x060140","name":"SSL_CK_DES_64_CBC_WITH_SHA","iana":null,"openssl":"DES-CBC-SHA","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":458944,"hex":"0x0700C0","name":"SSL_CK_DES_192_EDE3_CBC_WITH_MD5","iana":null,"openssl":"DES-CBC3-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":459200,"hex":"0x0701C0","name":"SSL_CK_DES_192_EDE3_CBC_WITH_SHA","iana":null,"openssl":"DES-CBC3-SHA","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":524416,"hex":"0x080080","name":"SSL_CK_RC4_64_WITH_MD5","iana":null,"openssl":"RC4-64-MD5","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":16744448,"hex":"0xFF8000","name":"SSL_CK_DES_64_CFB64_WITH_MD5_1","iana":null,"openssl":"DES-CFB-M1","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]},{"code":16744464,"hex":"0xFF8010","name":"SSL_CK_NULL","iana":null,"openssl":"NULL","nodeName":null,"ianaRegistered":false,"inLocalOpenSSL":false,"sslv2":true,"scsv":false,"minVersion":"SSLv2","maxVersion":"SSLv2","versionSource":"sslv2","kx":null,"au":null,"cipher":null,"mode":null,"keyBits":null,"mac":null,"prf":null,"aead":false,"pfs":false,"export":false,"anonymous":false,"rating":"insecure","ratingReasons":["SSLv2"],"refs":[]}]}');
;// CONCATENATED MODULE: ./src/registry/data/supported-groups.json
const supported_groups_namespaceObject = /*#__PURE__*/JSON.parse('{"T":[{"code":1,"hex":"0x0001","name":"sect163k1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":80,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":2,"hex":"0x0002","name":"sect163r1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":80,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":3,"hex":"0x0003","name":"sect163r2","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":80,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":4,"hex":"0x0004","name":"sect193r1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":96,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":5,"hex":"0x0005","name":"sect193r2","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":96,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":6,"hex":"0x0006","name":"sect233k1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":112,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":7,"hex":"0x0007","name":"sect233r1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":112,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":8,"hex":"0x0008","name":"sect239k1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":112,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":9,"hex":"0x0009","name":"sect283k1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":128,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":10,"hex":"0x000A","name":"sect283r1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":128,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":11,"hex":"0x000B","name":"sect409k1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":192,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":12,"hex":"0x000C","name":"sect409r1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":192,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":13,"hex":"0x000D","name":"sect571k1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":256,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":14,"hex":"0x000E","name":"sect571r1","opensslNames":[],"type":"ecdhe-binary","tls12":true,"tls13":false,"classicalSecurityBits":256,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":15,"hex":"0x000F","name":"secp160k1","opensslNames":[],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":80,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":16,"hex":"0x0010","name":"secp160r1","opensslNames":[],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":80,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":17,"hex":"0x0011","name":"secp160r2","opensslNames":[],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":80,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":18,"hex":"0x0012","name":"secp192k1","opensslNames":[],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":96,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":19,"hex":"0x0013","name":"secp192r1","opensslNames":["prime192v1"],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":96,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":20,"hex":"0x0014","name":"secp224k1","opensslNames":[],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":112,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":21,"hex":"0x0015","name":"secp224r1","opensslNames":["secp224r1"],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":112,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":22,"hex":"0x0016","name":"secp256k1","opensslNames":["secp256k1"],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":128,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":23,"hex":"0x0017","name":"secp256r1","opensslNames":["P-256","prime256v1","secp256r1"],"type":"ecdhe","tls12":true,"tls13":true,"classicalSecurityBits":128,"status":"current","keyShare":null,"refs":["RFC8422","RFC8446"]},{"code":24,"hex":"0x0018","name":"secp384r1","opensslNames":["P-384","secp384r1"],"type":"ecdhe","tls12":true,"tls13":true,"classicalSecurityBits":192,"status":"current","keyShare":null,"refs":["RFC8422","RFC8446"]},{"code":25,"hex":"0x0019","name":"secp521r1","opensslNames":["P-521","secp521r1"],"type":"ecdhe","tls12":true,"tls13":true,"classicalSecurityBits":256,"status":"current","keyShare":null,"refs":["RFC8422","RFC8446"]},{"code":26,"hex":"0x001A","name":"brainpoolP256r1","opensslNames":["brainpoolP256r1"],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":128,"status":"TLS<=1.2 only","keyShare":null,"refs":["RFC7027"]},{"code":27,"hex":"0x001B","name":"brainpoolP384r1","opensslNames":["brainpoolP384r1"],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":192,"status":"TLS<=1.2 only","keyShare":null,"refs":["RFC7027"]},{"code":28,"hex":"0x001C","name":"brainpoolP512r1","opensslNames":["brainpoolP512r1"],"type":"ecdhe","tls12":true,"tls13":false,"classicalSecurityBits":256,"status":"TLS<=1.2 only","keyShare":null,"refs":["RFC7027"]},{"code":29,"hex":"0x001D","name":"x25519","opensslNames":["X25519"],"type":"ecdhe","tls12":true,"tls13":true,"classicalSecurityBits":128,"status":"current","keyShare":null,"refs":["RFC8422","RFC8446","RFC7748"]},{"code":30,"hex":"0x001E","name":"x448","opensslNames":["X448"],"type":"ecdhe","tls12":true,"tls13":true,"classicalSecurityBits":224,"status":"current","keyShare":null,"refs":["RFC8422","RFC8446","RFC7748"]},{"code":31,"hex":"0x001F","name":"brainpoolP256r1tls13","opensslNames":["brainpoolP256r1tls13"],"type":"ecdhe","tls12":false,"tls13":true,"classicalSecurityBits":128,"status":"current","keyShare":null,"refs":["RFC8734"]},{"code":32,"hex":"0x0020","name":"brainpoolP384r1tls13","opensslNames":["brainpoolP384r1tls13"],"type":"ecdhe","tls12":false,"tls13":true,"classicalSecurityBits":192,"status":"current","keyShare":null,"refs":["RFC8734"]},{"code":33,"hex":"0x0021","name":"brainpoolP512r1tls13","opensslNames":["brainpoolP512r1tls13"],"type":"ecdhe","tls12":false,"tls13":true,"classicalSecurityBits":256,"status":"current","keyShare":null,"refs":["RFC8734"]},{"code":34,"hex":"0x0022","name":"GC256A","opensslNames":[],"type":"ecdhe-gost","tls12":true,"tls13":true,"classicalSecurityBits":128,"status":"national (GOST)","keyShare":null,"refs":["RFC9189"]},{"code":35,"hex":"0x0023","name":"GC256B","opensslNames":[],"type":"ecdhe-gost","tls12":true,"tls13":true,"classicalSecurityBits":128,"status":"national (GOST)","keyShare":null,"refs":["RFC9189"]},{"code":36,"hex":"0x0024","name":"GC256C","opensslNames":[],"type":"ecdhe-gost","tls12":true,"tls13":true,"classicalSecurityBits":128,"status":"national (GOST)","keyShare":null,"refs":["RFC9189"]},{"code":37,"hex":"0x0025","name":"GC256D","opensslNames":[],"type":"ecdhe-gost","tls12":true,"tls13":true,"classicalSecurityBits":128,"status":"national (GOST)","keyShare":null,"refs":["RFC9189"]},{"code":38,"hex":"0x0026","name":"GC512A","opensslNames":[],"type":"ecdhe-gost","tls12":true,"tls13":true,"classicalSecurityBits":256,"status":"national (GOST)","keyShare":null,"refs":["RFC9189"]},{"code":39,"hex":"0x0027","name":"GC512B","opensslNames":[],"type":"ecdhe-gost","tls12":true,"tls13":true,"classicalSecurityBits":256,"status":"national (GOST)","keyShare":null,"refs":["RFC9189"]},{"code":40,"hex":"0x0028","name":"GC512C","opensslNames":[],"type":"ecdhe-gost","tls12":true,"tls13":true,"classicalSecurityBits":256,"status":"national (GOST)","keyShare":null,"refs":["RFC9189"]},{"code":41,"hex":"0x0029","name":"curveSM2","opensslNames":["SM2"],"type":"ecdhe-sm","tls12":false,"tls13":true,"classicalSecurityBits":128,"status":"national (SM)","keyShare":null,"refs":["RFC8998"]},{"code":256,"hex":"0x0100","name":"ffdhe2048","opensslNames":["ffdhe2048"],"type":"ffdhe","tls12":true,"tls13":true,"classicalSecurityBits":112,"status":"current; deprecated for TLS 1.2 by RFC 10015","keyShare":null,"refs":["RFC7919"]},{"code":257,"hex":"0x0101","name":"ffdhe3072","opensslNames":["ffdhe3072"],"type":"ffdhe","tls12":true,"tls13":true,"classicalSecurityBits":128,"status":"current; deprecated for TLS 1.2 by RFC 10015","keyShare":null,"refs":["RFC7919"]},{"code":258,"hex":"0x0102","name":"ffdhe4096","opensslNames":["ffdhe4096"],"type":"ffdhe","tls12":true,"tls13":true,"classicalSecurityBits":150,"status":"current; deprecated for TLS 1.2 by RFC 10015","keyShare":null,"refs":["RFC7919"]},{"code":259,"hex":"0x0103","name":"ffdhe6144","opensslNames":["ffdhe6144"],"type":"ffdhe","tls12":true,"tls13":true,"classicalSecurityBits":175,"status":"current; deprecated for TLS 1.2 by RFC 10015","keyShare":null,"refs":["RFC7919"]},{"code":260,"hex":"0x0104","name":"ffdhe8192","opensslNames":["ffdhe8192"],"type":"ffdhe","tls12":true,"tls13":true,"classicalSecurityBits":192,"status":"current; deprecated for TLS 1.2 by RFC 10015","keyShare":null,"refs":["RFC7919"]},{"code":512,"hex":"0x0200","name":"MLKEM512","opensslNames":["MLKEM512"],"type":"pq-kem","tls12":false,"tls13":true,"classicalSecurityBits":null,"status":"pure PQ (no classical component)","keyShare":null,"refs":["draft-ietf-tls-mlkem","FIPS203"]},{"code":513,"hex":"0x0201","name":"MLKEM768","opensslNames":["MLKEM768"],"type":"pq-kem","tls12":false,"tls13":true,"classicalSecurityBits":null,"status":"pure PQ (no classical component)","keyShare":null,"refs":["draft-ietf-tls-mlkem","FIPS203"]},{"code":514,"hex":"0x0202","name":"MLKEM1024","opensslNames":["MLKEM1024"],"type":"pq-kem","tls12":false,"tls13":true,"classicalSecurityBits":null,"status":"pure PQ; CNSA 2.0 key exchange","keyShare":null,"refs":["draft-ietf-tls-mlkem","FIPS203"]},{"code":4587,"hex":"0x11EB","name":"SecP256r1MLKEM768","opensslNames":["SecP256r1MLKEM768"],"type":"pq-hybrid","tls12":false,"tls13":true,"classicalSecurityBits":128,"status":"hybrid PQ/T (IANA Recommended N per secondary source)","keyShare":{"order":"secp256r1 (uncompressed, 65) || ML-KEM-768","clientShareBytes":1249,"serverShareBytes":1153,"sharedSecretBytes":64},"refs":["RFC10024","FIPS203"]},{"code":4588,"hex":"0x11EC","name":"X25519MLKEM768","opensslNames":["X25519MLKEM768"],"type":"pq-hybrid","tls12":false,"tls13":true,"classicalSecurityBits":128,"status":"hybrid PQ/T; browser default 2024-2026 (IANA Recommended Y per secondary source)","keyShare":{"order":"ML-KEM-768 || X25519","clientShareBytes":1216,"serverShareBytes":1120,"sharedSecretBytes":64},"refs":["RFC10024","FIPS203"]},{"code":4589,"hex":"0x11ED","name":"SecP384r1MLKEM1024","opensslNames":["SecP384r1MLKEM1024"],"type":"pq-hybrid","tls12":false,"tls13":true,"classicalSecurityBits":192,"status":"hybrid PQ/T (IANA Recommended N per secondary source)","keyShare":{"order":"secp384r1 (uncompressed, 97) || ML-KEM-1024","clientShareBytes":1665,"serverShareBytes":1665,"sharedSecretBytes":80},"refs":["RFC10024","FIPS203"]},{"code":4590,"hex":"0x11EE","name":"curveSM2MLKEM768","opensslNames":[],"type":"pq-hybrid","tls12":false,"tls13":true,"classicalSecurityBits":128,"status":"hybrid PQ/T (national SM)","keyShare":null,"refs":["draft-yang-tls-hybrid-sm2-mlkem"]},{"code":25497,"hex":"0x6399","name":"X25519Kyber768Draft00","opensslNames":[],"type":"pq-hybrid-obsolete","tls12":false,"tls13":true,"classicalSecurityBits":128,"status":"OBSOLETE pre-standard Kyber (Chrome 124-130); IANA Recommended D per secondary source","keyShare":null,"refs":["draft-tls-westerbaan-xyber768d00"]},{"code":25498,"hex":"0x639A","name":"SecP256r1Kyber768Draft00","opensslNames":[],"type":"pq-hybrid-obsolete","tls12":false,"tls13":true,"classicalSecurityBits":128,"status":"OBSOLETE pre-standard Kyber","keyShare":null,"refs":["draft-kwiatkowski-tls-ecdhe-kyber"]},{"code":65281,"hex":"0xFF01","name":"arbitrary_explicit_prime_curves","opensslNames":[],"type":"ecdhe-explicit","tls12":true,"tls13":false,"classicalSecurityBits":null,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]},{"code":65282,"hex":"0xFF02","name":"arbitrary_explicit_char2_curves","opensslNames":[],"type":"ecdhe-explicit","tls12":true,"tls13":false,"classicalSecurityBits":null,"status":"deprecated (RFC 8422)","keyShare":null,"refs":["RFC8422"]}]}');
;// CONCATENATED MODULE: ./src/registry/data/signature-schemes.json
const signature_schemes_namespaceObject = /*#__PURE__*/JSON.parse('{"B":[{"code":513,"hex":"0x0201","name":"rsa_pkcs1_sha1","family":"RSA-PKCS1","hash":"SHA1","tls12":true,"tls13CertificateVerify":false,"note":"legacy; MUST NOT in TLS 1.3 CertificateVerify; RFC 9155 deprecates SHA-1 sigs in TLS 1.2","refs":["RFC8446","RFC9155"]},{"code":514,"hex":"0x0202","name":"dsa_sha1_RESERVED","family":"DSA","hash":"SHA1","tls12":true,"tls13CertificateVerify":false,"note":"reserved/legacy TLS 1.2 (hash,sig) pair","refs":["RFC8446"]},{"code":515,"hex":"0x0203","name":"ecdsa_sha1","family":"ECDSA","hash":"SHA1","tls12":true,"tls13CertificateVerify":false,"note":"legacy; deprecated by RFC 9155","refs":["RFC8446","RFC9155"]},{"code":769,"hex":"0x0301","name":"rsa_pkcs1_sha224 (legacy pair)","family":"RSA-PKCS1","hash":"SHA224","tls12":true,"tls13CertificateVerify":false,"note":"TLS 1.2 (hash,sig) pair, not in TLS 1.3 registry","refs":["RFC5246"]},{"code":771,"hex":"0x0303","name":"ecdsa_sha224 (legacy pair)","family":"ECDSA","hash":"SHA224","tls12":true,"tls13CertificateVerify":false,"note":"TLS 1.2 (hash,sig) pair","refs":["RFC5246"]},{"code":1025,"hex":"0x0401","name":"rsa_pkcs1_sha256","family":"RSA-PKCS1","hash":"SHA256","tls12":true,"tls13CertificateVerify":false,"note":"TLS 1.3: certificates only (signature_algorithms_cert), not CertificateVerify","refs":["RFC8446"]},{"code":1026,"hex":"0x0402","name":"dsa_sha256_RESERVED","family":"DSA","hash":"SHA256","tls12":true,"tls13CertificateVerify":false,"note":"TLS 1.2 only","refs":["RFC5246"]},{"code":1027,"hex":"0x0403","name":"ecdsa_secp256r1_sha256","family":"ECDSA","hash":"SHA256","tls12":true,"tls13CertificateVerify":true,"note":"in TLS 1.3 bound to P-256","refs":["RFC8446"]},{"code":1056,"hex":"0x0420","name":"rsa_pkcs1_sha256_legacy","family":"RSA-PKCS1","hash":"SHA256","tls12":false,"tls13CertificateVerify":true,"note":"TLS 1.3 client-cert legacy (draft-ietf-tls-tls13-pkcs1)","refs":["draft-ietf-tls-tls13-pkcs1"]},{"code":1281,"hex":"0x0501","name":"rsa_pkcs1_sha384","family":"RSA-PKCS1","hash":"SHA384","tls12":true,"tls13CertificateVerify":false,"note":"TLS 1.3: certificates only","refs":["RFC8446"]},{"code":1283,"hex":"0x0503","name":"ecdsa_secp384r1_sha384","family":"ECDSA","hash":"SHA384","tls12":true,"tls13CertificateVerify":true,"note":"in TLS 1.3 bound to P-384","refs":["RFC8446"]},{"code":1312,"hex":"0x0520","name":"rsa_pkcs1_sha384_legacy","family":"RSA-PKCS1","hash":"SHA384","tls12":false,"tls13CertificateVerify":true,"note":"TLS 1.3 client-cert legacy","refs":["draft-ietf-tls-tls13-pkcs1"]},{"code":1537,"hex":"0x0601","name":"rsa_pkcs1_sha512","family":"RSA-PKCS1","hash":"SHA512","tls12":true,"tls13CertificateVerify":false,"note":"TLS 1.3: certificates only","refs":["RFC8446"]},{"code":1539,"hex":"0x0603","name":"ecdsa_secp521r1_sha512","family":"ECDSA","hash":"SHA512","tls12":true,"tls13CertificateVerify":true,"note":"in TLS 1.3 bound to P-521","refs":["RFC8446"]},{"code":1568,"hex":"0x0620","name":"rsa_pkcs1_sha512_legacy","family":"RSA-PKCS1","hash":"SHA512","tls12":false,"tls13CertificateVerify":true,"note":"TLS 1.3 client-cert legacy","refs":["draft-ietf-tls-tls13-pkcs1"]},{"code":1796,"hex":"0x0704","name":"eccsi_sha256","family":"ECCSI (identity-based)","hash":"SHA256","tls12":false,"tls13CertificateVerify":true,"note":"rare; identity-based","refs":["draft-wang-tls-raw-public-key-with-ibc (published as an RFC in 2025; verify number)"]},{"code":1797,"hex":"0x0705","name":"iso_ibs1","family":"ISO IBS (identity-based)","hash":"intrinsic","tls12":false,"tls13CertificateVerify":true,"note":"rare; identity-based","refs":["draft-wang-tls-raw-public-key-with-ibc (published as an RFC in 2025; verify number)"]},{"code":1798,"hex":"0x0706","name":"iso_ibs2","family":"ISO IBS (identity-based)","hash":"intrinsic","tls12":false,"tls13CertificateVerify":true,"note":"rare; identity-based","refs":["draft-wang-tls-raw-public-key-with-ibc (published as an RFC in 2025; verify number)"]},{"code":1799,"hex":"0x0707","name":"iso_chinese_ibs","family":"SM9 IBS (identity-based)","hash":"intrinsic","tls12":false,"tls13CertificateVerify":true,"note":"rare; identity-based","refs":["draft-wang-tls-raw-public-key-with-ibc (published as an RFC in 2025; verify number)"]},{"code":1800,"hex":"0x0708","name":"sm2sig_sm3","family":"SM2","hash":"SM3","tls12":false,"tls13CertificateVerify":true,"note":"national (SM)","refs":["RFC8998"]},{"code":1801,"hex":"0x0709","name":"gostr34102012_256a","family":"GOST","hash":"GOSTR341112_256","tls12":true,"tls13CertificateVerify":true,"note":"national (GOST)","refs":["RFC9367"]},{"code":1802,"hex":"0x070A","name":"gostr34102012_256b","family":"GOST","hash":"GOSTR341112_256","tls12":true,"tls13CertificateVerify":true,"note":"national (GOST)","refs":["RFC9367"]},{"code":1803,"hex":"0x070B","name":"gostr34102012_256c","family":"GOST","hash":"GOSTR341112_256","tls12":true,"tls13CertificateVerify":true,"note":"national (GOST)","refs":["RFC9367"]},{"code":1804,"hex":"0x070C","name":"gostr34102012_256d","family":"GOST","hash":"GOSTR341112_256","tls12":true,"tls13CertificateVerify":true,"note":"national (GOST)","refs":["RFC9367"]},{"code":1805,"hex":"0x070D","name":"gostr34102012_512a","family":"GOST","hash":"GOSTR341112_512","tls12":true,"tls13CertificateVerify":true,"note":"national (GOST)","refs":["RFC9367"]},{"code":1806,"hex":"0x070E","name":"gostr34102012_512b","family":"GOST","hash":"GOSTR341112_512","tls12":true,"tls13CertificateVerify":true,"note":"national (GOST)","refs":["RFC9367"]},{"code":1807,"hex":"0x070F","name":"gostr34102012_512c","family":"GOST","hash":"GOSTR341112_512","tls12":true,"tls13CertificateVerify":true,"note":"national (GOST)","refs":["RFC9367"]},{"code":2052,"hex":"0x0804","name":"rsa_pss_rsae_sha256","family":"RSA-PSS (rsaEncryption key)","hash":"SHA256","tls12":true,"tls13CertificateVerify":true,"note":"","refs":["RFC8446"]},{"code":2053,"hex":"0x0805","name":"rsa_pss_rsae_sha384","family":"RSA-PSS (rsaEncryption key)","hash":"SHA384","tls12":true,"tls13CertificateVerify":true,"note":"","refs":["RFC8446"]},{"code":2054,"hex":"0x0806","name":"rsa_pss_rsae_sha512","family":"RSA-PSS (rsaEncryption key)","hash":"SHA512","tls12":true,"tls13CertificateVerify":true,"note":"","refs":["RFC8446"]},{"code":2055,"hex":"0x0807","name":"ed25519","family":"EdDSA","hash":"intrinsic","tls12":true,"tls13CertificateVerify":true,"note":"not in Chrome verify prefs","refs":["RFC8446","RFC8422"]},{"code":2056,"hex":"0x0808","name":"ed448","family":"EdDSA","hash":"intrinsic","tls12":true,"tls13CertificateVerify":true,"note":"","refs":["RFC8446","RFC8422"]},{"code":2057,"hex":"0x0809","name":"rsa_pss_pss_sha256","family":"RSA-PSS (id-RSASSA-PSS key)","hash":"SHA256","tls12":true,"tls13CertificateVerify":true,"note":"","refs":["RFC8446"]},{"code":2058,"hex":"0x080A","name":"rsa_pss_pss_sha384","family":"RSA-PSS (id-RSASSA-PSS key)","hash":"SHA384","tls12":true,"tls13CertificateVerify":true,"note":"","refs":["RFC8446"]},{"code":2059,"hex":"0x080B","name":"rsa_pss_pss_sha512","family":"RSA-PSS (id-RSASSA-PSS key)","hash":"SHA512","tls12":true,"tls13CertificateVerify":true,"note":"","refs":["RFC8446"]},{"code":2074,"hex":"0x081A","name":"ecdsa_brainpoolP256r1tls13_sha256","family":"ECDSA","hash":"SHA256","tls12":false,"tls13CertificateVerify":true,"note":"","refs":["RFC8734"]},{"code":2075,"hex":"0x081B","name":"ecdsa_brainpoolP384r1tls13_sha384","family":"ECDSA","hash":"SHA384","tls12":false,"tls13CertificateVerify":true,"note":"","refs":["RFC8734"]},{"code":2076,"hex":"0x081C","name":"ecdsa_brainpoolP512r1tls13_sha512","family":"ECDSA","hash":"SHA512","tls12":false,"tls13CertificateVerify":true,"note":"","refs":["RFC8734"]},{"code":2112,"hex":"0x0840","name":"gostr34102012_256 (TLS 1.2 intrinsic pair)","family":"GOST","hash":"intrinsic","tls12":true,"tls13CertificateVerify":false,"note":"national (GOST), TLS 1.2","refs":["RFC9189"]},{"code":2113,"hex":"0x0841","name":"gostr34102012_512 (TLS 1.2 intrinsic pair)","family":"GOST","hash":"intrinsic","tls12":true,"tls13CertificateVerify":false,"note":"national (GOST), TLS 1.2","refs":["RFC9189"]},{"code":2308,"hex":"0x0904","name":"mldsa44","family":"ML-DSA","hash":"intrinsic","tls12":false,"tls13CertificateVerify":true,"note":"PQ signature (FIPS 204); shipped on by default in Chromium main (2026-07 per secondary source)","refs":["draft-ietf-tls-mldsa","FIPS204"]},{"code":2309,"hex":"0x0905","name":"mldsa65","family":"ML-DSA","hash":"intrinsic","tls12":false,"tls13CertificateVerify":true,"note":"PQ signature (FIPS 204)","refs":["draft-ietf-tls-mldsa","FIPS204"]},{"code":2310,"hex":"0x0906","name":"mldsa87","family":"ML-DSA","hash":"intrinsic","tls12":false,"tls13CertificateVerify":true,"note":"PQ signature (FIPS 204)","refs":["draft-ietf-tls-mldsa","FIPS204"]}]}');
;// CONCATENATED MODULE: ./src/registry/index.ts




const CIPHER_SUITES = cipher_suites_namespaceObject.v;
const GROUPS = supported_groups_namespaceObject.T;
const SIGNATURE_SCHEMES = signature_schemes_namespaceObject.B;
/** TLS_EMPTY_RENEGOTIATION_INFO_SCSV (RFC 5746) and TLS_FALLBACK_SCSV (RFC 7507). */
const SCSV = { emptyRenegotiationInfo: 0x00ff, fallback: 0x5600 };
const PROTOCOL_CODES = {
    SSLv2: 0x0002,
    SSLv3: 0x0300,
    'TLSv1.0': 0x0301,
    'TLSv1.1': 0x0302,
    'TLSv1.2': 0x0303,
    'TLSv1.3': 0x0304
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

/***/ 3836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* binding */ poolAddresses),
/* harmony export */   Uh: () => (/* binding */ evaluateResumption),
/* harmony export */   lQ: () => (/* binding */ checkResumption)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _policy_reproduce_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4137);
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
            socket = node_tls__WEBPACK_IMPORTED_MODULE_3___default().connect({
                host: options.address,
                port: endpoint.port,
                servername: endpoint.sni ?? undefined,
                minVersion: options.version,
                maxVersion: options.version,
                session: options.session,
                secureOptions: options.noTicket ? (node_crypto__WEBPACK_IMPORTED_MODULE_0___default().constants).SSL_OP_NO_TICKET : undefined,
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
/**
 * The addresses of a pool: the ones given in the targets file, else every A/AAAA address the name resolves to
 * (behind one name, each is a backend a client may land on), else the scanned address. Never throws.
 */
async function poolAddresses(target) {
    if (target.addresses && target.addresses.length > 0)
        return [...new Set(target.addresses)];
    if (node_net__WEBPACK_IMPORTED_MODULE_2___default().isIP(target.host))
        return [target.host];
    try {
        const found = await (0,node_dns_promises__WEBPACK_IMPORTED_MODULE_1__.lookup)(target.host, { all: true, verbatim: true });
        const addresses = [...new Set(found.map((entry) => entry.address))];
        if (addresses.length > 0) {
            // The scanned address first, so "a session from the first address" is the one the scan used.
            const first = target.address && addresses.includes(target.address) ? target.address : addresses[0];
            return [first, ...addresses.filter((a) => a !== first)];
        }
    }
    catch {
        // Resolution failed: fall back to what was scanned.
    }
    return [target.address ?? target.host];
}
const SHARED_KEYS_FIX = {
    nginx: ['ssl_session_ticket_key /etc/nginx/ticket.key;  # the same key file on every server of the pool'],
    apache: [
        'SSLSessionTicketKeyFile /etc/apache2/ticket.key  # the same key file on every server of the pool'
    ],
    haproxy: [
        'bind :443 ssl crt /etc/haproxy/site.pem tls-ticket-keys /etc/haproxy/ticket.keys  # shared by every node'
    ],
    text: 'Distribute the same session ticket keys to every server behind the name (and rotate them together), or turn tickets off (nginx: ssl_session_tickets off;) and use a shared session cache.'
};
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
    const reconnect = (0,_policy_reproduce_js__WEBPACK_IMPORTED_MODULE_4__/* .reproduceReconnect */ .L1)({ ...target, address: first });
    if (report.acrossAddresses === false && rules.acrossAddresses !== 'forbidden') {
        findings.push({
            rule: 'resumption.inconsistent',
            severity: rules.acrossAddresses === 'required' ? 'error' : 'warning',
            message: `${target.name}: a session issued by ${report.addresses[0]} does not resume on every other address (${report.addresses.slice(1).join(', ')}); the addresses do not share session ticket keys or a session cache.`,
            evidence: { ...report },
            fix: SHARED_KEYS_FIX,
            reproduce: (0,_policy_reproduce_js__WEBPACK_IMPORTED_MODULE_4__/* .reproduceResumptionAcross */ .Ho)(target, first, report.addresses[1] ?? first),
            waiver: null
        });
    }
    const checks = [
        {
            what: 'session-ID resumption',
            value: report.sessionId,
            rule: rules.sessionId,
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
        },
        {
            what: 'session-ticket resumption',
            value: report.ticket === null && report.tls13Psk === null
                ? null
                : report.ticket === true || report.tls13Psk === true,
            rule: rules.tickets,
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
