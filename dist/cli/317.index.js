export const id = 317;
export const ids = [317];
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

/***/ 317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MERGE_USAGE: () => (/* binding */ MERGE_USAGE),
/* harmony export */   runMergeCommand: () => (/* binding */ runMergeCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _input_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1869);
/* harmony import */ var _model_fail_on_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4095);
/* harmony import */ var _report_merge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3278);
/* harmony import */ var _report_report_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6757);
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1714);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1604);
/* harmony import */ var _report_formats_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3579);
// `tls-gate merge REPORT...`: the JSON reports of a run's shards (`tls-gate scan --shard K/N --format json`)
// combined into the report of the whole run, written and gated as `tls-gate scan` writes and gates its own. The
// merge judges nothing again (src/report/merge.ts); reports that are not one run's shards are usage errors.











const MERGE_USAGE = `usage: tls-gate merge REPORT... [options]

Combines the JSON reports of one run's shards (tls-gate scan --shard K/N --format json) into the report of the
whole run, and gates it as tls-gate scan does. Every shard's report must be given once, all from one tls-gate
version and one policy.

options:
  --format ${_report_formats_js__WEBPACK_IMPORTED_MODULE_10__/* .REPORT_FORMATS */ .EL.join('|')}
                             report format (default text), as for tls-gate scan
  --output FILE              write the report to FILE instead of stdout
  --fail-on ${_model_fail_on_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_VALUES */ .Qm.join('|')}
                             lowest severity that fails the run (default ${_settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_DEFAULTS */ .fv.failOn})
  -h, --help                 show this help

exit status: 0 pass, 1 fail (findings at or above --fail-on), 2 usage or configuration error, 3 internal error`;
const OPTIONS = {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
async function runMergeCommand(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .parseCommandArgs */ .Q)(argv, OPTIONS, 'merge');
    if (values.help) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_9__/* .writeLine */ ._r)(io.stdout, MERGE_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.pass;
    }
    const format = oneOf('--format', values.format ?? 'text', _report_formats_js__WEBPACK_IMPORTED_MODULE_10__/* .REPORT_FORMATS */ .EL);
    const failOn = oneOf('--fail-on', values['fail-on'] ?? _settings_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RUN_DEFAULTS */ .fv.failOn, _model_fail_on_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_VALUES */ .Qm);
    if (positionals.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('no reports: name the JSON report of every shard (see tls-gate merge --help)');
    }
    const reports = [];
    for (const file of positionals) {
        const text = await (0,_input_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputFile */ .jH)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file), 'report file', file);
        reports.push({ file, report: (0,_report_report_file_js__WEBPACK_IMPORTED_MODULE_6__/* .parseReportFile */ .k)(text, file) });
    }
    const report = (0,_report_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeShardReports */ .m)(reports);
    const output = values.output !== undefined && values.output !== '-' ? values.output : null;
    const rendered = (0,_report_formats_js__WEBPACK_IMPORTED_MODULE_10__/* .renderReport */ .B1)(report, format, {
        color: output === null && (0,_io_js__WEBPACK_IMPORTED_MODULE_9__/* .wantsColor */ .zK)(io.stdout, io.env),
        env: io.env
    });
    if (output === null)
        io.stdout.write(rendered);
    else
        await writeOutput((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output), output, rendered);
    return (0,_model_fail_on_js__WEBPACK_IMPORTED_MODULE_4__/* .gateFails */ .xd)(report, failOn) ? _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.fail : _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.pass;
}
async function writeOutput(path, shown, text) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot write --output ${shown}: ${error.message}`);
    }
}
function oneOf(flag, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${flag} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
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


/***/ }),

/***/ 3278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ mergeShardReports)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6377);
// Shard reports combined into one report of the whole run (`tls-gate merge`, the action's `merge` input). The
// merge judges nothing: every target keeps the findings and verdict its shard's evaluation gave it; only the
// summary and the overall verdict are derived again, from the merged targets, the way evaluate() derives them.
// A merged report is an ordinary report (no `shard`), so every output and the one gate decision take it as is.
// Reports that cannot make one run (another tool version or policy, a shard twice, a shard or target missing)
// are a ConfigurationError naming the file and what was expected.


function mergeShardReports(files) {
    const shards = files.map(requireShard);
    const [first, ...others] = shards;
    if (!first)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('no reports to merge: name the shard reports of one run');
    for (const other of others)
        requireSameRun(first, other);
    requireEachShardOnce(shards);
    const targets = targetsInRunOrder(shards, first.shard.targets);
    return {
        schemaVersion: first.report.schemaVersion,
        tool: first.report.tool,
        startedAt: earliest(shards.map((s) => s.report.startedAt)),
        finishedAt: latest(shards.map((s) => s.report.finishedAt)),
        policy: first.report.policy,
        verdict: targets.some((target) => target.verdict === 'fail') ? 'fail' : 'pass',
        summary: summaryOf(targets),
        targets
    };
}
function requireShard(file) {
    const { shard } = file.report;
    if (!shard) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('the report is not a shard report; expected the report of a run with shard: K/N (--shard K/N)', { file: file.file });
    }
    return { ...file, shard };
}
/** One run: one tool version, one policy, one split of one list of targets. */
function requireSameRun(first, other) {
    const differ = (what, mine, theirs) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the report has ${what} ${JSON.stringify(theirs)}, but ${first.file} has ${JSON.stringify(mine)}; ` +
        'expected the shard reports of one run', { file: other.file });
    if (other.report.tool.version !== first.report.tool.version) {
        throw differ('tls-gate version', first.report.tool.version, other.report.tool.version);
    }
    if (JSON.stringify(other.report.policy) !== JSON.stringify(first.report.policy)) {
        throw differ('policy', first.report.policy, other.report.policy);
    }
    if (other.shard.count !== first.shard.count) {
        throw differ('shard count', first.shard.count, other.shard.count);
    }
    if (JSON.stringify(other.shard.targets) !== JSON.stringify(first.shard.targets)) {
        throw differ('list of targets', first.shard.targets, other.shard.targets);
    }
}
function requireEachShardOnce(shards) {
    const byIndex = new Map();
    for (const shard of shards) {
        const earlier = byIndex.get(shard.shard.index);
        if (earlier) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the report is shard ${shard.shard.index}/${shard.shard.count}, as is ${earlier.file}; ` +
                'expected each shard once', { file: shard.file });
        }
        byIndex.set(shard.shard.index, shard);
    }
    const count = shards[0].shard.count;
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} ` +
            `missing: expected the reports of all ${count} shards (got ${[...byIndex.keys()].sort((a, b) => a - b).join(', ')})`);
    }
}
/**
 * Every target of the run once, in the order the run named them. Each shard's report holds exactly the targets
 * whose names hash to it (src/targets/shard.ts), so a target missing is named with the report it is missing from.
 */
