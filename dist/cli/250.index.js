export const id = 250;
export const ids = [250];
export const modules = {

/***/ 7252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   NK: () => (/* binding */ targetFindingsWorstFirst),
/* harmony export */   Op: () => (/* binding */ targetLabel),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   TL: () => (/* binding */ expirySeverity),
/* harmony export */   _9: () => (/* reexport safe */ _severity_js__WEBPACK_IMPORTED_MODULE_1__._9),
/* harmony export */   a0: () => (/* binding */ findingsWorstFirst),
/* harmony export */   dN: () => (/* binding */ enabledProtocols),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   n8: () => (/* reexport safe */ _model_days_js__WEBPACK_IMPORTED_MODULE_2__.n8),
/* harmony export */   qs: () => (/* reexport safe */ _severity_js__WEBPACK_IMPORTED_MODULE_1__.qs),
/* harmony export */   tq: () => (/* binding */ worstFinding),
/* harmony export */   u3: () => (/* binding */ leafDaysRemaining),
/* harmony export */   wv: () => (/* binding */ describeCounts)
/* harmony export */ });
/* unused harmony export minDaysRemaining */
/* harmony import */ var _harm_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6159);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9179);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5235);
/* harmony import */ var _model_days_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9906);
// Small facts about a Report that every renderer (summary, comment, issue, annotations, SARIF) shows the same way:
// the order of findings, a target's worst finding, the days left on its leaf certificate.




/** All findings of the report, worst first (the harm order); ties keep target order, then evaluation's order. */
function findingsWorstFirst(report) {
    const all = [];
    report.targets.forEach((target, targetIndex) => {
        for (const finding of target.findings)
            all.push({ target, targetIndex, finding });
    });
    // Array.prototype.sort is stable (ES2019), so equal severities keep their order.
    return all.sort((a, b) => (0,_harm_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareHarm */ .kW)(a.finding, b.finding));
}
/** A target's findings, worst first (the harm order of harm-order.ts). */
function targetFindingsWorstFirst(target) {
    return [...target.findings].sort(_harm_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareHarm */ .kW);
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
/** The rules that judge the leaf certificate's validity period running out. */
const EXPIRY_RULES = ['certificate.expired', 'certificate.expiring'];
/** The severity the policy gave the leaf's expiry (the worst such finding), or null when it judged none. */
function expirySeverity(target) {
    const expiry = target.findings.filter((finding) => EXPIRY_RULES.includes(finding.rule));
    return expiry.length > 0 ? [...expiry].sort(_harm_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareHarm */ .kW)[0].severity : null;
}
/** Whole days, counted the one way every output and finding counts them (model/days.ts). */

function enabledProtocols(target) {
    return _model_report_js__WEBPACK_IMPORTED_MODULE_3__/* .PROTOCOL_NAMES */ .g8.filter((p) => target.protocols?.[p]);
}
/** "a.example:443", or the name when the user gave one that differs. */
function targetLabel(target) {
    return target.name || `${target.host}:${target.port}`;
}
/** "2 errors, 1 warning" (only the non-zero parts; "no findings" when all are zero). */
function describeCounts(counts) {
    const parts = [];
    for (const severity of _severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY_ORDER */ .B) {
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

/***/ 6284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ mergedFixBlocks),
/* harmony export */   c: () => (/* binding */ fixableFindings)
/* harmony export */ });
/* harmony import */ var _remediation_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
// One fix per target instead of one per finding: the server lines of every finding the policy still counts, merged
// per server software (nginx, Apache, HAProxy, in that order) and each line once. Several findings usually share a
// fix (three suites over three versions, one `ssl_ciphers` line), so the text report and the job summary show it
// once. A waived finding is accepted as it is: its fix is left out.

/** The findings whose fixes apply: those not waived. */
function fixableFindings(findings) {
    return findings.filter((finding) => finding.waiver === null || finding.waiver === undefined);
}
/** The server lines of these findings (worst first as given), merged per server software, each line once. */
function mergedFixBlocks(findings) {
    const merged = new Map();
    for (const finding of fixableFindings(findings)) {
        for (const block of (0,_remediation_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fixBlocks */ .mv)(finding.fix)) {
            const into = merged.get(block.server) ?? { ...block, lines: [] };
            for (const line of block.lines)
                if (!into.lines.includes(line))
                    into.lines.push(line);
            merged.set(block.server, into);
        }
    }
    const order = ['nginx', 'apache', 'haproxy'];
    return order.flatMap((server) => (merged.has(server) ? [merged.get(server)] : []));
}


/***/ }),

/***/ 6159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kW: () => (/* binding */ compareHarm)
/* harmony export */ });
/* unused harmony exports HARM_TIERS, harmRank */
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5235);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9179);
// The harm order: which of two findings does more harm, so every output names the same "worst finding" and lists
// findings in the same order. Severity comes first (it is what the gate counts); within a severity, the rule's
// place in HARM_TIERS below decides, then, for protocol versions, the older one. docs/outputs.md quotes this
// table; a test keeps the two in step.


const HARM_TIERS = [
    {
        harm: 'not everything could be checked: the target cannot be reached, does not speak TLS, or its scan is incomplete',
        rules: ['target.unreachable', 'target.not-tls', 'target.error', 'scan.incomplete']
    },
    {
        harm: 'clients reject the certificate, or someone else may be answering',
        rules: [
            'certificate.unexpected',
            'certificate.expired',
            'certificate.not-yet-valid',
            'certificate.untrusted',
            'certificate.self-signed',
            'certificate.hostname-mismatch',
            'certificate.malformed',
            'chain.incomplete'
        ]
    },
    {
        harm: 'an attacker can exploit what the server accepts: a known vulnerability, a weak protocol, suite or key',
        rules: [
            'vuln.',
            'protocol.not-allowed',
            'cipher.not-allowed',
            'kex.weak-dh',
            'certificate.weak-key',
            'certificate.weak-signature',
            'client.can-connect',
            'http.hsts',
            'tls.early-data'
        ]
    },
    {
        harm: 'it breaks soon, or for some clients',
        rules: [
            'certificate.expiring',
            'chain.intermediate-expiring',
            'client.cannot-connect',
            'protocol.missing',
            'cipher.missing',
            'resumption.inconsistent',
            'address.inconsistent'
        ]
    },
    {
        harm: 'hygiene: the configuration departs from the policy without an immediate risk',
        rules: [
            'kex.group-not-allowed',
            'certificate.key-type-not-allowed',
            'certificate.lifetime',
            'cipher.order',
            'ocsp.not-stapled',
            'chain.order',
            'chain.extra-certificates',
            'resumption.missing',
            'resumption.present',
            'waiver.expired',
            'certificate.system-anchor',
            'client.not-simulated'
        ]
    }
];
const RANKED_RULES = HARM_TIERS.flatMap((tier) => tier.rules);
/** The rule's place in the harm order; a rule the table does not know comes after every known one. */
function harmRank(rule) {
    const exact = RANKED_RULES.indexOf(rule);
    if (exact >= 0)
        return exact;
    const family = RANKED_RULES.findIndex((entry) => entry.endsWith('.') && rule.startsWith(entry));
    return family >= 0 ? family : RANKED_RULES.length;
}
/** The protocol a finding names (protocol.not-allowed, protocol.missing), oldest first: SSLv2 before TLSv1.1. */
function protocolAge(finding) {
    const protocol = finding.evidence?.protocol;
    const index = _model_report_js__WEBPACK_IMPORTED_MODULE_1__/* .PROTOCOL_NAMES */ .g8.indexOf(protocol);
    return index >= 0 ? index : _model_report_js__WEBPACK_IMPORTED_MODULE_1__/* .PROTOCOL_NAMES */ .g8.length;
}
/** Negative when `a` does more harm than `b`: by severity, then the harm order, then the older protocol. */
function compareHarm(a, b) {
    return ((0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(a.severity) - (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(b.severity) ||
        harmRank(a.rule) - harmRank(b.rule) ||
        protocolAge(a) - protocolAge(b));
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
    'vulnerabilities',
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

/***/ 138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wt: () => (/* binding */ describePool),
/* harmony export */   ps: () => (/* binding */ findingPlace)
/* harmony export */ });
/* unused harmony export differingNodes */
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5235);

