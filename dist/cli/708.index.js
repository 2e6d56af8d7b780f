export const id = 708;
export const ids = [708];
export const modules = {

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
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2061);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5235);
/* harmony import */ var _scan_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7940);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3890);
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
    // Independent, and the trust store takes a moment (hundreds of roots): load them side by side.
    const [trust, policy, targetPolicies] = await Promise.all([
        (0,_certs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadTrustStore */ .Kl)(settings.caFile ? { caFile: settings.caFile } : {}),
        (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPolicy */ .tb)(settings.policy, { baseDir: settings.policyBaseDir }),
        loadTargetPolicies(settings.targets, settings.policyBaseDir)
    ]);
    // Client simulation when asked for, or for a target whose policy names clients that must (not) connect.
    const simulatesClients = (target) => {
        const rules = (targetPolicies.get(target.name) ?? policy).rules;
        return settings.clients || rules.clients.mustConnect.length + rules.clients.mustNotConnect.length > 0;
    };
    const scanned = await (0,_scan_index_js__WEBPACK_IMPORTED_MODULE_5__/* .scanTargetsFacts */ .h)(settings.targets, {
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
        expect: settings.targets[index].expect
    }));
    const evaluation = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluate */ ._3)(facts, policy, { now, failOn: settings.failOn, targetPolicies });
    return {
        schemaVersion: _model_report_js__WEBPACK_IMPORTED_MODULE_7__/* .SCHEMA_VERSION */ .f$,
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_8__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_8__/* .TOOL_VERSION */ .w },
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        policy: { name: policy.name, source: policy.source },
        verdict: evaluation.verdict,
        summary: evaluation.summary,
        targets: evaluation.targets
    };
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


/***/ }),

/***/ 7252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   NK: () => (/* binding */ targetFindingsWorstFirst),
/* harmony export */   Op: () => (/* binding */ targetLabel),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   _9: () => (/* binding */ SEVERITY_ICON),
/* harmony export */   a0: () => (/* binding */ findingsWorstFirst),
/* harmony export */   dN: () => (/* binding */ enabledProtocols),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   n8: () => (/* reexport safe */ _model_days_js__WEBPACK_IMPORTED_MODULE_0__.n8),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   tq: () => (/* binding */ worstFinding),
/* harmony export */   u3: () => (/* binding */ leafDaysRemaining),
/* harmony export */   wv: () => (/* binding */ describeCounts)
/* harmony export */ });
/* unused harmony exports SEVERITY_ORDER, minDaysRemaining */
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5235);
/* harmony import */ var _model_days_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9906);
// Small facts about a Report that every renderer (summary, comment, issue, annotations, SARIF) shows the same way:
// the order of findings, a target's worst finding, the days left on its leaf certificate.

