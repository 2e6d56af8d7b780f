export const id = 257;
export const ids = [257];
export const modules = {

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
    'shard',
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

/***/ 1042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ix: () => (/* binding */ findingFingerprint),
  WH: () => (/* binding */ renderSarif)
});

// UNUSED EXPORTS: FINGERPRINT_KEY, SARIF_SCHEMA_URI, stableEvidenceKey

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/policy/rules.ts
var policy_rules = __webpack_require__(1821);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/links.ts
// Where the tool's documentation lives, for outputs that link to it (SARIF driver.informationUri and each
// rule's helpUri). Every rule row of the README's rule table carries an anchor named by ruleAnchor(), so a
// code-scanning alert links straight to the row that says when its rule fires.
/** The tool's home: its repository, whose README documents every rule. */
const TOOL_INFORMATION_URI = 'https://github.com/tls-gate/tls-gate';
/** The README's anchor for a rule's row: "rule-" and the id with dots as dashes (rule-protocol-not-allowed). */
function ruleAnchor(ruleId) {
    return `rule-${ruleId.replace(/[^a-z0-9-]/gi, '-').toLowerCase()}`;
}
/** The URL of a rule's row in the README. */
function ruleHelpUri(ruleId, informationUri = TOOL_INFORMATION_URI) {
    return `${informationUri}#${ruleAnchor(ruleId)}`;
}

// EXTERNAL MODULE: ./src/report/digest.ts
var digest = __webpack_require__(7252);
;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). Endpoints are not source files, so each
// result is located at the line that names its target (targets file or workflow `hosts`), else at line 1 of the
// workflow file. upload-sarif cannot fingerprint such results from source text, so each carries its own
// partialFingerprints: a hash of the rule, the endpoint and the finding's stable evidence, never of line numbers,
// dates or day counts, so the same finding on the same target keeps its alert across runs.





const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The key under partialFingerprints; bump the version if the hashed material ever changes. */
const FINGERPRINT_KEY = 'tlsGateFinding/v1';
const SARIF_LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note'
};
/** GitHub maps security-severity to critical (9+), high (7+), medium (4+) and low. */
const SECURITY_SEVERITY = { error: '7.5', warning: '5.0', notice: '2.0' };
/**
 * Evidence keys whose values change from run to run without the finding changing: dates and day counts, and
 * free text (error messages quote timings, addresses and whatever a server said).
 */
