export const id = 761;
export const ids = [761,100];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _policy_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5016);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${describeParseError(error, argv, Object.keys(options))} ${seeHelp}`);
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
function describeParseError(error, argv, names) {
    const { code, message } = error;
    const text = String(message ?? error);
    // Node quotes the option as '--name', '--name <value>' or '-n, --name <value>': name the long form.
    const option = /'(?:-\w, )?(--?[\w-]+)/.exec(text)?.[1];
    switch (code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return (unknownOption(option, argv) ??
                (option
                    ? `unknown option ${option}${(0,_policy_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(option, names.map((name) => `--${name}`))}`
                    : `unknown option ${JSON.stringify(firstLine(text))}`));
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
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8137);
/* harmony import */ var _policy_suggest_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(5016);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1751);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4031);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(5235);
/* harmony import */ var _remediation_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(265);
/* harmony import */ var _scan_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3965);
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1714);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6377);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7593);
/* harmony import */ var _report_formats_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3579);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(5100);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(1604);
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
  --sni NAME              the client sends NAME as SNI (instead of TARGET's host name)

where:
  TARGET                  as for scan, also name=host:port@address
  --resolve HOST:PORT:ADDR[,ADDR...]
                          connect to these addresses instead of resolving HOST (curl's syntax)
  --addresses ${_model_report_js__WEBPACK_IMPORTED_MODULE_16__/* .ADDRESS_SELECTIONS */ .xh.join('|')}
                          which of the name's addresses to scan (default first: a diagnosis explains one
                          server; with several, the first that answers is the one diagnosed)

options:
  --policy PRESET|FILE    keep the proposed fix within this policy (default: the default policy)
  --ca-file PEM           also trust the CA certificates in this PEM file
  --timeout DURATION      connect and read timeout per handshake: 500ms, 10s, 2m; a bare number is
                          milliseconds (default ${(0,_settings_index_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a3)(_settings_index_js__WEBPACK_IMPORTED_MODULE_10__/* .RUN_DEFAULTS */ .fv.timeoutMs)})
  --format text|json      how to print the result (default text); --json is --format json
  --list-clients          list the client profiles and exit
  -h, --help              show this help

exit status: 0 the client(s) connect, 1 a client cannot connect (or the target cannot be scanned), 2 usage error`;
const OPTIONS = {
    client: { type: 'string' },
    tls: { type: 'string', multiple: true },
    ciphers: { type: 'string' },
    groups: { type: 'string' },
    'no-sni': { type: 'boolean' },
    sni: { type: 'string' },
    resolve: { type: 'string', multiple: true },
    addresses: { type: 'string' },
    policy: { type: 'string' },
    'ca-file': { type: 'string' },
    timeout: { type: 'string' },
    format: { type: 'string' },
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
/**
 * `--format` as on scan and merge. A diagnosis is an explanation, not a policy report: text or JSON. The report
 * formats (SARIF, JUnit, ...) are scan's, and asking diagnose for one says so.
 */
function diagnoseFormat(format, json) {
    if (format === undefined)
        return json ? 'json' : 'text';
    if (json && format !== 'json')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`--json and --format ${format} disagree; give one`);
    if (format === 'text' || format === 'json')
        return format;
    const hint = _report_formats_js__WEBPACK_IMPORTED_MODULE_13__/* .REPORT_FORMATS */ .EL.includes(format)
        ? `; ${format} is a report format of tls-gate scan`
        : (0,_policy_suggest_js__WEBPACK_IMPORTED_MODULE_17__/* .didYouMean */ .au)(format, ['text', 'json']);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`--format must be text or json for diagnose${hint}; got ${JSON.stringify(format)}`);
}
async function runDiagnoseCommand(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_12__/* .parseCommandArgs */ .Q)(argv, OPTIONS, 'diagnose');
    if (values.help) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_15__/* .writeLine */ ._r)(io.stdout, DIAGNOSE_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_15__/* .EXIT */ .dc.pass;
    }
    if (values['list-clients']) {
        for (const profile of _clients_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .CLIENT_PROFILES */ .p)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_15__/* .writeLine */ ._r)(io.stdout, `${profile.id.padEnd(18)}${profile.name}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_15__/* .EXIT */ .dc.pass;
    }
    if (positionals.length !== 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`diagnose takes exactly one TARGET; got ${positionals.length} (see tls-gate diagnose --help)`);
    }
    const json = diagnoseFormat(values.format, values.json) === 'json';
    const custom = values.tls !== undefined || values.ciphers !== undefined || values.groups !== undefined;
    if (values.client && custom)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('give either --client or --tls/--ciphers/--groups, not both');
    let profiles;
    if (values.client) {
        const profile = (0,_clients_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .profileById */ .G)(values.client);
        if (!profile) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`--client: unknown profile ${JSON.stringify(values.client)}` +
                `${(0,_policy_suggest_js__WEBPACK_IMPORTED_MODULE_17__/* .didYouMean */ .au)(values.client, _clients_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .CLIENT_PROFILES */ .p.map((p) => p.id))}; known: ${_clients_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .CLIENT_PROFILES */ .p.map((p) => p.id).join(', ')}`);
        }
        profiles = [values['no-sni'] ? { ...profile, sni: false } : profile];
    }
    else if (custom || values['no-sni']) {
        profiles = [customProfile(values)];
    }
    else {
        profiles = [..._clients_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .CLIENT_PROFILES */ .p];
    }
    const [target] = (0,_scan_js__WEBPACK_IMPORTED_MODULE_14__.pinTargets)([(0,_targets_index_js__WEBPACK_IMPORTED_MODULE_11__/* .parseTargetArgument */ .c)(positionals[0])], {
        resolve: values.resolve,
        sni: values.sni
    });
    if (values.sni !== undefined && values['no-sni'])
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('give either --sni NAME or --no-sni, not both');
    const addresses = values.addresses ?? 'first';
    if (!_model_report_js__WEBPACK_IMPORTED_MODULE_16__/* .ADDRESS_SELECTIONS */ .xh.includes(addresses))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`--addresses must be one of ${_model_report_js__WEBPACK_IMPORTED_MODULE_16__/* .ADDRESS_SELECTIONS */ .xh.join(', ')}; got ${JSON.stringify(addresses)}`);
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
        now: new Date(),
        addresses: addresses
    };
    const report = await (0,_scan_index_js__WEBPACK_IMPORTED_MODULE_9__/* .scanTarget */ .rt)(target, scanOptions);
    if (report.status !== 'ok') {
        const why = report.error ? `${report.error.code}: ${report.error.message}` : report.status;
        if (json)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_15__/* .writeLine */ ._r)(io.stdout, (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .inertJson */ .nl)({ target: report.name, status: report.status, error: report.error }, 2));
        else
            (0,_io_js__WEBPACK_IMPORTED_MODULE_15__/* .writeLine */ ._r)(io.stdout, `${safe(report.name)}: cannot be scanned (${safe(why)}); every client fails the same way.`);
        return _io_js__WEBPACK_IMPORTED_MODULE_15__/* .EXIT */ .dc.fail;
    }
    const endpoint = {
        host: target.host,
        address: report.address ?? target.address ?? target.host,
        port: target.port,
        sni: target.sni,
        starttls: target.starttls
    };
    const limits = { timeoutMs, deadline: Date.now() + targetDeadlineMs };
    const results = [];
    for (const profile of profiles) {
        const ownEndpoint = profile.sni ? endpoint : { ...endpoint, sni: null };
        results.push(await (0,_clients_simulate_js__WEBPACK_IMPORTED_MODULE_3__/* .simulateClientDetailed */ .yW)(ownEndpoint, report, profile, limits, { rules: policy.rules }));
    }
    if (json) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_15__/* .writeLine */ ._r)(io.stdout, (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .inertJson */ .nl)({
            target: report.name,
            policy: policy.name,
            clients: results.map((r) => ({ ...r.result, details: r.diagnosis }))
        }, 2));
    }
    else if (profiles.length === 1) {
        for (const line of describe(report, results[0]))
            (0,_io_js__WEBPACK_IMPORTED_MODULE_15__/* .writeLine */ ._r)(io.stdout, line);
    }
    else {
        for (const { result } of results) {
            const outcome = result.connects
                ? `${result.version} ${result.cipherSuite}`
                : `FAILS${result.alert ? ` (alert ${result.alert.description} ${result.alert.name})` : ''}`;
            (0,_io_js__WEBPACK_IMPORTED_MODULE_15__/* .writeLine */ ._r)(io.stdout, `${safe(result.profile).padEnd(18)}${safe(outcome)}`);
        }
        const failing = results.filter((r) => !r.result.connects);
        for (const detailed of failing) {
            (0,_io_js__WEBPACK_IMPORTED_MODULE_15__/* .writeLine */ ._r)(io.stdout, '');
            for (const line of describe(report, detailed))
                (0,_io_js__WEBPACK_IMPORTED_MODULE_15__/* .writeLine */ ._r)(io.stdout, line);
        }
    }
    return results.every((r) => r.result.connects) ? _io_js__WEBPACK_IMPORTED_MODULE_15__/* .EXIT */ .dc.pass : _io_js__WEBPACK_IMPORTED_MODULE_15__/* .EXIT */ .dc.fail;
}


/***/ }),

/***/ 5100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SCAN_USAGE: () => (/* binding */ SCAN_USAGE),
  pinTargets: () => (/* binding */ pinTargets),
  readScanSettings: () => (/* binding */ readScanSettings),
  runScanCommand: () => (/* binding */ runScanCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/input-files.ts
var input_files = __webpack_require__(1869);
// EXTERNAL MODULE: ./src/model/fail-on.ts
var fail_on = __webpack_require__(4095);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/pipeline.ts
var pipeline = __webpack_require__(5165);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/settings/index.ts + 5 modules
var settings = __webpack_require__(1714);
// EXTERNAL MODULE: ./src/targets/index.ts + 6 modules
var src_targets = __webpack_require__(6377);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/report-formats.ts + 2 modules
var report_formats = __webpack_require__(3579);
// EXTERNAL MODULE: ./src/report/progress-line.ts
var progress_line = __webpack_require__(1602);
;// CONCATENATED MODULE: ./src/cli/progress.ts
// Progress of `tls-gate scan` on stderr. On a terminal: a live area below the finished lines, one row per target
// in flight with the check it is running and for how long (a silent server shows its wait ticking), redrawn in
// place. Elsewhere (CI logs, a pipe): one plain line per finished target, nothing else. Both print the same
// finished line (src/report/progress-line.ts), with the target's verdict; target names are untrusted and shown with
// their control characters as escapes.


/** Most targets shown in the live area; the rest are counted on one more row. */
const LIVE_ROWS = 8;
const REDRAW_MS = 250;
const SPINNER = ['|', '/', '-', '\\'];
function createProgress(stream, total, options) {
    let done = 0;
    const finished = (target) => (0,report_escape/* visibleControls */.xx)((0,progress_line/* finishedTargetLine */.m)(target, (done += 1), total));
    if (!options.live) {
        return {
            onProgress: () => undefined,
            onTargetDone: (target) => void stream.write(`${finished(target)}\n`),
            stop: () => undefined
        };
    }
    return liveProgress(stream, finished);
}
function liveProgress(stream, finished) {
    const inFlight = new Map();
    let drawn = 0;
    let tick = 0;
    const erase = () => {
        // To the start of the first row drawn, then clear to the end of the screen.
        if (drawn > 0)
            stream.write(`\u001b[${drawn}F\u001b[J`);
        drawn = 0;
    };
    const draw = () => {
        const width = Math.max(20, (stream.columns ?? 80) - 1); // a wrapped row would break the count of rows
        const now = Date.now();
        const rows = [...inFlight].slice(0, LIVE_ROWS).map(([name, { check, since }]) => {
            const seconds = ((now - since) / 1000).toFixed(1);
            return `  ${SPINNER[tick % SPINNER.length]} ${(0,report_escape/* visibleControls */.xx)(name)}: ${check} (${seconds} s)`.slice(0, width);
        });
        if (inFlight.size > LIVE_ROWS)
            rows.push(`  …and ${inFlight.size - LIVE_ROWS} more in flight`);
        if (rows.length > 0)
            stream.write(`${rows.join('\n')}\n`);
        drawn = rows.length;
    };
    const timer = setInterval(() => {
        tick += 1;
        erase();
        draw();
    }, REDRAW_MS);
    timer.unref();
    return {
        onProgress(targetName, checkName) {
            inFlight.set(targetName, { check: checkName, since: Date.now() });
            erase();
            draw();
        },
        onTargetDone(target) {
            inFlight.delete(target.name);
            erase();
            stream.write(`${finished(target)}\n`);
            draw();
        },
        stop() {
            clearInterval(timer);
            erase();
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/scan.ts
// `tls-gate scan`: parse the flags and targets, run the pipeline, write the report, exit 0 (pass) or 1 (fail).
// Bad flags, targets, policies or CA files are usage errors (exit 2) that say what was expected.














const SCAN_USAGE = `usage: tls-gate scan [TARGET...] [options]

TARGET is host, host:port, [ipv6]:port, ipv6 or https://host[:port]/path (port 443 by default), or a
STARTTLS URL: smtp:// (25), submission:// (587), imap:// (143), pop3:// (110), ftp:// (21), ldap:// (389),
xmpp:// (5222), xmpp-server:// (5269), postgres:// (5432), mysql:// (3306); smtps://, imaps://, pop3s://,
ftps://, ldaps://, xmpps:// are TLS from the first byte on 465, 993, 995, 990, 636, 5223; each optionally
named and pinned to an address: name=host:port@address (e.g. api=api.example.com:443@192.0.2.1);
"-" reads targets from stdin (one per line or comma separated).

options:
  --targets FILE             YAML targets file ("-" for stdin); may be repeated
  --format ${report_formats/* REPORT_FORMATS */.EL.join('|')}
                             report format (default text): markdown is the job summary, sarif the SARIF
                             the action writes, junit JUnit XML, gitlab GitLab Code Quality JSON
  --output FILE              write the report to FILE instead of stdout
  --policy PRESET|FILE       policy preset name or YAML file (default: the default policy)
  --fail-on ${fail_on/* FAIL_ON_VALUES */.Qm.join('|')}
                             lowest severity that fails the run (default ${settings/* RUN_DEFAULTS */.fv.failOn})
  --warn-days N, --fail-days N
                             expiry thresholds in days left, for every target's policy (default: the policy's)
  --ca-file PEM              also trust the CA certificates in this PEM file
  --timeout DURATION         connect and read timeout per handshake: 500ms, 10s, 2m; a bare number is
                             milliseconds (default ${(0,settings/* formatDuration */.a3)(settings/* RUN_DEFAULTS */.fv.timeoutMs)})
  --deadline DURATION        whole-scan deadline per target (default ${(0,settings/* formatDuration */.a3)(settings/* RUN_DEFAULTS */.fv.targetDeadlineMs)})
  --concurrency N            targets scanned at once (default ${settings/* RUN_DEFAULTS */.fv.concurrency})
  --per-target-concurrency N handshakes to one target at once (default ${settings/* RUN_DEFAULTS */.fv.perTargetConcurrency})
  --per-address-concurrency N
                             connections to one address and port at once, from every target that resolves
                             to it; halves while the server refuses (default ${settings/* RUN_DEFAULTS */.fv.perAddressConcurrency})
  --addresses ${report/* ADDRESS_SELECTIONS */.xh.join('|')}
                             which of a name's addresses to scan (default ${settings/* RUN_DEFAULTS */.fv.addresses}: every A and AAAA
                             record, each node reported; a targets file entry's \`addresses\` wins)
  --resolve HOST:PORT:ADDR[,ADDR...]
                             scan these addresses for the targets of HOST and PORT instead of resolving HOST
                             (curl's syntax; IPv6 as [::1]); may be repeated
  --sni NAME                 send NAME as SNI to every target (the host name is checked against it)
  --no-sni                   send no SNI
  --starttls PROTO           upgrade the host[:port] TARGETs with STARTTLS first (${report/* STARTTLS_PROTOCOLS */.OF.join('|')});
                             the port defaults to the protocol's
  --resumption               also check session resumption (and across a target's addresses)
  --clients                  also simulate every client profile (done anyway for clients the policy names)
  --no-aia                   do not follow an untrusted leaf's AIA URL (offline runs; the chain's cause is then
                             "issuer unknown")
  --checks LIST              vulnerability checks to run, comma separated (default all; none turns them off):
                             ${settings/* VULNERABILITY_CHECKS */.f6.join(', ')}
  --shard K/N                scan only shard K of N, a stable share of the targets (merge the shards' JSON
                             reports with tls-gate merge)
  --now ISO-DATE             judge certificate dates and waivers as of this time
  --quiet                    no progress lines on stderr
  -h, --help                 show this help

exit status: 0 pass, 1 fail (findings at or above --fail-on), 2 usage or configuration error, 3 internal error`;
const OPTIONS = {
    targets: { type: 'string', multiple: true },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    policy: { type: 'string' },
    'fail-on': { type: 'string' },
    'ca-file': { type: 'string' },
    'warn-days': { type: 'string' },
    'fail-days': { type: 'string' },
    timeout: { type: 'string' },
    deadline: { type: 'string' },
    concurrency: { type: 'string' },
    'per-target-concurrency': { type: 'string' },
    'per-address-concurrency': { type: 'string' },
    starttls: { type: 'string' },
    resumption: { type: 'boolean' },
    addresses: { type: 'string' },
    resolve: { type: 'string', multiple: true },
    sni: { type: 'string' },
    'no-sni': { type: 'boolean' },
    clients: { type: 'boolean' },
    'no-aia': { type: 'boolean' },
    now: { type: 'string' },
    shard: { type: 'string' },
    checks: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' }
};
/** The flags and targets of `tls-gate scan`, read into settings (null for --help); bad ones are user errors. */
async function readScanSettings(argv, io) {
    const { values, positionals } = (0,args/* parseCommandArgs */.Q)(argv, OPTIONS, 'scan');
    if (values.help)
        return null;
    const format = oneOf('--format', values.format ?? 'text', report_formats/* REPORT_FORMATS */.EL);
    const failOn = oneOf('--fail-on', values['fail-on'] ?? settings/* RUN_DEFAULTS */.fv.failOn, fail_on/* FAIL_ON_VALUES */.Qm);
    const timeoutMs = duration('--timeout', values.timeout, settings/* RUN_DEFAULTS */.fv.timeoutMs, 600_000);
    const targetDeadlineMs = duration('--deadline', values.deadline, settings/* RUN_DEFAULTS */.fv.targetDeadlineMs, 3_600_000);
    const concurrency = integer('--concurrency', values.concurrency, settings/* RUN_DEFAULTS */.fv.concurrency, 1, 1024);
    const perTargetConcurrency = integer('--per-target-concurrency', values['per-target-concurrency'], settings/* RUN_DEFAULTS */.fv.perTargetConcurrency, 1, 64);
    const perAddressConcurrency = integer('--per-address-concurrency', values['per-address-concurrency'], settings/* RUN_DEFAULTS */.fv.perAddressConcurrency, 1, 1024);
    const now = values.now !== undefined ? parseNow(values.now) : undefined;
    const expiryDays = (0,settings/* parseExpiryDays */.sb)({ warn: values['warn-days'], fail: values['fail-days'] }, { warn: '--warn-days', fail: '--fail-days' });
    const shard = values.shard !== undefined ? (0,src_targets/* parseShardSpec */.d7)(values.shard, '--shard') : undefined;
    const checks = values.checks !== undefined ? (0,settings/* parseCheckList */.wD)(values.checks, '--checks') : undefined;
    for (const [flag, value] of [
        ['--output', values.output],
        ['--policy', values.policy],
        ['--ca-file', values['ca-file']]
    ]) {
        if (value !== undefined && value.trim() === '')
            throw new errors/* ConfigurationError */.j1(`${flag} needs a value`);
    }
    const addresses = values.addresses !== undefined ? oneOf('--addresses', values.addresses, report/* ADDRESS_SELECTIONS */.xh) : undefined;
    const starttls = values.starttls === undefined ? undefined : oneOf('--starttls', values.starttls, report/* STARTTLS_PROTOCOLS */.OF);
    const targets = pinTargets(await collectTargets(positionals, values.targets ?? [], io, starttls), values);
    if (targets.length === 0) {
        throw new errors/* ConfigurationError */.j1('no targets: name at least one TARGET or --targets FILE (see tls-gate scan --help)');
    }
    return {
        ...(0,settings/* runSettings */.n)({
            targets,
            policy: values.policy,
            policyBaseDir: io.cwd,
            caFile: values['ca-file'] !== undefined ? (0,external_node_path_.resolve)(io.cwd, values['ca-file']) : undefined,
            failOn,
            timeoutMs,
            targetDeadlineMs,
            expiryDays,
            concurrency,
            perTargetConcurrency,
            perAddressConcurrency,
            now,
            resumption: values.resumption,
            clients: values.clients,
            aia: values['no-aia'] === true ? false : undefined,
            addresses,
            checks,
            shard
        }),
        format,
        output: values.output,
        quiet: values.quiet ?? false
    };
}
async function runScanCommand(argv, io) {
    const settings = await readScanSettings(argv, io);
    if (!settings) {
        (0,cli_io/* writeLine */._r)(io.stdout, SCAN_USAGE);
        return cli_io/* EXIT */.dc.pass;
    }
    const { targets, format, quiet } = settings;
    // A shard scans its share of the targets only.
    const total = settings.shard ? (0,src_targets/* targetsOfShard */.U5)(targets, settings.shard).length : targets.length;
    const progress = quiet ? null : createProgress(io.stderr, total, { live: wantsLiveProgress(io) });
    let report;
    try {
        report = await (0,pipeline/* runPipeline */.a)(settings, {
            onTargetDone: (target) => progress?.onTargetDone(target),
            onProgress: (name, check) => progress?.onProgress(name, check)
        });
    }
    finally {
        progress?.stop();
    }
    const output = settings.output !== undefined && settings.output !== '-' ? settings.output : null;
    const rendered = (0,report_formats/* renderReport */.B1)(report, format, {
        color: output === null && (0,cli_io/* wantsColor */.zK)(io.stdout, io.env),
        env: io.env
    });
    if (output !== null) {
        const path = (0,external_node_path_.resolve)(io.cwd, output);
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            await (0,promises_.writeFile)(path, rendered, 'utf8');
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`cannot write --output ${output}: ${error.message}`);
        }
        if (!quiet) {
            const { summary } = report;
            (0,cli_io/* writeLine */._r)(io.stderr, `tls-gate: ${report.verdict.toUpperCase()} - ${count(summary.targets, 'target')}, ${count(summary.errors, 'error')}, ` +
                `${count(summary.warnings, 'warning')}; report written to ${(0,report_escape/* visibleControls */.xx)(output)}`);
        }
    }
    else {
        io.stdout.write(rendered);
    }
    return (0,fail_on/* gateFails */.xd)(report, settings.failOn) ? cli_io/* EXIT */.dc.fail : cli_io/* EXIT */.dc.pass;
}
/** Targets in the order named: positional TARGETs (and "-" = stdin), then each --targets file. */
async function collectTargets(positionals, files, io, starttls) {
    const stdinUses = positionals.filter((p) => p === '-').length + files.filter((f) => f === '-').length;
    if (stdinUses > 1)
        throw new errors/* ConfigurationError */.j1('stdin ("-") can be read only once');
    const readStdin = async () => {
        if (!io.stdin)
            throw new errors/* ConfigurationError */.j1('"-" reads stdin, but there is no stdin');
        return (0,input_files/* readInputStream */.BD)(io.stdin, 'targets file', '<stdin>');
    };
    const targets = [];
    for (const positional of positionals) {
        if (positional === '-')
            targets.push(...(0,src_targets/* parseHostsInput */.X1)(await readStdin(), '<stdin>'));
        else
            targets.push((0,src_targets/* parseTargetArgument */.c)(positional, undefined, starttls));
    }
    for (const file of files) {
        if (file.trim() === '')
            throw new errors/* ConfigurationError */.j1('--targets needs a file name');
        if (file === '-')
            targets.push(...(0,src_targets/* parseTargetsFile */.Ci)(await readStdin(), '<stdin>'));
        else
            targets.push(...(await (0,src_targets/* loadTargetsFile */.pJ)((0,external_node_path_.resolve)(io.cwd, file), file)));
    }
    return targets;
}
/** --resolve, --sni and --no-sni applied to the targets, however they were named. */
function pinTargets(targets, values) {
    if (values.sni !== undefined && values['no-sni'])
        throw new errors/* ConfigurationError */.j1('give either --sni NAME or --no-sni, not both');
    let pinned = (0,src_targets/* applyResolveOptions */.NK)(targets, (values.resolve ?? []).map(src_targets/* parseResolveOption */.X7));
    if (values.sni !== undefined)
        pinned = (0,src_targets/* applySni */.f1)(pinned, (0,src_targets/* parseSniOption */.RO)(values.sni));
    if (values['no-sni'])
        pinned = (0,src_targets/* applySni */.f1)(pinned, null);
    return pinned;
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** The live progress area only on a terminal that can move its cursor; a CI log or a pipe gets plain lines. */
function wantsLiveProgress(io) {
    return io.stderr.isTTY === true && io.env.TERM !== 'dumb';
}
function oneOf(flag, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new errors/* ConfigurationError */.j1(`${flag} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
}
/** A duration flag (`500ms`, `10s`, `2m`; a bare number is milliseconds, as it always was on the CLI). */
function duration(flag, value, fallback, maxMs) {
    if (value === undefined)
        return fallback;
    return (0,settings/* parseDuration */.E9)(value, { name: flag, bareUnit: 'ms', minMs: 1, maxMs });
}
function integer(flag, value, fallback, min, max) {
    if (value === undefined)
        return fallback;
    const number = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
    if (!Number.isSafeInteger(number) || number < min || number > max) {
        throw new errors/* ConfigurationError */.j1(`${flag} must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`);
    }
    return number;
}
function parseNow(value) {
    const date = /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : new Date(NaN);
    if (Number.isNaN(date.getTime())) {
        throw new errors/* ConfigurationError */.j1(`--now must be an ISO 8601 date such as 2026-01-31T12:00:00Z; got ${JSON.stringify(value)}`);
    }
    return date;
}


/***/ }),