function targetsInRunOrder(shards, names) {
    const scanned = new Map();
    for (const { file, report, shard } of shards) {
        for (const target of report.targets) {
            const belongs = names.includes(target.name) ? (0,_targets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shardOfName */ .fl)(target.name, shard.count) : null;
            if (belongs !== shard.index) {
                const where = belongs === null ? "not in the run's list of targets" : `in shard ${belongs}/${shard.count}`;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the report (shard ${shard.index}/${shard.count}) holds the target ${JSON.stringify(target.name)}, ` +
                    `which is ${where}; expected the shard reports of one run`, { file });
            }
            scanned.set(target.name, target);
        }
    }
    for (const name of names) {
        if (scanned.has(name))
            continue;
        const { file, shard } = shards.find((s) => s.shard.index === (0,_targets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shardOfName */ .fl)(name, s.shard.count));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the report (shard ${shard.index}/${shard.count}) lacks the target ${JSON.stringify(name)} of its shard; ` +
            "expected each target of the run in its shard's report", { file });
    }
    return names.map((name) => scanned.get(name));
}
/** As evaluate() counts them: targets, and findings by severity. */
function summaryOf(targets) {
    const findings = targets.flatMap((target) => target.findings);
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    return {
        targets: targets.length,
        errors: count('error'),
        warnings: count('warning'),
        notices: count('notice')
    };
}
function earliest(times) {
    return times.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
}
function latest(times) {
    return times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}


/***/ }),