const VOLATILE_KEY = /(day|date|time|until|remaining|expir|notbefore|notafter|^now$|age$|duration|elapsed|ms$|seconds|handshakes|^message$|^error$)/i;
/** Canonical, order-independent text of the evidence without volatile parts (dates, day counts, fractions). */
function stableEvidenceKey(evidence) {
    const canonical = (value) => {
        if (Array.isArray(value))
            return value.map(canonical);
        if (value && typeof value === 'object') {
            const out = {};
            for (const key of Object.keys(value).sort()) {
                if (VOLATILE_KEY.test(key))
                    continue;
                out[key] = canonical(value[key]);
            }
            return out;
        }
        if (typeof value === 'number' && !Number.isInteger(value))
            return null;
        return value ?? null;
    };
    return JSON.stringify(canonical(evidence ?? {}));
}
function findingFingerprint(target, finding) {
    const material = [
        finding.rule,
        `${target.host.toLowerCase()}:${target.port}`,
        stableEvidenceKey(finding.evidence)
    ].join('\n');
    return (0,external_node_crypto_.createHash)('sha256').update(material).digest('hex');
}
/** Repository-relative URI: forward slashes, no leading "./". */
function artifactUri(file) {
    return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
function categoryOf(ruleId) {
    return ruleId.split('.')[0] ?? ruleId;
}
function ruleDescriptor(id, info, observedSeverity, informationUri) {
    const severity = info?.severity ?? observedSeverity;
    const title = info?.title ?? id;
    const trigger = info?.trigger ?? `Findings of rule ${id}.`;
    const help = info
        ? `${trigger}${info.policyKey ? ` Policy key: ${info.policyKey}.` : ''} The job summary lists the server settings that fix each finding and a command that reproduces it.`
        : trigger;
    return {
        id,
        name: id
            .split(/[.-]/)
            .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
            .join(''),
        shortDescription: { text: (0,report_escape/* plainText */.wh)(title, 1024) },
        fullDescription: { text: (0,report_escape/* plainText */.wh)(trigger, 1024) },
        help: { text: (0,report_escape/* plainText */.wh)(help), markdown: help },
        // Only rules of the table have a row (and an anchor) in the README; a custom rule links to nothing.
        ...(info ? { helpUri: ruleHelpUri(id, informationUri) } : {}),
        defaultConfiguration: { level: SARIF_LEVEL[severity] },
        properties: {
            'security-severity': SECURITY_SEVERITY[severity],
            tags: ['security', 'tls', categoryOf(id)],
            precision: 'very-high'
        }
    };
}
function renderSarif(report, options) {
    const ruleTable = options.rules ?? policy_rules/* RULE_LIST */.OY;
    const ruleInfo = new Map(ruleTable.map((info) => [info.id, info]));
    const located = (0,digest/* findingsWorstFirst */.a0)(report);
    // Every known rule, then any id the findings use that the table does not know (custom or newer rules).
    const ruleIds = ruleTable.map((info) => info.id);
    const observed = new Map();
    for (const { finding } of located) {
        if (!observed.has(finding.rule))
            observed.set(finding.rule, finding.severity);
        if (!ruleInfo.has(finding.rule) && !ruleIds.includes(finding.rule))
            ruleIds.push(finding.rule);
    }
    const informationUri = options.informationUri ?? TOOL_INFORMATION_URI;
    const rules = ruleIds.map((id) => ruleDescriptor(id, ruleInfo.get(id), observed.get(id) ?? 'warning', informationUri));
    const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
    const results = located.map(({ target, finding }) => {
        const file = target.source?.file ? artifactUri(target.source.file) : artifactUri(options.workflowFile);
        const line = target.source?.file && target.source.line >= 1 ? target.source.line : 1;
        return {
            ruleId: finding.rule,
            ruleIndex: ruleIndex.get(finding.rule),
            level: SARIF_LEVEL[finding.severity],
            message: { text: (0,report_escape/* plainText */.wh)(finding.message) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
                        region: { startLine: line }
                    },
                    logicalLocations: [{ name: (0,report_escape/* plainText */.wh)(`${target.host}:${target.port}`, 300), kind: 'resource' }]
                }
            ],
            partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(target, finding) },
            properties: {
                target: (0,report_escape/* plainText */.wh)((0,digest/* targetLabel */.Op)(target), 300),
                endpoint: (0,report_escape/* plainText */.wh)(`${target.host}:${target.port}`, 300),
                ...(finding.waiver ? { waived: true } : {})
            }
        };
    });
    const driver = {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: /^\d+\.\d+\.\d+/.test(report.tool.version) ? report.tool.version : undefined,
        informationUri,
        rules
    };
    if (driver.semanticVersion === undefined)
        delete driver.semanticVersion;
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: { driver },
                invocations: [
                    {
                        executionSuccessful: true,
                        startTimeUtc: report.startedAt,
                        endTimeUtc: report.finishedAt
                    }
                ],
                results
            }
        ]
    };
}


/***/ }),

/***/ 6547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ renderSummaryMarkdown)
});

// UNUSED EXPORTS: SUMMARY_MAX_BYTES

// EXTERNAL MODULE: ./src/report/digest.ts
var digest = __webpack_require__(7252);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/remediation/index.ts + 10 modules
var remediation = __webpack_require__(6628);
;// CONCATENATED MODULE: ./src/report/markdown-parts.ts
// Markdown pieces shared by the job summary, the PR comment and the issue body. Every value that comes from a
// scanned server or a user goes through escapeMarkdown / escapeHtml / codeBlock here.



