export const id = 957;
export const ids = [957];
export const modules = {

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wr: () => (/* binding */ processIo),
/* harmony export */   _r: () => (/* binding */ writeLine),
/* harmony export */   dc: () => (/* binding */ EXIT),
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
/* harmony import */ var _policy_suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5016);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1604);
// The tls-gate command line: `scan`, `policy`, `diagnose`, `merge`, `demo`, `--help`, `--version`. Every user error (flags,
// targets, policies, CA files) ends as one line on stderr and exit 2; a bug ends as one line saying so and exit 3,
// never as a pass, with the stack only when TLS_GATE_DEBUG is set.





const USAGE = `usage: ${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l} <command> [options]

commands:
  scan TARGET... [--targets FILE]   scan TLS endpoints and gate on a policy (tls-gate scan --help)
  policy show|check|list|rules      print, validate or list policies (tls-gate policy --help)
  diagnose TARGET                   explain why a client cannot connect (tls-gate diagnose --help)
  merge REPORT...                   combine the JSON reports of a run's shards (tls-gate merge --help)
  demo [--out DIR]                  scan local servers with typical defects, as the action does

  -h, --help      show this help
  -V, --version   print the version

exit status: 0 pass, 1 fail, 2 usage or configuration error, 3 internal error`;
const COMMANDS = ['scan', 'policy', 'diagnose', 'merge', 'demo'];
async function main(argv, io = (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .processIo */ .Wr)()) {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            // Each command is imported when it runs: Node compiles only the code a command needs, which is most of a
            // short scan's start-up time (the bundle has one chunk per command; see src/cli/index.ts).
            case 'scan':
                return await (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(631), __webpack_require__.e(94), __webpack_require__.e(137), __webpack_require__.e(250), __webpack_require__.e(294), __webpack_require__.e(100)]).then(__webpack_require__.bind(__webpack_require__, 5100))).runScanCommand(rest, io);
            case 'policy':
                return await (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(94), __webpack_require__.e(137), __webpack_require__.e(171)]).then(__webpack_require__.bind(__webpack_require__, 7171))).runPolicyCommand(rest, io);
            case 'diagnose':
                return await (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(631), __webpack_require__.e(94), __webpack_require__.e(137), __webpack_require__.e(250), __webpack_require__.e(294), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 8761))).runDiagnoseCommand(rest, io);
            case 'merge':
                return await (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(94), __webpack_require__.e(250), __webpack_require__.e(317)]).then(__webpack_require__.bind(__webpack_require__, 317))).runMergeCommand(rest, io);
            case 'demo':
                return await (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(631), __webpack_require__.e(94), __webpack_require__.e(137), __webpack_require__.e(250), __webpack_require__.e(294), __webpack_require__.e(727)]).then(__webpack_require__.bind(__webpack_require__, 6727))).runDemoCommand(rest, io);
            case '-h':
            case '--help':
            case 'help':
                (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLine */ ._r)(io.stdout, USAGE);
                return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.pass;
            case '-V':
            case '--version':
            case 'version':
                (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLine */ ._r)(io.stdout, `${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l} ${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_VERSION */ .w}`);
                return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.pass;
            case undefined:
                (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLine */ ._r)(io.stderr, USAGE);
                return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.usage;
            default:
                (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLine */ ._r)(io.stderr, `${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l}: unknown command ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleControls */ .xx)(JSON.stringify(command))}; expected scan, policy, ` +
                    `diagnose, merge or demo${(0,_policy_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .didYouMean */ .au)(command, COMMANDS)} (see ${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l} --help)`);
                return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.usage;
        }
    }
    catch (error) {
        // Error messages quote targets files, policies and sometimes server bytes: one line, controls shown.
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isConfigurationError */ .p0)(error)) {
            (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLine */ ._r)(io.stderr, `${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l}: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleControls */ .xx)(error.describe())}`);
            return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.usage;
        }
        // Anything else is a bug of ours, not the user's: one line that says so; the stack only when asked for.
        (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLine */ ._r)(io.stderr, `${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l}: internal error: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleControls */ .xx)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .bugSummary */ .tb)(error))} (a bug; set TLS_GATE_DEBUG=1 for the stack)`);
        if (io.env.TLS_GATE_DEBUG)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLine */ ._r)(io.stderr, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .bugDetail */ .w5)(error));
        return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.internal;
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ quoteFound),
/* harmony export */   Kq: () => (/* binding */ describeFound),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError),
/* harmony export */   tb: () => (/* binding */ bugSummary),
/* harmony export */   w5: () => (/* binding */ bugDetail)
/* harmony export */ });
/* unused harmony export errorMessage */
// User errors (bad flags, targets, policies, CA files) are kept apart from bugs: a user error is a
// ConfigurationError, reported with a message naming the file, line and what was expected, never with a stack
// trace (the CLI exits 2). Any other error is a bug in tls-gate, reported as one (the CLI exits 3) in one line,
// with the stack only when TLS_GATE_DEBUG is set.
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
/**
 * A bug's message as one line, for the one-line report the entry points give (the stack goes elsewhere):
 * its first line, without a final period, since the report goes on after it.
 */
