/**
 * @jest-environment-options {"globalsCleanup": "off"}
 */
// End to end for the renderers: a real TLS server on loopback serves a certificate whose names are hostile; the
// real pipeline scans and evaluates it; every output rendered from that Report must be inert.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:tls';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';

import { runPipeline } from '../../src/pipeline.js';
import { runSettings } from '../../src/settings/index.js';
import { parseTargetArgument } from '../../src/targets/parse.js';
import { createTestPki } from '../../src/testing/pki.js';
import { selectAnnotations } from '../../src/report/annotations.js';
import { commentMarker, renderComment } from '../../src/report/comment.js';
import { escapeForLog } from '../../src/report/escape.js';
import { renderIssue } from '../../src/report/issue.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderSummaryMarkdown } from '../../src/report/summary.js';
import { renderGitlabCodeQuality, type CodeQualityIssue } from '../../src/report/gitlab.js';
import { renderJunit } from '../../src/report/junit.js';
import { RULE_LIST } from '../../src/policy/rules.js';
import type { Report } from '../../src/model/report.js';
import { expectInertMarkdown } from './inert.js';
import { ganttTasks, mermaidBlocks } from './mermaid-parser.js';
import { expectValidSarif } from './sarif-schema.js';
import { expectValidJunit, parseJunit } from './junit-xml.js';
import { expectValidCodeQuality } from './gitlab-schema.js';

// No newline: the test PKI cannot put one into a name yet (the unit fixtures cover newlines).
const HOSTILE_CN =
  '::error::owned <img src=x onerror=alert(1)> @org/team [link](http://evil.example) ::add-mask::s |a|';
const runUrl = 'https://github.example/o/r/actions/runs/5';

let server: Server;
let report: Report;
const sockets = new Set<Socket>();

beforeAll(async () => {
  const pki = createTestPki();
  const root = await pki.root({ commonName: 'renderer test root' });
  const leaf = await pki.leaf(root, {
    commonName: HOSTILE_CN,
    organization: '::stop-commands::tok `x` ![i](http://evil.example/i.png)',
    dnsNames: ['owned.invalid'],
    key: { type: 'ec', curve: 'P-256' }
  });
  // Groups named explicitly: under Node 24 (OpenSSL 3.5) the default prefers X25519MLKEM768, and the engine
  // then reads no certificate over TLS 1.3 (an engine matter, reported; this test is about the renderers).
  server = createServer(
    { cert: leaf.certPem, key: leaf.keyPem, minVersion: 'TLSv1.2', ecdhCurve: 'X25519:prime256v1' },
    (socket) => socket.end()
  );
  // The scan aborts handshakes on purpose.
  server.on('tlsClientError', () => undefined);
  // Closed at the end whatever state a connection is in (close() alone waits for every connection to end).
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // Named as its certificate names it, connected on loopback (no DNS), with SNI.
  const target = {
    ...parseTargetArgument(`owned.invalid:${port}`),
    address: '127.0.0.1',
    source: { file: 'targets.yml', line: 3 }
  };
  report = await runPipeline(
    runSettings({
      targets: [target],
      policyBaseDir: tmpdir(),
      failOn: 'error',
      timeoutMs: 5000,
      concurrency: 1,
      perTargetConcurrency: 4
    })
  );
}, 120_000);

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server?.close(resolve));
});