const VERDICT_HEADLINE = {
    pass: '✅ TLS policy passed',
    fail: '❌ TLS policy failed'
};
/** "3 targets · 2 errors · 1 warning · policy default · tls-gate 0.1.0" */
function countsLine(report) {
    const { summary } = report;
    const parts = [
        (0,digest/* plural */.LS)(summary.targets, 'target'),
        (0,digest/* plural */.LS)(summary.errors, 'error'),
        (0,digest/* plural */.LS)(summary.warnings, 'warning'),
        (0,digest/* plural */.LS)(summary.notices, 'notice')
    ];
    if (report.policy)
        parts.push(`policy ${(0,report_escape/* escapeMarkdown */.FV)(report.policy.name)}`);
    parts.push(`${(0,report_escape/* escapeMarkdown */.FV)(report.tool.name)} ${(0,report_escape/* escapeMarkdown */.FV)(report.tool.version)}`);
    return parts.join(' · ');
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
function tableHeader(headings) {
    return `${tableRow(headings)}\n${tableRow(headings.map(() => '---'))}`;
}
function statusCell(target) {
    if (target.status === 'ok')
        return 'ok';
    const code = target.error?.code ? ` (${(0,report_escape/* escapeMarkdown */.FV)(target.error.code)})` : '';
    return `**${(0,report_escape/* escapeMarkdown */.FV)(target.status)}**${code}`;
}
function daysCell(target) {
    const days = (0,digest/* leafDaysRemaining */.u3)(target);
    if (days === null)
        return '–';
    const whole = (0,digest/* wholeDays */.n8)(days);
    return whole < 0 ? `**expired ${-whole} d ago**` : `${whole}`;
}
function worstFindingCell(target) {
    const worst = (0,digest/* worstFinding */.tq)(target);
    if (!worst)
        return target.verdict === 'pass' ? '✅ none' : '–';
    const more = target.findings.length - 1;
    return `${digest/* SEVERITY_ICON */._9[worst.severity]} ${(0,report_escape/* escapeMarkdown */.FV)(worst.rule)}${more > 0 ? ` (+${more} more)` : ''}`;
}
const TARGET_TABLE_HEADINGS = [
    'Target',
    'Verdict',
    'Status',
    'Protocols',
    'Worst finding',
    'Leaf days left'
];
function targetRow(target) {
    const protocols = (0,digest/* enabledProtocols */.dN)(target);
    return tableRow([
        (0,report_escape/* escapeMarkdown */.FV)((0,digest/* targetLabel */.Op)(target)),
        target.verdict === 'pass' ? '✅ pass' : '❌ fail',
        statusCell(target),
        protocols.length > 0 ? protocols.join(', ') : '–',
        worstFindingCell(target),
        daysCell(target)
    ]);
}
const CLIENT_TABLE_HEADINGS = ['Target', 'Client', 'Connects', 'Protocol', 'Cipher suite', 'Why not'];
function clientRow(target, client) {
    return tableRow([
        (0,report_escape/* escapeMarkdown */.FV)((0,digest/* targetLabel */.Op)(target)),
        (0,report_escape/* escapeMarkdown */.FV)(client.profile),
        client.connects ? '✅' : '❌',
        client.version ? (0,report_escape/* escapeMarkdown */.FV)(client.version) : '–',
        client.cipherSuite ? (0,report_escape/* escapeMarkdown */.FV)(client.cipherSuite) : '–',
        client.diagnosis
            ? (0,report_escape/* escapeMarkdown */.FV)(client.diagnosis)
            : client.alert
                ? (0,report_escape/* escapeMarkdown */.FV)(`alert ${client.alert.name || client.alert.description}`)
                : ''
    ]);
}
/** One finding as Markdown: headline, waiver, fix lines, reproduce command. */
function findingBlock(finding, options) {
    const lines = [
        `**${digest/* SEVERITY_ICON */._9[finding.severity]} ${finding.severity}** · ${(0,report_escape/* escapeMarkdown */.FV)(finding.rule)} · ${(0,report_escape/* escapeMarkdown */.FV)(finding.message)}`
    ];
    if (finding.waiver) {
        lines.push('', `Waived until ${(0,report_escape/* escapeMarkdown */.FV)(finding.waiver.until)}: ${(0,report_escape/* escapeMarkdown */.FV)(finding.waiver.reason)}`);
    }
    if (options.withFix) {
        for (const block of (0,remediation/* fixBlocks */.mv)(finding.fix)) {
            // GitHub highlights nginx configuration; Apache and HAProxy have no language it knows.
            const language = block.server === 'nginx' ? 'nginx' : '';
            lines.push('', `Fix (${block.server}):`, '', (0,report_escape/* codeBlock */.DV)(block.lines, language));
        }
        if (finding.fix.text)
            lines.push('', `Fix: ${(0,report_escape/* escapeMarkdown */.FV)(finding.fix.text)}`);
        if (finding.reproduce)
            lines.push('', 'Reproduce:', '', (0,report_escape/* codeBlock */.DV)(finding.reproduce, 'sh'));
    }
    return lines.join('\n');
}
/** A collapsible section per target: what was scanned, its error, leaf certificate, findings with fixes. */
function targetDetails(target) {
    const counts = (0,digest/* countBySeverity */.Ot)(target.findings);
    const icon = target.verdict === 'pass' ? '✅' : '❌';
    const summary = `${icon} ${(0,report_escape/* escapeHtml */.ZD)((0,digest/* targetLabel */.Op)(target))}: ${(0,report_escape/* escapeHtml */.ZD)((0,digest/* describeCounts */.wv)(counts))}`;
    const body = [];
    const scanned = [`Scanned ${(0,report_escape/* escapeMarkdown */.FV)(target.host)} port ${target.port}`];
    if (target.address && target.address !== target.host)
        scanned.push(`at ${(0,report_escape/* escapeMarkdown */.FV)(target.address)}`);
    scanned.push(target.sni ? `with SNI ${(0,report_escape/* escapeMarkdown */.FV)(target.sni)}` : 'without SNI');
    body.push(`${scanned.join(' ')}: ${(0,digest/* plural */.LS)(target.handshakes, 'handshake')} in ${Math.round(target.durationMs)} ms.`);
    if (target.error) {
        body.push(`**${(0,report_escape/* escapeMarkdown */.FV)(target.status)}** (${(0,report_escape/* escapeMarkdown */.FV)(target.error.code)}): ${(0,report_escape/* escapeMarkdown */.FV)(target.error.message)}`);
    }
    const leaf = target.certificate?.chain[0];
    if (leaf) {
        body.push(`Leaf certificate: ${(0,report_escape/* escapeMarkdown */.FV)(leaf.subject)}, issued by ${(0,report_escape/* escapeMarkdown */.FV)(leaf.issuer)}, ` +
            `valid ${(0,report_escape/* escapeMarkdown */.FV)(leaf.notBefore)} to ${(0,report_escape/* escapeMarkdown */.FV)(leaf.notAfter)}.`);
    }
    for (const finding of (0,digest/* targetFindingsWorstFirst */.NK)(target))
        body.push(findingBlock(finding, { withFix: true }));
    return `<details><summary>${summary}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}
/** "[the run](url)" when the URL is one we can print safely, else "the run". */
function runLink(runUrl, text = 'the workflow run') {
    const url = (0,report_escape/* safeUrl */.Pl)(runUrl);
    return url ? `[${text}](${url})` : text;
}

;// CONCATENATED MODULE: ./src/report/mermaid.ts
// A mermaid gantt chart of leaf certificate validity across targets: one bar per leaf from notBefore to notAfter,
// GitHub draws today's line (todayMarker is on by default). Renders in job summaries, PR comments and issues.
//
// Mermaid's gantt lexer treats ':' as the start of task data, '#' and '%%' as comments, ';' as a statement end, and
// a line beginning with a keyword (section, title, dateFormat...) as that statement. Labels are therefore reduced
// to a conservative character set and never begin with a keyword.

const GANTT_KEYWORDS = /^(section|title|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|inclusiveenddates|topaxis|weekday|weekend|click|acctitle|accdescr|displaymode|gantt)\b/i;
/** A label the gantt lexer reads as plain text. */
function mermaidLabel(text, maxLength = 60) {
    let label = String(text)
        .replace(/:/g, '∶') // U+2236 RATIO looks like a colon and is not the task-data separator
        .replace(/[^A-Za-z0-9 .,_\-+=/()[\]∶*]/g, '_')
        .replace(/\s+/g, ' ')
        .trim();
    if (label.length > maxLength)
        label = `${label.slice(0, maxLength - 1)}…`;
    if (label === '')
        label = 'target';
    if (GANTT_KEYWORDS.test(label))
        label = `· ${label}`;
    return label;
}
function isoDay(date) {
    const time = date.getTime();
    if (!Number.isFinite(time))
        return null;
    const year = date.getUTCFullYear();
    if (year < 1970 || year > 9999)
        return null;
    return date.toISOString().slice(0, 10);
}
function barFor(target) {
    const leaf = target.certificate?.chain[0];
    const days = (0,digest/* leafDaysRemaining */.u3)(target);
    if (!leaf || days === null)
        return null;
    const notBefore = new Date(leaf.notBefore);
    let notAfter = new Date(leaf.notAfter);
    if (notAfter.getTime() <= notBefore.getTime())
        notAfter = new Date(notBefore.getTime() + 86_400_000);
    const start = isoDay(notBefore);
    let end = isoDay(notAfter);
    if (!start || !end)
        return null;
    if (end <= start)
        end = isoDay(new Date(notBefore.getTime() + 86_400_000));
    const shown = (0,digest/* wholeDays */.n8)(days);
    const label = mermaidLabel(`${(0,digest/* targetLabel */.Op)(target)} (${shown < 0 ? `expired ${-shown} d ago` : `${shown} d left`})`, 80);
    return { label, start, end, days };
}
/**
 * The chart, or null when no target has a leaf certificate. Expired leaves are drawn as `crit` (red), those with
 * less than 30 days left as `active`.
 */
function renderExpiryGantt(report, options = {}) {
    const maxBars = Math.max(1, options.maxBars ?? 40);
    const bars = report.targets
        .map(barFor)
        .filter((bar) => bar !== null)
        .sort((a, b) => a.days - b.days);
    if (bars.length === 0)
        return null;
    const shown = bars.slice(0, maxBars);
    const lines = [
        'gantt',
        '  title Leaf certificate validity',
        '  dateFormat YYYY-MM-DD',
        '  axisFormat %Y-%m-%d',
        '  section Leaf certificates'
    ];
    shown.forEach((bar, index) => {
        const tag = bar.days < 0 ? 'crit, ' : bar.days < 30 ? 'active, ' : '';
        lines.push(`  ${bar.label} :${tag}leaf${index}, ${bar.start}, ${bar.end}`);
    });
    return { source: lines.join('\n'), bars: shown.length, omitted: bars.length - shown.length };
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary (GITHUB_STEP_SUMMARY): verdict first, a table of targets, the certificate expiry chart, the client
// table, then one collapsible section per target with findings, fix lines and reproduce commands.
// The platform refuses summaries over 1 MiB, so whole sections are cut (last ones first) with a note saying what.



/** The job summary limit: 1 MiB per step. */
const SUMMARY_MAX_BYTES = 1024 * 1024;
/** Room kept for the note that lists what was cut. */
const CUT_NOTE_RESERVE = 1024;
function renderSummaryMarkdown(report, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
    const budget = Math.max(0, maxBytes - CUT_NOTE_RESERVE);
    const out = [];
    let used = 0;
    const add = (text) => {
        out.push(text);
        used += (0,digest/* utf8Bytes */.dy)(text) + 2; // joined by a blank line
    };
    const cut = [];
    add(`## ${VERDICT_HEADLINE[report.verdict]}\n\n${countsLine(report)}`);
    if (report.targets.length > 0) {
        const rows = [tableHeader(TARGET_TABLE_HEADINGS)];
        let tableBytes = (0,digest/* utf8Bytes */.dy)(rows[0]);
        let rowsOmitted = 0;
        for (const target of report.targets) {
            const row = targetRow(target);
            const rowBytes = (0,digest/* utf8Bytes */.dy)(row) + 1;
            if (rowsOmitted === 0 && used + tableBytes + rowBytes <= budget) {
                rows.push(row);
                tableBytes += rowBytes;
            }
            else
                rowsOmitted++;
        }
        const table = rows.join('\n');
        add(table);
        if (rowsOmitted > 0)
            cut.push(`${rowsOmitted} rows of the target table`);
    }
    const sections = [];
    const chart = renderExpiryGantt(report, { maxBars: options.maxChartBars });
    if (chart) {
        const omitted = chart.omitted > 0
            ? `\n\nThe ${chart.bars} soonest expiries are drawn; ${chart.omitted} more are in the table.`
            : '';
        sections.push({
            name: 'the certificate expiry chart',
            text: `### Certificate expiry\n\n\`\`\`mermaid\n${chart.source}\n\`\`\`${omitted}`
        });
    }
    const clientRows = report.targets.flatMap((target) => (target.clients ?? []).map((client) => clientRow(target, client)));
    if (clientRows.length > 0) {
        sections.push({
            name: 'the client table',
            text: `### Clients\n\n${tableHeader(CLIENT_TABLE_HEADINGS)}\n${clientRows.join('\n')}`
        });
    }
    const details = report.targets.map((target) => targetDetails(target));
    if (details.length > 0)
        sections.push({ name: '', text: '### Targets' });
    for (const section of sections) {
        if (used + (0,digest/* utf8Bytes */.dy)(section.text) + 2 <= budget)
            add(section.text);
        else if (section.name)
            cut.push(section.name);
    }
    let detailsCut = 0;
    for (const text of details) {
        if (used + (0,digest/* utf8Bytes */.dy)(text) + 2 <= budget)
            add(text);
        else
            detailsCut++;
    }
    if (detailsCut > 0)
        cut.push(`the details of ${detailsCut} of ${details.length} targets`);
    if (cut.length > 0) {
        const note = `> [!NOTE]\n> Cut to stay under the job summary limit (${maxBytes} bytes): ${cut.join('; ')}. ` +
            `The JSON report and the log of ${runLink(options.runUrl)} have everything.`;
        out.push(note);
    }
    return `${out.join('\n\n')}\n`;
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