/***/ 6757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ parseReportFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5235);
// A JSON report read back from a file (a shard's report, for `tls-gate merge` and the action's `merge` input).
// The file is the user's: every field the merge relies on is checked against schema/report.schema.json's
// shape, and a file that does not match is a ConfigurationError naming it and what was expected.


/** The report in `text`, read from `file` (named in errors); throws ConfigurationError when it is not one. */
function parseReportFile(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw invalid(file, "is not JSON; expected a tls-gate JSON report (--format json, or the action's report-file)");
    }
    const problem = reportProblem(value);
    if (problem)
        throw invalid(file, `is not a tls-gate report (schema/report.schema.json): ${problem}`);
    return value;
}
function invalid(file, what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the report ${what}`, { file });
}
/** The first way `value` differs from the report schema's shape, or null. */
function reportProblem(value) {
    if (!isObject(value))
        return 'expected a JSON object';
    if (value.schemaVersion !== _model_report_js__WEBPACK_IMPORTED_MODULE_1__/* .SCHEMA_VERSION */ .f$)
        return `/schemaVersion: expected ${_model_report_js__WEBPACK_IMPORTED_MODULE_1__/* .SCHEMA_VERSION */ .f$}`;
    const tool = value.tool;
    if (!isObject(tool) || tool.name !== 'tls-gate' || !isText(tool.version)) {
        return '/tool: expected { name: "tls-gate", version }';
    }
    for (const key of ['startedAt', 'finishedAt']) {
        if (!isText(value[key]) || Number.isNaN(Date.parse(value[key])))
            return `/${key}: expected a timestamp`;
    }
    const policy = value.policy;
    if (policy !== null && !(isObject(policy) && isText(policy.name) && isText(policy.source))) {
        return '/policy: expected null or { name, source }';
    }
    if (value.verdict !== 'pass' && value.verdict !== 'fail')
        return '/verdict: expected "pass" or "fail"';
    const summary = value.summary;
    if (!isObject(summary) || !['targets', 'errors', 'warnings', 'notices'].every((k) => isCount(summary, k))) {
        return '/summary: expected counts of targets, errors, warnings and notices';
    }
    const shard = value.shard === undefined ? null : shardProblem(value.shard);
    if (shard)
        return `/shard: ${shard}`;
    if (!Array.isArray(value.targets))
        return '/targets: expected an array';
    const index = value.targets.findIndex((target) => targetProblem(target) !== null);
    return index < 0 ? null : `/targets/${index}: ${targetProblem(value.targets[index])}`;
}
function shardProblem(shard) {
    if (!isObject(shard))
        return 'expected { index, count, targets }';
    const { index, count, targets } = shard;
    if (!isWhole(count) || count < 1 || !isWhole(index) || index < 1 || index > count) {
        return 'expected index and count with 1 <= index <= count';
    }
    if (!Array.isArray(targets) || !targets.every(isText))
        return 'expected targets, an array of names';
    return null;
}
function targetProblem(target) {
    if (!isObject(target) || !isText(target.name))
        return 'expected a target with a name';
    if (target.verdict !== 'pass' && target.verdict !== 'fail')
        return 'expected verdict "pass" or "fail"';
    if (!Array.isArray(target.findings))
        return 'expected findings, an array';
    const severities = ['error', 'warning', 'notice'];
    if (!target.findings.every((finding) => isObject(finding) && severities.includes(finding.severity))) {
        return 'expected every finding to have a severity of error, warning or notice';
    }
    return null;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isText(value) {
    return typeof value === 'string' && value !== '';
}
function isWhole(value) {
    return typeof value === 'number' && Number.isSafeInteger(value);
}
function isCount(object, key) {
    return isWhole(object[key]) && object[key] >= 0;
}


/***/ })

};