const ASPECTS = {
    reachability: (node) => node.status,
    certificate: (node) => node.certificate?.chain[0]?.sha256Fingerprint ?? '',
    protocols: (node) => _model_report_js__WEBPACK_IMPORTED_MODULE_0__/* .PROTOCOL_NAMES */ .g8.filter((p) => node.protocols[p]).join(' '),
    'cipher suites': (node) => _model_report_js__WEBPACK_IMPORTED_MODULE_0__/* .PROTOCOL_NAMES */ .g8.map((p) => [...(node.cipherSuites[p] ?? [])].sort().join(' ')).join('; ')
};
const signature = (node) => Object.keys(ASPECTS).map((aspect) => ASPECTS[aspect](node)).join('|');
/** Each node that differs from the pool's largest group of alike nodes, and in what. */
function differingNodes(nodes) {
    const groups = new Map();
    for (const node of nodes)
        groups.set(signature(node), [...(groups.get(signature(node)) ?? []), node]);
    const usual = [...groups.values()].reduce((best, group) => (group.length > best.length ? group : best))[0];
    return nodes
        .filter((node) => signature(node) !== signature(usual))
        .map((node) => ({
        address: node.address,
        aspects: Object.keys(ASPECTS).filter((aspect) => ASPECTS[aspect](node) !== ASPECTS[aspect](usual))
    }));
}
/** "4 addresses, alike" or "4 addresses; 127.0.0.4 differs (certificate)"; null for a target of one address. */
function describePool(target) {
    const nodes = target.addresses ?? [];
    if (nodes.length < 2)
        return null;
    const differing = differingNodes(nodes);
    if (differing.length === 0)
        return `${nodes.length} addresses, alike`;
    const named = differing.map(({ address, aspects }) => `${address} differs (${aspects.join(', ')})`);
    return `${nodes.length} addresses; ${named.join('; ')}`;
}
/** " (on 127.0.0.4)" for a finding that holds on some of a pool's addresses only, else "". */
function findingPlace(finding) {
    return finding.address ? ` (on ${finding.address})` : '';
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
// EXTERNAL MODULE: ./src/report/pool.ts
var pool = __webpack_require__(138);
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
            // A set: the tls.* rules' category is "tls" itself, and SARIF requires the tags to be unique.
            tags: [...new Set(['security', 'tls', categoryOf(id)])],
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
            message: { text: (0,report_escape/* plainText */.wh)(finding.message + (0,pool/* findingPlace */.ps)(finding)) },
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

/***/ 9179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SEVERITY_ORDER),
/* harmony export */   _9: () => (/* binding */ SEVERITY_ICON),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
const SEVERITY_ORDER = ['error', 'warning', 'notice'];
function severityRank(severity) {
    const rank = SEVERITY_ORDER.indexOf(severity);
    return rank < 0 ? SEVERITY_ORDER.length : rank;
}
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };


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
// EXTERNAL MODULE: ./src/report/vulnerability-lines.ts
var vulnerability_lines = __webpack_require__(4470);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/fix-merge.ts
var fix_merge = __webpack_require__(6284);
// EXTERNAL MODULE: ./src/report/pool.ts
var report_pool = __webpack_require__(138);
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
/**
 * Days left on the leaf; an expiry the policy judged (certificate.expiring or .expired) carries that judgement's
 * icon and, at error level, bold, so a certificate that fails at 10 days left stands out from one that is fine.
 */
function daysCell(target) {
    const days = (0,digest/* leafDaysRemaining */.u3)(target);
    if (days === null)
        return '–';
    const whole = (0,digest/* wholeDays */.n8)(days);
    const text = whole < 0 ? `expired ${-whole} d ago` : `${whole}`;
    const judged = (0,digest/* expirySeverity */.TL)(target);
    if (judged === 'error' || judged === 'warning') {
        const shown = judged === 'error' ? `**${text}**` : text;
        return `${digest/* SEVERITY_ICON */._9[judged]} ${shown}`;
    }
    return whole < 0 ? `**${text}**` : text;
}
function worstFindingCell(target) {
    const worst = (0,digest/* worstFinding */.tq)(target);
    if (!worst)
        return target.verdict === 'pass' ? '✅ none' : '–';
    const more = target.findings.length - 1;
    return `${digest/* SEVERITY_ICON */._9[worst.severity]} ${(0,report_escape/* escapeMarkdown */.FV)(worst.rule)}${more > 0 ? ` (+${more} more)` : ''}`;
}
const COLUMNS = {
    target: {
        heading: 'Target',
        cell: (target) => {
            const pool = (0,report_pool/* describePool */.Wt)(target);
            return (0,report_escape/* escapeMarkdown */.FV)(pool ? `${(0,digest/* targetLabel */.Op)(target)} (${pool})` : (0,digest/* targetLabel */.Op)(target));
        }
    },
    verdict: { heading: 'Verdict', cell: (target) => (target.verdict === 'pass' ? '✅ pass' : '❌ fail') },
    status: { heading: 'Status', cell: statusCell },
    protocols: {
        heading: 'Protocols',
        cell: (target) => {
            const protocols = (0,digest/* enabledProtocols */.dN)(target);
            return protocols.length > 0 ? protocols.join(', ') : '–';
        }
    },
    worst: { heading: 'Worst finding', cell: worstFindingCell },
    days: { heading: 'Leaf days left', cell: daysCell }
};
/**
 * The target table's columns for these targets: the Status column only when some target could not be scanned
 * (an "ok" in every row says nothing).
 */
