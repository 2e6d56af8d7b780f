export const id = 744;
export const ids = [744];
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

/***/ 9744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SCAN_USAGE: () => (/* binding */ SCAN_USAGE),
/* harmony export */   readScanSettings: () => (/* binding */ readScanSettings),
/* harmony export */   runScanCommand: () => (/* binding */ runScanCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _input_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1869);
/* harmony import */ var _model_fail_on_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4095);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5165);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2794);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4031);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5655);
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7760);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3890);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1604);
// `tls-gate scan`: parse the flags and targets, run the pipeline, write the report, exit 0 (pass) or 1 (fail).
// Bad flags, targets, policies or CA files are usage errors (exit 2) that say what was expected.













const SCAN_USAGE = `usage: tls-gate scan [TARGET...] [options]

TARGET is host, host:port, [ipv6]:port, ipv6 or https://host[:port]/path (port 443 by default);
"-" reads targets from stdin (one per line or comma separated).

options:
  --targets FILE             YAML targets file ("-" for stdin); may be repeated
  --format text|json         report format (default text)
  --output FILE              write the report to FILE instead of stdout
  --policy PRESET|FILE       policy preset name or YAML file (default: the default policy)
  --fail-on ${_model_fail_on_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_VALUES */ .Qm.join('|')}
                             lowest severity that fails the run (default ${_settings_index_js__WEBPACK_IMPORTED_MODULE_9__/* .RUN_DEFAULTS */ .fv.failOn})
  --ca-file PEM              also trust the CA certificates in this PEM file
  --timeout MS               connect and read timeout per handshake (default ${_settings_index_js__WEBPACK_IMPORTED_MODULE_9__/* .RUN_DEFAULTS */ .fv.timeoutMs})
  --deadline MS              whole-scan deadline per target (default ${_settings_index_js__WEBPACK_IMPORTED_MODULE_9__/* .RUN_DEFAULTS */ .fv.targetDeadlineMs})
  --concurrency N            targets scanned at once (default ${_settings_index_js__WEBPACK_IMPORTED_MODULE_9__/* .RUN_DEFAULTS */ .fv.concurrency})
  --per-target-concurrency N handshakes to one target at once (default ${_settings_index_js__WEBPACK_IMPORTED_MODULE_9__/* .RUN_DEFAULTS */ .fv.perTargetConcurrency})
  --resumption               also check session resumption (and across a target's addresses)
  --clients                  also simulate every client profile (done anyway for clients the policy names)
  --no-aia                   do not follow an untrusted leaf's AIA URL (offline runs; the chain's cause is then
                             "issuer unknown")
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
    timeout: { type: 'string' },
    deadline: { type: 'string' },
    concurrency: { type: 'string' },
    'per-target-concurrency': { type: 'string' },
    resumption: { type: 'boolean' },
    clients: { type: 'boolean' },
    'no-aia': { type: 'boolean' },
    now: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' }
};
const FORMATS = ['text', 'json'];
/** The flags and targets of `tls-gate scan`, read into settings (null for --help); bad ones are user errors. */
async function readScanSettings(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_11__/* .parseCommandArgs */ .Q)(argv, OPTIONS, 'scan');
    if (values.help)
        return null;
    const format = oneOf('--format', values.format ?? 'text', FORMATS);
    const failOn = oneOf('--fail-on', values['fail-on'] ?? _settings_index_js__WEBPACK_IMPORTED_MODULE_9__/* .RUN_DEFAULTS */ .fv.failOn, _model_fail_on_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_VALUES */ .Qm);
    const timeoutMs = integer('--timeout', values.timeout, _settings_index_js__WEBPACK_IMPORTED_MODULE_9__/* .RUN_DEFAULTS */ .fv.timeoutMs, 1, 600_000);
    const targetDeadlineMs = integer('--deadline', values.deadline, _settings_index_js__WEBPACK_IMPORTED_MODULE_9__/* .RUN_DEFAULTS */ .fv.targetDeadlineMs, 1, 3_600_000);
    const concurrency = integer('--concurrency', values.concurrency, _settings_index_js__WEBPACK_IMPORTED_MODULE_9__/* .RUN_DEFAULTS */ .fv.concurrency, 1, 1024);
    const perTargetConcurrency = integer('--per-target-concurrency', values['per-target-concurrency'], _settings_index_js__WEBPACK_IMPORTED_MODULE_9__/* .RUN_DEFAULTS */ .fv.perTargetConcurrency, 1, 64);
    const now = values.now !== undefined ? parseNow(values.now) : undefined;
    for (const [flag, value] of [
        ['--output', values.output],
        ['--policy', values.policy],
        ['--ca-file', values['ca-file']]
    ]) {
        if (value !== undefined && value.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${flag} needs a value`);
    }
    const targets = await collectTargets(positionals, values.targets ?? [], io);
    if (targets.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('no targets: name at least one TARGET or --targets FILE (see tls-gate scan --help)');
    }
    return {
        ...(0,_settings_index_js__WEBPACK_IMPORTED_MODULE_9__/* .runSettings */ .n)({
            targets,
            policy: values.policy,
            policyBaseDir: io.cwd,
            caFile: values['ca-file'] !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values['ca-file']) : undefined,
            failOn,
            timeoutMs,
            targetDeadlineMs,
            concurrency,
            perTargetConcurrency,
            now,
            resumption: values.resumption,
            clients: values.clients,
            aia: values['no-aia'] === true ? false : undefined
        }),
        format,
        output: values.output,
        quiet: values.quiet ?? false
    };
}
async function runScanCommand(argv, io) {
    const settings = await readScanSettings(argv, io);
    if (!settings) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_12__/* .writeLine */ ._r)(io.stdout, SCAN_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .dc.pass;
    }
    const { targets, format, quiet } = settings;
    const progress = !quiet && io.stderr.isTTY === true;
    let done = 0;
    const report = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .runPipeline */ .a)(settings, {
        onTargetDone: (target) => {
            done += 1;
            if (progress)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_12__/* .writeLine */ ._r)(io.stderr, `[${done}/${targets.length}] ${describeDone(target)}`);
        }
    });
    const output = settings.output !== undefined && settings.output !== '-' ? settings.output : null;
    const rendered = format === 'json'
        ? (0,_report_json_js__WEBPACK_IMPORTED_MODULE_6__/* .renderJson */ .h)(report)
        : (0,_report_text_js__WEBPACK_IMPORTED_MODULE_8__/* .renderText */ .S)(report, { color: output === null && (0,_io_js__WEBPACK_IMPORTED_MODULE_12__/* .wantsColor */ .zK)(io.stdout, io.env) });
    if (output !== null) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, rendered, 'utf8');
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot write --output ${output}: ${error.message}`);
        }
        if (!quiet) {
            const { summary } = report;
            (0,_io_js__WEBPACK_IMPORTED_MODULE_12__/* .writeLine */ ._r)(io.stderr, `tls-gate: ${report.verdict.toUpperCase()} - ${count(summary.targets, 'target')}, ${count(summary.errors, 'error')}, ` +
                `${count(summary.warnings, 'warning')}; report written to ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .visibleControls */ .xx)(output)}`);
        }
    }
    else {
        io.stdout.write(rendered);
    }
    return (0,_model_fail_on_js__WEBPACK_IMPORTED_MODULE_4__/* .gateFails */ .xd)(report, settings.failOn) ? _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .dc.fail : _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .dc.pass;
}
/** Targets in the order named: positional TARGETs (and "-" = stdin), then each --targets file. */
async function collectTargets(positionals, files, io) {
    const stdinUses = positionals.filter((p) => p === '-').length + files.filter((f) => f === '-').length;
    if (stdinUses > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('stdin ("-") can be read only once');
    const readStdin = async () => {
        if (!io.stdin)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('"-" reads stdin, but there is no stdin');
        return (0,_input_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputStream */ .BD)(io.stdin, 'targets file', '<stdin>');
    };
    const targets = [];
    for (const positional of positionals) {
        if (positional === '-')
            targets.push(...(0,_targets_index_js__WEBPACK_IMPORTED_MODULE_10__/* .parseHostsInput */ .X1)(await readStdin(), '<stdin>'));
        else
            targets.push((0,_targets_index_js__WEBPACK_IMPORTED_MODULE_10__/* .parseTargetArgument */ .c)(positional));
    }
    for (const file of files) {
        if (file.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('--targets needs a file name');
        if (file === '-')
            targets.push(...(0,_targets_index_js__WEBPACK_IMPORTED_MODULE_10__/* .parseTargetsFile */ .Ci)(await readStdin(), '<stdin>'));
        else
            targets.push(...(await (0,_targets_index_js__WEBPACK_IMPORTED_MODULE_10__/* .loadTargetsFile */ .pJ)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file), file)));
    }
    return targets;
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function describeDone(target) {
    const state = target.status === 'ok' ? 'ok' : `${target.status}${target.error ? ` (${target.error.code})` : ''}`;
    // A terminal reads this line: the name (from a targets file) and error code show their controls as escapes.
    return (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .visibleControls */ .xx)(`${target.name}: ${state}, ${target.handshakes} handshakes in ${Math.round(target.durationMs)} ms`);
}
function oneOf(flag, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${flag} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
}
function integer(flag, value, fallback, min, max) {
    if (value === undefined)
        return fallback;
    const number = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
    if (!Number.isSafeInteger(number) || number < min || number > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${flag} must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`);
    }
    return number;
}
function parseNow(value) {
    const date = /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : new Date(NaN);
    if (Number.isNaN(date.getTime())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--now must be an ISO 8601 date such as 2026-01-31T12:00:00Z; got ${JSON.stringify(value)}`);
    }
    return date;
}


/***/ })

};
