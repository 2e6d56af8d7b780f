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
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4031);
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3576);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6733);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1604);
/* harmony import */ var _report_formats_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3579);
// `tls-gate scan`: parse the flags and targets, run the pipeline, write the report, exit 0 (pass) or 1 (fail).
// Bad flags, targets, policies or CA files are usage errors (exit 2) that say what was expected.












const SCAN_USAGE = `usage: tls-gate scan [TARGET...] [options]

TARGET is host, host:port, [ipv6]:port, ipv6 or https://host[:port]/path (port 443 by default);
"-" reads targets from stdin (one per line or comma separated).

options:
  --targets FILE             YAML targets file ("-" for stdin); may be repeated
  --format ${_report_formats_js__WEBPACK_IMPORTED_MODULE_11__/* .REPORT_FORMATS */ .EL.join('|')}
                             report format (default text): markdown is the job summary, sarif the SARIF
                             the action writes, junit JUnit XML, gitlab GitLab Code Quality JSON
  --output FILE              write the report to FILE instead of stdout
  --policy PRESET|FILE       policy preset name or YAML file (default: the default policy)
  --fail-on ${_model_fail_on_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_VALUES */ .Qm.join('|')}
                             lowest severity that fails the run (default ${_settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_DEFAULTS */ .fv.failOn})
  --warn-days N, --fail-days N
                             expiry thresholds in days left, for every target's policy (default: the policy's)
  --ca-file PEM              also trust the CA certificates in this PEM file
  --timeout DURATION         connect and read timeout per handshake: 500ms, 10s, 2m; a bare number is
                             milliseconds (default ${(0,_settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a3)(_settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_DEFAULTS */ .fv.timeoutMs)})
  --deadline DURATION        whole-scan deadline per target (default ${(0,_settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a3)(_settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_DEFAULTS */ .fv.targetDeadlineMs)})
  --concurrency N            targets scanned at once (default ${_settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_DEFAULTS */ .fv.concurrency})
  --per-target-concurrency N handshakes to one target at once (default ${_settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_DEFAULTS */ .fv.perTargetConcurrency})
  --resumption               also check session resumption (and across a target's addresses)
  --clients                  also simulate every client profile (done anyway for clients the policy names)
  --no-aia                   do not follow an untrusted leaf's AIA URL (offline runs; the chain's cause is then
                             "issuer unknown")
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
    resumption: { type: 'boolean' },
    clients: { type: 'boolean' },
    'no-aia': { type: 'boolean' },
    now: { type: 'string' },
    shard: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' }
};
/** The flags and targets of `tls-gate scan`, read into settings (null for --help); bad ones are user errors. */
async function readScanSettings(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCommandArgs */ .Q)(argv, OPTIONS, 'scan');
    if (values.help)
        return null;
    const format = oneOf('--format', values.format ?? 'text', _report_formats_js__WEBPACK_IMPORTED_MODULE_11__/* .REPORT_FORMATS */ .EL);
    const failOn = oneOf('--fail-on', values['fail-on'] ?? _settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_DEFAULTS */ .fv.failOn, _model_fail_on_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_VALUES */ .Qm);
    const timeoutMs = duration('--timeout', values.timeout, _settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_DEFAULTS */ .fv.timeoutMs, 600_000);
    const targetDeadlineMs = duration('--deadline', values.deadline, _settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_DEFAULTS */ .fv.targetDeadlineMs, 3_600_000);
    const concurrency = integer('--concurrency', values.concurrency, _settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_DEFAULTS */ .fv.concurrency, 1, 1024);
    const perTargetConcurrency = integer('--per-target-concurrency', values['per-target-concurrency'], _settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_DEFAULTS */ .fv.perTargetConcurrency, 1, 64);
    const now = values.now !== undefined ? parseNow(values.now) : undefined;
    const expiryDays = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .parseExpiryDays */ .sb)({ warn: values['warn-days'], fail: values['fail-days'] }, { warn: '--warn-days', fail: '--fail-days' });
    const shard = values.shard !== undefined ? (0,_targets_index_js__WEBPACK_IMPORTED_MODULE_8__/* .parseShardSpec */ .d7)(values.shard, '--shard') : undefined;
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
        ...(0,_settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .runSettings */ .n)({
            targets,
            policy: values.policy,
            policyBaseDir: io.cwd,
            caFile: values['ca-file'] !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values['ca-file']) : undefined,
            failOn,
            timeoutMs,
            targetDeadlineMs,
            expiryDays,
            concurrency,
            perTargetConcurrency,
            now,
            resumption: values.resumption,
            clients: values.clients,
            aia: values['no-aia'] === true ? false : undefined,
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
        (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .writeLine */ ._r)(io.stdout, SCAN_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .dc.pass;
    }
    const { targets, format, quiet } = settings;
    const progress = !quiet && io.stderr.isTTY === true;
    // A shard scans its share of the targets only.
    const total = settings.shard ? (0,_targets_index_js__WEBPACK_IMPORTED_MODULE_8__/* .targetsOfShard */ .U5)(targets, settings.shard).length : targets.length;
    let done = 0;
    const report = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .runPipeline */ .a)(settings, {
        onTargetDone: (target) => {
            done += 1;
            if (progress)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .writeLine */ ._r)(io.stderr, `[${done}/${total}] ${describeDone(target)}`);
        }
    });
    const output = settings.output !== undefined && settings.output !== '-' ? settings.output : null;
    const rendered = (0,_report_formats_js__WEBPACK_IMPORTED_MODULE_11__/* .renderReport */ .B1)(report, format, {
        color: output === null && (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .wantsColor */ .zK)(io.stdout, io.env),
        env: io.env
    });
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
            (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .writeLine */ ._r)(io.stderr, `tls-gate: ${report.verdict.toUpperCase()} - ${count(summary.targets, 'target')}, ${count(summary.errors, 'error')}, ` +
                `${count(summary.warnings, 'warning')}; report written to ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .visibleControls */ .xx)(output)}`);
        }
    }
    else {
        io.stdout.write(rendered);
    }
    return (0,_model_fail_on_js__WEBPACK_IMPORTED_MODULE_4__/* .gateFails */ .xd)(report, settings.failOn) ? _io_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .dc.fail : _io_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .dc.pass;
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
            targets.push(...(0,_targets_index_js__WEBPACK_IMPORTED_MODULE_8__/* .parseHostsInput */ .X1)(await readStdin(), '<stdin>'));
        else
            targets.push((0,_targets_index_js__WEBPACK_IMPORTED_MODULE_8__/* .parseTargetArgument */ .c)(positional));
    }
    for (const file of files) {
        if (file.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('--targets needs a file name');
        if (file === '-')
            targets.push(...(0,_targets_index_js__WEBPACK_IMPORTED_MODULE_8__/* .parseTargetsFile */ .Ci)(await readStdin(), '<stdin>'));
        else
            targets.push(...(await (0,_targets_index_js__WEBPACK_IMPORTED_MODULE_8__/* .loadTargetsFile */ .pJ)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file), file)));
    }
    return targets;
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function describeDone(target) {
    const state = target.status === 'ok' ? 'ok' : `${target.status}${target.error ? ` (${target.error.code})` : ''}`;
    // A terminal reads this line: the name (from a targets file) and error code show their controls as escapes.
    return (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .visibleControls */ .xx)(`${target.name}: ${state}, ${target.handshakes} handshakes in ${Math.round(target.durationMs)} ms`);
}
function oneOf(flag, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${flag} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
}
/** A duration flag (`500ms`, `10s`, `2m`; a bare number is milliseconds, as it always was on the CLI). */
function duration(flag, value, fallback, maxMs) {
    if (value === undefined)
        return fallback;
    return (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .parseDuration */ .E9)(value, { name: flag, bareUnit: 'ms', minMs: 1, maxMs });
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
            description: (0,report_escape/* plainText */.wh)(`${finding.message}${waived}`),
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
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
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
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7469);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5235);
/* harmony import */ var _scan_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7940);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6733);
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
        trust,
        now,
        resumption: settings.resumption,
        aia: settings.aia,
        clientsFor: (target) => (simulatesClients(target) ? _clients_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SIMULATED_CLIENTS */ .Iu : []),
        onTargetDone: hooks.onTargetDone
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


/***/ })

};