function targetColumns(targets) {
    const withStatus = targets.some((target) => target.status !== 'ok');
    return [
        COLUMNS.target,
        COLUMNS.verdict,
        ...(withStatus ? [COLUMNS.status] : []),
        COLUMNS.protocols,
        COLUMNS.worst,
        COLUMNS.days
    ];
}
function targetTableHeader(columns) {
    return tableHeader(columns.map((column) => column.heading));
}
function targetRow(target, columns) {
    return tableRow(columns.map((column) => column.cell(target)));
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
/** One finding as Markdown: headline, waiver, its plain fix (none when waived), reproduce command. */
function findingBlock(finding, options) {
    const lines = [
        `**${digest/* SEVERITY_ICON */._9[finding.severity]} ${finding.severity}** · ${(0,report_escape/* escapeMarkdown */.FV)(finding.rule)} · ${(0,report_escape/* escapeMarkdown */.FV)(finding.message + (0,report_pool/* findingPlace */.ps)(finding))}`
    ];
    if (finding.waiver) {
        lines.push('', `Waived until ${(0,report_escape/* escapeMarkdown */.FV)(finding.waiver.until)}: ${(0,report_escape/* escapeMarkdown */.FV)(finding.waiver.reason)}`);
    }
    if (options.withFix) {
        if (finding.fix.text && !finding.waiver)
            lines.push('', `Fix: ${(0,report_escape/* escapeMarkdown */.FV)(finding.fix.text)}`);
        if (finding.reproduce)
            lines.push('', 'Reproduce:', '', (0,report_escape/* codeBlock */.DV)(finding.reproduce, 'sh'));
    }
    return lines.join('\n');
}
/** A target's one fix: the server lines of its findings (waived ones left out), merged per server software. */
function targetFixBlock(findings) {
    const blocks = (0,fix_merge/* mergedFixBlocks */.Q)(findings);
    if (blocks.length === 0)
        return null;
    // GitHub highlights nginx configuration; Apache and HAProxy have no language it knows.
    const parts = blocks.map((block) => `Fix (${block.name}):\n\n${(0,report_escape/* codeBlock */.DV)(block.lines, block.server === 'nginx' ? 'nginx' : '')}`);
    return [`**Fix for these findings**`, ...parts].join('\n\n');
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
    const pool = (0,report_pool/* describePool */.Wt)(target);
    if (pool)
        body.push(`Pool: ${(0,report_escape/* escapeMarkdown */.FV)(pool)}.`);
    if (target.error) {
        body.push(`**${(0,report_escape/* escapeMarkdown */.FV)(target.status)}** (${(0,report_escape/* escapeMarkdown */.FV)(target.error.code)}): ${(0,report_escape/* escapeMarkdown */.FV)(target.error.message)}`);
    }
    const leaf = target.certificate?.chain[0];
    if (leaf) {
        body.push(`Leaf certificate: ${(0,report_escape/* escapeMarkdown */.FV)(leaf.subject)}, issued by ${(0,report_escape/* escapeMarkdown */.FV)(leaf.issuer)}, ` +
            `valid ${(0,report_escape/* escapeMarkdown */.FV)(leaf.notBefore)} to ${(0,report_escape/* escapeMarkdown */.FV)(leaf.notAfter)}.`);
    }
    const vulnerable = (0,vulnerability_lines/* vulnerabilityMarkdown */.yS)(target, report_escape/* escapeMarkdown */.FV);
    if (vulnerable)
        body.push(vulnerable);
    const findings = (0,digest/* targetFindingsWorstFirst */.NK)(target);
    for (const finding of findings)
        body.push(findingBlock(finding, { withFix: true }));
    const fix = targetFixBlock(findings);
    if (fix)
        body.push(fix);
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
/** How the policy judged the leaf's expiry, as task tags; an expired leaf is red even when nothing judged it. */
function tagsFor(target, days) {
    const judged = (0,digest/* expirySeverity */.TL)(target);
    if (judged === 'error' || days < 0)
        return 'crit, ';
    return judged === 'warning' ? 'active, ' : '';
}
/** The bar's words: days left, and "fails" or "warns" when the policy judged the expiry (not colour alone). */
function barText(target, days) {
    const shown = (0,digest/* wholeDays */.n8)(days);
    const left = shown < 0 ? `expired ${-shown} d ago` : `${shown} d left`;
    const judged = (0,digest/* expirySeverity */.TL)(target);
    const verdict = judged === 'error' ? ', fails' : judged === 'warning' ? ', warns' : '';
    return `${(0,digest/* targetLabel */.Op)(target)} (${left}${verdict})`;
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
    const label = mermaidLabel(barText(target, days), 80);
    return { label, start, end, days, tags: tagsFor(target, days) };
}
/**
 * The chart, or null when no target has a leaf certificate. A leaf whose expiry the policy fails on (or that has
 * expired) is drawn as `crit` (red), one it warns about as `active`: the judgement of the findings, not a threshold
 * of the chart's own.
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
        lines.push(`  ${bar.label} :${bar.tags}leaf${index}, ${bar.start}, ${bar.end}`);
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
        const columns = targetColumns(report.targets);
        const rows = [targetTableHeader(columns)];
        let tableBytes = (0,digest/* utf8Bytes */.dy)(rows[0]);
        let rowsOmitted = 0;
        for (const target of report.targets) {
            const row = targetRow(target, columns);
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

/***/ 5709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ renderText)
});

// EXTERNAL MODULE: ./src/report/digest.ts
var digest = __webpack_require__(7252);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/pool.ts
var report_pool = __webpack_require__(138);
// EXTERNAL MODULE: ./src/report/fix-merge.ts
var fix_merge = __webpack_require__(6284);
;// CONCATENATED MODULE: ./src/report/text-paint.ts
// How the text report colours and cleans what it prints: ANSI colours only when asked (a terminal, no NO_COLOR),
// and every untrusted string on one line with its control and direction characters shown as escapes.

