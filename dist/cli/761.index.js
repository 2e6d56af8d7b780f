export const id = 761;
export const ids = [761];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// The flags of `scan` and `diagnose`, read with node:util's parseArgs, whose errors are worded for programmers
// (several lines, "ambiguous"): each is reworded as one line naming the option and what was expected. A value
// flag given twice is refused, where parseArgs would keep the last one and quietly drop the other.


/** parseArgs (strict, positionals allowed) with user errors as ConfigurationErrors for `tls-gate COMMAND`. */
function parseCommandArgs(argv, options, command) {
    const seeHelp = `(see tls-gate ${command} --help)`;
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true, tokens: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${describeParseError(error, argv)} ${seeHelp}`);
    }
    const given = new Map();
    for (const token of parsed.tokens) {
        if (token.kind !== 'option' || options[token.name]?.type !== 'string' || options[token.name]?.multiple)
            continue;
        const values = [...(given.get(token.name) ?? []), token.value ?? ''];
        given.set(token.name, values);
        if (values.length > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`option --${token.name} is given more than once (${values.map((v) => JSON.stringify(v)).join(', ')}); give it once ${seeHelp}`);
        }
    }
    return { values: parsed.values, positionals: parsed.positionals };
}
/** node:util parseArgs errors, reworded to say what was expected, on one line. */
function describeParseError(error, argv) {
    const { code, message } = error;
    const text = String(message ?? error);
    // Node quotes the option as '--name', '--name <value>' or '-n, --name <value>': name the long form.
    const option = /'(?:-\w, )?(--?[\w-]+)/.exec(text)?.[1];
    switch (code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return unknownOption(option, argv) ?? `unknown option ${option ?? JSON.stringify(firstLine(text))}`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            if (option && /argument missing/.test(text))
                return `option ${option} needs a value`;
            if (option && /ambiguous/.test(text))
                return ambiguous(option, argv);
            if (option && /does not take an argument/.test(text))
                return `option ${option} takes no value`;
            return firstLine(text);
        default:
            return firstLine(text);
    }
}
/** `--timeout -1`: parseArgs reads "-1" as an option, so --timeout has no value. Say how to give it one. */
function ambiguous(option, argv) {
    const index = argv.findIndex((arg, i) => arg === option && argv[i + 1]?.startsWith('-'));
    const next = index >= 0 ? argv[index + 1] : undefined;
    if (next === undefined)
        return `option ${option} needs a value`;
    return `option ${option} needs a value, and ${JSON.stringify(next)} reads as an option; a value that starts with "-" is written ${option}=${next}`;
}
/** `scan -evil.example`: parseArgs names "-e"; name the whole argument, which was probably meant as a target. */
function unknownOption(option, argv) {
    if (!option || option.startsWith('--'))
        return undefined;
    const arg = argv.find((a) => a.startsWith(option) && !a.startsWith('--') && a.length > option.length);
    if (arg === undefined)
        return undefined;
    return `unknown option ${JSON.stringify(arg)}; a target cannot start with "-"`;
}
function firstLine(text) {
    return text.split(/\r?\n/)[0].replace(/\.$/, '');
}


/***/ }),

/***/ 8761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DIAGNOSE_USAGE: () => (/* binding */ DIAGNOSE_USAGE),
/* harmony export */   fixLines: () => (/* binding */ fixLines),
/* harmony export */   runDiagnoseCommand: () => (/* binding */ runDiagnoseCommand)
/* harmony export */ });
/* harmony import */ var _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1926);
/* harmony import */ var _certs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3506);
/* harmony import */ var _clients_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2607);
/* harmony import */ var _clients_simulate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4160);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7469);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1751);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4031);
/* harmony import */ var _remediation_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6628);
/* harmony import */ var _scan_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7940);
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3576);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6733);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1604);
// `tls-gate diagnose TARGET [--client PROFILE | --tls VERSION... --ciphers LIST]`: the question of the person in
// the seed, "why does this client fail against this server", answered in a few lines: what happened (alert),
// why (each side's lists), the server lines that let the client in within the policy, and the command that
// reproduces it. Without a client, every profile is tried and the failing ones are explained.














const DIAGNOSE_USAGE = `usage: tls-gate diagnose TARGET [--client PROFILE | --tls VERSION... --ciphers LIST] [options]

Scans TARGET, makes the client's handshake, and says why it fails and what to change on the server.
Without --client or --tls/--ciphers, every client profile is tried and the failing ones are explained.

client:
  --client PROFILE        a client profile (tls-gate diagnose --list-clients)
  --tls VERSION           a version the client speaks: 1.0, 1.1, 1.2, 1.3 (repeat for several)
  --ciphers LIST          the client's suites, OpenSSL or IANA names, ':' or ',' separated, in its order
  --groups LIST           the client's groups (default x25519:secp256r1:secp384r1)
  --no-sni                the client sends no SNI

options:
  --policy PRESET|FILE    keep the proposed fix within this policy (default: the default policy)
  --ca-file PEM           also trust the CA certificates in this PEM file
  --timeout DURATION      connect and read timeout per handshake: 500ms, 10s, 2m; a bare number is
                          milliseconds (default ${(0,_settings_index_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a3)(_settings_index_js__WEBPACK_IMPORTED_MODULE_10__/* .RUN_DEFAULTS */ .fv.timeoutMs)})
  --json                  print the result as JSON
  --list-clients          list the client profiles and exit
  -h, --help              show this help

exit status: 0 the client(s) connect, 1 a client cannot connect (or the target cannot be scanned), 2 usage error`;
const OPTIONS = {
    client: { type: 'string' },
    tls: { type: 'string', multiple: true },
    ciphers: { type: 'string' },
    groups: { type: 'string' },
    'no-sni': { type: 'boolean' },
    policy: { type: 'string' },
    'ca-file': { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
    'list-clients': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
const VERSIONS = {
    '1.0': 'TLSv1.0',
    '1': 'TLSv1.0',
    '1.1': 'TLSv1.1',
    '1.2': 'TLSv1.2',
    '1.3': 'TLSv1.3'
};
/** Signature schemes of a custom client: what current libraries offer (ECDSA, RSA-PSS, RSA PKCS#1, EdDSA). */
const CUSTOM_SIGALGS = [
    0x0403, 0x0503, 0x0603, 0x0807, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601, 0x0201, 0x0203
];
function versionOf(text) {
    const key = text.trim().replace(/^tlsv?/i, '');
    const version = VERSIONS[key];
    if (!version)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`--tls must be one of 1.0, 1.1, 1.2, 1.3; got ${JSON.stringify(text)}`);
    return version;
}
function customProfile(values) {
    const versions = [...new Set((values.tls ?? ['1.2', '1.3']).map(versionOf))].sort().reverse();
    const names = (values.ciphers ?? '').split(/[:,\s]+/).filter(Boolean);
    const suites = names.map((name) => {
        const suite = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_6__/* .suiteByName */ .ty)(name);
        if (!suite)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`--ciphers: unknown cipher suite ${JSON.stringify(name)} (OpenSSL or IANA name)`);
        return suite;
    });
    const tls13 = versions.includes('TLSv1.3');
    const hasTls13Suite = suites.some((s) => s.minVersion === 'TLSv1.3');
    const hasLegacySuite = suites.some((s) => s.minVersion !== 'TLSv1.3');
    const cipherSuites = suites.map((s) => s.code);
    // A list naming only legacy suites keeps a TLS 1.3 client's standard suites, as OpenSSL's -cipher does.
    if (tls13 && !hasTls13Suite)
        cipherSuites.unshift(_codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CipherSuite */ .GR.TLS_AES_256_GCM_SHA384, _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CipherSuite */ .GR.TLS_CHACHA20_POLY1305_SHA256, _codepoints_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CipherSuite */ .GR.TLS_AES_128_GCM_SHA256);
    if (versions.some((v) => v !== 'TLSv1.3') && !hasLegacySuite) {
        if (names.length > 0 && !tls13)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('--ciphers names only TLS 1.3 suites, but --tls has no 1.3');
        if (names.length === 0)
            cipherSuites.push(0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8, 0xc009, 0xc013, 0xc00a, 0xc014, 0x009c, 0x009d, 0x002f, 0x0035);
    }
    const groups = (values.groups ?? 'x25519:secp256r1:secp384r1')
        .split(/[:,\s]+/)
        .filter(Boolean)
        .map((name) => {
        const group = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_6__/* .groupByName */ .mV)(name);
        if (!group)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`--groups: unknown group ${JSON.stringify(name)}`);
        return group.code;
    });
    return {
        id: 'custom client',
        name: 'the client described on the command line',
        versions,
        cipherSuites,
        groups,
        keyShareGroups: groups.slice(0, 1),
        signatureAlgorithms: CUSTOM_SIGALGS,
        sni: !values['no-sni'],
        ecPointFormats: true,
        extendedMasterSecret: true,
        renegotiationInfo: true,
        source: 'command line'
    };
}
const safe = (text) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeForLog */ .zB)(text);
/** A diagnosis's fix as `tls-gate diagnose` prints it: labels in a 15-column gutter, the statement last. */
function fixLines(fix) {
    const out = [];
    for (const block of (0,_remediation_index_js__WEBPACK_IMPORTED_MODULE_8__/* .fixBlocks */ .mv)(fix)) {
        const label = `fix (${block.name}):`;
        block.lines.forEach((line, index) => out.push(`  ${index === 0 ? label.padEnd(15) : ' '.repeat(15)}${safe(line)}`));
    }
    if (fix.text)
        out.push(`  ${'fix:'.padEnd(15)}${safe(fix.text)}`);
    return out;
}
function describe(target, detailed) {
    const { result, diagnosis } = detailed;
    const head = `${safe(target.name)} (${safe(target.address ?? target.host)}) - ${safe(result.profile)}`;
    if (result.connects) {
        const lines = [
            `${head}: connects with ${result.version} ${result.cipherSuite}${result.group ? ` over ${result.group}` : ''}`
        ];
        if (result.diagnosis)
            lines.push(`  note: ${safe(result.diagnosis)}`);
        return lines;
    }
    const lines = [`${head}: cannot connect`];
    if (diagnosis) {
        const observed = diagnosis.details.filter((d) => d.startsWith('observed: '));
        for (const detail of observed)
            lines.push(`  ${safe(detail)}`);
        lines.push(`  cause: ${safe(diagnosis.summary)}`);
        for (const detail of diagnosis.details.filter((d) => !observed.includes(d)))
            lines.push(`    ${safe(detail)}`);
        if (result.diagnosis && result.diagnosis.includes('Disagreement')) {
            lines.push(`  note: ${safe(result.diagnosis.slice(result.diagnosis.indexOf('Disagreement')))}`);
        }
        lines.push(...fixLines(diagnosis.fix));
        lines.push(`  reproduce: ${safe(diagnosis.reproduce.openssl)}`);
        lines.push(`             ${safe(diagnosis.reproduce.curl)}`);
    }
    else if (result.diagnosis) {
        lines.push(`  cause: ${safe(result.diagnosis)}`);
    }
    return lines;
}
async function runDiagnoseCommand(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .parseCommandArgs */ .Q)(argv, OPTIONS, 'diagnose');
    if (values.help) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_13__/* .writeLine */ ._r)(io.stdout, DIAGNOSE_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_13__/* .EXIT */ .dc.pass;
    }
    if (values['list-clients']) {
        for (const profile of _clients_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .CLIENT_PROFILES */ .p)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_13__/* .writeLine */ ._r)(io.stdout, `${profile.id.padEnd(18)}${profile.name}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_13__/* .EXIT */ .dc.pass;
    }
    if (positionals.length !== 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`diagnose takes exactly one TARGET; got ${positionals.length} (see tls-gate diagnose --help)`);
    }
    const custom = values.tls !== undefined || values.ciphers !== undefined || values.groups !== undefined;
    if (values.client && custom)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('give either --client or --tls/--ciphers/--groups, not both');
    let profiles;
    if (values.client) {
        const profile = (0,_clients_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .profileById */ .G)(values.client);
        if (!profile) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`--client: unknown profile ${JSON.stringify(values.client)}; known: ${_clients_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .CLIENT_PROFILES */ .p.map((p) => p.id).join(', ')}`);
        }
        profiles = [values['no-sni'] ? { ...profile, sni: false } : profile];
    }
    else if (custom || values['no-sni']) {
        profiles = [customProfile(values)];
    }
    else {
        profiles = [..._clients_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .CLIENT_PROFILES */ .p];
    }
    const target = (0,_targets_index_js__WEBPACK_IMPORTED_MODULE_11__/* .parseTargetArgument */ .c)(positionals[0]);
    const timeoutMs = values.timeout === undefined
        ? _settings_index_js__WEBPACK_IMPORTED_MODULE_10__/* .RUN_DEFAULTS */ .fv.timeoutMs
        : (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_10__/* .parseDuration */ .E9)(values.timeout, { name: '--timeout', bareUnit: 'ms', minMs: 1, maxMs: 600_000 });
    const trust = await (0,_certs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadTrustStore */ .Kl)(values['ca-file'] ? { caFile: values['ca-file'] } : {});
    const policy = await (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicy */ .tb)(values.policy, { baseDir: io.cwd });
    const { targetDeadlineMs, concurrency, perTargetConcurrency } = _settings_index_js__WEBPACK_IMPORTED_MODULE_10__/* .RUN_DEFAULTS */ .fv;
    const scanOptions = {
        timeoutMs,
        targetDeadlineMs,
        concurrency,
        perTargetConcurrency,
        trust,
        now: new Date()
    };
    const report = await (0,_scan_index_js__WEBPACK_IMPORTED_MODULE_9__/* .scanTarget */ .rt)(target, scanOptions);
    if (report.status !== 'ok') {
        const why = report.error ? `${report.error.code}: ${report.error.message}` : report.status;
        if (values.json)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_13__/* .writeLine */ ._r)(io.stdout, (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .inertJson */ .nl)({ target: report.name, status: report.status, error: report.error }, 2));
        else
            (0,_io_js__WEBPACK_IMPORTED_MODULE_13__/* .writeLine */ ._r)(io.stdout, `${safe(report.name)}: cannot be scanned (${safe(why)}); every client fails the same way.`);
        return _io_js__WEBPACK_IMPORTED_MODULE_13__/* .EXIT */ .dc.fail;
    }
    const endpoint = {
        host: target.host,
        address: report.address ?? target.address ?? target.host,
        port: target.port,
        sni: target.sni
    };
    const limits = { timeoutMs, deadline: Date.now() + targetDeadlineMs };
    const results = [];
    for (const profile of profiles) {
        const ownEndpoint = profile.sni ? endpoint : { ...endpoint, sni: null };
        results.push(await (0,_clients_simulate_js__WEBPACK_IMPORTED_MODULE_3__/* .simulateClientDetailed */ .yW)(ownEndpoint, report, profile, limits, { rules: policy.rules }));
    }
    if (values.json) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_13__/* .writeLine */ ._r)(io.stdout, (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .inertJson */ .nl)({
            target: report.name,
            policy: policy.name,
            clients: results.map((r) => ({ ...r.result, details: r.diagnosis }))
        }, 2));
    }
    else if (profiles.length === 1) {
        for (const line of describe(report, results[0]))
            (0,_io_js__WEBPACK_IMPORTED_MODULE_13__/* .writeLine */ ._r)(io.stdout, line);
    }
    else {
        for (const { result } of results) {
            const outcome = result.connects
                ? `${result.version} ${result.cipherSuite}`
                : `FAILS${result.alert ? ` (alert ${result.alert.description} ${result.alert.name})` : ''}`;
            (0,_io_js__WEBPACK_IMPORTED_MODULE_13__/* .writeLine */ ._r)(io.stdout, `${safe(result.profile).padEnd(18)}${safe(outcome)}`);
        }
        const failing = results.filter((r) => !r.result.connects);
        for (const detailed of failing) {
            (0,_io_js__WEBPACK_IMPORTED_MODULE_13__/* .writeLine */ ._r)(io.stdout, '');
            for (const line of describe(report, detailed))
                (0,_io_js__WEBPACK_IMPORTED_MODULE_13__/* .writeLine */ ._r)(io.stdout, line);
        }
    }
    return results.every((r) => r.result.connects) ? _io_js__WEBPACK_IMPORTED_MODULE_13__/* .EXIT */ .dc.pass : _io_js__WEBPACK_IMPORTED_MODULE_13__/* .EXIT */ .dc.fail;
}


/***/ })

};
