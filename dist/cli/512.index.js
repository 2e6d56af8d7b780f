export const id = 512;
export const ids = [512];
export const modules = {

/***/ 9512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEMO_USAGE: () => (/* binding */ DEMO_USAGE),
  runDemoCommand: () => (/* binding */ runDemoCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/pipeline.ts
var src_pipeline = __webpack_require__(5165);
// EXTERNAL MODULE: ./src/report/digest.ts
var digest = __webpack_require__(7252);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/policy/rules.ts
var policy_rules = __webpack_require__(1821);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
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
function ruleDescriptor(id, info, observedSeverity) {
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
    const rules = ruleIds.map((id) => ruleDescriptor(id, ruleInfo.get(id), observed.get(id) ?? 'warning'));
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
        rules
    };
    if (options.informationUri)
        driver.informationUri = options.informationUri;
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

// EXTERNAL MODULE: ./src/model/fail-on.ts
var fail_on = __webpack_require__(4095);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/action/gate.ts
// The part of a run that does not depend on GitHub: scan and evaluate through the pipeline, decide whether the
// gate fails, and write the report files. The action and the demo both go through here, so the demo shows
// exactly what the action would do.









/** A report with no results, so summary, outputs and files still exist when the run broke. */
function emptyReport(startedAt, targets) {
    return {
        schemaVersion: report/* SCHEMA_VERSION */.f$,
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        policy: null,
        verdict: 'fail',
        summary: { targets, errors: 0, warnings: 0, notices: 0 },
        targets: []
    };
}
async function runGate(settings, hooks = {}, pipeline = src_pipeline/* runPipeline */.a) {
    const startedAt = new Date();
    let done = 0;
    const total = settings.targets.length;
    try {
        const report = await pipeline(settings, {
            onTargetDone: (target) => {
                done += 1;
                hooks.onTargetDone?.(target, done, total);
            }
        });
        return { report, runError: null, failed: (0,fail_on/* gateFails */.xd)(report, settings.failOn) };
    }
    catch (error) {
        return { report: emptyReport(startedAt, total), runError: error, failed: true };
    }
}
async function writeText(path, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, text.endsWith('\n') ? text : `${text}\n`, 'utf8');
}
/** JSON report always; SARIF when asked for. Returns the SARIF path written, or null. */
async function writeReportFiles(report, settings) {
    await writeText(settings.reportFile, (0,json/* renderJson */.h)(report));
    if (!settings.sarifFile)
        return null;
    // SARIF results need a file; off GitHub (no workflow known) they point at the action's own metadata.
    const sarif = renderSarif(report, { workflowFile: settings.workflowFile ?? 'action.yml' });
    await writeText(settings.sarifFile, JSON.stringify(sarif, null, 2));
    return settings.sarifFile;
}
/** Smallest days left over all leaf certificates, whole days rounded down; null when none was read. */
function minWholeDaysRemaining(report) {
    const days = minDaysRemaining(report);
    return days === null ? null : wholeDays(days);
}

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

// EXTERNAL MODULE: ./src/settings/index.ts + 2 modules
var src_settings = __webpack_require__(7760);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./node_modules/reflect-metadata/Reflect.js
var Reflect = __webpack_require__(477);
// EXTERNAL MODULE: ./node_modules/@peculiar/x509/build/x509.cjs.js
var x509_cjs = __webpack_require__(8927);
;// CONCATENATED MODULE: ./src/testing/pki.ts
// A throw-away PKI for tests, the demo and the benchmark: roots, intermediates and leaves issued in-process with
// @peculiar/x509 over Node's WebCrypto, with dates relative to "now" so nothing committed ever expires.
// Keys are PKCS#8 PEM (Node tls, openssl s_server and nginx all read it); certificates are PEM and DER.






x509_cjs/* cryptoProvider */.Ve.set(external_node_crypto_.webcrypto);
const DAY_MS = 86_400_000;
function keyGenParams(spec) {
    switch (spec.type) {
        case 'rsa':
            return {
                name: 'RSASSA-PKCS1-v1_5',
                modulusLength: spec.bits,
                publicExponent: new Uint8Array([1, 0, 1]),
                hash: 'SHA-256'
            };
        case 'ec':
            return { name: 'ECDSA', namedCurve: spec.curve };
        case 'ed25519':
            return { name: 'Ed25519' };
    }
}
function toPem(label, der) {
    const base64 = Buffer.from(der).toString('base64');
    const lines = base64.match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
const WEBCRYPTO_HASH = {
    sha1: 'SHA-1',
    sha256: 'SHA-256',
    sha384: 'SHA-384',
    sha512: 'SHA-512'
};
/** The algorithm the issuer's key signs with, for a given hash. */
function signingAlgorithm(issuerKey, hash) {
    switch (issuerKey.spec.type) {
        case 'rsa':
            return { name: 'RSASSA-PKCS1-v1_5', hash: WEBCRYPTO_HASH[hash] };
        case 'ec':
            return { name: 'ECDSA', hash: WEBCRYPTO_HASH[hash] };
        case 'ed25519':
            return { name: 'Ed25519' };
    }
}
/**
 * WebCrypto binds an RSA key to one hash at import; to sign SHA-1 (or SHA-384) with a key generated for SHA-256
 * we re-import the same PKCS#8 bytes with the wanted hash.
 */
async function signingKeyFor(issuerKey, hash) {
    if (issuerKey.spec.type !== 'rsa' || hash === 'sha256')
        return issuerKey.privateKey;
    const pkcs8 = await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', issuerKey.privateKey);
    return (await external_node_crypto_.webcrypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: WEBCRYPTO_HASH[hash] }, true, ['sign']));
}
/** DER of TLSFeature ::= SEQUENCE OF INTEGER { status_request(5) } (RFC 7633). */
const MUST_STAPLE_VALUE = Buffer.from([0x30, 0x03, 0x02, 0x01, 0x05]);
const MUST_STAPLE_OID = '1.3.6.1.5.5.7.1.24';
function isTestKey(key) {
    return key !== undefined && 'privateKey' in key;
}
function randomSerial() {
    const bytes = external_node_crypto_.webcrypto.getRandomValues(new Uint8Array(12));
    bytes[0] = (bytes[0] & 0x7f) | 0x01; // positive, no leading zero byte
    return Buffer.from(bytes).toString('hex');
}
function createTestPki(options = {}) {
    const now = options.now ?? new Date();
    const day = (days) => new Date(now.getTime() + days * DAY_MS);
    const defaultKey = options.defaultKey ?? { type: 'rsa', bits: 2048 };
    async function newKey(spec = defaultKey) {
        const pair = (await external_node_crypto_.webcrypto.subtle.generateKey(keyGenParams(spec), true, [
            'sign',
            'verify'
        ]));
        const pkcs8 = await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', pair.privateKey);
        return {
            spec,
            privateKey: pair.privateKey,
            publicKey: pair.publicKey,
            keyPem: toPem('PRIVATE KEY', pkcs8)
        };
    }
    async function resolveKey(key) {
        if (isTestKey(key))
            return key;
        return newKey(key);
    }
    async function build(options, issuer) {
        const key = await resolveKey(options.key);
        const isCA = options.isCA ?? false;
        // Built from attribute values, not parsed from a DN string: hostile test names (newlines, `<`, `::`, `,`)
        // must reach the certificate byte for byte.
        const subjectName = new x509_cjs/* Name */.SX([
            { CN: [{ utf8String: options.commonName }] },
            ...(options.organization ? [{ O: [{ utf8String: options.organization }] }] : [])
        ]);
        const subject = subjectName.toString();
        const signer = issuer ?? { subject, key, cert: null };
        const hash = options.hash ?? 'sha256';
        const extensions = [];
        if (!options.omitBasicConstraints) {
            extensions.push(new x509_cjs/* BasicConstraintsExtension */.WA(isCA, isCA ? options.pathLength : undefined, true));
        }
        const usageNames = options.keyUsage ??
            (isCA
                ? ['keyCertSign', 'cRLSign', 'digitalSignature']
                : key.spec.type === 'rsa'
                    ? ['digitalSignature', 'keyEncipherment']
                    : ['digitalSignature']);
        if (usageNames.length > 0) {
            const flags = usageNames.reduce((all, name) => all | x509_cjs/* KeyUsageFlags */.Ob[name], 0);
            extensions.push(new x509_cjs/* KeyUsagesExtension */.hy(flags, true));
        }
        const eku = options.extendedKeyUsage ?? (isCA ? [] : ['serverAuth']);
        if (eku.length > 0) {
            extensions.push(new x509_cjs/* ExtendedKeyUsageExtension */.j6(eku.map((name) => x509_cjs/* ExtendedKeyUsage */.CD[name] ?? name), false));
        }
        const dnsNames = options.dnsNames ?? (isCA ? [] : [options.commonName]);
        const ipAddresses = options.ipAddresses ?? [];
        if (dnsNames.length + ipAddresses.length > 0) {
            extensions.push(new x509_cjs/* SubjectAlternativeNameExtension */.Wx([
                ...dnsNames.map((value) => ({ type: 'dns', value })),
                ...ipAddresses.map((value) => ({ type: 'ip', value }))
            ]));
        }
        extensions.push(await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(key.publicKey));
        if (signer.cert) {
            extensions.push(await x509_cjs/* AuthorityKeyIdentifierExtension */.Z$.create(signer.cert));
        }
        if (options.ocspUrls?.length || options.caIssuerUrls?.length) {
            extensions.push(new x509_cjs/* AuthorityInfoAccessExtension */.Z2({
                ocsp: options.ocspUrls ?? [],
                caIssuers: options.caIssuerUrls ?? []
            }));
        }
        if (options.crlUrls?.length) {
            extensions.push(new x509_cjs/* CRLDistributionPointsExtension */.u5(options.crlUrls));
        }
        if (options.mustStaple) {
            extensions.push(new x509_cjs/* Extension */.YY(MUST_STAPLE_OID, false, MUST_STAPLE_VALUE));
        }
        for (const extra of options.extraExtensions ?? []) {
            extensions.push(new x509_cjs/* Extension */.YY(extra.oid, extra.critical ?? false, extra.value));
        }
        const notBefore = options.notBefore ?? day(options.notBeforeDays ?? -1);
        const notAfter = options.notAfter ?? day(options.notAfterDays ?? (isCA ? 3650 : 90));
        const cert = await x509_cjs/* X509CertificateGenerator */.Jy.create({
            serialNumber: options.serialNumber ?? randomSerial(),
            subject: subjectName,
            // The issuer's own encoded name, so path building matches it byte for byte.
            issuer: signer.cert ? signer.cert.subjectName : subjectName,
            notBefore,
            notAfter,
            publicKey: key.publicKey,
            signingKey: await signingKeyFor(signer.key, hash),
            signingAlgorithm: signingAlgorithm(signer.key, hash),
            extensions
        });
        const der = Buffer.from(cert.rawData);
        return { certPem: toPem('CERTIFICATE', der), keyPem: key.keyPem, der, key, subject, cert };
    }
    const asIssuer = (issuer) => ({
        subject: issuer.subject,
        key: issuer.key,
        cert: issuer.cert
    });
    return {
        now,
        newKey,
        selfSigned: (options) => build({ isCA: true, ...options }, null),
        root: (options = {}) => build({ commonName: 'tls-gate Test Root', ...options, isCA: options.isCA ?? true }, null),
        intermediate: (issuer, options = {}) => build({
            commonName: 'tls-gate Test Intermediate',
            ...options,
            isCA: options.isCA ?? true,
            pathLength: options.pathLength ?? 0
        }, asIssuer(issuer)),
        leaf: (issuer, options = {}) => build({ commonName: 'localhost', ...options }, asIssuer(issuer)),
        issue: (issuer, options) => build(options, asIssuer(issuer))
    };
}
/** PEM bundle of several certificates, in the order given (what a server's chain file looks like). */
function pemBundle(...certificates) {
    return certificates.map((c) => (typeof c === 'string' ? c : c.certPem)).join('');
}
/** Writes files into a fresh directory under os.tmpdir(), for tools that want paths (openssl, nginx). */
async function writeTemp(files) {
    const dir = await mkdtemp(join(tmpdir(), 'tls-gate-pki-'));
    const paths = {};
    for (const [name, content] of Object.entries(files)) {
        const path = join(dir, name);
        await writeFile(path, content, { mode: 0o600 });
        paths[name] = path;
    }
    return { dir, paths, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./src/demo/servers.ts
// The demo's servers: Node TLS servers on loopback, each with one defect people meet in real deployments,
// and one clean server to compare with. Certificates come from the in-process test PKI (no openssl needed),
// all under one demo root that the scan is told to trust, so every defect shown is the intended one.




const DOMAIN = 'demo.tls-gate.test';
/** Forward-secret AEAD suites for TLS 1.2, so servers without a cipher defect show none (Node's default has CBC). */
const STRONG_TLS12 = 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305';
/** Groups the default policy allows, so only the intended defect shows (OpenSSL also offers x448, ffdhe*). */
const ALLOWED_GROUPS = 'X25519:prime256v1:secp384r1';
const openSockets = new WeakMap();
function chainPem(...certificates) {
    return certificates.map((certificate) => certificate.certPem).join('');
}
async function listen(options) {
    const server = (0,external_node_tls_.createServer)({ ecdhCurve: ALLOWED_GROUPS, ...options }, (socket) => {
        socket.on('error', () => socket.destroy());
        socket.end('HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n');
    });
    // Scanners open and abandon many handshakes: those errors are expected, not worth a crash.
    server.on('tlsClientError', () => undefined);
    const sockets = new Set();
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    openSockets.set(server, sockets);
    server.listen(0, '127.0.0.1');
    await (0,external_node_events_.once)(server, 'listening');
    return server;
}
/**
 * The demo CA's "caIssuers" web server on loopback, as a real CA runs one: it serves the intermediate at the URL
 * every demo leaf names in its AIA extension, so the scan can tell the missing intermediate from an unknown root.
 */
async function startCaIssuersServer() {
    let body = null;
    const server = (0,external_node_http_.createServer)((request, response) => {
        if (request.url !== '/intermediate.der' || !body)
            return void response.writeHead(404).end();
        response.writeHead(200, { 'content-type': 'application/pkix-cert' }).end(body);
    });
    server.listen(0, '127.0.0.1');
    await (0,external_node_events_.once)(server, 'listening');
    const url = `http://127.0.0.1:${server.address().port}/intermediate.der`;
    return { server, url, serve: (der) => (body = der) };
}
async function startDemoServers() {
    const pki = createTestPki();
    const caIssuers = await startCaIssuersServer();
    const root = await pki.root({ commonName: 'tls-gate demo root CA' });
    const intermediate = await pki.intermediate(root, { commonName: 'tls-gate demo intermediate CA' });
    caIssuers.serve(intermediate.der);
    const leafFor = (name, extra = {}) => pki.leaf(intermediate, { commonName: name, dnsNames: [name], caIssuerUrls: [caIssuers.url], ...extra });
    const specs = [
        {
            name: `clean.${DOMAIN}`,
            defect: 'none: TLS 1.2 and 1.3 with forward-secret AEAD suites and a complete chain',
            options: async () => {
                const leaf = await leafFor(`clean.${DOMAIN}`);
                return {
                    cert: chainPem(leaf, intermediate),
                    key: leaf.keyPem,
                    minVersion: 'TLSv1.2',
                    ciphers: STRONG_TLS12
                };
            }
        },
        {
            name: `expired.${DOMAIN}`,
            defect: 'the leaf certificate has expired (three days ago)',
            options: async () => {
                const leaf = await leafFor(`expired.${DOMAIN}`, { notBeforeDays: -93, notAfterDays: -3 });
                return {
                    cert: chainPem(leaf, intermediate),
                    key: leaf.keyPem,
                    minVersion: 'TLSv1.2',
                    ciphers: STRONG_TLS12
                };
            }
        },
        {
            name: `legacy.${DOMAIN}`,
            defect: 'TLS 1.0 and 1.1 are still enabled',
            options: async () => {
                const leaf = await leafFor(`legacy.${DOMAIN}`);
                // OpenSSL 3 refuses TLS 1.0/1.1 at its default security level; level 0 is what such servers run.
                return {
                    cert: chainPem(leaf, intermediate),
                    key: leaf.keyPem,
                    minVersion: 'TLSv1',
                    ciphers: 'DEFAULT:@SECLEVEL=0'
                };
            }
        },
        {
            name: `no-intermediate.${DOMAIN}`,
            defect: 'the intermediate certificate is not sent',
            options: async () => {
                const leaf = await leafFor(`no-intermediate.${DOMAIN}`);
                return { cert: leaf.certPem, key: leaf.keyPem, minVersion: 'TLSv1.2', ciphers: STRONG_TLS12 };
            }
        },
        {
            name: `weak-ciphers.${DOMAIN}`,
            defect: 'TLS 1.2 only, with static-RSA key exchange and CBC suites',
            options: async () => {
                const leaf = await leafFor(`weak-ciphers.${DOMAIN}`);
                return {
                    cert: chainPem(leaf, intermediate),
                    key: leaf.keyPem,
                    minVersion: 'TLSv1.2',
                    maxVersion: 'TLSv1.2',
                    ciphers: 'AES128-SHA:AES256-SHA:ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0'
                };
            }
        },
        {
            name: `wrong-host.${DOMAIN}`,
            defect: `the certificate names another host (www.${DOMAIN})`,
            options: async () => {
                const leaf = await leafFor(`www.${DOMAIN}`);
                return {
                    cert: chainPem(leaf, intermediate),
                    key: leaf.keyPem,
                    minVersion: 'TLSv1.2',
                    ciphers: STRONG_TLS12
                };
            }
        }
    ];
    const started = [];
    const servers = [];
    try {
        for (const spec of specs) {
            const server = await listen(await spec.options());
            started.push(server);
            servers.push({ host: spec.name, port: server.address().port, defect: spec.defect });
        }
    }
    catch (error) {
        await Promise.all([...started.map((server) => closeServer(server)), closeHttp(caIssuers.server)]);
        throw error;
    }
    return {
        servers,
        rootPem: root.certPem,
        close: async () => {
            await Promise.all([...started.map((server) => closeServer(server)), closeHttp(caIssuers.server)]);
        }
    };
}
async function closeServer(server) {
    for (const socket of openSockets.get(server) ?? [])
        socket.destroy();
    await new Promise((resolve) => server.close(() => resolve()));
}
async function closeHttp(server) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve()));
}