function bugSummary(error) {
    const [first = ''] = errorMessage(error).trim().split(/\r?\n/);
    return first.replace(/\.+$/, '') || (error instanceof Error ? error.name : 'unknown error');
}
/** The stack of a bug when it has one, else its message: what TLS_GATE_DEBUG shows. */
function bugDetail(error) {
    return error instanceof Error && error.stack ? error.stack : errorMessage(error);
}
/** Values longer than this are never quoted in a message (see quoteFound). */
const MOST_QUOTED = 64;
/**
 * A value found in a user's file, as an error message shows it: quoted when short and on one line (a typo is
 * seen at a glance), else only its size. A file that is not what was expected (/etc/passwd given as a targets
 * file, a key pasted in the wrong place) is never echoed into logs and annotations.
 */
function quoteFound(value) {
    if (typeof value === 'string' && (value.length > MOST_QUOTED || /[\r\n]/.test(value)))
        return `a text of ${value.length} characters`;
    const json = JSON.stringify(value);
    if (json === undefined)
        return String(value);
    return json.length > MOST_QUOTED + 2 ? `a value of ${json.length} characters` : json;
}
/** A scalar found where something else was expected: its type, and the value when quoteFound shows it. */
function describeFound(value) {
    const quoted = quoteFound(value);
    return quoted.startsWith('a ') ? quoted : `${typeof value} ${quoted}`;
}


/***/ }),

/***/ 5016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports editDistance, closest */
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


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   X: () => (/* binding */ escapeXml),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   lZ: () => (/* binding */ inertLineStart),
/* harmony export */   nl: () => (/* binding */ inertJson),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xx: () => (/* binding */ visibleControls),
/* harmony export */   zB: () => (/* binding */ escapeForLog)
/* harmony export */ });
/* unused harmony exports escapeCommandData, escapeCommandProperty, escapeAnnotation */
// Everything a scanned server sends (certificate names, alert texts, error messages) and every target name a user
// typed reaches the job summary, PR comments, issues, SARIF and the Actions log. These functions make such text
// inert in each of those places: it reads as the same characters, and it can never become markup, a mention,
// a link, an image, a table cell boundary, a fence end or a workflow command.
/** Zero-width space: breaks GitHub's mention, issue-reference and autolink detection without changing what is read. */
const ZWSP = '\u200b';
/**
 * Characters that cannot be shown as themselves: C0/C1 controls, DEL, line/paragraph separators, bidi marks,
 * overrides and isolates (which can make text read differently from what it is; the Trojan Source set), BOM.
 * They are shown as \n, \r, \t or \uXXXX.
 */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001f\u007f-\u009f\u061c\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff]/g;