const ANSI = {
    red: [31, 39],
    yellow: [33, 39],
    green: [32, 39],
    bold: [1, 22],
    dim: [2, 22]
};
function painter(color) {
    return color
        ? (text, colour) => `\u001b[${ANSI[colour][0]}m${text}\u001b[${ANSI[colour][1]}m`
        : (text) => text;
}
const SEVERITY_COLOUR = { error: 'red', warning: 'yellow', notice: 'dim' };
/** Untrusted or user text on one line, with controls and direction marks shown as escapes. */
const safe = (text) => (0,report_escape/* visibleControls */.xx)(String(text ?? ''));
/** Pads to a width measured in characters of the shown text (colour codes added after padding). */
function pad(text, width) {
    return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

;// CONCATENATED MODULE: ./src/report/text-findings.ts
// The findings of the text report, per target (worst target first): each finding with its waiver, its plain fix
// statement and the command that reproduces it, then ONE fix for the target, its server lines merged per server
// software (fix-merge.ts). A waived finding gets no fix: it is accepted as it is.




function renderFindings(targets, paint) {
    const withFindings = targets.filter((target) => target.findings.length > 0);
    if (withFindings.length === 0)
        return [];
    const lines = ['', paint('Findings', 'bold')];
    for (const target of worstTargetsFirst(withFindings)) {
        const source = target.source ? ` (${safe(target.source.file)}:${target.source.line})` : '';
        lines.push('', `  ${paint(safe(target.name), 'bold')}${source}`);
        const findings = (0,digest/* targetFindingsWorstFirst */.NK)(target);
        for (const finding of findings)
            lines.push(...renderFinding(finding, paint));
        lines.push(...renderTargetFix(findings));
    }
    return lines;
}
function renderFinding(finding, paint) {
    const lines = [
        `    ${paint(finding.severity.toUpperCase(), SEVERITY_COLOUR[finding.severity])} ${safe(finding.rule)}: ${safe(finding.message)}${safe((0,report_pool/* findingPlace */.ps)(finding))}`
    ];
    if (finding.waiver) {
        lines.push(`      waived until ${safe(finding.waiver.until)}: ${safe(finding.waiver.reason)}`);
    }
    else if (finding.fix.text) {
        lines.push(`      fix: ${safe(finding.fix.text)}`);
    }
    if (finding.reproduce)
        lines.push(`      reproduce: ${safe(finding.reproduce)}`);
    return lines;
}
/** The target's one fix: per server software, every line the findings need, once. */
function renderTargetFix(findings) {
    const blocks = (0,fix_merge/* mergedFixBlocks */.Q)(findings);
    if (blocks.length === 0)
        return [];
    const waived = findings.length - (0,fix_merge/* fixableFindings */.c)(findings).length;
    const lines = [
        `    Fix${waived > 0 ? ` (the waived ${waived === 1 ? 'finding' : 'findings'} left as they are)` : ''}:`
    ];
    for (const block of blocks) {
        lines.push(`      ${block.name}:`);
        for (const line of block.lines)
            lines.push(`        ${safe(line)}`);
    }
    return lines;
}
/** Targets with the worst findings first: by their worst severity, then by how many findings of each severity. */
function worstTargetsFirst(targets) {
    const key = (target) => {
        const counts = (0,digest/* countBySeverity */.Ot)(target.findings);
        const worst = Math.min(...target.findings.map((f) => (0,digest/* severityRank */.qs)(f.severity)));
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

// EXTERNAL MODULE: ./src/report/vulnerability-lines.ts
var vulnerability_lines = __webpack_require__(4470);
// EXTERNAL MODULE: ./src/report/harm-order.ts
var harm_order = __webpack_require__(6159);
;// CONCATENATED MODULE: ./src/report/text-marks.ts
// The inline mark on each item of the text report's inventory ("offered  NOT OK protocol.not-allowed"), the way
// testssl.sh marks its lines. The judgement is the policy's: an item is marked by the findings that name it (their
// evidence: a protocol, suites, groups, a client profile) and "ok" when it is offered and none does. The renderer
// judges nothing itself; the one exception is what the standards say of old protocol versions, which is a fact.


/**
 * What the IETF has said of a protocol version, shown beside it whatever the policy allows (source: RFC 6176
 * prohibits SSL 2.0, RFC 7568 SSL 3.0, RFC 8996 deprecates TLS 1.0 and 1.1).
 */
const PROTOCOL_STANDING = {
    SSLv2: 'prohibited (RFC 6176)',
    SSLv3: 'prohibited (RFC 7568)',
    'TLSv1.0': 'deprecated (RFC 8996)',
    'TLSv1.1': 'deprecated (RFC 8996)'
};
const strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
/** The findings of one target, looked up by the inventory item they name. */
class ItemFindings {
    findings;
    constructor(target) {
        this.findings = [...target.findings].sort(harm_order/* compareHarm */.kW);
    }
    where(test) {
        return this.findings.filter(test);
    }
    protocol(protocol) {
        return this.where((f) => f.rule.startsWith('protocol.') && f.evidence?.protocol === protocol);
    }
    suite(protocol, suite) {
        return this.where((f) => f.rule.startsWith('cipher.') &&
            strings(f.evidence?.suites).includes(suite) &&
            (f.evidence?.protocol === undefined || f.evidence.protocol === protocol));
    }
    order(protocol) {
        return this.where((f) => f.rule === 'cipher.order' && strings(f.evidence?.protocols).includes(protocol));
    }
    group(group) {
        return this.where((f) => f.rule.startsWith('kex.') && strings(f.evidence?.groups).includes(group));
    }
    dh() {
        return this.where((f) => f.rule === 'kex.weak-dh');
    }
    certificate() {
        return this.where((f) => /^(certificate|chain|ocsp)\./.test(f.rule));
    }
    client(profile) {
        return this.where((f) => f.rule.startsWith('client.') && f.evidence?.profile === profile);
    }
    resumption() {
        return this.where((f) => f.rule.startsWith('resumption.'));
    }
}
/**
 * The mark of an item the findings name: the worst one's judgement (NOT OK for an error, warning, waived or
 * notice) and the rules; "ok" when the item is offered and nothing names it, nothing when it is not offered.
 */
function mark(findings, paint, offered = true) {
    const worst = findings[0];
    if (!worst)
        return offered ? paint('ok', 'green') : '';
    const label = worst.severity === 'error'
        ? 'NOT OK'
        : worst.severity === 'warning'
            ? 'warning'
            : worst.waiver
                ? 'waived'
                : 'notice';
    const rules = [...new Set(findings.map((f) => f.rule))].join(', ');
    return `${paint(label, SEVERITY_COLOUR[worst.severity])} ${rules}`;
}

;// CONCATENATED MODULE: ./src/report/text-certificate.ts
// The certificate part of the text report's inventory: what the chain is (trusted, name, order, stapling) with the
// mark of the findings about it, then the chain as a tree with days left on each certificate.



function renderCertificate(target, findings, paint) {
    const certificate = target.certificate;
    if (!certificate)
        return ['   Certificate: not read'];
    const facts = [
        certificate.readOver ? `read over ${certificate.readOver}` : null,
        certificate.trusted ? `trusted (${safe(certificate.trustStore ?? 'unknown store')})` : 'not trusted',
        certificate.hostnameMatch ? 'name matches' : 'name does not match',
        certificate.chainComplete ? null : 'chain incomplete',
        certificate.chainOrdered ? null : 'chain out of order',
        certificate.ocspStapled ? `OCSP stapled${certificate.ocsp ? ` (${certificate.ocsp.status})` : ''}` : null
    ].filter((fact) => fact !== null);
    const lines = [`   Certificate: ${facts.join(', ')}  ${mark(findings, paint)}`];
    if (certificate.error)
        lines.push(`     [${safe(certificate.error.code)}] ${safe(certificate.error.message)}`);
    const leafJudged = (0,digest/* expirySeverity */.TL)(target);
    certificate.chain.forEach((cert, depth) => {
        const judged = depth === 0 ? leafJudged : null;
        lines.push(`     ${'   '.repeat(depth)}└─ ${describeCertificate(cert, paint, judged)}`);
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
        lines.push(`     without SNI: ${describeCertificate(certificate.noSniCertificate, paint, null)}`);
    }
    for (const alternate of certificate.alternateChains) {
        if (alternate.chain[0])
            lines.push(`     also (${alternate.keyType}): ${describeCertificate(alternate.chain[0], paint, null)}`);
    }
    return lines;
}
function describeCertificate(cert, paint, expiryJudged) {
    const key = cert.curve
        ? `${cert.keyType} ${cert.curve}`
        : cert.keyBits
            ? `${cert.keyType} ${cert.keyBits}`
            : cert.keyType;
    const left = daysLeft(cert.daysRemaining, paint, expiryJudged);
    const flags = [
        cert.selfSigned ? 'self-signed' : null,
        cert.parseError ? `unparsed: ${safe(cert.parseError)}` : null
    ]
        .filter(Boolean)
        .join(', ');
    return `${safe(cert.subject)} [${safe(key)}, ${safe(cert.signatureAlgorithm)}, ${left}${flags ? `, ${flags}` : ''}]`;
}
/**
 * Days left on a certificate; under ten days with one decimal, since "1 day" and "1.9 days" differ a lot. Coloured
 * as the policy judged the expiry (an expired certificate is red whatever it judged).
 */
function daysLeft(daysRemaining, paint, judged) {
    if (!Number.isFinite(daysRemaining))
        return 'validity unknown';
    if (daysRemaining < 0) {
        const ago = -(0,digest/* wholeDays */.n8)(daysRemaining); // as the findings, the summary and min-days-remaining count it
        return paint(`expired ${(0,digest/* plural */.LS)(ago, 'day')} ago`, 'red');
    }
    const shown = daysRemaining < 10 ? Math.floor(daysRemaining * 10) / 10 : (0,digest/* wholeDays */.n8)(daysRemaining);
    const text = `${shown} day${shown === 1 ? '' : 's'} left`;
    return judged ? paint(text, SEVERITY_COLOUR[judged]) : text;
}

// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/report/text-inventory.ts
// Per target, what the server offers, each item with its mark (text-marks.ts): protocols, suites per version with
// their order, key exchange, the certificate chain, clients, resumption. Each part is one function in
// INVENTORY_SECTIONS: a new part of the report (vulnerabilities, a pool's addresses) is one more entry there.







const newestFirst = [...report/* PROTOCOL_NAMES */.g8].reverse();
function protocolsSection({ target, marks, paint }) {
    const lines = ['   Protocols'];
    for (const protocol of newestFirst) {
        const offered = target.protocols[protocol];
        const state = offered ? 'offered' : paint('not offered', 'dim');
        const standing = offered && PROTOCOL_STANDING[protocol] ? ` · ${PROTOCOL_STANDING[protocol]}` : '';
        const judged = mark(marks.protocol(protocol), paint, offered);
        lines.push(`     ${pad(protocol, 8)} ${state}${' '.repeat(offered ? 6 : 2)}${judged}${standing}`.trimEnd());
    }
    return lines;
}
function suitesSection({ target, marks, paint }) {
    const versions = newestFirst.filter((p) => (target.cipherSuites[p]?.length ?? 0) > 0);
    if (versions.length === 0)
        return [];
    const width = Math.max(...versions.flatMap((p) => target.cipherSuites[p].map((s) => safe(s).length)));
    const lines = ['   Cipher suites'];
    for (const protocol of versions) {
        const preference = target.serverPreference[protocol];
        const order = preference === true
            ? 'server order, most preferred first'
            : preference === false
                ? 'client order'
                : 'order unknown';
        const orderMark = marks.order(protocol);
        lines.push(`     ${protocol} (${order})${orderMark.length > 0 ? `  ${mark(orderMark, paint)}` : ''}`);
        for (const suite of target.cipherSuites[protocol] ?? []) {
            lines.push(`       ${pad(safe(suite), width)}  ${mark(marks.suite(protocol, suite), paint)}`);
        }
    }
    return lines;
}
function keyExchangeSection({ target, marks, paint }) {
    const kx = target.keyExchange;
    const lines = ['   Key exchange'];
    const named = target.groups.map((group) => {
        const versions = [
            kx.tls13Groups.includes(group) ? 'TLS 1.3' : null,
            kx.tls12Groups.includes(group) ? 'TLS 1.2' : null
        ].filter(Boolean);
        return { group, label: `${safe(group)}${versions.length > 0 ? ` (${versions.join(', ')})` : ''}` };
    });
    const width = Math.max(0, ...named.map(({ label }) => label.length));
    for (const { group, label } of named)
        lines.push(`     ${pad(label, width)}  ${mark(marks.group(group), paint)}`);
    if (target.groups.length === 0)
        lines.push('     groups: none');
    lines.push(`     preferred group: ${safe(kx.preferredGroup ?? 'none')}`);
    lines.push(kx.dhBits !== null ? `     DH: ${kx.dhBits} bits  ${mark(marks.dh(), paint)}` : '     DH: no DHE suite');
    return lines;
}
function certificateSection({ target, marks, paint }) {
    return renderCertificate(target, marks.certificate(), paint);
}
function clientsSection({ target, marks, paint }) {
    if (!target.clients || target.clients.length === 0)
        return [];
    const lines = ['   Clients'];
    const width = Math.max(...target.clients.map((c) => safe(c.profile).length));
    for (const client of target.clients) {
        const outcome = client.connects
            ? `connects ${safe(client.version)} ${safe(client.cipherSuite)}${client.group ? ` ${safe(client.group)}` : ''}`
            : `fails${client.alert ? ` (alert ${client.alert.description} ${safe(client.alert.name)})` : ''}`;
        const judged = marks.client(client.profile);
        lines.push(`     ${pad(safe(client.profile), width)}  ${outcome}${judged.length > 0 ? `  ${mark(judged, paint)}` : ''}`);
        if (client.diagnosis)
            lines.push(`     ${' '.repeat(width)}  ${safe(client.diagnosis)}`);
    }
    return lines;
}
function resumptionSection({ target, marks, paint }) {
    const r = target.resumption;
    if (!r)
        return [];
    const yn = (value) => (value === null ? 'n/a' : value ? 'yes' : 'no');
    const judged = marks.resumption();
    return [
        `   Resumption: session id ${yn(r.sessionId)}, ticket ${yn(r.ticket)}, TLS 1.3 PSK ${yn(r.tls13Psk)}, ` +
            `across addresses ${yn(r.acrossAddresses)}${judged.length > 0 ? `  ${mark(judged, paint)}` : ''}`
    ];
}
/** The inventory's parts, in the order shown. */
const INVENTORY_SECTIONS = [
    protocolsSection,
    suitesSection,
    keyExchangeSection,
    certificateSection,
    clientsSection,
    resumptionSection,
    ({ target }) => (0,vulnerability_lines/* vulnerabilityTextLines */.fP)(target, safe)
];
/** A target's inventory: where it was scanned, then every section; only its error when it could not be scanned. */
function renderInventory(target, paint) {
    const verdict = target.verdict === 'pass' ? paint('pass', 'green') : paint('FAIL', 'red');
    const where = [`${safe(target.host)}:${target.port}`];
    if (target.address && target.address !== target.host)
        where.push(`address ${safe(target.address)}`);
    where.push(target.sni ? `SNI ${safe(target.sni)}` : 'no SNI');
    const lines = [
        `${paint(`== ${safe(target.name)}`, 'bold')} (${where.join(', ')}) - ${verdict}`,
        `   ${(0,digest/* plural */.LS)(target.handshakes, 'handshake')} in ${Math.round(target.durationMs)} ms`
    ];
    const pool = (0,report_pool/* describePool */.Wt)(target);
    if (pool)
        lines.push(`   pool: ${safe(pool)}`);
    if (target.status !== 'ok') {
        const code = target.error ? ` [${safe(target.error.code)}]` : '';
        lines.push(`   ${paint(target.status.toUpperCase(), 'red')}${code}: ${safe(target.error?.message ?? 'no details')}`);
        return lines;
    }
    if (target.error)
        lines.push(`   note [${safe(target.error.code)}]: ${safe(target.error.message)}`);
    const marks = new ItemFindings(target);
    for (const section of INVENTORY_SECTIONS)
        lines.push(...section({ target, marks, paint }));
    return lines;
}

;// CONCATENATED MODULE: ./src/report/text-overview.ts
// The first thing the text report shows: one line per target, in the order named: verdict, name, worst finding
// (the harm order) and days left on the leaf certificate, coloured as the policy judged its expiry.


function worstText(target) {
    const worst = (0,digest/* worstFinding */.tq)(target);
    if (!worst)
        return 'none';
    const more = target.findings.length - 1;
    return `${worst.severity} ${safe(worst.rule)}${more > 0 ? ` (+${more} more)` : ''}`;
}
function daysText(target) {
    const days = (0,digest/* leafDaysRemaining */.u3)(target);
    if (days === null)
        return '-';
    const whole = (0,digest/* wholeDays */.n8)(days);
    return whole < 0 ? `expired ${-whole} d ago` : `${whole}`;
}
function renderOverview(targets, paint) {
    if (targets.length === 0)
        return [];
    const rows = targets.map((target) => ({
        target,
        verdict: target.verdict === 'pass' ? 'pass' : 'FAIL',
        name: safe(target.name),
        worst: worstText(target),
        days: daysText(target)
    }));
    const nameWidth = Math.max('target'.length, ...rows.map((r) => r.name.length));
    const worstWidth = Math.max('worst finding'.length, ...rows.map((r) => r.worst.length));
    const lines = [
        '',
        paint('Overview', 'bold'),
        `  ${pad('verdict', 8)} ${pad('target', nameWidth)}  ${pad('worst finding', worstWidth)}  days left`
    ];
    for (const row of rows) {
        const verdict = paint(pad(row.verdict, 8), row.verdict === 'pass' ? 'green' : 'red');
        const worst = row.target.findings.length > 0 ? (0,digest/* worstFinding */.tq)(row.target).severity : null;
        const worstShown = worst
            ? paint(pad(row.worst, worstWidth), SEVERITY_COLOUR[worst])
            : pad(row.worst, worstWidth);
        const judged = (0,digest/* expirySeverity */.TL)(row.target);
        const days = judged ? paint(row.days, SEVERITY_COLOUR[judged]) : row.days;
        lines.push(`  ${verdict} ${pad(row.name, nameWidth)}  ${worstShown}  ${days}`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/text.ts
// The human-readable report of the CLI, for a person at a terminal or reading a CI log: first one line per target
// (verdict, worst finding, days left), then per target an inventory of what the server offers with the policy's
// mark on every item, then the findings, worst target first, with one merged fix per target.
// Server-sent text (certificate names, error and alert messages) is shown with control characters made visible,
// so a hostile server cannot move the cursor, recolour the terminal or start a new line in a CI log, and no line
// can start an Actions workflow command.






function renderText(report, options = {}) {
    const paint = painter(options.color);
    const verdict = report.verdict === 'pass' ? paint('PASS', 'green') : paint('FAIL', 'red');
    const policy = report.policy
        ? `policy ${safe(report.policy.name)} (${safe(report.policy.source)})`
        : 'no policy';
    const { summary } = report;
    const lines = [
        paint(`tls-gate ${safe(report.tool.version)}`, 'bold') + ` - ${policy} - ${verdict}`,
        `${(0,digest/* plural */.LS)(summary.targets, 'target')}: ${(0,digest/* plural */.LS)(summary.errors, 'error')}, ${(0,digest/* plural */.LS)(summary.warnings, 'warning')}, ` +
            `${(0,digest/* plural */.LS)(summary.notices, 'notice')} (${elapsed(report)})`,
        ...renderOverview(report.targets, paint)
    ];
    for (const target of report.targets)
        lines.push('', ...renderInventory(target, paint));
    lines.push(...renderFindings(report.targets, paint));
    // Run in a workflow, this text is the Actions log: no line (an indented target name) may start a command.
    return `${lines.join('\n').split('\n').map(report_escape/* inertLineStart */.lZ).join('\n')}\n`;
}
function elapsed(report) {
    const ms = Date.parse(report.finishedAt) - Date.parse(report.startedAt);
    return Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'time unknown';
}


/***/ }),

/***/ 4470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fP: () => (/* binding */ vulnerabilityTextLines),
/* harmony export */   yS: () => (/* binding */ vulnerabilityMarkdown)
/* harmony export */ });
/* unused harmony export vulnerableChecks */
/** The checks that found a vulnerability, in the report's order. */
function vulnerableChecks(target) {
    return Object.entries(target.vulnerabilities ?? {}).filter(([, result]) => result.status === 'vulnerable');
}
/** Text report lines (indented like the rest of a target's block); none when no check ran. */
function vulnerabilityTextLines(target, safe) {
    const ran = Object.keys(target.vulnerabilities ?? {}).length;
    if (ran === 0)
        return [];
    const found = vulnerableChecks(target);
    if (found.length === 0)
        return [`   Vulnerabilities: none found by ${ran} checks`];
    return [
        `   Vulnerabilities: ${found.length} of ${ran} checks found one`,
        ...found.map(([name, result]) => `     ${name}: ${safe(result.evidence)}`)
    ];
}
/** Markdown lines for a target's details; none when no check found anything. */
function vulnerabilityMarkdown(target, escape) {
    const found = vulnerableChecks(target);
    if (found.length === 0)
        return null;
    return ['Vulnerable:', ...found.map(([name, result]) => `- \`${name}\`: ${escape(result.evidence)}`)].join('\n');
}


/***/ }),

/***/ 1714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fv: () => (/* reexport */ RUN_DEFAULTS),
  f6: () => (/* reexport */ VULNERABILITY_CHECKS),
  a3: () => (/* reexport */ formatDuration),
  wD: () => (/* reexport */ parseCheckList),
  E9: () => (/* reexport */ parseDuration),
  sb: () => (/* reexport */ parseExpiryDays),
  n: () => (/* reexport */ runSettings)
});