const SEVERITY_ORDER = ['error', 'warning', 'notice'];
function severityRank(severity) {
    const rank = SEVERITY_ORDER.indexOf(severity);
    return rank < 0 ? SEVERITY_ORDER.length : rank;
}
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** All findings of the report, worst first; ties keep target order, then the order evaluation gave. */
function findingsWorstFirst(report) {
    const all = [];
    report.targets.forEach((target, targetIndex) => {
        for (const finding of target.findings)
            all.push({ target, targetIndex, finding });
    });
    // Array.prototype.sort is stable (ES2019), so equal severities keep their order.
    return all.sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity));
}
/** A target's findings, worst first. */
function targetFindingsWorstFirst(target) {
    return [...target.findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}
function worstFinding(target) {
    return targetFindingsWorstFirst(target)[0] ?? null;
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
    return counts;
}
/** Days left on the leaf certificate (fractional, negative when expired), or null when none was read. */
function leafDaysRemaining(target) {
    const leaf = target.certificate?.chain[0];
    return leaf && Number.isFinite(leaf.daysRemaining) ? leaf.daysRemaining : null;
}
/** Whole days, counted the one way every output and finding counts them (model/days.ts). */

function enabledProtocols(target) {
    return _model_report_js__WEBPACK_IMPORTED_MODULE_1__/* .PROTOCOL_NAMES */ .g8.filter((p) => target.protocols?.[p]);
}
/** "a.example:443", or the name when the user gave one that differs. */
function targetLabel(target) {
    return target.name || `${target.host}:${target.port}`;
}
/** "2 errors, 1 warning" (only the non-zero parts; "no findings" when all are zero). */
function describeCounts(counts) {
    const parts = [];
    for (const severity of SEVERITY_ORDER) {
        const n = counts[severity];
        if (n > 0)
            parts.push(`${n} ${severity}${n === 1 ? '' : 's'}`);
    }
    return parts.length > 0 ? parts.join(', ') : 'no findings';
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** Smallest days left over all leaf certificates, or null when no certificate was read. */
function minDaysRemaining(report) {
    let min = null;
    for (const target of report.targets) {
        const days = leafDaysRemaining(target);
        if (days !== null && (min === null || days < min))
            min = days;
    }
    return min;
}
/** Byte length as the job-summary limit counts it (UTF-8). */
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderJson)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
// The JSON report: the Report as documented by schema/report.schema.json, two-space indentation and a final
// newline. Report and target keys come out in the documented order whatever order the code built them in, so
// two runs over the same servers diff cleanly.

const REPORT_KEYS = [
    'schemaVersion',
    'tool',
    'startedAt',
    'finishedAt',
    'policy',
    'verdict',
    'summary',
    'targets'
];
const TARGET_KEYS = [
    'name',
    'host',
    'port',
    'address',
    'sni',
    'source',
    'status',
    'error',
    'verdict',
    'protocols',
    'cipherSuites',
    'serverPreference',
    'groups',
    'keyExchange',
    'certificate',
    'clients',
    'resumption',
    'handshakes',
    'durationMs',
    'findings'
];
function renderJson(report) {
    const ordered = inOrder(report, REPORT_KEYS);
    ordered.targets = report.targets.map((target) => inOrder(target, TARGET_KEYS));
    // Server-sent strings keep their value; C1 controls and direction marks in them are written as \u escapes.
    return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inertJson */ .nl)(ordered, 2)}\n`;
}
/** A copy with `keys` first (in that order), then any other keys as they were. */
function inOrder(value, keys) {
    const result = {};
    for (const key of keys)
        if (key in value)
            result[key] = value[key];
    for (const key of Object.keys(value))
        if (!(key in result))
            result[key] = value[key];
    return result;
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7252);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _remediation_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6628);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5235);
// The human-readable report of the CLI: per target a small table of what the server offers (protocols, suites per
// version with their order, groups, DH size), the certificate chain as a tree with days left, then all findings
// grouped by target, worst target first, each with its fix and the command that reproduces it.
// Server-sent text (certificate names, error and alert messages) is shown with control characters made visible,
// so a hostile server cannot move the cursor, recolour the terminal or start a new line in a CI log, and no line
// can start an Actions workflow command.




const ANSI = {
    red: [31, 39],
    yellow: [33, 39],
    green: [32, 39],
    bold: [1, 22],
    dim: [2, 22]
};
/** Untrusted or user text on one line, with controls and direction marks shown as escapes. */
const safe = (text) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleControls */ .xx)(String(text ?? ''));
function renderText(report, options = {}) {
    const paint = options.color
        ? (text, colour) => `\u001b[${ANSI[colour][0]}m${text}\u001b[${ANSI[colour][1]}m`
        : (text) => text;
    const lines = [];
    const verdict = report.verdict === 'pass' ? paint('PASS', 'green') : paint('FAIL', 'red');
    const policy = report.policy
        ? `policy ${safe(report.policy.name)} (${safe(report.policy.source)})`
        : 'no policy';
    lines.push(paint(`tls-gate ${safe(report.tool.version)}`, 'bold') + ` - ${policy} - ${verdict}`);
    const { summary } = report;
    lines.push(`${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.targets, 'target')}: ${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.errors, 'error')}, ${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.warnings, 'warning')}, ` +
        `${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.notices, 'notice')} (${elapsed(report)})`);
    for (const target of report.targets) {
        lines.push('', ...renderTarget(target, paint));
    }
    const withFindings = report.targets.filter((target) => target.findings.length > 0);
    if (withFindings.length > 0) {
        lines.push('', paint('Findings', 'bold'));
        for (const target of worstTargetsFirst(withFindings)) {
            lines.push('', `  ${paint(safe(target.name), 'bold')}${sourceSuffix(target)}`);
            for (const finding of (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .targetFindingsWorstFirst */ .NK)(target))
                lines.push(...renderFinding(finding, paint));
        }
    }
    // Run in a workflow, this text is the Actions log: no line (an indented target name) may start a command.
    return `${lines.join('\n').split('\n').map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLineStart */ .lZ).join('\n')}\n`;
}
function renderTarget(target, paint) {
    const lines = [];
    const verdict = target.verdict === 'pass' ? paint('pass', 'green') : paint('FAIL', 'red');
    const where = [`${safe(target.host)}:${target.port}`];
    if (target.address && target.address !== target.host)
        where.push(`address ${safe(target.address)}`);
    where.push(target.sni ? `SNI ${safe(target.sni)}` : 'no SNI');
    lines.push(`${paint(`== ${safe(target.name)}`, 'bold')} (${where.join(', ')}) - ${verdict}`);
    lines.push(`   ${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(target.handshakes, 'handshake')} in ${Math.round(target.durationMs)} ms`);
    if (target.status !== 'ok') {
        const code = target.error ? ` [${safe(target.error.code)}]` : '';
        lines.push(`   ${paint(target.status.toUpperCase(), 'red')}${code}: ${safe(target.error?.message ?? 'no details')}`);
        return lines;
    }
    if (target.error)
        lines.push(`   note [${safe(target.error.code)}]: ${safe(target.error.message)}`);
    lines.push('   Protocols');
    for (const protocol of [..._model_report_js__WEBPACK_IMPORTED_MODULE_3__/* .PROTOCOL_NAMES */ .g8].reverse()) {
        lines.push(`     ${protocol.padEnd(8)} ${target.protocols[protocol] ? 'yes' : paint('no', 'dim')}`);
    }
    const versions = [..._model_report_js__WEBPACK_IMPORTED_MODULE_3__/* .PROTOCOL_NAMES */ .g8].reverse().filter((p) => (target.cipherSuites[p]?.length ?? 0) > 0);
    if (versions.length > 0) {
        lines.push('   Cipher suites');
        for (const protocol of versions) {
            const preference = target.serverPreference[protocol];
            const order = preference === true
                ? 'server order, most preferred first'
                : preference === false
                    ? 'client order'
                    : 'order unknown';
            lines.push(`     ${protocol} (${order})`);
            for (const suite of target.cipherSuites[protocol] ?? [])
                lines.push(`       ${safe(suite)}`);
        }
    }
    const kx = target.keyExchange;
    lines.push('   Key exchange');
    lines.push(`     groups: ${target.groups.length > 0 ? target.groups.map(safe).join(', ') : 'none'}`);
    if (kx.tls13Groups.length > 0)
        lines.push(`     TLS 1.3 groups: ${kx.tls13Groups.map(safe).join(', ')}`);
    if (kx.tls12Groups.length > 0)
        lines.push(`     TLS 1.2 ECDHE groups: ${kx.tls12Groups.map(safe).join(', ')}`);
    lines.push(`     preferred group: ${safe(kx.preferredGroup ?? 'none')}`);
    lines.push(`     DH: ${kx.dhBits !== null ? `${kx.dhBits} bits` : 'no DHE suite'}`);
    lines.push(...renderCertificate(target, paint));
    if (target.clients && target.clients.length > 0) {
        lines.push('   Clients');
        const width = Math.max(...target.clients.map((c) => safe(c.profile).length));
        for (const client of target.clients) {
            const outcome = client.connects
                ? `${paint('connects', 'green')} ${safe(client.version)} ${safe(client.cipherSuite)}${client.group ? ` ${safe(client.group)}` : ''}`
                : `${paint('fails', 'red')}${client.alert ? ` (alert ${client.alert.description} ${safe(client.alert.name)})` : ''}`;
            lines.push(`     ${safe(client.profile).padEnd(width)}  ${outcome}`);
            if (client.diagnosis)
                lines.push(`     ${' '.repeat(width)}  ${safe(client.diagnosis)}`);
        }
    }
    if (target.resumption) {
        const r = target.resumption;
        const yn = (value) => (value === null ? 'n/a' : value ? 'yes' : 'no');
        lines.push(`   Resumption: session id ${yn(r.sessionId)}, ticket ${yn(r.ticket)}, TLS 1.3 PSK ${yn(r.tls13Psk)}, ` +
            `across addresses ${yn(r.acrossAddresses)}`);
    }
    const counts = (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(target.findings);
    if (target.findings.length > 0) {
        lines.push(`   ${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(counts.error, 'error')}, ${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(counts.warning, 'warning')}, ${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(counts.notice, 'notice')} (see Findings)`);
    }
    return lines;
}
function renderCertificate(target, paint) {
    const certificate = target.certificate;
    if (!certificate)
        return ['   Certificate: not read'];
    const facts = [
        certificate.readOver ? `read over ${certificate.readOver}` : null,
        certificate.trusted
            ? `trusted (${safe(certificate.trustStore ?? 'unknown store')})`
            : paint('not trusted', 'red'),
        certificate.hostnameMatch ? 'name matches' : paint('name does not match', 'red'),
        certificate.chainComplete ? null : paint('chain incomplete', 'red'),
        certificate.chainOrdered ? null : paint('chain out of order', 'yellow'),
        certificate.ocspStapled ? `OCSP stapled${certificate.ocsp ? ` (${certificate.ocsp.status})` : ''}` : null
    ].filter((fact) => fact !== null);
    const lines = [`   Certificate: ${facts.join(', ')}`];
    if (certificate.error)
        lines.push(`     [${safe(certificate.error.code)}] ${safe(certificate.error.message)}`);
    certificate.chain.forEach((cert, depth) => {
        lines.push(`     ${'   '.repeat(depth)}└─ ${describeCertificate(cert, paint)}`);
    });
    if (certificate.missingIssuer) {
        const depth = certificate.chain.length;
        const url = certificate.missingIssuer.caIssuerUrl
            ? ` (AIA: ${safe(certificate.missingIssuer.caIssuerUrl)})`
            : '';
        lines.push(`     ${'   '.repeat(depth)}└─ ${paint('missing:', 'red')} ${safe(certificate.missingIssuer.subject)}${url}`);
    }
    for (const extra of certificate.extraCertificates)
        lines.push(`     extra certificate: ${safe(extra)}`);
    if (certificate.noSniCertificate) {
        lines.push(`     without SNI: ${describeCertificate(certificate.noSniCertificate, paint)}`);
    }
    for (const alternate of certificate.alternateChains) {
        if (alternate.chain[0])
            lines.push(`     also (${alternate.keyType}): ${describeCertificate(alternate.chain[0], paint)}`);
    }
    return lines;
}
function describeCertificate(cert, paint) {
    const key = cert.curve
        ? `${cert.keyType} ${cert.curve}`
        : cert.keyBits
            ? `${cert.keyType} ${cert.keyBits}`
            : cert.keyType;
    const left = daysLeft(cert.daysRemaining, paint);
    const flags = [
        cert.selfSigned ? 'self-signed' : null,
        cert.parseError ? `unparsed: ${safe(cert.parseError)}` : null
    ]
        .filter(Boolean)
        .join(', ');
    return `${safe(cert.subject)} [${safe(key)}, ${safe(cert.signatureAlgorithm)}, ${left}${flags ? `, ${flags}` : ''}]`;
}
/** Days left on a certificate; under ten days with one decimal, since "1 day" and "1.9 days" differ a lot. */
function daysLeft(daysRemaining, paint) {
    if (!Number.isFinite(daysRemaining))
        return 'validity unknown';
    if (daysRemaining < 0) {
        const ago = -(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeDays */ .n8)(daysRemaining); // as the findings, the summary and min-days-remaining count it
        return paint(`expired ${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(ago, 'day')} ago`, 'red');
    }
    const shown = daysRemaining < 10 ? Math.floor(daysRemaining * 10) / 10 : (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeDays */ .n8)(daysRemaining);
    const text = `${shown} day${shown === 1 ? '' : 's'} left`;
    return daysRemaining < 30 ? paint(text, daysRemaining < 14 ? 'red' : 'yellow') : text;
}
function renderFinding(finding, paint) {
    const colour = {
        error: 'red',
        warning: 'yellow',
        notice: 'dim'
    };
    const lines = [
        `    ${paint(finding.severity.toUpperCase(), colour[finding.severity])} ${safe(finding.rule)}: ${safe(finding.message)}`
    ];
    if (finding.waiver) {
        lines.push(`      waived until ${safe(finding.waiver.until)}: ${safe(finding.waiver.reason)}`);
    }
    if (finding.fix.text)
        lines.push(`      fix: ${safe(finding.fix.text)}`);
    for (const block of (0,_remediation_index_js__WEBPACK_IMPORTED_MODULE_2__/* .fixBlocks */ .mv)(finding.fix)) {
        lines.push(`      fix (${block.server}):`);
        for (const line of block.lines)
            lines.push(`        ${safe(line)}`);
    }
    if (finding.reproduce)
        lines.push(`      reproduce: ${safe(finding.reproduce)}`);
    return lines;
}
/** Targets with the worst findings first: by their worst severity, then by how many findings of each severity. */
function worstTargetsFirst(targets) {
    const key = (target) => {
        const counts = (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(target.findings);
        const worst = Math.min(...target.findings.map((f) => (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(f.severity)));
        return [worst, -counts.error, -counts.warning, -counts.notice];
    };
    return [...targets].sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        for (let i = 0; i < ka.length; i++)
            if (ka[i] !== kb[i])
                return ka[i] - kb[i];
        return 0;
    });
}
function sourceSuffix(target) {
    return target.source ? ` (${safe(target.source.file)}:${target.source.line})` : '';
}
function elapsed(report) {
    const ms = Date.parse(report.finishedAt) - Date.parse(report.startedAt);
    return Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'time unknown';
}


/***/ })

};
