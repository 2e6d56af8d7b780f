export const id = 6;
export const ids = [6];
export const modules = {

/***/ 3576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fv: () => (/* reexport */ RUN_DEFAULTS),
  a3: () => (/* reexport */ formatDuration),
  E9: () => (/* reexport */ parseDuration),
  sb: () => (/* reexport */ parseExpiryDays),
  n: () => (/* reexport */ runSettings)
});

// UNUSED EXPORTS: ACTION_INPUT_DEFAULTS

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/settings/duration.ts
// Durations as people write them: `500ms`, `10s`, `2m`, on the CLI and in the action alike. A bare number keeps
// the unit each entry point always had (milliseconds on the CLI, seconds in the action's `timeout`), so existing
// command lines and workflows read the same; defaults are printed with their unit.

const MS_PER_UNIT = { ms: 1, s: 1000, m: 60_000 };
/** `10s` for 10000, `1m` for 60000, `1500ms` for 1500: the shortest exact form. */
function formatDuration(ms) {
    if (ms >= 60_000 && ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms >= 1000 && ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}
/** Milliseconds, or a ConfigurationError saying what was expected (the caller adds where it was written). */
function parseDuration(text, spec) {
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/i.exec(text.trim());
    const unit = (match?.[2]?.toLowerCase() ?? spec.bareUnit);
    const ms = match ? Math.round(Number(match[1]) * MS_PER_UNIT[unit]) : NaN;
    if (!Number.isFinite(ms) || ms < spec.minMs || ms > spec.maxMs) {
        const bare = { ms: 'milliseconds', s: 'seconds', m: 'minutes' }[spec.bareUnit];
        const shown = text.length <= 64 ? JSON.stringify(text) : `a value of ${text.length} characters`;
        throw new errors/* ConfigurationError */.j1(`${spec.name} must be a duration such as 500ms, 10s or 2m (a bare number is ${bare}), ` +
            `from ${formatDuration(spec.minMs)} to ${formatDuration(spec.maxMs)}; got ${shown}`);
    }
    return ms;
}

;// CONCATENATED MODULE: ./src/settings/defaults.ts

const RUN_DEFAULTS = {
    // The default policy (policy/presets): the judgement a user gets without writing one.
    policy: undefined,
    caFile: undefined,
    // Errors fail the run, warnings are reported: a gate that fails on every warning is soon switched off.
    failOn: 'error',
    // 10 s per connect and read. A timeout is a verdict (the target becomes unreachable), so it is generous: a slow
    // or far server must not fail a deploy; the per-target deadline bounds what a silent server can cost.
    // (The CLI used 5 s, the action 10 s.)
    timeoutMs: 10_000,
    // Targets at once. A scan is network-bound, so a runner's 2 cores keep 16 targets busy; what one server
    // sees is bounded by perTargetConcurrency, not by this. (The CLI used 16, the action 4.)
    concurrency: 16,
    // Handshakes to one target at once: servers and their firewalls rate-limit one client, and a refused
    // handshake would read as a missing protocol or suite. (The action hard-coded 4.)
    perTargetConcurrency: 6,
    // A target's whole scan: a full scan of a legacy server takes a few hundred handshakes.
    targetDeadlineMs: 60_000,
    // The real time.
    now: undefined,
    // Client simulation and resumption checks cost extra handshakes: asked for, not default (client simulation
    // still runs for the clients a policy names).
    clients: false,
    resumption: false,
    // An untrusted chain's cause (an intermediate not sent, or a root nobody trusts) is found by fetching what the
    // leaf's AIA URL names, as browsers do: one bounded http GET, only for chains that are not trusted. Runners
    // without a way out turn it off (the cause is then "issuer unknown").
    aia: true,
    // The policy's own expiry thresholds.
    expiryDays: undefined,
    // Every target: a run is one shard of one unless the user splits it over a matrix of runners.
    shard: undefined
};
/**
 * Every default of action.yml, as the text the runner passes when an input is not set: the run's defaults (the
 * timeout in seconds) and the action's own (comment, issue, report files). Derived from RUN_DEFAULTS, and a test
 * holds action.yml to it, so neither can drift.
 */
const ACTION_INPUT_DEFAULTS = {
    hosts: '',
    'targets-file': '',
    // Empty: the default policy.
    policy: '',
    'fail-on': RUN_DEFAULTS.failOn,
    'ca-file': '',
    // A pull request hears from the gate when it fails, and is not spammed when it passes.
    comment: 'on-failure',
    // An issue is a team's choice to opt in to.
    issue: 'off',
    'github-token': '${{ github.token }}',
    'report-file': 'tls-gate-report.json',
    // Empty: no SARIF file.
    'sarif-file': '',
    // Durations with their unit (a bare number is seconds in the action, milliseconds on the CLI).
    timeout: formatDuration(RUN_DEFAULTS.timeoutMs),
    deadline: formatDuration(RUN_DEFAULTS.targetDeadlineMs),
    // Empty: the policy's expiry thresholds.
    'warn-days': '',
    'fail-days': '',
    concurrency: String(RUN_DEFAULTS.concurrency),
    // targets-file, policy and ca-file must be inside the workspace: an input never reads the runner's own files.
    'allow-outside-workspace': 'false',
    aia: String(RUN_DEFAULTS.aia),
    // Empty: every target (no shard).
    shard: '',
    // Empty: scan; a glob of shard reports: merge them instead of scanning.
    merge: ''
};

;// CONCATENATED MODULE: ./src/settings/run-settings.ts

function runSettings(given) {
    const settings = {
        ...RUN_DEFAULTS,
        targets: given.targets,
        policyBaseDir: given.policyBaseDir
    };
    const assign = (key) => {
        const value = given[key];
        if (value !== undefined)
            settings[key] = value;
    };
    for (const key of Object.keys(RUN_DEFAULTS))
        assign(key);
    return settings;
}

;// CONCATENATED MODULE: ./src/settings/expiry-days.ts
// `warn-days` / `fail-days` (action) and `--warn-days` / `--fail-days` (CLI), read the same way by both.

/** Whole days from 0 to 3650; fail-days no more than warn-days. Empty or absent: the policy's own. */
function parseExpiryDays(given, names) {
    const days = (name, value) => {
        if (value === undefined || value.trim() === '')
            return undefined;
        const number = /^\d{1,4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
        if (!(number <= 3650)) {
            const shown = value.length <= 64 ? JSON.stringify(value) : `a value of ${value.length} characters`;
            throw new errors/* ConfigurationError */.j1(`${name} must be a whole number of days from 0 to 3650; got ${shown}`);
        }
        return number;
    };
    const warnDays = days(names.warn, given.warn);
    const failDays = days(names.fail, given.fail);
    if (warnDays === undefined && failDays === undefined)
        return undefined;
    if (warnDays !== undefined && failDays !== undefined && failDays > warnDays) {
        throw new errors/* ConfigurationError */.j1(`${names.fail} (${failDays}) is more than ${names.warn} (${warnDays}); a certificate warns from ${names.warn} days left and fails from ${names.fail}`);
    }
    return { ...(warnDays !== undefined ? { warnDays } : {}), ...(failDays !== undefined ? { failDays } : {}) };
}

;// CONCATENATED MODULE: ./src/settings/index.ts
// Settings of a run: the one table of defaults shared by the CLI and the action, and the function that fills a
// run's settings from it, and the type of those settings (RunSettings). Fail-on lives in src/model.






/***/ }),