// UNUSED EXPORTS: ACTION_INPUT_DEFAULTS

// EXTERNAL MODULE: ./src/scan/budgets.ts
var budgets = __webpack_require__(1735);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/settings/checks.ts
// The vulnerability checks a run selects: `--checks LIST` on the CLI, the `checks` input of the action. A comma
// list of check names (their public spellings), or `all` (the default) or `none`; an unknown name is a
// configuration error that names every valid one.


const VULNERABILITY_CHECKS = [
    ...report/* ACTIVE_VULNERABILITY_CHECKS */.Wh,
    ...report/* DERIVED_VULNERABILITY_CHECKS */.H1
];
/** Parses a check list; `what` names where it came from ("--checks", "input checks"). */
function parseCheckList(value, what) {
    const names = value
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '');
    if (names.length === 1 && names[0] === 'all')
        return [...VULNERABILITY_CHECKS];
    if (names.length === 1 && names[0] === 'none')
        return [];
    if (names.length === 0)
        throw new errors/* ConfigurationError */.j1(`${what} needs a value: check names, all or none`);
    const unknown = names.filter((name) => !VULNERABILITY_CHECKS.includes(name));
    if (unknown.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${what}: unknown check ${unknown.map((name) => JSON.stringify(name)).join(', ')}; the checks are ${VULNERABILITY_CHECKS.join(', ')} (or all, or none)`);
    }
    return VULNERABILITY_CHECKS.filter((name) => names.includes(name));
}

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
    // Connections to one address and port at once, whichever targets they come from: 2000 names on one load
    // balancer must not open 2000 × 6 connections to it (issue 11's overload, read as refused hellos).
    perAddressConcurrency: budgets/* SCAN_BUDGETS */.di.perAddressConcurrency,
    // A target's whole scan: a full scan of a legacy server takes a few hundred handshakes.
    targetDeadlineMs: 60_000,
    // The real time.
    now: undefined,
    // Client simulation and resumption checks cost extra handshakes: asked for, not default (client simulation
    // still runs for the clients a policy names).
    clients: false,
    resumption: false,
    // Every A and AAAA record: a gate that scans one node of four passes while another serves an expired
    // certificate. A pool's nodes are scanned side by side, so the time grows little.
    addresses: 'all',
    // An untrusted chain's cause (an intermediate not sent, or a root nobody trusts) is found by fetching what the
    // leaf's AIA URL names, as browsers do: one bounded http GET, only for chains that are not trusted. Runners
    // without a way out turn it off (the cause is then "issuer unknown").
    aia: true,
    // The policy's own expiry thresholds.
    expiryDays: undefined,
    // Every vulnerability check: together they cost at most 15 handshakes on a modern server, and a gate that
    // misses Heartbleed because nobody switched it on is no gate.
    checks: VULNERABILITY_CHECKS,
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
    'per-target-concurrency': String(RUN_DEFAULTS.perTargetConcurrency),
    'per-address-concurrency': String(RUN_DEFAULTS.perAddressConcurrency),
    // targets-file, policy and ca-file must be inside the workspace: an input never reads the runner's own files.
    'allow-outside-workspace': 'false',
    aia: String(RUN_DEFAULTS.aia),
    addresses: RUN_DEFAULTS.addresses,
    // Every vulnerability check (a comma list of names selects some, none turns them off).
    checks: 'all',
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

/***/ 6377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NK: () => (/* reexport */ applyResolveOptions),
  f1: () => (/* reexport */ applySni),
  pJ: () => (/* reexport */ loadTargetsFile),
  X1: () => (/* reexport */ parseHostsInput),
  X7: () => (/* reexport */ parseResolveOption),
  d7: () => (/* reexport */ parseShardSpec),
  RO: () => (/* reexport */ parseSniOption),
  c: () => (/* reexport */ parseTargetArgument),
  Ci: () => (/* reexport */ parseTargetsFile),
  nf: () => (/* reexport */ policyLocationOf),
  fl: () => (/* reexport */ shardOfName),
  U5: () => (/* reexport */ targetsOfShard)
});

// UNUSED EXPORTS: DEFAULT_PORT, MAX_SHARDS, RESOLVE_SYNTAX, STARTTLS_DEFAULT_PORTS, STARTTLS_SYNTAX, URL_SCHEMES, defaultName, isStarttlsProtocol, makeTarget, parsePort

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/targets/pinned-target.ts
// A TARGET's name and pinned address: `name=host:port@address` (the action's `hosts` input documents it; the
// CLI takes it too). The endpoint in between is parse.ts's syntax.


// A name holds no ":", "/", "@", "[", "]" or ",", and does not start with "-" (so "-o...=x" stays a bad host).
const NAME_PREFIX = /^([^=:/[\]@,-][^=:/[\]@,]*)=(.*)$/s;
/** An IP literal, IPv6 with or without brackets; null when `text` is not one. */
function ipLiteral(text) {
    const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
    return (0,external_node_net_.isIP)(bare) ? bare.toLowerCase() : null;
}
/**
 * Splits `name=endpoint@address`. The `@` part is taken only when it follows the endpoint and is an IP literal,
 * so `https://user@host/` is left to the URL rules (which refuse credentials).
 */
function splitPinned(text, fail) {
    const parts = { endpoint: text };
    const named = NAME_PREFIX.exec(text);
    if (named && named[1].trim() !== '' && named[2].trim() !== '') {
        parts.name = named[1].trim();
        parts.endpoint = named[2].trim();
    }
    const at = parts.endpoint.lastIndexOf('@');
    if (at >= 0 && !/^[a-z][a-z0-9+.-]*:\/\//i.test(parts.endpoint)) {
        const address = ipLiteral(parts.endpoint.slice(at + 1).trim());
        if (address === null) {
            fail(`after "@" comes the address to connect to, an IPv4 or IPv6 address (name=host:port@address); got ${(0,errors/* quoteFound */.F6)(parts.endpoint.slice(at + 1))}`);
        }
        parts.address = address;
        parts.endpoint = parts.endpoint.slice(0, at).trim();
    }
    return parts;
}

// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/targets/starttls.ts
// The STARTTLS forms of a target: URL schemes (smtp://, submission://, imap://, ...) and each protocol's
// default port. Implicit-TLS schemes (smtps://, imaps://, ...) are plain TLS targets on their own default ports.

/** Default port of each protocol's STARTTLS service (IANA service names and port numbers registry). */
const STARTTLS_DEFAULT_PORTS = {
    smtp: 25,
    imap: 143,
    pop3: 110,
    ftp: 21,
    ldap: 389,
    xmpp: 5222,
    'xmpp-server': 5269,
    postgres: 5432,
    mysql: 3306
};
const URL_SCHEMES = {
    https: { starttls: null, port: 443 },
    smtp: { starttls: 'smtp', port: 25 },
    // Message submission (RFC 6409): SMTP's dialogue on its own port.
    submission: { starttls: 'smtp', port: 587 },
    imap: { starttls: 'imap', port: 143 },
    pop3: { starttls: 'pop3', port: 110 },
    ftp: { starttls: 'ftp', port: 21 },
    ldap: { starttls: 'ldap', port: 389 },
    xmpp: { starttls: 'xmpp', port: 5222 },
    'xmpp-server': { starttls: 'xmpp-server', port: 5269 },
    postgres: { starttls: 'postgres', port: 5432 },
    postgresql: { starttls: 'postgres', port: 5432 },
    mysql: { starttls: 'mysql', port: 3306 },
    // Implicit TLS: TLS from the first byte on the protocol's TLS port (RFC 8314 for mail).
    smtps: { starttls: null, port: 465 },
    imaps: { starttls: null, port: 993 },
    pop3s: { starttls: null, port: 995 },
    ftps: { starttls: null, port: 990 },
    ldaps: { starttls: null, port: 636 },
    xmpps: { starttls: null, port: 5223 }
};
function isStarttlsProtocol(value) {
    return typeof value === 'string' && report/* STARTTLS_PROTOCOLS */.OF.includes(value);
}
const STARTTLS_SYNTAX = `one of ${report/* STARTTLS_PROTOCOLS */.OF.join(', ')}`;

;// CONCATENATED MODULE: ./src/targets/parse.ts
// The TARGET syntax of the command line and the action's `hosts` input:
//   host, host:port, [ipv6]:port, [ipv6], bare ipv6, https://host[:port]/path (port 443 unless given), and the
//   STARTTLS and implicit-TLS URLs of ./starttls.ts (smtp://host[:port], imaps://host, ...; each scheme's
//   default port unless given); each optionally named and pinned: name=host:port@address (pinned-target.ts).




const DEFAULT_PORT = 443;
const SYNTAX = `expected host, host:port, [ipv6]:port or a URL (${Object.keys(URL_SCHEMES)
    .map((scheme) => `${scheme}://`)
    .join(', ')}), optionally name=...@address`;
/**
 * Parses one TARGET. `where` locates errors (a hosts input line); CLI arguments have none. `starttls` (the
 * CLI's --starttls) upgrades a host[:port] target, on the protocol's default port unless one is given; a URL says
 * its own protocol, which must then agree.
 */
function parseTargetArgument(text, where, starttls) {
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1(`invalid target ${(0,errors/* quoteFound */.F6)(text)}: ${why}`, where ?? {});
    };
    if (text.trim() === '')
        fail(`empty target; ${SYNTAX}`);
    const pinned = splitPinned(text.trim(), fail);
    const trimmed = pinned.endpoint;
    if (trimmed === '')
        fail(`empty target; ${SYNTAX}`);
    let host;
    let portText;
    let defaultPort = starttls ? STARTTLS_DEFAULT_PORTS[starttls] : DEFAULT_PORT;
    let upgrade = starttls;
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
    if (scheme) {
        const meaning = URL_SCHEMES[scheme[1].toLowerCase()];
        if (!meaning)
            fail(`${scheme[1]}:// does not name a TLS or STARTTLS endpoint; ${SYNTAX}`);
        const named = meaning.starttls ?? undefined;
        if (starttls && named !== starttls) {
            fail(`--starttls ${starttls} disagrees with the URL's ${scheme[1]}:// (${named ? `STARTTLS ${named}` : 'TLS from the first byte'})`);
        }
        upgrade = named;
        defaultPort = meaning.port;
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
        // URL drops the port when it is the scheme's default (443 for https, 21 for ftp), which is ours too.
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
    let port = defaultPort;
    if (portText !== undefined) {
        const parsed = parsePort(portText);
        if (parsed === null)
            fail(`port ${(0,errors/* quoteFound */.F6)(portText)} is not a number from 1 to 65535`);
        port = parsed;
    }
    return makeTarget({
        host,
        port,
        source: where,
        name: pinned.name,
        address: pinned.address,
        ...(upgrade ? { starttls: upgrade } : {})
    });
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
    if (fields.addressSelection !== undefined)
        target.addressSelection = fields.addressSelection;
    if (fields.starttls !== undefined)
        target.starttls = fields.starttls;
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