/***/ 3579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EL: () => (/* binding */ REPORT_FORMATS),
  B1: () => (/* binding */ renderReport)
});

// UNUSED EXPORTS: commandLineTargetsFile

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/pool.ts
var pool = __webpack_require__(138);
// EXTERNAL MODULE: ./src/report/digest.ts
var digest = __webpack_require__(7252);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/sarif.ts + 1 modules
var sarif = __webpack_require__(1042);
;// CONCATENATED MODULE: ./src/report/gitlab.ts
// GitLab Code Quality (artifacts:reports:codequality): a JSON array of issues with the fields GitLab reads
// (description, check_name, fingerprint, severity, location.path, location.lines.begin). Each finding is one
// issue, located at the line that names its target, else at line 1 of the CI configuration file. GitLab tells
// new issues from fixed ones by fingerprint, so it is the finding's stable hash (the one SARIF uses: rule,
// endpoint, evidence without dates or counts), never of line numbers or day counts.





/** error fails the gate (critical); a warning is a major issue; a notice (waived findings too) is info. */
const CODE_QUALITY_SEVERITY = {
    error: 'critical',
    warning: 'major',
    notice: 'info'
};
function codeQualityIssues(report, options) {
    const seen = new Map();
    return (0,digest/* findingsWorstFirst */.a0)(report).map(({ target, finding }) => {
        const located = target.source?.file && target.source.line >= 1;
        const waived = finding.waiver ? ` (waived until ${finding.waiver.until}: ${finding.waiver.reason})` : '';
        return {
            description: (0,report_escape/* plainText */.wh)(`${finding.message}${(0,pool/* findingPlace */.ps)(finding)}${waived}`),
            check_name: finding.rule,
            fingerprint: uniqueFingerprint((0,sarif/* findingFingerprint */.ix)(target, finding), seen),
            severity: CODE_QUALITY_SEVERITY[finding.severity],
            location: {
                path: repositoryPath(located ? target.source.file : options.defaultFile),
                lines: { begin: located ? target.source.line : 1 }
            }
        };
    });
}
/** The Code Quality report: the issues as JSON, every control or direction character escaped. */
function renderGitlabCodeQuality(report, options) {
    return `${(0,report_escape/* inertJson */.nl)(codeQualityIssues(report, options), 2)}\n`;
}
/**
 * GitLab keys issues by fingerprint: two findings with the same stable hash (the same rule and evidence on the
 * same endpoint, listed twice) get the second, third... occurrence hashed with its count, stable across runs.
 */