;// CONCATENATED MODULE: ./src/demo/index.ts
// `tls-gate demo`: scan a handful of local servers with typical defects, through the same gate the action
// runs (pipeline, default policy, report files, summary), print the text report and say what the gate would
// decide. It exits 0: the failures are the point of the demo.









async function runDemo(options) {
    const { write } = options;
    const outDir = options.outDir ? (0,external_node_path_.resolve)(options.outDir) : await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tls-gate-demo-'));
    await (0,promises_.mkdir)(outDir, { recursive: true });
    write('tls-gate demo: starting local TLS servers on 127.0.0.1...\n');
    const demo = await startDemoServers();
    try {
        // The targets file of the demo: findings and SARIF results point at its lines, as they would at a
        // targets file or workflow in a repository.
        const targetsFile = (0,external_node_path_.join)(outDir, 'targets.txt');
        await (0,promises_.writeFile)(targetsFile, demo.servers.map((s) => `${s.host}:${s.port}  # ${s.defect}`).join('\n') + '\n');
        const caFile = (0,external_node_path_.join)(outDir, 'demo-root-ca.pem');
        await (0,promises_.writeFile)(caFile, demo.rootPem);
        const targets = demo.servers.map((server, index) => ({
            name: server.host,
            host: server.host,
            port: server.port,
            address: '127.0.0.1',
            sni: server.host,
            source: { file: 'targets.txt', line: index + 1 }
        }));
        for (const server of demo.servers)
            write(`  ${server.host}:${server.port}  ${server.defect}\n`);
        write('\n');
        // The action's defaults (the shared table), as the demo shows what the action would do.
        const settings = {
            ...(0,src_settings/* runSettings */.n)({ targets, policyBaseDir: outDir, caFile }),
            reportFile: (0,external_node_path_.join)(outDir, 'tls-gate-report.json'),
            sarifFile: (0,external_node_path_.join)(outDir, 'tls-gate.sarif'),
            workflowFile: 'targets.txt'
        };
        const result = await runGate(settings, {
            onTargetDone: (target, done, total) => write(`  [${done}/${total}] ${target.name}: ${target.status}\n`)
        }, options.pipeline);
        if (result.runError) {
            // The demo's failures are the point, but a bug is not one of them: the CLI reports it as a bug (exit 3).
            if (!(0,errors/* isConfigurationError */.p0)(result.runError))
                throw result.runError;
            write(`\nThe scan could not complete: ${result.runError.describe()}\n`);
        }
        write('\n' + (0,report_text/* renderText */.S)(result.report, { color: options.color ?? false }) + '\n');
        await writeReportFiles(result.report, settings);
        const summaryFile = (0,external_node_path_.join)(outDir, 'summary.md');
        await (0,promises_.writeFile)(summaryFile, renderSummaryMarkdown(result.report, { runUrl: '', maxBytes: 1024 * 1024 }));
        write(`\nWritten to ${outDir}:\n`);
        write('  summary.md            the job summary the action writes\n');
        write('  tls-gate-report.json  the JSON report\n');
        write('  tls-gate.sarif        SARIF 2.1.0 for code scanning\n');
        const { summary } = result.report;
        const verdict = result.failed ? 'FAIL: the step would fail' : 'PASS: the step would pass';
        write(`\nGate verdict: ${verdict} (${summary.errors} errors, ${summary.warnings} warnings; fail-on: ${settings.failOn}).\n`);
        return 0;
    }
    finally {
        await demo.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/demo.ts
// `tls-gate demo [--out DIR]`: the CLI entry of the demo, dispatched from src/cli/main.ts; the demo itself is src/demo/.




const DEMO_USAGE = `usage: tls-gate demo [--out DIR]

Starts local TLS servers on 127.0.0.1 with typical defects (expired leaf, TLS 1.0, missing intermediate,
weak suites, wrong host) and one clean server, scans them as the action does with the default policy,
prints the report and writes the job summary, JSON report and SARIF into DIR (default: a new temporary
folder). Exits 0: the failures are the point of the demo.`;
async function runDemoCommand(argv, io) {
    let outDir;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h') {
            (0,cli_io/* writeLine */._r)(io.stdout, DEMO_USAGE);
            return cli_io/* EXIT */.dc.pass;
        }
        if (arg === '--out' || arg === '-o' || arg.startsWith('--out=')) {
            const value = arg.startsWith('--out=') ? arg.slice('--out='.length) : argv[++i];
            // "--out --help" is a forgotten folder, not a folder named --help.
            if (!value || value.trim() === '' || (value.startsWith('-') && !arg.startsWith('--out=')))
                throw new errors/* ConfigurationError */.j1('demo: --out needs a folder');
            if (outDir !== undefined)
                throw new errors/* ConfigurationError */.j1('demo: --out is given more than once; give it once');
            outDir = value;
        }
        else {
            throw new errors/* ConfigurationError */.j1(`demo: unknown argument ${JSON.stringify(arg)} (see tls-gate demo --help)`);
        }
    }
    return runDemo({
        outDir: outDir === undefined ? undefined : (0,external_node_path_.resolve)(io.cwd, outDir),
        write: (text) => io.stdout.write(text),
        color: (0,cli_io/* wantsColor */.zK)(io.stdout, io.env)
    });
}


/***/ })

};