;// CONCATENATED MODULE: ./src/targets/resolve-option.ts
// Pinning on the command line, curl's way: `--resolve HOST:PORT:ADDR[,ADDR...]` makes the targets of that host
// and port scan those addresses instead of resolving the name; `--sni NAME` / `--no-sni` set the SNI every
// target sends. Applied to the parsed targets, whichever way they were named (arguments, stdin, files).




const RESOLVE_SYNTAX = 'expected HOST:PORT:ADDR[,ADDR...] (curl syntax), e.g. example.com:443:192.0.2.1,[2001:db8::1]';
function parseResolveOption(text) {
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1(`--resolve ${(0,errors/* quoteFound */.F6)(text)}: ${why}; ${RESOLVE_SYNTAX}`);
    };
    const first = text.indexOf(':');
    const second = first < 0 ? -1 : text.indexOf(':', first + 1);
    if (second < 0)
        fail('it has fewer than three parts');
    const host = text.slice(0, first).trim().toLowerCase().replace(/\.$/, '');
    const hostProblem = checkHost(host);
    if (hostProblem)
        fail(hostProblem);
    const port = parsePort(text.slice(first + 1, second).trim());
    if (port === null)
        fail(`port ${(0,errors/* quoteFound */.F6)(text.slice(first + 1, second))} is not a number from 1 to 65535`);
    const addresses = text
        .slice(second + 1)
        .split(',')
        .map((item) => item.trim());
    addresses.forEach((item) => {
        if (ipLiteral(item) === null)
            fail(`${(0,errors/* quoteFound */.F6)(item)} is not an IPv4 or IPv6 address`);
    });
    return { host, port: port, addresses: addresses.map((item) => ipLiteral(item)) };
}
/**
 * The targets with each `--resolve` applied: a target of that host and port scans those addresses instead of
 * resolving its name. A `--resolve` that names no target is a mistake (a typo would pin nothing).
 */
