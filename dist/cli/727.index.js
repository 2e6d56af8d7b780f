export const id = 727;
export const ids = [727];
export const modules = {

/***/ 6727:
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
// EXTERNAL MODULE: ./src/input-files.ts
var input_files = __webpack_require__(1869);
// EXTERNAL MODULE: ./src/pipeline.ts
var src_pipeline = __webpack_require__(5165);
// EXTERNAL MODULE: ./src/report/digest.ts
var digest = __webpack_require__(7252);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/merge.ts
var merge = __webpack_require__(3278);
// EXTERNAL MODULE: ./src/report/report-file.ts
var report_file = __webpack_require__(6757);
// EXTERNAL MODULE: ./src/report/sarif.ts + 1 modules
var report_sarif = __webpack_require__(1042);
// EXTERNAL MODULE: ./src/model/fail-on.ts
var fail_on = __webpack_require__(4095);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/targets/index.ts + 6 modules
var targets = __webpack_require__(6377);
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
    const total = targetsScanned(settings);
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
/** How many targets the run scans: all of them, or its shard's share. */
function targetsScanned(settings) {
    return settings.shard ? (0,targets/* targetsOfShard */.U5)(settings.targets, settings.shard).length : settings.targets.length;
}
/**
 * The gate over the merged reports of a run's shards: the same decision as runGate's, on the whole run. A file
 * that is not one of the run's shard reports is the user's to fix: the ConfigurationError is thrown, not kept.
 */
async function mergeGate(files, failOn) {
    const reports = [];
    for (const { path, shown } of files) {
        reports.push({
            file: shown,
            report: parseReportFile(await readInputFile(path, 'report file', shown), shown)
        });
    }
    const report = mergeShardReports(reports);
    return { report, runError: null, failed: gateFails(report, failOn) };
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
    const sarif = (0,report_sarif/* renderSarif */.WH)(report, { workflowFile: settings.workflowFile ?? 'action.yml' });
    await writeText(settings.sarifFile, JSON.stringify(sarif, null, 2));
    return settings.sarifFile;
}
/** Smallest days left over all leaf certificates, whole days rounded down; null when none was read. */
function minWholeDaysRemaining(report) {
    const days = minDaysRemaining(report);
    return days === null ? null : wholeDays(days);
}

// EXTERNAL MODULE: ./src/report/summary.ts + 2 modules
var report_summary = __webpack_require__(6547);
// EXTERNAL MODULE: ./src/settings/index.ts + 5 modules
var src_settings = __webpack_require__(1714);
// EXTERNAL MODULE: ./src/report/text.ts + 6 modules
var report_text = __webpack_require__(5709);
// EXTERNAL MODULE: ./src/report/progress-line.ts
var progress_line = __webpack_require__(1602);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./node_modules/reflect-metadata/Reflect.js
var Reflect = __webpack_require__(477);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
        // HSTS as the default policy (Mozilla intermediate) asks, so only each server's TLS defect shows.
        socket.end('HTTP/1.1 200 OK\r\nstrict-transport-security: max-age=63072000\r\ncontent-length: 0\r\n\r\n');
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
            onTargetDone: (target, done, total) => write(`  ${(0,report_escape/* visibleControls */.xx)((0,progress_line/* finishedTargetLine */.m)(target, done, total))}\n`)
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
        await (0,promises_.writeFile)(summaryFile, (0,report_summary/* renderSummaryMarkdown */.i)(result.report, { runUrl: '', maxBytes: 1024 * 1024 }));
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