/** Shows control and direction characters as visible escapes, so the text stays on one line and reads as sent. */
function visibleControls(text) {
    return text.replace(INVISIBLE, (ch) => {
        if (ch === '\n')
            return '\\n';
        if (ch === '\r')
            return '\\r';
        if (ch === '\t')
            return '\\t';
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}
/**
 * One line of plain-text output (the CLI's text report, `policy show`) that may land in an Actions log when the
 * CLI runs in a workflow: the runner trims leading whitespace and reads `::` or `##[` as a workflow command, so
 * a line that would start with one (an indented target name, a YAML block line) shows its first character as an
 * escape instead. Our own lines never start that way, so only text someone else wrote is changed.
 */
function inertLineStart(line) {
    return line.replace(/^(\s*)(::|##\[)/, (_m, space, start) => `${space}\\u${start.charCodeAt(0).toString(16).padStart(4, '0')}${start.slice(1)}`);
}
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
/**
 * GitHub post-processes rendered HTML: @name becomes a mention (and notifies), #123 and GH-123 a
 * cross-reference (and a backlink on that issue), bare URLs and www. names become links. A zero-width space after
 * the trigger keeps the text and stops all of them.
 */
function neutraliseGithubReferences(text) {
    return text
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#(?=[0-9A-Za-z])/g, `#${ZWSP}`)
        .replace(/\b(GH)-(?=[0-9])/gi, `$1-${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
/**
 * Text for an HTML context of a GitHub-rendered document (e.g. inside <summary>, or an attribute value):
 * entities for & < > " ', no mentions, references or autolinks, control characters shown as escapes.
 */
function escapeHtml(text) {
    return neutraliseGithubReferences(visibleControls(String(text))).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
}
/**
 * What CommonMark/GFM reads as inline syntax wherever it stands: backslash escapes, code spans, emphasis with `*`,
 * strikethrough, link and image brackets, table cell boundaries, GitHub's `$` math, HTML tags. `_` is emphasis
 * only at a word's edge (GFM: an underscore between two letters or digits never opens or closes), `&` only
 * where it starts an entity; `-`, `+`, `=`, `>`, `#` and digits matter only at the start of a line. Everything
 * else (dates, `mozilla-intermediate`, cipher suite names, parentheses) stays as written, so the raw Markdown
 * reads well in an e-mail notification too.
 */
const MARKDOWN_INLINE_SPECIAL = /[\\`*~[\]|$<]|&(?=[A-Za-z0-9#])|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;
/**
 * A line start that would open a block: a heading (`#` then a space or the end), a list item (`-`, `+`, or
 * digits with `.` or `)`, then a space or the end), a quote (`>`), a setext underline or a thematic break (`=`
 * or `-` runs). `-2026` or `0.1.0` open nothing and stay as written.
 */
const MARKDOWN_BLOCK_START = /^(\s*)(?:(#+(?=\s|$)|>|[-+=](?=[\s=-]|$))|(\d+)([.)])(?=\s|$))/;
/**
 * Inline text for a Markdown context (paragraph, list item, table cell, heading): renders as exactly the
 * characters given. No emphasis, code, links, images, HTML, headings, pipes (table cells), mentions or
 * autolinks; newlines and other controls are shown as escapes so the text stays on one line.
 */
function escapeMarkdown(text) {
    // GitHub's mention/reference filters run after Markdown, on the rendered text: the backslash escapes stop
    // Markdown syntax, the zero-width spaces stop those filters.
    const inline = neutraliseGithubReferences(visibleControls(String(text))).replace(MARKDOWN_INLINE_SPECIAL, (ch) => HTML_ENTITIES[ch] ?? `\\${ch}`);
    // The text may open a line of the document (a list item's continuation, a paragraph): its first character
    // must not start a block. An ordered list needs its "." or ")" after the digits: escaping that suffices.
    return inline.replace(MARKDOWN_BLOCK_START, (_m, space, marker, digits, end) => marker ? `${space}\\${marker}` : `${space}${digits}\\${end}`);
}
/**
 * A fenced code block of the given lines, whose fence no line can close (longer than any backtick run in it).
 * Code blocks are not scanned for mentions or links. Control characters inside a line, newlines included, are
 * shown as escapes: a reproduce command someone copies into a shell stays the one line it claims to be.
 */
function codeBlock(lines, language = '') {
    const text = (typeof lines === 'string' ? [lines] : lines)
        .map((line) => visibleControls(String(line)))
        .join('\n');
    const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    const info = language.replace(/[^A-Za-z0-9_+-]/g, '');
    return `${fence}${info}\n${text}\n${fence}`;
}
/**
 * Characters JSON.stringify leaves raw that a terminal or editor may act on: C1 controls (U+009B is CSI on some
 * terminals), DEL, line/paragraph separators, direction marks and overrides, BOM. (It escapes C0 itself.)
 */
const JSON_LEFT_RAW = /[\u007f-\u009f\u061c\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff]/g;
/**
 * JSON.stringify, with every control or direction character inside a string written as a \uXXXX escape: the
 * same JSON value, but no byte of it can recolour a terminal or reorder what a reader sees.
 */
function inertJson(value, space) {
    return JSON.stringify(value, null, space).replace(JSON_LEFT_RAW, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
// ---- Actions log and workflow commands ----
/**
 * The runner reads each stdout line; after trimming leading whitespace, a line starting with `::` is a
 * workflow command (error, add-mask, stop-commands, set-output...) and one starting with `##[` a legacy one.
 */
const COMMAND_START = /^(\s*)(::|##\[)/;
/** Percent-encodes one character as UTF-8 bytes (%XX), the form the runner's command escaping uses. */
function percentEncode(ch) {
    return [...Buffer.from(ch, 'utf8')]
        .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
        .join('');
}
/**
 * Text that, printed to the Actions log (core.info, console.log), stays one line and can never start a workflow
 * command: `%`, CR, LF (per the runner's command-data escaping) and every other control, line-separator or
 * direction character are percent-encoded, and a leading `::` or `##[` gets its first character encoded.
 * Decoding is unambiguous: `%` itself is always encoded.
 */
function escapeForLog(text) {
    const encoded = String(text).replace(/%/g, '%25').replace(INVISIBLE, percentEncode);
    return encoded.replace(COMMAND_START, (_m, space, start) => `${space}${percentEncode(start[0])}${start.slice(1)}`);
}
/** The runner's escaping of a workflow command's data (the text after the second `::`). */
function escapeCommandData(text) {
    return String(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** The runner's escaping of a workflow command's property value (`title=`, `file=`). */
function escapeCommandProperty(text) {
    return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * Text for an annotation message or title handed to core.error/warning/notice (which applies the command
 * escaping itself): one line, with controls shown as visible escapes, so an annotation says what was sent.
 */
function escapeAnnotation(text) {
    return visibleControls(String(text));
}
/** Plain text (SARIF message.text, issue titles): one line, controls shown, no other change. */
function plainText(text, maxLength = Infinity) {
    const visible = visibleControls(String(text));
    return visible.length > maxLength ? `${visible.slice(0, Math.max(0, maxLength - 1))}…` : visible;
}
/**
 * A link that we built (run URL, documentation): only http(s) URLs without spaces or characters that could end
 * the Markdown link, else null (the caller then prints no link).
 */
function safeUrl(url) {
    if (!url)
        return null;
    if (!/^https?:\/\/[^\s<>()[\]"'`\\]+$/.test(url))
        return null;
    return url;
}
// ---- XML (JUnit) ----
/**
 * Code units that XML 1.0 forbids anywhere in a document (not even as character references): unpaired
 * surrogates and the noncharacters U+FFFE and U+FFFF. (The C0 controls it forbids are shown by visibleControls.)
 */
const XML_FORBIDDEN = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;
const XML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;'
};
/**
 * Text for XML character data or an attribute value (either quote): one line, every control, direction and
 * XML-forbidden character shown as a \uXXXX escape, and the five specials as entities. The result is always
 * well-formed XML 1.0 and reads as the characters sent; it can never close an element or start markup.
 */
function escapeXml(text) {
    return visibleControls(String(text))
        .replace(XML_FORBIDDEN, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch]);
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
