export const id = 957;
export const ids = [957];
export const modules = {

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wr: () => (/* binding */ processIo),
/* harmony export */   _r: () => (/* binding */ writeLine),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   yw: () => (/* binding */ readAll),
/* harmony export */   zK: () => (/* binding */ wantsColor)
/* harmony export */ });
/** Exit codes of every command. */
const EXIT = { pass: 0, fail: 1, usage: 2, internal: 3 };
function processIo() {
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
        cwd: process.cwd(),
        env: process.env
    };
}
function writeLine(stream, text) {
    stream.write(text.endsWith('\n') ? text : `${text}\n`);
}
/** Whole text of a stream (stdin), as UTF-8. */
async function readAll(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
function wantsColor(stream, env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== '')
        return true;
    return stream.isTTY === true && env.TERM !== 'dumb';
}


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony export USAGE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);
// The tls-gate command line: `scan`, `policy`, `diagnose`, `--help`, `--version`. Every user error (flags,
// targets, policies, CA files) ends as one line on stderr and exit 2; a bug ends as exit 3, never as a pass.



const USAGE = `usage: ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l} <command> [options]

commands:
  scan TARGET... [--targets FILE]   scan TLS endpoints and gate on a policy (tls-gate scan --help)
  policy show|check|list|rules      print, validate or list policies (tls-gate policy --help)
  diagnose TARGET                   explain why a client cannot connect (tls-gate diagnose --help)
  demo [--out DIR]                  scan local servers with typical defects, as the action does

  -h, --help      show this help
  -V, --version   print the version

exit status: 0 pass, 1 fail, 2 usage or configuration error, 3 internal error`;
async function main(argv, io = (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .processIo */ .Wr)()) {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            // Each command is imported when it runs: Node compiles only the code a command needs, which is most of a
            // short scan's start-up time (the bundle has one chunk per command; see src/cli/index.ts).
            case 'scan':
                return await (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(631), __webpack_require__.e(26), __webpack_require__.e(340), __webpack_require__.e(71), __webpack_require__.e(744)]).then(__webpack_require__.bind(__webpack_require__, 9744))).runScanCommand(rest, io);
            case 'policy':
                return await (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(26), __webpack_require__.e(171)]).then(__webpack_require__.bind(__webpack_require__, 7171))).runPolicyCommand(rest, io);
            case 'diagnose':
                return await (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(631), __webpack_require__.e(26), __webpack_require__.e(340), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 8761))).runDiagnoseCommand(rest, io);
            case 'demo':
                return await (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(631), __webpack_require__.e(26), __webpack_require__.e(340), __webpack_require__.e(71), __webpack_require__.e(439)]).then(__webpack_require__.bind(__webpack_require__, 8439))).runDemoCommand(rest, io);
            case '-h':
            case '--help':
            case 'help':
                (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .writeLine */ ._r)(io.stdout, USAGE);
                return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.pass;
            case '-V':
            case '--version':
            case 'version':
                (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .writeLine */ ._r)(io.stdout, `${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l} ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .w}`);
                return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.pass;
            case undefined:
                (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .writeLine */ ._r)(io.stderr, USAGE);
                return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.usage;
            default:
                (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .writeLine */ ._r)(io.stderr, `${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l}: unknown command ${JSON.stringify(command)}; expected scan, policy, diagnose or demo (see ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l} --help)`);
                return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.usage;
        }
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isConfigurationError */ .p0)(error)) {
            (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .writeLine */ ._r)(io.stderr, `${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l}: ${error.describe()}`);
            return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.usage;
        }
        (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .writeLine */ ._r)(io.stderr, `${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l}: internal error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
        if (error instanceof Error && error.stack && io.env.TLS_GATE_DEBUG)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .writeLine */ ._r)(io.stderr, error.stack);
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.internal;
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
// User errors (bad flags, targets, policies, CA files) are kept apart from bugs: they exit 2 with a message
// naming the file, line and what was expected, and never print a stack trace.
class ConfigurationError extends Error {
    file;
    line;
    column;
    constructor(message, position = {}) {
        super(message);
        this.name = 'ConfigurationError';
        this.file = position.file;
        this.line = position.line;
        this.column = position.column;
    }
    /** "file:line:column: message", the form editors and people both read. */
    describe() {
        if (!this.file)
            return this.message;
        const where = [this.file, this.line, this.line !== undefined ? this.column : undefined]
            .filter((part) => part !== undefined)
            .join(':');
        return `${where}: ${this.message}`;
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
// Kept in step with package.json by __tests__/version.test.ts.
const TOOL_NAME = 'tls-gate';
const TOOL_VERSION = '0.1.0';


/***/ })

};