/***/ 6733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pJ: () => (/* reexport */ loadTargetsFile),
  X1: () => (/* reexport */ parseHostsInput),
  d7: () => (/* reexport */ parseShardSpec),
  c: () => (/* reexport */ parseTargetArgument),
  Ci: () => (/* reexport */ parseTargetsFile),
  nf: () => (/* reexport */ policyLocationOf),
  fl: () => (/* reexport */ shardOfName),
  U5: () => (/* reexport */ targetsOfShard)
});

// UNUSED EXPORTS: DEFAULT_PORT, MAX_SHARDS, defaultName, makeTarget, parsePort

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/targets/parse.ts
// The TARGET syntax of the command line and the action's `hosts` input:
//   host, host:port, [ipv6]:port, [ipv6], bare ipv6, https://host[:port]/path (port 443 unless given).


const DEFAULT_PORT = 443;
const SYNTAX = 'expected host, host:port, [ipv6]:port or https://host[:port]/';
/** Parses one TARGET. `where` locates errors (a hosts input line); CLI arguments have none. */
function parseTargetArgument(text, where) {
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1(`invalid target ${(0,errors/* quoteFound */.F6)(text)}: ${why}`, where ?? {});
    };
    const trimmed = text.trim();
    if (trimmed === '')
        fail(`empty target; ${SYNTAX}`);
    let host;
    let portText;
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
    if (scheme) {
        if (scheme[1].toLowerCase() !== 'https')
            fail(`only https:// URLs name a TLS endpoint (got ${scheme[1]}://)`);
        let url;
        try {
            url = new URL(trimmed);
        }
        catch {
            return fail(`not a valid URL; ${SYNTAX}`);
        }
        if (url.username || url.password)
            fail('URLs with credentials are not accepted');
        host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
        // URL drops the port when it is the scheme's default (443), which is our default too.
        portText = url.port === '' ? undefined : url.port;
    }
    else if (trimmed.startsWith('[')) {
        const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(trimmed);
        if (!bracketed)
            return fail(`unbalanced brackets; ${SYNTAX}`);
        host = bracketed[1];
        portText = bracketed[2];
        if ((0,external_node_net_.isIP)(host) !== 6)
            fail('brackets are for IPv6 addresses');
    }
    else if ((0,external_node_net_.isIP)(trimmed) === 6) {
        host = trimmed;
    }
    else {
        const colon = trimmed.lastIndexOf(':');
        if (colon >= 0) {
            host = trimmed.slice(0, colon);
            portText = trimmed.slice(colon + 1);
            if (host.includes(':'))
                fail('an IPv6 address with a port needs brackets: [ipv6]:port');
        }
        else {
            host = trimmed;
        }
    }
    const hostProblem = checkHost(host);
    if (hostProblem)
        fail(hostProblem);
    let port = DEFAULT_PORT;
    if (portText !== undefined) {
        const parsed = parsePort(portText);
        if (parsed === null)
            fail(`port ${(0,errors/* quoteFound */.F6)(portText)} is not a number from 1 to 65535`);
        port = parsed;
    }
    return makeTarget({ host, port, source: where });
}
/** Fills the defaults every Target gets: SNI from the host name (none for IP literals), name "host:port". */
function makeTarget(fields) {
    const host = normaliseHost(fields.host);
    const target = {
        name: fields.name ?? defaultName(host, fields.port),
        host,
        port: fields.port,
        sni: fields.sni !== undefined ? fields.sni : (0,external_node_net_.isIP)(host) ? null : host
    };
    if (fields.address !== undefined)
        target.address = fields.address;
    if (fields.addresses !== undefined)
        target.addresses = fields.addresses;
    if (fields.policy !== undefined)
        target.policy = fields.policy;
    if (fields.policySource !== undefined)
        target.policySource = fields.policySource;
    if (fields.expect !== undefined)
        target.expect = fields.expect;
    if (fields.source !== undefined)
        target.source = fields.source;
    return target;
}
function defaultName(host, port) {
    return (0,external_node_net_.isIP)(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}
/** Host names compare case-insensitively; a trailing dot (absolute name) is dropped for SNI (RFC 6066 §3). */
function normaliseHost(host) {
    if ((0,external_node_net_.isIP)(host))
        return host.toLowerCase();
    return host.toLowerCase().replace(/\.$/, '');
}
/** What a host may be, for error messages. */
const HOST_SYNTAX = 'a host is a DNS name (dot-separated labels of letters, digits, "-" and "_", each 1 to 63 characters, not starting or ending with "-") or an IPv4 or IPv6 address';
/**
 * null when `host` is a usable host name or IP literal, else why not. A host reaches every reproduce command
 * (`openssl s_client -connect HOST:PORT`), so one that starts with "-" would be read there as an option: RFC 1123
 * labels never start or end with a hyphen. Underscores are tolerated (common in internal names).
 */
function checkHost(host) {
    if (host === '')
        return 'the host is empty';
    if ((0,external_node_net_.isIP)(host))
        return null;
    if (host.length > 253)
        return `the host name is longer than 253 characters; ${HOST_SYNTAX}`;
    const labels = host.replace(/\.$/, '').split('.');
    if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?$/i.test(host)) {
        return `${(0,errors/* quoteFound */.F6)(host)} is not a host name or IP address; ${HOST_SYNTAX}`;
    }
    if (labels.some((label) => label.startsWith('-') || label.endsWith('-'))) {
        return `${(0,errors/* quoteFound */.F6)(host)} is not a host name or IP address: a label starts or ends with "-"; ${HOST_SYNTAX}`;
    }
    if (labels.some((label) => label.length > 63))
        return `a label of the host name is longer than 63 characters; ${HOST_SYNTAX}`;
    // All digits and dots is an IPv4 address, and not a valid one (a name's last label is never all digits).
    if (/^[0-9]+$/.test(labels[labels.length - 1])) {
        return `${(0,errors/* quoteFound */.F6)(host)} is not a host name or IP address: it ends in a number but is not an IPv4 address; ${HOST_SYNTAX}`;
    }
    return null;
}
/** Port from text: digits only, 1..65535. */
function parsePort(text) {
    if (!/^\d{1,5}$/.test(text))
        return null;
    const port = Number(text);
    return port >= 1 && port <= 65535 ? port : null;
}
/**
 * The action's `hosts` input: targets separated by newlines or commas; blank entries and `#` comments are
 * ignored. `sourceFile`/`firstLine` say where the input sits (the workflow file) so errors and findings point there.
 */