function uniqueFingerprint(fingerprint, seen) {
    const occurrence = seen.get(fingerprint) ?? 0;
    seen.set(fingerprint, occurrence + 1);
    if (occurrence === 0)
        return fingerprint;
    return (0,external_node_crypto_.createHash)('sha256').update(`${fingerprint}\n${occurrence}`).digest('hex');
}
/** Forward slashes, no leading "./", as GitLab matches paths against the repository's files. */
function repositoryPath(file) {
    return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/policy/rules.ts
var rules = __webpack_require__(1821);
;// CONCATENATED MODULE: ./src/report/junit.ts
// JUnit XML, the test-report format every CI reads (GitLab's artifacts:reports:junit, Jenkins' junit step, Azure
// Pipelines' PublishTestResults, CircleCI's store_test_results). One <testsuite> per target, one <testcase> per
// target and check (a rule of the catalogue, plus any other rule a finding names), and a <failure> exactly
// where that check has error findings: the CI's test view then fails the same checks the gate fails on.
// Warnings and notices do not fail a test; they are listed in the test's <system-out>.



function renderJunit(report, options = {}) {
    const ruleIds = (options.rules ?? rules/* RULE_LIST */.OY).map((info) => info.id);
    const suites = report.targets.map((target) => ({ target, cases: testCases(target, ruleIds) }));
    const cases = suites.flatMap((suite) => suite.cases);
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${(0,report_escape/* escapeXml */.X)(report.tool.name)}" ${counts(cases)} time="${seconds(runMs(report))}">`,
        ...suites.flatMap(({ target, cases }) => testSuite(report, target, cases)),
        '</testsuites>'
    ];
    return `${lines.join('\n')}\n`;
}
/** The target's checks: every rule of the table, then the rules its findings name that the table does not. */
function testCases(target, ruleIds) {
    const findings = (0,digest/* targetFindingsWorstFirst */.NK)(target);
    const names = [...ruleIds];
    for (const finding of findings)
        if (!names.includes(finding.rule))
            names.push(finding.rule);
    return names.map((name) => {
        const own = findings.filter((finding) => finding.rule === name);
        const notScanned = target.status !== 'ok' && own.length === 0 && !name.startsWith('target.');
        return {
            name,
            errors: own.filter((finding) => finding.severity === 'error'),
            others: own.filter((finding) => finding.severity !== 'error'),
            skipped: notScanned ? `not judged: the target's scan ended as ${target.status}` : null
        };
    });
}
function testSuite(report, target, cases) {
    const label = (0,report_escape/* escapeXml */.X)((0,digest/* targetLabel */.Op)(target));
    const timestamp = report.startedAt.slice(0, 19); // UTC, without zone: the form Ant's schema asks for
    return [
        `  <testsuite name="${label}" ${counts(cases)} time="${seconds(target.durationMs)}" timestamp="${(0,report_escape/* escapeXml */.X)(timestamp)}">`,
        '    <properties>',
        property('endpoint', `${target.host}:${target.port}`),
        property('status', target.status),
        property('verdict', target.verdict),
        '    </properties>',
        ...cases.flatMap((testCase) => testCaseLines(label, testCase)),
        '  </testsuite>'
    ];
}
function testCaseLines(classname, testCase) {
    const open = `    <testcase classname="${classname}" name="${(0,report_escape/* escapeXml */.X)(testCase.name)}" time="0"`;
    const body = [];
    if (testCase.skipped)
        body.push(`      <skipped message="${(0,report_escape/* escapeXml */.X)(testCase.skipped)}"/>`);
    const first = testCase.errors[0];
    if (first) {
        body.push(`      <failure message="${(0,report_escape/* escapeXml */.X)(first.message)}" type="${(0,report_escape/* escapeXml */.X)(testCase.name)}">` +
            `${testCase.errors.map(failureText).join('\n\n')}</failure>`);
    }
    if (testCase.others.length > 0) {
        const text = testCase.others.map((finding) => `${finding.severity}: ${(0,report_escape/* escapeXml */.X)(finding.message)}`);
        body.push(`      <system-out>${text.join('\n')}</system-out>`);
    }
    return body.length === 0 ? [`${open}/>`] : [`${open}>`, ...body, '    </testcase>'];
}
/** What a failure says: the message, the server lines that fix it and the command that reproduces it. */
function failureText(finding) {
    const fix = finding.fix;
    const lines = [
        finding.message,
        ...(fix.text ? [`fix: ${fix.text}`] : []),
        ...(fix.nginx ?? []).map((line) => `nginx: ${line}`),
        ...(fix.apache ?? []).map((line) => `apache: ${line}`),
        ...(fix.haproxy ?? []).map((line) => `haproxy: ${line}`),
        ...(finding.reproduce ? [`reproduce: ${finding.reproduce}`] : [])
    ];
    return lines.map(report_escape/* escapeXml */.X).join('\n');
}
function property(name, value) {
    return `      <property name="${name}" value="${(0,report_escape/* escapeXml */.X)(value)}"/>`;
}
function counts(cases) {
    const failures = cases.filter((testCase) => testCase.errors.length > 0).length;
    const skipped = cases.filter((testCase) => testCase.skipped !== null).length;
    return `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
}
function runMs(report) {
    return Date.parse(report.finishedAt) - Date.parse(report.startedAt);
}
/** Seconds with millisecond precision; 0 for a time that is not a finite, non-negative number. */
function seconds(ms) {
    return Number.isFinite(ms) && ms > 0 ? (ms / 1000).toFixed(3) : '0';
}

// EXTERNAL MODULE: ./src/report/summary.ts + 2 modules
var summary = __webpack_require__(6547);
// EXTERNAL MODULE: ./src/report/text.ts + 6 modules
var report_text = __webpack_require__(5709);
;// CONCATENATED MODULE: ./src/cli/report-formats.ts
// The report formats of `tls-gate scan --format`: one renderer of src/report/ each, so a CI that is not GitHub
// gets the same judgement in the form it reads (JUnit XML for test views, GitLab Code Quality, SARIF).







const REPORT_FORMATS = ['text', 'json', 'markdown', 'sarif', 'junit', 'gitlab'];
/**
 * Where SARIF and Code Quality locate a finding whose target was named on the command line (a targets file's
 * targets carry their own file and line): the CI configuration that runs the command, as GitLab names it in
 * CI_CONFIG_PATH, else GitLab's default file name.
 */
function commandLineTargetsFile(env) {
    return env.CI_CONFIG_PATH?.trim() || '.gitlab-ci.yml';
}
function renderReport(report, format, context) {
    switch (format) {
        case 'json':
            return (0,json/* renderJson */.h)(report);
        case 'markdown':
            return (0,summary/* renderSummaryMarkdown */.i)(report);
        case 'sarif':
            return `${(0,report_escape/* inertJson */.nl)((0,sarif/* renderSarif */.WH)(report, { workflowFile: commandLineTargetsFile(context.env) }), 2)}\n`;
        case 'junit':
            return renderJunit(report);
        case 'gitlab':
            return renderGitlabCodeQuality(report, { defaultFile: commandLineTargetsFile(context.env) });
        case 'text':
            return (0,report_text/* renderText */.S)(report, { color: context.color });
    }
}


/***/ })

};