function applyResolveOptions(targets, options) {
    for (const option of options) {
        if (!targets.some((target) => target.host === option.host && target.port === option.port)) {
            throw new errors/* ConfigurationError */.j1(`--resolve ${option.host}:${option.port}:...: no target is ${option.host} port ${option.port}; name the host and port of a target`);
        }
    }
    return targets.map((target) => {
        const option = options.find((o) => o.host === target.host && o.port === target.port);
        if (!option)
            return target;
        const pinned = { ...target, addresses: option.addresses };
        delete pinned.address;
        return pinned;
    });
}
/** `--sni NAME` / `--no-sni`: the SNI every target sends (null: none). */
function applySni(targets, sni) {
    return targets.map((target) => ({ ...target, sni }));
}
/** `--sni NAME` checked as a host name (an IP literal is never sent as SNI, RFC 6066 §3). */
function parseSniOption(text) {
    const name = text.trim().toLowerCase().replace(/\.$/, '');
    const problem = (0,external_node_net_.isIP)(name) ? 'an IP address is never sent as SNI (RFC 6066 §3)' : checkHost(name);
    if (problem)
        throw new errors/* ConfigurationError */.j1(`--sni ${(0,errors/* quoteFound */.F6)(text)}: expected a host name; ${problem}`);
    return name;
}

