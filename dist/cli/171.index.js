export const id = 171;
export const ids = [171];
export const modules = {

/***/ 7171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPolicyCommand: () => (/* binding */ runPolicyCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8137);
/* harmony import */ var _policy_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5016);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);
// `tls-gate policy show [NAME|FILE]`, `policy check FILE`, `policy list`, `policy rules`.




const USAGE = [
    'usage: tls-gate policy show [PRESET|FILE]   print the resolved policy as YAML (default policy without argument)',
    '       tls-gate policy check FILE           validate a policy file (exit 0, or 2 with the error)',
    '       tls-gate policy list                 list the built-in presets with their sources',
    '       tls-gate policy rules                list the rule ids, their default severity and what triggers them'
].join('\n');
/** Exit codes: 0 ok, 2 usage or configuration error. */
async function runPolicyCommand(argv, io) {
    const [sub, ...rest] = argv;
    // A policy file (names, waiver reasons, error messages quoting it) may hold terminal escapes or direction
    // overrides, or a YAML block line that would start a workflow command in an Actions log: each line is written
    // with its controls shown as escapes (the line breaks stay) and no command start.
    const write = (stream, text) => {
        const lines = text.replace(/\n$/, '').split('\n');
        void stream.write(`${lines.map((line) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLineStart */ .lZ)((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleControls */ .xx)(line))).join('\n')}\n`);
    };
    try {
        switch (sub) {
            case 'show': {
                if (rest.length > 1)
                    return usage(io, `policy show takes one PRESET or FILE, not ${rest.length}`);
                write(io.stdout, (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .policyToYaml */ .ho)(await (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPolicy */ .tb)(rest[0], { baseDir: io.cwd })));
                return 0;
            }
            case 'check': {
                if (rest.length !== 1)
                    return usage(io, 'policy check takes exactly one FILE');
                const policy = await (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPolicy */ .tb)(rest[0], { baseDir: io.cwd });
                write(io.stdout, `${rest[0]}: ok (layers: base checks, ${policy.chain.join(', ')})`);
                return 0;
            }
            case 'list': {
                for (const preset of Object.values(_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PRESETS */ .fG)) {
                    write(io.stdout, `${preset.name.padEnd(22)} ${preset.title} (${preset.version})\n${' '.repeat(23)}${preset.source}`);
                }
                return 0;
            }
            case 'rules': {
                for (const rule of _policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_LIST */ .OY)
                    write(io.stdout, `${rule.id.padEnd(34)} ${rule.severity.padEnd(8)} ${rule.trigger}`);
                return 0;
            }
            case undefined:
            case '-h':
            case '--help':
            case 'help':
                write(sub === undefined ? io.stderr : io.stdout, USAGE);
                return sub === undefined ? 2 : 0;
            default:
                return usage(io, `unknown policy command ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleControls */ .xx)(JSON.stringify(sub))}${(0,_policy_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(sub, ['show', 'check', 'list', 'rules'])}`);
        }
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isConfigurationError */ .p0)(error)) {
            write(io.stderr, `tls-gate: ${error.describe()}`);
            return 2;
        }
        // Not the user's mistake: src/cli/main.ts reports it as a bug (exit 3).
        throw error;
    }
}
function usage(io, message) {
    io.stderr.write(`tls-gate: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleControls */ .xx)(message)}\n${USAGE}\n`);
    return 2;
}


/***/ })

};