describe('outputs rendered from a real scan of a certificate with hostile names', () => {
  it('the scan carried the hostile subject into the report (the premise of the other checks)', () => {
    expect(report.targets[0]!.status).toBe('ok');
    expect(report.targets[0]!.certificate!.error).toBeNull();
    expect(report.targets[0]!.certificate!.chain[0]!.subject).toContain('::error::owned');
    expect(report.verdict).toBe('fail');
  });

  it('job summary: inert, the subject readable, the chart parses', async () => {
    const markdown = renderSummaryMarkdown(report, { runUrl });
    const document = expectInertMarkdown(markdown, { allowedLinks: [runUrl] });
    // The subject as the report holds it (RFC 4514 escaped by the certificate module), read back character for
    // character once the zero-width spaces that break mentions and links are taken out.
    const subject = report.targets[0]!.certificate!.chain[0]!.subject;
    expect((document.body.textContent ?? '').replace(/\u200b/g, '')).toContain(subject);
    const blocks = mermaidBlocks(markdown);
    expect(blocks).toHaveLength(1);
    expect(await ganttTasks(blocks[0]!)).toHaveLength(1);
  });

  it('PR comment and issue: inert', () => {
    const ours = [/^ tls-gate/];
    expectInertMarkdown(renderComment(report, { marker: commentMarker('wf', 'job'), runUrl }), {
      allowedLinks: [runUrl],
      allowedComments: ours
    });
    expectInertMarkdown(renderIssue(report, { workflow: 'wf', runUrl }).body, {
      allowedLinks: [runUrl],
      allowedComments: ours
    });
  });

  it('annotations: one line each, anchored at the targets file line', () => {
    const annotations = selectAnnotations(report);
    expect(annotations.length).toBeGreaterThan(0);
    for (const annotation of annotations) {
      expect(`${annotation.title} ${annotation.message}`).not.toMatch(/[\r\n]/);
      expect(annotation).toMatchObject({ file: 'targets.yml', startLine: 3 });
    }
  });

  it('SARIF: valid 2.1.0, one-line messages', () => {
    const sarif = renderSarif(report, { workflowFile: '.github/workflows/tls.yml' });
    expectValidSarif(sarif);
    for (const result of sarif.runs[0]!.results) expect(result.message.text).not.toMatch(/[\r\n]/);
  });

  it('JUnit XML: valid, a testcase per rule, failures exactly for the rules with error findings', () => {
    const xml = renderJunit(report);
    expectValidJunit(xml);
    const parsed = parseJunit(xml);
    expect(parsed.suites).toHaveLength(1);
    const [suite] = parsed.suites;
    expect(suite!.cases.map((testCase) => testCase.name)).toEqual(RULE_LIST.map((rule) => rule.id));
    const errorRules = [
      ...new Set(report.targets[0]!.findings.filter((f) => f.severity === 'error').map((f) => f.rule))
    ];
    expect(errorRules.length).toBeGreaterThan(0);
    expect(suite!.cases.filter((testCase) => testCase.failure).map((testCase) => testCase.name)).toEqual(
      RULE_LIST.map((rule) => rule.id).filter((id) => errorRules.includes(id))
    );
    expect([...parsed.elementNames].every((name) => !/img|script/i.test(name))).toBe(true);
  });

  it('GitLab Code Quality: valid, one issue per finding at the targets file line, stable fingerprints', () => {
    const issues = JSON.parse(
      renderGitlabCodeQuality(report, { defaultFile: '.gitlab-ci.yml' })
    ) as CodeQualityIssue[];
    expectValidCodeQuality(issues);
    expect(issues).toHaveLength(report.targets[0]!.findings.length);
    for (const issue of issues) {
      expect(issue.location).toEqual({ path: 'targets.yml', lines: { begin: 3 } });
      expect(issue.description).not.toMatch(/[\r\n]/);
    }
    const again = JSON.parse(
      renderGitlabCodeQuality(report, { defaultFile: '.gitlab-ci.yml' })
    ) as CodeQualityIssue[];
    expect(again.map((issue) => issue.fingerprint)).toEqual(issues.map((issue) => issue.fingerprint));
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
  });

  it('log: the subject printed through escapeForLog starts no workflow command', () => {
    const subject = report.targets[0]!.certificate!.chain[0]!.subject;
    const printed = `subject: ${escapeForLog(subject)}\n${escapeForLog(subject)}\n`;
    for (const line of printed.split('\n')) expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
  });
});