// EXTERNAL MODULE: ./src/input-files.ts
var input_files = __webpack_require__(1869);
// EXTERNAL MODULE: ./src/yaml/located.ts
var located = __webpack_require__(81);
;// CONCATENATED MODULE: ./src/targets/file.ts
// Targets files: a YAML list of entries, or a mapping `{ targets: [...] }`. Validation is strict (unknown keys,
// wrong types, bad ports, empty hosts are usage errors naming the file, line and entry), because a typo in a gate's
// input must never quietly drop a target. Each Target remembers its file and line for annotations and SARIF.







const ENTRY_KEYS = [
    'host',
    'port',
    'address',
    'addresses',
    'sni',
    'starttls',
    'name',
    'policy',
    'expect'
];
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
    let starttls;
    if ('starttls' in entry) {
        const value = entry.starttls;
        if (!isStarttlsProtocol(value))
            fail('starttls', `\`starttls\` must be ${STARTTLS_SYNTAX}, got ${(0,errors/* quoteFound */.F6)(value)}`);
        starttls = value;
    }
    // A STARTTLS service listens on its protocol's own port unless told otherwise.
    let port = starttls ? STARTTLS_DEFAULT_PORTS[starttls] : DEFAULT_PORT;
    if ('port' in entry) {
        const value = entry.port;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) {
            fail('port', `\`port\` must be a whole number from 1 to 65535, got ${value === undefined ? describeType(value) : (0,errors/* quoteFound */.F6)(value)}`);
        }
        port = value;
    }
    const fields = { host: host.trim(), port, source };
    if (starttls)
        fields.starttls = starttls;
    if ('address' in entry) {
        const value = entry.address;
        if (typeof value !== 'string' || checkHost(value) !== null) {
            fail('address', `\`address\` must be an IP address or host name, got ${(0,errors/* quoteFound */.F6)(value)}`);
        }
        fields.address = value;
    }
    if ('addresses' in entry && typeof entry.addresses === 'string') {
        // A word: which of the name's addresses to scan. A list: the addresses themselves (pinned).
        const value = entry.addresses;
        if (!report/* ADDRESS_SELECTIONS */.xh.includes(value))
            fail('addresses', `\`addresses\` must be one of ${report/* ADDRESS_SELECTIONS */.xh.join(', ')}, or a list of addresses; got ${(0,errors/* quoteFound */.F6)(value)}`);
        fields.addressSelection = value;
    }
    else if ('addresses' in entry) {
        const value = entry.addresses;
        if (!Array.isArray(value) || value.length === 0) {
            fail('addresses', `\`addresses\` must be one of ${report/* ADDRESS_SELECTIONS */.xh.join(', ')}, or a non-empty list of IP addresses or host names`);
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