function parseHostsInput(text, sourceFile, firstLine = 1) {
    const targets = [];
    text.split(/\r?\n/).forEach((line, index) => {
        const content = line.replace(/(^|\s)#.*$/, '');
        for (const part of content.split(',')) {
            if (part.trim() === '')
                continue;
            const where = sourceFile !== undefined ? { file: sourceFile, line: firstLine + index } : undefined;
            targets.push(parseTargetArgument(part, where));
        }
    });
    return targets;
}

// EXTERNAL MODULE: ./src/input-files.ts
var input_files = __webpack_require__(1869);
// EXTERNAL MODULE: ./src/yaml/located.ts
var located = __webpack_require__(81);
;// CONCATENATED MODULE: ./src/targets/file.ts
// Targets files: a YAML list of entries, or a mapping `{ targets: [...] }`. Validation is strict (unknown keys,
// wrong types, bad ports, empty hosts are usage errors naming the file, line and entry), because a typo in a gate's
// input must never quietly drop a target. Each Target remembers its file and line for annotations and SARIF.





const ENTRY_KEYS = ['host', 'port', 'address', 'addresses', 'sni', 'name', 'policy', 'expect'];
const EXPECT_KEYS = ['issuer', 'spkiSha256'];
/** Reads and validates a targets file. `displayPath` is how the file is named in errors and reports. */
async function loadTargetsFile(path, displayPath = path) {
    let text;
    try {
        text = await (0,input_files/* readInputFile */.jH)(path, 'targets file', displayPath);
    }
    catch (error) {
        if (!(error instanceof input_files/* InputFileError */.TH) || error.problem !== 'missing')
            throw error;
        throw new errors/* ConfigurationError */.j1('cannot read targets file: no such file', { file: displayPath });
    }
    return parseTargetsFile(text, displayPath);
}
/** Validates the text of a targets file named `file`. */
function parseTargetsFile(text, file) {
    const yaml = (0,located/* loadYamlWithPositions */.W)(text, file);
    let list = yaml.value;
    let listPath = [];
    if (isMapping(list)) {
        rejectUnknownKeys(yaml, [], list, ['targets'], 'the top level');
        if (!('targets' in list))
            throw yaml.errorAt([], 'expected a list of targets, or a mapping with a `targets` list');
        list = list.targets;
        listPath = ['targets'];
    }
    if (!Array.isArray(list)) {
        throw yaml.errorAt(listPath, `expected a list of targets, got ${describeType(list)}`);
    }
    if (list.length === 0)
        throw yaml.errorAt(listPath, 'the list of targets is empty');
    const targets = list.map((entry, index) => parseEntry(yaml, [...listPath, index], entry));
    const seen = new Map();
    targets.forEach((target, index) => {
        const first = seen.get(target.name);
        if (first !== undefined) {
            throw yaml.errorAt([...listPath, index], `${entryLabel(index, target.host)}: the name ${(0,errors/* quoteFound */.F6)(target.name)} is already used by entry ${first + 1}; give one of them a distinct \`name\``);
        }
        seen.set(target.name, index);
    });
    return targets;
}
function parseEntry(yaml, path, entry) {
    const index = path[path.length - 1];
    const position = yaml.keyPositionOf(path) ?? yaml.nearestPositionOf(path);
    const source = { file: yaml.file, line: position?.line ?? 1 };
    // A bare string is the command-line syntax: "host:port".
    if (typeof entry === 'string') {
        try {
            return parseTargetArgument(entry, source);
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1) {
                const at = yaml.positionOf(path);
                throw new errors/* ConfigurationError */.j1(`entry ${index + 1}: ${error.message}`, { file: yaml.file, ...at });
            }
            throw error;
        }
    }
    if (!isMapping(entry)) {
        throw yaml.errorAt(path, `entry ${index + 1}: expected a mapping with \`host\` (or a "host:port" string), got ${describeType(entry)}`);
    }
    const label = entryLabel(index, typeof entry.host === 'string' ? entry.host : undefined);
    const fail = (key, message) => {
        throw yaml.errorAt(typeof key === 'string' ? [...path, key] : [...path, ...key], `${label}: ${message}`);
    };
    rejectUnknownKeys(yaml, path, entry, ENTRY_KEYS, label);
    if (!('host' in entry))
        fail([], 'missing `host`');
    const host = entry.host;
    if (typeof host !== 'string')
        return fail('host', `\`host\` must be a string, got ${describeType(host)}`);
    const hostProblem = checkHost(host.trim());
    if (hostProblem) {
        const hint = host.includes(':') && !(0,external_node_net_.isIP)(host) ? ' (put the port in `port`)' : '';
        fail('host', `${hostProblem}${hint}`);
    }
    let port = DEFAULT_PORT;
    if ('port' in entry) {
        const value = entry.port;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) {
            fail('port', `\`port\` must be a whole number from 1 to 65535, got ${value === undefined ? describeType(value) : (0,errors/* quoteFound */.F6)(value)}`);
        }
        port = value;
    }
    const fields = { host: host.trim(), port, source };
    if ('address' in entry) {
        const value = entry.address;
        if (typeof value !== 'string' || checkHost(value) !== null) {
            fail('address', `\`address\` must be an IP address or host name, got ${(0,errors/* quoteFound */.F6)(value)}`);
        }
        fields.address = value;
    }
    if ('addresses' in entry) {
        const value = entry.addresses;
        if (!Array.isArray(value) || value.length === 0) {
            fail('addresses', '`addresses` must be a non-empty list of IP addresses or host names');
        }
        value.forEach((item, i) => {
            if (typeof item !== 'string' || checkHost(item) !== null) {
                fail(['addresses', i], `\`addresses\` item ${i + 1} is not an IP address or host name: ${(0,errors/* quoteFound */.F6)(item)}`);
            }
        });
        fields.addresses = value;
    }
    if ('sni' in entry) {
        const value = entry.sni;
        if (value === false)
            fields.sni = null;
        else if (typeof value === 'string' && value !== '' && !(0,external_node_net_.isIP)(value) && checkHost(value) === null)
            fields.sni = value;
        else
            fail('sni', `\`sni\` must be a host name or false (send no SNI), got ${(0,errors/* quoteFound */.F6)(value)}`);
    }
    if ('name' in entry) {
        const value = entry.name;
        if (typeof value !== 'string' || value.trim() === '')
            fail('name', '`name` must be a non-empty string');
        fields.name = value.trim();
    }
    if ('policy' in entry) {
        const value = entry.policy;
        // Preset name, file path, or inline rules; src/policy validates the content.
        if (!(typeof value === 'string' && value.trim() !== '') && !isMapping(value)) {
            fail('policy', '`policy` must be a preset name, a policy file path, or a mapping of rules');
        }
        fields.policy = value;
        const at = yaml.positionOf([...path, 'policy']);
        if (at)
            fields.policySource = { file: yaml.file, line: at.line, column: at.column };
    }
    if ('expect' in entry)
        fields.expect = parseExpect(yaml, [...path, 'expect'], entry.expect, label);
    const target = makeTarget(fields);
    if ('policy' in entry)
        POLICY_LOCATIONS.set(target, { located: yaml, path: [...path, 'policy'] });
    return target;
}
/**
 * Targets parsed from a file remember the YAML their `policy` came from, so src/policy can point its errors at
 * the exact line and column of an inline rule. Weak: nothing is kept once the targets are gone.
 */
