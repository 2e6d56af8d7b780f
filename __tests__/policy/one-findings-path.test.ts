// One findings path: the scan produces facts only (its reports carry no findings, and nothing writes findings
// between the scan and the evaluation); evaluate() turns the facts of each target (the report, resumption, the
// simulated clients' outcomes, the targets file's `expect:`) into every finding.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../src/pipeline.js';
import { evaluate, loadPolicy } from '../../src/policy/index.js';
import { mergeLayer } from '../../src/policy/load.js';
import type { ProbeOutcome } from '../../src/scan/probe-types.js';
import { runSettings } from '../../src/settings/index.js';
import { parseTargetArgument } from '../../src/targets/index.js';
import { cleanupTempDirs, startNodeTlsServer, tempDir, type RunningServer } from '../helpers/servers.js';
import { server as scanData } from '../diagnose/fixtures.js';

const refused: ProbeOutcome = {
  kind: 'alert',
  alert: { level: 'fatal', description: 70, name: 'protocol_version' },
  durationMs: 1
};

describe('evaluate() is the only producer of findings', () => {
  it('turns a target with no findings into its client, resumption and expectation findings', async () => {
    const report = scanData({ protocols: ['TLSv1.3'], suites: {} });
    report.resumption = {
      sessionId: true,
      ticket: true,
      tls13Psk: true,
      acrossAddresses: false,
      addresses: ['127.0.0.1', '127.0.0.2']
    };
    expect(report.findings).toEqual([]);
    const base = await loadPolicy('mozilla-intermediate', { baseDir: '.' });
    const policy = { ...base, rules: mergeLayer(base.rules, { clients: { mustConnect: ['java-8'] } }) };
    const { targets } = evaluate(
      [
        {
          report,
          clients: [{ id: 'java-8', outcome: refused }],
          expect: { spkiSha256: ['not-the-key'] }
        }
      ],
      policy,
      { now: new Date('2026-12-01T00:00:00Z'), failOn: 'error' }
    );
    const rules = targets[0]!.findings.map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['client.cannot-connect', 'resumption.inconsistent', 'certificate.unexpected'])
    );
    // The report's `clients` is judged from the outcome, with today's fields.
    expect(targets[0]!.clients).toEqual([
      expect.objectContaining({ profile: 'java-8', connects: false, version: null, alert: refused.alert })
    ]);
    expect(report.findings).toEqual([]); // the facts are not written to
  });
});

describe('the pipeline writes no findings before evaluate()', () => {
  let server: RunningServer;
  let policyFile: string;
  beforeAll(async () => {
    server = await startNodeTlsServer({ minVersion: 'TLSv1.2' });
    const dir = tempDir();
    policyFile = join(dir, 'policy.yml');
    // Rules on each kind of fact: a client that must connect (Firefox cannot: the helper's certificate is
    // self-signed), tickets forbidden (Node issues them).
    writeFileSync(
      policyFile,
      'extends: mozilla-intermediate\nclients:\n  must-connect: [firefox-current]\nresumption:\n  tickets: forbidden\n'
    );
  });
  afterAll(async () => {
    await server?.stop();
    cleanupTempDirs();
  });

  it('progress sees each target judged as the report judges it; the evaluated ones have client, resumption and expectation findings', async () => {
    const progressFindings: unknown[][] = [];
    const target = {
      ...parseTargetArgument(`127.0.0.1:${server.port}`),
      expect: { spkiSha256: ['not-the-key'] }
    };
    const report = await runPipeline(
      runSettings({
        targets: [target],
        policy: policyFile,
        policyBaseDir: process.cwd(),
        failOn: 'error',
        timeoutMs: 3000,
        concurrency: 1,
        perTargetConcurrency: 4,
        clients: true,
        resumption: true
      }),
      { onTargetDone: (judged) => progressFindings.push([...judged.findings]) }
    );
    const evaluated = report.targets[0]!;
    // One judgement (evaluateTarget over the frozen facts), whether for the progress line or the report.
    expect(progressFindings).toEqual([evaluated.findings]);
    expect(evaluated.status).toBe('ok');
    expect(evaluated.resumption?.ticket).toBe(true);
    expect(evaluated.clients?.find((c) => c.profile === 'firefox-current')?.connects).toBe(false);
    expect(evaluated.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['client.cannot-connect', 'resumption.present', 'certificate.unexpected'])
    );
    // `source` comes with the report from the engine; the key order of a target is today's.
    expect(Object.keys(evaluated).slice(-5)).toEqual([
      'verdict',
      'resumption',
      'vulnerabilities',
      'tlsFeatures',
      'clients'
    ]);
  });
});