const POLICY_LOCATIONS = new WeakMap();
function policyLocationOf(target) {
    return POLICY_LOCATIONS.get(target);
}
function parseExpect(yaml, path, value, label) {
    if (!isMapping(value))
        throw yaml.errorAt(path, `${label}: \`expect\` must be a mapping with issuer and/or spkiSha256`);
    rejectUnknownKeys(yaml, path, value, EXPECT_KEYS, `${label}: \`expect\``);
    const expect = {};
    if ('issuer' in value) {
        if (typeof value.issuer !== 'string' || value.issuer === '') {
            throw yaml.errorAt([...path, 'issuer'], `${label}: \`expect.issuer\` must be a non-empty string`);
        }
        expect.issuer = value.issuer;
    }
    if ('spkiSha256' in value) {
        const pins = typeof value.spkiSha256 === 'string' ? [value.spkiSha256] : value.spkiSha256;
        if (!Array.isArray(pins) || pins.length === 0) {
            throw yaml.errorAt([...path, 'spkiSha256'], `${label}: \`expect.spkiSha256\` must be a pin or a list of pins`);
        }
        pins.forEach((pin, i) => {
            // base64 of a SHA-256: 44 characters ending in '='.
            if (typeof pin !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(pin)) {
                const at = typeof value.spkiSha256 === 'string' ? [...path, 'spkiSha256'] : [...path, 'spkiSha256', i];
                throw yaml.errorAt(at, `${label}: ${(0,errors/* quoteFound */.F6)(pin)} is not a base64 SHA-256 pin (44 characters)`);
            }
        });
        expect.spkiSha256 = pins;
    }
    return expect;
}
function rejectUnknownKeys(yaml, path, mapping, allowed, label) {
    for (const key of Object.keys(mapping)) {
        if (allowed.includes(key))
            continue;
        const position = yaml.keyPositionOf([...path, key]);
        const suggestion = closest(key, allowed);
        const hint = suggestion ? `; did you mean \`${suggestion}\`?` : `; expected one of ${allowed.join(', ')}`;
        // A key is quoted like any value found: a long one (a file that is not a targets file) only by its size.
        const shown = (0,errors/* quoteFound */.F6)(key).startsWith('"') ? `\`${key}\`` : `(${(0,errors/* quoteFound */.F6)(key)})`;
        throw new errors/* ConfigurationError */.j1(`${label}: unknown key ${shown}${hint}`, { file: yaml.file, ...position });
    }
}
function entryLabel(index, host) {
    return host ? `entry ${index + 1} (${(0,errors/* quoteFound */.F6)(host)})` : `entry ${index + 1}`;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describeType(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return (0,errors/* describeFound */.Kq)(value);
}
/** The allowed key within edit distance 2 of a typo, if any. */
function closest(word, candidates) {
    let best;
    let bestDistance = 3;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/targets/shard.ts
// Shards: `shard: K/N` scans a stable share of the targets, so N runners share a long list. A target belongs to
// the shard its name hashes to (names are unique within a run), never to a position in the list: adding or
// removing a target moves no other target from one shard to another.


/** More shards than this is a typo: a matrix job has at most 256 entries. */
const MAX_SHARDS = 256;
/** "K/N" with 1 <= K <= N <= MAX_SHARDS; `where` names the input or flag for the error. */
function parseShardSpec(text, where) {
    const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
        throw new errors/* ConfigurationError */.j1(`${where} must be K/N, shard K of N with 1 <= K <= N <= ${MAX_SHARDS} (e.g. 2/3); got ${JSON.stringify(text)}`);
    }
    return { index, count };
}
/** The shard (1-based) of `count` that the target named `name` belongs to. */
function shardOfName(name, count) {
    // SHA-256, not a quick hash: the share must be the same on every runner and Node version, forever.
    const digest = (0,external_node_crypto_.createHash)('sha256').update(name, 'utf8').digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
/** The targets of shard `spec`, in the order named. */
function targetsOfShard(targets, spec) {
    return targets.filter((target) => shardOfName(target.name, spec.count) === spec.index);
}

;// CONCATENATED MODULE: ./src/targets/index.ts
// Where targets come from: CLI arguments and the action's `hosts` input (parse.ts), and targets files (file.ts).





/***/ })

};
